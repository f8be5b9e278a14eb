package org.nashra.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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

    static final int LATEST_FOR_MAIN_ENTITIES = 20;
    static final int MAIN_ENTITIES = 12;

    private final PageContext ctx;
    private final PlanMemo memo;

    ListPages(PageContext ctx, PlanMemo memo) {
        this.ctx = ctx;
        this.memo = memo;
    }

    /** Hands each list page to {@code sink} as it is planned. */
    void plan(Consumer<PlannedPage> sink) {
        // The timeline's pages hold the same events in both languages: grouped once.
        Pagination<TimelineEntry> timeline = Pagination.grouped(ctx.corpus.timeline(), ListPages::month,
                ctx.settings.pageSize() * SiteSettings.TIMELINE_FACTOR, n -> SitePaths.timeline(Lang.AR, n));
        Map<Integer, Integer> years = timeline.firstPages(ListPages::year);
        for (Lang lang : Lang.values()) {
            home(lang).forEach(sink);
            sink.accept(topicIndex(lang));
            for (Topic topic : ctx.corpus.topics()) {
                if (!ctx.corpus.articlesOf(topic.id()).isEmpty()) topic(lang, topic).forEach(sink);
            }
            timeline(lang, timeline.at(n -> SitePaths.timeline(lang, n)), years).forEach(sink);
            sources(lang).forEach(sink);
            sink.accept(notFound(lang));
        }
    }

    /** One briefing in a list: its headline (a heading of the given level) linked, date and outlet, and an optional line below. */
    private String item(Analysis a, Lang lang, SitePath from, String below, int level) {
        StringBuilder li = new StringBuilder("<li>");
        li.append("<h").append(level).append(">").append(Html.link(from.linkTo(SitePaths.briefing(lang, a.id())), ctx.title(a, lang)))
                .append("</h").append(level).append(">");
        li.append("<p class=\"meta\">").append(Markdown.html(ctx.published(a, lang)));
        a.article().outlet().ifPresent(o -> li.append(" · ").append(ctx.outletHtml(a, o, lang)));
        li.append("</p>");
        if (below != null) li.append(below);
        return li.append("</li>\n").toString();
    }

    private String lead(Analysis a, Lang lang) {
        if (lang == Lang.AR) {
            return a.summary().sentences().isEmpty() ? null
                    : "<p class=\"lead\">" + Markdown.html(a.summary().shown().get(0)) + "</p>";
        }
        return "<p class=\"lead\">" + Html.foreign(a.article().title(), Lang.AR, "span") + "</p>";
    }

    /**
     * The home pages of a language: the latest briefings, a page of the site's page size, newest first;
     * the first page also shows the main topics and entities of the moment.
     */
    private List<PlannedPage> home(Lang lang) {
        Pagination<Analysis> pages = Pagination.of(ctx.corpus.articles(), ctx.settings.pageSize(), n -> SitePaths.home(lang, n));
        List<PlannedPage> files = new ArrayList<>();
        // Page 1 also shows topic counts and the entities of the moment, which most changes move: planned every time.
        files.add(homePage(lang, 1, pages));
        for (int n = 2; n <= pages.pages(); n++) {
            int page = n;
            files.addAll(plan("home:" + lang.code() + ":" + n, lang, "home", page, pages, Map.of(), Analysis::id,
                    () -> List.of(homePage(lang, page, pages))));
        }
        return files;
    }

    private ContentFile homePage(Lang lang, int n, Pagination<Analysis> pages) {
        SitePath self = pages.path(n);
        String title = pages.title(ctx, lang, ctx.ui(lang, "home_title"), n);
        Map<String, Object> view = ctx.view("home", lang, self, SitePaths.home(lang.other(), n), title, ctx.ui(lang, "site_tagline"));
        Html body = new Html();
        body.raw("<section aria-labelledby=\"latest\">");
        body.heading(2, "latest", ctx.ui(lang, "latest_briefings"));
        StringBuilder briefings = new StringBuilder("<ol class=\"briefing-list\">\n");
        for (Analysis a : pages.page(n)) briefings.append(item(a, lang, self, lead(a, lang), 3));
        body.raw(briefings.append("</ol>").toString());
        pages.addNav(body, ctx, lang, n);
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

    /** A topic's pages: its description, then its briefings with the evidence for each, a page of the site's page size. */
    private List<PlannedPage> topic(Lang lang, Topic topic) {
        Pagination<TopicEntry> pages = Pagination.of(ctx.corpus.articlesOf(topic.id()), ctx.settings.pageSize(), n -> SitePaths.topic(lang, topic.id(), n));
        List<String> keys = new ArrayList<>();
        for (int n = 1; n <= pages.pages(); n++) keys.add("topic:" + lang.code() + ":" + topic.id() + ":" + n);
        // A topic's pages read its entries and their articles: only an article with the topic, before or now, moves them.
        org.nashra.link.Changes changes = memo.trusted();
        if (changes != null && !changes.topics().contains(topic.id())) {
            List<PlannedPage> unchanged = memo.takeOver(keys);
            if (unchanged != null) return unchanged;
        }
        List<PlannedPage> files = new ArrayList<>();
        for (int n = 1; n <= pages.pages(); n++) {
            int page = n;
            files.addAll(memo.plan(keys.get(n - 1),
                    () -> inputs(lang, topic.id(), page, pages, Map.of(), TopicEntry::articleId),
                    () -> List.of(topicPage(lang, topic, page, pages))));
        }
        return files;
    }

    private ContentFile topicPage(Lang lang, Topic topic, int n, Pagination<TopicEntry> pages) {
        SitePath self = pages.path(n);
        String description = lang == Lang.AR ? topic.descriptionAr() : topic.descriptionEn();
        String name = ctx.topicName(topic, lang);
        Map<String, Object> view = ctx.view("topic", lang, self, SitePaths.topic(lang.other(), topic.id(), n),
                pages.title(ctx, lang, name, n), description.isEmpty() ? name : description);
        Html body = new Html();
        if (!description.isEmpty()) body.paragraph(null, description);
        StringBuilder list = new StringBuilder("<ol class=\"briefing-list\">\n");
        for (TopicEntry entry : pages.page(n)) {
            Analysis a = ctx.article(entry.articleId());
            String phrases = String.join("، ", entry.ref().phrases());
            String evidence = "<p class=\"evidence\">" + Markdown.html(ctx.ui(lang, "evidence")) + " "
                    + (lang == Lang.AR ? Markdown.html(phrases) : Html.foreign(phrases, Lang.AR, "span")) + "</p>";
            list.append(item(a, lang, self, evidence, 2));
        }
        body.raw(list.append("</ol>").toString());
        pages.addNav(body, ctx, lang, n);
        String key = "topic-" + topic.id() + (n == 1 ? "" : "-page-" + n);
        return new ContentFile(self.contentFile(), PageContext.header("topic", lang, key), view, body.toString());
    }

    /**
     * The timeline: every dated event in date order under its year and month, on pages that keep a
     * month together (five times the page size of events a page); a long timeline says on each page
     * where every year begins ({@code years}: each year's first page, in date order as the timeline is).
     */
    private List<PlannedPage> timeline(Lang lang, Pagination<TimelineEntry> pages, Map<Integer, Integer> years) {
        List<PlannedPage> files = new ArrayList<>();
        for (int n = 1; n <= pages.pages(); n++) {
            int page = n;
            files.addAll(plan("timeline:" + lang.code() + ":" + n, lang, "timeline", page, pages, years, TimelineEntry::articleId,
                    () -> List.of(timelinePage(lang, page, pages, years))));
        }
        return files;
    }

    /**
     * Everything a topic, timeline, sources or later home page reads, beyond the planner's context: its
     * place among the pages, its entries, what it shows of other pages (the year or outlet index), and the articles it lists,
     * with their editions (headline, date, outlet).
     */
    private record PageInputs(Lang lang, String list, int page, int pages, List<?> entries, Object jumps,
                              List<Analysis> articles, List<org.nashra.translate.Edition> editions) {}

    /**
     * One page of a list, through the memo. When the linker's changes are to be trusted, a page whose
     * entries are the very entries it had, among as many pages with the same jumps, and none of whose
     * articles changed, is taken over without gathering its inputs: everything else it reads is those.
     */
    private <T> List<PlannedPage> plan(String key, Lang lang, String list, int n, Pagination<T> pages, Object jumps,
                                       java.util.function.Function<T, String> articleId,
                                       java.util.function.Supplier<List<ContentFile>> planner) {
        org.nashra.link.Changes changes = memo.trusted();
        if (changes != null && memo.inputsOf(key) instanceof PageInputs before && before.pages() == pages.pages()
                && before.jumps().equals(jumps) && sameObjects(before.entries(), pages.page(n))
                && pages.page(n).stream().map(articleId).noneMatch(changes.articles()::contains)) {
            List<PlannedPage> unchanged = memo.takeOver(List.of(key));
            if (unchanged != null) return unchanged;
        }
        return memo.plan(key, () -> inputs(lang, list, n, pages, jumps, articleId), planner);
    }

    private static boolean sameObjects(List<?> x, List<?> y) {
        if (x.size() != y.size()) return false;
        for (int i = 0; i < x.size(); i++) if (x.get(i) != y.get(i)) return false;
        return true;
    }

    private <T> PageInputs inputs(Lang lang, String list, int n, Pagination<T> pages, Object jumps,
                                  java.util.function.Function<T, String> articleId) {
        List<T> entries = pages.page(n);
        List<String> ids = entries.stream().map(articleId).distinct().toList();
        return new PageInputs(lang, list, n, pages.pages(), entries, jumps, ids.stream().map(ctx::article).toList(),
                ids.stream().map(ctx.corpus::edition).toList());
    }

    /**
     * Year and month of an event as one number ({@code 202403}), with month 0 for a date known only to
     * the year: a key to group by, asked of every event at every rebuild, so no text is made for it.
     */
    private static int month(TimelineEntry entry) {
        var date = entry.event().date();
        java.time.LocalDate first = date.firstDay();
        return first.getYear() * 100 + (date.precision() == org.nashra.extract.dates.Precision.YEAR ? 0 : first.getMonthValue());
    }

    private static int year(TimelineEntry entry) {
        return entry.event().date().firstDay().getYear();
    }

    /**
     * A year of the timeline as its readers count it: a year before Christ, which dates count as ISO does (950 BC is
     * -949), as the dates under it write it (950 BC, 950 ق.م).
     */
    private String yearLabel(int year, Lang lang) {
        if (year > 0) return String.valueOf(year);
        return ctx.date(org.nashra.extract.dates.DateValue.year(year), lang, org.nashra.extract.dates.MonthNaming.EGYPTIAN);
    }

    /** The month of an event ({@code 03}), empty for a date known only to the year. */
    private static String monthOfYear(TimelineEntry entry) {
        var date = entry.event().date();
        if (date.precision() == org.nashra.extract.dates.Precision.YEAR) return "";
        // Asked of every event at every rebuild: no format string to parse.
        int month = date.firstDay().getMonthValue();
        return month < 10 ? "0" + month : String.valueOf(month);
    }

    private ContentFile timelinePage(Lang lang, int n, Pagination<TimelineEntry> pages, Map<Integer, Integer> years) {
        SitePath self = pages.path(n);
        Map<String, Object> view = ctx.view("timeline", lang, self, SitePaths.timeline(lang.other(), n),
                pages.title(ctx, lang, ctx.ui(lang, "timeline"), n), ctx.ui(lang, "timeline_description"));
        Html body = new Html();
        // Year, then month (or the whole year for year-precise dates), in date order.
        Map<Integer, Map<String, List<TimelineEntry>>> byYear = new TreeMap<>();
        for (TimelineEntry entry : pages.page(n)) {
            byYear.computeIfAbsent(year(entry), y -> new TreeMap<>()).computeIfAbsent(monthOfYear(entry), m -> new ArrayList<>()).add(entry);
        }
        if (byYear.isEmpty()) body.paragraph(null, ctx.ui(lang, "nothing_yet"));
        if (pages.pages() > 1) body.raw(yearIndex(lang, self, years));
        for (var year : byYear.entrySet()) {
            body.heading(2, "y" + year.getKey(), yearLabel(year.getKey(), lang));
            for (var month : year.getValue().entrySet()) {
                if (!month.getKey().isEmpty()) {
                    var first = month.getValue().get(0).event().date();
                    var monthValue = org.nashra.extract.dates.DateValue.month(first.firstDay().getYear(), first.firstDay().getMonthValue());
                    Analysis source = ctx.article(month.getValue().get(0).articleId());
                    body.heading(3, "y" + year.getKey() + "-" + month.getKey(), ctx.date(monthValue, lang, source.monthNaming()));
                }
                StringBuilder list = new StringBuilder("<ul class=\"timeline\">\n");
                list.append(ctx.timelineItems(month.getValue(), lang, self));
                body.raw(list.append("</ul>").toString());
            }
        }
        pages.addNav(body, ctx, lang, n);
        String key = n == 1 ? "timeline" : "timeline-page-" + n;
        return new ContentFile(self.contentFile(), PageContext.header("timeline", lang, key), view, body.toString());
    }

    /** A link of a jump list: the page a year or outlet begins on, the anchor there, and the label (HTML). */
    private record Jump(SitePath page, String anchor, String label) {}

    private static String jumpNav(String label, SitePath self, List<Jump> jumps) {
        StringBuilder nav = new StringBuilder("<nav class=\"jump\" aria-label=\"").append(Markdown.html(label)).append("\"><ul>\n");
        for (Jump jump : jumps) {
            nav.append("<li><a href=\"").append(Markdown.html(self.linkTo(jump.page()))).append('#').append(jump.anchor())
                    .append("\">").append(jump.label()).append("</a></li>\n");
        }
        return nav.append("</ul></nav>").toString();
    }

    /** Every year of the timeline, linked to where it begins. */
    private String yearIndex(Lang lang, SitePath self, Map<Integer, Integer> firstPageOfYear) {
        List<Jump> jumps = new ArrayList<>();
        for (var year : new TreeMap<>(firstPageOfYear).entrySet()) {
            jumps.add(new Jump(SitePaths.timeline(lang, year.getValue()), "y" + year.getKey(), Markdown.html(yearLabel(year.getKey(), lang))));
        }
        return jumpNav(ctx.ui(lang, "years"), self, jumps);
    }

    /** A briefing under its outlet on the sources pages. */
    private record Sourced(int group, String outlet, boolean named, Analysis article) {}

    /**
     * The sources: each outlet (in alphabetical order, then the briefings with no outlet) with its
     * briefings, on pages of the site's page size that keep an outlet together where it fits; a long
     * list says on each page where every outlet begins.
     */
    private List<PlannedPage> sources(Lang lang) {
        Map<String, List<Analysis>> byOutlet = new TreeMap<>();
        List<Analysis> unknown = new ArrayList<>();
        for (Analysis a : ctx.corpus.articles()) {
            Optional<String> outlet = a.article().outlet();
            if (outlet.isPresent()) byOutlet.computeIfAbsent(outlet.get(), o -> new ArrayList<>()).add(a);
            else unknown.add(a);
        }
        List<Sourced> all = new ArrayList<>();
        int group = 0;
        for (var outlet : byOutlet.entrySet()) {
            group++;
            for (Analysis a : outlet.getValue()) all.add(new Sourced(group, outlet.getKey(), true, a));
        }
        group++;
        for (Analysis a : unknown) all.add(new Sourced(group, ctx.ui(lang, "outlet_unknown"), false, a));
        Pagination<Sourced> pages = Pagination.grouped(all, Sourced::group, ctx.settings.pageSize(), n -> SitePaths.sources(lang, n));
        List<Jump> jumps = outletIndex(lang, pages, all);
        List<PlannedPage> files = new ArrayList<>();
        for (int n = 1; n <= pages.pages(); n++) {
            int page = n;
            // Its entries are made anew each time, so they are never the very entries of last time: compared as inputs.
            files.addAll(memo.plan("sources:" + lang.code() + ":" + n, () -> inputs(lang, "sources", page, pages, jumps, s -> s.article().id()),
                    () -> List.of(sourcesPage(lang, page, pages, jumps))));
        }
        return files;
    }

    private String outletName(Sourced s, Lang lang) {
        if (!s.named()) return Markdown.html(s.outlet());
        return ctx.outletEnglish(s.article(), lang).map(Markdown::html).orElseGet(() -> lang == Lang.AR ? Markdown.html(s.outlet())
                : Html.foreign(s.outlet(), Lang.AR, "span"));
    }

    /** Every outlet, linked to where it begins. */
    private List<Jump> outletIndex(Lang lang, Pagination<Sourced> pages, List<Sourced> all) {
        Map<Integer, Integer> firstPage = pages.firstPages(Sourced::group);
        Map<Integer, Sourced> firstOfGroup = new LinkedHashMap<>();
        for (Sourced s : all) firstOfGroup.putIfAbsent(s.group(), s);
        List<Jump> jumps = new ArrayList<>();
        for (var group : firstOfGroup.entrySet()) {
            jumps.add(new Jump(SitePaths.sources(lang, firstPage.get(group.getKey())), "source-" + group.getKey(),
                    outletName(group.getValue(), lang)));
        }
        return jumps;
    }

    private ContentFile sourcesPage(Lang lang, int n, Pagination<Sourced> pages, List<Jump> jumps) {
        SitePath self = pages.path(n);
        Map<String, Object> view = ctx.view("list", lang, self, SitePaths.sources(lang.other(), n),
                pages.title(ctx, lang, ctx.ui(lang, "sources"), n), ctx.ui(lang, "sources_description"));
        Html body = new Html();
        if (pages.pages() > 1) body.raw(jumpNav(ctx.ui(lang, "sources"), self, jumps));
        List<Sourced> onPage = pages.page(n);
        for (int i = 0; i < onPage.size(); ) {
            Sourced first = onPage.get(i);
            body.raw("<h2 id=\"source-" + first.group() + "\">" + outletName(first, lang) + "</h2>");
            StringBuilder list = new StringBuilder("<ol class=\"briefing-list\">\n");
            for (; i < onPage.size() && onPage.get(i).group() == first.group(); i++) list.append(item(onPage.get(i).article(), lang, self, null, 3));
            body.raw(list.append("</ol>").toString());
        }
        pages.addNav(body, ctx, lang, n);
        String key = n == 1 ? "sources" : "sources-page-" + n;
        return new ContentFile(self.contentFile(), PageContext.header("page", lang, key), view, body.toString());
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
