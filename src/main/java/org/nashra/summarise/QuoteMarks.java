package org.nashra.summarise;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Tells quoted words from the words around them. Quotes often run over several sentences of a
 * paragraph, so the caller carries {@link #insideAfter} from one sentence to the next.
 * Marks come from {@code quote-marks.txt}; unbalanced or mixed marks never fail, a mark that
 * cannot close is simply ignored.
 */
final class QuoteMarks {

    /** Opening mark to its closing mark, first pair listed wins. */
    private final Map<Integer, Integer> pairs;
    private final Set<Integer> closers;
    /** Closing mark to the opening mark it pairs with, first pair listed wins. */
    private final Map<Integer, Integer> openers;

    private QuoteMarks(Map<Integer, Integer> pairs, Map<Integer, Integer> openers) {
        this.pairs = Map.copyOf(pairs);
        this.closers = Set.copyOf(pairs.values());
        this.openers = Map.copyOf(openers);
    }

    static QuoteMarks load() {
        Map<Integer, Integer> pairs = new TreeMap<>();
        Map<Integer, Integer> openers = new TreeMap<>();
        for (String line : Resources.lines(QuoteMarks.class, "quote-marks.txt")) {
            String[] pair = line.split(" ");
            if (pair.length != 2) throw new IllegalStateException("quote-marks.txt: expected two marks: " + line);
            pairs.putIfAbsent(pair[0].codePointAt(0), pair[1].codePointAt(0));
            openers.putIfAbsent(pair[1].codePointAt(0), pair[0].codePointAt(0));
        }
        return new QuoteMarks(pairs, openers);
    }

    boolean isMark(int c) {
        return pairs.containsKey(c) || closers.contains(c);
    }

    /**
     * The text with an unclosed quotation closed by the mark that pairs with its opening mark;
     * the text unchanged when every quotation is closed.
     */
    String closeOpenQuote(String text) {
        int open = walk(text).leftOpen();
        return open < 0 ? text : text + Character.toString(pairs.get(open));
    }

    /**
     * The text with its quotation marks balanced: a sentence taken from the middle of a quotation that runs
     * over several sentences closes a quotation it never opened (وتدعو القيادة المواطنين ... المنتشرة.»), so it
     * is opened with the mark that pairs with that closing one; one that opens a quotation it never closes is
     * closed. Shown on its own, a sentence then reads as the quotation it is part of.
     */
    String balance(String text) {
        Walk walk = walk(text);
        int opener = walk.leftOpen();
        String open = walk.strayCloser() < 0 ? "" : Character.toString(openers.get(walk.strayCloser()));
        // a mark that both opens and closes ("), with no word after it, closed a quotation begun before the sentence
        if (opener >= 0 && pairs.get(opener) == opener && open.isEmpty() && !wordsAfter(text, text.lastIndexOf(Character.toString(opener)))) {
            return leadingSpace(text) + Character.toString(opener) + text.stripLeading();
        }
        String opened = open.isEmpty() || text.isEmpty() ? text : leadingSpace(text) + open + text.stripLeading();
        return opener >= 0 ? opened + Character.toString(pairs.get(opener)) : opened;
    }

    /**
     * What one walk over a text's marks finds: the opening mark of a quotation still open at its end, and a closing
     * mark met before any opening one (which can only close a quotation begun before the text); -1 for none.
     */
    private record Walk(int leftOpen, int strayCloser) {}

    private Walk walk(String text) {
        boolean inside = false;
        boolean quoted = false;
        int opener = -1;
        int stray = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (inside && closers.contains(c)) {
                inside = false;
            } else if (!inside && pairs.containsKey(c)) {
                inside = true;
                quoted = true;
                opener = c;
            } else if (!inside && !quoted && closers.contains(c)) {
                stray = c;
                quoted = true;
            }
        }
        return new Walk(inside ? opener : -1, stray);
    }

    private static boolean wordsAfter(String text, int at) {
        return text.substring(at + 1).codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static String leadingSpace(String text) {
        return text.substring(0, text.length() - text.stripLeading().length());
    }

    /** Word counts of a sentence inside and outside quotation marks. */
    record Split(int insideWords, int outsideWords, boolean insideAtEnd) {}

    Split split(String text, boolean insideAtStart) {
        boolean inside = insideAtStart;
        boolean inWord = false;
        int insideWords = 0;
        int outsideWords = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (inside && closers.contains(c)) {
                inside = false;
                inWord = false;
            } else if (!inside && pairs.containsKey(c)) {
                inside = true;
                inWord = false;
            } else if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    if (inside) insideWords++; else outsideWords++;
                }
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                inWord = false;
            }
        }
        return new Split(insideWords, outsideWords, inside);
    }
}
