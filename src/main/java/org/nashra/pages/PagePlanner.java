package org.nashra.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nashra.analyse.Analysis;
import org.nashra.core.Lang;
import org.nashra.link.Corpus;
import org.nashra.translate.Glossary;

/**
 * Plans every page of the site as a content file, in both languages: a briefing per article, the
 * home pages, topic pages, the timeline, the sources page and the not-found page. Pure: the same
 * corpus gives the same files, in the same order, however many cores plan them.
 */
public final class PagePlanner {

    private final UiStrings ui;
    private final SiteSettings settings;
    private final Glossary glossary;
    private final PlanMemo memo;

    public PagePlanner(UiStrings ui, SiteSettings settings, Glossary glossary) {
        this(ui, settings, glossary, new PlanMemo());
    }

    /** A planner that reuses, from {@code memo}, the pages of an earlier plan whose inputs are unchanged. */
    public PagePlanner(UiStrings ui, SiteSettings settings, Glossary glossary, PlanMemo memo) {
        this.ui = ui;
        this.settings = settings;
        this.glossary = glossary;
        this.memo = memo;
    }

    /** What every page reads besides the corpus. */
    private record Context(UiStrings ui, SiteSettings settings, Glossary glossary, List<org.nashra.extract.topics.Topic> topics) {}

    public SitePlan plan(Corpus corpus) {
        EnglishNames english = new EnglishNames(ui, id -> corpus.topics().stream()
                .filter(t -> t.id().equals(id)).findFirst().orElseThrow().nameEn());
        PageContext ctx = new PageContext(corpus, ui, english, settings, glossary);
        memo.begin(new Context(ui, settings, glossary, corpus.topics()));
        List<ContentFile> content = new ArrayList<>(new ListPages(ctx, memo).plan());
        content.addAll(new EntityPages(ctx, memo).plan());
        BriefingPages briefings = new BriefingPages(ctx);
        // Each briefing depends on the corpus alone, never on another page: planned on every core, kept in order.
        corpus.articles().parallelStream()
                .map(a -> memo.plan("briefing:" + a.id(), briefings.inputs(a), () -> briefings.plan(a)))
                .toList().forEach(content::addAll);
        memo.end();
        Map<String, String> files = new LinkedHashMap<>();
        for (Lang lang : Lang.values()) files.put(Feeds.feedFile(lang), Feeds.atom(ctx, settings, lang));
        Feeds.sitemap(settings, content).ifPresent(xml -> files.put("sitemap.xml", xml));
        return new SitePlan(content, files);
    }
}
