package org.nashra.link;

import org.nashra.extract.topics.TopicRef;

/** An article listed on a topic page, with the evidence that put it there. */
public record TopicEntry(String articleId, TopicRef ref) {}
