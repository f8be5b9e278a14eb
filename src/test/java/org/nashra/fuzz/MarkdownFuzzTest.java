package org.nashra.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.nashra.pages.Markdown;

/**
 * Any text through {@link Markdown#escape} (as a paragraph) or {@link Markdown#html} (inside raw HTML)
 * and then CommonMark, as the site's pages are made: the result is one paragraph holding exactly the
 * text, with no element, link or script of its own.
 */
class MarkdownFuzzTest {

    static {
        Replay.withoutAgentUnlessFuzzing();
    }

    static final Parser PARSER = Parser.builder().build();
    static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

    @FuzzTest(maxDuration = "10s")
    void escapedTextStaysText(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String html = RENDERER.render(PARSER.parse(Markdown.escape(text)));
        assertInert(text, html, html.isEmpty() ? "" : "p");
    }

    @FuzzTest(maxDuration = "10s")
    void htmlEscapedTextStaysText(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String html = RENDERER.render(PARSER.parse("<p class=\"x\">" + Markdown.html(text) + "</p>\n"));
        assertInert(text, html, "p");
    }

    private static void assertInert(String text, String html, String onlyElement) {
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), html);
        assertFalse(lower.contains("<a "), html);
        Document doc = Jsoup.parseBodyFragment(html);
        var elements = doc.body().children();
        if (onlyElement.isEmpty()) {
            assertEquals(0, elements.size(), html);
            assertEquals("", fold(text), "only blank text renders as nothing");
            return;
        }
        assertEquals(1, elements.size(), html);
        assertEquals(onlyElement, elements.first().tagName(), html);
        assertTrue(elements.first().children().isEmpty(), "no element inside: " + html);
        assertTrue(elements.first().attributes().asList().stream().allMatch(a -> a.getKey().equals("class")), html);
        assertEquals(fold(text), fold(elements.first().wholeText()), html);
    }

    /**
     * The text as a reader sees it: white space and control characters (NUL included) as single
     * spaces, ends trimmed.
     */
    static String fold(String text) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) out.append(' ');
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
