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

    /**
     * The last text tokenised on this thread and its tokens, and the same for sentences: the recognisers and
     * their rules read each text in turn, a dozen times over, and the lists are immutable. A short text (a
     * mention's surface, read between two readings of its sentence) is split afresh and leaves the memo as it is.
     */
    private record Last<T>(String text, T value) {}

    private static final ThreadLocal<Last<List<Token>>> LAST_TOKENS = new ThreadLocal<>();
    private static final ThreadLocal<Last<List<List<Token>>>> LAST_SENTENCES = new ThreadLocal<>();
    private static final int REMEMBERED_LENGTH = 80;

    static List<Token> tokenise(String text) {
        if (text.length() < REMEMBERED_LENGTH) return split(text);
        Last<List<Token>> last = LAST_TOKENS.get();
        if (last != null && last.text().equals(text)) return last.value();
        List<Token> tokens = split(text);
        LAST_TOKENS.set(new Last<>(text, tokens));
        return tokens;
    }

    private static List<Token> split(String text) {
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
        if (text.length() < REMEMBERED_LENGTH) return sentencesOf(text);
        Last<List<List<Token>>> last = LAST_SENTENCES.get();
        if (last != null && last.text().equals(text)) return last.value();
        List<List<Token>> sentences = sentencesOf(text);
        LAST_SENTENCES.set(new Last<>(text, sentences));
        return sentences;
    }

    private static List<List<Token>> sentencesOf(String text) {
        List<List<Token>> sentences = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int previousEnd = 0;
        for (Token token : tokenise(text)) {
            if (!current.isEmpty() && lineBreakBetween(text, previousEnd, token.start())) {
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

    private static boolean lineBreakBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') return true;
        }
        return false;
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
