package org.nashra.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nashra.analyse.Analysis;
import org.nashra.arabic.Clitics;
import org.nashra.arabic.Tokens;
import org.nashra.analyse.DatedEvent;
import org.nashra.analyse.EntityFound;
import org.nashra.core.Span;
import org.nashra.extract.EntityType;
import org.nashra.extract.WordLists;
import org.nashra.extract.resolve.CorpusEntity;
import org.nashra.extract.resolve.EntityRef;
import org.nashra.extract.resolve.EntityRegistry;
import org.nashra.summarise.SentenceRef;
import org.nashra.extract.topics.Topic;
import org.nashra.extract.topics.TopicRef;
import org.nashra.translate.Edition;

/**
 * Builds the cross-linked corpus from per-article analyses. Pure; output order never depends on input order.
 *
 * <p>With a {@link Memory} (kept by a long-lived process), linking again takes over what the last
 * linking derived from each article that is still the very same analysis, and each entity whose
 * references all are, and ranks again only the related briefings a change reaches; the corpus is
 * equal to one linked from scratch.
 */
public final class Linker {

    private static final java.util.regex.Pattern OUTLET_PARTS = java.util.regex.Pattern.compile("[+،,/]|\\s-\\s");

    private static final int COMPANIONS = 8;

    private final List<Topic> taxonomy;
    private final Related.Weights weights;

    public Linker(List<Topic> taxonomy, Related.Weights weights) {
        this.taxonomy = List.copyOf(taxonomy);
        this.weights = weights;
    }

    /**
     * What one linking leaves for the next in a long-lived process: per article, the linked analysis and
     * what linking derives from it alone; the related ranking; the counts behind each entity's companions.
     * Used by one linking at a time; a linking that fails leaves it empty, so the next starts afresh.
     */
    public static final class Memory {
        private Map<String, Derived> articles = Map.of();
        private Related.Ranking ranking;
        private Companions companions;
        private List<Event> timeline;
        private EntityRegistry registry;
        private int derived;
        private int ranked;
        /** The last linking's number (0: none to take over from) and what changes since are counted against. */
        private long linking;
        private Linked linked = Linked.NONE;
        private Changes changes = Changes.everything(0);

        /** What the last linking changed since the one before it. */
        public Changes changes() {
            return changes;
        }

        /** How many articles the last linking derived afresh rather than took over. */
        public int derived() {
            return derived;
        }

        /** How many articles' related briefings the last linking ranked again. */
        public int ranked() {
            return ranked;
        }
    }

    /**
     * What linking derives from one linked analysis alone: its relating features, its distinct entity
     * ids, its lines on entity pages, and its dated events with the entities each one's sentence names.
     */
    private record Derived(Analysis linked, Related.Features features, List<String> entityIds,
                           List<Mentioned> mentioned, List<Event> events) {}

    /** A briefing on the page of entity {@code entityId}. */
    private record Mentioned(String entityId, EntityEntry entry) {}

    /** A timeline entry, with the entities its sentence names, in the order the article lists them. */
    private record Event(TimelineEntry entry, List<String> entityIds) {}

    public Corpus link(List<Analysis> analyses) {
        return link(analyses, Map.of());
    }

    public Corpus link(List<Analysis> analyses, Map<String, Edition> editions) {
        return link(analyses, editions, new Memory());
    }

