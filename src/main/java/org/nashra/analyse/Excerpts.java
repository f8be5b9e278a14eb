package org.nashra.analyse;

/** Short verbatim excerpts of long sentences: the clause around a place, grown to a readable length. */
final class Excerpts {

    static final int MIN_WORDS = 8;
    static final int MAX_WORDS = 30;
    private static final String CLAUSE_ENDS = "،,؛;.:!?؟\"“”«»";

    private Excerpts() {}

    /**
     * The clauses of {@code sentence} around {@code [start, end)}: from the clause holding it, widened
     * clause by clause until it has {@link #MIN_WORDS} words, cut to {@link #MAX_WORDS} with an ellipsis.
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
        String excerpt = sentence.substring(from, to).strip();
        String[] words = excerpt.split("\\s+");
        if (words.length > MAX_WORDS) {
            excerpt = String.join(" ", java.util.Arrays.copyOfRange(words, 0, MAX_WORDS)) + " …";
        }
        boolean cutBefore = from > 0;
        return (cutBefore ? "… " : "") + excerpt;
    }

    private static int clauseStart(String s, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (CLAUSE_ENDS.indexOf(s.charAt(i)) >= 0) return i + 1;
        }
        return 0;
    }

    private static int clauseEnd(String s, int at) {
        for (int i = at; i < s.length(); i++) {
            if (CLAUSE_ENDS.indexOf(s.charAt(i)) >= 0) return i + 1;
        }
        return s.length();
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
