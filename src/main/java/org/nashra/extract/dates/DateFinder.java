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

    /**
     * The date expressions of each of an article's blocks, as {@link #find} gives them, with the entries of a live
     * page that runs past midnight on their own day ({@link LiveEntries}).
     *
     * @param headLines the lines of the article's head, whose date stamp may give the time the page was stamped
     */
    public static List<List<DateMention>> findEach(List<String> blocks, Optional<LocalDate> reference, List<String> headLines) {
        List<List<DateMention>> found = blocks.stream().map(block -> find(block, reference)).toList();
        return LiveEntries.acrossMidnight(found, LiveEntries.stampTime(headLines));
    }
}
