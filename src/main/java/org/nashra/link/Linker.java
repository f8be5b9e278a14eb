package org.nashra.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nashra.analyse.Analysis;
import org.nashra.analyse.DatedEvent;
import org.nashra.extract.topics.Topic;
import org.nashra.extract.topics.TopicRef;
import org.nashra.translate.Edition;

/** Builds the cross-linked corpus from per-article analyses. Pure; output order never depends on input order. */
public final class Linker {

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
        List<Analysis> ordered = newestFirst(analyses);
        return new Corpus(ordered, taxonomy, byTopic(ordered), related(ordered), timeline(ordered), editions);
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
            features.add(new Related.Features(a.id(), a.article().published(), Set.of(), topics));
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
