package org.nashra.pages;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.nashra.core.Sha256;

/**
 * One generated Markdown file for JBake: a header of {@code key=value} lines, the separator line, then
 * a CommonMark body. Everything a template shows travels in the {@code view} header as one line of JSON.
 *
 * @param path   path relative to {@code content/}, with forward slashes (for example {@code ar/000-abc.md})
 * @param header JBake header fields in order (type, status, date, ...), values already plain strings
 * @param view   the page's precomputed view, an ordered map of JSON-able values
 * @param body   CommonMark body, article text already escaped
 */
public record ContentFile(String path, Map<String, String> header, Map<String, Object> view, String body) implements PlannedPage {

    public static final String SEPARATOR = "~~~~~~";
    /** Header key holding the hash of what was generated, so a hand edit can be recognised. */
    public static final String HASH_KEY = "nashra_generated";

    public ContentFile {
        Objects.requireNonNull(path, "path");
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("content path must stay inside content/: " + path);
        }
        header = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(header));
        view = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(view));
        Objects.requireNonNull(body, "body");
    }

    /** The file's full text, including the hash of everything else in it. */
    public String render() {
        String unsigned = renderWithout();
        return HASH_KEY + "=" + hash(unsigned) + "\n" + unsigned;
    }

    private String renderWithout() {
        String json = Json.write(view);
        // Sized for the whole file, so that it is not copied as it grows (the view alone is a few KB).
        StringBuilder out = new StringBuilder(body.length() + json.length() + 64 * (header.size() + 2));
        for (Map.Entry<String, String> e : header.entrySet()) {
            out.append(e.getKey()).append('=').append(headerValue(e.getValue())).append('\n');
        }
        out.append("view=").append(json).append('\n');
        out.append(SEPARATOR).append('\n');
        out.append(body);
        if (!body.endsWith("\n")) out.append('\n');
        return out.toString();
    }

    /**
     * Whether a file's text is exactly as generated: its first line records the hash of the rest.
     * A file without that line, or whose rest no longer matches, has been edited by hand.
     */
    public static boolean isUnedited(String fileText) {
        return uneditedSignature(fileText.getBytes(StandardCharsets.UTF_8)) != null;
    }

    /**
     * The same for a file's bytes, without decoding them: the signature line ({@code HASH_KEY=hash}) when
     * the bytes after it hash to it, null otherwise.
     */
    static String uneditedSignature(byte[] file) {
        int newline = -1;
        for (int i = 0; i < file.length; i++) {
            if (file[i] == '\n') {
                newline = i;
                break;
            }
        }
        if (newline < 0) return null;
        String first = new String(file, 0, newline, StandardCharsets.UTF_8);
        if (!first.startsWith(HASH_KEY + "=")) return null;
        String recorded = first.substring(HASH_KEY.length() + 1).trim();
        return recorded.equals(Sha256.of(file, newline + 1, file.length - newline - 1, 32)) ? first : null;
    }

    /**
     * A plain header value: one line, and never mistaken for JSON by JBake (which parses any value
     * that starts with '{' and ends with '}').
     */
    static String headerValue(String value) {
        String line = Text.singleLine(value);
        if (line.startsWith("{") && line.endsWith("}")) line = "\u2060" + line;
        return line;
    }

    static String hash(String text) {
        return Sha256.of(text.getBytes(StandardCharsets.UTF_8), 32);
    }
}
