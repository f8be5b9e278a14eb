package org.nashra.extract.entities;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * A feature generator whose features of the word at a position are, as a bag: the features of the word alone
 * ({@link #wordFeatures}), those of each neighbour within {@link #window} positions made from that neighbour and
 * its offset alone ({@link #neighbourFeatures}), or of the sentence's edge where the window passes it ({@link
 * #edgeFeatures}), and the few made from more than one word ({@link #jointFeatures}). {@code createFeatures}
 * gives all of them, in an order of its own. The parts are the same for the same arguments for as long as the
 * generator lives: such a generator keeps no adaptive data.
 *
 * <p>A perceptron scores a word by adding up the weights of its features, so a name finder may keep the sums of
 * each part by word and offset and add those ({@link PerceptronNameFinder}): news text repeats its words, and a
 * word met again costs a few additions instead of fifty lookups.
 */
interface WindowFeatures extends AdaptiveFeatureGenerator {

    /** How far from a word its neighbours' features reach; at least 1. */
    int window();

    /** The features of a word made from {@code word} alone. */
    void wordFeatures(List<String> features, String word);

    /**
     * The features a word gets from {@code neighbour}, {@code offset} positions away (negative before it, never
     * 0, at most {@link #window} either way); none for an offset out of this generator's reach.
     */
    void neighbourFeatures(List<String> features, String neighbour, int offset);

    /** The features a word gets where the position {@code offset} away is outside the sentence. */
    void edgeFeatures(List<String> features, int offset);

    /** The features of the word at {@code index} that depend on more than one word. */
    void jointFeatures(List<String> features, String[] tokens, int index);
}
