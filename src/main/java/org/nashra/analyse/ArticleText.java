package org.nashra.analyse;

import java.util.List;

import org.nashra.core.Span;

/**
 * An article's blocks joined into one text, so a stage that needs the whole article (entity
 * resolution refers surnames back to full names across paragraphs) can work on it, and offsets in
 * the joined text can be turned back into block spans.
 */
record ArticleText(String text, int[] starts) {

    static final String SEPARATOR = "\n\n";

    static ArticleText of(List<String> blocks) {
        StringBuilder joined = new StringBuilder();
        int[] starts = new int[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) joined.append(SEPARATOR);
            starts[i] = joined.length();
            joined.append(blocks.get(i));
        }
        return new ArticleText(joined.toString(), starts);
    }

    int start(int block) {
        return starts[block];
    }

    /** The block span of {@code [start, end)} in the joined text; a span never crosses blocks. */
    Span span(int start, int end) {
        int block = 0;
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] <= start) block = i;
        }
        return new Span(block, start - starts[block], end - starts[block]);
    }
}
