package org.nashra.arabic;

import java.util.Arrays;

/**
 * A text in matching form that remembers where each of its characters came from in the original,
 * so offsets found by matching can be reported against the original text.
 */
public final class Normalised {

    private final String original;
    private final String text;
    private final int[] origin;

    Normalised(String original, String text, int[] origin) {
        this.original = original;
        this.text = text;
        this.origin = origin;
    }

    /** The original text. */
    public String original() {
        return original;
    }

    /** The matching form. */
    public String text() {
        return text;
    }

    /** Offset in the original of the character at {@code index} of the matching form. */
    public int originalStart(int index) {
        return origin[Math.max(0, Math.min(index, text.length()))];
    }

    /**
     * Offset in the original just after the character at {@code end - 1} of the matching form and
     * the diacritics or tatweel written after it, so a span [start, end) of the matching form maps
     * to [originalStart(start), originalEnd(end)).
     */
    public int originalEnd(int end) {
        if (end <= 0 || text.isEmpty()) {
            return originalStart(0);
        }
        int last = Math.min(end, text.length());
        int position = origin[last - 1] + 1;
        int nextKept = last < text.length() ? origin[last] : original.length();
        // diacritics and tatweel dropped right after the last character still belong to its word
        while (position < nextKept && isWordMark(original.charAt(position))) {
            position++;
        }
        return position;
    }

    private static boolean isWordMark(char c) {
        return c == '\u0640' || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Normalised n && n.original.equals(original) && n.text.equals(text)
                && Arrays.equals(n.origin, origin);
    }

    @Override
    public int hashCode() {
        return original.hashCode() * 31 + text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
