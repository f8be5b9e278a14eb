package org.nashra.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import org.junit.jupiter.api.Test;

/**
 * WordClassFeatureGeneratorFactory gives what OpenNLP's window of word classes and its bigrams give, in their order,
 * and the same features by word and offset.
 */
class WordClassFeatureGeneratorTest {

    @Test
    void givesWhatOpenNlpsGeneratorsGiveOnTheSeeds() throws IOException {
        AdaptiveFeatureGenerator ours = generator(2, 2, true);
        AdaptiveFeatureGenerator openNlp = new AggregatedFeatureGenerator(
                new WindowFeatureGenerator(new TokenClassFeatureGenerator(true), 2, 2), new BigramNameFeatureGenerator());
        List<String[]> sentences = new ArrayList<>(SeedSentences.read());
        sentences.add(new String[] {"BBC", "News", "iPhone", "2024", "3.5", "A1", "١٢", "«", "x"});
        sentences.add(new String[] {"وحيد"});
        int compared = 0;
        for (String[] sentence : sentences) {
            for (int i = 0; i < sentence.length; i++) {
                assertEquals(features(openNlp, sentence, i), features(ours, sentence, i), String.join(" ", sentence) + " @" + i);
                compared++;
            }
        }
        assertEquals(true, compared > 1000, "words compared: " + compared);
    }

    @Test
    void windowsOfOtherSizesAndNoBigrams() throws IOException {
        String[] sentence = {"قال", "الرئيس", "Biden", "في", "2024", "إن", "الاتفاق", "سيسري"};
        AdaptiveFeatureGenerator ours = generator(1, 3, false);
        AdaptiveFeatureGenerator openNlp = new WindowFeatureGenerator(new TokenClassFeatureGenerator(true), 1, 3);
        for (int i = 0; i < sentence.length; i++) assertEquals(features(openNlp, sentence, i), features(ours, sentence, i));
    }

    @Test
    void givesTheSameFeaturesByWordAndOffset() throws IOException {
        String[] sentence = {"قال", "الرئيس", "Biden", "في", "2024", "إن", "الاتفاق", "سيسري"};
        for (int[] shape : new int[][] {{2, 2, 1}, {1, 3, 0}, {0, 1, 1}}) {
            WindowFeatures ours = (WindowFeatures) generator(shape[0], shape[1], shape[2] == 1);
            WindowParts.assertPartsAreTheFeatures(ours, List.of(sentence, new String[] {"وحيد"}));
        }
    }

    private static AdaptiveFeatureGenerator generator(int previous, int next, boolean bigram) throws IOException {
        String xml = "<featureGenerators name=\"test\"><generator class=\"" + WordClassFeatureGeneratorFactory.class.getName() + "\">"
                + "<int name=\"prevLength\">" + previous + "</int><int name=\"nextLength\">" + next + "</int>"
                + "<bool name=\"bigram\">" + bigram + "</bool></generator></featureGenerators>";
        return GeneratorFactory.create(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), key -> null);
    }

    private static List<String> features(AdaptiveFeatureGenerator generator, String[] sentence, int index) {
        List<String> features = new ArrayList<>();
        generator.createFeatures(features, sentence, index, new String[index]);
        return features;
    }
}
