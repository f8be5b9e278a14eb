package org.nashra.extract.dates;

import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * Text folded for matching date words, with a map back to the original offsets.
 * Folding: diacritics, tatweel and invisible marks removed; alef forms to ا, ى to ي, ة to ه
 * (Lucene's {@link ArabicNormalizer}); Arabic-Indic and Persian digits to ASCII; Persian yeh and keheh
 * to Arabic; every kind of space to a plain space. Each folded character maps to one original one.
 */
record DateText(String original, String folded, int[] originalIndex) {

    private static final ArabicNormalizer LUCENE = new ArabicNormalizer();

    /** Folds {@code original}; the one place that decides what "the same word" means for dates. */
    static DateText of(String original) {
        StringBuilder folded = new StringBuilder(original.length());
        int[] index = new int[original.length() + 1];
        char[] one = new char[1];
        for (int i = 0; i < original.length(); i++) {
            char c = fold(original.charAt(i), one);
            if (c != 0) {
                index[folded.length()] = i;
                folded.append(c);
            }
        }
        index[folded.length()] = original.length();
        int[] trimmed = new int[folded.length() + 1];
        System.arraycopy(index, 0, trimmed, 0, trimmed.length);
        return new DateText(original, folded.toString(), trimmed);
    }

    /** Folds a lexicon word the same way as text, so that resource spellings match text spellings. */
    static String foldWord(String word) {
        return of(word.strip()).folded().replaceAll(" +", " ");
    }

    /** The folded form of one character, or 0 when it disappears. */
    private static char fold(char c, char[] one) {
        if (c >= '\u0660' && c <= '\u0669') return (char) ('0' + (c - '\u0660'));
        if (c >= '\u06F0' && c <= '\u06F9') return (char) ('0' + (c - '\u06F0'));
        if (c == '\u06CC') return '\u064A';
        if (c == '\u06A9') return '\u0643';
        if (c == '\u066B') return '.';
        if (c == '\u066C') return ',';
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) return ' ';
        int type = Character.getType(c);
        if (type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) return 0;
        one[0] = c;
        int length = LUCENE.normalize(one, 1);
        return length == 0 ? 0 : one[0];
    }

    int length() { return folded.length(); }

    /** Original offset of the folded position {@code start}. */
    int originalStart(int start) { return originalIndex[start]; }

    /** Original end offset (exclusive) of a folded span ending at {@code end}, keeping marks on its last letter. */
    int originalEnd(int end) {
        if (end == 0) return originalIndex[0];
        int after = originalIndex[end - 1] + 1;
        while (after < original.length() && isMark(original.charAt(after))) after++;
        return after;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || c == '\u0640';
    }
}
