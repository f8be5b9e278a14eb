package org.nashra.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A saved web page (a seed named {@code *.html}, or a {@code .txt} that holds a whole HTML document) read as
 * the text an editor would have copied from it: the headline, the publication date, author and site the page
 * states in its metadata, and the article's paragraphs, one block a line. The boilerplate rules and header
 * forms then treat it as any pasted article. Nothing of the markup reaches a page: only its text.
 */
final class WebPage {

    /** The text, for each of its lines (from 1) the line of the page it was read from, and whether any article text was found. */
    record Text(String text, int[] sourceLines, boolean hasArticle) {
        /** The page's line for a line of the text (0 when unknown). */
        int sourceLine(int textLine) {
            return textLine >= 1 && textLine <= sourceLines.length ? sourceLines[textLine - 1] : 0;
        }
    }

    private static final Pattern DOCUMENT_START = Pattern.compile("^[\\s\\uFEFF]*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html)[\\s>]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** Page furniture that is never the article: scripts, menus, side columns, forms, embedded frames. */
    private static final String FURNITURE = "script, style, noscript, template, nav, aside, footer, form, iframe, svg, button, "
            + "figure, [role=navigation], [role=complementary], [aria-hidden=true]";
    private static final String BLOCKS = "h2, h3, h4, p, li, blockquote, pre";
    /** Below this much text in paragraphs, the page's text is taken whole, broken where its blocks and line breaks are. */
    private static final int LEAST_PARAGRAPH_TEXT = 200;

    private WebPage() {}

    /** Whether the text is a whole HTML document, as a page saved from a browser or its source copied is. */
    static boolean isDocument(String text) {
        return DOCUMENT_START.matcher(text.length() > 4096 ? text.substring(0, 4096) : text).lookingAt();
    }

    static Text read(String html) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document page = Jsoup.parse(html, "", parser);
        List<String> lines = new ArrayList<>();
        List<Integer> sources = new ArrayList<>();

        Element root = articleRoot(page);
        root.select(FURNITURE).remove();
        Optional<Element> h1 = Optional.ofNullable(root.selectFirst("h1")).or(() -> Optional.ofNullable(page.selectFirst("h1")));
        String headline = h1.map(Element::text).filter(t -> !t.isBlank())
                .or(() -> meta(page, "meta[property=og:title]"))
                .orElse(page.title());
        if (!headline.isBlank()) add(lines, sources, headline, h1.map(WebPage::line).orElse(0));
        published(page).ifPresent(date -> add(lines, sources, "تاريخ النشر: " + date.getDayOfMonth() + "/" + date.getMonthValue()
                + "/" + date.getYear(), 0));
        meta(page, "meta[name=author]").ifPresent(author -> add(lines, sources, "بقلم: " + author, 0));

        int beforeArticle = lines.size();
        Elements blocks = root.select(BLOCKS);
        Set<Element> selected = Collections.newSetFromMap(new IdentityHashMap<>());
        selected.addAll(blocks);
        // A list item's paragraph, a quotation's: the outer block is read whole, once.
        List<Element> outermost = blocks.stream().filter(b -> b.parents().stream().noneMatch(selected::contains)).toList();
        int paragraphText = outermost.stream().mapToInt(b -> b.text().length()).sum();
        if (paragraphText >= LEAST_PARAGRAPH_TEXT) {
            for (Element block : outermost) add(lines, sources, block.text(), line(block));
        } else {
            h1.ifPresent(Element::remove);
            for (String line : brokenText(root)) add(lines, sources, line, 0);
        }
        boolean hasArticle = lines.size() > beforeArticle;
        meta(page, "meta[property=og:site_name]").ifPresent(site -> add(lines, sources, "المصدر: " + site, 0));

        // Blocks apart by a blank line, as pasted articles are: each line of the text, and the page's line for it.
        StringBuilder text = new StringBuilder();
        List<Integer> textLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                text.append("\n\n");
                textLines.add(sources.get(i - 1));
            }
            text.append(lines.get(i));
            textLines.add(sources.get(i));
        }
        return new Text(text.append('\n').toString(), textLines.stream().mapToInt(Integer::intValue).toArray(), hasArticle);
    }

    /** The element that holds the article: the {@code article} (or {@code main}) with the most paragraph text, else the body. */
    private static Element articleRoot(Document page) {
        for (String tag : List.of("article", "main", "[itemprop=articleBody]")) {
            Optional<Element> best = page.select(tag).stream()
                    .max(Comparator.comparingInt(e -> e.select("p").stream().mapToInt(p -> p.text().length()).sum()));
            if (best.isPresent() && !best.get().select("p").isEmpty()) return best.get();
        }
        return page.body() != null ? page.body() : page;
    }

    /** The page's text broken at its blocks and line breaks, for a page that does not put its article in paragraphs. */
    private static List<String> brokenText(Element root) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) text.append(t.text());
                else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) text.append('\n');
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) text.append('\n');
            }
        }, root);
        List<String> lines = new ArrayList<>();
        for (String line : text.toString().split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) lines.add(trimmed);
        }
        return lines;
    }

    private static Optional<LocalDate> published(Document page) {
        List<String> stamps = new ArrayList<>();
        meta(page, "meta[property=article:published_time]").ifPresent(stamps::add);
        meta(page, "meta[itemprop=datePublished]").ifPresent(stamps::add);
        Element time = page.selectFirst("time[datetime]");
        if (time != null) stamps.add(time.attr("datetime"));
        meta(page, "meta[name=pubdate]").ifPresent(stamps::add);
        meta(page, "meta[name=date]").ifPresent(stamps::add);
        for (String stamp : stamps) {
            String day = stamp.strip();
            if (day.length() < 10) continue;
            try {
                return Optional.of(LocalDate.parse(day.substring(0, 10)));
            } catch (DateTimeParseException e) {
                // not an ISO date: the next stamp, or none
            }
        }
        return Optional.empty();
    }

    private static Optional<String> meta(Document page, String selector) {
        Element meta = page.selectFirst(selector);
        return meta == null ? Optional.empty() : Optional.of(meta.attr("content").strip()).filter(s -> !s.isEmpty());
    }

    private static int line(Element element) {
        return element.sourceRange().isTracked() ? element.sourceRange().start().lineNumber() : 0;
    }

    private static void add(List<String> lines, List<Integer> sources, String text, int sourceLine) {
        String line = text.replace('\n', ' ').strip();
        if (line.isEmpty()) return;
        lines.add(line);
        sources.add(sourceLine);
    }

    static boolean isWebPageName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }
}
