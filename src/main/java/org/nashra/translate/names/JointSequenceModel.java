package org.nashra.translate.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A joint-sequence transliteration model (Bisani &amp; Ney 2008, as used for grapheme-to-phoneme):
 * every Arabic letter is paired with the English string it produced (often a consonant plus the short
 * vowel Arabic leaves unwritten), the pairs are learnt by EM alignment, and an n-gram model over
 * the pairs, Witten-Bell smoothed, scores whole spellings. Decoding is a beam search over the pairs
 * available for each Arabic letter; equal spellings reached by different paths pool their probability.
 */
final class JointSequenceModel {

    static final int MAX_ENGLISH_PER_LETTER = 4;
    private static final int BOS = 0;
    private static final int EOS = 1;
    private static final int BITS = 15;
    private static final int BEAM = 48;
    private static final int MIN_CANDIDATE_COUNT = 2;

    private final int order;
    private final List<String> unitArabic;   // by unit id; ids 0 and 1 are the sentence marks
    private final List<String> unitEnglish;
    private final Map<Character, int[]> unitsByLetter;
    private final LongCounts ngramTable;
    private final LongCounts contextCountTable;
    private final LongCounts contextTypeTable;

    private JointSequenceModel(int order, List<String> unitArabic, List<String> unitEnglish,
                               LongCounts topOrderCounts) {
        this.order = order;
        this.unitArabic = List.copyOf(unitArabic);
        this.unitEnglish = List.copyOf(unitEnglish);
        if (unitArabic.size() >= (1 << BITS)) throw new IllegalArgumentException("too many units");
        if (order < 1 || order > 4) throw new IllegalArgumentException("order must be 1 to 4: " + order);
        // Counted in primitive tables: Long keys in maps took tens of MiB, and their hash codes collide so
        // often that the maps' bins turned into trees (loading the shipped model took a second).
        LongCounts ngramCounts = new LongCounts(topOrderCounts.size() * 2);
        LongCounts contextCounts = new LongCounts(topOrderCounts.size());
        LongCounts contextTypes = new LongCounts(topOrderCounts.size());
        // Every lower-order n-gram occurrence is the suffix of exactly one padded top-order occurrence.
        topOrderCounts.forEach((key, count) -> {
            int[] ids = decodeAny(key);
            for (int k = 1; k <= order; k++) {
                int from = ids.length - k;
                long contextKey = encode(ids, from, k - 1);
                if (ngramCounts.add(encode(ids, from, k), count) == count) contextTypes.add(contextKey, 1);
                contextCounts.add(contextKey, count);
            }
        });
        // Pairs seen once are mostly alignment noise; dropping them as candidates keeps decoding fast.
        Map<Character, List<Integer>> byLetter = new TreeMap<>();
        for (int id = 2; id < unitArabic.size(); id++) {
            if (ngramCounts.get(encode(new int[] {id}), 0) >= MIN_CANDIDATE_COUNT) {
                byLetter.computeIfAbsent(unitArabic.get(id).charAt(0), k -> new ArrayList<>()).add(id);
            }
        }
        Map<Character, int[]> arrays = new HashMap<>();
        byLetter.forEach((letter, ids) -> arrays.put(letter, ids.stream().mapToInt(Integer::intValue).toArray()));
        this.unitsByLetter = arrays;
        this.ngramTable = ngramCounts;
        this.contextCountTable = contextCounts;
        this.contextTypeTable = contextTypes;
    }

    @FunctionalInterface
    interface KeyAndCount {
        void accept(long key, int count);
    }

    /**
     * Counts by n-gram key, growing as keys come, with open addressing and a mixed hash: the keys pack ids
     * into bit fields, whose {@code Long.hashCode} collides so often that {@code HashMap} bins turn into
     * trees, and decoding asks for them millions of times. Only read once the model is made.
     */
    static final class LongCounts {
        private long[] keys;
        private int[] values;
        private boolean[] used;
        private int size;

