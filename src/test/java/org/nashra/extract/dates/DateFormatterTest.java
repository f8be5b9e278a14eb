package org.nashra.extract.dates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nashra.core.Lang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The example table date-formatter-spec.txt, and month-series detection on the seeds. */
class DateFormatterTest {

    static Stream<String[]> cases() throws IOException {
        return SpecLines.read("date-formatter-spec.txt").stream();
    }

    @ParameterizedTest(name = "{0} | {2} | {3}")
    @MethodSource("cases")
    void formats(String text, String reference, String naming, String hijri, String english, String arabic) {
        Optional<LocalDate> ref = reference.equals("-") ? Optional.empty() : Optional.of(LocalDate.parse(reference));
        List<DateMention> found = DateFinder.find(text, ref);
        assertFalse(found.isEmpty() || found.get(0).value().isEmpty(), "a dated mention in " + text + ": " + SpecLines.describe(found));
        DateValue value = found.get(0).value().get();
        DateFormatter formatter = DateFormatter.of(MonthNaming.valueOf(naming)).withHijri(hijri.equals("yes"));
        assertEquals(english, formatter.format(value, Lang.EN));
        assertEquals(arabic, formatter.format(value, Lang.AR));
    }

    @Test
    void detectsTheMonthSeriesOfEachSeed() throws IOException {
        assertEquals(MonthNaming.LEVANTINE, MonthNaming.detect(seed("000")));
        assertEquals(MonthNaming.EGYPTIAN, MonthNaming.detect(seed("001")));
        assertEquals(MonthNaming.EGYPTIAN, MonthNaming.detect(seed("002")));
        assertEquals(MonthNaming.EGYPTIAN, MonthNaming.detect(seed("003")));
        assertEquals(MonthNaming.DOUBLED, MonthNaming.detect(seed("004")));
    }

    @Test
    void detectsFromShortTexts() {
        assertEquals(MonthNaming.LEVANTINE, MonthNaming.detect("في 3 آب 2020 وفي أيلول"));
        assertEquals(MonthNaming.EGYPTIAN, MonthNaming.detect("مارس الضغط في أيلول ثم في يناير وفبراير"));
        assertEquals(MonthNaming.DOUBLED, MonthNaming.detect("في كانون الثاني/يناير"));
        assertEquals(MonthNaming.EGYPTIAN, MonthNaming.detect("لا شهر هنا"));
        assertEquals(MonthNaming.EGYPTIAN, MonthNaming.detect(""));
    }

    private static String seed(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            return Files.readString(files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow(),
                    StandardCharsets.UTF_8);
        }
    }
}
