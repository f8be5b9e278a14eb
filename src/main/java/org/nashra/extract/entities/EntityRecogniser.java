package org.nashra.extract.entities;

import java.util.List;
import org.nashra.extract.Mention;

/** Finds names in a text; mentions carry offsets into that text and are sorted by start offset. */
public interface EntityRecogniser {

    /** Never throws on odd text; returns an empty list when nothing is found. */
    List<Mention> recognise(String text);

    /**
     * The parts of one document (its paragraphs, in order), each recognised with offsets into itself. A
     * recogniser that learns from the whole text may use what it found in one part for the others.
     */
    default List<List<Mention>> recogniseEach(List<String> parts) {
        return parts.stream().map(this::recognise).toList();
    }
}
