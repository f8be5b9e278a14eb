package org.nashra.extract.dates;

/**
 * The series of Gregorian month names an outlet writes: Levantine and Iraqi (كانون الثاني … أيلول),
 * Egyptian and Gulf (يناير … سبتمبر), or both side by side (شباط فبراير).
 */
public enum MonthNaming {
    LEVANTINE, EGYPTIAN, DOUBLED;

    /**
     * The series an article uses: doubled if it ever pairs the two names of one month, otherwise the series
     * it names more often; {@link #EGYPTIAN}, the more widespread one, when it names no month at all.
     * Names that are also ordinary words (آب، مارس) count only beside a number.
     */
    public static MonthNaming detect(String articleText) {
        if (articleText == null || articleText.isEmpty()) return EGYPTIAN;
        int[] counts = DateGrammar.standard().monthSeriesCounts(articleText);
        if (counts[2] > 0) return DOUBLED;
        return counts[0] > counts[1] ? LEVANTINE : EGYPTIAN;
    }
}