    /** The corpus, taking over from {@code memory} what the changes since the last linking leave as it was. */
    public Corpus link(List<Analysis> analyses, Map<String, Edition> editions, Memory memory) {
        if (analyses.stream().map(Analysis::id).distinct().count() != analyses.size()) {
            // Two seeds whose names make one id: what is kept by id would mix them up.
            memory.articles = Map.of();
            memory.ranking = null;
            memory.companions = null;
            memory.timeline = null;
            memory.registry = null;
            memory.linking = 0;
            return link(analyses, editions, new Memory());
        }
        Map<String, Derived> before = memory.articles;
        Related.Ranking ranking = memory.ranking;
        Companions companions = memory.companions;
        List<Event> timelineBefore = memory.timeline;
        EntityRegistry registryBefore = memory.registry;
        long previous = memory.linking;
        Linked linkedBefore = memory.linked;
        // Until this linking is done, nothing is left to take over.
        memory.linking = 0;
        memory.changes = Changes.everything(0);
        memory.linked = Linked.NONE;
        memory.articles = Map.of();
        memory.ranking = null;
        memory.companions = null;
        memory.timeline = null;
        memory.registry = null;

        List<Analysis> dated = newestFirst(analyses);
        EntityRegistry registry = EntityRegistry.build(dated.stream()
                .map(a -> a.entities().stream().map(EntityFound::ref).toList()).toList(), registryBefore);
        List<Analysis> ordered = withRegistryIds(dated, registry);

        Map<String, Derived> derived = new HashMap<>();
        List<Derived> changed = new ArrayList<>();
        List<Derived> all = new ArrayList<>(ordered.size());
        List<Analysis> linked = new ArrayList<>(ordered.size());
        for (Analysis a : ordered) {
            Derived last = before.get(a.id());
            // An article whose ids the registry rewrites is a new object every time; equal, it is the last one.
            Derived d = last != null && (last.linked() == a || last.linked().equals(a)) ? last : null;
            if (d == null) {
                d = derive(a);
                changed.add(d);
            }
            derived.put(a.id(), d);
            all.add(d);
            linked.add(d.linked());
        }
        ordered = linked;
        // Articles gone or changed since: what they had counted is taken back.
        List<Derived> gone = new ArrayList<>();
        before.forEach((id, d) -> {
            if (derived.get(id) != d) gone.add(d);
        });

        if (companions == null) {
            companions = new Companions();
            for (Derived d : all) companions.count(d.entityIds(), 1);
            companions.rank(companions.entities());
        } else {
            Set<String> touched = new HashSet<>();
            for (Derived d : gone) touched.addAll(companions.count(d.entityIds(), -1));
            for (Derived d : changed) touched.addAll(companions.count(d.entityIds(), 1));
            companions.rank(touched);
        }
        Related.Ranking related = Related.rank(all.stream().map(Derived::features).toList(), weights, ranking);
        List<Event> events = timeline(all, timelineBefore, gone, changed);
        List<TimelineEntry> timeline = events.stream().map(Event::entry).toList();
        Corpus corpus = new Corpus(ordered, taxonomy, byTopic(ordered), related.matches(), timeline, editions,
                registry.entities(), byEntity(all), companions.best(), entityEvents(events));
        long linking = LINKINGS.incrementAndGet();
        Map<String, CorpusEntity> entities = new HashMap<>();
        corpus.entities().forEach(e -> entities.put(e.id(), e));
        Linked linkedNow = new Linked(derived, corpus.editions(), entities, corpus.byEntity().keySet(), corpus.related());
        Changes changes = previous == 0 ? Changes.everything(linking)
                : changes(previous, linking, linkedBefore, linkedNow, corpus.companions());

        memory.articles = derived;
        memory.ranking = related;
        memory.companions = companions;
        memory.timeline = events;
        memory.registry = registry;
        memory.derived = changed.size();
        memory.ranked = related.ranked();
        memory.linked = linkedNow;
        memory.linking = linking;
        memory.changes = changes;
        return corpus;
    }

    /** Numbers linkings across every memory of the process, so that no two share one. */
    private static final java.util.concurrent.atomic.AtomicLong LINKINGS = new java.util.concurrent.atomic.AtomicLong();

    /**
     * What a linking's changes are counted against: what linking took from each article, each article's
     * edition, each entity's record, the entities with briefings, and each article's related briefings.
     */
    private record Linked(Map<String, Derived> articles, Map<String, Edition> editions, Map<String, CorpusEntity> entities,
                          Set<String> listed, Map<String, List<Related.Match>> related) {
        static final Linked NONE = new Linked(Map.of(), Map.of(), Map.of(), Set.of(), Map.of());
    }

