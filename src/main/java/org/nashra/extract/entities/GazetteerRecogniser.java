package org.nashra.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.nashra.extract.EntityType;
import org.nashra.extract.Mention;

/**
 * Finds the names of a list given by the caller, comparing folded words (alef, ya, ta-marbuta and
 * diacritics do not matter) and looking through proclitics on the first word: an entry {@code داعش}
 * is found in {@code لداعش}, {@code العراق} in {@code بالعراق} and {@code للعراق}, but {@code ريم} not in
 * {@code كريم} (names' proclitics, {@link Clitics#NAME_PROCLITICS}). At each position the
 * longest entry wins; when two entries share a folded form, the first given wins.
 */
public final class GazetteerRecogniser implements EntityRecogniser {

    /** A name as written in the gazetteer and the kind of entity it names. */
    public record Entry(String name, EntityType type) {
        public Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    /** Entries by their first folded word; each list longest first. */
    private final Map<String, List<Phrase>> byFirstWord;

    private record Phrase(List<String> words, EntityType type) {}

    public GazetteerRecogniser(List<Entry> entries) {
        Map<String, List<Phrase>> index = new TreeMap<>();
        Map<String, Boolean> seen = new TreeMap<>();
        for (Entry entry : entries) {
            List<String> words = Tokens.tokenise(entry.name()).stream().map(t -> ArabicText.fold(t.text())).toList();
            if (words.isEmpty() || seen.putIfAbsent(String.join(" ", words), true) != null) continue;
            index.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Phrase(words, entry.type()));
        }
        index.replaceAll((word, phrases) -> phrases.stream()
                .sorted(Comparator.comparingInt((Phrase p) -> -p.words().size())).toList());
        this.byFirstWord = Map.copyOf(index);
    }

    public boolean isEmpty() {
        return byFirstWord.isEmpty();
    }

    @Override
    public List<Mention> recognise(String text) {
        if (text == null || text.isBlank() || byFirstWord.isEmpty()) return List.of();
        List<Mention> mentions = new ArrayList<>();
        List<List<Tokens.Token>> sentences = Tokens.sentences(text);
        List<List<String>> foldedSentences = folded(sentences);
        for (int s = 0; s < sentences.size(); s++) {
            List<Tokens.Token> sentence = sentences.get(s);
            List<String> folded = foldedSentences.get(s);
            int i = 0;
            while (i < sentence.size()) {
                int end = matchAt(text, sentence, folded, i, mentions);
                i = end > i ? end : i + 1;
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return List.copyOf(mentions);
    }

    /** The folded words of the sentences last read on this thread: each text is read by several gazetteers in turn. */
    private record Folded(List<List<Tokens.Token>> sentences, List<List<String>> words) {}

    private static final ThreadLocal<Folded> LAST_FOLDED = new ThreadLocal<>();

    private static List<List<String>> folded(List<List<Tokens.Token>> sentences) {
        Folded last = LAST_FOLDED.get();
        if (last != null && last.sentences() == sentences) return last.words();
        List<List<String>> words = new ArrayList<>(sentences.size());
        for (List<Tokens.Token> sentence : sentences) words.add(sentence.stream().map(t -> ArabicText.fold(t.text())).toList());
        LAST_FOLDED.set(new Folded(sentences, words));
        return words;
    }

    /** Adds the longest entry starting at {@code i}; returns the index after it, or {@code i} when none. */
    private int matchAt(String text, List<Tokens.Token> sentence, List<String> folded, int i, List<Mention> out) {
        String word = folded.get(i);
        Phrase best = null;
        int bestClitic = 0;
        for (int clitic = 0; clitic <= Math.min(2, word.length() - 2); clitic++) {
            String prefix = word.substring(0, clitic);
            if (clitic > 0 && !Clitics.NAME_PROCLITICS.contains(prefix)) continue;
            String rest = clitic == 0 ? word : word.substring(clitic);
            // a short word after a clitic only as the first of several (وذي قار), never alone (وقت is no و + قت)
            boolean shortRest = clitic > 0 && rest.length() < 3;
            String[] keys = clitic > 0 && prefix.endsWith("ل") && rest.startsWith("ل")
                    // للعراق: ل + العراق, the article's alef unwritten; للجنة: ل + اللجنة, its alef and lam unwritten before a lam
                    ? new String[] {rest, "ا" + rest, "ال" + rest}
                    : new String[] {rest};
            for (String key : keys) {
                for (Phrase phrase : byFirstWord.getOrDefault(key, List.of())) {
                    if (shortRest && key.equals(rest) && phrase.words().size() < 2) continue;
                    if (matches(phrase, folded, i) && (best == null || phrase.words().size() > best.words().size())) {
                        best = phrase;
                        bestClitic = clitic;
                    }
                }
            }
        }
        if (best == null) return i;
        Tokens.Token first = sentence.get(i);
        int start = first.start() + Clitics.originalIndex(first.text(), bestClitic);
        int end = sentence.get(i + best.words().size() - 1).end();
        out.add(new Mention(text.substring(start, end), start, end, best.type()));
        return i + best.words().size();
    }

    private static boolean matches(Phrase phrase, List<String> folded, int at) {
        if (at + phrase.words().size() > folded.size()) return false;
        for (int k = 1; k < phrase.words().size(); k++) {
            if (!folded.get(at + k).equals(phrase.words().get(k))) return false;
        }
        return true;
    }
}
