package org.nashra.extract.dates;

import org.nashra.arabic.ArabicText;
import org.nashra.arabic.Normalised;

/**
 * Text folded for matching date words, with a map back to the original offsets.
 * Folding is the project's matching form ({@link ArabicText#normaliseWithOffsets}: diacritics, tatweel and
 * invisible marks removed, letter variants folded, every decimal digit to ASCII), and on top of it every
 * kind of space to a plain space, the Arabic decimal and thousands separators to {@code .} and {@code ,},
 * any combining mark left to nothing, and Latin capitals to small letters. Each folded character maps back to the original one it came from.
 */
record DateText(String original, String folded, int[] originalIndex) {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile(" +");

    /** Folds {@code original}; the one place that decides what "the same word" means for dates. */
    static DateText of(String original) {
        Normalised matching = ArabicText.normaliseWithOffsets(original);
        String form = matching.text();
        StringBuilder folded = new StringBuilder(form.length());
        int[] index = new int[form.length() + 1];
        for (int i = 0; i < form.length(); i++) {
            char c = fold(form.charAt(i));
            if (c != 0) {
                index[folded.length()] = matching.originalStart(i);
                folded.append(c);
            }
        }
        index[folded.length()] = original.length();
        return new DateText(original, folded.toString(), java.util.Arrays.copyOf(index, folded.length() + 1));
    }

    /** Folds a lexicon word the same way as text, so that resource spellings match text spellings. */
    static String foldWord(String word) {
        return SPACES.matcher(of(word.strip()).folded()).replaceAll(" ");
    }

    /** What the matching form leaves that dates fold further: spaces, number separators, stray marks (0 when dropped). */
    private static char fold(char c) {
        // Latin month names (September, Sept.) match in any case without case-insensitive patterns,
        // which would fold every Arabic letter at every attempt.
        if (c >= 'A' && c <= 'Z') return (char) (c + ('a' - 'A'));
        if (c == '\u066B') return '.';
        if (c == '\u066C') return ',';
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) return ' ';
        int type = Character.getType(c);
        if (type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) return 0;
        return c;
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
