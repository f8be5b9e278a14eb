package org.nashra.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nashra.extract.EntityType;
import org.nashra.extract.Mention;

/** clitic-cases.tsv: a proclitic never hides a name, and offsets point at the bare name. */
class CliticsTest {

    private static final CombinedRecogniser RECOGNISER = CombinedRecogniser.bundled(List.of());

    static Stream<String[]> cases() {
        return TestTables.rows("clitic-cases.tsv").stream();
    }

    @ParameterizedTest(name = "{0} ⇒ {1}")
    @MethodSource("cases")
    void bareNameIsFound(String text, String expected, String type) {
        List<Mention> mentions = RECOGNISER.recognise(text);
        boolean found = mentions.stream().anyMatch(m -> m.surface().equals(expected)
                && m.type() == EntityType.valueOf(type) && text.substring(m.start(), m.end()).equals(expected));
        assertTrue(found, () -> "in «" + TestTables.visible(text) + "» expected «" + TestTables.visible(expected)
                + "» " + type + " but found " + mentions);
    }

    /** Where a name begins in a word: after a clitic with a name behind it, else at the word's start when it is known whole. */
    @ParameterizedTest(name = "{0} ⇒ {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            وبغداد  | بغداد
            فبغداد  | بغداد
            وسام    | وسام
            وزيراً  | وزيراً
            وزير    | وزير
            وسعادة  | سعادة
            """)
    void aNameStartsAfterItsCliticsButAKnownWordStaysWhole(String word, String bare) {
        assertEquals(bare, word.substring(Clitics.nameStart(word, NameLexicon.bundled())));
    }

    /**
     * With the editors' names counted in: a name listed in spellings that fold alike (شركة أبل, شركة آبل) counts once, so
     * a place the corpus saw whole and the editors list (بابل, Babil) keeps its ب; ببغداد still loses one.
     */
    @ParameterizedTest(name = "{0} ⇒ {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            بابل   | بابل
            ببابل  | بابل
            وبابل  | بابل
            ببغداد | بغداد
            """)
    void aListedNameInTwoSpellingsDoesNotOutweighAPlaceSeenWhole(String word, String bare) {
        NameLexicon lexicon = NameLexicon.bundled().with(List.of("شركة أبل", "شركة آبل", "بابل", "بغداد"), 10);
        assertEquals(bare, word.substring(Clitics.nameStart(word, lexicon)));
    }

    /** After a role noun (and at most one word with the article) a single letter is the name's own, not a clitic. */
    @ParameterizedTest(name = "{1} {0} ⇒ {2}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            ويلسون | العداء         | ويلسون
            بريت   | رئيس الوحدة    | بريت
            ويلسون | قال            | يلسون
            ومحمد  | الرئيس         | محمد
            والفريق | المدرب        | الفريق
            """)
    void afterARoleTheFirstLetterIsTheNamesOwn(String word, String before, String bare) {
        List<String> folded = java.util.Arrays.stream(before.split(" ")).map(ArabicText::fold).toList();
        assertEquals(bare, word.substring(Clitics.nameStart(word, NameLexicon.bundled(), folded)));
    }

    @Test
    void readingsOfAWordAreTheWholeWordThenEachProcliticSplit() {
        assertEquals(List.of("بكابل", "كابل"), Clitics.readings("بكابل"));
        assertEquals(List.of("وبغداد", "غداد", "بغداد"), Clitics.readings("وبغداد"));
        assertEquals(List.of("بان"), Clitics.readings("بان"), "no split leaves fewer than three letters");
    }
}
