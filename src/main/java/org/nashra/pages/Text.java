package org.nashra.pages;

/** Small text helpers for generated files. */
final class Text {

    /**
     * A row of a list as the article wrote it: its number (null after a bullet: • ▪ ◾ ● ◦ - * – —; a number is
     * written 1- 1. 1) (1) ١-) and its text without the mark.
     */
    record ListRow(Integer number, String text) {}

    private static final java.util.regex.Pattern ROW =
            java.util.regex.Pattern.compile("^(?:[•▪◾●◦\\-*–—]|\\(?([0-9٠-٩]{1,2})\\s*[-.)\\u066B])\\s+(\\S.*)$", java.util.regex.Pattern.DOTALL);

    /** The paragraph as a list's row, or null when it does not begin with a bullet or a number. */
    static ListRow listRow(String paragraph) {
        java.util.regex.Matcher m = ROW.matcher(paragraph);
        if (!m.matches()) return null;
        Integer number = m.group(1) == null ? null : Integer.parseInt(m.group(1)); // parseInt reads Arabic-Indic digits too
        return new ListRow(number, m.group(2));
    }

    /** The time a live page's update is stamped with, before a dash or bar: 18:40 - أعلنت … */
    private static final java.util.regex.Pattern UPDATE_TIME =
            java.util.regex.Pattern.compile("^[0-9٠-٩]{1,2}:[0-9٠-٩]{2}\\s*[-–—|]\\s+");

    private Text() {}

    /** The sentence without the list mark it began with in its list: a key point or summary is no list item. */
    static String withoutListMark(String sentence) {
        ListRow row = listRow(sentence);
        return row == null ? sentence : row.text();
    }

    /**
     * The sentence as a summary's prose gives it: without its list mark, and without the time a live page
     * stamped its update with (a run of "18:40 - … 17:15 - …" reads as a log, not a summary; key points,
     * a list, keep the time).
     */
    static String asProse(String sentence) {
        return withoutAgencyTags(UPDATE_TIME.matcher(withoutListMark(sentence)).replaceFirst(""));
    }

    /** News agencies ({@code news-sources.txt} of the linker: رويترز, واس, بترا), in matching form. */
    private static final java.util.Set<String> AGENCIES =
            org.nashra.extract.WordLists.matchingSet(org.nashra.link.Linker.class, "news-sources.txt");
    /** Words in brackets, with the space before them (a bracket glued to its word, لـ(بترا), is the word's). */
    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("\\s+\\(([^()]{1,30})\\)");
    /** Words before the bracket looked at for the agency's own name, which the bracket then glosses. */
    private static final int GLOSSED_WORDS = 4;
    /** A word of an agency's name, in matching form with its clitics: وكالة, الأنباء, لوكالة (not الأنبار). */
    private static final java.util.regex.Pattern AGENCY_WORD = java.util.regex.Pattern.compile(".*(?:وكال[ةه]|انباء?)");

    /**
     * The sentence without an agency's tag in brackets (قال مصدران، في القاهرة (رويترز) يوم الأربعاء، إن …): a
     * dateline's, which the page's source line gives already. Brackets that name anything else stay (الأونروا).
     */
    static String withoutAgencyTags(String sentence) {
        java.util.regex.Matcher m = BRACKETED.matcher(sentence);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            boolean agency = AGENCIES.contains(org.nashra.extract.WordLists.key(m.group(1))) && !glossesName(sentence.substring(0, m.start()));
            m.appendReplacement(out, agency ? "" : java.util.regex.Matcher.quoteReplacement(m.group()));
            changed |= agency;
        }
        if (!changed) return sentence;
        m.appendTail(out);
        return out.toString().strip();
    }

    /** Whether the words before a bracket name an agency (لوكالة الأنباء الأردنية (بترا)): the bracket is its short name. */
    private static boolean glossesName(String before) {
        String[] words = org.nashra.extract.WordLists.key(before).split("\\s+");
        for (int i = Math.max(0, words.length - GLOSSED_WORDS); i < words.length; i++) {
            if (AGENCY_WORD.matcher(words[i]).matches()) return true;
        }
        return false;
    }

    /**
     * Folds text onto one line: line and paragraph separators and other control characters become
     * spaces, runs of white space collapse, and the ends are trimmed. Bidi controls are kept for
     * display code to decide on; only characters that can break a file's structure are replaced.
     */
    static String singleLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBlank(c)) {
                space = out.length() > 0;
            } else {
                if (space) out.append(' ');
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@link #singleLine} takes the character for a space. */
    static boolean isBlank(char c) {
        // Printable ASCII and the Arabic block, nearly every character of a page, answered without
        // Character's table lookups: every page's text passes through here, character by character.
        if ((c > ' ' && c < '\u007f') || (c >= '\u0600' && c <= '\u06ff')) return false;
        return Character.isWhitespace(c) || c == '\u2028' || c == '\u2029' || c == '\u0085'
                || Character.isISOControl(c) || c == '\u00a0';
    }
}
