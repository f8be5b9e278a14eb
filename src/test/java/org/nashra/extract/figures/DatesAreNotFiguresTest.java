package org.nashra.extract.figures;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Measures, on the Microsoft Recognizers-Text Arabic date specs in ../shared/data/dates (skipped when
 * absent), how often a figure is reported inside a date expression. Durations (يومان، 3 أسابيع) are
 * figures by design and are not counted.
 */
class DatesAreNotFiguresTest {

    private static final Path DATES = Path.of("..", "shared", "data", "dates");

    @Test
    void fewFiguresInsideDates() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DATES));
        int spans = 0;
        List<String> wrong = new ArrayList<>();
        for (String name : List.of("DateExtractor.json", "DatePeriodExtractor.json", "DateTimeModel.json", "MergedExtractor.json")) {
            Path file = DATES.resolve(name);
            if (!Files.exists(file)) {
                continue;
            }
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String json = new java.io.BufferedReader(reader).lines().collect(java.util.stream.Collectors.joining("\n")).replace("\uFEFF", "");
                List<Map<String, Object>> cases = new Yaml().load(json);
                for (Map<String, Object> c : cases) {
                    String input = (String) c.get("Input");
                    List<Figure> figures = FigureFinder.find(input);
                    for (Object r : (List<?>) c.getOrDefault("Results", List.of())) {
                        Map<?, ?> result = (Map<?, ?>) r;
                        String type = String.valueOf(result.containsKey("Type") ? result.get("Type") : result.get("TypeName"));
                        if (type.contains("duration") || type.contains("set")) {
                            continue;
                        }
                        int start = ((Number) result.get("Start")).intValue();
                        int end = result.containsKey("End") ? ((Number) result.get("End")).intValue() + 1
                                : start + ((Number) result.get("Length")).intValue();
                        spans++;
                        for (Figure f : figures) {
                            if (f.start() < end && f.end() > start) {
                                wrong.add(input + "  ⇒  " + f);
                            }
                        }
                    }
                }
            }
        }
        double rate = spans == 0 ? 0 : (double) wrong.size() / spans;
        System.out.printf("dates: %d date spans, %d with a figure inside (%.1f%%)%n%s%n", spans, wrong.size(), 100 * rate,
                String.join("\n", wrong));
        assertTrue(spans > 100, "expected the date specs to hold over 100 date spans, found " + spans);
        assertTrue(rate <= 0.01, "figures inside dates: " + wrong);
    }
}