    /**
     * What changed since the last linking. An article changed when what linking took from it is not the
     * very object it was, or its edition is not; the entities and topics it names (before or now) are
     * reached. An entity whose record is not equal to the last is reached, and so is every entity that
     * shows among its companions one renamed, new, gone, or with briefings gained or lost. A companion list
     * itself moves only with the counts of an article naming its entity, which reaches that entity already.
     */
    private static Changes changes(long previous, long linking, Linked before, Linked now, Map<String, List<String>> companions) {
        Set<String> articles = new HashSet<>();
        now.articles().forEach((id, d) -> {
            if (before.articles().get(id) != d || before.editions().get(id) != now.editions().get(id)) articles.add(id);
        });
        before.articles().keySet().forEach(id -> {
            if (!now.articles().containsKey(id)) articles.add(id);
        });
        // An entity's record is made again whenever an article naming it changed; what counts is whether it is equal.
        Set<String> records = new HashSet<>();
        Set<String> renamed = new HashSet<>();
        now.entities().forEach((id, e) -> {
            CorpusEntity was = before.entities().get(id);
            if (was == e) return;
            if (was == null || !was.equals(e)) records.add(id);
            if (was == null || was.type() != e.type() || !was.nameAr().equals(e.nameAr()) || !was.nameEn().equals(e.nameEn())) renamed.add(id);
        });
        before.entities().keySet().forEach(id -> {
            if (!now.entities().containsKey(id)) {
                records.add(id);
                renamed.add(id);
            }
        });
        // Whether an entity has briefings decides whether pages link to it.
        now.listed().forEach(id -> {
            if (!before.listed().contains(id)) renamed.add(id);
        });
        before.listed().forEach(id -> {
            if (!now.listed().contains(id)) renamed.add(id);
        });
        Set<String> reached = new HashSet<>(records);
        Set<String> topics = new HashSet<>();
        for (String id : articles) {
            for (Derived d : java.util.Arrays.asList(before.articles().get(id), now.articles().get(id))) {
                if (d == null) continue;
                reached.addAll(d.entityIds());
                d.mentioned().forEach(m -> reached.add(m.entityId()));
                d.events().forEach(e -> reached.addAll(e.entityIds()));
                topics.addAll(d.features().topics());
            }
        }
        // A page lists its companions by name and links them while they have a page.
        if (!renamed.isEmpty()) {
            companions.forEach((id, with) -> {
                if (with.stream().anyMatch(renamed::contains)) reached.add(id);
            });
        }
        // Related briefings taken over from the last ranking are the very lists they were.
        Set<String> related = new HashSet<>();
        now.related().forEach((id, matches) -> {
            List<Related.Match> was = before.related().get(id);
            if (was != matches && !matches.equals(was)) related.add(id);
        });
        return new Changes(previous, linking, articles, reached, renamed, topics, related);
    }

