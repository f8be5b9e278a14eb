package org.nashra.analyse;

import org.nashra.core.Span;
import org.nashra.extract.dates.DateMention;

/** A date expression found in one block of the article body. */
public record DateFound(int block, DateMention mention) {

    public Span span() {
        return new Span(block, mention.start(), mention.end());
    }
}
