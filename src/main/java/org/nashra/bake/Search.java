package org.nashra.bake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.nashra.core.Problem;
import org.nashra.core.Sha256;

/**
 * Builds the static search index of a baked site with Pagefind into {@code pagefind/} inside the site, in
 * shards of at least {@link #SHARD_PAGES} pages that the search box merges: a later index takes over every
 * shard whose pages did not change, so a changed article has its shard indexed again, not the whole site
 * ({@code search-index.js} says how). Arabic text is folded before indexing by the same rules the search
 * box applies to queries ({@code assets/js/arabic-fold.js}). Pagefind runs on Node.js from the project's
 * {@code node_modules} (installed by {@code npm ci}); without Node or Pagefind the site is still complete,
 * only without search, and a warning says so.
 */
public final class Search {

    private static final String INDEX_SCRIPT = "search-index.js";
    private static final String FOLD_MODULE = "assets/js/arabic-fold.js";
    /** The project's files that make an index from the same pages come out otherwise: Pagefind's version, the folding rules. */
    static final List<String> TOOLS = List.of("node_modules/pagefind/package.json", FOLD_MODULE);
    /**
     * How long Pagefind may take before it is taken for hung: five minutes, or 60 ms a page when that is
     * longer. It took 5 to 9 ms a page on two cores (docs/PERFORMANCE.md), and in the background it
     * runs at low priority beside rebuilds; a fixed limit would fail a large archive's index.
     */
    static java.time.Duration timeout(long pages) {
        return java.time.Duration.ofMillis(Math.max(300_000L, 60L * pages));
    }

    private static final Path NICE = Path.of("/usr/bin/nice");

    /**
     * The fewest pages a shard of the index holds ({@code search-index.js}): a site of fewer than twice as
     * many searchable pages has one index. Each shard costs a reader's first search a few requests more, one
     * after the other, and later searches a chunk of index more from each shard; on a phone's connection
     * (DevTools' Slow 4G) the first search at 2,000 articles took 3.4 s with one index, 3.8 s with two shards,
     * 4.5 s with four and 6.8 s with eight (docs/PERFORMANCE.md). So shards are few: two at 2,000 articles
     * (4,000 briefings), each made again in half the time of the whole index, four at 5,000; and each holds
     * at most twice this many pages, which bounds Pagefind's memory however large the archive grows.
     */
    static final int SHARD_PAGES = 2000;

    private final Path projectDir;
    private final String node;
    /** Run Pagefind at a lower CPU priority, so that builds running meanwhile come first. */
    private final boolean yielding;
    private final int shardPages;

    /** @param projectDir the folder holding {@code node_modules/} and {@code assets/} */
    public Search(Path projectDir) {
        this(projectDir, "node");
    }

    /** @param node the Node.js executable, a name looked up on the PATH or a path */
    Search(Path projectDir, String node) {
        this(projectDir, node, false, SHARD_PAGES);
    }

