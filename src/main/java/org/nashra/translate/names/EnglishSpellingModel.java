package org.nashra.translate.names;

import java.util.Collection;

/**
 * How English a spelling looks: a letter n-gram model (interpolated Witten-Bell) of the English names the
 * lexicon gives. The joint-sequence model sees a few Arabic letters of context, so among its best spellings
 * of a name never seen it often ranks one no English name is written like ({@code paorman}) above one many
 * are ({@code bowerman}); scored by this model too, the English-looking one comes first.
 *
 * <p>Built from the lexicon's spellings when a {@link Transliterator} is made, so the model file does not grow;
 * only the letters a to z are modelled, anything else ends a spelling's scoring at the lowest probability.
 * Immutable once built, and safe to share between threads.
 */
final class EnglishSpellingModel {

    static final int ORDER = 6;
    /** a–z, then the end of a spelling; the start is padding that is never predicted. */
    private static final int SYMBOLS = 28;
    private static final int START = 26;
    private static final int END = 27;
    private static final double FLOOR = 1.0 / SYMBOLS;
    private static final int BITS = 5;

    private final JointSequenceModel.LongCounts ngrams;
    private final JointSequenceModel.LongCounts contexts;
    private final JointSequenceModel.LongCounts contextTypes;

    private EnglishSpellingModel(JointSequenceModel.LongCounts ngrams, JointSequenceModel.LongCounts contexts,
                                 JointSequenceModel.LongCounts contextTypes) {
        this.ngrams = ngrams;
        this.contexts = contexts;
        this.contextTypes = contextTypes;
    }

    /** A model of these spellings, each counted once (lowercase a–z; others are skipped). */
    static EnglishSpellingModel of(Collection<String> spellings) {
        // The tables grow as they fill: the lexicon's 42,590 spellings give about 322,000 n-grams of 151,000
        // contexts, some 27 MB of tables, where sizing them for the worst case took 150 MB at once.
        int expected = Math.max(16, spellings.size());
        JointSequenceModel.LongCounts ngrams = new JointSequenceModel.LongCounts(expected * 4);
        JointSequenceModel.LongCounts contexts = new JointSequenceModel.LongCounts(expected * 2);
        JointSequenceModel.LongCounts contextTypes = new JointSequenceModel.LongCounts(expected * 2);
        for (String spelling : spellings) {
            int[] symbols = padded(spelling);
            if (symbols == null) continue;
            for (int at = ORDER - 1; at < symbols.length; at++) {
                for (int k = 1; k <= ORDER; k++) {
                    long context = key(symbols, at - k + 1, k - 1);
                    if (ngrams.add(extend(context, k - 1, symbols[at]), 1) == 1) contextTypes.add(context, 1);
                    contexts.add(context, 1);
                }
            }
        }
        return new EnglishSpellingModel(ngrams, contexts, contextTypes);
    }

    /** The natural log of the spelling's probability; a spelling with letters outside a–z scores the floor. */
    double logProbability(String spelling) {
        int[] symbols = padded(spelling);
        if (symbols == null) return (spelling.length() + 1) * Math.log(FLOOR);
        double sum = 0;
        for (int at = ORDER - 1; at < symbols.length; at++) sum += Math.log(probability(symbols, at));
        return sum;
    }

    /** P(symbol at {@code at} | the ORDER-1 before it), each order interpolated with the one below. */
    private double probability(int[] symbols, int at) {
        double p = FLOOR;
        for (int k = 0; k < ORDER; k++) {
            long context = key(symbols, at - k, k);
            int seen = contexts.get(context, 0);
            if (seen == 0) break;
            int types = contextTypes.get(context, 0);
            int count = ngrams.get(extend(context, k, symbols[at]), 0);
            p = (count + types * p) / (seen + types);
        }
        return p;
    }

    /** The spelling as symbols, with ORDER-1 starts before and the end after; null if it has other letters. */
    private static int[] padded(String spelling) {
        int[] symbols = new int[ORDER - 1 + spelling.length() + 1];
        java.util.Arrays.fill(symbols, 0, ORDER - 1, START);
        for (int i = 0; i < spelling.length(); i++) {
            char c = spelling.charAt(i);
            if (c < 'a' || c > 'z') return null;
            symbols[ORDER - 1 + i] = c - 'a';
        }
        symbols[symbols.length - 1] = END;
        return symbols;
    }

    /** A key for {@code length} symbols from {@code from}, its length in the top bits so that orders never meet. */
    private static long key(int[] symbols, int from, int length) {
        long key = 0;
        for (int i = 0; i < length; i++) key = (key << BITS) | symbols[from + i];
        return ((long) length << 60) | key;
    }

    private static long extend(long context, int length, int symbol) {
        long symbolsPart = context & ((1L << 60) - 1);
        return ((long) (length + 1) << 60) | (symbolsPart << BITS) | symbol;
    }
}
