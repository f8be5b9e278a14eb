package org.nashra.summarise;

import java.util.Set;
import java.util.stream.Collectors;
import org.nashra.arabic.ArabicText;

/**
 * Tells a line of a match sheet or fact box (الحضور: 58,420 متفرجاً، الحكم: مايكل أوليفر) from the report above it:
 * it lists, it does not tell, so a summary or a key point takes one only when nothing else is left, as it does a
 * caption. A sentence is such a line when the words before its first colon are a label of {@code sheet-labels.txt},
 * or when it is a table's row: a short label, a colon and nothing after it but numbers (الحوض الشرقي: 71,4% / 10,2%),
 * which says nothing without the table's header.
 */
public final class SheetLines {

    private static final Set<String> LABELS = Resources.lines(SheetLines.class, "sheet-labels.txt").stream()
            .map(SheetLines::key).collect(Collectors.toUnmodifiableSet());
    /** Longest label, in characters, with room for the diacritics and spaces a line may add. */
    private static final int LONGEST = LABELS.stream().mapToInt(String::length).max().orElse(0) + 8;

    private SheetLines() {}

    /** Most words in a table row's label: a region, a candidate, a category. */
    static final int ROW_LABEL_WORDS = 4;

    public static boolean isSheetLine(String sentence) {
        if (sentence == null) return false;
        String s = sentence.strip();
        int colon = s.indexOf(':');
        return colon > 0 && (colon <= LONGEST && LABELS.contains(key(s.substring(0, colon))) || isTableRow(s));
    }

    /** A label of a few words, a colon, then only numbers and their signs: no word says what the numbers are. */
    public static boolean isTableRow(String sentence) {
        if (sentence == null) return false;
        String s = sentence.strip();
        int colon = s.indexOf(':');
        if (colon <= 0) return false;
        String label = s.substring(0, colon).strip();
        String value = s.substring(colon + 1);
        return label.codePoints().anyMatch(Character::isLetter) && label.split("\\s+").length <= ROW_LABEL_WORDS
                && value.codePoints().anyMatch(Character::isDigit) && value.codePoints().noneMatch(Character::isLetter);
    }

    static String key(String label) {
        return ArabicText.normaliseForMatching(label).replaceAll("\\s+", " ").strip();
    }
}
