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

    /**
     * Five times serve's, so that writes 20 ms apart stay one burst on a busy machine, where a sleep of
     * 20 ms can take several times that.
     */
    static final Duration QUIET = Duration.ofMillis(500);
    /** Long enough for any pending run to have happened on a busy machine. */
    static final long SETTLE_MILLIS = 3000;

    @TempDir
    Path dir;

    /** A stand-in for the build: does {@code work} as run n, records what each run was told, and lets the test wait for a run. */
    private static final class Build implements java.util.function.Consumer<SourceWatcher.Look> {
        interface Work {
            void run(int n) throws IOException;
        }

        final AtomicInteger runs = new AtomicInteger();
        final List<Boolean> contentAsLeft = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final Semaphore ran = new Semaphore(0);
        private final Work work;

        Build(Work work) {
            this.work = work;
        }

        @Override
        public void accept(SourceWatcher.Look look) {
            contentAsLeft.add(look.outputsAsLeft());
            try {
                work.run(runs.incrementAndGet());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            ran.release();
        }

        boolean ran() throws InterruptedException {
            return ran.tryAcquire(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aBurstOfChangesGivesOneRunAndOutputWrittenByTheRunGivesNone() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Path content = Files.createDirectories(dir.resolve("content"));
        // What a build does: writes generated files into content/.
        Build build = new Build(n -> Files.writeString(content.resolve("page.md"), "generated " + n, StandardCharsets.UTF_8));
        try (SourceWatcher watcher = SourceWatcher.start(List.of(seeds, content), List.of(content), QUIET, build)) {
            for (int i = 0; i < 5; i++) {
                Files.writeString(seeds.resolve("a.txt"), "version " + i, StandardCharsets.UTF_8);
                Thread.sleep(20);
            }
            assertTrue(build.ran(), "a change runs the action");
            Thread.sleep(SETTLE_MILLIS);
            assertEquals(1, build.runs.get(), "five quick writes, one run; the run's own content/ write, none");

            Path nested = Files.createDirectories(seeds.resolve("later/deeper"));
            Thread.sleep(QUIET.toMillis() * 2);
            Files.writeString(nested.resolve("b.txt"), "new", StandardCharsets.UTF_8);
            assertTrue(build.ran(), "a folder created later is watched too");
            Thread.sleep(SETTLE_MILLIS);
            assertEquals(2, build.runs.get());

            Files.writeString(content.resolve("page.md"), "edited by hand", StandardCharsets.UTF_8);
            assertTrue(build.ran(), "an editor's change to content/ is a change");
            Thread.sleep(SETTLE_MILLIS);
            assertEquals(3, build.runs.get());
            assertEquals(List.of(true, true, false), build.contentAsLeft,
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
        Build build = new Build(n -> {
            Files.writeString(generated, "generated " + n, StandardCharsets.UTF_8);
            // An editor saves a content file while the first run is under way.
            if (n == 1) Files.writeString(edited, "corrected by hand", StandardCharsets.UTF_8);
        });
        // The run vouches for what it writes, as serve's content writer does.
        java.util.function.BiPredicate<Path, java.nio.file.attribute.BasicFileAttributes> wrote = (file, now) -> file.equals(generated);
        try (SourceWatcher watcher = SourceWatcher.start(List.of(seeds, content), List.of(content), QUIET, wrote, build)) {
            Files.writeString(seeds.resolve("a.txt"), "changed", StandardCharsets.UTF_8);
            assertTrue(build.ran(), "a change runs the action");
            assertTrue(build.ran(), "the editor's save during the run runs it again");
            Thread.sleep(SETTLE_MILLIS);
            assertEquals(2, build.runs.get(), "the second run's own writes give no third");
            assertEquals(List.of(true, false), build.contentAsLeft, "the second run is told content/ is not as the first left it");
        }
    }

    /**
     * After a run the watcher looks only at what the events name, so it must wait for the events of the
     * run's last writes (reported a moment later by the file system) and must not miss a source saved
     * during the run.
     */
    @Test
    void writesToTheVeryEndOfARunAreItsOwnAndASourceSavedDuringItRunsItAgain() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Path content = Files.createDirectories(dir.resolve("content"));
        Build build = new Build(n -> {
            if (n == 3) Files.writeString(seeds.resolve("b.txt"), "saved during run 3", StandardCharsets.UTF_8);
            // The run's last act: pages written, one made and renamed as the content writer does, one removed.
            for (int i = 0; i < 20; i++) Files.writeString(content.resolve("page-" + i + ".md"), "run " + n, StandardCharsets.UTF_8);
            Path temp = content.resolve(".index.md.tmp");
            Files.writeString(temp, "index of run " + n, StandardCharsets.UTF_8);
            Files.move(temp, content.resolve("index.md"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(content.resolve("stale-" + (n - 1) + ".md"));
            Files.writeString(content.resolve("stale-" + n + ".md"), "to be removed by the next run", StandardCharsets.UTF_8);
        });
        try (SourceWatcher watcher = SourceWatcher.start(List.of(seeds, content), List.of(content), QUIET, build)) {
            for (int edit = 1; edit <= 5; edit++) {
                Files.writeString(seeds.resolve("a.txt"), "version " + edit, StandardCharsets.UTF_8);
                assertTrue(build.ran(), "edit " + edit + " runs the action");
                if (edit == 3) assertTrue(build.ran(), "the source saved during the third run runs it again");
                Thread.sleep(QUIET.toMillis() * 2);
            }
            Thread.sleep(SETTLE_MILLIS);
            assertEquals(6, build.runs.get(), "one run an edit and one for the source saved during a run; none for the runs' own writes");
            assertEquals(java.util.Collections.nCopies(6, true), build.contentAsLeft, "content/ is always as the last run left it");
            try (var listing = Files.list(content)) {
                assertTrue(listing.noneMatch(file -> file.getFileName().toString().startsWith(".nashra-watch-")),
                        "the watcher leaves no file of its own behind");
            }
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
