package org.nashra.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.nashra.analyse.Analysis;
import org.nashra.analyse.DatedEvent;
import org.nashra.analyse.EntityFound;
import org.nashra.core.Span;
import org.nashra.extract.EntityType;
import org.nashra.extract.resolve.EntityRef;
import org.nashra.extract.resolve.EntityRegistry;
import org.nashra.summarise.SentenceRef;
import org.nashra.extract.topics.Topic;
import org.nashra.extract.topics.TopicRef;
import org.nashra.translate.Edition;

/** Builds the cross-linked corpus from per-article analyses. Pure; output order never depends on input order. */
public final class Linker {

    private static final int COMPANIONS = 8;

    private final List<Topic> taxonomy;
    private final Related.Weights weights;

    public Linker(List<Topic> taxonomy, Related.Weights weights) {
        this.taxonomy = List.copyOf(taxonomy);
        this.weights = weights;
    }

    public Corpus link(List<Analysis> analyses) {
        return link(analyses, Map.of());
    }

    public Corpus link(List<Analysis> analyses, Map<String, Edition> editions) {
        List<Analysis> dated = newestFirst(analyses);
        EntityRegistry registry = EntityRegistry.build(dated.stream()
                .map(a -> a.entities().stream().map(EntityFound::ref).toList()).toList());
        List<Analysis> ordered = withRegistryIds(dated, registry);
        List<TimelineEntry> timeline = timeline(ordered);
        Map<String, List<EntityEntry>> byEntity = byEntity(ordered);
        return new Corpus(ordered, taxonomy, byTopic(ordered), related(ordered), timeline, editions,
                registry.entities(), byEntity, companions(ordered), entityEvents(ordered, timeline));
    }

    /** One id per real-world entity across the corpus: contested ids are rewritten in every article alike. */
    private static List<Analysis> withRegistryIds(List<Analysis> ordered, EntityRegistry registry) {
        List<List<EntityRef>> resolved = registry.perArticle();
        List<Analysis> out = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            List<EntityFound> found = ordered.get(i).entities();
            List<EntityFound> rewritten = new ArrayList<>();
            for (int j = 0; j < found.size(); j++) rewritten.add(found.get(j).withRef(resolved.get(i).get(j)));
            out.add(ordered.get(i).withEntities(rewritten));
        }
        return out;
    }

    private static Map<String, List<EntityEntry>> byEntity(List<Analysis> ordered) {
        Map<String, List<EntityEntry>> out = new TreeMap<>();
        for (Analysis a : ordered) {
            for (EntityFound e : a.entities()) {
                if (e.spans().isEmpty()) continue;
                Span first = e.spans().get(0);
                String sentence = a.sentences().stream()
                        .filter(s -> s.paragraph() == first.block() && s.start() <= first.start() && first.end() <= s.end())
                        .map(SentenceRef::text).findFirst()
                        .orElse(a.article().body().get(first.block()).text());
                out.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(new EntityEntry(a.id(), sentence, first));
            }
        }
        return out;
    }

    /** For each entity, the others that share the most briefings with it (at least one), best first. */
    private static Map<String, List<String>> companions(List<Analysis> ordered) {
        // Hash maps while counting (pairs grow with the square of an article's entities); the order comes from the sort below.
        Map<String, Map<String, Integer>> counts = new java.util.HashMap<>();
        for (Analysis a : ordered) {
            List<String> ids = a.entities().stream().map(EntityFound::id).distinct().toList();
            for (String x : ids) {
                Map<String, Integer> withX = counts.computeIfAbsent(x, k -> new java.util.HashMap<>());
                for (String y : ids) {
                    if (!x.equals(y)) withX.merge(y, 1, Integer::sum);
                }
            }
        }
        Map<String, List<String>> out = new TreeMap<>();
        counts.forEach((id, others) -> out.put(id, others.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(COMPANIONS).map(Map.Entry::getKey).toList()));
        return out;
    }

    /** Events whose sentence holds a mention of the entity. */
    private static Map<String, List<TimelineEntry>> entityEvents(List<Analysis> ordered, List<TimelineEntry> timeline) {
        Map<String, Analysis> byId = new java.util.HashMap<>();
        ordered.forEach(a -> byId.put(a.id(), a));
        Map<String, List<TimelineEntry>> out = new TreeMap<>();
        for (TimelineEntry entry : timeline) {
            SentenceRef s = entry.event().sentence();
            for (EntityFound e : byId.get(entry.articleId()).entities()) {
                boolean inSentence = e.spans().stream().anyMatch(sp ->
                        sp.block() == s.paragraph() && s.start() <= sp.start() && sp.end() <= s.end());
                if (inSentence) out.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(entry);
            }
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
        Map<String, List<TopicEntry>> out = new LinkedHashMap<>();
        for (Topic topic : taxonomy) {
            List<TopicEntry> entries = new ArrayList<>();
            for (Analysis a : ordered) {
                for (TopicRef ref : a.topics()) {
                    if (ref.topicId().equals(topic.id())) entries.add(new TopicEntry(a.id(), ref));
                }
            }
            entries.sort(Comparator.comparingDouble((TopicEntry e) -> e.ref().score()).reversed()
                    .thenComparing(TopicEntry::articleId));
            if (!entries.isEmpty()) out.put(topic.id(), List.copyOf(entries));
        }
        return out;
    }

    private Map<String, List<Related.Match>> related(List<Analysis> ordered) {
        List<Related.Features> features = new ArrayList<>();
        for (Analysis a : ordered) {
            Set<String> topics = new LinkedHashSet<>();
            a.topics().forEach(t -> topics.add(t.topicId()));
            Set<String> entities = new LinkedHashSet<>();
            a.entities().stream().filter(e -> e.ref().type() != EntityType.MISC).forEach(e -> entities.add(e.id()));
            features.add(new Related.Features(a.id(), a.article().published(), entities, topics));
        }
        return Related.rank(features, weights);
    }

    private static List<TimelineEntry> timeline(List<Analysis> ordered) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (Analysis a : ordered) {
            for (DatedEvent event : a.events()) entries.add(new TimelineEntry(a.id(), event));
        }
        entries.sort(Comparator.comparing((TimelineEntry e) -> e.event().date().firstDay())
                .thenComparing(e -> e.event().date().lastDay())
                .thenComparing(TimelineEntry::articleId)
                .thenComparingInt(e -> e.event().sentence().paragraph())
                .thenComparingInt(e -> e.event().sentence().start()));
        return entries;
    }
}
