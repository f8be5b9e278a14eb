package org.nashra.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.nashra.analyse.Analysis;
import org.nashra.core.Lang;
import org.nashra.extract.EntityType;
import org.nashra.extract.resolve.CorpusEntity;
import org.nashra.link.Changes;
import org.nashra.link.EntityEntry;
import org.nashra.link.TimelineEntry;
import org.nashra.translate.Edition;

/** A page per person, organisation and place, and an index of them by type, in both languages. */
final class EntityPages {

    /** Kinds of entity that get pages, in the order the index shows them. */
    static final List<EntityType> WITH_PAGES = List.of(EntityType.PERSON, EntityType.ORGANISATION, EntityType.PLACE);

    private final PageContext ctx;
    private final PlanMemo memo;

    EntityPages(PageContext ctx, PlanMemo memo) {
        this.ctx = ctx;
        this.memo = memo;
    }

    static boolean hasPage(CorpusEntity e) {
        return WITH_PAGES.contains(e.type());
    }

    /** Hands each entity page to {@code sink} as it is planned. */
    void plan(Consumer<PlannedPage> sink) {
        List<CorpusEntity> withPages = ctx.corpus.entities().stream()
                .filter(e -> hasPage(e) && !ctx.corpus.byEntity().getOrDefault(e.id(), List.of()).isEmpty())
                .toList();
        for (Lang lang : Lang.values()) {
            sink.accept(index(lang));
            // Pages of different entities share nothing: planned on every core, kept in order.
            PagePlanner.inBatches(withPages, e -> takenOver(lang, e), e -> pages(lang, e), sink);
        }
    }

    static String typeKey(EntityType type) {
        return switch (type) {
            case PERSON -> "people";
            case ORGANISATION -> "organisations";
            case PLACE -> "places";
            case MISC -> "other_names";
        };
    }

    /** The UI key naming one entity of a type ("Person", where {@link #typeKey} names the many). */
    static String oneOfTypeKey(EntityType type) {
        return switch (type) {
            case PERSON -> "person";
            case ORGANISATION -> "organisation";
            case PLACE -> "place";
            case MISC -> "other_name";
        };
    }

    private ContentFile index(Lang lang) {
        SitePath self = SitePaths.entities(lang);
        Map<String, Object> view = ctx.view("list", lang, self, SitePaths.entities(lang.other()),
                ctx.ui(lang, "entities"), ctx.ui(lang, "entities_description"));
        Html body = new Html();
        boolean any = false;
        for (EntityType type : WITH_PAGES) {
            List<CorpusEntity> ofType = ctx.corpus.entities().stream()
                    .filter(e -> e.type() == type && !ctx.corpus.byEntity().getOrDefault(e.id(), List.of()).isEmpty())
                    .sorted(Comparator.comparingInt((CorpusEntity e) -> -ctx.corpus.byEntity().get(e.id()).size())
                            .thenComparing(e -> ctx.entityName(e, lang)))
                    .toList();
            if (ofType.isEmpty()) continue;
            any = true;
            body.heading(2, typeKey(type), ctx.ui(lang, typeKey(type)));
            StringBuilder list = new StringBuilder("<ul class=\"entity-list\">\n");
            for (CorpusEntity e : ofType) {
                list.append("<li>").append(ctx.entityLink(self, e, lang))
                        .append(" <span class=\"count\">(").append(ctx.corpus.byEntity().get(e.id()).size()).append(")</span></li>\n");
            }
            body.raw(list.append("</ul>").toString());
        }
        if (!any) body.paragraph(null, ctx.ui(lang, "nothing_yet"));
        return new ContentFile(self.contentFile(), PageContext.header("page", lang, "entities"), view, body.toString());
    }

    /**
     * Everything {@link #page} reads for one page of an entity, beyond the planner's context: of the entity
     * what the page states (not its counts), the page's briefings and events with their articles, and
     * the names and links of the entities it appears with. One page changes only when these do.
     */
    private record PageInputs(Lang lang, Stated entity, int page, int pages, List<EntityEntry> entries, List<TimelineEntry> events,
                              List<Analysis> articles, List<Edition> editions, List<java.util.Optional<PageContext.Named>> companions) {}

