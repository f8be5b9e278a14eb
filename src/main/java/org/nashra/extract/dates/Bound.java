package org.nashra.extract.dates;

/**
 * Whether a date is the value itself, or a limit: the start of what goes on since it (منذ 2020) or from it
 * (اعتبارا من 7 نوفمبر), or the end of what lasts until it (حتى أيلول 2026), is done by it (بحلول عام 2030) or
 * happens before it (قبل 2030). Each limit reads in words of its own ({@code display.tsv}).
 */
public enum Bound {
    NONE, SINCE, FROM, UNTIL, BY, BEFORE;

    /** The limit a {@code bound} key of {@code words.tsv} names; none for no key. */
    static Bound of(String key) {
        return key == null ? NONE : valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }

    /** An end: what it bounds comes before it. */
    boolean isEnd() {
        return this == UNTIL || this == BY || this == BEFORE;
    }
}