    private Search(Path projectDir, String node, boolean yielding, int shardPages) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.node = node;
        this.yielding = yielding;
        this.shardPages = shardPages;
    }

    /** The same search with Pagefind run under {@code nice -n 10} (where the system has it): for an index made in the background. */
    Search yielding() {
        return new Search(projectDir, node, true, shardPages);
    }

    /** The same search with shards of at least {@code pages} pages: small sites with several shards, for tests. */
    Search withShardPages(int pages) {
        return new Search(projectDir, node, yielding, pages);
    }

    /** The record of the shards of a site's index, in the bake's state folder. */
    static Path shardRecord(Path state) {
        return state.resolve(".nashra-search-shards.json");
    }

    /** The folder of the site that holds its search index. */
    static final String FOLDER = "pagefind";

    /**
     * Indexes the pages in {@code folder} into its {@code pagefind/}.
     *
     * @param folder where the baked pages are now (a staging folder, say)
     * @param site   the site the pages are for, as problems should name it
     * @return a warning when search was skipped, an error when indexing failed; empty when the index was built
     */
    public List<Problem> index(Path folder, Path site) {
        return index(folder, folder.resolve(FOLDER), site, null, null, process -> {});
    }

    /**
     * Indexes the pages in {@code folder} into its {@code pagefind/}, taking over from {@code previous} each
     * shard whose pages are as {@code record} says they were.
     *
     * @param previous the index an earlier run made ({@code pagefind/} of the old site); it need not exist
     * @param record   the record of the shards: read, then written for the new index
     */
    List<Problem> index(Path folder, Path site, Path previous, Path record) {
        return index(folder, folder.resolve(FOLDER), site, previous, record, process -> {});
    }

    /**
     * Indexes the pages in {@code folder} into {@code output}, a folder of its own.
     *
     * @param previous an earlier index to take unchanged shards over from, or null
     * @param record   the record of the shards, read and written; null for none (every shard is made)
     * @param started  handed Pagefind's process as soon as it runs, so that it can be stopped; the call
     *                 then returns an error
     */
    List<Problem> index(Path folder, Path output, Path site, Path previous, Path record, java.util.function.Consumer<Process> started) {
        if (!installed()) {
            return List.of(Problem.warning(site, "search skipped: Pagefind is not installed in "
                    + projectDir.resolve("node_modules") + " (run npm ci in " + projectDir + ")"));
        }
        if (!Files.isRegularFile(projectDir.resolve(FOLD_MODULE))) {
            return List.of(Problem.error(site, "search index failed: no " + FOLD_MODULE + " in " + projectDir));
        }
        String script;
        try (InputStream in = Search.class.getResourceAsStream(INDEX_SCRIPT)) {
            if (in == null) throw new IOException("resource " + INDEX_SCRIPT + " is missing");
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> words = new java.util.ArrayList<>();
        if (yielding && Files.isExecutable(NICE)) words.addAll(List.of(NICE.toString(), "-n", "10"));
        String salt;
        try {
            salt = salt(script);
        } catch (IOException e) {
            return List.of(Problem.error(site, "search index failed: " + e.getMessage()));
        }
        words.addAll(List.of(node, "--input-type=module", "-e", script,
                folder.toAbsolutePath().normalize().toString(), projectDir.resolve(FOLD_MODULE).toString(),
                output.toAbsolutePath().normalize().toString(),
                record == null ? "" : record.toAbsolutePath().normalize().toString(),
                previous == null ? "" : previous.toAbsolutePath().normalize().toString(),
                salt, Integer.toString(shardPages)));
        ProcessBuilder command = new ProcessBuilder(words)
                .directory(projectDir.toFile())
                .redirectErrorStream(true);
        Process process;
        try {
            process = command.start();
        } catch (IOException e) {
            return List.of(Problem.warning(site, "search skipped: Node.js (" + node + ") cannot be run: " + e.getMessage()));
        }
        started.accept(process);
        // Read on a thread of its own: a pool's thread blocked here would be one fewer for a build's parallel work.
        CompletableFuture<String> said = new CompletableFuture<>();
        Thread reader = new Thread(() -> said.complete(readAll(process.getInputStream())), "nashra-pagefind-output");
        reader.setDaemon(true);
        reader.start();
        java.time.Duration timeout;
        try {
            timeout = timeout(htmlPages(folder));
        } catch (UncheckedIOException e) {
            timeout = timeout(0);
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stop(process);
                return List.of(Problem.error(site, "search index failed: Pagefind took over " + timeout.toSeconds() + " s"));
            }
        } catch (InterruptedException e) {
            stop(process);
            Thread.currentThread().interrupt();
            return List.of(Problem.error(site, "search index failed: interrupted"));
        }
        if (process.exitValue() == 0) return List.of();
        String lines = said.join().strip();
        return List.of(Problem.error(site, "search index failed (Pagefind exit code " + process.exitValue() + "): "
                + (lines.isEmpty() ? "no message" : String.join(" | ", lines.lines().limit(8).toList()))));
    }

    /** The pages of a baked site: its HTML files, at any depth. */
    static long htmlPages(Path folder) {
        try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".html")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops Pagefind: Node and the indexing service it started. */
    static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** True when Pagefind is in the project's {@code node_modules}: then an index covers every page of the site. */
    public boolean installed() {
        return Files.isRegularFile(projectDir.resolve("node_modules/pagefind/package.json"));
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "cannot read Pagefind's output: " + e.getMessage();
        }
    }

    /**
     * What makes a shard besides its pages: the indexing script, Pagefind's version and the folding rules. A
     * shard made by another of them is made again.
     */
    private String salt(String script) throws IOException {
        java.security.MessageDigest digest = Sha256.start();
        Sha256.add(digest, script);
        for (String input : TOOLS) {
            Sha256.add(digest, "\0" + input + "\0");
            digest.update(Files.readAllBytes(projectDir.resolve(input)));
        }
        return Sha256.hex(digest);
    }
}
