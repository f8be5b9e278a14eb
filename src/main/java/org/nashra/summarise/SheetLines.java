package org.nashra.summarise;

import java.util.Set;
import java.util.stream.Collectors;
import org.nashra.arabic.ArabicText;

/**
 * Tells a line of a match sheet or fact box (الحضور: 58,420 متفرجاً، الحكم: مايكل أوليفر) from the report above it:
 * it lists, it does not tell, so a summary or a key point takes one only when nothing else is left, as it does a
 * caption. A sentence is such a line when the words before its first colon are a label of {@code sheet-labels.txt}.
 */
public final class SheetLines {

    private static final Set<String> LABELS = Resources.lines(SheetLines.class, "sheet-labels.txt").stream()
            .map(SheetLines::key).collect(Collectors.toUnmodifiableSet());
    /** Longest label, in characters, with room for the diacritics and spaces a line may add. */
    private static final int LONGEST = LABELS.stream().mapToInt(String::length).max().orElse(0) + 8;

    private SheetLines() {}

    public static boolean isSheetLine(String sentence) {
        if (sentence == null) return false;
        String s = sentence.strip();
        int colon = s.indexOf(':');
        return colon > 0 && colon <= LONGEST && LABELS.contains(key(s.substring(0, colon)));
    }

    static String key(String label) {
        return ArabicText.normaliseForMatching(label).replaceAll("\\s+", " ").strip();
    }
}
