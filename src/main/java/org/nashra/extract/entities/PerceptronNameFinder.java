package org.nashra.extract.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Supplier;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * What {@link NameFinderME} finds with a perceptron model whose word features are cached per sentence (the
 * descriptor's {@code cache="true"}), found with less work: the same spans, with the same probabilities but for
 * the last bits of rounding.
 *
 * <p>NameFinderME's beam search asks for every hypothesis's features at every word and looks each one up in
 * the model, although only the last four ({@code DefaultNameContextGenerator}'s previous-outcome features) differ
 * between hypotheses. Here a word's features are looked up and summed once; each hypothesis then adds its
 * previous-outcome features. Most of a word's features come from generators that give them by word and offset
 * ({@link WindowFeatures}): for each word met, the sums of its own features and of those it gives a word at each
 * offset are kept, so a word's sum is a few of those rows added up, plus the features of more than one word.
 * The same weights are added as NameFinderME adds, in another order, so a probability may differ from
 * NameFinderME's in its last bits; the same input always gives the same output. The weights are looked up in
 * {@link FeatureWeights}, laid out for the purpose, rather than in the model's map. Hypotheses are a chain back to
 * the sentence start instead of lists copied at every word. The search itself (beam, pruning, validator, the
 * priority queue's order among equal scores) is {@link BeamSearch}'s, step for step; {@code
 * PerceptronNameFinderTest} holds it to NameFinderME on real sentences.
 *
 * <p>Not thread-safe, as NameFinderME is not.
 */
final class PerceptronNameFinder implements TokenNameFinder {

    /** TokenNameFinderModel's entry for the classifier (private there). */
    private static final String CLASSIFIER_ENTRY = "nameFinder.model";
    /** BeamSearch's floor for a hypothesis's log score. */
    private static final double MIN_SEQUENCE_SCORE = -100000;
    /**
     * How many words' rows a finder keeps, the least recently met given up first: news text repeats its common
     * words, and a row is about 600 bytes with the bundled model (nine outcomes, seven offsets), so this many take
     * about 10 MiB.
     */
    private static final int WORDS_KEPT = 1 << 14;

    private final AdaptiveFeatureGenerator wordFeatures;
    /** The generators that give their features by word and offset, and the others, asked word by word. */
    private final List<WindowFeatures> windowed = new ArrayList<>();
    private final List<AdaptiveFeatureGenerator> others = new ArrayList<>();
    /** The farthest offset any {@link #windowed} generator reaches. */
    private final int reach;
    /**
     * By word, for offsets -{@link #reach} to {@link #reach}, one after the other: the summed weights of the
     * features the word gives the word at that offset from it (offset 0: its own). For as long as the finder lives.
     */
    private final Map<String, double[]> rowsByWord = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
            return size() > WORDS_KEPT;
        }
    };
    /** As a word's row, for a position outside the sentence. */
    private final double[] edgeRow;
    private final FeatureWeights weights;
    private final String[] outcomes;
    private final int beamSize;
    private final SequenceCodec<String> codec;
    private final SequenceValidator<String> validator;
    /** The previous-outcome features that need no word, by outcome index; the last entry is for "other" before the sentence. */
    private final Context[] previousOutcome;
    private final Context[] outcomeBeforePrevious;

    private PerceptronNameFinder(TokenNameFinderModel model, Map<String, Context> predicates, FeatureWeights weights,
                                 String[] outcomes, AdaptiveFeatureGenerator wordFeatures) {
        this.wordFeatures = wordFeatures;
        List<AdaptiveFeatureGenerator> parts = wordFeatures instanceof AggregatedFeatureGenerator aggregated
                ? List.copyOf(aggregated.getGenerators()) : List.of(wordFeatures);
        int farthest = 0;
        for (AdaptiveFeatureGenerator part : parts) {
            if (part instanceof WindowFeatures window) {
                windowed.add(window);
                farthest = Math.max(farthest, window.window());
            } else {
                others.add(part);
            }
        }
        this.reach = farthest;
        this.weights = weights;
        this.outcomes = outcomes.clone();
        String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        this.beamSize = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
        this.codec = model.getFactory().createSequenceCodec();
        this.validator = codec.createSequenceValidator();
        this.previousOutcome = new Context[outcomes.length + 1];
        this.outcomeBeforePrevious = new Context[outcomes.length + 1];
        for (int o = 0; o <= outcomes.length; o++) {
            String name = o < outcomes.length ? outcomes[o] : NameFinderME.OTHER;
            previousOutcome[o] = predicates.get("po=" + name);
            outcomeBeforePrevious[o] = predicates.get("ppo=" + name);
        }
        this.edgeRow = row(null, new ArrayList<>());
    }

    /**
     * Makes finders for {@code model}, one per thread, sharing the model's weights; null when the model is not one
     * this finder reproduces (another classifier, another factory, or word features not cached per sentence).
     * NameFinderME serves those.
     */
    static Supplier<PerceptronNameFinder> finders(TokenNameFinderModel model) {
        if (model.getFactory().getClass() != TokenNameFinderFactory.class) return null;
        if (!(model.getArtifact(CLASSIFIER_ENTRY) instanceof PerceptronModel classifier)) return null;
        if (!(model.getFactory().createFeatureGenerators() instanceof CachedFeatureGenerator)) return null;
        Object[] data = classifier.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        String[] outcomes = (String[]) data[2];
        FeatureWeights weights = FeatureWeights.of(predicates);
        return () -> new PerceptronNameFinder(model, predicates, weights, outcomes,
                ((CachedFeatureGenerator) model.getFactory().createFeatureGenerators()).getCachedFeatureGenerator());
    }

    /** One finder for {@code model}, or null as for {@link #finders}. */
    static PerceptronNameFinder forModel(TokenNameFinderModel model) {
        Supplier<PerceptronNameFinder> finders = finders(model);
        return finders == null ? null : finders.get();
    }

    @Override
    public Span[] find(String[] tokens) {
        Hypothesis best = bestSequence(tokens);
        List<String> names = new ArrayList<>(tokens.length);
        double[] probabilities = new double[tokens.length];
        for (Hypothesis h = best; h.previous != null; h = h.previous) {
            names.add(outcomes[h.outcome]);
            probabilities[h.length - 1] = h.probability;
        }
        Collections.reverse(names);
        wordFeatures.updateAdaptiveData(tokens, names.toArray(String[]::new));
        Span[] spans = codec.decode(names);
        for (int s = 0; s < spans.length; s++) {
            double p = 0;
            for (int i = spans[s].getStart(); i < spans[s].getEnd(); i++) p += probabilities[i];
            spans[s] = new Span(spans[s], p / spans[s].length());
        }
        return spans;
    }

    @Override
    public void clearAdaptiveData() {
        wordFeatures.clearAdaptiveData();
    }

    /** BeamSearch.bestSequences for one sequence, with scores from {@link #score}. */
    private Hypothesis bestSequence(String[] tokens) {
        PriorityQueue<Hypothesis> previous = new PriorityQueue<>(beamSize);
        PriorityQueue<Hypothesis> next = new PriorityQueue<>(beamSize);
        previous.add(Hypothesis.START);
        List<String> features = new ArrayList<>();
        double[][] rows = new double[tokens.length][];
        for (int j = 0; j < tokens.length && !windowed.isEmpty(); j++) rows[j] = rowOf(tokens[j], features);
        double[] wordSums = new double[outcomes.length];
        for (int i = 0; i < tokens.length; i++) {
            int tops = Math.min(beamSize, previous.size());
            String powSuffix = "," + tokens[i];
            String powfSuffix = "," + FeatureGeneratorUtil.tokenFeature(tokens[i]);
            for (int t = 0; !previous.isEmpty() && t < tops; t++) {
                Hypothesis top = previous.remove();
                String[] sofar = top.outcomeNames(outcomes);
                if (t == 0) wordSums(wordSums, features, rows, tokens, i, sofar);
                double[] scores = score(wordSums, top, i, powSuffix, powfSuffix);
                double[] sorted = scores.clone();
                Arrays.sort(sorted);
                double min = sorted[Math.max(0, scores.length - beamSize)];
                for (int p = 0; p < scores.length; p++) {
                    if (scores[p] >= min) extend(next, top, p, scores[p], i, tokens, sofar);
                }
                if (next.isEmpty()) {
                    for (int p = 0; p < scores.length; p++) extend(next, top, p, scores[p], i, tokens, sofar);
                }
            }
            previous.clear();
            PriorityQueue<Hypothesis> swap = previous;
            previous = next;
            next = swap;
        }
        return previous.remove();
    }

    /**
     * Sets {@code sums} to the summed weights of the features of the word at {@code i}: its own row's and its
     * neighbours' rows at their offsets (or the edge's), then the features of more than one word and those of the
     * generators that give no rows.
     */
    private void wordSums(double[] sums, List<String> features, double[][] rows, String[] tokens, int i, String[] sofar) {
        int width = outcomes.length;
        if (windowed.isEmpty()) {
            Arrays.fill(sums, 0);
        } else {
            System.arraycopy(rows[i], reach * width, sums, 0, width);
            for (int offset = -reach; offset <= reach; offset++) {
                if (offset == 0) continue;
                int j = i + offset;
                double[] row = j < 0 || j >= tokens.length ? edgeRow : rows[j];
                int from = (offset + reach) * width;
                for (int o = 0; o < width; o++) sums[o] += row[from + o];
            }
        }
        features.clear();
        for (WindowFeatures window : windowed) window.jointFeatures(features, tokens, i);
        for (AdaptiveFeatureGenerator other : others) other.createFeatures(features, tokens, i, sofar);
        for (String feature : features) weights.addTo(sums, feature);
    }

    /** The word's row, kept or made. */
    private double[] rowOf(String word, List<String> features) {
        double[] row = rowsByWord.get(word);
        if (row == null) {
            row = row(word, features);
            rowsByWord.put(word, row);
        }
        return row;
    }

    /** The row of {@code word}, or of the sentence's edge when it is null. */
    private double[] row(String word, List<String> features) {
        int width = outcomes.length;
        double[] row = new double[(2 * reach + 1) * width];
        double[] part = new double[width];
        for (int offset = -reach; offset <= reach; offset++) {
            features.clear();
            for (WindowFeatures window : windowed) {
                if (word == null) {
                    if (offset != 0) window.edgeFeatures(features, offset);
                } else if (offset == 0) {
                    window.wordFeatures(features, word);
                } else {
                    window.neighbourFeatures(features, word, offset);
                }
            }
            Arrays.fill(part, 0);
            for (String feature : features) weights.addTo(part, feature);
            System.arraycopy(part, 0, row, (offset + reach) * width, width);
        }
        return row;
    }

    private void extend(PriorityQueue<Hypothesis> next, Hypothesis top, int outcome, double probability, int i,
                        String[] tokens, String[] sofar) {
        if (!validator.validSequence(i, tokens, sofar, outcomes[outcome])) return;
        Hypothesis extended = new Hypothesis(top, outcome, probability);
        if (extended.score > MIN_SEQUENCE_SCORE) next.add(extended);
    }

    /**
     * PerceptronModel.eval of the word's features and DefaultNameContextGenerator's po, pow, powf and ppo: the
     * word's sums, then those four.
     */
    private double[] score(double[] wordSums, Hypothesis top, int i, String powSuffix, String powfSuffix) {
        double[] sums = wordSums.clone();
        int other = outcomes.length;
        int po = i > 0 ? top.outcome : other;
        int ppo = i > 1 ? top.previous.outcome : other;
        String poName = po == other ? NameFinderME.OTHER : outcomes[po];
        add(sums, previousOutcome[po]);
        weights.addTo(sums, "pow=" + poName + powSuffix);
        weights.addTo(sums, "powf=" + poName + powfSuffix);
        add(sums, outcomeBeforePrevious[ppo]);
        double max = 1;
        for (double sum : sums) {
            if (max < StrictMath.abs(sum)) max = StrictMath.abs(sum);
        }
        double normal = 0.0;
        for (int o = 0; o < sums.length; o++) {
            sums[o] = StrictMath.exp(sums[o] / max);
            normal += sums[o];
        }
        for (int o = 0; o < sums.length; o++) sums[o] /= normal;
        return sums;
    }

    /** ArrayMath.sumFeatures for one feature of value 1. */
    private static void add(double[] sums, Context context) {
        if (context == null) return;
        int[] active = context.getOutcomes();
        double[] parameters = context.getParameters();
        for (int a = 0; a < active.length; a++) sums[active[a]] += parameters[a];
    }

    /** A sequence of outcomes as a chain back to the empty one, ordered as OpenNLP's Sequence: higher score first. */
    private static final class Hypothesis implements Comparable<Hypothesis> {
        static final Hypothesis START = new Hypothesis();

        final Hypothesis previous;
        final int outcome;
        final double probability;
        final double score;
        final int length;

        private Hypothesis() {
            previous = null;
            outcome = -1;
            probability = 0;
            score = 0;
            length = 0;
        }

        Hypothesis(Hypothesis previous, int outcome, double probability) {
            this.previous = previous;
            this.outcome = outcome;
            this.probability = probability;
            this.score = previous.score + StrictMath.log(probability);
            this.length = previous.length + 1;
        }

        String[] outcomeNames(String[] names) {
            String[] sequence = new String[length];
            Hypothesis h = this;
            for (int i = length - 1; i >= 0; i--, h = h.previous) sequence[i] = names[h.outcome];
            return sequence;
        }

        @Override
        public int compareTo(Hypothesis other) {
            return Double.compare(other.score, score);
        }
    }
}
