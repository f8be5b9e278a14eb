package org.nashra.extract.entities;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * A feature generator whose first features come from the word alone, whatever surrounds it: {@code
 * createFeatures} gives {@link #wordFeatures} of the word, then {@link #contextFeatures}. A name finder sums
 * the weights of a word's features in that order from zero, so it may keep the sum of the first part by word
 * and start from it, with the very same result ({@link PerceptronNameFinder}).
 */
interface WordFirstFeatures extends AdaptiveFeatureGenerator {

    /** The features {@code createFeatures} gives first, made from {@code word} alone. */
    void wordFeatures(List<String> features, String word);

    /** The features {@code createFeatures} gives after {@link #wordFeatures} of the word at {@code index}. */
    void contextFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes);

    @Override
    default void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        wordFeatures(features, tokens[index]);
        contextFeatures(features, tokens, index, previousOutcomes);
    }
}