    /** An entity as its own page states it. */
    private record Stated(String id, EntityType type, String nameAr, String nameEn, boolean englishTransliterated,
                          List<String> aliasesAr, List<String> rolesAr, List<String> rolesEn) {
        static Stated of(CorpusEntity e) {
            return new Stated(e.id(), e.type(), e.nameAr(), e.nameEn(), e.englishTransliterated(), e.aliasesAr(), e.rolesAr(), e.rolesEn());
        }
    }

    private PageInputs inputs(Lang lang, CorpusEntity e, int n, Pagination<EntityEntry> pages, List<TimelineEntry> events) {
        List<EntityEntry> entries = pages.page(n);
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        entries.forEach(entry -> ids.add(entry.articleId()));
        events.forEach(event -> ids.add(event.articleId()));
        List<String> companions = n > 1 ? List.of() : ctx.corpus.companions().getOrDefault(e.id(), List.of());
        return new PageInputs(lang, Stated.of(e), n, pages.pages(), entries, events, ids.stream().map(ctx::article).toList(),
                ids.stream().map(ctx.corpus::edition).toList(), companions.stream().map(ctx::named).toList());
    }

    /**
     * An entity's pages of last time, when no change reaches them; null otherwise. Everything an entity's
     * pages read is the entity's own (record, briefings, events, companions) or an article naming it: the
     * linker's changes say whether any of that moved.
     */
    private List<PlannedPage> takenOver(Lang lang, CorpusEntity e) {
        Changes changes = memo.trusted();
        if (changes == null || changes.entities().contains(e.id())) return null;
        int count = Pagination.pageCount(ctx.corpus.byEntity().get(e.id()).size(), ctx.settings.pageSize());
        List<String> keys = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) keys.add(key(lang, e, n));
        return memo.takeOver(keys);
    }

    /**
     * An entity's pages: what is known of it on each, then the briefings that mention it,
     * a page of the site's page size with the dated events of those briefings; the entities it
     * appears with most on the first page.
     */
    private List<PlannedPage> pages(Lang lang, CorpusEntity e) {
        Pagination<EntityEntry> pages = Pagination.of(ctx.corpus.byEntity().get(e.id()), ctx.settings.pageSize(), n -> SitePaths.entity(lang, e.id(), n));
        // Each event goes to the page that lists its briefing, in the timeline's date order.
        Map<String, Integer> pageOfArticle = pages.firstPages(EntityEntry::articleId);
        List<List<TimelineEntry>> eventsOnPage = new ArrayList<>();
        for (int n = 0; n < pages.pages(); n++) eventsOnPage.add(new ArrayList<>());
        for (TimelineEntry event : ctx.corpus.entityEvents().getOrDefault(e.id(), List.of())) {
            // Every event's sentence mentions the entity, so its briefing is on one of the pages.
            eventsOnPage.get(pageOfArticle.get(event.articleId()) - 1).add(event);
        }
        List<PlannedPage> files = new ArrayList<>();
        for (int n = 1; n <= pages.pages(); n++) {
            int page = n;
            List<TimelineEntry> events = eventsOnPage.get(n - 1);
            files.addAll(memo.plan(key(lang, e, n), () -> inputs(lang, e, page, pages, events),
                    () -> List.of(page(lang, e, page, pages, events))));
        }
        return files;
    }

    private static String key(Lang lang, CorpusEntity e, int n) {
        return "entity:" + lang.code() + ":" + e.id() + ":" + n;
    }

    private ContentFile page(Lang lang, CorpusEntity e, int n, Pagination<EntityEntry> pages, List<TimelineEntry> events) {
        SitePath self = pages.path(n);
        String name = ctx.entityName(e, lang);
        Map<String, Object> view = ctx.view("entity", lang, self, SitePaths.entity(lang.other(), e.id(), n),
                pages.title(ctx, lang, name, n), name + " — " + ctx.ui(lang, oneOfTypeKey(e.type())));
        if (lang == Lang.EN && e.englishTransliterated()) view.put("title_note", ctx.ui(lang, "transliterated_note"));
        Html body = new Html();
        StringBuilder facts = new StringBuilder("<dl class=\"entity-facts\">\n");
        facts.append("<dt>").append(Markdown.html(ctx.ui(lang, "entity_type"))).append("</dt><dd>")
                .append(Markdown.html(ctx.ui(lang, oneOfTypeKey(e.type())))).append("</dd>\n");
        facts.append("<dt>").append(Markdown.html(ctx.ui(lang, "name_ar"))).append("</dt><dd>")
                .append(Html.foreign(e.nameAr(), Lang.AR, "bdi")).append("</dd>\n");
        facts.append("<dt>").append(Markdown.html(ctx.ui(lang, "name_en"))).append("</dt><dd>")
                .append(Html.foreign(e.nameEn(), Lang.EN, "bdi"));
        if (e.englishTransliterated()) facts.append(" <span class=\"note\">").append(Markdown.html(ctx.ui(lang, "transliterated"))).append("</span>");
        facts.append("</dd>\n");
        List<String> aliases = e.aliasesAr().stream().filter(a -> !a.equals(e.nameAr())).toList();
        if (!aliases.isEmpty()) {
            facts.append("<dt>").append(Markdown.html(ctx.ui(lang, "aliases_seen"))).append("</dt><dd>")
                    .append(Html.foreign(String.join("، ", aliases), Lang.AR, "span")).append("</dd>\n");
        }
        List<String> roles = lang == Lang.AR ? e.rolesAr() : e.rolesEn();
        if (!roles.isEmpty()) {
            facts.append("<dt>").append(Markdown.html(ctx.ui(lang, "roles_stated"))).append("</dt><dd>")
                    .append(Markdown.html(String.join(lang == Lang.AR ? "، " : "; ", roles))).append("</dd>\n");
        }
        body.raw(facts.append("</dl>").toString());

        body.heading(2, "briefings", ctx.ui(lang, "briefings_mentioning"));
        StringBuilder list = new StringBuilder("<ol class=\"briefing-list\">\n");
        for (EntityEntry entry : pages.page(n)) {
            Analysis a = ctx.article(entry.articleId());
            list.append("<li><h3>").append(Html.link(self.linkTo(SitePaths.briefing(lang, a.id())), ctx.title(a, lang))).append("</h3>")
                    .append("<p class=\"meta\">").append(Markdown.html(ctx.published(a, lang))).append("</p>")
                    .append("<p class=\"mention\">").append(lang == Lang.AR ? Markdown.html(entry.sentence())
                            : Html.foreign(entry.sentence(), Lang.AR, "span"))
                    .append("</p></li>\n");
        }
        body.raw(list.append("</ol>").toString());
        pages.addNav(body, ctx, lang, n);

        List<String> companions = n > 1 ? List.of() : ctx.corpus.companions().getOrDefault(e.id(), List.of()).stream()
                .filter(id -> ctx.entity(id).map(EntityPages::hasPage).orElse(false)).toList();
        if (!companions.isEmpty()) {
            body.heading(2, "appears-with", ctx.ui(lang, "appears_with"));
            StringBuilder with = new StringBuilder("<ul class=\"entity-list\">\n");
            for (String id : companions) {
                with.append("<li>").append(ctx.entityLink(self, ctx.entity(id).orElseThrow(), lang)).append("</li>\n");
            }
            body.raw(with.append("</ul>").toString());
        }
        if (!events.isEmpty()) {
            body.heading(2, "events", ctx.ui(lang, "dated_events"));
            StringBuilder timeline = new StringBuilder("<ul class=\"timeline\">\n");
            timeline.append(ctx.timelineItems(events, lang, self));
            body.raw(timeline.append("</ul>").toString());
        }
        return new ContentFile(self.contentFile(), PageContext.header("entity", lang, "entity-" + e.id() + (n == 1 ? "" : "-page-" + n)), view, body.toString());
    }
}
