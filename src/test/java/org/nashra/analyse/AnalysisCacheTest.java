package org.nashra.analyse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a cache may be called empty: before a build knows any article, it decides whether every one will be analysed. */
class AnalysisCacheTest {

    @TempDir
    Path project;

    private AnalysisCache cache() {
        return new AnalysisCache(project.resolve(".nashra/cache/analysis"), "fingerprint");
    }

    @Test
    void aCacheNeverWrittenIsEmpty() {
        assertTrue(cache().isEmpty());
    }

    @Test
    void foldersAndUnfinishedWritesAloneLeaveItEmpty() throws IOException {
        Path folder = Files.createDirectories(project.resolve(".nashra/cache/analysis/ab"));
        Files.writeString(folder.resolve(".entry-123.tmp"), "{");
        assertTrue(cache().isEmpty());
    }

    @Test
    void oneEntryMakesItNotEmpty() throws IOException {
        Path folder = Files.createDirectories(project.resolve(".nashra/cache/analysis/ab"));
        Files.writeString(folder.resolve("ab12.json"), "{}");
        assertFalse(cache().isEmpty());
    }
}
