package org.nashra.analyse;

/** Short verbatim excerpts of long sentences: the clause around a place, grown to a readable length. */
final class Excerpts {

    static final int MIN_WORDS = 8;
    static final int MAX_WORDS = 30;
    private static final String CLAUSE_ENDS = "،,؛;.:!?؟\"“”«»";
    private static final String QUOTE_MARKS = "\"“”«»";

    private Excerpts() {}

    /**
     * The clauses of {@code sentence} around {@code [start, end)}: from the clause holding it, widened
     * clause by clause until it has {@link #MIN_WORDS} words and past a quotation it opens, cut to
     * {@link #MAX_WORDS} with an ellipsis.
     */
    static String around(String sentence, int start, int end) {
        int from = Math.max(0, Math.min(start, sentence.length()));
        int to = Math.max(from, Math.min(end, sentence.length()));
        from = clauseStart(sentence, from);
        to = clauseEnd(sentence, to);
        while (words(sentence.substring(from, to)) < MIN_WORDS && (from > 0 || to < sentence.length())) {
            if (to < sentence.length()) to = clauseEnd(sentence, to + 1);
            if (words(sentence.substring(from, to)) < MIN_WORDS && from > 0) from = clauseStart(sentence, from - 1);
        }
        to = pastQuotation(sentence, to);
        String excerpt = sentence.substring(from, to).strip();
        String[] words = excerpt.split("\\s+");
        if (words.length > MAX_WORDS) {
            excerpt = String.join(" ", java.util.Arrays.copyOfRange(words, 0, MAX_WORDS)) + " …";
        }
        boolean cutBefore = from > 0;
        return (cutBefore ? "… " : "") + excerpt;
    }

    /** Most words of a sentence given whole as a key point. */
    static final int MAX_POINT_WORDS = 45;

    /** Whether a sentence is short enough to be a key point whole. */
    static boolean wholePoint(String sentence) {
        return words(sentence) <= MAX_POINT_WORDS;
    }

    /**
     * A key point around {@code [start, end)}: the whole sentence when it is {@link #wholePoint short enough}, since a
     * clause taken out of it is no statement of news; otherwise its excerpt, which says with an ellipsis, rather
     * than a dangling comma, that the sentence goes on.
     */
    static String point(String sentence, int start, int end) {
        if (wholePoint(sentence)) return sentence.strip();
        return goesOn(around(sentence, start, end));
    }

    /** An excerpt that ends on a comma or semicolon, ended with an ellipsis instead: the sentence goes on. */
    static String goesOn(String excerpt) {
        String cut = excerpt.strip().replaceFirst("\\s*[،,؛;]$", "");
        return cut.length() < excerpt.strip().length() ? cut + " …" : excerpt;
    }

    /**
     * A quote mark ends a clause, so an excerpt may end on the mark that opens a quotation ("he said on
     * Friday “"): it then takes in the quotation, which is what was said, to the mark that closes it. A
     * mark opens when it stands before a word and after a space (« always, » never): the straight and
     * curly marks point no way in Arabic text.
     */
    private static int pastQuotation(String s, int to) {
        if (to == 0 || to == s.length() || !opensQuotation(s, to - 1)) return to;
        for (int i = to; i < s.length(); i++) {
            if (QUOTE_MARKS.indexOf(s.charAt(i)) >= 0) return i + 1;
        }
        return s.length();
    }

    private static boolean opensQuotation(String s, int at) {
        char mark = s.charAt(at);
        if (mark == '«') return true;
        if (mark == '»' || QUOTE_MARKS.indexOf(mark) < 0) return false;
        boolean spaceBefore = at == 0 || Character.isWhitespace(s.charAt(at - 1));
        return spaceBefore && at + 1 < s.length() && !Character.isWhitespace(s.charAt(at + 1));
    }

    private static int clauseStart(String s, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (endsClause(s, i)) return i + 1;
        }
        return 0;
    }

    private static int clauseEnd(String s, int at) {
        for (int i = at; i < s.length(); i++) {
            if (endsClause(s, i)) return i + 1;
        }
        return s.length();
    }

    /**
     * A mark that ends a clause, but not a comma, point or colon between digits (31,9 and 1.5 are numbers, 18:40 a
     * time), nor a point inside a word or after an initial ({@code (ف.ب)}, {@code د. أحمد}).
     */
    private static boolean endsClause(String s, int i) {
        char c = s.charAt(i);
        if (CLAUSE_ENDS.indexOf(c) < 0) return false;
        boolean betweenDigits = i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1));
        if (betweenDigits && (c == ',' || c == '.' || c == '،' || c == ':')) return false;
        return c != '.' || !(i + 1 < s.length() && Character.isLetter(s.charAt(i + 1)) || afterInitial(s, i));
    }

    /** Whether the point at {@code i} follows a lone letter, an initial. */
    private static boolean afterInitial(String s, int i) {
        return i > 0 && Character.isLetter(s.charAt(i - 1)) && (i == 1 || !Character.isLetter(s.charAt(i - 2)));
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
