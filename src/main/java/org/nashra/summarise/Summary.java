package org.nashra.summarise;

import java.util.List;

/**
 * An extractive summary.
 *
 * @param sentences the chosen sentences, verbatim, in reading order
 * @param ranking   every sentence that was eligible for the summary, best first, with its score;
 *                  key points draw on it while an article is analysed, and an analysis keeps the
 *                  summary {@linkplain #withoutRanking() without it}
 */
public record Summary(List<SentenceRef> sentences, List<RankedSentence> ranking) {

    public Summary {
        sentences = List.copyOf(sentences);
        ranking = List.copyOf(ranking);
    }

    public static Summary empty() {
        return new Summary(List.of(), List.of());
    }

    /**
     * The chosen sentences alone. Once key points are drawn nothing reads the ranking, which repeats
     * every eligible sentence of the article: a sixth of each cached analysis, and as much again in memory
     * for every analysis read back from the cache.
     */
    public Summary withoutRanking() {
        return ranking.isEmpty() ? this : new Summary(sentences, List.of());
    }

    public boolean isEmpty() {
        return sentences.isEmpty();
    }
}
