package org.nashra.core;

/**
 * Where a fact came from: a block of the cleaned article body (its index in
 * {@code Article.body()}) and character offsets into that block's text, end exclusive.
 */
public record Span(int block, int start, int end) {

    public Span {
        if (block < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + block + ":" + start + "-" + end);
        }
    }
}
