package org.nashra.summarise;

import java.util.Objects;
import org.nashra.core.Span;

/**
 * One sentence of a cleaned article, in reading order.
 *
 * @param paragraph index of the block in the article body the sentence belongs to
 * @param start     offset of the sentence's first character in that block's text
 * @param end       offset just past its last character (exclusive)
 * @param text      the sentence, verbatim: {@code blockText.substring(start, end)}
 */
public record SentenceRef(int paragraph, int start, int end, String text) {

    public SentenceRef {
        Objects.requireNonNull(text, "text");
        if (paragraph < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence position " + paragraph + ":" + start + "-" + end);
        }
    }

    /** Where the sentence came from, as the provenance type shared by every stage. */
    public Span span() {
        return new Span(paragraph, start, end);
    }
}
