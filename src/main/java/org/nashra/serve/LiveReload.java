package org.nashra.serve;

import org.nashra.pages.Markdown;

/**
 * The script that makes an open page reload after a rebuild. It is added to HTML as it is served,
 * never to the baked files, so the site on disk stays exactly what a static host will serve.
 */
final class LiveReload {

    private LiveReload() {}

    /** Path of the Server-Sent Events stream that announces each rebuild. */
    static final String EVENTS_PATH = "/__nashra/events";
    /** Name of the event sent after each rebuild. */
    static final String EVENT = "reload";

    static final String SCRIPT = "<script>(function(){var s=new EventSource(\"" + EVENTS_PATH + "\");"
            + "s.addEventListener(\"" + EVENT + "\",function(){location.reload();});})();</script>";

    /** Id of the panel that lists the last build's errors on every page served while there are any. */
    static final String ERRORS_ID = "nashra-serve-errors";

    /** The page with the script added just before its last {@code </body>}, or at its end when it has none. */
    static String inject(String html) {
        return inject(html, java.util.List.of());
    }

    /**
     * The page with the script and, when the last build had errors, a panel listing them (as the terminal
     * shows them) fixed to the foot of the window: an editor looking at the preview sees that it is not the
     * site the sources describe, and why, without watching the terminal. A button hides it.
     */
    static String inject(String html, java.util.List<String> errors) {
        String added = errors.isEmpty() ? SCRIPT : panel(errors) + SCRIPT;
        int at = lastIndexOfIgnoringCase(html, "</body>");
        if (at < 0) return html + added;
        return html.substring(0, at) + added + html.substring(at);
    }

    private static String panel(java.util.List<String> errors) {
        StringBuilder out = new StringBuilder();
        out.append("<aside id=\"").append(ERRORS_ID).append("\" role=\"alert\" lang=\"en\" dir=\"ltr\" style=\"position:fixed;")
                .append("left:0;right:0;bottom:0;z-index:2147483647;max-height:45vh;overflow:auto;margin:0;padding:.75rem 1rem;")
                .append("background:#fff5f5;color:#5c0a0a;border-top:3px solid #b3261e;font:14px/1.45 ui-monospace,Menlo,Consolas,monospace;")
                .append("text-align:left\"><button type=\"button\" onclick=\"this.parentNode.remove()\" style=\"float:right;")
                .append("font:inherit;margin:0 0 .5rem 1rem\">Hide</button><strong>")
                .append(errors.size()).append(errors.size() == 1 ? " error" : " errors")
                .append(" in the last build: the preview may not show what the sources say</strong><ul style=\"margin:.5rem 0 0;")
                .append("padding-left:1.25rem\">");
        for (String error : errors) {
            out.append("<li style=\"unicode-bidi:plaintext;white-space:pre-wrap;overflow-wrap:anywhere\">").append(Markdown.html(error)).append("</li>");
        }
        return out.append("</ul></aside>").toString();
    }

    /** Compares in place: lower-casing the whole page first could change its length and shift the index. */
    private static int lastIndexOfIgnoringCase(String text, String tag) {
        for (int i = text.length() - tag.length(); i >= 0; i--) {
            if (text.regionMatches(true, i, tag, 0, tag.length())) return i;
        }
        return -1;
    }
}
