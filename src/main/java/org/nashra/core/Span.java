package org.nashra.core;

/**
 * Where a fact came from: a block of the cleaned article body (its index in
 * {@code Article.body()}) and character offsets into that block's text, end exclusive. A name the
 * headline gives stands in the headline, {@link #HEADLINE}, which comes before every block.
 */
public record Span(int block, int start, int end) {

    /** The block of a span in the article's headline, with offsets into the headline's text. */
    public static final int HEADLINE = -1;

    public Span {
        if (block < HEADLINE || start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + block + ":" + start + "-" + end);
        }
    }

    /** A span of the headline. */
    public static Span inHeadline(int start, int end) {
        return new Span(HEADLINE, start, end);
    }

    /** Whether the span is in the headline rather than in a block of the body. */
    public boolean headline() {
        return block == HEADLINE;
    }
}
