package org.nashra.pages;

/**
 * Turns article text into inert CommonMark: whatever the text holds (HTML, link syntax, emphasis
 * markers, a line that looks like a heading or a list) renders as the same characters, never as markup.
 */
public final class Markdown {

    private Markdown() {}

    /** Characters that start inline markup anywhere in a line. */
    private static final String INLINE_SPECIAL = "\\`*_[]<>&!|~{}";
    /** Characters that start block markup at the beginning of a line. */
    private static final String LINE_START_SPECIAL = "#>-+=:";

    /** Escapes one block of text as a single CommonMark paragraph's inline content. */
    public static String escape(String text) {
        String flat = Text.singleLine(text);
        StringBuilder out = new StringBuilder(flat.length() + 16);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            boolean atStart = i == 0;
            if (INLINE_SPECIAL.indexOf(c) >= 0 || (atStart && LINE_START_SPECIAL.indexOf(c) >= 0)) {
                out.append('\\');
            } else if (atStart && Character.isDigit(c)) {
                // "1." or "1)" at a line start would open an ordered list.
                int j = i;
                while (j < flat.length() && Character.isDigit(flat.charAt(j))) j++;
                if (j < flat.length() && (flat.charAt(j) == '.' || flat.charAt(j) == ')')) {
                    out.append(flat, i, j).append('\\').append(flat.charAt(j));
                    i = j;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Escapes text for an HTML attribute value or element content written into Markdown as raw HTML. */
    public static String html(String text) {
        // Most text on the pages (names, dates, headlines) has nothing to escape or fold: given back as it is.
        if (alreadyHtml(text)) return text;
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                // Backslashes and brackets mean something to CommonMark even inside raw inline HTML runs.
                case '\\' -> out.append("&#92;");
                case '[' -> out.append("&#91;");
                case ']' -> out.append("&#93;");
                case '*' -> out.append("&#42;");
                case '_' -> out.append("&#95;");
                case '`' -> out.append("&#96;");
                default -> out.append(c);
            }
        }
        return Text.singleLine(out.toString());
    }

    /** Whether {@link #html} gives the text back as it is: nothing to escape, and no blank but single spaces between other characters. */
    private static boolean alreadyHtml(String text) {
        boolean afterSpace = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&', '<', '>', '"', '\'', '\\', '[', ']', '*', '_', '`' -> {
                    return false;
                }
                case ' ' -> {
                    if (afterSpace) return false;
                    afterSpace = true;
                }
                default -> {
                    if (Text.isBlank(c)) return false;
                    afterSpace = false;
                }
            }
        }
        return !afterSpace || text.isEmpty();
    }
}
