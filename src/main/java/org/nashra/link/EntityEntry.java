package org.nashra.link;

import org.nashra.core.Span;

/** A briefing on an entity's page: which article, and the sentence of its first mention there. */
public record EntityEntry(String articleId, String sentence, Span span) {}
