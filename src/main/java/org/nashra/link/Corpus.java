package org.nashra.link;

import java.util.List;
import java.util.Map;

import org.nashra.analyse.Analysis;
import org.nashra.extract.resolve.CorpusEntity;
import org.nashra.extract.topics.Topic;
import org.nashra.translate.Edition;

/**
 * The whole briefing collection, cross-linked: what pages are planned from.
 *
 * @param articles newest first, undated last, ties by id
 * @param byTopic  topic id → its articles, best-supported first (only topics with articles)
 * @param related  article id → related articles, best first
 * @param timeline every dated event, in date order
 * @param editions article id → editor and machine wording (headlines, summaries)
 * @param entities   every entity of the corpus, one per id (people, organisations, places, other)
 * @param byEntity   entity id → the briefings that mention it, newest first
 * @param companions entity id → the entities it appears with most, best first
 * @param entityEvents entity id → dated events whose sentence mentions it, in date order
 */
public record Corpus(List<Analysis> articles, List<Topic> topics, Map<String, List<TopicEntry>> byTopic,
                     Map<String, List<Related.Match>> related, List<TimelineEntry> timeline,
                     Map<String, Edition> editions, List<CorpusEntity> entities,
                     Map<String, List<EntityEntry>> byEntity, Map<String, List<String>> companions,
                     Map<String, List<TimelineEntry>> entityEvents) {

    public Corpus {
        articles = List.copyOf(articles);
        topics = List.copyOf(topics);
        byTopic = Map.copyOf(byTopic);
        related = Map.copyOf(related);
        timeline = List.copyOf(timeline);
        editions = Map.copyOf(editions);
        entities = List.copyOf(entities);
        byEntity = Map.copyOf(byEntity);
        companions = Map.copyOf(companions);
        entityEvents = Map.copyOf(entityEvents);
    }

    /** The editor's and machine's wording of an article; none when there is neither. */
    public Edition edition(String articleId) {
        return editions.getOrDefault(articleId, Edition.none());
    }

    public List<TopicEntry> articlesOf(String topicId) {
        return byTopic.getOrDefault(topicId, List.of());
    }
}
