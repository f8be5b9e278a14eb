package org.nashra.translate.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A spelling written as English names are written scores above one that is not. */
class EnglishSpellingModelTest {

    private static final EnglishSpellingModel MODEL = EnglishSpellingModel.of(List.of(
            "bowman", "bower", "bowers", "newman", "hoffman", "coleman", "chapman", "freeman", "brennan", "bennett",
            "barnard", "bernard", "leonard", "schwarz", "schwartz", "schneider", "toledo", "toledano", "soriano",
            "channing", "manning", "anning", "browning", "dutra", "dutton", "tatarsky", "kowalsky", "chraibi", "raibi"));

    @ParameterizedTest(name = "{0} over {1}")
    @CsvSource({
            "bowerman, paorman",
            "anning, aning",
            "schwarz, cvarz",
            "toledano, toulidano",
            "barnard, branard",
            "tatarsky, tatarskay",
            "dutra, daughtra",
    })
    void anEnglishLookingSpellingScoresAboveAnotherSpellingOfTheSameName(String likelier, String lessLikely) {
        assertTrue(MODEL.logProbability(likelier) > MODEL.logProbability(lessLikely),
                likelier + " " + MODEL.logProbability(likelier) + " against " + lessLikely + " " + MODEL.logProbability(lessLikely));
    }

    @Test
    void aSpellingWithOtherThanLowercaseLettersScoresTheFloor() {
        assertEquals(8 * Math.log(1.0 / 28), MODEL.logProbability("o'brien"), 1e-9);
        assertEquals(4 * Math.log(1.0 / 28), MODEL.logProbability("Ann"), 1e-9);
    }

    @Test
    void aModelOfNoSpellingsScoresEveryLetterAlike() {
        EnglishSpellingModel empty = EnglishSpellingModel.of(List.of());
        assertEquals(empty.logProbability("abc"), empty.logProbability("xqz"), 1e-12);
    }
}
