package org.nashra.extract.dates;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example table seed-dates.txt over the seed articles in seeds/. */
class DateFinderSeedsTest {

    private record Found(String line, DateMention mention) {}

    static Stream<String[]> cases() throws IOException {
        return SpecLines.read("seed-dates.txt").stream();
    }

    @ParameterizedTest(name = "{0} | {1} | {2} | {3}")
    @MethodSource("cases")
    void seedDates(String seed, String reference, String surface, String value) throws IOException {
        Path file;
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            file = files.filter(p -> p.getFileName().toString().startsWith(seed + "_")).findFirst().orElseThrow();
        }
        Optional<LocalDate> ref = reference.equals("-") ? Optional.empty() : Optional.of(LocalDate.parse(reference));
        List<Found> found = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            for (DateMention m : DateFinder.find(line, ref)) {
                assertEquals(m.surface(), line.substring(m.start(), m.end()), "offsets point into the line");
                found.add(new Found(line, m));
            }
        }
        String shown = file.getFileName() + " gave " + SpecLines.describe(found.stream().map(Found::mention).toList());
        if (surface.startsWith("!")) {
            String text = surface.substring(1);
            for (Found f : found) {
                int at = f.line().indexOf(text);
                boolean touches = at >= 0 && f.mention().start() < at + text.length() && at < f.mention().end();
                assertFalse(touches, "[" + text + "] is not a date: " + shown);
            }
            return;
        }
        List<DateMention> matching = found.stream().map(Found::mention).filter(m -> m.surface().equals(surface)).toList();
        assertTrue(!matching.isEmpty(), "expected [" + surface + "]: " + shown);
        assertTrue(matching.stream().anyMatch(m -> m.value().map(Object::toString).orElse("-").equals(value)),
                "expected [" + surface + "] = " + value + ": " + shown);
    }
}
