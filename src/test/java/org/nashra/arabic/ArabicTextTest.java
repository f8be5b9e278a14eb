package org.nashra.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArabicTextTest {

    static Stream<Arguments> normalisation() {
        return SpecTable.cases(ArabicTextTest.class, "normalisation.txt");
    }

    static Stream<Arguments> digits() {
        return SpecTable.cases(ArabicTextTest.class, "digits.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("normalisation")
    void matchingForm(SpecTable.Case c) {
        String actual = ArabicText.normaliseForMatching(c.input());
        assertEquals(SpecTable.visible(c.expected()), SpecTable.visible(actual), c.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("normalisation")
    void matchingFormMapsBackToTheOriginal(SpecTable.Case c) {
        Normalised n = ArabicText.normaliseWithOffsets(c.input());
        for (int i = 0; i < n.text().length(); i++) {
            int from = n.originalStart(i);
            int to = n.originalEnd(i + 1);
            assertTrue(from < to && to <= c.input().length(), c + " char " + i);
            String piece = ArabicText.normaliseForMatching(c.input().substring(from, to));
            assertTrue(piece.indexOf(n.text().charAt(i)) >= 0,
                    c + ": char " + i + " '" + n.text().charAt(i) + "' not from '" + SpecTable.visible(c.input().substring(from, to)) + "'");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("digits")
    void asciiDigits(SpecTable.Case c) {
        assertEquals(SpecTable.visible(c.expected()), SpecTable.visible(ArabicText.toAsciiDigits(c.input())), c.toString());
    }

    @ParameterizedTest(name = "{0} → {2}")
    @org.junit.jupiter.params.provider.CsvSource({
            // word, tatweel too, spelt without marks
            "مُحَمَّد, false, محمد",
            "صاروخَيْن, false, صاروخين",
            "قـــال, false, قـــال",
            "قـــالَ, true, قال",
            "قال, true, قال",
            "ً, true, ''",
    })
    void withoutMarks(String word, boolean tatweel, String spelt) {
        assertEquals(spelt, ArabicText.withoutMarks(word, tatweel));
    }

    @Test
    void aMatchInTheMatchingFormMapsBackToTheWordAsWritten() {
        String text = "قوات فى العِراقِ\u200f وسوريا";
        Normalised n = ArabicText.normaliseWithOffsets(text);
        int at = n.text().indexOf("العراق");
        assertEquals("العِراقِ", text.substring(n.originalStart(at), n.originalEnd(at + "العراق".length())));
        int syria = n.text().indexOf("سوريا");
        assertEquals("سوريا", text.substring(n.originalStart(syria), n.originalEnd(syria + 5)));
    }

    @Test
    void matchingFormIsIdempotent() {
        for (SpecTable.Case c : SpecTable.read(ArabicTextTest.class, "normalisation.txt")) {
            String once = ArabicText.normaliseForMatching(c.input());
            assertEquals(once, ArabicText.normaliseForMatching(once), c.toString());
        }
    }

    @Test
    void oddInputNeverThrows() {
        assertEquals("", ArabicText.normaliseForMatching(null));
        assertEquals("", ArabicText.normaliseForMatching(""));
        assertEquals("", ArabicText.toAsciiDigits(null));
        assertEquals("😀", ArabicText.normaliseForMatching("😀\u200f"));
        assertTrue(ArabicText.quotations(null).isEmpty());
    }

    @Test
    void quoteMarks() {
        for (char c : "“”‘’«»„\"".toCharArray()) {
            assertTrue(ArabicText.isQuoteMark(c), String.valueOf(c));
        }
        assertTrue(ArabicText.isOpeningQuote('«') && !ArabicText.isOpeningQuote('»'));
        assertTrue(ArabicText.isClosingQuote('”') && !ArabicText.isClosingQuote('('));
    }

    static Stream<Arguments> quotations() {
        return SpecTable.cases(ArabicTextTest.class, "quotations.txt");
    }

    /** Expected: the text inside each quotation, separated by " | "; an unclosed one is marked with "…" at its end. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("quotations")
    void quotationsArePaired(SpecTable.Case c) {
        StringBuilder actual = new StringBuilder();
        for (ArabicText.Quotation q : ArabicText.quotations(c.input())) {
            if (actual.length() > 0) {
                actual.append(" | ");
            }
            actual.append(c.input(), q.innerStart(), q.innerEnd());
            if (!q.closed()) {
                actual.append("…");
            }
        }
        assertEquals(SpecTable.visible(c.expected()), SpecTable.visible(actual.toString()), c.toString());
    }
}
