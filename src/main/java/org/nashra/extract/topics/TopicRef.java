package org.nashra.extract.topics;

import java.util.List;

/** A topic assigned to an article, with its score and every place in the text that supports it. */
public record TopicRef(String topicId, double score, List<Evidence> evidence) {

    public TopicRef {
        evidence = List.copyOf(evidence);
    }

    /** One occurrence of an evidence phrase: which phrase, and where (block index and offsets in that block). */
    public record Evidence(String phrase, int block, int start, int end) {}

    /** The distinct phrases that matched, in taxonomy order of first occurrence. */
    public List<String> phrases() {
        return evidence.stream().map(Evidence::phrase).distinct().toList();
    }
}
