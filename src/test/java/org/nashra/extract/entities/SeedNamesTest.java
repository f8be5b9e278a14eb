package org.nashra.extract.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nashra.extract.EntityType;
import org.nashra.extract.Mention;

/**
 * seed-names.tsv: the people, organisations and places a reader finds in each real seed article;
 * the combined recogniser (empty gazetteer) must find most of them.
 */
class SeedNamesTest {

    /** Measured 70 of 70 with the bundled model; a little room for retrained models. */
    private static final double RECALL_FLOOR = 0.95;

    private static final CombinedRecogniser RECOGNISER = CombinedRecogniser.bundled(List.of());

    @Test
    void combinedRecogniserFindsTheSeedNames() throws IOException {
        List<String> boilerplate = TestTables.rows("seed-boilerplate.txt").stream().map(r -> r[0]).toList();
        List<String[]> gold = TestTables.rows("seed-names.tsv");
        List<String> misses = new ArrayList<>();
        String currentSeed = null;
        String text = null;
        List<Mention> mentions = List.of();
        for (String[] row : gold) {
            if (!row[0].equals(currentSeed)) {
                currentSeed = row[0];
                text = articleText(seedFile(currentSeed), boilerplate);
                mentions = RECOGNISER.recognise(text);
            }
            EntityType type = EntityType.valueOf(row[1]);
            if (!found(text, mentions, type, row[2].split(" / "))) {
                misses.add(row[0] + " " + row[1] + " " + row[2]);
            }
        }
        double recall = 1.0 - (double) misses.size() / gold.size();
        assertTrue(recall >= RECALL_FLOOR, () -> String.format("recall %.3f below %.2f; missed %d of %d:%n  %s",
                recall, RECALL_FLOOR, misses.size(), gold.size(), String.join("\n  ", misses)));
    }

    static Path seedFile(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + prefix));
        }
    }

    static String articleText(Path seed, List<String> boilerplate) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
            String trimmed = line.strip().replace("\uFEFF", "");
            if (boilerplate.stream().anyMatch(trimmed::startsWith)) continue;
            text.append(line).append('\n');
        }
        return text.toString();
    }

    /** A mention of the type whose folded text is one of the alternatives; للأمم counts as الأمم. */
    private static boolean found(String text, List<Mention> mentions, EntityType type, String[] alternatives) {
        for (Mention m : mentions) {
            if (m.type() != type) continue;
            String surface = ArabicText.fold(m.surface());
            boolean afterLam = m.start() > 0 && text.charAt(m.start() - 1) == 'ل' && surface.startsWith("ل");
            for (String alternative : alternatives) {
                String expected = ArabicText.fold(alternative.strip());
                if (surface.equals(expected) || (afterLam && ("ا" + surface).equals(expected))) return true;
            }
        }
        return false;
    }
}
