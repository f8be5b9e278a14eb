package org.nashra.extract.resolve;

import java.util.List;
import java.util.Objects;

import org.nashra.core.Problem;

/** A value read from an editor-owned file, with what was wrong in the file (bad entries are skipped, not fatal). */
public record Loaded<T>(T value, List<Problem> problems) {
    public Loaded {
        Objects.requireNonNull(value, "value");
        problems = List.copyOf(problems);
    }
}
