package org.nashra.pages;

import java.util.ArrayList;
import java.util.List;

import org.nashra.analyse.Analysis;
import org.nashra.link.Corpus;

/**
 * Plans every page of the site as a content file, in both languages: a briefing per article, the
 * home pages, topic pages, the timeline, the sources page and the not-found page. Pure: the same
 * corpus gives the same files, in the same order.
 */
public final class PagePlanner {

    private final UiStrings ui;

    public PagePlanner(UiStrings ui) {
        this.ui = ui;
    }

    public List<ContentFile> plan(Corpus corpus) {
        EnglishNames english = new EnglishNames(ui, id -> corpus.topics().stream()
                .filter(t -> t.id().equals(id)).findFirst().orElseThrow().nameEn());
        PageContext ctx = new PageContext(corpus, ui, english);
        List<ContentFile> files = new ArrayList<>(new ListPages(ctx).plan());
        BriefingPages briefings = new BriefingPages(ctx);
        for (Analysis a : corpus.articles()) files.addAll(briefings.plan(a));
        return List.copyOf(files);
    }
}
