package org.nashra.eval.dates;

import java.util.List;
import java.util.Locale;

/**
 * Figures of one evaluation run. Extraction counts a found span as right when it overlaps a gold date
 * span; spans of other gold types (time, duration, set, date-time) are left out on both sides.
 * Normalisation is the share of gold date values (those that name a real date) that the overlapping
 * found mention resolves to, given the case's reference date; {@code checked*} repeats it for the cases
 * the spec itself checks (no {@code IgnoreResolution}).
 *
 * @param problems one line per missed span, false alarm or wrong value, for reading
 */
public record DateEvalReport(String name, int cases, int goldSpans, int goldFound, int foundSpans, int foundRight,
                             int ignoredSpans, int values, int valuesRight, int checkedValues, int checkedValuesRight,
                             List<String> problems) {

    public DateEvalReport {
        problems = List.copyOf(problems);
    }

    public double precision() { return ratio(foundRight, foundSpans); }

    public double recall() { return ratio(goldFound, goldSpans); }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double normalisationAccuracy() { return ratio(valuesRight, values); }

    public double checkedNormalisationAccuracy() { return ratio(checkedValuesRight, checkedValues); }

    private static double ratio(int a, int b) { return b == 0 ? 0 : (double) a / b; }

    /** The sum of several runs, named {@code name}. */
    public static DateEvalReport sum(String name, List<DateEvalReport> parts) {
        int[] t = new int[10];
        java.util.ArrayList<String> problems = new java.util.ArrayList<>();
        for (DateEvalReport r : parts) {
            t[0] += r.cases; t[1] += r.goldSpans; t[2] += r.goldFound; t[3] += r.foundSpans; t[4] += r.foundRight;
            t[5] += r.ignoredSpans; t[6] += r.values; t[7] += r.valuesRight; t[8] += r.checkedValues; t[9] += r.checkedValuesRight;
            problems.addAll(r.problems);
        }
        return new DateEvalReport(name, t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], problems);
    }

    @Override
    public String toString() {
        String extraction = String.format(Locale.ROOT,
                "%s: %d cases; extraction P %.3f R %.3f F1 %.3f (gold %d, found %d of them; %d found spans, %d right; %d other-type spans ignored)",
                name, cases, precision(), recall(), f1(), goldSpans, goldFound, foundSpans, foundRight, ignoredSpans);
        if (values == 0) return extraction;
        return extraction + String.format(Locale.ROOT, "; normalisation %d/%d = %.3f (spec-checked %d/%d = %.3f)",
                valuesRight, values, normalisationAccuracy(), checkedValuesRight, checkedValues, checkedNormalisationAccuracy());
    }
}
