package org.nashra.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the watcher runs its action: once per burst of real changes, never for its action's own output. */
class SourceWatcherTest {

    static final Duration QUIET = Duration.ofMillis(300);
    /** Long enough for any pending run to have happened on a busy machine. */
    static final long SETTLE_MILLIS = 3000;

    @TempDir
    Path dir;

    @Test
    void aBurstOfChangesGivesOneRunAndOutputWrittenByTheRunGivesNone() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Path content = Files.createDirectories(dir.resolve("content"));
        AtomicInteger runs = new AtomicInteger();
        Semaphore ran = new Semaphore(0);
        Runnable build = () -> {
            int n = runs.incrementAndGet();
            try {
                // What a build does: writes generated files into content/.
                Files.writeString(content.resolve("page.md"), "generated " + n, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            ran.release();
        };
        try (SourceWatcher watcher = SourceWatcher.start(List.of(seeds, content), List.of(content), QUIET, build)) {
            for (int i = 0; i < 5; i++) {
                Files.writeString(seeds.resolve("a.txt"), "version " + i, StandardCharsets.UTF_8);
                Thread.sleep(20);
            }
            assertTrue(ran.tryAcquire(30, TimeUnit.SECONDS), "a change runs the action");
            Thread.sleep(SETTLE_MILLIS);
            assertEquals(1, runs.get(), "five quick writes, one run; the run's own content/ write, none");

            Path nested = Files.createDirectories(seeds.resolve("later/deeper"));
            Thread.sleep(QUIET.toMillis() * 2);
            Files.writeString(nested.resolve("b.txt"), "new", StandardCharsets.UTF_8);
            assertTrue(ran.tryAcquire(30, TimeUnit.SECONDS), "a folder created later is watched too");
            Thread.sleep(SETTLE_MILLIS);
            assertEquals(2, runs.get());

            Files.writeString(content.resolve("page.md"), "edited by hand", StandardCharsets.UTF_8);
            assertTrue(ran.tryAcquire(30, TimeUnit.SECONDS), "an editor's change to content/ is a change");
            Thread.sleep(SETTLE_MILLIS);
            assertEquals(3, runs.get());
        }
    }

    @Test
    void aClosedWatcherRunsNothingAndMissingFoldersAreSkipped() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        AtomicInteger runs = new AtomicInteger();
        SourceWatcher watcher = SourceWatcher.start(List.of(seeds, dir.resolve("missing")), List.of(), QUIET, runs::incrementAndGet);
        watcher.close();
        Files.writeString(seeds.resolve("a.txt"), "after close", StandardCharsets.UTF_8);
        Thread.sleep(SETTLE_MILLIS);
        assertEquals(0, runs.get(), "a closed watcher runs nothing; a missing folder is skipped");
    }
}
