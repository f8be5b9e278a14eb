package org.nashra.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nashra.extract.EntityType;
import org.nashra.extract.entities.CombinedRecogniser;
import org.nashra.extract.entities.ConllCorpus;
import org.nashra.extract.entities.GazetteerRecogniser;
import org.nashra.extract.entities.GazetteerRecogniser.Entry;

class NerEvalTest {

    private static final Path ANERCORP = Path.of("../shared/data/ner/anercorp-camel-train.txt");

    /**
     * Dev-split micro F1 of the combined recogniser (empty gazetteer), its model trained on the other nine
     * tenths, measured 74.8; the floor leaves a little room.
     */
    private static final double DEV_F1_FLOOR = 0.74;

    /** Names for tiny.conll: جو بايدن right, واشنطن with the wrong type, المتحدة without its first word. */
    private static GazetteerRecogniser tinyGazetteer() {
        return new GazetteerRecogniser(List.of(
                new Entry("جو بايدن", EntityType.PERSON),
                new Entry("واشنطن", EntityType.ORGANISATION),
                new Entry("المتحدة", EntityType.ORGANISATION)));
    }

    @Test
    void countsExactSpansPerType() throws Exception {
        // Finds جو بايدن (right), واشنطن as an organisation (wrong type), المتحدة alone (wrong span);
        // misses بغداد.
        GazetteerRecogniser recogniser = tinyGazetteer();
        NerReport report = NerEval.evaluate(resource("tiny.conll"), recogniser);
        assertEquals(new NerReport.Counts(1, 0, 0), report.perType().get(EntityType.PERSON));
        assertEquals(new NerReport.Counts(0, 2, 1), report.perType().get(EntityType.ORGANISATION));
        assertEquals(new NerReport.Counts(0, 0, 2), report.perType().get(EntityType.PLACE));
        assertEquals(new NerReport.Counts(1, 2, 3), report.micro());
        assertEquals(2 * (1 / 3.0) * (1 / 4.0) / (1 / 3.0 + 1 / 4.0), report.micro().f1(), 1e-9);
        assertEquals(2, report.sentences());
    }

    @Test
    void aMentionAfterACliticCountsFromItsToken() throws Exception {
        Path file = Files.createTempFile("clitic", ".conll");
        Files.writeString(file, "زار O\nوبغداد B-LOC\n. O\n");
        NerReport report = NerEval.evaluate(file, new GazetteerRecogniser(List.of(new Entry("بغداد", EntityType.PLACE))));
        Files.delete(file);
        assertEquals(new NerReport.Counts(1, 0, 0), report.micro());
    }

    @Test
    void sentencesReadAsOneDocumentCountAsTheyDoOneByOne() throws Exception {
        // The same gazetteer finds the same names whether tiny.conll's two sentences are one text or two.
        GazetteerRecogniser recogniser = tinyGazetteer();
        ConllCorpus corpus = ConllCorpus.read(resource("tiny.conll"));
        assertEquals(NerEval.evaluate(corpus, recogniser).perType(), NerEval.evaluate(corpus, recogniser, 2).perType());
    }

    @Test
    void aFoldHoldsOutOneTenthCountedFromTheEndAndTrainsOnTheRest() {
        List<ConllCorpus.Sentence> sentences = new java.util.ArrayList<>();
        for (int i = 0; i < 23; i++) sentences.add(new ConllCorpus.Sentence(List.of("w" + i), List.of("O")));
        ConllCorpus corpus = new ConllCorpus(sentences);
        ConllCorpus.Fold dev = corpus.tenthFromEnd(1);
        assertEquals(corpus.part(ConllCorpus.Part.DEV), dev.held(), "the first fold is the dev split");
        assertEquals(corpus.part(ConllCorpus.Part.TRAIN), dev.train());
        ConllCorpus.Fold second = corpus.tenthFromEnd(2);
        assertEquals(List.of("w19", "w20"), second.held().sentences().stream().map(s -> s.tokens().get(0)).toList());
        assertEquals(21, second.train().sentences().size());
        assertEquals(List.of("w18", "w21", "w22"), second.train().sentences().subList(18, 21).stream()
                .map(s -> s.tokens().get(0)).toList());
    }

    @Test
    void reportsAddUpTheirCounts() {
        NerReport a = new NerReport(java.util.Map.of(EntityType.PERSON, new NerReport.Counts(3, 1, 2)), 4, 40);
        NerReport b = new NerReport(java.util.Map.of(EntityType.PERSON, new NerReport.Counts(1, 0, 1),
                EntityType.PLACE, new NerReport.Counts(2, 2, 0)), 5, 50);
        NerReport sum = a.plus(b);
        assertEquals(new NerReport.Counts(4, 1, 3), sum.perType().get(EntityType.PERSON));
        assertEquals(new NerReport.Counts(6, 3, 3), sum.micro());
        assertEquals(9, sum.sentences());
    }

    @Test
    void combinedRecogniserOnTheDevSplit() throws Exception {
        assumeTrue(Files.exists(ANERCORP), "reference data absent");
        ConllCorpus dev = ConllCorpus.read(ANERCORP).part(ConllCorpus.Part.DEV);
        NerReport report = NerEval.evaluate(dev, CombinedRecogniser.of(NerEval.trainedOnTrainPart(ANERCORP), List.of()));
        assertTrue(report.micro().f1() >= DEV_F1_FLOOR, () -> "dev F1 fell below " + DEV_F1_FLOOR + ":\n" + report);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(NerEvalTest.class.getResource(name).toURI());
    }
}
