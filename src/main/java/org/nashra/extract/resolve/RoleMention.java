package org.nashra.extract.resolve;

import java.util.Objects;

/**
 * A role or title stated right before a name ({@code وزير الدفاع العراقي} before {@code ثابت العباسي}),
 * with its English from {@code data/roles.yml} and its offsets in the article text (end exclusive).
 */
public record RoleMention(String ar, String en, int start, int end) {
    public RoleMention {
        Objects.requireNonNull(ar, "ar");
        Objects.requireNonNull(en, "en");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad offsets " + start + "-" + end);
    }
}
