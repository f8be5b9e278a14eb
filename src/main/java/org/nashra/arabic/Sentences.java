package org.nashra.arabic;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into sentences with their offsets.
 *
 * <p>A sentence ends at {@code . ? ! ؟ ؛ …} (with any closing marks that follow) and at every line
 * break. It does not end inside a closed quotation (a quotation left open at the end of its paragraph
 * protects nothing), at a semicolon or question mark inside closed brackets, inside a URL or e-mail address, at a dot between digits ({@code 2.5},
 * {@code 1.500}), at a dot followed directly by a letter, or after an abbreviation: any single
 * letter ({@code د.} {@code W.} {@code U.S.}) or a word in {@code abbreviations.txt}.
 */
public final class Sentences {

    private static final String TERMINATORS = ".?!\u061F\u061B\u2026";
    private static final String CLOSERS = ")]}\u00BB\u201D\u2019\u203A";
    private static final Pattern WEB_ADDRESS = Pattern.compile(
            "(?:https?://|www\\.)\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+", Pattern.UNICODE_CHARACTER_CLASS);
    /** Longest bracket, in characters, read as details of its sentence. */
    private static final int MAX_BRACKET = 100;
    private static final Set<String> ABBREVIATIONS = loadAbbreviations();

    private Sentences() {
    }

    /** One sentence: its text, trimmed, and {@code start}/{@code end} offsets such that {@code text = input.substring(start, end)}. */
    public record Sentence(String text, int start, int end) {
    }

