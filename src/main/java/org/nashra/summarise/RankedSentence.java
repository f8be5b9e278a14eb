package org.nashra.summarise;

import java.util.Objects;

/** A sentence and its centrality score; scores of one article sum to 1. */
public record RankedSentence(SentenceRef sentence, double score) {

    public RankedSentence {
        Objects.requireNonNull(sentence, "sentence");
    }
}