    /**
     * One id per real-world entity across the corpus: contested ids are rewritten in every article alike.
     * An article none of whose ids was rewritten stays the very analysis it was.
     */
    private static List<Analysis> withRegistryIds(List<Analysis> ordered, EntityRegistry registry) {
        List<List<EntityRef>> resolved = registry.perArticle();
        List<Analysis> out = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            List<EntityFound> found = ordered.get(i).entities();
            boolean rewritten = false;
            for (int j = 0; j < found.size(); j++) rewritten |= resolved.get(i).get(j) != found.get(j).ref();
            if (!rewritten) {
                out.add(ordered.get(i));
                continue;
            }
            List<EntityFound> refs = new ArrayList<>();
            for (int j = 0; j < found.size(); j++) refs.add(found.get(j).withRef(resolved.get(i).get(j)));
            out.add(ordered.get(i).withEntities(refs));
        }
        return out;
    }

    private Derived derive(Analysis a) {
        Set<String> topics = new LinkedHashSet<>();
        a.topics().forEach(t -> topics.add(t.topicId()));
        Set<String> entities = new LinkedHashSet<>();
        a.entities().stream().filter(e -> e.ref().type() != EntityType.MISC && !isSource(e.ref(), a.article().outlet()))
                .forEach(e -> entities.add(e.id()));
        Related.Features features = new Related.Features(a.id(), a.article().published(), entities, topics);
        List<String> ids = a.entities().stream().map(EntityFound::id).distinct().toList();
        return new Derived(a, features, ids, mentioned(a), events(a));
    }

    /** News agencies, each as its words in matching form ({@code news-sources.txt}). */
    private static final List<List<String>> NEWS_SOURCES = WordLists.phrases(Linker.class, "news-sources.txt");

    /**
     * Whether an entity is where the article's news came from rather than what it is about: the article's own outlet,
     * or a news agency it quotes (وكالة الأنباء القطرية, رويترز). Two articles that quote one agency are not related.
     */
    public static boolean isSource(EntityRef ref, Optional<String> outletOfArticle) {
        if (ref.type() != EntityType.ORGANISATION) return false;
        Set<String> outlet = new HashSet<>();
        outletOfArticle.ifPresent(o -> {
            for (String part : OUTLET_PARTS.split(o)) if (!part.isBlank()) outlet.add(WordLists.key(part));
        });
        if (outlet.contains(WordLists.key(ref.nameAr()))) return true;
        if (ref.mentions().stream().anyMatch(m -> outlet.contains(WordLists.key(m.surface())))) return true;
        List<String> words = Tokens.tokenise(WordLists.key(ref.nameAr())).stream().map(Tokens.Token::text).toList();
        for (List<String> source : NEWS_SOURCES) {
            for (int i = 0; i + source.size() <= words.size(); i++) {
                boolean all = true;
                for (int k = 0; k < source.size() && all; k++) all = Clitics.stems(words.get(i + k)).contains(source.get(k));
                if (all) return true;
            }
        }
        return false;
    }

    /**
     * The article's line on the page of each entity it names: the sentence of the entity's first mention in the
     * body, or the headline when only the headline names it.
     */
    private static List<Mentioned> mentioned(Analysis a) {
        List<Mentioned> out = new ArrayList<>();
        for (EntityFound e : a.entities()) {
            if (e.spans().isEmpty()) continue;
            Span first = e.spans().stream().filter(sp -> !sp.headline()).findFirst().orElse(e.spans().get(0));
            if (first.headline()) {
                out.add(new Mentioned(e.id(), new EntityEntry(a.id(), a.article().title(), first)));
                continue;
            }
            String sentence = a.sentences().stream()
                    .filter(s -> s.paragraph() == first.block() && s.start() <= first.start() && first.end() <= s.end())
                    .map(SentenceRef::text).findFirst()
                    .orElse(a.article().body().get(first.block()).text());
            out.add(new Mentioned(e.id(), new EntityEntry(a.id(), sentence, first)));
        }
        return List.copyOf(out);
    }

    /** The article's dated events, each with the entities mentioned in its sentence. */
    private static List<Event> events(Analysis a) {
        List<Event> out = new ArrayList<>();
        for (DatedEvent event : a.events()) {
            SentenceRef s = event.sentence();
            List<String> ids = new ArrayList<>();
            for (EntityFound e : a.entities()) {
                boolean inSentence = e.spans().stream().anyMatch(sp ->
                        sp.block() == s.paragraph() && s.start() <= sp.start() && sp.end() <= s.end());
                if (inSentence) ids.add(e.id());
            }
            out.add(new Event(new TimelineEntry(a.id(), event), List.copyOf(ids)));
        }
        return List.copyOf(out);
    }

    /** Entity id → its briefings, newest first (the articles' order). */
    private static Map<String, List<EntityEntry>> byEntity(List<Derived> ordered) {
        Map<String, List<EntityEntry>> out = new HashMap<>();
        for (Derived d : ordered) {
            for (Mentioned m : d.mentioned()) out.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(m.entry());
        }
        return out;
    }

    /** Events whose sentence holds a mention of the entity, in timeline order. */
    private static Map<String, List<TimelineEntry>> entityEvents(List<Event> timeline) {
        Map<String, List<TimelineEntry>> out = new HashMap<>();
        for (Event event : timeline) {
            for (String id : event.entityIds()) out.computeIfAbsent(id, k -> new ArrayList<>()).add(event.entry());
        }
        return out;
    }

    /** Newest first; undated articles last; ties by id. */
    static List<Analysis> newestFirst(List<Analysis> analyses) {
        Comparator<Analysis> byDate = Comparator.comparing(
                (Analysis a) -> a.article().published().orElse(null),
                Comparator.nullsLast(Comparator.reverseOrder()));
        return analyses.stream().sorted(byDate.thenComparing(Analysis::id)).toList();
    }

    private Map<String, List<TopicEntry>> byTopic(List<Analysis> ordered) {
        Map<String, List<TopicEntry>> found = new HashMap<>();
        for (Analysis a : ordered) {
            for (TopicRef ref : a.topics()) found.computeIfAbsent(ref.topicId(), k -> new ArrayList<>()).add(new TopicEntry(a.id(), ref));
        }
        Map<String, List<TopicEntry>> out = new LinkedHashMap<>();
        for (Topic topic : taxonomy) {
            List<TopicEntry> entries = found.get(topic.id());
            if (entries == null) continue;
            entries.sort(Comparator.comparingDouble((TopicEntry e) -> e.ref().score()).reversed()
                    .thenComparing(TopicEntry::articleId));
            out.put(topic.id(), List.copyOf(entries));
        }
        return out;
    }

    /**
     * Every dated event in date order; among events of one date, by article, then place in it. Two
     * events of one sentence keep the article's order. After a change, the last timeline without the
     * events of changed and removed articles is merged with the changed articles' events, sorted: the
     * order a sort of every event gives, since the order is total between articles and sorting is stable.
     */
    private static List<Event> timeline(List<Derived> all, List<Event> before, List<Derived> gone, List<Derived> changed) {
        List<Event> fresh = new ArrayList<>();
        if (before == null) {
            all.forEach(d -> fresh.addAll(d.events()));
            fresh.sort(EVENT_ORDER);
            return List.copyOf(fresh);
        }
        Set<String> redone = new HashSet<>();
        gone.forEach(d -> redone.add(d.linked().id()));
        changed.forEach(d -> redone.add(d.linked().id()));
        changed.forEach(d -> fresh.addAll(d.events()));
        fresh.sort(EVENT_ORDER);
        List<Event> out = new ArrayList<>(before.size() + fresh.size());
        int f = 0;
        for (Event kept : before) {
            if (redone.contains(kept.entry().articleId())) continue;
            while (f < fresh.size() && EVENT_ORDER.compare(fresh.get(f), kept) < 0) out.add(fresh.get(f++));
            out.add(kept);
        }
        while (f < fresh.size()) out.add(fresh.get(f++));
        return List.copyOf(out);
    }

    private static final Comparator<Event> EVENT_ORDER = Comparator
            .comparing((Event e) -> e.entry().event().date().firstDay())
            .thenComparing(e -> e.entry().event().date().lastDay())
            .thenComparing(e -> e.entry().articleId())
            .thenComparingInt(e -> e.entry().event().sentence().paragraph())
            .thenComparingInt(e -> e.entry().event().sentence().start());

    /**
     * For each entity, the others that share the most briefings with it (at least one), best first.
     * Kept as counts, so that a change counts again only the articles it changed and ranks again only
     * the entities those name.
     */
    private static final class Companions {
        /** Entity → the number of briefings it shares with each other entity. */
        private final Map<String, Map<String, Integer>> counts = new HashMap<>();
        /** Entity → how many briefings name it. */
        private final Map<String, Integer> briefings = new HashMap<>();
        private final Map<String, List<String>> best = new HashMap<>();

        /** Adds ({@code sign} 1) or takes back (-1) one briefing naming {@code ids}; returns the entities whose counts moved. */
        List<String> count(List<String> ids, int sign) {
            for (String x : ids) {
                if (briefings.merge(x, sign, Integer::sum) == 0) briefings.remove(x);
                // Hash maps while counting (pairs grow with the square of an article's entities); the order comes from rank.
                Map<String, Integer> withX = counts.computeIfAbsent(x, k -> new HashMap<>());
                for (String y : ids) {
                    if (!x.equals(y) && withX.merge(y, sign, Integer::sum) == 0) withX.remove(y);
                }
            }
            return ids;
        }

        Set<String> entities() {
            return briefings.keySet();
        }

        void rank(java.util.Collection<String> touched) {
            for (String id : touched) {
                if (!briefings.containsKey(id)) {
                    counts.remove(id);
                    best.remove(id);
                    continue;
                }
                best.put(id, counts.get(id).entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .limit(COMPANIONS).map(Map.Entry::getKey).toList());
            }
        }

        Map<String, List<String>> best() {
            return best;
        }
    }
}