        LongCounts(int expected) {
            int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
            keys = new long[capacity];
            values = new int[capacity];
            used = new boolean[capacity];
        }

        /** Adds {@code delta} to the count of {@code key} (0 when new) and gives the new count. */
        int add(long key, int delta) {
            int mask = keys.length - 1;
            int slot = slot(key, mask);
            while (used[slot]) {
                if (keys[slot] == key) return values[slot] += delta;
                slot = (slot + 1) & mask;
            }
            used[slot] = true;
            keys[slot] = key;
            values[slot] = delta;
            if (++size * 2 > keys.length) grow();
            return delta;
        }

        int get(long key, int missing) {
            int mask = keys.length - 1;
            for (int slot = slot(key, mask); used[slot]; slot = (slot + 1) & mask) {
                if (keys[slot] == key) return values[slot];
            }
            return missing;
        }

        int size() {
            return size;
        }

        /** Hands every key and its count to {@code action}, in no particular order. */
        void forEach(KeyAndCount action) {
            for (int slot = 0; slot < keys.length; slot++) {
                if (used[slot]) action.accept(keys[slot], values[slot]);
            }
        }

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 29) ^ (h >>> 47)) & mask;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            boolean[] oldUsed = used;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            used = new boolean[oldKeys.length * 2];
            size = 0;
            for (int slot = 0; slot < oldKeys.length; slot++) {
                if (oldUsed[slot]) add(oldKeys[slot], oldValues[slot]);
            }
        }
    }

    /** A trained model and the training pairs it judged to be noise (not transliterations of each other). */
    record Trained(JointSequenceModel model, java.util.Set<String> noise) {}

    /**
     * Trains on pairs of (light-form Arabic token, lowercase English token). After EM, the pairs whose best
     * alignment is least probable per letter (the worst {@code noiseShare}) are dropped as noise: name lists
     * hold translations and misaligned labels ({@code الأمير} "consort", {@code تشارلز} "sr") as well as spellings.
     */
    static Trained train(List<String[]> allPairs, int order, int emIterations, double noiseShare) {
        Map<String, Double> probabilities = initialUnitProbabilities(allPairs);
        for (int iteration = 0; iteration < emIterations; iteration++) {
            probabilities = expectationMaximisation(allPairs, probabilities);
        }
        List<double[]> perLetter = new ArrayList<>();
        for (int i = 0; i < allPairs.size(); i++) {
            String[] pair = allPairs.get(i);
            double score = viterbiScore(pair[0], pair[1], probabilities);
            perLetter.add(new double[] {score / pair[0].length(), i});
        }
        perLetter.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        java.util.Set<String> noise = new java.util.TreeSet<>();
        int dropped = (int) Math.round(noiseShare * allPairs.size());
        for (int k = 0; k < dropped; k++) {
            String[] pair = allPairs.get((int) perLetter.get(k)[1]);
            noise.add(pair[0] + "\t" + pair[1]);
        }
        List<String[]> pairs = allPairs.stream().filter(p -> !noise.contains(p[0] + "\t" + p[1])).toList();
        probabilities = expectationMaximisation(pairs, probabilities);
        List<String> unitArabic = new ArrayList<>(List.of("<s>", "</s>"));
        List<String> unitEnglish = new ArrayList<>(List.of("", ""));
        Map<String, Integer> unitIds = new HashMap<>();
        LongCounts topCounts = new LongCounts(allPairs.size() * 8);
        for (String[] pair : pairs) {
            List<String> units = viterbi(pair[0], pair[1], probabilities);
            if (units == null) continue;
            int[] padded = new int[order - 1 + units.size() + 1];
            Arrays.fill(padded, 0, order - 1, BOS);
            for (int i = 0; i < units.size(); i++) {
                String unit = units.get(i);
                Integer id = unitIds.get(unit);
                if (id == null) {
                    id = unitArabic.size();
                    unitIds.put(unit, id);
                    int tab = unit.indexOf('\t');
                    unitArabic.add(unit.substring(0, tab));
                    unitEnglish.add(unit.substring(tab + 1));
                }
                padded[order - 1 + i] = id;
            }
            padded[padded.length - 1] = EOS;
            for (int end = order; end <= padded.length; end++) {
                topCounts.add(encode(padded, end - order, order), 1);
            }
        }
        return new Trained(new JointSequenceModel(order, unitArabic, unitEnglish, topCounts), noise);
    }

    private static double viterbiScore(String ar, String en, Map<String, Double> p) {
        List<String> units = viterbi(ar, en, p);
        if (units == null) return -1e9;
        double score = 0;
        for (String unit : units) score += Math.log(p.get(unit));
        return score;
    }

    private static Map<String, Double> initialUnitProbabilities(List<String[]> pairs) {
        Map<String, Double> counts = new HashMap<>();
        for (String[] pair : pairs) {
            String ar = pair[0];
            String en = pair[1];
            for (int i = 0; i < ar.length(); i++) {
                for (int j = 0; j <= en.length(); j++) {
                    for (int len = 0; len <= MAX_ENGLISH_PER_LETTER && j + len <= en.length(); len++) {
                        counts.merge(ar.charAt(i) + "\t" + en.substring(j, j + len), 1.0, Double::sum);
                    }
                }
            }
        }
        return normalise(counts);
    }

    private static Map<String, Double> normalise(Map<String, Double> counts) {
        double total = counts.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> result = new HashMap<>();
        counts.forEach((unit, count) -> result.put(unit, count / total));
        return result;
    }

    private static Map<String, Double> expectationMaximisation(List<String[]> pairs, Map<String, Double> p) {
        Map<String, Double> expected = new HashMap<>();
        for (String[] pair : pairs) {
            String ar = pair[0];
            String en = pair[1];
            int n = ar.length();
            int m = en.length();
            double[][] forward = new double[n + 1][m + 1];
            double[][] backward = new double[n + 1][m + 1];
            forward[0][0] = 1;
            for (int i = 1; i <= n; i++) {
                for (int j = 0; j <= m; j++) {
                    double sum = 0;
                    for (int len = 0; len <= MAX_ENGLISH_PER_LETTER && len <= j; len++) {
                        if (forward[i - 1][j - len] == 0) continue;
                        sum += forward[i - 1][j - len] * p.getOrDefault(ar.charAt(i - 1) + "\t" + en.substring(j - len, j), 0.0);
                    }
                    forward[i][j] = sum;
                }
            }
            double total = forward[n][m];
            if (total <= 0 || Double.isNaN(total)) continue;
            backward[n][m] = 1;
            for (int i = n - 1; i >= 0; i--) {
                for (int j = 0; j <= m; j++) {
                    double sum = 0;
                    for (int len = 0; len <= MAX_ENGLISH_PER_LETTER && j + len <= m; len++) {
                        if (backward[i + 1][j + len] == 0) continue;
                        sum += backward[i + 1][j + len] * p.getOrDefault(ar.charAt(i) + "\t" + en.substring(j, j + len), 0.0);
                    }
                    backward[i][j] = sum;
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= m; j++) {
                    if (forward[i][j] == 0) continue;
                    for (int len = 0; len <= MAX_ENGLISH_PER_LETTER && j + len <= m; len++) {
                        String unit = ar.charAt(i) + "\t" + en.substring(j, j + len);
                        double posterior = forward[i][j] * p.getOrDefault(unit, 0.0) * backward[i + 1][j + len] / total;
                        if (posterior > 1e-12) expected.merge(unit, posterior, Double::sum);
                    }
                }
            }
        }
        return normalise(expected);
    }

    private static List<String> viterbi(String ar, String en, Map<String, Double> p) {
        int n = ar.length();
        int m = en.length();
        double[][] best = new double[n + 1][m + 1];
        int[][] back = new int[n + 1][m + 1];
        for (double[] row : best) Arrays.fill(row, Double.NEGATIVE_INFINITY);
        best[0][0] = 0;
        for (int i = 1; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                for (int len = 0; len <= MAX_ENGLISH_PER_LETTER && len <= j; len++) {
                    double prior = best[i - 1][j - len];
                    if (prior == Double.NEGATIVE_INFINITY) continue;
                    Double unit = p.get(ar.charAt(i - 1) + "\t" + en.substring(j - len, j));
                    if (unit == null || unit <= 0) continue;
                    double score = prior + Math.log(unit);
                    if (score > best[i][j]) {
                        best[i][j] = score;
                        back[i][j] = len;
                    }
                }
            }
        }
        if (best[n][m] == Double.NEGATIVE_INFINITY) return null;
        String[] units = new String[n];
        int j = m;
        for (int i = n; i >= 1; i--) {
            int len = back[i][j];
            units[i - 1] = ar.charAt(i - 1) + "\t" + en.substring(j - len, j);
            j -= len;
        }
        return List.of(units);
    }

    /** The most probable English spellings of a light-form Arabic token, best first. */
    List<Scored> decode(String arabic, int limit) {
        record Hypothesis(int[] history, String english, double logProb) {}
        List<Hypothesis> beam = new ArrayList<>();
        int[] start = new int[order - 1];
        Arrays.fill(start, BOS);
        beam.add(new Hypothesis(start, "", 0));
        for (int i = 0; i < arabic.length(); i++) {
            int[] candidates = unitsByLetter.get(arabic.charAt(i));
            if (candidates == null) continue; // a letter never seen in training is left silent
            Map<String, Hypothesis> next = new HashMap<>();
            for (Hypothesis hypothesis : beam) {
                for (int unit : candidates) {
                    double logProb = hypothesis.logProb + Math.log(probability(hypothesis.history, unit));
                    int[] history = shift(hypothesis.history, unit);
                    String english = hypothesis.english + unitEnglish.get(unit);
                    String state = Arrays.toString(history) + english;
                    Hypothesis existing = next.get(state);
                    if (existing == null || existing.logProb < logProb) {
                        next.put(state, new Hypothesis(history, english, logProb));
                    }
                }
            }
            beam = new ArrayList<>(next.values());
            beam.sort((a, b) -> a.logProb != b.logProb ? Double.compare(b.logProb, a.logProb) : a.english.compareTo(b.english));
            if (beam.size() > BEAM) beam = new ArrayList<>(beam.subList(0, BEAM));
        }
        Map<String, Double> pooled = new TreeMap<>();
        for (Hypothesis hypothesis : beam) {
            double logProb = hypothesis.logProb + Math.log(probability(hypothesis.history, EOS));
            pooled.merge(hypothesis.english, Math.exp(logProb), Double::sum);
        }
        List<Scored> scored = new ArrayList<>();
        pooled.forEach((english, probability) -> scored.add(new Scored(english, probability)));
        scored.sort((a, b) -> a.probability() != b.probability()
                ? Double.compare(b.probability(), a.probability()) : a.english().compareTo(b.english()));
        return List.copyOf(scored.subList(0, Math.min(limit, scored.size())));
    }

    record Scored(String english, double probability) {}

    private int[] shift(int[] history, int unit) {
        if (history.length == 0) return history;
        int[] shifted = Arrays.copyOfRange(history, 1, history.length + 1);
        shifted[shifted.length - 1] = unit;
        return shifted;
    }

    /** Interpolated Witten-Bell estimate of unit given the last order-1 units. */
    private double probability(int[] history, int unit) {
        double p = 1.0 / unitArabic.size();
        for (int k = 0; k < order; k++) {
            int[] context = Arrays.copyOfRange(history, history.length - k, history.length);
            long contextKey = encode(context);
            int contextCount = contextCountTable.get(contextKey, -1);
            if (contextCount < 0) break;
            int types = contextTypeTable.get(contextKey, 0);
            int[] gram = Arrays.copyOf(context, k + 1);
            gram[k] = unit;
            int count = ngramTable.get(encode(gram), 0);
            p = (count + types * p) / (contextCount + types);
        }
        return p;
    }

    private static long encode(int[] ids) {
        return encode(ids, 0, ids.length);
    }

    /** The key of the {@code length} ids from {@code from}: the length, then each id in {@link #BITS} bits. */
    private static long encode(int[] ids, int from, int length) {
        long key = length;
        for (int i = from; i < from + length; i++) key = (key << BITS) | ids[i];
        return key;
    }

    void write(Writer out) throws IOException {
        out.write("order\t" + order + "\n");
        out.write("units\t" + unitArabic.size() + "\n");
        for (int id = 2; id < unitArabic.size(); id++) {
            out.write(unitArabic.get(id) + "\t" + unitEnglish.get(id) + "\n");
        }
        Map<String, Integer> sorted = new TreeMap<>();
        ngramTable.forEach((key, count) -> {
            int[] ids = decodeAny(key);
            if (ids.length == order) sorted.put(join(ids), count);
        });
        out.write("ngrams\t" + sorted.size() + "\n");
        for (Map.Entry<String, Integer> entry : sorted.entrySet()) {
            out.write(entry.getKey() + "\t" + entry.getValue() + "\n");
        }
    }

    static JointSequenceModel read(BufferedReader in) throws IOException {
        int order = Integer.parseInt(in.readLine().split("\t")[1]);
        int unitCount = Integer.parseInt(in.readLine().split("\t")[1]);
        List<String> unitArabic = new ArrayList<>(List.of("<s>", "</s>"));
        List<String> unitEnglish = new ArrayList<>(List.of("", ""));
        for (int id = 2; id < unitCount; id++) {
            String line = in.readLine();
            int tab = line.indexOf('\t');
            unitArabic.add(line.substring(0, tab));
            unitEnglish.add(line.substring(tab + 1));
        }
        int grams = Integer.parseInt(in.readLine().split("\t")[1]);
        LongCounts counts = new LongCounts(grams);
        int[] gram = new int[order];
        for (int g = 0; g < grams; g++) {
            // "id id id id<TAB>count", read without splitting: a model holds some hundred thousand lines.
            String line = in.readLine();
            int tab = line.indexOf('\t');
            int length = 0;
            int value = 0;
            for (int i = 0; i < tab; i++) {
                char c = line.charAt(i);
                if (c == ' ' && length < order - 1) {
                    gram[length++] = value;
                    value = 0;
                } else if (c >= '0' && c <= '9') {
                    value = value * 10 + (c - '0');
                } else {
                    throw new IOException("not an n-gram line: " + line);
                }
            }
            gram[length++] = value;
            counts.add(encode(gram, 0, length), Integer.parseInt(line, tab + 1, line.length(), 10));
        }
        return new JointSequenceModel(order, unitArabic, unitEnglish, counts);
    }

    private static int[] decodeAny(long key) {
        // the length is the leading value above length*BITS bits; try each possible length
        for (int length = 0; length <= 4; length++) {
            if ((key >>> (BITS * length)) == length) {
                int[] ids = new int[length];
                long rest = key;
                for (int i = length - 1; i >= 0; i--) {
                    ids[i] = (int) (rest & ((1 << BITS) - 1));
                    rest >>>= BITS;
                }
                return ids;
            }
        }
        throw new IllegalStateException("bad n-gram key " + key);
    }

    private static String join(int[] ids) {
        StringBuilder out = new StringBuilder();
        for (int id : ids) {
            if (out.length() > 0) out.append(' ');
            out.append(id);
        }
        return out.toString();
    }
}
