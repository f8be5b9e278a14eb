package org.nashra.link;

import org.nashra.analyse.DatedEvent;

/** One dated event of one article, as the timeline shows it. */
public record TimelineEntry(String articleId, DatedEvent event) {}
