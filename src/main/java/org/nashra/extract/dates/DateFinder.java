package org.nashra.extract.dates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Finds date expressions in Arabic (news) text and resolves them to {@link DateValue}s.
 * Pure and thread-safe; the words it knows live in the resource files beside this class.
 */
public final class DateFinder {

    private DateFinder() {}

    /**
     * The date expressions of {@code text}, in text order, not overlapping.
     *
     * @param reference the day the text speaks from (usually its publication date); relative
     *                  expressions are found without it but left without a value
     */
    public static List<DateMention> find(String text, Optional<LocalDate> reference) {
        if (text == null || text.isEmpty()) return List.of();
        return DateGrammar.standard().find(text, reference == null ? Optional.empty() : reference);
    }
}
