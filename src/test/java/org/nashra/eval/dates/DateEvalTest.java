package org.nashra.eval.dates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class DateEvalTest {

    private static final Path SHARED = Path.of("..", "shared", "data", "dates");

    @Test
    void scoresATinySpecFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tiny-spec.json");
        try (InputStream in = DateEvalTest.class.getResourceAsStream("tiny-spec.json")) {
            Files.copy(in, file);
        }
        DateEvalReport r = DateEval.evaluate(file);
        assertEquals(5, r.cases());
        // gold dates: "12 يناير 2016", "سبتمبر الماضي", "15" (missed: bare day numbers are not dates in news)
        assertEquals(3, r.goldSpans());
        assertEquals(2, r.goldFound());
        // "غدا" in the duration case and "قبل أسبوعين" in the last case are found but not gold: false alarms
        assertEquals(4, r.foundSpans(), r.problems().toString());
        assertEquals(2, r.foundRight());
        assertEquals(1, r.ignoredSpans());
        // values: both right; "last September" said in November 2016 is September 2016
        assertEquals(2, r.values());
        assertEquals(2, r.valuesRight(), r.problems().toString());
        assertEquals(0.5, r.precision(), 1e-9);
        assertEquals(2.0 / 3, r.recall(), 1e-9);
    }

    @Test
    void readsJson() {
        Object v = Json.parse("\uFEFF{\"a\": [1, 2.5, true, null, \"x\\u0041\\n\"], \"b\": {}}");
        assertEquals(Map.of("b", Map.of()).get("b"), ((Map<?, ?>) v).get("b"));
        List<?> a = (List<?>) ((Map<?, ?>) v).get("a");
        assertEquals(1.0, a.get(0));
        assertEquals("xA\n", a.get(4));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": }"));
    }

    /** Floors a little below the figures measured on the shared spec files (see the report for the figures). */
    @Test
    void sharedSpecFilesStayAboveFloors() {
        assumeTrue(Files.isDirectory(SHARED), "shared date specs absent");
        DateEvalReport all = DateEvalReport.sum("all", DateEval.evaluateAll(SHARED, DateEval.Split.ALL));
        DateEvalReport dev = DateEvalReport.sum("dev", DateEval.evaluateAll(SHARED, DateEval.Split.DEV));
        // measured: all F1 0.976 (P 0.997), dev F1 0.976; normalisation all 0.855, dev 0.783
        assertTrue(all.f1() >= 0.97, all.toString());
        assertTrue(all.precision() >= 0.99, all.toString());
        assertTrue(dev.f1() >= 0.97, dev.toString());
        assertTrue(all.normalisationAccuracy() >= 0.85, all.toString());
        assertTrue(dev.normalisationAccuracy() >= 0.78, dev.toString());
    }
}
