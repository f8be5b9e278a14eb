package org.nashra.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nashra.analyse.Analysis;
import org.nashra.core.Lang;
import org.nashra.ingest.Article;
import org.nashra.ingest.Block;

/**
 * Plans every page of the site as a content file: for each article an Arabic and an English briefing,
 * and a home page per language. Pure: the same analyses give the same files.
 */
public final class PagePlanner {

    private static final SitePath HOME_AR = new SitePath("index");
    private static final SitePath HOME_EN = new SitePath("en/index");
    private static final int DESCRIPTION_LIMIT = 160;

    private final UiStrings ui;

    public PagePlanner(UiStrings ui) {
        this.ui = ui;
    }

    public List<ContentFile> plan(List<Analysis> analyses) {
        List<Analysis> ordered = newestFirst(analyses);
        List<ContentFile> files = new ArrayList<>();
        files.add(home(Lang.AR, ordered));
        files.add(home(Lang.EN, ordered));
        for (Analysis analysis : ordered) {
            files.add(briefingAr(analysis));
            files.add(briefingEn(analysis));
        }
        return List.copyOf(files);
    }

    /** Newest first; undated articles last; ties by id, so the order never depends on input order. */
    static List<Analysis> newestFirst(List<Analysis> analyses) {
        Comparator<Analysis> byDate = Comparator.comparing(
                (Analysis a) -> a.article().published().orElse(null),
                Comparator.nullsLast(Comparator.reverseOrder()));
        return analyses.stream().sorted(byDate.thenComparing(a -> a.article().id())).toList();
    }

    private static SitePath briefingPath(Lang lang, String id) {
        return new SitePath(lang.code() + "/" + id);
    }

    private static SitePath home(Lang lang) {
        return lang == Lang.AR ? HOME_AR : HOME_EN;
    }

