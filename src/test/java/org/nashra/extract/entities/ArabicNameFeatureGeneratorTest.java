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
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The name finder's features (ner-features.xml) of a word depend on its sentence only: a generator that keeps
 * the forms of the words it has seen gives, for every word, what a new generator gives. And the features its
 * generators give by word and offset ({@link WindowFeatures}) are, as a bag, the features they give a word.
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

    @Test
    void theFeaturesByWordAndOffsetAreTheFeaturesOfTheWord() {
        int checked = 0;
        for (AdaptiveFeatureGenerator part : ((AggregatedFeatureGenerator) generator()).getGenerators()) {
            if (part instanceof WindowFeatures window) checked += assertPartsAreTheFeatures(window);
        }
        assertEquals(2, checked, "the Arabic and the word-class generators give features by word and offset");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            the descriptor's options, window 1                                 | <int name="window">1</int><bool name="readings">true</bool><bool name="nisba">true</bool>
            cues, bigram and character n-grams                                 | <bool name="cues">true</bool><bool name="bigram">true</bool><int name="ngramLength">3</int>
            no word lists, window 2                                            | <bool name="wordLists">false</bool><int name="window">2</int>
            """)
    void theArabicGeneratorsPartsAreItsFeaturesWithOtherOptions(String description, String options) throws IOException {
        String xml = "<featureGenerators name=\"test\"><generator class=\"" + ArabicNameFeatureGeneratorFactory.class.getName()
                + "\">" + options + "</generator></featureGenerators>";
        AdaptiveFeatureGenerator generator = GeneratorFactory.create(
                new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), key -> null);
        assertPartsAreTheFeatures((WindowFeatures) generator);
    }

    /** Holds the generator's parts to its features for every word of the seeds and a few short sentences. */
    private static int assertPartsAreTheFeatures(WindowFeatures generator) {
        List<String[]> walk = new ArrayList<>(sentences);
        walk.add(new String[] {"بغداد"});
        walk.add(new String[] {"في", "بغداد"});
        walk.add(new String[] {"BBC", "2024", "«", "الأميركي", "»"});
        WindowParts.assertPartsAreTheFeatures(generator, walk);
        return 1;
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
