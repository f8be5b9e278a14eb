package org.nashra.extract;

import java.util.Objects;

/**
 * A name found in a text: its surface form exactly as written and its offsets in that text
 * (end exclusive). The surface excludes attached proclitics: in {@code وبغداد} the mention is {@code بغداد}.
 */
public record Mention(String surface, int start, int end, EntityType type) {

    public Mention {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(type, "type");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad offsets " + start + "-" + end);
    }
}
