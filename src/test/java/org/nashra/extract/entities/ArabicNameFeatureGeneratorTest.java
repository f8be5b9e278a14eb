package org.nashra.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The name finder's features (ner-features.xml) of a word depend on its sentence only: a generator that keeps
 * the forms of the words it has seen gives, for every word, what a new generator gives.
 */
class ArabicNameFeatureGeneratorTest {

    private static byte[] descriptor;
    private static List<String[]> sentences;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = StatisticalRecogniser.class.getResourceAsStream("ner-features.xml")) {
            descriptor = in.readAllBytes();
        }
        sentences = SeedSentences.read();
    }

    @Test
    void aGeneratorThatHasSeenOtherSentencesGivesWhatANewOneGives() {
        AdaptiveFeatureGenerator seasoned = generator();
        List<String[]> walk = new ArrayList<>(sentences.subList(0, Math.min(40, sentences.size())));
        // The same words again as other strings, and a sentence shorter than the one before it.
        walk.add(sentences.get(0).clone());
        walk.add(java.util.Arrays.stream(sentences.get(1)).map(String::new).toArray(String[]::new));
        walk.add(new String[] {"في", "بغداد"});
        for (String[] sentence : walk) {
            AdaptiveFeatureGenerator fresh = generator();
            for (int i = 0; i < sentence.length; i++) {
                assertEquals(features(fresh, sentence, i), features(seasoned, sentence, i), String.join(" ", sentence) + " @" + i);
            }
        }
    }

    @Test
    void aWordReplacedInTheSameArrayIsReadAgain() {
        String[] sentence = {"وصل", "وزير", "الخارجية", "إلى", "بغداد", "أمس"};
        AdaptiveFeatureGenerator seasoned = generator();
        List<String> before = features(seasoned, sentence, 3);
        sentence[4] = "والقاهرة";
        List<String> after = features(seasoned, sentence, 3);
        assertNotEquals(before, after);
        assertEquals(features(generator(), sentence, 3), after);
    }

    private static List<String> features(AdaptiveFeatureGenerator generator, String[] sentence, int index) {
        List<String> features = new ArrayList<>();
        generator.createFeatures(features, sentence, index, new String[index]);
        return features;
    }

    /** The descriptor's generators without OpenNLP's per-sentence cache, which would answer for them. */
    private static AdaptiveFeatureGenerator generator() {
        AdaptiveFeatureGenerator generator = new TokenNameFinderFactory(descriptor, Map.of(), new BioCodec()).createFeatureGenerators();
        return ((CachedFeatureGenerator) generator).getCachedFeatureGenerator();
    }
}
