package org.nashra.extract.entities;

import java.util.List;
import org.nashra.extract.Mention;

/** Finds names in a text; mentions carry offsets into that text and are sorted by start offset. */
public interface EntityRecogniser {

    /** Never throws on odd text; returns an empty list when nothing is found. */
    List<Mention> recognise(String text);
}
