package org.nashra.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures Nashra's build on generated corpora, each figure over several fresh-JVM runs (median and
 * range), and bakes the same Markdown with stock JBake and with Hugo for comparison. Run through
 * {@code bench/run}, which builds the jar and compiles this.
 */
public final class Bench {

    /** One timed process. */
    record Run(double wallSeconds, double reportedSeconds, long peakRssKiB, int pages, int exit, String output) {}

    /** The figures of one measure at one size. */
    record Measure(String name, List<Run> runs) {
        double median(ToDoubleFunction<Run> f) {
            List<Double> values = new ArrayList<>(runs.stream().map(f::applyAsDouble).toList());
            Collections.sort(values);
            int n = values.size();
            return n == 0 ? Double.NaN : n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
        }

        double min(ToDoubleFunction<Run> f) { return runs.stream().mapToDouble(f).min().orElse(Double.NaN); }

        double max(ToDoubleFunction<Run> f) { return runs.stream().mapToDouble(f).max().orElse(Double.NaN); }
    }

    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Pattern REPORTED = Pattern.compile("(\\d+) pages in ([0-9.]+) s");
    private static final Pattern SERVING_AT = Pattern.compile(" at (http://\\S+/)");
    /** serve's live-reload event stream (serve.LiveReload.EVENTS_PATH). */
    private static final String EVENTS_PATH = "__nashra/events";

    private final Path repo;
    private final Path work;
    private final String classpath;
    private final int runs;
    private final int bigRuns;
    private final int jbakeMaxArticles;
    private final String heapCap;
    private final long randomSeed;
    private final StringBuilder report = new StringBuilder();
    private final Trash trash;

