package org.nashra.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Arabic news is never taken for Persian, Urdu or Kurdish: ANERcorp (../shared/data/ner, skipped when absent),
 * its words run together 100 at a time, as short articles, the foreign names it writes included.
 */
class ScriptLanguageOnAnercorpTest {

    private static final Path CORPUS = Path.of("..", "shared", "data", "ner", "anercorp-camel-train.txt");
    private static final int WORDS = 100;

    @Test
    void noStretchOfArabicNewsIsTakenForAnotherLanguage() throws IOException {
        Assumptions.assumeTrue(Files.exists(CORPUS), "ANERcorp not present");
        List<String> words = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) words.add(line.split("\\s+")[0]);
        }
        List<String> taken = new ArrayList<>();
        int stretches = 0;
        for (int from = 0; from + WORDS <= words.size(); from += WORDS) {
            stretches++;
            String text = String.join(" ", words.subList(from, from + WORDS));
            ScriptLanguage.otherThanArabic(text).ifPresent(language -> taken.add(language + ": " + text));
        }
        assertEquals(List.of(), taken, "of " + stretches + " stretches of " + WORDS + " words");
        assertEquals(true, stretches > 1000, "the corpus read: " + stretches + " stretches");
    }
}
