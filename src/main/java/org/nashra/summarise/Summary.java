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

    private static final QuoteMarks MARKS = QuoteMarks.load();

    /**
     * The chosen sentences as a page shows them: each with its quotation marks balanced ({@link QuoteMarks#balance}),
     * so a sentence from the middle of a quotation over several sentences does not stand with a stray » at its end.
     */
    public List<String> shown() {
        return sentences.stream().map(s -> MARKS.balance(s.text())).toList();
    }

    /** A key point's or a summary sentence's words with their quotation marks balanced, as a page shows them. */
    static String balanced(String text) {
        return MARKS.balance(text);
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
