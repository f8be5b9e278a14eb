package org.nashra.extract.entities;

import java.util.Map;

import opennlp.tools.ml.model.Context;

/**
 * A perceptron model's feature weights, laid out for lookup by feature name: what {@code Map<String, Context>}
 * holds, read with two memory accesses instead of half a dozen.
 *
 * <p>The model's map holds about 150,000 features, far more than the processor's caches; a lookup there reads
 * the table, a node, the key and its characters, the context and its two arrays, each likely a cache miss, and
 * the name finder makes one for every feature of every word. Here a feature is found by a 64-bit hash of its
 * name in one array (its slot holds the hash and where its weights start) and its weights, outcome and
 * parameter side by side in model order, in a second. Names are not kept: a feature the model lacks is taken for
 * one it has only when their 64-bit hashes agree, about once in 10<sup>13</sup> lookups for a model of this
 * size; the model's own names are checked for such agreement when the table is made, which then uses another
 * hash seed.
 */
final class FeatureWeights {

    private static final long EMPTY = 0;

    private final long seed;
    private final int mask;
    /** Two longs a slot: the feature's hash (never {@link #EMPTY}), then where its weights start and how many. */
    private final long[] slots;
    /** Outcome index and parameter, pair after pair, as the context lists them. */
    private final double[] weights;

    private FeatureWeights(long seed, int mask, long[] slots, double[] weights) {
        this.seed = seed;
        this.mask = mask;
        this.slots = slots;
        this.weights = weights;
    }

    /** The weights of {@code predicates}, a perceptron model's features by name. */
    static FeatureWeights of(Map<String, Context> predicates) {
        for (long seed = 0; ; seed++) {
            FeatureWeights table = tryOf(predicates, seed);
            if (table != null) return table;
        }
    }

    /** The table with names hashed from {@code seed}, or null when two of the model's names hash alike. */
    private static FeatureWeights tryOf(Map<String, Context> predicates, long seed) {
        int capacity = Integer.highestOneBit(Math.max(4, predicates.size() * 3));
        int mask = capacity - 1;
        long[] slots = new long[capacity * 2];
        int pairs = 0;
        for (Context context : predicates.values()) pairs += context.getOutcomes().length;
        double[] weights = new double[pairs * 2];
        int next = 0;
        for (Map.Entry<String, Context> feature : predicates.entrySet()) {
            long hash = hash(feature.getKey(), seed);
            int slot = (int) hash & mask;
            while (slots[slot * 2] != EMPTY) {
                if (slots[slot * 2] == hash) return null;
                slot = (slot + 1) & mask;
            }
            int[] outcomes = feature.getValue().getOutcomes();
            double[] parameters = feature.getValue().getParameters();
            slots[slot * 2] = hash;
            slots[slot * 2 + 1] = (long) next << 32 | outcomes.length;
            for (int a = 0; a < outcomes.length; a++) {
                weights[next++] = outcomes[a];
                weights[next++] = parameters[a];
            }
        }
        return new FeatureWeights(seed, mask, slots, weights);
    }

    /**
     * Adds the feature's parameters to {@code sums} by outcome, in the order the model lists them, as {@code
     * ArrayMath.sumFeatures} does for a feature of value 1; nothing when the model lacks the feature.
     */
    void addTo(double[] sums, String feature) {
        long hash = hash(feature, seed);
        int slot = (int) hash & mask;
        long found;
        while ((found = slots[slot * 2]) != hash) {
            if (found == EMPTY) return;
            slot = (slot + 1) & mask;
        }
        long where = slots[slot * 2 + 1];
        int start = (int) (where >>> 32);
        int end = start + 2 * (int) where;
        for (int w = start; w < end; w += 2) sums[(int) weights[w]] += weights[w + 1];
    }

    /** FNV-1a over the characters, then MurmurHash3's finaliser so that the low bits pick slots evenly; never {@link #EMPTY}. */
    static long hash(String name, long seed) {
        long h = 0xcbf29ce484222325L ^ seed * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < name.length(); i++) {
            h = (h ^ name.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == EMPTY ? 1 : h;
    }
}
