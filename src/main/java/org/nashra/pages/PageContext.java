package org.nashra.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nashra.analyse.Analysis;
import org.nashra.core.Lang;
import org.nashra.extract.dates.DateFormatter;
import org.nashra.extract.dates.DateValue;
import org.nashra.extract.dates.MonthNaming;
import org.nashra.extract.topics.Topic;
import org.nashra.extract.resolve.CorpusEntity;
import org.nashra.link.Corpus;
import org.nashra.link.TimelineEntry;
import org.nashra.translate.Edition;
import org.nashra.translate.Glossary;

/** What every page planner shares: the corpus, the UI strings, and the frame every view has. */
final class PageContext {

    private static final int DESCRIPTION_LIMIT = 160;
    /**
     * The UI strings the page frame (templates/layout.ftl) shows, the only ones a view carries: the rest are
     * written into the body by the planners. All of them in every view were a fifth of content/'s bytes.
     */
    static final List<String> FRAME_STRINGS = List.of(
            "site_name", "skip_to_content", "nav_label", "language_switch", "language_switch_label", "footer_note");

    final Corpus corpus;
    final UiStrings ui;
    final EnglishNames english;
    final SiteSettings settings;
    final Glossary glossary;
    /** Looked up for every link between pages: by id, not by walking the corpus. */
    private final Map<String, Analysis> articles = new HashMap<>();
    private final Map<String, CorpusEntity> entities = new HashMap<>();

    PageContext(Corpus corpus, UiStrings ui, EnglishNames english, SiteSettings settings, Glossary glossary) {
        this.glossary = glossary;
        this.corpus = corpus;
        for (Analysis a : corpus.articles()) articles.putIfAbsent(a.id(), a);
        for (CorpusEntity e : corpus.entities()) entities.putIfAbsent(e.id(), e);
        this.ui = ui;
        this.english = english;
        this.settings = settings;
    }

    Analysis article(String id) {
        Analysis a = articles.get(id);
        if (a == null) throw new IllegalArgumentException("no article " + id);
        return a;
    }

    Optional<CorpusEntity> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    String ui(Lang lang, String key) {
        return ui.get(lang, key);
    }

