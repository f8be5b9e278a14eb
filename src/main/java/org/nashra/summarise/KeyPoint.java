package org.nashra.summarise;

import java.util.Objects;
import org.nashra.core.Span;

/**
 * A fact worth listing on its own: a quote with its speaker, a figure, a dated event, or a sentence.
 *
 * @param text      what the page shows, as the caller phrased it (for a sentence: the sentence)
 * @param kind      what sort of fact it is
 * @param salience  how much the caller thinks it matters, 0 to 1
 * @param paragraph index of the block the fact was found in
 * @param start     offset of the fact in that block's text
 * @param end       offset just past it (exclusive)
 */
public record KeyPoint(String text, Kind kind, double salience, int paragraph, int start, int end) {

    public enum Kind { QUOTE, FIGURE, EVENT, SENTENCE }

    public KeyPoint {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (paragraph < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad key point position " + paragraph + ":" + start + "-" + end);
        }
    }

    static KeyPoint of(SentenceRef sentence, double salience) {
        return new KeyPoint(sentence.text(), Kind.SENTENCE, salience, sentence.paragraph(), sentence.start(), sentence.end());
    }

    public Span span() {
        return new Span(paragraph, start, end);
    }

    boolean overlaps(int otherParagraph, int otherStart, int otherEnd) {
        return paragraph == otherParagraph && start < otherEnd && otherStart < end;
    }
}
