package org.nashra.link;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ranks related briefings the way Hugo weighs its related-content indices: shared entities (rarer
 * ones count more), shared topics, and closeness in time, each with its own weight. Every match keeps
 * its reason so a page can say why ("also about: ...").
 */
public final class Related {

    /** What one article offers for relating: its entities and topics, and its date when known. */
    public record Features(String articleId, Optional<LocalDate> date, Set<String> entities, Set<String> topics) {
        public Features {
            entities = Set.copyOf(entities);
            topics = Set.copyOf(topics);
        }
    }

    /** A related article, its score, and the shared entities and topics that make it related. */
    public record Match(String articleId, double score, List<String> sharedEntities, List<String> sharedTopics) {
        public Match {
            sharedEntities = List.copyOf(sharedEntities);
            sharedTopics = List.copyOf(sharedTopics);
        }
    }

    /** Weights of each index; a match needs at least {@code minScore}. */
    public record Weights(double entity, double topic, double time, double timeHalfLifeDays, double minScore, int limit) {
        public static Weights defaults() {
            return new Weights(1.0, 0.8, 0.5, 90, 1.0, 5);
        }
    }

    private Related() {}

    /** For every article, its related articles, best first; ties broken by id so output is stable. */
    public static Map<String, List<Match>> rank(List<Features> articles, Weights weights) {
        Map<String, Integer> entityFrequency = new HashMap<>();
        for (Features f : articles) f.entities().forEach(e -> entityFrequency.merge(e, 1, Integer::sum));
        int n = articles.size();
        Map<String, List<Match>> out = new LinkedHashMap<>();
        for (Features a : articles) {
            List<Match> matches = new ArrayList<>();
            for (Features b : articles) {
                if (a.articleId().equals(b.articleId())) continue;
                TreeSet<String> sharedEntities = new TreeSet<>(a.entities());
                sharedEntities.retainAll(b.entities());
                TreeSet<String> sharedTopics = new TreeSet<>(a.topics());
                sharedTopics.retainAll(b.topics());
                double score = 0;
                for (String e : sharedEntities) {
                    // Inverse document frequency: an entity in every article says nothing about relatedness.
                    score += weights.entity() * Math.log(1.0 + (double) n / entityFrequency.get(e));
                }
                score += weights.topic() * sharedTopics.size();
                if (sharedEntities.isEmpty() && sharedTopics.isEmpty()) continue;
                if (a.date().isPresent() && b.date().isPresent()) {
                    long days = Math.abs(ChronoUnit.DAYS.between(a.date().get(), b.date().get()));
                    score += weights.time() * Math.pow(0.5, days / weights.timeHalfLifeDays());
                }
                if (score >= weights.minScore()) {
                    matches.add(new Match(b.articleId(), score, List.copyOf(sharedEntities), List.copyOf(sharedTopics)));
                }
            }
            matches.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::articleId));
            out.put(a.articleId(), List.copyOf(matches.subList(0, Math.min(weights.limit(), matches.size()))));
        }
        return out;
    }
}