    /** The fields every page's view has: language, titles, links home and to the counterpart, navigation, the frame's UI strings. */
    Map<String, Object> view(String kind, Lang lang, SitePath self, SitePath counterpart, String title, String description) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("kind", kind);
        view.put("lang", lang.code());
        view.put("dir", lang.direction());
        // Titles come from article text: control characters such as U+0085 must not reach the HTML.
        String cleanTitle = Text.singleLine(title);
        view.put("title", cleanTitle);
        view.put("page_title", cleanTitle + " — " + ui(lang, "site_name"));
        view.put("description", truncate(description));
        view.put("root", self.root());
        view.put("self_url", self.self());
        view.put("home_url", self.linkTo(SitePaths.home(lang)));
        Map<String, Object> alternate = new LinkedHashMap<>();
        alternate.put("lang", lang.other().code());
        alternate.put("dir", lang.other().direction());
        alternate.put("url", self.linkTo(counterpart));
        view.put("alternate", alternate);
        view.put("nav", nav(lang, self));
        String feed = self.linkTo(Feeds.feed(lang));
        view.put("feed_url", feed.endsWith(".html") ? feed.substring(0, feed.length() - 5) + ".xml" : feed);
        settings.absolute(self.htmlFile()).ifPresent(url -> view.put("canonical_url", url));
        Map<String, String> frame = new LinkedHashMap<>();
        for (String key : FRAME_STRINGS) frame.put(key, ui(lang, key));
        view.put("ui", frame);
        return view;
    }

    private List<Map<String, Object>> nav(Lang lang, SitePath self) {
        List<Map<String, Object>> items = new ArrayList<>();
        navItem(items, self, SitePaths.home(lang), ui(lang, "nav_home"));
        navItem(items, self, SitePaths.topics(lang), ui(lang, "nav_topics"));
        navItem(items, self, SitePaths.entities(lang), ui(lang, "nav_entities"));
        navItem(items, self, SitePaths.timeline(lang), ui(lang, "nav_timeline"));
        navItem(items, self, SitePaths.sources(lang), ui(lang, "nav_sources"));
        return items;
    }

    private static void navItem(List<Map<String, Object>> items, SitePath self, SitePath target, String label) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("label", label);
        item.put("url", self.linkTo(target));
        item.put("current", self.equals(target));
        items.add(item);
    }

    String date(DateValue value, Lang lang, MonthNaming naming) {
        return DateFormatter.of(naming).withHijri(settings.hijri() && lang == Lang.AR).format(value, lang);
    }

    /** The publication date as the page's readers write it, or the "unknown" string. */
    String published(Analysis a, Lang lang) {
        return a.article().published()
                .map(d -> date(DateValue.day(d), lang, a.monthNaming()))
                .orElse(ui(lang, "date_unknown"));
    }

    /** The headline shown for an article in a language: the Arabic one, or the English brief's. */
    String title(Analysis a, Lang lang) {
        if (lang == Lang.AR) return a.title();
        return corpus.edition(a.id()).titleEn().map(Edition.Wording::text).orElseGet(() -> english.headline(a));
    }

    /** Who wrote a text shown on a page, for the reader: an editor, or a named translation backend. */
    String origin(Edition.Wording wording, Lang lang) {
        return wording.origin() == Edition.Origin.EDITOR ? ui(lang, "by_editor")
                : ui(lang, "machine_translated").replace("{backend}", wording.backend());
    }

    String entityName(CorpusEntity e, Lang lang) {
        return lang == Lang.AR ? e.nameAr() : e.nameEn();
    }

    /** What {@link #entityLink} and {@link #entityName} read of an entity: a page naming it changes when this does. */
    record Named(String id, org.nashra.extract.EntityType type, String nameAr, String nameEn, boolean listed) {}

    Optional<Named> named(String id) {
        return entity(id).map(e -> new Named(e.id(), e.type(), e.nameAr(), e.nameEn(), corpus.byEntity().containsKey(e.id())));
    }

    /** A link to an entity's page, or its plain name when it has none (other names get no page). */
    String entityLink(SitePath from, CorpusEntity e, Lang lang) {
        String name = entityName(e, lang);
        if (!EntityPages.hasPage(e) || !corpus.byEntity().containsKey(e.id())) return "<bdi>" + Markdown.html(name) + "</bdi>";
        return "<a href=\"" + Markdown.html(from.linkTo(SitePaths.entity(lang, e.id()))) + "\"><bdi>" + Markdown.html(name) + "</bdi></a>";
    }

    /**
     * Dated events in list order as the items of a timeline list. Events of one briefing on one date are
     * one item (an article may date five of its sentences to the same Friday): the date once, each clause,
     * and the briefing once. The list's order puts them side by side.
     */
    String timelineItems(List<TimelineEntry> entries, Lang lang, SitePath self) {
        StringBuilder items = new StringBuilder();
        for (int from = 0; from < entries.size(); ) {
            int to = from + 1;
            while (to < entries.size() && sameItem(entries.get(from), entries.get(to))) to++;
            items.append(timelineItem(entries.subList(from, to), lang, self));
            from = to;
        }
        return items.toString();
    }

    private static boolean sameItem(TimelineEntry a, TimelineEntry b) {
        return a.articleId().equals(b.articleId()) && a.event().date().equals(b.event().date())
                && a.event().announced() == b.event().announced();
    }

    /** One date of one briefing: its date (announced ones marked), each clause, and the briefing. */
    private String timelineItem(List<TimelineEntry> sameDate, Lang lang, SitePath self) {
        TimelineEntry first = sameDate.get(0);
        Analysis a = article(first.articleId());
        StringBuilder li = new StringBuilder("<li");
        if (first.event().announced()) li.append(" class=\"announced\"");
        li.append("><p class=\"when\"><strong>").append(Markdown.html(date(first.event().date(), lang, a.monthNaming()))).append("</strong>");
        if (first.event().announced()) li.append(" <span class=\"badge\">").append(Markdown.html(ui(lang, "announced"))).append("</span>");
        li.append("</p>");
        for (TimelineEntry entry : sameDate) {
            String excerpt = entry.event().excerpt();
            li.append("<p class=\"what\">").append(lang == Lang.AR ? Markdown.html(excerpt) : Html.foreign(excerpt, Lang.AR, "span")).append("</p>");
        }
        li.append("<p class=\"from\">").append(Html.link(self.linkTo(SitePaths.briefing(lang, a.id())), title(a, lang))).append("</p>");
        return li.append("</li>\n").toString();
    }

    /**
     * The outlet as a page in {@code lang} names it: in English when the gazetteer or the agencies' names give it,
     * with a capital, as it stands first in its field ("agencies" alone, طهران - وكالات, is "Agencies").
     */
    Optional<String> outletEnglish(Analysis a, Lang lang) {
        return lang == Lang.AR ? Optional.empty()
                : corpus.edition(a.id()).outletEn().map(name -> name.isEmpty() ? name : name.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + name.substring(1));
    }

    /** The outlet's name (HTML), Arabic marked as such on pages in other languages. */
    String outletHtml(Analysis a, String arabic, Lang lang) {
        Optional<String> english = outletEnglish(a, lang);
        if (english.isPresent()) return "<bdi>" + Markdown.html(english.get()) + "</bdi>";
        return lang == Lang.AR ? "<bdi>" + Markdown.html(arabic) + "</bdi>" : Html.foreign(arabic, Lang.AR, "bdi");
    }

    String topicName(Topic topic, Lang lang) {
        return lang == Lang.AR ? topic.nameAr() : topic.nameEn();
    }

    Topic topic(String id) {
        return corpus.topics().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no topic " + id));
    }

    static Map<String, String> header(String type, Lang lang, String translationKey) {
        Map<String, String> header = new LinkedHashMap<>();
        header.put("type", type);
        header.put("status", "published");
        header.put("lang", lang.code());
        header.put("translation_key", translationKey);
        return header;
    }

    static String truncate(String text) {
        String line = Text.singleLine(text);
        if (line.length() <= DESCRIPTION_LIMIT) return line;
        int cut = line.lastIndexOf(' ', DESCRIPTION_LIMIT - 1);
        return line.substring(0, cut > 0 ? cut : DESCRIPTION_LIMIT - 1) + "…";
    }
}
