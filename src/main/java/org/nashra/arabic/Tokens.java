package org.nashra.arabic;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words and numbers with their offsets; punctuation and spaces are skipped.
 *
 * <p>A word is a run of letters of one script (Arabic letters keep their diacritics, tatweel and
 * zero-width joiners; Latin words keep inner apostrophes and hyphens). A number is a run of decimal
 * digits of any script with inner separators ({@code . , ٫ ٬}) each followed by a digit, so
 * {@code 1.5}, {@code 1,500} and {@code ٢٫٥} are single tokens. A word and a number written
 * together ({@code عربي21}, {@code و3000}) are two tokens that touch.
 */
public final class Tokens {

    private Tokens() {
    }

    /** A word or number and its place in the text: {@code text.substring(start, end)}. */
    public record Token(String text, int start, int end) {

        /** Whether this token is a number (starts with a decimal digit). */
        public boolean isNumber() {
            return !text.isEmpty() && Character.isDigit(text.charAt(0));
        }

        /** Whether this token is an Arabic-script word. */
        public boolean isArabic() {
            return !text.isEmpty() && isArabicLetter(text.charAt(0));
        }
    }

    /** The tokens of {@code text}, in order. Null or empty text gives no tokens. */
    public static List<Token> tokenise(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int end;
            if (cp == '\u0640') {
                i++; // a stray tatweel is decoration, not a word
                continue;
            } else if (Character.isDigit(cp)) {
                end = numberEnd(text, i);
            } else if (isArabicLetter(cp)) {
                end = arabicWordEnd(text, i);
            } else if (Character.isLetter(cp)) {
                end = otherWordEnd(text, i);
            } else {
                i += Character.charCount(cp);
                continue;
            }
            tokens.add(new Token(text.substring(i, end), i, end));
            i = end;
        }
        return List.copyOf(tokens);
    }

    private static int numberEnd(String text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                i++;
            } else if (isNumberSeparator(c) && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isNumberSeparator(char c) {
        return c == '.' || c == ',' || c == '\u066B' || c == '\u066C';
    }

    private static int arabicWordEnd(String text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (isArabicLetter(c) || isArabicMark(c) || c == '\u0640') {
                i++;
            } else if ((c == '\u200C' || c == '\u200D') && i + 1 < n && isArabicLetter(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static int otherWordEnd(String text, int i) {
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if ((Character.isLetter(cp) && !isArabicLetter(cp)) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                i += Character.charCount(cp);
            } else if ((cp == '\'' || cp == '\u2019' || cp == '-') && i + 1 < n
                    && Character.isLetter(text.charAt(i + 1)) && !isArabicLetter(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    static boolean isArabicLetter(int cp) {
        return ArabicText.isArabicLetter(cp);
    }

    private static boolean isArabicMark(int cp) {
        int type = Character.getType(cp);
        return (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK)
                && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN;
    }
}
