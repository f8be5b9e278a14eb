package org.nashra.extract.dates;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example table date-finder-spec.txt: text | reference | expected surface | expected value. */
class DateFinderSpecTest {

    static Stream<String[]> cases() throws IOException {
        return SpecLines.read("date-finder-spec.txt").stream();
    }

    @ParameterizedTest(name = "{0} | {1} | {2} | {3}")
    @MethodSource("cases")
    void findsAndResolves(String text, String reference, String surface, String value) {
        Optional<LocalDate> ref = reference.equals("-") ? Optional.empty() : Optional.of(LocalDate.parse(reference));
        List<DateMention> found = DateFinder.find(text, ref);
        String shown = SpecLines.visible(text) + " gave " + SpecLines.describe(found);
        for (DateMention m : found) {
            assertEquals(m.surface(), text.substring(m.start(), m.end()), "surface is the original text at the offsets: " + shown);
        }
        if (surface.equals("∅")) {
            assertTrue(found.isEmpty(), "expected no date: " + shown);
            return;
        }
        Optional<DateMention> mention = found.stream().filter(m -> m.surface().equals(surface)).findFirst();
        assertTrue(mention.isPresent(), "expected [" + SpecLines.visible(surface) + "]: " + shown);
        assertEquals(value, mention.get().value().map(Object::toString).orElse("-"), shown);
        if (ref.isEmpty() && mention.get().relative()) {
            assertTrue(mention.get().value().isEmpty(), "a relative mention without a reference has no value: " + shown);
        }
    }
}
