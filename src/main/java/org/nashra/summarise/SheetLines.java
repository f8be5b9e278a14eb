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

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static final Set<String> LABELS = Resources.lines(SheetLines.class, "sheet-labels.txt").stream()
            .map(SheetLines::key).collect(Collectors.toUnmodifiableSet());
    /** Longest label, in characters, with room for the diacritics and spaces a line may add. */
    private static final int LONGEST = LABELS.stream().mapToInt(String::length).max().orElse(0) + 8;

    private SheetLines() {}

    /** Most words in a table row's label: a region, a candidate, a category. */
    static final int ROW_LABEL_WORDS = 4;

    /** A live page's match minute opening an entry (45+3' | نهاية الشوط الأول): the clock of a match, not a story. */
    private static final java.util.regex.Pattern MINUTE = java.util.regex.Pattern.compile("[0-9٠-٩]{1,3}(?:\\s*\\+\\s*[0-9٠-٩]{1,2})?\\s*['’′]");
    /** Most words on either side of a listing row's colon or dash, a bracketed aside left out. */
    static final int LISTING_WORDS = 6;
    private static final String QUOTATION = "\"“”«»";

    public static boolean isSheetLine(String sentence) {
        if (sentence == null) return false;
        String s = sentence.strip();
        if (MINUTE.matcher(s).lookingAt()) return true;
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
        return label.codePoints().anyMatch(Character::isLetter) && SPACES.split(label).length <= ROW_LABEL_WORDS
                && value.codePoints().anyMatch(Character::isDigit) && value.codePoints().noneMatch(Character::isLetter);
    }

    /**
     * A row of a list of results or a tally: a short label, a colon and a name or a spaced dash and a short value, with
     * no quotation and no full stop (دبي شيما كلاسيك (6 ملايين دولار): ريبيل'ز رومانس, العربية للطيران — مذكرة تفاهم لـ 20
     * طائرة (قيد التفاوض)). It names, it does not tell, and means little without the list's lead-in.
     */
    public static boolean isListingRow(String sentence) {
        if (sentence == null) return false;
        String s = sentence.strip();
        if (s.isEmpty() || s.chars().anyMatch(c -> QUOTATION.indexOf(c) >= 0) || ".!?؟".indexOf(s.charAt(s.length() - 1)) >= 0) return false;
        java.util.regex.Matcher mark = java.util.regex.Pattern.compile(":|\\s[—–]\\s").matcher(s);
        if (!mark.find()) return false;
        String label = withoutAsides(s.substring(0, mark.start()));
        String value = withoutAsides(s.substring(mark.end()));
        // after a colon a name (the winner); a number there may be a price or a rate that stands alone (المصريون: 200 جنيه للبالغين)
        boolean colon = s.charAt(mark.start()) == ':';
        return label.codePoints().anyMatch(Character::isLetter) && !value.isEmpty()
                && words(label) <= ROW_LABEL_WORDS && words(value) <= LISTING_WORDS
                && !(colon && value.codePoints().anyMatch(Character::isDigit));
    }

    /** A value that opens with a figure, perhaps after a word that bounds it (من 3000 إلى 6000 ريال, نحو 20 ألفاً). */
    private static final java.util.regex.Pattern FIGURE_FIRST =
            java.util.regex.Pattern.compile("\\s*(?:(?:من|بين|نحو|حوالي|حتى)\\s+)?[0-9٠-٩]");
    /** A cell's label: one or two words before a colon, at the start or after a separator. */
    private static final java.util.regex.Pattern CELL_LABEL =
            java.util.regex.Pattern.compile("(?:^|[،,;|\\t]\\s*)[\\p{L}\\p{M}]+(?:\\s+[\\p{L}\\p{M}]+)?\\s*:");

    /**
     * A list's item that is a table's row: a label, a colon, and a value that opens with a figure (قطع الإشارة الضوئية
     * الحمراء: من 3000 إلى 6000 ريال، مع حجز المركبة 24 ساعة). Under a lead-in (أبرز الغرامات على النحو الآتي:) each
     * row prices one entry of the table; it tells nothing that happened. Only an item's: a sentence of the story may
     * open with a speaker's name and a colon.
     */
    public static boolean isItemRow(String item) {
        if (item == null) return false;
        String s = item.strip();
        int colon = s.indexOf(':');
        return colon > 0 && s.substring(0, colon).codePoints().anyMatch(Character::isLetter)
                && s.chars().noneMatch(c -> QUOTATION.indexOf(c) >= 0)
                && FIGURE_FIRST.matcher(s.substring(colon + 1)).lookingAt();
    }

    /**
     * A table's row written out as cells: split by pipes or tabs into short cells (قطع الإشارة الحمراء | 6000 ريال), or
     * two or more labels with a colon each (المخالفة: قطع الإشارة الحمراء، الغرامة: 6000 ريال), with a figure among
     * them and no quotation. It fills a table's columns; it is no sentence of news.
     */
    public static boolean isCellRow(String sentence) {
        if (sentence == null) return false;
        String s = sentence.strip();
        if (s.codePoints().noneMatch(Character::isDigit) || s.chars().anyMatch(c -> QUOTATION.indexOf(c) >= 0)) return false;
        String[] cells = s.split("\\s*[|\\t]\\s*");
        long filled = java.util.Arrays.stream(cells).filter(c -> !c.isBlank()).count();
        if (filled >= 2 && java.util.Arrays.stream(cells).allMatch(c -> words(c) <= LISTING_WORDS)) return true;
        java.util.regex.Matcher label = CELL_LABEL.matcher(s);
        int labels = 0;
        while (label.find()) labels++;
        return labels >= 2;
    }

    private static String withoutAsides(String text) {
        return text.replaceAll("\\([^()]*\\)", " ").strip();
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    static String key(String label) {
        return SPACES.matcher(ArabicText.normaliseForMatching(label)).replaceAll(" ").strip();
    }
}
