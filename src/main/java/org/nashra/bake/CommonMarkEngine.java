package org.nashra.bake;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

/**
 * JBake's markup engine for {@code .md}, backed by commonmark-java. Raw HTML is allowed because only
 * Nashra writes content files and it escapes all article text; links are sanitised all the same, so a
 * hand-edited file cannot smuggle in a {@code javascript:} URL.
 */
public final class CommonMarkEngine extends MarkupEngine {

    // Both are immutable and thread-safe once built.
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().sanitizeUrls(true).build();

    /** A header line of a content file that cannot be used, on its line (1-based). */
    static final class HeaderLineException extends RuntimeException {
        final int line;

        HeaderLineException(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    /**
     * JBake reads a header value in braces as JSON and, when it does not parse, keeps nothing under its key:
     * a hand-edited {@code view} line that lost a quote would then fail in a template, which would be blamed.
     * It is the content file's problem, on its line.
     */
    @Override
    public void processHeader(ParserContext context) {
        if (!context.hasHeader()) return;
        String separator = context.getConfig().getHeaderSeparator();
        List<String> lines = context.getFileLines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.equals(separator)) return;
            int equals = line.indexOf('=');
            if (equals < 0) continue;
            String key = line.substring(0, equals).trim();
            String value = line.substring(equals + 1).trim();
            if (value.startsWith("{") && value.endsWith("}") && context.getDocumentModel().get(key) == null) {
                throw new HeaderLineException(i + 1, "the " + key + " line is not valid JSON" + whereItFails(value)
                        + "; mend it, or have the file written again: nashra build --regenerate " + inContent(context));
            }
        }
    }

    /** The content file as {@code --regenerate} names it: within the content folder, with forward slashes. */
    private static String inContent(ParserContext context) {
        java.nio.file.Path content = context.getConfig().getContentFolder().toPath().toAbsolutePath();
        java.nio.file.Path file = context.getFile().toPath().toAbsolutePath();
        return (file.startsWith(content) ? content.relativize(file) : file.getFileName()).toString().replace('\\', '/');
    }

    /** Where a JSON reader gives up on {@code json}, counted in characters from the value's first (after the '='). */
    private static String whereItFails(String json) {
        try {
            new ObjectMapper().readTree(json);
            return "";
        } catch (JsonProcessingException e) {
            return " (at character " + e.getLocation().getColumnNr() + " of its value: " + e.getOriginalMessage().lines().findFirst().orElse("") + ")";
        }
    }

    @Override
    public void processBody(ParserContext context) {
        context.setBody(render(context.getBody()));
    }

    /** CommonMark to HTML, exactly as baked pages get it. */
    public static String render(String markdown) {
        // Sized for the page at once: the renderer's own builder starts small, and copying it as it grew
        // was 4 % of all a full build allocated.
        StringBuilder html = new StringBuilder(markdown.length() + (markdown.length() >> 2));
        RENDERER.render(PARSER.parse(markdown), html);
        return html.toString();
    }
}
