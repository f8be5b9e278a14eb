package org.nashra.extract.dates;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The grammar tries at each word only the shapes that can start with its first letter. That must find
 * exactly what trying every shape finds, on the seeds, on the spec table and, when present, on every
 * input of the reference date sets.
 */
class ShapeGateTest {

    private static final Optional<LocalDate> REFERENCE = Optional.of(LocalDate.of(2016, 11, 7));
    private static final Pattern JSON_INPUT = Pattern.compile("\"Input\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void findsWhatTryingEveryShapeFinds() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().toList()) texts.addAll(Files.readAllLines(seed, StandardCharsets.UTF_8));
        }
        for (String[] row : SpecLines.read("date-finder-spec.txt")) texts.add(row[0]);
        Path reference = Path.of("../shared/data/dates");
        if (Files.isDirectory(reference)) {
            try (Stream<Path> files = Files.list(reference)) {
                for (Path json : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    Matcher m = JSON_INPUT.matcher(Files.readString(json));
                    while (m.find()) texts.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
                }
            }
        }
        assertTrue(texts.size() > 100, "a corpus worth comparing on");
        DateGrammar gated = DateGrammar.standard();
        DateGrammar everyShape = DateGrammar.ungated();
        int mentions = 0;
        for (String text : texts) {
            List<DateMention> expected = everyShape.find(text, REFERENCE);
            assertEquals(expected, gated.find(text, REFERENCE), text);
            mentions += expected.size();
        }
        assertTrue(mentions > 50, "the corpus holds dates: " + mentions);
    }

    @ParameterizedTest(name = "[{index}] {0} probed as {1}")
    @CsvSource(delimiterString = " => ", nullValues = "NONE", textBlock = """
            (?<=a)b => b
            (?<![\\p{L}])(?:x|y) => (?:x|y)
            (?<=(?:^|[^\\p{L}])[وف]?في\\s{1,3})(?<d>[0-9])(?=x) => (?<d>[0-9])(?=x)
            (?<=[)(])y => y
            (?<=\\Q)(\\E)z => z
            (?<=a)b(?<!c) => NONE
            a(?<=b)c => NONE
            """)
    void probesAShapeWithoutTheLookBehindItStartsWith(String shape, String gate) {
        Pattern probed = DateGrammar.gateOf(Pattern.compile(shape));
        if (gate == null) assertNull(probed);
        else assertEquals(gate, probed.pattern());
    }

    @Test
    void probesAShapeThatDoesNotLookBehindAsItIs() {
        Pattern shape = Pattern.compile("في\\s+(?<m>[0-9]+)");
        assertSame(shape, DateGrammar.gateOf(shape));
    }
}