    private Map<String, Object> baseView(String kind, Lang lang, SitePath self, SitePath counterpart,
                                         String title, String description) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("kind", kind);
        view.put("lang", lang.code());
        view.put("dir", lang.direction());
        view.put("title", title);
        view.put("page_title", title + " — " + ui.get(lang, "site_name"));
        view.put("description", truncate(description));
        view.put("root", self.root());
        view.put("self_url", self.self());
        view.put("home_url", self.linkTo(home(lang)));
        Map<String, Object> alternate = new LinkedHashMap<>();
        alternate.put("lang", lang.other().code());
        alternate.put("dir", lang.other().direction());
        alternate.put("url", self.linkTo(counterpart));
        view.put("alternate", alternate);
        view.put("ui", new LinkedHashMap<>(ui.all(lang)));
        return view;
    }

    private static Map<String, String> header(String type, Lang lang, String translationKey, Article article) {
        Map<String, String> header = new LinkedHashMap<>();
        header.put("type", type);
        header.put("status", "published");
        if (article != null) article.published().ifPresent(d -> header.put("date", d.toString()));
        header.put("lang", lang.code());
        header.put("translation_key", translationKey);
        return header;
    }

    private ContentFile briefingAr(Analysis analysis) {
        Article article = analysis.article();
        SitePath self = briefingPath(Lang.AR, article.id());
        String description = analysis.summary().isEmpty() ? article.title() : analysis.summary().get(0);
        Map<String, Object> view = baseView("briefing", Lang.AR, self, briefingPath(Lang.EN, article.id()),
                article.title(), description);
        if (article.titleDerived()) view.put("title_note", ui.get(Lang.AR, "headline_derived"));
        view.put("meta", meta(Lang.AR, article));

        StringBuilder body = new StringBuilder();
        if (!analysis.summary().isEmpty()) {
            body.append("<section class=\"summary\" aria-labelledby=\"summary\">\n<h2 id=\"summary\">")
                    .append(Markdown.html(ui.get(Lang.AR, "summary"))).append("</h2>\n\n");
            body.append(Markdown.escape(String.join(" ", analysis.summary()))).append("\n\n");
            body.append("</section>\n\n");
        }
        body.append("## ").append(Markdown.escape(ui.get(Lang.AR, "article_text"))).append("\n\n");
        for (Block block : article.body()) {
            switch (block.kind()) {
                case PARAGRAPH -> body.append(Markdown.escape(block.text())).append("\n\n");
                case SUBHEADING -> body.append("### ").append(Markdown.escape(block.text())).append("\n\n");
                case EMBEDDED_POST -> body.append("<figure class=\"embedded-post\"><blockquote><p>")
                        .append(Markdown.html(block.text()))
                        .append("</p></blockquote><figcaption><bdi>")
                        .append(Markdown.html(block.attribution().orElse("")))
                        .append("</bdi></figcaption></figure>\n\n");
            }
        }
        return new ContentFile(self.contentFile(), header("briefing", Lang.AR, article.id(), article), view, body.toString());
    }

    private ContentFile briefingEn(Analysis analysis) {
        Article article = analysis.article();
        SitePath self = briefingPath(Lang.EN, article.id());
        SitePath arabic = briefingPath(Lang.AR, article.id());
        String title = englishTitle(article);
        Map<String, Object> view = baseView("briefing", Lang.EN, self, arabic, title, ui.get(Lang.EN, "english_pending"));
        view.put("meta", meta(Lang.EN, article));

        StringBuilder body = new StringBuilder();
        body.append("<p class=\"notice\">").append(Markdown.html(ui.get(Lang.EN, "english_pending"))).append("</p>\n\n");
        body.append("## ").append(Markdown.escape(ui.get(Lang.EN, "original_headline"))).append("\n\n");
        body.append("<p lang=\"ar\" dir=\"rtl\">").append(Markdown.html(article.title())).append("</p>\n\n");
        body.append("<p><a href=\"").append(Markdown.html(self.linkTo(arabic))).append("\" hreflang=\"ar\">")
                .append(Markdown.html(ui.get(Lang.EN, "read_arabic"))).append("</a></p>\n");
        return new ContentFile(self.contentFile(), header("briefing", Lang.EN, article.id(), article), view, body.toString());
    }

    private String englishTitle(Article article) {
        return article.published()
                .map(d -> ui.get(Lang.EN, "briefing_title_dated").replace("{date}", DateText.format(d, Lang.EN)))
                .orElse(ui.get(Lang.EN, "briefing_title_undated"));
    }

    private List<Map<String, Object>> meta(Lang lang, Article article) {
        List<Map<String, Object>> items = new ArrayList<>();
        Map<String, Object> date = new LinkedHashMap<>();
        date.put("label", ui.get(lang, "published"));
        if (article.published().isPresent()) {
            date.put("value", DateText.format(article.published().get(), lang));
            date.put("datetime", article.published().get().toString());
        } else {
            date.put("value", ui.get(lang, "date_unknown"));
        }
        items.add(date);
        items.add(metaItem(ui.get(lang, "outlet"), article.outlet().orElse(null), ui.get(lang, "outlet_unknown"), lang));
        article.author().ifPresent(a -> items.add(metaItem(ui.get(lang, "author"), a, null, lang)));
        return items;
    }

    /** A meta item whose value is Arabic source text, marked as such on English pages. */
    private static Map<String, Object> metaItem(String label, String arabicValue, String fallback, Lang lang) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("label", label);
        if (arabicValue != null) {
            item.put("value", arabicValue);
            if (lang != Lang.AR) {
                item.put("lang", Lang.AR.code());
                item.put("dir", Lang.AR.direction());
            }
        } else {
            item.put("value", fallback);
        }
        return item;
    }

    private ContentFile home(Lang lang, List<Analysis> ordered) {
        SitePath self = home(lang);
        String title = ui.get(lang, "home_title");
        Map<String, Object> view = baseView("home", lang, self, home(lang.other()), title, ui.get(lang, "site_tagline"));
        StringBuilder body = new StringBuilder();
        body.append("<section aria-labelledby=\"latest\">\n<h2 id=\"latest\">")
                .append(Markdown.html(ui.get(lang, "latest_briefings"))).append("</h2>\n\n");
        body.append("<ol class=\"briefing-list\">\n");
        for (Analysis analysis : ordered) {
            Article article = analysis.article();
            SitePath target = briefingPath(lang, article.id());
            String itemTitle = lang == Lang.AR ? article.title() : englishTitle(article);
            String date = article.published().map(d -> DateText.format(d, lang)).orElse(ui.get(lang, "date_unknown"));
            body.append("<li><h3><a href=\"").append(Markdown.html(self.linkTo(target))).append("\">")
                    .append(Markdown.html(itemTitle)).append("</a></h3>");
            body.append("<p class=\"meta\">").append(Markdown.html(date));
            article.outlet().ifPresent(o -> body.append(" · <bdi lang=\"ar\">").append(Markdown.html(o)).append("</bdi>"));
            body.append("</p>");
            if (lang == Lang.AR && !analysis.summary().isEmpty()) {
                body.append("<p class=\"lead\">").append(Markdown.html(analysis.summary().get(0))).append("</p>");
            } else if (lang == Lang.EN) {
                body.append("<p class=\"lead\" lang=\"ar\" dir=\"rtl\">").append(Markdown.html(article.title())).append("</p>");
            }
            body.append("</li>\n");
        }
        body.append("</ol>\n\n</section>\n");
        return new ContentFile(self.contentFile(), header("home", lang, "home", null), view, body.toString());
    }

    private static String truncate(String text) {
        String line = Text.singleLine(text);
        if (line.length() <= DESCRIPTION_LIMIT) return line;
        int cut = line.lastIndexOf(' ', DESCRIPTION_LIMIT - 1);
        return line.substring(0, cut > 0 ? cut : DESCRIPTION_LIMIT - 1) + "…";
    }
}
