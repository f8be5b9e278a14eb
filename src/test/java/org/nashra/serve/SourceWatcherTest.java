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

    /** As serve's: writes 20 ms apart are one burst. */
    static final Duration QUIET = Duration.ofMillis(100);
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
        List<Boolean> contentAsLeft = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.function.Consumer<SourceWatcher.Look> build = look -> {
            contentAsLeft.add(look.outputsAsLeft());
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
            assertEquals(List.of(true, true, false), contentAsLeft,
                    "each run is told whether content/ is as the last run left it: not after the editor's change");
        }
    }

    @Test
    void anOutputFileTheRunDidNotWriteIsAChangeAndTheNextRunIsToldSo() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Path content = Files.createDirectories(dir.resolve("content"));
        Path generated = content.resolve("generated.md");
        Path edited = content.resolve("edited.md");
        Files.writeString(edited, "as generated", StandardCharsets.UTF_8);
        AtomicInteger runs = new AtomicInteger();
        Semaphore ran = new Semaphore(0);
        List<Boolean> contentAsLeft = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.function.Consumer<SourceWatcher.Look> build = look -> {
            contentAsLeft.add(look.outputsAsLeft());
            int n = runs.incrementAndGet();
            try {
                Files.writeString(generated, "generated " + n, StandardCharsets.UTF_8);
                // An editor saves a content file while the first run is under way.
                if (n == 1) Files.writeString(edited, "corrected by hand", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            ran.release();
        };
        // The run vouches for what it writes, as serve's content writer does.
        java.util.function.BiPredicate<Path, java.nio.file.attribute.BasicFileAttributes> wrote = (file, now) -> file.equals(generated);
        try (SourceWatcher watcher = SourceWatcher.start(List.of(seeds, content), List.of(content), QUIET, wrote, build)) {
            Files.writeString(seeds.resolve("a.txt"), "changed", StandardCharsets.UTF_8);
            assertTrue(ran.tryAcquire(30, TimeUnit.SECONDS), "a change runs the action");
            assertTrue(ran.tryAcquire(30, TimeUnit.SECONDS), "the editor's save during the run runs it again");
            Thread.sleep(SETTLE_MILLIS);
            assertEquals(2, runs.get(), "the second run's own writes give no third");
            assertEquals(List.of(true, false), contentAsLeft, "the second run is told content/ is not as the first left it");
        }
    }

    /** The watcher looks again only at what events name: each kind of change must still be seen, once. */
    @Test
    void removalsRenamesAndRemovedFoldersAreChangesAndAnAtomicSaveIsOne() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("a.txt"), "a", StandardCharsets.UTF_8);
        Files.writeString(Files.createDirectories(seeds.resolve("old/deeper")).resolve("b.txt"), "b", StandardCharsets.UTF_8);
        // Names that sort among the removed folder's files: they stay, or a second run would follow.
        Files.writeString(seeds.resolve("old.txt"), "o", StandardCharsets.UTF_8);
        Files.writeString(Files.createDirectories(seeds.resolve("old-notes")).resolve("c.txt"), "c", StandardCharsets.UTF_8);
        AtomicInteger runs = new AtomicInteger();
        Semaphore ran = new Semaphore(0);
        Runnable build = () -> {
            runs.incrementAndGet();
            ran.release();
        };
        try (SourceWatcher watcher = SourceWatcher.start(List.of(seeds), List.of(), QUIET, build)) {
            // An editor's safe save: the new text goes to a temporary file, which then replaces the old one.
            Path temp = seeds.resolve(".a.txt.swp");
            Files.writeString(temp, "a, edited", StandardCharsets.UTF_8);
            Files.move(temp, seeds.resolve("a.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            assertTrue(ran.tryAcquire(30, TimeUnit.SECONDS), "a file replaced by a rename is a change");
            Thread.sleep(SETTLE_MILLIS);
            assertEquals(1, runs.get(), "one save, one run");

            Files.delete(seeds.resolve("old/deeper/b.txt"));
            Files.delete(seeds.resolve("old/deeper"));
            Files.delete(seeds.resolve("old"));
            assertTrue(ran.tryAcquire(30, TimeUnit.SECONDS), "a folder removed with its file is a change");
            Thread.sleep(SETTLE_MILLIS);
            assertEquals(2, runs.get(), "one run: what the watcher knew below the folder went, and only that");

            Files.writeString(seeds.resolve("c.txt"), "c", StandardCharsets.UTF_8);
            Files.delete(seeds.resolve("c.txt"));
            Thread.sleep(SETTLE_MILLIS);
            assertEquals(2, runs.get(), "a file made and removed within a burst leaves nothing changed");

            Files.delete(seeds.resolve("a.txt"));
            assertTrue(ran.tryAcquire(30, TimeUnit.SECONDS), "a file removed is a change");
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
