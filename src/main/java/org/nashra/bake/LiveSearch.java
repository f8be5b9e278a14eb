package org.nashra.bake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.nashra.core.Problem;

/**
 * The search index of a site a long-lived process updates in place. Pagefind cannot add to an index, so
 * every shard whose pages changed is made again ({@link Search}; half a minute at 2,000 articles, a minute for
 * the whole index): here in the background, from the live site's pages into a scratch folder (the unchanged
 * shards hard-linked from the live index), and moved into the site's {@code pagefind/} once done, so a
 * rebuild is not held up by it. It starts once the site has been left alone for two seconds, and
 * Pagefind runs under {@code nice}, so builds come first. A rebuild stops an index under way (its pages
 * are about to change); the bake after it starts one again if the pages changed since the last index.
 *
 * <p>Pagefind names its index files by their content and lists them in each shard's
 * {@code pagefind-entry.json}, so the new files are moved in first, the entry files and the list of shards
 * last and the old files deleted after them: a reader finds either the old index or the new one. Once no
 * change comes for as long as an index takes, the site is byte for byte what a bake from scratch makes.
 */
final class LiveSearch {

    /** How long the site must stay unchanged before an index starts. */
    private static final Duration QUIET = Duration.ofSeconds(2);

    private final Object lock = new Object();
    /** True when the site's pages changed since its index was made. */
    private boolean stale;
    /** The index under way, if any, and whether it was stopped. */
    private Thread thread;
    private Process process;
    private boolean stopped;
    /** Told the problems and the time of each index made here. */
    private BiConsumer<List<Problem>, Duration> told = (problems, took) -> {};

    /** Who is told of each index made in the background (a serve's console). */
    void tell(BiConsumer<List<Problem>, Duration> listener) {
        synchronized (lock) {
            told = listener;
        }
    }

    /** The pages of the site changed: its index is out of date until one is made over the new pages. */
    void pagesChanged() {
        synchronized (lock) {
            stale = true;
        }
    }

    /** A bake just made the site's whole index with its pages. */
    void indexedWithPages() {
        synchronized (lock) {
            stale = false;
        }
    }

    /**
     * Stops the index under way, if any, and waits for its thread to end. An index that is already
     * being moved into the site is let finish first, so the site never holds half of one.
     */
    void stop() {
        Thread running;
        synchronized (lock) {
            running = thread;
            if (running == null) return;
            stopped = true;
            lock.notifyAll();
            if (process != null) Search.stop(process);
        }
        try {
            running.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Starts making the index of {@code site} in the background if its pages changed since the last
     * one; one already under way is stopped first.
     *
     * @param scratch a folder the index is written in before it moves into the site (same file system)
     * @param state   the bake's state folder, where the index's {@link SearchRecord} is kept
     * @param key     the {@link SearchRecord#key} of the site's pages as they are now
     */
    void refresh(Search search, Path site, Path scratch, Path state, java.util.function.Supplier<String> key) {
        stop();
        synchronized (lock) {
            if (!stale) return;
            stopped = false;
            process = null;
            thread = new Thread(() -> index(search, site, scratch, state, key), "nashra-search-index");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }
    }

    private void index(Search search, Path site, Path scratchParent, Path state, java.util.function.Supplier<String> key) {
        Path scratch = null;
        List<Problem> problems = new ArrayList<>();
        long start = 0;
        try {
            // A change often follows another within seconds: an index started at once would mostly be stopped.
            synchronized (lock) {
                long until = System.nanoTime() + QUIET.toNanos();
                for (long left; !stopped && (left = until - System.nanoTime()) > 0; ) lock.wait(Math.max(1, left / 1_000_000));
                if (stopped) return;
            }
            start = System.nanoTime();
            Files.createDirectories(scratchParent);
            scratch = org.nashra.core.FileWrites.newFolder(scratchParent, "search-");
            Path fresh = scratch.resolve(Search.FOLDER);
            problems.addAll(search.yielding().index(site, fresh, site, site.resolve(Search.FOLDER), Search.shardRecord(state), started -> {
                synchronized (lock) {
                    if (stopped) Search.stop(started);
                    else process = started;
                }
            }));
            synchronized (lock) {
                process = null;
                if (stopped) return;
                // A warning means Pagefind did not run (Node gone, say): the old index is left as it is.
                if (problems.isEmpty()) {
                    SearchRecord.discard(state);
                    moveInto(fresh, site.resolve(Search.FOLDER));
                    stale = false;
                    String made = key.get();
                    if (!made.isEmpty()) SearchRecord.of(made, site.resolve(Search.FOLDER)).write(state);
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.error(site, "search index failed: " + e.getMessage()));
        } catch (InterruptedException e) {
            return;
        } finally {
            if (scratch != null) Baker.deleteTree(scratch);
            synchronized (lock) {
                if (thread == Thread.currentThread()) thread = null;
            }
        }
        BiConsumer<List<Problem>, Duration> listener;
        synchronized (lock) {
            if (stopped) return;
            listener = told;
        }
        listener.accept(List.copyOf(problems), Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Moves the files of {@code fresh} into {@code target}, then deletes what {@code fresh} did not hold. The
     * files a reader's search starts from come last: each shard's entry file (the first shard's last of them),
     * then the list of shards.
     */
    static void moveInto(Path fresh, Path target) throws IOException {
        Set<String> files = relativeFiles(fresh);
        List<String> order = moveOrder(files);
        for (String file : order) {
            Path to = target.resolve(file);
            Files.createDirectories(to.getParent());
            try {
                Files.move(fresh.resolve(file), to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(fresh.resolve(file), to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (String old : relativeFiles(target)) {
            if (!files.contains(old)) Files.deleteIfExists(target.resolve(old));
        }
        List<Path> folders;
        try (Stream<Path> walk = Files.walk(target)) {
            folders = walk.filter(Files::isDirectory).sorted(java.util.Comparator.reverseOrder()).toList();
        }
        for (Path folder : folders) {
            if (folder.equals(target)) continue;
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isEmpty()) Files.delete(folder);
            }
        }
    }

    private static final String ENTRY = "pagefind-entry.json";
    private static final String SHARDS = "nashra-shards.json";

    /** The files of an index in the order they are moved into a site. */
    static List<String> moveOrder(Set<String> files) {
        List<String> order = new ArrayList<>(files);
        order.sort(java.util.Comparator.comparingInt(LiveSearch::moveRank).thenComparing(java.util.Comparator.naturalOrder()));
        return order;
    }

    /** Where a file of an index comes in the order it is moved into a site. */
    private static int moveRank(String file) {
        if (file.equals(SHARDS)) return 3;
        if (file.equals(ENTRY)) return 2;
        return file.endsWith("/" + ENTRY) ? 1 : 0;
    }

    private static Set<String> relativeFiles(Path folder) throws IOException {
        return Files.isDirectory(folder) ? LiveSite.files(folder) : Set.of();
    }
}
