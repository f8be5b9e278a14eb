package org.nashra.extract.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text the way the training corpus is tokenised: words (letters, marks, digits) are kept whole,
 * clitics included ({@code وبغداد} is one token), and every punctuation mark is a token of its own.
 * Sentences end at {@code . ! ? ؟ …} and at line breaks.
 */
final class Tokens {

    /** A token and its offsets (end exclusive) in the text it came from. */
    record Token(String text, int start, int end) {}

    private static final char ZWNJ = '\u200C';

    private Tokens() {}

    static List<Token> tokenise(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (isSeparator(cp)) {
                i += width;
            } else if (isWordPart(cp)) {
                int start = i;
                i += width;
                while (i < n) {
                    int next = text.codePointAt(i);
                    if (isWordPart(next)) {
                        i += Character.charCount(next);
                    } else if (next == ZWNJ && i + 1 < n && Character.isLetter(text.codePointAt(i + 1))) {
                        i++; // Persian writes a zero-width non-joiner inside a word: پاک‌نژاد is one name
                    } else if (isNumberJoiner(next) && Character.isDigit(text.codePointBefore(i))
                            && i + 1 < n && Character.isDigit(text.codePointAt(i + 1))) {
                        i += Character.charCount(next);
                    } else {
                        break;
                    }
                }
                tokens.add(new Token(text.substring(start, i), start, i));
            } else {
                tokens.add(new Token(text.substring(i, i + width), i, i + width));
                i += width;
            }
        }
        return List.copyOf(tokens);
    }

    /** Tokens grouped into sentences; no sentence is empty. */
    static List<List<Token>> sentences(String text) {
        List<List<Token>> sentences = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int previousEnd = 0;
        for (Token token : tokenise(text)) {
            if (!current.isEmpty() && text.substring(previousEnd, token.start()).indexOf('\n') >= 0) {
                sentences.add(List.copyOf(current));
                current.clear();
            }
            current.add(token);
            previousEnd = token.end();
            if (endsSentence(token.text())) {
                sentences.add(List.copyOf(current));
                current.clear();
            }
        }
        if (!current.isEmpty()) sentences.add(List.copyOf(current));
        return List.copyOf(sentences);
    }

    private static boolean endsSentence(String token) {
        return switch (token) {
            case ".", "!", "?", "\u061F", "\u2026" -> true;
            default -> false;
        };
    }

    private static boolean isSeparator(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT
                || Character.isISOControl(cp);
    }

    private static boolean isWordPart(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean isNumberJoiner(int cp) {
        return cp == '.' || cp == ',' || cp == '\u066B' || cp == '\u066C' || cp == '/';
    }
}
