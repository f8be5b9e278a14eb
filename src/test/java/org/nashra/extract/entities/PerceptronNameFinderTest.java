package org.nashra.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PerceptronNameFinder finds what OpenNLP's NameFinderME finds with the same model: the same spans and types with
 * the same probabilities but for rounding (it adds the same weights in another order), sentence after sentence, on
 * the real seeds, on words of the seeds shuffled into new sentences, and on small models trained here with other
 * codecs and beam sizes.
 */
class PerceptronNameFinderTest {

    /** How far apart two sums of the same weights in other orders may fall, as probabilities. */
    private static final double ROUNDING = 1e-12;

    private static TokenNameFinderModel bundled;
    private static List<String[]> seedSentences;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = StatisticalRecogniser.class.getResourceAsStream("ner-ar.bin")) {
            bundled = new TokenNameFinderModel(in);
        }
        seedSentences = SeedSentences.read();
    }

    @Test
    void theBundledModelIsOneItReproduces() {
        assertNotNull(PerceptronNameFinder.forModel(bundled));
    }

    @Test
    void findsWhatNameFinderFindsInTheSeeds() {
        int spans = assertSameFinds(bundled, seedSentences);
        assertTrue(spans >= 50, "the seeds name people, places and organisations; found " + spans);
    }

    @Test
    void findsWhatNameFinderFindsInShuffledSentences() {
        int spans = assertSameFinds(bundled, shuffled(400, 20240928L));
        assertTrue(spans >= 100, "shuffled seed words still contain names; found " + spans);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            no word                          |
            one word                         | بغداد
            punctuation only                 | . ، : « »
            Latin and digits                 | BBC 2024 News CNN
            a title and a name               | قال الرئيس الأمريكي جو بايدن إن
            a name at the end                | وصل إلى القاهرة وزير الخارجية سامح شكري
            one word many times              | محمد محمد محمد محمد محمد محمد محمد محمد
            """)
    void findsWhatNameFinderFindsInOddSentences(String description, String sentence) {
        String[] words = sentence == null ? new String[0] : sentence.trim().split(" +");
        assertSameFinds(bundled, List.of(words, words));
    }

    @ParameterizedTest(name = "[{index}] {0} codec, beam {1}")
    @CsvSource({"BIO, 3", "BIO, 1", "BILOU, 5"})
    void findsWhatNameFinderFindsWithOtherTrainedModels(String codec, int beam) throws IOException {
        TokenNameFinderModel model = train(codec, beam, "PERCEPTRON", true);
        assertNotNull(PerceptronNameFinder.forModel(model));
        assertSameFinds(model, seedSentences);
        assertSameFinds(model, shuffled(100, beam));
    }

    @Test
    void leavesToNameFinderAModelOfAnotherKind() throws IOException {
        assertNull(PerceptronNameFinder.forModel(train("BIO", 3, "MAXENT", true)), "a maximum entropy classifier");
        assertNull(PerceptronNameFinder.forModel(train("BIO", 3, "PERCEPTRON", false)), "features not cached per sentence");
    }

    /** Compares both finders over the sentences in order (as one text) and returns how many spans they found. */
    private static int assertSameFinds(TokenNameFinderModel model, List<String[]> sentences) {
        TokenNameFinder expected = new NameFinderME(model);
        TokenNameFinder actual = PerceptronNameFinder.forModel(model);
        expected.clearAdaptiveData();
        actual.clearAdaptiveData();
        int found = 0;
        for (String[] sentence : sentences) {
            Span[] want = expected.find(sentence);
            Span[] got = actual.find(sentence);
            assertEquals(describe(want), describe(got), () -> String.join(" ", sentence));
            for (int s = 0; s < want.length; s++) {
                assertEquals(want[s].getProb(), got[s].getProb(), ROUNDING, () -> String.join(" ", sentence));
            }
            found += want.length;
        }
        return found;
    }

    private static String describe(Span[] spans) {
        return Arrays.stream(spans)
                .map(s -> s.getStart() + "-" + s.getEnd() + " " + s.getType())
                .collect(Collectors.joining("; "));
    }

    /** Sentences of 1 to 120 words drawn at random from the seeds' words. */
    private static List<String[]> shuffled(int count, long seed) {
        List<String> words = seedSentences.stream().flatMap(Arrays::stream).toList();
        Random random = new Random(seed);
        List<String[]> sentences = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            String[] sentence = new String[1 + random.nextInt(120)];
            int start = random.nextInt(words.size());
            for (int w = 0; w < sentence.length; w++) {
                // Runs of consecutive words keep names and their titles together; jumps make new neighbours.
                sentence[w] = words.get(random.nextInt(4) == 0 ? random.nextInt(words.size()) : (start + w) % words.size());
            }
            sentences.add(sentence);
        }
        return sentences;
    }

    /** A small model trained on the seeds as the bundled model tags them. */
    private static TokenNameFinderModel train(String codecName, int beam, String algorithm, boolean cached) throws IOException {
        NameFinderME tagger = new NameFinderME(bundled);
        List<NameSample> samples = new ArrayList<>();
        for (String[] sentence : seedSentences) samples.add(new NameSample(sentence, tagger.find(sentence), false));
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 10);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 0);
        parameters.put(BeamSearch.BEAM_SIZE_PARAMETER, beam);
        byte[] descriptor;
        try (InputStream in = StatisticalRecogniser.class.getResourceAsStream("ner-features.xml")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            descriptor = (cached ? xml : xml.replace("cache=\"true\"", "cache=\"false\"")).getBytes(StandardCharsets.UTF_8);
        }
        SequenceCodec<String> codec = codecName.equals("BILOU") ? new BilouCodec() : new BioCodec();
        TokenNameFinderFactory factory = new TokenNameFinderFactory(descriptor, Map.of(), codec);
        return NameFinderME.train("ar", null, new CollectionObjectStream<>(samples), parameters, factory);
    }
}
