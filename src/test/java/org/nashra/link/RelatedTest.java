package org.nashra.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class RelatedTest {

    static Related.Features f(String id, String date, Set<String> entities, Set<String> topics) {
        return new Related.Features(id, Optional.ofNullable(date).map(LocalDate::parse), entities, topics);
    }

    @Test
    void rarerSharedEntitiesAndTopicsRankHigherAndReasonsAreKept() {
        List<Related.Features> corpus = List.of(
                f("a", "2024-09-28", Set.of("isis", "iraq", "sabrina-singh"), Set.of("coalition-mission")),
                f("b", "2024-09-27", Set.of("isis", "iraq", "sabrina-singh"), Set.of("coalition-mission")),
                f("c", "2021-12-09", Set.of("isis", "iraq"), Set.of("coalition-mission")),
                f("d", null, Set.of("isis", "iraq"), Set.of()),
                f("e", "2024-09-28", Set.of("paris"), Set.of()));
        Map<String, List<Related.Match>> related = Related.rank(corpus, Related.Weights.defaults());
        List<Related.Match> forA = related.get("a");
        assertEquals(List.of("b", "c", "d"), forA.stream().map(Related.Match::articleId).toList());
        assertEquals(List.of("iraq", "isis", "sabrina-singh"), forA.get(0).sharedEntities());
        assertEquals(List.of("coalition-mission"), forA.get(0).sharedTopics());
        assertTrue(related.get("e").isEmpty(), "nothing shared, nothing related");
    }

    @Test
    void anEntityInEveryArticleAloneIsNotEnough() {
        List<Related.Features> corpus = List.of(
                f("a", null, Set.of("iraq"), Set.of()),
                f("b", null, Set.of("iraq"), Set.of()),
                f("c", null, Set.of("iraq"), Set.of()));
        assertTrue(Related.rank(corpus, Related.Weights.defaults()).get("a").isEmpty());
    }

    /** A small table where index lookups and the direct comparison of every pair must agree. */
    @Test
    void theIndexRanksAsComparingEveryPairDoes() {
        List<Related.Features> table = List.of(
                f("a", "2024-09-28", Set.of("isis", "iraq", "sabrina-singh"), Set.of("coalition-mission")),
                f("b", "2024-09-27", Set.of("isis", "iraq"), Set.of("coalition-mission", "security")),
                f("c", "2024-01-02", Set.of("baghdad"), Set.of("security")),
                f("d", null, Set.of("baghdad", "iraq"), Set.of("security")),
                f("e", "2023-05-05", Set.of("paris"), Set.of("coalition-mission")),
                f("f", "2024-09-20", Set.of(), Set.of("coalition-mission", "security")),
                f("g", "2024-09-28", Set.of("paris", "sabrina-singh"), Set.of()));
        Related.Weights weights = new Related.Weights(1.0, 0.8, 0.5, 90, 1.0, 3);
        assertEquals(pairwise(table, weights), Related.rank(table, weights));
    }

    /** Many generated articles with few topics, so that scores tie and the limit cuts ties. */
    @Test
    void theIndexRanksAsComparingEveryPairDoesOnAGeneratedCorpus() {
        Random random = new Random(20240928);
        List<Related.Features> corpus = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Set<String> entities = new TreeSet<>();
            for (int k = random.nextInt(6); k > 0; k--) entities.add("e" + random.nextInt(120));
            Set<String> topics = new TreeSet<>();
            for (int k = random.nextInt(3); k > 0; k--) topics.add("t" + random.nextInt(8));
            String date = random.nextInt(5) == 0 ? null : LocalDate.of(2024, 1, 1).plusDays(random.nextInt(60)).toString();
            corpus.add(f(String.format("%03d", random.nextInt(1000)) + "-" + i, date, entities, topics));
        }
        assertEquals(pairwise(corpus, Related.Weights.defaults()), Related.rank(corpus, Related.Weights.defaults()));
    }

    /**
     * Articles sharing a common entity but related mostly by their many topics: the best come from
     * candidates that share only topics, which the ranking must not pass over.
     */
    @Test
    void candidatesSharingOnlyTopicsStillWinWhenTheyScoreHigher() {
        Random random = new Random(7);
        List<Related.Features> corpus = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Set<String> entities = new TreeSet<>();
            if (random.nextInt(3) > 0) entities.add("everywhere");
            if (random.nextInt(10) == 0) entities.add("e" + random.nextInt(40));
            Set<String> topics = new TreeSet<>();
            for (int k = 1 + random.nextInt(5); k > 0; k--) topics.add("t" + random.nextInt(70));
            String date = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(30)).toString();
            corpus.add(f(String.format("%03d", i), date, entities, topics));
        }
        assertEquals(pairwise(corpus, Related.Weights.defaults()), Related.rank(corpus, Related.Weights.defaults()));
    }

    /**
     * One change after another (a topic gained or lost, an entity gained or lost, a date moved, several
     * articles at once), each ranked from the ranking before it: always the ranking from scratch, to the
     * last bit.
     */
    @Test
    void aChainOfChangesRankedFromTheLastRankingIsTheRankingFromScratch() {
        Random random = new Random(20241205);
        List<Related.Features> corpus = new ArrayList<>();
        for (int i = 0; i < 300; i++) corpus.add(randomArticle(random, String.format("%03d", i)));
        Related.Weights weights = new Related.Weights(1.0, 0.8, 0.5, 90, 1.0, 3);
        Related.Ranking ranking = Related.rank(corpus, weights, null);
        for (int step = 0; step < 60; step++) {
            int changes = step % 10 == 9 ? 20 : 1 + random.nextInt(2);
            for (int k = 0; k < changes; k++) {
                int i = random.nextInt(corpus.size());
                Related.Features a = corpus.get(i);
                Set<String> entities = new TreeSet<>(a.entities());
                Set<String> topics = new TreeSet<>(a.topics());
                String date = a.date().map(LocalDate::toString).orElse(null);
                switch (random.nextInt(5)) {
                    case 0 -> topics.add("t" + random.nextInt(8));
                    case 1 -> { if (!topics.isEmpty()) topics.remove(topics.iterator().next()); }
                    case 2 -> entities.add("e" + random.nextInt(120));
                    case 3 -> { if (!entities.isEmpty()) entities.remove(entities.iterator().next()); }
                    default -> date = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(60)).toString();
                }
                corpus.set(i, f(a.articleId(), date, entities, topics));
            }
            ranking = Related.rank(corpus, weights, ranking);
            assertEquals(Related.rank(corpus, weights), ranking.matches(), "step " + step);
        }
    }

    /**
     * A topic weighs the same however many articles have it, so an article gaining one moves only its
     * scores against the articles with that topic: their rankings take it in or leave it out without
     * being ranked again. A new date moves only the scores against the article whose date it is. An
     * entity's weight depends on how many articles have it, so gaining one ranks again every article with it.
     */
    @Test
    void onlyAChangedArticleIsRankedAgainWhenItGainsATopicOrMovesInTime() {
        List<Related.Features> corpus = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            corpus.add(f(String.format("%02d", i), LocalDate.of(2024, 1, 1).plusDays(i).toString(),
                    Set.of("e" + i % 7, "e" + (7 + i % 5)), Set.of("t" + i % 3)));
        }
        Related.Weights weights = new Related.Weights(1.0, 0.8, 0.5, 90, 1.0, 3);
        Related.Ranking ranking = Related.rank(corpus, weights, null);
        Related.Features a = corpus.get(5);
        // Articles whose ranking holds article 05 and whose score against it falls: one their rankings left
        // out may now be better, so they are ranked again.
        java.util.function.Function<java.util.function.Predicate<Related.Features>, java.util.function.ToIntFunction<Related.Ranking>>
                holdingIt = which -> last -> (int) corpus.stream()
                        .filter(b -> which.test(b) && last.matches().get(b.articleId()).stream()
                                .anyMatch(m -> m.articleId().equals(a.articleId())))
                        .count();
        record Change(String what, Related.Features now, java.util.function.ToIntFunction<Related.Ranking> alsoRanked) {}
        for (Change change : List.of(
                new Change("a topic gained", f(a.articleId(), "2024-01-06", a.entities(), Set.of("t2", "t1")), last -> 0),
                new Change("the topic lost again", a, holdingIt.apply(b -> b.topics().contains("t1"))),
                new Change("a date moved two months on", f(a.articleId(), "2024-03-01", a.entities(), a.topics()), holdingIt.apply(b -> true)),
                new Change("an entity that six others have", f(a.articleId(), "2024-03-01", Set.of("e5", "e7", "e0"), a.topics()),
                        last -> 6))) {
            int expected = 1 + change.alsoRanked().applyAsInt(ranking);
            corpus.set(5, change.now());
            ranking = Related.rank(corpus, weights, ranking);
            assertEquals(Related.rank(corpus, weights), ranking.matches(), change.what());
            assertEquals(expected, ranking.ranked(), change.what());
        }
    }

    private static Related.Features randomArticle(Random random, String id) {
        Set<String> entities = new TreeSet<>();
        for (int k = random.nextInt(6); k > 0; k--) entities.add("e" + random.nextInt(120));
        Set<String> topics = new TreeSet<>();
        for (int k = random.nextInt(3); k > 0; k--) topics.add("t" + random.nextInt(8));
        String date = random.nextInt(5) == 0 ? null : LocalDate.of(2024, 1, 1).plusDays(random.nextInt(60)).toString();
        return f(id, date, entities, topics);
    }

    /** The ranking written as its definition: every article against every other one. */
    static Map<String, List<Related.Match>> pairwise(List<Related.Features> articles, Related.Weights weights) {
        Map<String, Integer> entityFrequency = new HashMap<>();
        for (Related.Features f : articles) f.entities().forEach(e -> entityFrequency.merge(e, 1, Integer::sum));
        int n = articles.size();
        Map<String, List<Related.Match>> out = new LinkedHashMap<>();
        for (Related.Features a : articles) {
            List<Related.Match> matches = new ArrayList<>();
            for (Related.Features b : articles) {
                if (a.articleId().equals(b.articleId())) continue;
                TreeSet<String> sharedEntities = new TreeSet<>(a.entities());
                sharedEntities.retainAll(b.entities());
                TreeSet<String> sharedTopics = new TreeSet<>(a.topics());
                sharedTopics.retainAll(b.topics());
                if (sharedEntities.isEmpty() && sharedTopics.isEmpty()) continue;
                double score = 0;
                for (String e : sharedEntities) score += weights.entity() * Math.log(1.0 + (double) n / entityFrequency.get(e));
                score += weights.topic() * sharedTopics.size();
                if (a.date().isPresent() && b.date().isPresent()) {
                    long days = Math.abs(ChronoUnit.DAYS.between(a.date().get(), b.date().get()));
                    score += weights.time() * Math.pow(0.5, days / weights.timeHalfLifeDays());
                }
                if (score >= weights.minScore()) {
                    matches.add(new Related.Match(b.articleId(), score, List.copyOf(sharedEntities), List.copyOf(sharedTopics)));
                }
            }
            matches.sort(Comparator.comparingDouble(Related.Match::score).reversed().thenComparing(Related.Match::articleId));
            out.put(a.articleId(), List.copyOf(matches.subList(0, Math.min(weights.limit(), matches.size()))));
        }
        return out;
    }
}
