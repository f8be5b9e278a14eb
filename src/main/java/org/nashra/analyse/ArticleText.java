package org.nashra.analyse;

import java.util.List;

import org.nashra.core.Span;

/**
 * An article's headline and blocks joined into one text, so a stage that needs the whole article (entity
 * resolution refers surnames back to full names across paragraphs, and the headline's words tell which of two
 * namesakes it names) can work on it, and offsets in the joined text can be turned back into spans of a block
 * or of the headline.
 *
 * @param headlineEnd the end of the headline in the text; 0 when the text holds none
 */
record ArticleText(String text, int headlineEnd, int[] starts) {

    static final String SEPARATOR = "\n\n";

    static ArticleText of(List<String> blocks) {
        return of("", blocks);
    }

    /** The headline (empty for none) before the blocks. */
    static ArticleText of(String headline, List<String> blocks) {
        StringBuilder joined = new StringBuilder(headline);
        int[] starts = new int[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0 || !headline.isEmpty()) joined.append(SEPARATOR);
            starts[i] = joined.length();
            joined.append(blocks.get(i));
        }
        return new ArticleText(joined.toString(), headline.length(), starts);
    }

    int start(int block) {
        return starts[block];
    }

    /** The span of {@code [start, end)} in the joined text, in the headline or a block; a span never crosses them. */
    Span span(int start, int end) {
        if (start < headlineEnd) return Span.inHeadline(start, end);
        int block = 0;
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] <= start) block = i;
        }
        return new Span(block, start - starts[block], end - starts[block]);
    }
}
