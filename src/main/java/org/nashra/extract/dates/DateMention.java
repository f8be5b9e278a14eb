package org.nashra.extract.dates;

import java.util.Objects;
import java.util.Optional;

/**
 * A date expression found in a text. {@code start}/{@code end} are offsets into the original text
 * (end exclusive) and {@code surface} is the text between them. {@code relative} says the value depends
 * on the reference date (أمس، العام الماضي، يوليو الماضي, a day and month without a year); such a
 * mention has no value when no reference date was given. A value can also be missing when the
 * expression names no real date (31 February).
 */
public record DateMention(String surface, int start, int end, Optional<DateValue> value, boolean relative) {

    public DateMention {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(value, "value");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + "-" + end);
    }

    public boolean resolved() { return value.isPresent(); }
}
