package org.nashra.translate.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TransliteratorTest {

    private static Transliterator transliterator;

    @BeforeAll
    static void load() {
        transliterator = Transliterator.load();
    }

    static Stream<Arguments> names() throws IOException {
        return NameKeyTest.table("transliterations.tsv").stream().map(r -> Arguments.of(r[0], r[1]));
    }

    @ParameterizedTest(name = "{0} ⇒ {1}")
    @MethodSource("names")
    void spellsNames(String arabic, String english) {
        assertEquals(english, transliterator.toEnglish(arabic).english(), () -> NameKeyTest.visible(arabic));
    }

    static Stream<Arguments> persons() throws IOException {
        return NameKeyTest.table("person-names.tsv").stream().map(r -> Arguments.of(r[0], r[1]));
    }

    /** A person's name: an ordinal at its end, or before a patriarch's family name, is a regnal number in Roman numerals. */
    @ParameterizedTest(name = "{0} ⇒ {1}")
    @MethodSource("persons")
    void spellsPersonsNamesWithTheirRegnalNumbers(String arabic, String english) {
        assertEquals(english, transliterator.personToEnglish(arabic).english(), () -> NameKeyTest.visible(arabic));
    }

    static Stream<Arguments> unseen() throws IOException {
        return NameKeyTest.table("unseen-transliterations.tsv").stream().map(r -> Arguments.of(r[0], r[1]));
    }

    /** Tokens absent from the lexicon: the learnt model alone must spell them. */
    @ParameterizedTest(name = "{0} ⇒ {1}")
    @MethodSource("unseen")
    void theModelSpellsTokensItNeverSaw(String arabic, String english) {
        Transliterator modelOnly = transliterator.withoutLexicon();
        Transliteration spelt = modelOnly.toEnglish(arabic);
        assertEquals(english, spelt.english(), () -> NameKeyTest.visible(arabic));
        assertFalse(spelt.fromLexicon());
    }

    @Test
    void outputIsPlainTitleCasedAscii() {
        for (String name : new String[] {"مارتن وار", "ظظظ", "غسان قصي", "ئؤء", "ڤيكتور"}) {
            String english = transliterator.toEnglish(name).english();
            assertTrue(english.matches("[A-Z][A-Za-z.' -]*"), () -> name + " ⇒ " + english);
        }
    }

    @Test
    void lexiconFlagAndOddInput() {
        assertTrue(transliterator.toEnglish("مارتن").fromLexicon());
        assertEquals("", transliterator.toEnglish("").english());
        assertEquals("", transliterator.toEnglish(null).english());
        assertEquals("", transliterator.toEnglish("2024 ...").english());
    }
}
