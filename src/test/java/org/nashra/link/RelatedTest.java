package org.nashra.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
}
