package org.nashra.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.nashra.analyse.Analysis;
import org.nashra.core.Lang;
import org.nashra.link.Changes;
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
        this(ui, settings, glossary, PlanMemo.none());
    }

    /** A planner that reuses, from {@code memo}, the pages of an earlier plan whose inputs are unchanged. */
    public PagePlanner(UiStrings ui, SiteSettings settings, Glossary glossary, PlanMemo memo) {
        this.ui = ui;
        this.settings = settings;
        this.glossary = glossary;
        this.memo = memo;
    }

    /** What every page reads besides the corpus, as values (so that a memo kept on disk can digest it). */
    private record Context(Map<Lang, Map<String, String>> ui, SiteSettings settings, List<Map<String, String>> glossary,
                           List<org.nashra.extract.topics.Topic> topics) {}

    /** The whole plan, held in memory, every page planned afresh. */
    public SitePlan plan(Corpus corpus) {
        List<ContentFile> content = new ArrayList<>();
        Map<String, String> files = plan(corpus, content::add);
        return new SitePlan(content, files);
    }

    /**
     * Plans every page afresh, handing each content file to {@code sink} (on this thread) as soon as it
     * is planned, in the order {@link #plan(Corpus)} lists them. Only a batch of pages is held at once,
     * so a site of any size is planned and written in bounded memory.
     *
     * @return the files the site holds as they are (feeds, sitemap), by path
     */
    public Map<String, String> plan(Corpus corpus, Consumer<ContentFile> sink) {
        return plan(corpus, Changes.everything(0), PageSink.of(sink));
    }

    /**
     * The same, told what changed since the linking before {@code corpus}'s: a page the memo planned from
     * equal inputs, or from that very linking when no change reaches it, goes to {@code sink} as an
     * {@link UnchangedPage} while {@code sink} still holds it.
     */
    public Map<String, String> plan(Corpus corpus, Changes changes, PageSink sink) {
        EnglishNames english = new EnglishNames(ui, id -> corpus.topics().stream()
                .filter(t -> t.id().equals(id)).findFirst().orElseThrow());
        PageContext ctx = new PageContext(corpus, ui, english, settings, glossary);
        memo.begin(new Context(ui.byLang(), settings, glossary.terms(), corpus.topics()), changes, sink);
        memo.digestAhead(corpus.articles());
        Feeds.Sitemap sitemap = new Feeds.Sitemap(settings);
        Consumer<PlannedPage> planned = file -> {
            sitemap.add(file);
            sink.accept(file);
        };
        new ListPages(ctx, memo).plan(planned);
        new EntityPages(ctx, memo).plan(planned);
        BriefingPages briefings = new BriefingPages(ctx);
        // Each briefing depends on the corpus alone, never on another page.
        inBatches(corpus.articles(), a -> {
            Changes trusted = memo.trusted();
            return trusted != null && briefings.unreached(a, trusted) ? memo.takeOver(List.of("briefing:" + a.id())) : null;
        }, a -> memo.plan("briefing:" + a.id(), () -> briefings.inputs(a), () -> briefings.plan(a)), planned);
        memo.end();
        Map<String, String> files = new LinkedHashMap<>();
        for (Lang lang : Lang.values()) files.put(Feeds.feedFile(lang), Feeds.atom(ctx, settings, lang));
        sitemap.xml().ifPresent(xml -> files.put("sitemap.xml", xml));
        return files;
    }

    /** How many items {@link #inBatches} plans at once: enough to keep every core busy, few enough to hold. */
    private static final int BATCH = 128;

    /**
     * Plans the pages of independent items on every core, a batch at a time, and hands them to
     * {@code sink} on the calling thread in item order. An item whose pages {@code takenOver} gives (the
     * pages of last time, which no change reaches: a cheap look) is answered on the calling thread; only
     * the others are planned on every core, so that a rebuild whose change reaches a few items does not
     * hand thousands of cheap ones to other threads and wait for them.
     *
     * @param takenOver an item's pages without planning them, or null when they are to be planned
     */
    static <T> void inBatches(List<T> items, Function<T, List<PlannedPage>> takenOver, Function<T, List<PlannedPage>> plan,
                              Consumer<PlannedPage> sink) {
        for (int from = 0; from < items.size(); from += BATCH) {
            List<T> batch = items.subList(from, Math.min(items.size(), from + BATCH));
            List<List<PlannedPage>> pages = new ArrayList<>(batch.size());
            List<Integer> toPlan = new ArrayList<>();
            for (T item : batch) {
                List<PlannedPage> kept = takenOver.apply(item);
                if (kept == null) toPlan.add(pages.size());
                pages.add(kept);
            }
            List<List<PlannedPage>> planned = toPlan.size() == 1 ? List.of(plan.apply(batch.get(toPlan.get(0))))
                    : toPlan.parallelStream().map(i -> plan.apply(batch.get(i))).toList();
            for (int i = 0; i < toPlan.size(); i++) pages.set(toPlan.get(i), planned.get(i));
            for (List<PlannedPage> files : pages) files.forEach(sink);
        }
    }
}
