package org.nashra.extract.figures;

import java.util.List;
import java.util.Optional;

/**
 * A number in the text with what it counts: {@code surface = text.substring(start, end)} runs from
 * any approximating or range word to the counted noun ({@code نحو 500 هجوم}). A single value has
 * {@code low == high}; a range ({@code ما بين 1500 و3000 مقاتل}) or a vague quantity
 * ({@code عشرات الدول}) has {@code low < high}. {@code counted} is the noun as written, or {@code "%"}
 * for percentages, or for a currency written alone the currency with the adjective the text names it by elsewhere
 * ({@code 150 ليرة} after {@code 14,800 ليرة سورية}: ليرة سورية); a sign written before the number ({@code -5.3%}) is part
 * of the surface; {@code place} the word(s) after {@code في} right after the counted noun; {@code per} the
 * currency, as written, that an amount of currency is a rate against ({@code 49.5 جنيه للدولار}: للدولار), or the
 * measure a price is per ({@code 27,800 درهم للمتر المربع}: للمتر المربع);
 * {@code prisonTerm} says the duration is a prison sentence the clause passes ({@code قضت بسجنه مدة 6 سنوات});
 * {@code scores} is a match result in the order written ({@code فاز 3-1}: 3 and 1), one score or a match's sets
 * ({@code 6-7 و6-4 و6-1}), its least and greatest side in {@code low} and {@code high}, and {@code counted} the kind of
 * result ({@code score-cues.tsv}); empty for any other figure.
 */
public record Figure(String surface, int start, int end, double low, double high, boolean approximate,
                     String counted, Optional<String> place, Optional<String> per, boolean prisonTerm,
                     List<Score> scores) {

    /** A match result as written, first side first: 8-7 on penalties, 1-1, ثلاثة أهداف مقابل هدف (3 and 1). */
    public record Score(double first, double second) {
    }

    public Figure {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + "-" + end);
        }
        place = place == null ? Optional.empty() : place;
        per = per == null ? Optional.empty() : per;
        scores = scores == null ? List.of() : List.copyOf(scores);
        counted = counted == null ? "" : counted;
    }

    public Figure(String surface, int start, int end, double low, double high, boolean approximate,
                  String counted, Optional<String> place, Optional<String> per) {
        this(surface, start, end, low, high, approximate, counted, place, per, false);
    }

    public Figure(String surface, int start, int end, double low, double high, boolean approximate,
                  String counted, Optional<String> place, Optional<String> per, boolean prisonTerm) {
        this(surface, start, end, low, high, approximate, counted, place, per, prisonTerm, List.of());
    }
}
