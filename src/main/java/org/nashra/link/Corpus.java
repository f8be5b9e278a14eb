package org.nashra.link;

import java.util.List;
import java.util.Map;

import org.nashra.analyse.Analysis;
import org.nashra.extract.topics.Topic;

/**
 * The whole briefing collection, cross-linked: what pages are planned from.
 *
 * @param articles newest first, undated last, ties by id
 * @param byTopic  topic id → its articles, best-supported first (only topics with articles)
 * @param related  article id → related articles, best first
 * @param timeline every dated event, in date order
 */
public record Corpus(List<Analysis> articles, List<Topic> topics, Map<String, List<TopicEntry>> byTopic,
                     Map<String, List<Related.Match>> related, List<TimelineEntry> timeline) {

    public Corpus {
        articles = List.copyOf(articles);
        topics = List.copyOf(topics);
        byTopic = Map.copyOf(byTopic);
        related = Map.copyOf(related);
        timeline = List.copyOf(timeline);
    }

    public Analysis article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no article " + id));
    }

    public List<TopicEntry> articlesOf(String topicId) {
        return byTopic.getOrDefault(topicId, List.of());
    }
}
