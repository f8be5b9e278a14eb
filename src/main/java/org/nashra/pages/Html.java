package org.nashra.pages;

/**
 * Builds a page body: CommonMark blocks and the raw HTML blocks Nashra writes itself. Every piece of
 * article or editor text goes through {@link Markdown#escape} or {@link Markdown#html} on the way in.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(4096);

    /** A heading with an id, so the checker and readers can link to it. */
    Html heading(int level, String id, String text) {
        return heading(level, id, text, "");
    }

    /**
     * A heading with an id that site search leaves out ({@code data-pagefind-ignore}), with what follows it
     * under the same mark: for sections that only point at other pages.
     */
    Html unsearchedHeading(int level, String id, String text) {
        return heading(level, id, text, " data-pagefind-ignore");
    }

    private Html heading(int level, String id, String text, String attributes) {
        out.append("<h").append(level).append(" id=\"").append(Markdown.html(id)).append('"').append(attributes).append('>')
                .append(Markdown.html(text)).append("</h").append(level).append(">\n\n");
        return this;
    }

    /** A Markdown paragraph of plain text, optionally with an anchor at its start. */
    Html paragraph(String anchor, String text) {
        if (anchor != null) out.append("<span id=\"").append(Markdown.html(anchor)).append("\"></span>");
        out.append(Markdown.escape(text)).append("\n\n");
        return this;
    }

    /** Raw HTML written by Nashra; its text parts must already be escaped with {@link Markdown#html}. */
    Html raw(String html) {
        out.append(html);
        if (!html.endsWith("\n")) out.append('\n');
        out.append('\n');
        return this;
    }

    /** A link element with escaped URL and text. */
    static String link(String url, String text) {
        return "<a href=\"" + Markdown.html(url) + "\">" + Markdown.html(text) + "</a>";
    }

    /** Text in the other language of the page, marked so screen readers and bidi do the right thing. */
    static String foreign(String text, org.nashra.core.Lang lang, String tag) {
        return "<" + tag + " lang=\"" + lang.code() + "\" dir=\"" + lang.direction() + "\">" + Markdown.html(text) + "</" + tag + ">";
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
