package org.nashra.extract.entities;

import java.util.List;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * OpenNLP's word-class features, the same strings in the same order, with each word's class and lower case
 * made once per sentence rather than once per neighbour: first what {@code WindowFeatureGenerator} around
 * {@code TokenClassFeatureGenerator} (word and class) gives for {@code prevLength} words before and {@code
 * nextLength} after, then, with {@code bigram}, what {@code BigramNameFeatureGenerator} gives. Named in the
 * model's feature descriptor ({@code ner-features.xml}) and so public; {@code WordClassFeatureGeneratorTest}
 * holds it to OpenNLP's generators. For the name finder it also gives the same features by word and offset
 * ({@link WindowFeatures}).
 */
public final class WordClassFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    public WordClassFeatureGeneratorFactory() {}

    @Override
    public AdaptiveFeatureGenerator create() throws opennlp.tools.util.InvalidFormatException {
        return new Generator(getInt("prevLength", 2), getInt("nextLength", 2), getBool("bigram", false));
    }

    /** Not thread-safe: it keeps the classes of the sentence's words by position. */
    private static final class Generator implements WindowFeatures {
        private final int previous;
        private final int next;
        private final boolean bigram;
        private String[] classesOf = new String[0];
        private String[] classes = new String[0];
        private String[] wordAndClass = new String[0];

        Generator(int previous, int next, boolean bigram) {
            this.previous = previous;
            this.next = next;
            this.bigram = bigram;
        }

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            features.add("wc=" + classAt(tokens, index));
            features.add(wordAndClass[index]);
            for (int i = 1; i <= previous; i++) {
                int j = index - i;
                if (j < 0) continue;
                features.add("p" + i + "wc=" + classAt(tokens, j));
                features.add("p" + i + wordAndClass[j]);
            }
            for (int i = 1; i <= next; i++) {
                int j = index + i;
                if (j >= tokens.length) continue;
                features.add("n" + i + "wc=" + classAt(tokens, j));
                features.add("n" + i + wordAndClass[j]);
            }
            jointFeatures(features, tokens, index);
        }

        @Override
        public int window() {
            return Math.max(1, Math.max(previous, next));
        }

        @Override
        public void wordFeatures(List<String> features, String word) {
            String wordClass = FeatureGeneratorUtil.tokenFeature(word);
            features.add("wc=" + wordClass);
            features.add("w&c=" + StringUtil.toLowerCase(word) + "," + wordClass);
        }

        @Override
        public void neighbourFeatures(List<String> features, String neighbour, int offset) {
            if (offset < -previous || offset > next) return;
            String side = offset < 0 ? "p" + -offset : "n" + offset;
            String wordClass = FeatureGeneratorUtil.tokenFeature(neighbour);
            features.add(side + "wc=" + wordClass);
            features.add(side + "w&c=" + StringUtil.toLowerCase(neighbour) + "," + wordClass);
        }

        @Override
        public void edgeFeatures(List<String> features, int offset) {}

        @Override
        public void jointFeatures(List<String> features, String[] tokens, int index) {
            if (!bigram) return;
            String wc = classAt(tokens, index);
            if (index > 0) {
                features.add("pw,w=" + tokens[index - 1] + "," + tokens[index]);
                features.add("pwc,wc=" + classAt(tokens, index - 1) + "," + wc);
            }
            if (index + 1 < tokens.length) {
                features.add("w,nw=" + tokens[index] + "," + tokens[index + 1]);
                features.add("wc,nc=" + wc + "," + classAt(tokens, index + 1));
            }
        }

        /** The word's class at position j, made again when the word there is another string; its word-and-class feature beside it. */
        private String classAt(String[] tokens, int j) {
            if (classes.length < tokens.length) {
                int size = Math.max(tokens.length, 2 * classes.length);
                classesOf = java.util.Arrays.copyOf(classesOf, size);
                classes = java.util.Arrays.copyOf(classes, size);
                wordAndClass = java.util.Arrays.copyOf(wordAndClass, size);
            }
            if (classesOf[j] != tokens[j]) {
                classes[j] = FeatureGeneratorUtil.tokenFeature(tokens[j]);
                wordAndClass[j] = "w&c=" + StringUtil.toLowerCase(tokens[j]) + "," + classes[j];
                classesOf[j] = tokens[j];
            }
            return classes[j];
        }
    }
}
