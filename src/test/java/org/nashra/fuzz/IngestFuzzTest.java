package org.nashra.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.nashra.core.Problem;
import org.nashra.ingest.Article;
import org.nashra.ingest.BoilerplateRules;
import org.nashra.ingest.Block;
import org.nashra.ingest.Ingest;
import org.nashra.ingest.IngestResult;

/**
 * Any bytes as a seed file: reading never throws, an article comes exactly when there is no error,
 * and what it holds is well formed (every line it cites is a line of the file).
 */
class IngestFuzzTest {

    static {
        Replay.withoutAgentUnlessFuzzing();
    }

    static Ingest ingest;
    static Path seed;

    @BeforeAll
    static void setUp() throws IOException {
        BoilerplateRules.Loaded rules = BoilerplateRules.load(Path.of("data", "boilerplate.yml"));
        assertEquals(java.util.List.of(), rules.problems());
        ingest = new Ingest(rules.rules());
        seed = Files.createTempDirectory("nashra-fuzz-").resolve("001_fuzz.txt");
    }

    @AfterAll
    static void tearDown() throws IOException {
        Files.deleteIfExists(seed);
        Files.deleteIfExists(seed.getParent());
    }

    @FuzzTest(maxDuration = "10s")
    void readsAnyBytes(byte[] bytes) throws IOException {
        Files.write(seed, bytes);
        IngestResult result = ingest.read(seed);
        assertEquals(result.hasErrors(), result.article().isEmpty(), result.problems().toString());
        for (Problem problem : result.problems()) {
            assertEquals(seed, problem.file());
            assertTrue(problem.line() >= 0);
        }
        if (result.article().isEmpty()) return;
        Article article = result.article().get();
        assertEquals("001-fuzz", article.id());
        assertFalse(article.title().isBlank(), "an article always has a headline");
        long lines = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).lines().count() + 1;
        for (Block block : article.body()) {
            assertFalse(block.text().isBlank(), "blocks are never blank");
            assertTrue(block.line() >= 1 && block.line() <= Math.max(lines, 1) + 1, "line " + block.line() + " of " + lines);
        }
    }
}
