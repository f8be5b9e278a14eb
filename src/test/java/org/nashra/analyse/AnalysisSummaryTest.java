package org.nashra.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nashra.ingest.Article;
import org.nashra.ingest.BoilerplateRules;
import org.nashra.ingest.Ingest;
import org.nashra.summarise.RankedSentence;
import org.nashra.summarise.SentenceRef;
import org.nashra.summarise.Summary;

/** An analysis keeps its summary's chosen sentences, not the ranking its key points were drawn from. */
class AnalysisSummaryTest {

    private static final Analyser ANALYSER = ListedPlaces.analyser(List.of(), List.of());

    @Test
    void anAnalysedSeedKeepsItsChosenSentencesAndKeyPointsButNoRanking() {
        Article seed = new Ingest(BoilerplateRules.defaults()).read(Path.of("seeds/000_0bd4bb5b0ab38dc1.txt")).article().orElseThrow();
        Analysis analysis = ANALYSER.analyse(seed);
        assertFalse(analysis.summary().sentences().isEmpty());
        assertFalse(analysis.keyPoints().isEmpty());
        assertTrue(analysis.summary().ranking().isEmpty());
    }

    @Test
    void anAnalysisMadeWithARankingKeepsOnlyTheSentences() {
        Analysis analysis = ANALYSER.analyse(new Ingest(BoilerplateRules.defaults())
                .read(Path.of("seeds/001_ae965bdf7bbc0df8.txt")).article().orElseThrow());
        SentenceRef chosen = analysis.summary().sentences().get(0);
        Summary ranked = new Summary(List.of(chosen), List.of(new RankedSentence(chosen, 1.0)));

        Analysis kept = new Analysis(analysis.article(), analysis.title(), analysis.sentences(), ranked, analysis.keyPoints(),
                analysis.dates(), analysis.events(), analysis.figures(), analysis.quotes(), analysis.entities(),
                analysis.topics(), analysis.monthNaming(), analysis.authorEn(), analysis.speakerRolesEn());

        assertEquals(new Summary(List.of(chosen), List.of()), kept.summary());
    }
}
