package org.nashra.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.nashra.analyse.Analysis;
import org.nashra.core.Lang;
import org.nashra.extract.resolve.CorpusEntity;
import org.nashra.extract.topics.Topic;
import org.nashra.link.TimelineEntry;
import org.nashra.link.TopicEntry;

/** The pages that list briefings: home, topics, timeline, sources, and the not-found page. */
final class ListPages {

    static final int HOME_PAGE_SIZE = 20;
    static final int LATEST_FOR_MAIN_ENTITIES = 20;
    static final int MAIN_ENTITIES = 12;

    private final PageContext ctx;

    ListPages(PageContext ctx) {
        this.ctx = ctx;
    }

    List<ContentFile> plan() {
        List<ContentFile> files = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            files.addAll(home(lang));
            files.add(topicIndex(lang));
            for (Topic topic : ctx.corpus.topics()) {
                if (!ctx.corpus.articlesOf(topic.id()).isEmpty()) files.add(topic(lang, topic));
            }
            files.add(timeline(lang));
            files.add(sources(lang));
            files.add(notFound(lang));
        }
        return files;
    }

    /** One briefing in a list: its headline (a heading of the given level) linked, date and outlet, and an optional line below. */
    private String item(Analysis a, Lang lang, SitePath from, String below, int level) {
        StringBuilder li = new StringBuilder("<li>");
        li.append("<h").append(level).append(">").append(Html.link(from.linkTo(SitePaths.briefing(lang, a.id())), ctx.title(a, lang)))
                .append("</h").append(level).append(">");
        li.append("<p class=\"meta\">").append(Markdown.html(ctx.published(a, lang)));
        a.article().outlet().ifPresent(o -> li.append(" · ").append(lang == Lang.AR ? "<bdi>" + Markdown.html(o) + "</bdi>"
                : Html.foreign(o, Lang.AR, "bdi")));
        li.append("</p>");
        if (below != null) li.append(below);
        return li.append("</li>\n").toString();
    }

    private String lead(Analysis a, Lang lang) {
        if (lang == Lang.AR) {
            return a.summary().sentences().isEmpty() ? null
                    : "<p class=\"lead\">" + Markdown.html(a.summary().sentences().get(0).text()) + "</p>";
        }
        return "<p class=\"lead\">" + Html.foreign(a.article().title(), Lang.AR, "span") + "</p>";
    }

    /**
     * The home pages of a language: the latest briefings, {@link #HOME_PAGE_SIZE} a page, newest first;
     * the first page also shows the main topics and entities of the moment.
     */
    private List<ContentFile> home(Lang lang) {
        List<Analysis> all = ctx.corpus.articles();
        int pages = Math.max(1, (all.size() + HOME_PAGE_SIZE - 1) / HOME_PAGE_SIZE);
        List<ContentFile> files = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            List<Analysis> slice = all.subList((n - 1) * HOME_PAGE_SIZE, Math.min(all.size(), n * HOME_PAGE_SIZE));
            files.add(homePage(lang, n, pages, slice));
        }
        return files;
    }

    private ContentFile homePage(Lang lang, int n, int pages, List<Analysis> slice) {
        SitePath self = SitePaths.home(lang, n);
        String title = n == 1 ? ctx.ui(lang, "home_title")
                : ctx.ui(lang, "home_title") + " — " + ctx.ui(lang, "page_n").replace("{n}", String.valueOf(n));
        Map<String, Object> view = ctx.view("home", lang, self, SitePaths.home(lang.other(), n), title, ctx.ui(lang, "site_tagline"));
        Html body = new Html();
        body.raw("<section aria-labelledby=\"latest\">");
        body.heading(2, "latest", ctx.ui(lang, "latest_briefings"));
        StringBuilder briefings = new StringBuilder("<ol class=\"briefing-list\">\n");
        for (Analysis a : slice) briefings.append(item(a, lang, self, lead(a, lang), 3));
        body.raw(briefings.append("</ol>").toString());
        if (pages > 1) {
            StringBuilder nav = new StringBuilder("<nav class=\"pagination\" aria-label=\"")
                    .append(Markdown.html(ctx.ui(lang, "pages"))).append("\">");
            if (n > 1) nav.append("<a rel=\"prev\" href=\"").append(Markdown.html(self.linkTo(SitePaths.home(lang, n - 1))))
                    .append("\">").append(Markdown.html(ctx.ui(lang, "newer"))).append("</a> ");
            nav.append("<span>").append(Markdown.html(ctx.ui(lang, "page_n_of").replace("{n}", String.valueOf(n))
                    .replace("{total}", String.valueOf(pages)))).append("</span>");
            if (n < pages) nav.append(" <a rel=\"next\" href=\"").append(Markdown.html(self.linkTo(SitePaths.home(lang, n + 1))))
                    .append("\">").append(Markdown.html(ctx.ui(lang, "older"))).append("</a>");
            body.raw(nav.append("</nav>").toString());
        }
        body.raw("</section>");
        if (n == 1 && !ctx.corpus.byTopic().isEmpty()) {
            body.raw("<section aria-labelledby=\"main-topics\">");
            body.heading(2, "main-topics", ctx.ui(lang, "main_topics"));
            body.raw(topicList(lang, self));
            body.raw("</section>");
        }
        List<CorpusEntity> main = n == 1 ? mainEntities() : List.of();
        if (!main.isEmpty()) {
            body.raw("<section aria-labelledby=\"main-entities\">");
            body.heading(2, "main-entities", ctx.ui(lang, "main_entities"));
            StringBuilder entities = new StringBuilder("<ul class=\"entity-list entity-list--inline\">\n");
            for (CorpusEntity e : main) entities.append("<li>").append(ctx.entityLink(self, e, lang)).append("</li>\n");
            body.raw(entities.append("</ul>").toString());
            body.raw("</section>");
        }
        body.raw("<p>" + Html.link(self.linkTo(SitePaths.timeline(lang)), ctx.ui(lang, "see_timeline")) + "</p>");
        return new ContentFile(self.contentFile(), PageContext.header("home", lang, n == 1 ? "home" : "home-" + n), view, body.toString());
    }

    /**
     * The entities of the moment: those named in the most of the latest briefings (by date), with a
     * page of their own; ties by total mentions, then id.
     */
    private List<CorpusEntity> mainEntities() {
        List<Analysis> latest = ctx.corpus.articles().subList(0, Math.min(LATEST_FOR_MAIN_ENTITIES, ctx.corpus.articles().size()));
        java.util.Map<String, Integer> briefings = new java.util.TreeMap<>();
        for (Analysis a : latest) {
            a.entities().stream().map(e -> e.id()).distinct().forEach(id -> briefings.merge(id, 1, Integer::sum));
        }
        return briefings.entrySet().stream()
                .flatMap(e -> ctx.entity(e.getKey()).stream())
                .filter(e -> EntityPages.hasPage(e) && ctx.corpus.byEntity().containsKey(e.id()))
                .sorted(java.util.Comparator.comparingInt((CorpusEntity e) -> -briefings.get(e.id()))
                        .thenComparingInt(e -> -e.mentionCount()).thenComparing(CorpusEntity::id))
                .limit(MAIN_ENTITIES).toList();
    }

    /** Topics that have briefings, most briefings first, then taxonomy order. */
    private String topicList(Lang lang, SitePath from) {
        List<Topic> topics = new ArrayList<>(ctx.corpus.topics().stream()
                .filter(t -> !ctx.corpus.articlesOf(t.id()).isEmpty()).toList());
        topics.sort((x, y) -> Integer.compare(ctx.corpus.articlesOf(y.id()).size(), ctx.corpus.articlesOf(x.id()).size()));
        StringBuilder list = new StringBuilder("<ul class=\"topic-list\">\n");
        for (Topic t : topics) {
            list.append("<li>").append(Html.link(from.linkTo(SitePaths.topic(lang, t.id())), ctx.topicName(t, lang)))
                    .append(" <span class=\"count\">(").append(ctx.corpus.articlesOf(t.id()).size()).append(")</span></li>\n");
        }
        return list.append("</ul>").toString();
    }

    private ContentFile topicIndex(Lang lang) {
        SitePath self = SitePaths.topics(lang);
        Map<String, Object> view = ctx.view("list", lang, self, SitePaths.topics(lang.other()),
                ctx.ui(lang, "topics"), ctx.ui(lang, "topics_description"));
        Html body = new Html();
        if (ctx.corpus.byTopic().isEmpty()) {
            body.paragraph(null, ctx.ui(lang, "nothing_yet"));
        } else {
            body.raw(topicList(lang, self));
        }
        return new ContentFile(self.contentFile(), PageContext.header("page", lang, "topics"), view, body.toString());
    }

    private ContentFile topic(Lang lang, Topic topic) {
        SitePath self = SitePaths.topic(lang, topic.id());
        String description = lang == Lang.AR ? topic.descriptionAr() : topic.descriptionEn();
        Map<String, Object> view = ctx.view("topic", lang, self, SitePaths.topic(lang.other(), topic.id()),
                ctx.topicName(topic, lang), description.isEmpty() ? ctx.topicName(topic, lang) : description);
        Html body = new Html();
        if (!description.isEmpty()) body.paragraph(null, description);
        StringBuilder list = new StringBuilder("<ol class=\"briefing-list\">\n");
        for (TopicEntry entry : ctx.corpus.articlesOf(topic.id())) {
            Analysis a = ctx.article(entry.articleId());
            String evidence = "<p class=\"evidence\">" + Markdown.html(ctx.ui(lang, "evidence")) + " "
                    + Html.foreign(String.join("، ", entry.ref().phrases()), Lang.AR, "span") + "</p>";
            if (lang == Lang.AR) evidence = "<p class=\"evidence\">" + Markdown.html(ctx.ui(lang, "evidence")) + " "
                    + Markdown.html(String.join("، ", entry.ref().phrases())) + "</p>";
            list.append(item(a, lang, self, evidence, 2));
        }
        body.raw(list.append("</ol>").toString());
        return new ContentFile(self.contentFile(), PageContext.header("topic", lang, "topic-" + topic.id()), view, body.toString());
    }

    private ContentFile timeline(Lang lang) {
        SitePath self = SitePaths.timeline(lang);
        Map<String, Object> view = ctx.view("timeline", lang, self, SitePaths.timeline(lang.other()),
                ctx.ui(lang, "timeline"), ctx.ui(lang, "timeline_description"));
        Html body = new Html();
        // Year, then month (or the whole year for year-precise dates), in date order.
        Map<Integer, Map<String, List<TimelineEntry>>> byYear = new TreeMap<>();
        for (TimelineEntry entry : ctx.corpus.timeline()) {
            var date = entry.event().date();
            int year = date.firstDay().getYear();
            String month = date.precision() == org.nashra.extract.dates.Precision.YEAR ? "" : String.format("%02d", date.firstDay().getMonthValue());
            byYear.computeIfAbsent(year, y -> new TreeMap<>()).computeIfAbsent(month, m -> new ArrayList<>()).add(entry);
        }
        if (byYear.isEmpty()) body.paragraph(null, ctx.ui(lang, "nothing_yet"));
        for (var year : byYear.entrySet()) {
            body.heading(2, "y" + year.getKey(), String.valueOf(year.getKey()));
            for (var month : year.getValue().entrySet()) {
                if (!month.getKey().isEmpty()) {
                    var first = month.getValue().get(0).event().date();
                    var monthValue = org.nashra.extract.dates.DateValue.month(first.firstDay().getYear(), first.firstDay().getMonthValue());
                    Analysis source = ctx.article(month.getValue().get(0).articleId());
                    body.heading(3, "y" + year.getKey() + "-" + month.getKey(), ctx.date(monthValue, lang, source.monthNaming()));
                }
                StringBuilder list = new StringBuilder("<ul class=\"timeline\">\n");
                for (TimelineEntry entry : month.getValue()) list.append(ctx.timelineItem(entry, lang, self));
                body.raw(list.append("</ul>").toString());
            }
        }
        return new ContentFile(self.contentFile(), PageContext.header("timeline", lang, "timeline"), view, body.toString());
    }

    private ContentFile sources(Lang lang) {
        SitePath self = SitePaths.sources(lang);
        Map<String, Object> view = ctx.view("list", lang, self, SitePaths.sources(lang.other()),
                ctx.ui(lang, "sources"), ctx.ui(lang, "sources_description"));
        Map<String, List<Analysis>> byOutlet = new TreeMap<>();
        List<Analysis> unknown = new ArrayList<>();
        for (Analysis a : ctx.corpus.articles()) {
            Optional<String> outlet = a.article().outlet();
            if (outlet.isPresent()) byOutlet.computeIfAbsent(outlet.get(), o -> new ArrayList<>()).add(a);
            else unknown.add(a);
        }
        Map<String, List<Analysis>> groups = new LinkedHashMap<>(byOutlet);
        if (!unknown.isEmpty()) groups.put(ctx.ui(lang, "outlet_unknown"), unknown);
        Html body = new Html();
        int n = 0;
        for (var group : groups.entrySet()) {
            n++;
            boolean arabicName = byOutlet.containsKey(group.getKey());
            String heading = "<h2 id=\"source-" + n + "\">"
                    + (arabicName && lang != Lang.AR ? Html.foreign(group.getKey(), Lang.AR, "span") : Markdown.html(group.getKey()))
                    + "</h2>";
            body.raw(heading);
            StringBuilder list = new StringBuilder("<ol class=\"briefing-list\">\n");
            for (Analysis a : group.getValue()) list.append(item(a, lang, self, null, 3));
            body.raw(list.append("</ol>").toString());
        }
        return new ContentFile(self.contentFile(), PageContext.header("page", lang, "sources"), view, body.toString());
    }

    private ContentFile notFound(Lang lang) {
        SitePath self = SitePaths.notFound(lang);
        Map<String, Object> view = ctx.view("not-found", lang, self, SitePaths.notFound(lang.other()),
                ctx.ui(lang, "not_found_title"), ctx.ui(lang, "not_found_text"));
        Html body = new Html();
        body.paragraph(null, ctx.ui(lang, "not_found_text"));
        body.raw("<p>" + Html.link(self.linkTo(SitePaths.home(lang)), ctx.ui(lang, "nav_home")) + "</p>");
        return new ContentFile(self.contentFile(), PageContext.header("page", lang, "not-found"), view, body.toString());
    }
}
