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

    public PagePlanner(UiStrings ui, SiteSettings settings, Glossary glossary) {
        this.ui = ui;
        this.settings = settings;
        this.glossary = glossary;
    }

    public SitePlan plan(Corpus corpus) {
        EnglishNames english = new EnglishNames(ui, id -> corpus.topics().stream()
                .filter(t -> t.id().equals(id)).findFirst().orElseThrow().nameEn());
        PageContext ctx = new PageContext(corpus, ui, english, settings, glossary);
        List<ContentFile> content = new ArrayList<>(new ListPages(ctx).plan());
        content.addAll(new EntityPages(ctx).plan());
        BriefingPages briefings = new BriefingPages(ctx);
        // Each briefing depends on the corpus alone, never on another page: planned on every core, kept in order.
        corpus.articles().parallelStream().map(briefings::plan).toList().forEach(content::addAll);
        Map<String, String> files = new LinkedHashMap<>();
        for (Lang lang : Lang.values()) files.put(Feeds.feedFile(lang), Feeds.atom(ctx, settings, lang));
        Feeds.sitemap(settings, content).ifPresent(xml -> files.put("sitemap.xml", xml));
        return new SitePlan(content, files);
    }
}