    /** The sentences of {@code text}, in order; blank text gives none. */
    public static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return sentences;
        }
        BitSet protectedChars = protectedRanges(text);
        BitSet bracketed = bracketInsides(text);
        BitSet breakAfterQuote = quoteEndings(text);
        int sentenceStart = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2029') {
                add(sentences, text, sentenceStart, i);
                sentenceStart = i + 1;
                i++;
                continue;
            }
            if (breakAfterQuote.get(i)) {
                int end = skipClosers(text, i + 1);
                add(sentences, text, sentenceStart, end);
                sentenceStart = end;
                i = end;
                continue;
            }
            if (TERMINATORS.indexOf(c) >= 0 && !protectedChars.get(i)
                    && !(bracketed.get(i) && c != '.') && endsSentence(text, i)) {
                int end = i + 1;
                while (end < n && TERMINATORS.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                end = skipClosers(text, end);
                add(sentences, text, sentenceStart, end);
                sentenceStart = end;
                i = end;
                continue;
            }
            i++;
        }
        add(sentences, text, sentenceStart, n);
        return List.copyOf(sentences);
    }

    private static boolean endsSentence(String text, int i) {
        if (text.charAt(i) != '.') {
            return true;
        }
        int n = text.length();
        if (i + 1 < n) {
            char next = text.charAt(i + 1);
            if (Character.isLetterOrDigit(next)) {
                return false; // 2.5, example.com, U.S
            }
        }
        int wordStart = i;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, i);
        if (word.isEmpty()) {
            return true;
        }
        String lastPart = word.substring(word.lastIndexOf('.') + 1);
        if (lastPart.length() == 2 && (lastPart.charAt(0) == '\u0648' || lastPart.charAt(0) == '\u0641')) {
            lastPart = lastPart.substring(1); // وأ. = "and A."
        }
        if (lastPart.codePointCount(0, lastPart.length()) == 1) {
            // an initial (د. W. U.S.), unless it marks the era after a year (عام 1648 م. / سنة 1978م.)
            int before = wordStart - 1;
            while (before >= 0 && text.charAt(before) == ' ') {
                before--;
            }
            return word.length() == 1 && before >= 0 && Character.isDigit(text.charAt(before));
        }
        return !ABBREVIATIONS.contains(key(word)) && !ABBREVIATIONS.contains(key(lastPart));
    }

    private static int skipClosers(String text, int i) {
        while (i < text.length() && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        // a straight quote right after a terminator closes the quotation rather than opening a new one
        while (i < text.length() && (text.charAt(i) == '"' || text.charAt(i) == '\'') && (i + 1 == text.length()
                || Character.isWhitespace(text.charAt(i + 1)))) {
            i++;
        }
        return i;
    }

    /** Closed quotations and web addresses: no sentence ends inside them. */
    private static BitSet protectedRanges(String text) {
        BitSet bits = new BitSet(text.length());
        for (ArabicText.Quotation q : ArabicText.quotations(text)) {
            if (q.closed()) {
                bits.set(q.innerStart(), q.innerEnd());
            }
        }
        if (!text.contains("@") && !text.contains("://") && !text.contains("www.")) {
            return bits;
        }
        Matcher m = WEB_ADDRESS.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && ".,;:!?)\u061F\u060C\"\u201D\u00BB".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            bits.set(m.start(), end);
        }
        return bits;
    }

    /**
     * The insides of closed brackets: a bracket gives details of its sentence ({@code (نسبة الخطر 0.73؛ فاصل
     * الثقة 95%: 0.66-0.81)}), so a semicolon, question or exclamation mark in it ends nothing, but for
     * the terminators that close it ({@code (انتهت المهمة.)}), which end the sentence after the bracket.
     * A full stop in brackets keeps its own rules: it is as often an abbreviation's ({@code (206 ق. م)},
     * {@code (إف. بي. آي)}), which they know, as a sentence's. A bracket left open by the line's end
     * marks nothing, nor does a long one: that is a passage of its own, or a bracket whose partner is
     * missing or far away.
     */
    private static BitSet bracketInsides(String text) {
        BitSet bits = new BitSet(text.length());
        int[] opens = new int[8];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                if (depth == opens.length) {
                    opens = java.util.Arrays.copyOf(opens, depth * 2);
                }
                opens[depth++] = i;
            } else if ((c == ')' || c == ']') && depth > 0) {
                int open = opens[--depth];
                if (text.charAt(open) != (c == ')' ? '(' : '[')) {
                    depth = 0; // crossed brackets: trust none of them
                    continue;
                }
                if (i - open > MAX_BRACKET) {
                    continue;
                }
                int last = i;
                while (last > open + 1 && TERMINATORS.indexOf(text.charAt(last - 1)) >= 0) {
                    last--;
                }
                bits.set(open + 1, last);
            } else if (c == '\n' || c == '\r' || c == '\u2029') {
                depth = 0;
            }
        }
        return bits;
    }

    /**
     * Closing marks of quotations whose last words end a sentence ({@code "… العراق." وأضاف}): the
     * sentence ends after the mark, unless the paragraph ends there anyway.
     */
    private static BitSet quoteEndings(String text) {
        BitSet bits = new BitSet(text.length());
        for (ArabicText.Quotation q : ArabicText.quotations(text)) {
            if (!q.closed()) {
                continue;
            }
            int last = q.innerEnd() - 1;
            while (last >= q.innerStart() && Character.isWhitespace(text.charAt(last))) {
                last--;
            }
            if (last < q.innerStart() || TERMINATORS.indexOf(text.charAt(last)) < 0 || text.charAt(last) == '\u061B') {
                continue;
            }
            int after = q.end();
            if (after < text.length() && Character.isWhitespace(text.charAt(after))) {
                bits.set(q.end() - 1);
            }
        }
        return bits;
    }

    private static void add(List<Sentence> sentences, String text, int start, int end) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            sentences.add(new Sentence(text.substring(start, end), start, end));
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    private static String key(String word) {
        return ArabicText.normaliseForMatching(word).toLowerCase(Locale.ROOT);
    }

    private static Set<String> loadAbbreviations() {
        Set<String> words = new TreeSet<>();
        for (String word : Resources.words(Sentences.class, "abbreviations.txt")) {
            words.add(key(word));
        }
        return Set.copyOf(words);
    }
}
