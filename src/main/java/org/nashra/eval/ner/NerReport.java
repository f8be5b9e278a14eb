package org.nashra.eval.ner;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.nashra.extract.EntityType;

/** Exact-span counts per entity type, with precision, recall and F1 per type and micro-averaged. */
public record NerReport(Map<EntityType, Counts> perType, int sentences, int tokens) {

    /** True positives, false positives and false negatives of one type. */
    public record Counts(int truePositives, int falsePositives, int falseNegatives) {
        public static final Counts ZERO = new Counts(0, 0, 0);

        public Counts plus(Counts other) {
            return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
                    falseNegatives + other.falseNegatives);
        }

        public double precision() {
            int predicted = truePositives + falsePositives;
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        public double recall() {
            int gold = truePositives + falseNegatives;
            return gold == 0 ? 0 : (double) truePositives / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public NerReport {
        Map<EntityType, Counts> copy = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) copy.put(type, perType.getOrDefault(type, Counts.ZERO));
        perType = Map.copyOf(copy);
    }

    /** Both reports' counts together, as over their sentences joined. */
    public NerReport plus(NerReport other) {
        Map<EntityType, Counts> sum = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) sum.put(type, perType.get(type).plus(other.perType.get(type)));
        return new NerReport(sum, sentences + other.sentences, tokens + other.tokens);
    }

    public Counts micro() {
        Counts total = Counts.ZERO;
        for (EntityType type : EntityType.values()) total = total.plus(perType.get(type));
        return total;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d sentences, %d tokens%n", sentences, tokens));
        out.append(String.format(Locale.ROOT, "%-13s %9s %9s %9s %6s %6s %6s%n",
                "type", "precision", "recall", "F1", "tp", "fp", "fn"));
        for (EntityType type : EntityType.values()) out.append(line(type.name(), perType.get(type)));
        out.append(line("micro", micro()));
        return out.toString();
    }

    private static String line(String label, Counts c) {
        return String.format(Locale.ROOT, "%-13s %9.2f %9.2f %9.2f %6d %6d %6d%n", label,
                100 * c.precision(), 100 * c.recall(), 100 * c.f1(),
                c.truePositives(), c.falsePositives(), c.falseNegatives());
    }
}