    private Bench(Path repo, Path work, String classpath, int runs, int bigRuns, int jbakeMaxArticles, String heapCap, long randomSeed) {
        this.heapCap = heapCap;
        this.repo = repo;
        this.trash = new Trash(work);
        this.work = work;
        this.classpath = classpath;
        this.runs = runs;
        this.bigRuns = bigRuns;
        this.jbakeMaxArticles = jbakeMaxArticles;
        this.randomSeed = randomSeed;
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(100, 1000, 5000);
        int runs = 3;
        int bigRuns = -1;
        int jbakeMax = 2000;
        String heapCap = "none";
        long seed = 20240928L;
        Path work = Path.of("/tmp/nashra-bench");
        Path repo = Path.of("").toAbsolutePath();
        String classpath = System.getProperty("java.class.path");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = Stream.of(args[++i].split(",")).map(String::trim).map(Integer::parseInt).toList();
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--big-runs" -> bigRuns = Integer.parseInt(args[++i]);
                case "--jbake-max" -> jbakeMax = Integer.parseInt(args[++i]);
                case "--heap-cap" -> heapCap = args[++i];
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--work" -> work = Path.of(args[++i]).toAbsolutePath();
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (options: --sizes 100,1000,5000 --runs 3 --big-runs N --jbake-max 2000 --heap-cap 768m|none --seed N --work DIR)");
            }
        }
        Bench bench = new Bench(repo, work, classpath, runs, bigRuns < 0 ? runs : bigRuns, jbakeMax, heapCap, seed);
        bench.trash.empty(); // left by a run that was stopped
        try {
            bench.run(sizes);
        } finally {
            bench.trash.empty();
        }
    }

    private void run(List<Integer> sizes) throws Exception {
        boolean hugo = Files.isExecutable(Path.of("/usr/bin/hugo"));
        line("Nashra benchmark: sizes %s, %d runs each (%d above 1000 articles), random seed %d, %d cores, Java %s", sizes, runs, bigRuns, randomSeed,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        line("Hugo: %s", hugo ? firstLine(exec(List.of("hugo", "version"), null).output()) : "not installed (apt-get install -y hugo)");
        line("");
        Corpus corpus = Corpus.fromSeeds(repo.resolve("seeds"));
        List<String[]> rows = new ArrayList<>();
        List<String> derived = new ArrayList<>();
        java.util.TreeMap<Integer, List<Measure>> bySize = new java.util.TreeMap<>();
        for (int size : sizes) {
            Path dir = work.resolve(Integer.toString(size));
            Path project = dir.resolve("project");
            Corpus.project(repo, project, corpus, size, randomSeed, trash);
            System.err.printf(Locale.ROOT, "%tT  %d articles generated in %s%n", new java.util.Date(), size, project);
            String jar = repo.resolve("target/nashra.jar").toString();
            // Through the launcher the README gives, with its bounded heap.
            String nashra = repo.resolve("nashra").toString();
            int runs = size > 1000 ? bigRuns : this.runs;
            List<String> build = List.of(nashra, "build", "-C", project.toString());

            Measure full = measure("full build", runs, () -> fromScratch(project), build);
            // Everything a full build does but analysis: what the full-build target leaves room for besides it.
            Measure cached = measure(ANALYSES_CACHED, runs, () -> withAnalysesOnly(project), build);
            List<Path> seeds;
            try (Stream<Path> list = Files.list(project.resolve("seeds"))) {
                seeds = list.sorted().toList();
            }
            int[] edit = {0};
            Measure changed = measure("rebuild, one seed changed", runs, () -> {
                Path seed = seeds.get((edit[0] * 7919) % seeds.size());
                Files.writeString(seed, Files.readString(seed, StandardCharsets.UTF_8) + "\n" + corpus.extraParagraph(edit[0]) + "\n",
                        StandardCharsets.UTF_8);
                edit[0]++;
            }, build);
            Measure again = measure("rebuild, nothing changed", runs, () -> { }, build);
            Measure bake = measure(BAKE_FROM_SCRATCH, runs, () -> withoutSite(project),
                    List.of(nashra, "bake", "-C", project.toString()));
            // Several edits: the first rebuilds in a new process still run mostly before the JIT has compiled them.
            List<Measure> serve = serve(project, nashra, Math.max(runs, SERVE_EDITS), seeds, corpus, edit);
            Measure serving = serve.get(0);
            int pages = full.runs().get(0).pages();
            List<Measure> measures = new ArrayList<>(List.of(full, cached, changed, again, bake));
            measures.addAll(serve);

            if (size == sizes.get(sizes.size() - 1) && !heapCap.equals("none")) {
                // The JVM grows its heap lazily up to a quarter of the machine's memory: how a build
                // fares with another bound than the launcher's, straight from the jar.
                measures.add(measure("full build, java -Xmx" + heapCap + " -jar", 1, () -> fromScratch(project),
                        List.of("java", "-Xmx" + heapCap, "-jar", jar, "build", "-C", project.toString())));
            }
            Measure hugoBake = null;
            if (hugo) {
                Path hugoSite = dir.resolve("hugo");
                HugoSite.write(project.resolve("content"), repo.resolve("bench/hugo"), hugoSite, trash);
                hugoBake = measure("Hugo, same Markdown", runs, () -> trash.discard(hugoSite.resolve("public")),
                        List.of("hugo", "--quiet", "--source", hugoSite.toString(), "--destination", hugoSite.resolve("public").toString()));
                measures.add(hugoBake);
            }
            Measure jbake = null;
            if (size <= jbakeMaxArticles) {
                // Stock JBake is quadratic: above a few hundred articles one run is all the time allows.
                jbake = measure("stock JBake Oven, same Markdown", size <= 500 ? runs : 1, () -> trash.discard(dir.resolve("jbake")),
                        List.of("java", "-cp", classpath, "org.nashra.bench.StockJBake", project.resolve("content").toString(),
                                repo.resolve("bench/jbake/templates").toString(), dir.resolve("jbake").toString()));
                measures.add(jbake);
            }
            bySize.put(size, measures);
            for (Measure m : measures) {
                rows.add(new String[] {Integer.toString(size), Integer.toString(pages), m.name(),
                        fmt("%.2f", m.median(Run::wallSeconds)),
                        fmt("%.2f–%.2f", m.min(Run::wallSeconds), m.max(Run::wallSeconds)),
                        Integer.toString(m.runs().size()),
                        fmt("%.0f", m.median(r -> r.peakRssKiB() / 1024.0))});
            }
            derived.add(fmt("%d articles: in a running serve, one seed changed: %.2f s from the change to open pages told to reload "
                            + "(the new site in place), %.2f s to the rebuild's report after the site checks (%.2f s the rebuild itself, "
                            + "as serve reports it; the rest is the %d ms quiet period and noticing the change)",
                    size, serving.median(Run::wallSeconds), serve.get(1).median(Run::wallSeconds), serving.median(Run::reportedSeconds),
                    SERVE_QUIET_MS));
            double buildInside = full.median(Run::reportedSeconds);
            double bakeInside = bake.median(Run::reportedSeconds);
            derived.add(fmt("%d articles, %d pages: full build %.1f ms per article (wall, fresh JVM); in-process %.2f s, of which bake+site check %.2f s "
                            + "→ analysis to content written ≈ %.0f articles/s, bake+check %.0f pages/s",
                    size, pages, 1000 * full.median(Run::wallSeconds) / size, buildInside, bakeInside,
                    size / Math.max(buildInside - bakeInside, 0.05), pages / Math.max(bakeInside, 0.05)));
            if (hugoBake != null) {
                derived.add(fmt("%d articles: Nashra full build / Hugo = %.1f×; the same with every analysis cached / Hugo = %.1f×; "
                                + "Nashra bake only / Hugo = %.1f×", size,
                        full.median(Run::wallSeconds) / hugoBake.median(Run::wallSeconds),
                        cached.median(Run::wallSeconds) / hugoBake.median(Run::wallSeconds),
                        bake.median(Run::wallSeconds) / hugoBake.median(Run::wallSeconds)));
            }
            if (jbake != null) {
                derived.add(fmt("%d articles: Nashra bake only / stock JBake = %.2f×; Nashra full build / stock JBake = %.2f×", size,
                        bake.median(Run::wallSeconds) / jbake.median(Run::wallSeconds),
                        full.median(Run::wallSeconds) / jbake.median(Run::wallSeconds)));
            }
            System.err.println("done: " + size + " articles");
        }
        line("| articles | pages | measure | median s | range s | runs | peak RSS MiB |");
        line("|---:|---:|---|---:|---:|---:|---:|");
        for (String[] row : rows) line("| %s |", String.join(" | ", row));
        line("");
        for (String d : derived) line("- %s", d);
        line("");
        targets(bySize);
        System.out.print(report);
    }

    /** Where the agreed targets stand, from this run's medians. */
    private void targets(java.util.TreeMap<Integer, List<Measure>> bySize) {
        line("Targets:");
        int largest = bySize.lastKey();
        int base = bySize.containsKey(500) ? 500 : bySize.firstKey();
        if (largest != base) {
            double perLarge = find(bySize, largest, "full build").median(Run::wallSeconds) / largest;
            double perBase = find(bySize, base, "full build").median(Run::wallSeconds) / base;
            line("- time per article at %d is %.2f× that at %d (target ≤ 1.3×): %s", largest, perLarge / perBase, base,
                    perLarge / perBase <= 1.3 ? "met" : "not met");
        }
        int mid = bySize.containsKey(2000) ? 2000 : largest;
        Measure hugo = find(bySize, mid, "Hugo, same Markdown");
        double full = find(bySize, mid, "full build").median(Run::wallSeconds);
        if (hugo != null) {
            double ratio = full / hugo.median(Run::wallSeconds);
            line("- full build of %d articles is %.1f× Hugo's time for the same pages (target ≤ 3×): %s; with every analysis "
                            + "cached, the rest of it is %.1f×", mid, ratio, ratio <= 3 ? "met" : "not met",
                    find(bySize, mid, ANALYSES_CACHED).median(Run::wallSeconds) / hugo.median(Run::wallSeconds));
        }
        double changed = find(bySize, mid, "rebuild, one seed changed").median(Run::wallSeconds);
        double served = find(bySize, mid, SERVE_UPDATED).median(Run::wallSeconds);
        double checked = find(bySize, mid, SERVE_REPORTED).median(Run::wallSeconds);
        line("- rebuild after one changed seed at %d articles, in a running serve: %.2f s from the change to an updated site "
                        + "(open pages told to reload; target < 1 s): %s; %.2f s to serve's report after the site checks; "
                        + "in a fresh JVM (nashra build): %.2f s: %s", mid, served, served < 1 ? "met" : "not met",
                checked, changed, changed < 1 ? "met" : "not met");
        // One-shot commands and serve apart: serve keeps the whole site's state in memory to rebuild in a second.
        java.util.function.Predicate<Measure> serve = m -> m.name().equals(SERVE_UPDATED) || m.name().equals(SERVE_REPORTED);
        java.util.function.ToLongFunction<java.util.function.Predicate<Measure>> peak = which -> bySize.get(largest).stream()
                .filter(m -> !m.name().contains("Hugo") && !m.name().contains("JBake") && !m.name().contains("-Xmx"))
                .filter(which).flatMap(m -> m.runs().stream()).mapToLong(Run::peakRssKiB).max().orElse(-1);
        long oneShotRss = peak.applyAsLong(serve.negate()) / 1024;
        long serveRss = peak.applyAsLong(serve) / 1024;
        line("- peak RSS at %d articles, run as the README runs it (./nashra; target < 1024 MiB%s): build, rebuilds and bake "
                        + "%d MiB: %s; serve %d MiB: %s", largest, largest == 5000 ? "" : ", set at 5,000 articles",
                oneShotRss, oneShotRss < 1024 ? "met" : "not met", serveRss, serveRss < 1024 ? "met" : "not met");
        Measure capped = find(bySize, largest, "full build, java -Xmx");
        if (capped != null) {
            Run run = capped.runs().get(0);
            line("- the same full build with the heap capped at %s: %s, %.1f s, peak RSS %d MiB", heapCap,
                    run.exit() == 0 ? "succeeded" : "FAILED (exit " + run.exit() + ")", run.wallSeconds(), run.peakRssKiB() / 1024);
        }
    }

    private static Measure find(java.util.TreeMap<Integer, List<Measure>> bySize, int size, String name) {
        return bySize.get(size).stream().filter(m -> m.name().startsWith(name)).findFirst().orElse(null);
    }

    /**
     * A project as a first build finds it: no content, no site, and nothing kept under {@code .nashra/}
     * (its analysis cache would spare a second "full" build all its analysis).
     */
    private void fromScratch(Path project) {
        trash.discard(project.resolve("content"));
        trash.discard(project.resolve("site"));
        trash.discard(project.resolve(".nashra"));
    }

    static final String BAKE_FROM_SCRATCH = "bake only, from scratch (nashra bake)";

    /**
     * A project whose site is gone with what the last bake and check kept of it: every page is rendered and
     * parsed for the checks. Left in place, the checks' facts would vouch for pages baked again with the same
     * bytes, and the row would time the bake without the checks' parsing.
     */
    private void withoutSite(Path project) throws IOException {
        trash.discard(project.resolve("site"));
        Path kept = project.resolve(".nashra");
        if (Files.isDirectory(kept)) {
            try (Stream<Path> state = Files.list(kept)) {
                for (Path p : state.filter(p -> p.getFileName().toString().startsWith("bake-")).toList()) trash.discard(p);
            }
        }
        trash.discard(kept.resolve("cache/site-facts.json"));
    }

    static final String ANALYSES_CACHED = "full build with every analysis cached (no content, site or plans)";

    /**
     * A project as a full build finds it, but for the analysis cache, which the full build before filled: the
     * build reads every seed, links, plans, writes, bakes and checks every page, and analyses nothing.
     */
    private void withAnalysesOnly(Path project) throws IOException {
        trash.discard(project.resolve("content"));
        trash.discard(project.resolve("site"));
        Path kept = project.resolve(".nashra");
        Path cache = kept.resolve("cache");
        try (Stream<Path> state = Files.list(kept)) {
            for (Path p : state.filter(p -> !p.equals(cache)).toList()) trash.discard(p);
        }
        try (Stream<Path> entries = Files.list(cache)) {
            for (Path p : entries.filter(p -> !p.getFileName().toString().equals("analysis")).toList()) trash.discard(p);
        }
    }

    /** Serve's quiet period before it rebuilds (cli.Serve.QUIET), part of what a reader waits for. */
    private static final int SERVE_QUIET_MS = 100;
    /** Seeds changed one after another in one serve process. */
    private static final int SERVE_EDITS = 5;

    /** The open page's reload and serve's own report of one rebuild, named as the table names them. */
    static final String SERVE_UPDATED = "rebuild in a running serve, one seed changed (change to site updated)";
    static final String SERVE_REPORTED = "rebuild in a running serve, one seed changed (change to Rebuilt, checks done)";

    /**
     * One long-lived {@code nashra serve} on the project: once it has built and is serving, a seed is
     * changed {@code count} times. Each edit is timed from the write to the moment serve tells open pages
     * to reload (its live-reload event, sent once the new site is in place; read here as a browser would,
     * on the event stream), and to serve's "Rebuilt" line (after the site checks). Peak RSS is the serve
     * process's over its whole life, first build included.
     */
    private List<Measure> serve(Path project, String nashra, int count, List<Path> seeds, Corpus corpus, int[] edit) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of("/usr/bin/time", "-v", nashra, "serve", "--port", "0",
                "-C", project.toString())).redirectErrorStream(true);
        Process process = builder.start();
        java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = in.readLine()) != null; ) {
                    synchronized (output) { output.append(l).append('\n'); }
                    lines.add(l);
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.start();
        List<Run> updated = new ArrayList<>();
        List<Run> reported = new ArrayList<>();
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        try {
            String serving = awaitLine(lines, "Serving ", 1800);
            Matcher at = SERVING_AT.matcher(serving);
            if (!at.find()) throw new IllegalStateException("no address in serve's line: " + serving);
            // The page's side of live reload: each "reload" event, stamped as it arrives.
            java.util.concurrent.BlockingQueue<Long> reloads = new java.util.concurrent.LinkedBlockingQueue<>();
            var events = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(at.group(1)).resolve(EVENTS_PATH)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofLines());
            Thread listener = new Thread(() -> {
                try {
                    events.body().forEach(l -> {
                        if (l.equals("event: reload")) reloads.add(System.nanoTime());
                    });
                } catch (java.io.UncheckedIOException e) {
                    // serve stopped: the stream ends with it
                }
            });
            listener.setDaemon(true);
            listener.start();
            for (int i = 0; i < count; i++) {
                Thread.sleep(1000); // let the watcher settle after the last build
                Path seed = seeds.get((edit[0] * 7919) % seeds.size());
                String text = Files.readString(seed, StandardCharsets.UTF_8) + "\n" + corpus.extraParagraph(edit[0]) + "\n";
                edit[0]++;
                reloads.clear();
                long start = System.nanoTime();
                Files.writeString(seed, text, StandardCharsets.UTF_8);
                String done = awaitLine(lines, "Rebuilt ", 600);
                double wall = (System.nanoTime() - start) / 1e9;
                Long reload = reloads.poll(10, java.util.concurrent.TimeUnit.SECONDS);
                if (reload == null) throw new IllegalStateException("serve rebuilt but told no open page to reload: " + done);
                double toReload = (reload - start) / 1e9;
                Matcher figures = REPORTED.matcher(done);
                boolean found = figures.find();
                int pages = found ? Integer.parseInt(figures.group(1)) : -1;
                double inside = found ? Double.parseDouble(figures.group(2)) : Double.NaN;
                int exit = done.contains(" 0 errors") ? 0 : 1;
                updated.add(new Run(toReload, inside, -1, pages, exit, done));
                reported.add(new Run(wall, inside, -1, pages, exit, done));
                System.err.printf(Locale.ROOT, "%tT  rebuild in a running serve, run %d: %.2f s to the reload, %.2f s to Rebuilt (%s)%n",
                        new java.util.Date(), i + 1, toReload, wall, done);
            }
        } finally {
            // SIGTERM to the JVM under time(1): serve stops through its shutdown hook and time reports.
            process.toHandle().children().forEach(ProcessHandle::destroy);
            process.waitFor();
            reader.join(10_000);
        }
        Matcher rss;
        synchronized (output) { rss = RSS.matcher(output.toString()); }
        long peak = rss.find() ? Long.parseLong(rss.group(1)) : -1;
        java.util.function.Function<List<Run>, List<Run>> withPeak = runs -> runs.stream()
                .map(r -> new Run(r.wallSeconds(), r.reportedSeconds(), peak, r.pages(), r.exit(), r.output())).toList();
        return List.of(new Measure(SERVE_UPDATED, withPeak.apply(updated)), new Measure(SERVE_REPORTED, withPeak.apply(reported)));
    }

    private static String awaitLine(java.util.concurrent.BlockingQueue<String> lines, String prefix, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, java.util.concurrent.TimeUnit.SECONDS);
            if (line != null && line.startsWith(prefix)) return line;
        }
        throw new IllegalStateException("serve printed no line starting with '" + prefix + "' within " + seconds + " s");
    }

    interface Step {
        void run() throws IOException;
    }

    private Measure measure(String name, int count, Step before, List<String> command) throws Exception {
        List<Run> results = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            before.run();
            List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-v"));
            timed.addAll(command);
            Run run = exec(timed, null);
            if (run.exit() != 0) {
                System.err.println("warning: " + name + " exited " + run.exit() + ":\n" + tail(run.output(), 15));
            }
            results.add(run);
            // Nashra's own report says how many articles the build analysed.
            String built = run.output().lines().filter(l -> l.startsWith("Built ")).findFirst().map(l -> " (" + l + ")").orElse("");
            System.err.printf(Locale.ROOT, "%tT  %s, run %d: %.2f s, peak RSS %d MiB%s%n", new java.util.Date(), name, i + 1,
                    run.wallSeconds(), run.peakRssKiB() / 1024, built);
        }
        return new Measure(name, results);
    }

    private static Run exec(List<String> command, Path dir) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (dir != null) builder.directory(dir.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        Matcher rss = RSS.matcher(output);
        Matcher reported = REPORTED.matcher(output);
        boolean found = reported.find();
        return new Run(wall, found ? Double.parseDouble(reported.group(2)) : Double.NaN, rss.find() ? Long.parseLong(rss.group(1)) : -1,
                found ? Integer.parseInt(reported.group(1)) : -1, exit, output);
    }

    private void line(String format, Object... args) {
        report.append(fmt(format, args)).append('\n');
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }

    private static String tail(String text, int lines) {
        List<String> all = text.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }
}
