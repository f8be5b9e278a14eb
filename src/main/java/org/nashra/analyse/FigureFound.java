package org.nashra.analyse;

import org.nashra.core.Span;
import org.nashra.extract.figures.Figure;

/** A figure found in one block of the article body, with the clause it stands in. */
public record FigureFound(int block, Figure figure, String excerpt) {

    public Span span() {
        return new Span(block, figure.start(), figure.end());
    }
}
