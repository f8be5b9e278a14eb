package org.nashra.pages;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nashra.analyse.Analysis;
import org.nashra.core.Lang;
import org.nashra.link.Corpus;

/**
 * An Atom feed per language, of the newest {@link SiteSettings#feedSize} briefings, and a sitemap with
 * hreflang alternates. Dates come only from what the articles state; an undated briefing takes the
 * feed's own date (the newest stated one) as its "updated" and has no "published".
 */
final class Feeds {

    private Feeds() {}

    static SitePath feed(Lang lang) {
        return new SitePath(lang.code() + "/feed");
    }

    static String feedFile(Lang lang) {
        return lang.code() + "/feed.xml";
    }

    static String atom(PageContext ctx, SiteSettings settings, Lang lang) {
        Corpus corpus = ctx.corpus;
        String feedPath = feedFile(lang);
        LocalDate newest = corpus.articles().stream().flatMap(a -> a.article().published().stream())
                .max(LocalDate::compareTo).orElse(LocalDate.EPOCH);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(lang.code()).append("\">\n");
        xml.append("  <title>").append(x(ctx.ui(lang, "site_name") + " — " + ctx.ui(lang, "latest_briefings"))).append("</title>\n");
        xml.append("  <subtitle>").append(x(ctx.ui(lang, "site_tagline"))).append("</subtitle>\n");
        xml.append("  <id>").append(x(id(settings, feedPath))).append("</id>\n");
        xml.append("  <link rel=\"self\" href=\"").append(x(href(settings, feedPath, feedPath))).append("\"/>\n");
        xml.append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(x(href(settings, feedPath, SitePaths.home(lang).htmlFile()))).append("\"/>\n");
        xml.append("  <updated>").append(newest).append("T00:00:00Z</updated>\n");
        xml.append("  <author><name>").append(x(ctx.ui(lang, "site_name"))).append("</name></author>\n");
        for (Analysis a : corpus.articles().subList(0, Math.min(settings.feedSize(), corpus.articles().size()))) {
            String page = SitePaths.briefing(lang, a.id()).htmlFile();
            xml.append("  <entry>\n");
            xml.append("    <title>").append(x(ctx.title(a, lang))).append("</title>\n");
            xml.append("    <id>").append(x(id(settings, page))).append("</id>\n");
            xml.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(x(href(settings, feedPath, page))).append("\"/>\n");
            Optional<LocalDate> published = a.article().published();
            published.ifPresent(d -> xml.append("    <published>").append(d).append("T00:00:00Z</published>\n"));
            xml.append("    <updated>").append(published.orElse(newest)).append("T00:00:00Z</updated>\n");
            String summary = lang == Lang.AR && !a.summary().sentences().isEmpty()
                    ? a.summary().shown().get(0) : ctx.published(a, lang);
            xml.append("    <summary>").append(x(summary)).append("</summary>\n");
            xml.append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    /**
     * What the sitemap says of one page besides its address: its language, its counterpart in the other
     * language (every page the planner makes has one), and its date.
     */
    record SitemapEntry(String lang, Optional<Counterpart> counterpart, Optional<String> lastModified) {

        /** The counterpart's address, relative to the page, and its language. */
        record Counterpart(String url, String lang) {}

        /** What the sitemap says of {@code file}; empty for a page it does not list (the not-found page). */
        static Optional<SitemapEntry> of(ContentFile file) {
            if ("not-found".equals(file.view().get("kind"))) return Optional.empty();
            Optional<Counterpart> counterpart = file.view().get("alternate") instanceof Map<?, ?> alternate
                    ? Optional.of(new Counterpart(String.valueOf(alternate.get("url")), String.valueOf(alternate.get("lang"))))
                    : Optional.empty();
            return Optional.of(new SitemapEntry(String.valueOf(file.view().get("lang")), counterpart,
                    Optional.ofNullable(file.header().get("date"))));
        }
    }

    /**
     * A sitemap with each page's counterpart as an hreflang alternate, taking pages one at a time as
     * they are planned; there is one only when the site's address is known.
     */
    static final class Sitemap {
        private final URI base;
        private final StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");

        Sitemap(SiteSettings settings) {
            this.base = settings.url().orElse(null);
        }

        void add(PlannedPage page) {
            if (base == null) return;
            Optional<SitemapEntry> entry = page instanceof UnchangedPage unchanged ? unchanged.sitemap() : SitemapEntry.of((ContentFile) page);
            if (entry.isEmpty()) return;
            String path = page.path();
            String sitePath = path.endsWith(".md") ? path.substring(0, path.length() - 3) + ".html" : path;
            URI self = base.resolve(sitePath);
            xml.append("  <url>\n    <loc>").append(x(self.toString())).append("</loc>\n");
            entry.get().counterpart().ifPresent(counterpart -> {
                URI other = self.resolve(counterpart.url());
                xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(x(entry.get().lang()))
                        .append("\" href=\"").append(x(self.toString())).append("\"/>\n");
                xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(x(counterpart.lang()))
                        .append("\" href=\"").append(x(other.toString())).append("\"/>\n");
            });
            entry.get().lastModified().ifPresent(date -> xml.append("    <lastmod>").append(x(date)).append("</lastmod>\n"));
            xml.append("  </url>\n");
        }

        Optional<String> xml() {
            return base == null ? Optional.empty() : Optional.of(xml + "</urlset>\n");
        }
    }

    private static String id(SiteSettings settings, String sitePath) {
        return settings.absolute(sitePath).orElse("tag:nashra.invalid,2024:" + sitePath);
    }

    /** Absolute when the site's address is known, else relative to the feed's own location. */
    private static String href(SiteSettings settings, String fromPath, String sitePath) {
        return settings.absolute(sitePath).orElseGet(() -> {
            int depth = (int) fromPath.chars().filter(c -> c == '/').count();
            return "../".repeat(depth) + sitePath;
        });
    }

    private static String x(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    // Characters XML 1.0 forbids are dropped rather than break the feed.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') out.append(c);
                }
            }
        }
        return out.toString();
    }
}
