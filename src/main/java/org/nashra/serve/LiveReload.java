package org.nashra.serve;

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

    /** The page with the script added just before its last {@code </body>}, or at its end when it has none. */
    static String inject(String html) {
        int at = lastIndexOfIgnoringCase(html, "</body>");
        if (at < 0) return html + SCRIPT;
        return html.substring(0, at) + SCRIPT + html.substring(at);
    }

    /** Compares in place: lower-casing the whole page first could change its length and shift the index. */
    private static int lastIndexOfIgnoringCase(String text, String tag) {
        for (int i = text.length() - tag.length(); i >= 0; i--) {
            if (text.regionMatches(true, i, tag, 0, tag.length())) return i;
        }
        return -1;
    }
}
