package org.nashra.analyse;

import org.nashra.extract.dates.DateValue;
import org.nashra.summarise.SentenceRef;

/**
 * A sentence that states a dated fact: the raw material of the timeline.
 *
 * @param announced the date lies after the article's publication date: announced, not yet happened
 * @param excerpt   the clause of the sentence around the date, verbatim, for lists where a whole
 *                  (possibly long, quoted) sentence would be too much
 */
public record DatedEvent(DateValue date, String dateSurface, boolean announced, SentenceRef sentence, String excerpt) {}
