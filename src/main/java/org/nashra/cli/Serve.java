package org.nashra.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.nashra.core.Problem;
import org.nashra.serve.PreviewServer;
import org.nashra.serve.SourceWatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code nashra serve}: builds once, serves {@code site/} on 127.0.0.1 and rebuilds, exactly as
 * {@code nashra build} does, whenever seeds, content, templates, assets or data change; open pages
 * reload as soon as a rebuild has put a changed site in place, before its checks. Ctrl-C stops it.
 * Builds share one {@link Pipeline.Memory}: the models stay
 * loaded and a rebuild analyses, writes and checks only what changed, with the same result as a
 * build from scratch.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds, serves site/ on 127.0.0.1 and rebuilds on every change to seeds/, content/, "
                + "templates/, assets/ or data/; open pages reload by themselves. Ctrl-C stops.")
final class Serve implements Callable<Integer> {

    /** Folders whose changes call for a rebuild, relative to the project. */
    static final List<String> WATCHED = List.of("seeds", "content", "templates", "assets", "data");
    /**
     * Long enough to gather the several writes of one save (editors write a file at once or through a
     * temporary file and a rename, within a few milliseconds; a checkout writes file after file without
     * pausing), short enough not to be most of a rebuild: it is part of every rebuild a reader waits for.
     * A burst with longer pauses costs an extra rebuild, never a wrong site.
     */
    static final Duration QUIET = Duration.ofMillis(100);

    @Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    Nashra.ProjectOption options = new Nashra.ProjectOption();

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "8080",
            description = "Port on 127.0.0.1 (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--timings", description = "Print how long each stage of every build took.")
    boolean timings;

    /** Kept from build to build: models stay loaded, and only what changed is analysed, written and checked again. */
    private final Pipeline.Memory memory = new Pipeline.Memory();
    /** Held by each build and by the warm-up's rehearsal: one at a time uses the memory. */
    private final Object building = new Object();
    /** Shows the last build's errors on the pages it serves. */
    private volatile PreviewServer preview;
    /** The last build's errors, and those of the last search index, as the panel shows them. */
    private volatile List<String> buildErrors = List.of();
    private volatile List<String> searchErrors = List.of();

    @Override
    public Integer call() {
        Project project = options.project();
        // Held until serve stops: it may rebuild at any moment.
        return Nashra.holding(spec, project, "serve", () -> serve(project));
    }

    private int serve(Project project) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CountDownLatch stopped = new CountDownLatch(1);
        // The port is taken first, so that a busy one is reported before a build is spent.
        try (PreviewServer server = PreviewServer.start(project.site(), port)) {
            preview = server;
            memory.onSearchIndexed((problems, took) -> {
                Nashra.printProblems(spec, project, problems);
                searchErrors = shownErrors(project, problems);
                showErrors();
                if (problems.isEmpty()) {
                    out.printf(Locale.ROOT, "Search index updated in %.1f s%n", took.toMillis() / 1000.0);
                    out.flush();
                }
            });
            // Open pages reload as soon as the new site is in place; the checks' report follows.
            memory.onSiteUpdated(server::announceRebuild);
            rebuild(project, "Built", false);
            SourceWatcher watcher = SourceWatcher.start(
                    WATCHED.stream().map(project.root()::resolve).toList(),
                    List.of(project.content()),
                    QUIET,
                    // An editor's change to content/ saved during a rebuild is a change of its own.
                    (file, now) -> memory.wroteContent(project.content(), file, now),
                    look -> rebuild(project, "Rebuilt", look.outputsAsLeft()));
            warmUp(project);
            Thread onCtrlC = new Thread(() -> {
                watcher.close();
                stopBuilding();
                server.close();
                stopped.countDown();
            }, "nashra-serve-stop");
            Runtime.getRuntime().addShutdownHook(onCtrlC);
            out.println("Serving " + project.show(project.site()) + " at " + server.uri() + " (Ctrl-C to stop)");
            out.flush();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                watcher.close();
                stopBuilding();
                try {
                    Runtime.getRuntime().removeShutdownHook(onCtrlC);
                } catch (IllegalStateException shuttingDown) {
                    // The hook is already running.
                }
            }
        } catch (IOException e) {
            err.println("cannot serve on 127.0.0.1:" + port + ": " + e.getMessage());
            err.flush();
            return 1;
        }
        out.println("Stopped.");
        out.flush();
        return 0;
    }

    /**
     * Readies serve for the first change in the background while the editor reads the first build: a
     * rehearsal rebuild (nothing changed, so nothing written) and a few pages rendered aside run the code
     * every rebuild runs, and the models load and analyse one article. A change made meanwhile waits for
     * the rehearsal (about a second at 2,000 articles). Best effort: a failure here shows again, reported,
     * in the rebuild that meets it.
     */
    private void warmUp(Project project) {
        Thread warming = new Thread(() -> {
            try {
                synchronized (building) {
                    new Pipeline(project, Progress.silent(), memory).rehearse();
                }
                memory.warmUp();
            } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
                // said by the rebuild that meets it
            }
        }, "nashra-serve-warm-up");
        warming.setDaemon(true);
        warming.setPriority(Thread.MIN_PRIORITY);
        warming.start();
    }

    /** Waits for a build or the warm-up's rehearsal under way, and for what it still writes, so that none is cut in half. */
    private void stopBuilding() {
        synchronized (building) {
            memory.settle();
        }
    }

    /**
     * One build, reported like {@code nashra build}; a failure is printed and the last good site stays.
     *
     * @param contentAsLeft the watcher saw {@code content/} as the last build left it, so the content
     *                      writer need not look at each file it wrote again
     */
    private void rebuild(Project project, String verb, boolean contentAsLeft) {
        synchronized (building) {
            rebuildNow(project, verb, contentAsLeft);
        }
    }

    private void rebuildNow(Project project, String verb, boolean contentAsLeft) {
        long start = System.nanoTime();
        try {
            Pipeline pipeline = new Pipeline(project, Progress.silent(), memory);
            Pipeline.Report report = pipeline.build(Set.of(), contentAsLeft);
            String built = String.format(Locale.ROOT, "%s %d of %d articles (%d analysed)",
                    verb, report.articles(), report.seeds(), pipeline.analysedAfresh());
            String done = pipeline.done(built, report);
            if (timings) {
                pipeline.timings().forEach((stage, ms) -> spec.commandLine().getOut().printf(Locale.ROOT, "  %-14s %6d ms%n", stage, ms));
            }
            Nashra.finish(spec, project, report, done, start);
            buildErrors = shownErrors(project, report.problems());
            showErrors();
        } catch (RuntimeException e) {
            failed("build failed: " + e);
        } catch (OutOfMemoryError e) {
            // Said once, and serving goes on: the watcher must outlive a rebuild that ran out of heap.
            failed("build failed: out of memory with a heap of at most " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MiB; the last good site is kept. Restart serve with a larger heap, e.g. NASHRA_HEAP=4g ./nashra serve");
        }
    }

    private void failed(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(message);
        err.flush();
        buildErrors = List.of(message);
        showErrors();
    }

    private static List<String> shownErrors(Project project, List<Problem> problems) {
        return problems.stream().filter(Problem::isError).map(p -> Nashra.shown(project, p)).toList();
    }

    /** The last build's errors, then those of the search index made after it, which may come later or not at all. */
    private synchronized void showErrors() {
        PreviewServer server = preview;
        if (server == null) return;
        List<String> errors = new java.util.ArrayList<>(buildErrors);
        errors.addAll(searchErrors);
        server.showErrors(errors);
    }
}
