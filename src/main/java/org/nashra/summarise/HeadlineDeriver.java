package org.nashra.summarise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;

/**
 * A short, faithful headline for an article that has none: the first clause of the summary's
 * opening sentence (in news the earliest chosen sentence carries the main fact and reads as an opening), at most a dozen words, cut at a word boundary, never ending on punctuation, a
 * stop word or a reporting verb, with a quotation or bracket the cut left open closed again.
 * Words are never changed or reordered.
 */
public final class HeadlineDeriver {

    private static final String CLAUSE_BREAKS = "،,؛;:";
    private static final int MIN_CLAUSE_WORDS = 4;
    private static final int MIN_HEADLINE_WORDS = 2;

    private final int maxWords;
    private final List<Pattern> datelines;
    private final Set<String> danglingWords;
    private final CharArraySet stopWords = ArabicAnalyzer.getDefaultStopSet();
    private final QuoteMarks quotes = QuoteMarks.load();

    public HeadlineDeriver() {
        this(12);
    }

    public HeadlineDeriver(int maxWords) {
        if (maxWords < MIN_HEADLINE_WORDS) throw new IllegalArgumentException("maxWords < " + MIN_HEADLINE_WORDS);
        this.maxWords = maxWords;
        this.datelines = Resources.lines(HeadlineDeriver.class, "datelines.txt").stream().map(Pattern::compile).toList();
        this.danglingWords = new TreeSet<>(Resources.lines(HeadlineDeriver.class, "headline-dangling-words.txt"));
    }

    /** A headline from the summary's opening sentence; empty when the summary is empty or too thin. */
    public Optional<String> derive(Summary summary) {
        if (summary == null) return Optional.empty();
        return summary.sentences().stream().findFirst().flatMap(s -> derive(s.text()));
    }

    /** A headline from one sentence; empty when fewer than two words survive. */
    public Optional<String> derive(String sentence) {
        if (sentence == null) return Optional.empty();
        String text = sentence.strip().replaceAll("\\s+", " ");
        for (Pattern dateline : datelines) text = dateline.matcher(text).replaceFirst("");
        List<String> words = new ArrayList<>(Arrays.asList(firstClause(text).split(" ")));
        words.removeIf(w -> !w.codePoints().anyMatch(Character::isLetterOrDigit));
        if (words.size() > maxWords) words = cutLong(words);
        trimDanglingEnd(words);
        if (words.size() < MIN_HEADLINE_WORDS) return Optional.empty();
        return Optional.of(closeBracket(quotes.closeOpenQuote(String.join(" ", words))));
    }

    /** Text before the first clause break (outside quotation marks) that leaves at least a few words. */
    private String firstClause(String text) {
        int words = 0;
        boolean inWord = false;
        boolean inQuote = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quotes.isMark(c)) {
                inQuote = quotes.split(String.valueOf(c), inQuote).insideAtEnd();
                inWord = false;
            } else if (Character.isLetterOrDigit(c)) {
                if (!inWord) words++;
                inWord = true;
            } else {
                inWord = false;
                if (!inQuote && CLAUSE_BREAKS.indexOf(c) >= 0 && words >= MIN_CLAUSE_WORDS) return text.substring(0, i);
            }
        }
        return text;
    }

    /**
     * Keeps the first {@code maxWords} words, but ends before a stop word or reporting verb in their
     * second half when there is one, since such a word starts a phrase the headline could not finish.
     */
    private List<String> cutLong(List<String> words) {
        List<String> kept = new ArrayList<>(words.subList(0, maxWords));
        for (int i = maxWords - 1; i >= maxWords / 2; i--) {
            if (isDangling(stripTrailingMarks(kept.get(i)))) return new ArrayList<>(kept.subList(0, i));
        }
        return kept;
    }

    private boolean isDangling(String word) {
        return word.isEmpty() || stopWords.contains(word) || danglingWords.contains(word);
    }

    private void trimDanglingEnd(List<String> words) {
        while (!words.isEmpty()) {
            int last = words.size() - 1;
            String word = stripTrailingMarks(words.get(last));
            if (isDangling(word)) {
                words.remove(last);
            } else {
                words.set(last, word);
                return;
            }
        }
    }

    /** Drops everything after the word's last letter or digit; closing marks are restored afterwards. */
    private static String stripTrailingMarks(String word) {
        int end = word.length();
        while (end > 0 && !Character.isLetterOrDigit(word.charAt(end - 1))) end--;
        return word.substring(0, end);
    }

    private static String closeBracket(String text) {
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
        }
        return text + ")".repeat(depth);
    }
}
