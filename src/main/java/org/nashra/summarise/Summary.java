package org.nashra.summarise;

import java.util.List;

/**
 * An extractive summary.
 *
 * @param sentences the chosen sentences, verbatim, in reading order
 * @param ranking   every sentence that was eligible for the summary, best first, with its score;
 *                  key points and headlines draw on it
 */
public record Summary(List<SentenceRef> sentences, List<RankedSentence> ranking) {

    public Summary {
        sentences = List.copyOf(sentences);
        ranking = List.copyOf(ranking);
    }

    public static Summary empty() {
        return new Summary(List.of(), List.of());
    }

    public boolean isEmpty() {
        return sentences.isEmpty();
    }
}
