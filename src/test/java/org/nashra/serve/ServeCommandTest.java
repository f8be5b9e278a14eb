package org.nashra.serve;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashra.bake.FixtureProject;
import org.nashra.cli.Nashra;
import picocli.CommandLine;

/** {@code nashra serve} end to end: build, serve, change a seed, see the page reload with the change, stop. */
class ServeCommandTest {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final Pattern URL = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/");

    static final String BEFORE = "اجتماع اللجنة في بغداد\n\nقال المتحدث إن اللجنة عقدت اجتماعها الأول في بغداد يوم الأحد.\n";
    static final String AFTER = "اجتماع اللجنة في بغداد\n\nقال المتحدث إن اللجنة عقدت اجتماعها الثاني في البصرة يوم الاثنين.\n";

    @TempDir
    Path dir;

    @Test
    void servesRebuildsOnASeedChangeAndReloadsOpenPages() throws Exception {
        Path project = FixtureProject.create(dir.resolve("project"));
        Path seed = project.resolve("seeds/010_committee.txt");
        Files.writeString(seed, BEFORE, StandardCharsets.UTF_8);

        Serving serving = Serving.start(project);
        StringWriter out = serving.out();
        Writer err = serving.err();
        try {
            URI base = awaitUrl(out, err);
            assertTrue(out.toString().contains("Built 1 of 1 articles"), out.toString());

            HttpResponse<String> page = get(base.resolve("ar/010-committee.html"));
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("الأول في بغداد"), page.body());
            assertTrue(page.body().contains(LiveReload.EVENTS_PATH), "served pages carry the reload script");
            assertFalse(Files.readString(project.resolve("site/ar/010-committee.html")).contains(LiveReload.EVENTS_PATH),
                    "baked files do not");

            HttpResponse<InputStream> events = HTTP.send(HttpRequest.newBuilder(base.resolve(LiveReload.EVENTS_PATH)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            BufferedReader lines = new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8));
            assertEquals("retry: 1000", lines.readLine());
            CompletableFuture<String> reload = CompletableFuture.supplyAsync(() -> {
                try (Stream<String> rest = lines.lines()) {
                    return rest.filter(l -> l.startsWith("event:")).findFirst().orElse("");
                }
            });

            Files.writeString(seed, AFTER, StandardCharsets.UTF_8);
            assertEquals("event: reload", reload.get(180, TimeUnit.SECONDS), out + "\n" + err);

            String changed = get(base.resolve("ar/010-committee.html")).body();
            assertTrue(changed.contains("الثاني في البصرة"), changed);
            assertFalse(changed.contains("الأول في بغداد"), changed);
            // Pages reload once the site is in place; the report follows after the checks.
            awaitOutput(out, err, Pattern.compile("Rebuilt 1 of 1 articles"));
            lines.close();

            // A build with errors shows them on every page served, until a build has none.
            Path settings = project.resolve("data/site.yml");
            String good = Files.readString(settings, StandardCharsets.UTF_8);
            Files.writeString(settings, good + "feed_size: [10\n", StandardCharsets.UTF_8);
            String shown = awaitPage(base.resolve("en/index.html"), body -> body.contains(LiveReload.ERRORS_ID), out, err);
            assertTrue(shown.contains(">data/site.yml:" + (good.lines().count() + 2) + ": error: not valid YAML: "), shown);
            assertFalse(Files.readString(project.resolve("site/en/index.html")).contains(LiveReload.ERRORS_ID), "baked files do not");
            Files.writeString(settings, good, StandardCharsets.UTF_8);
            awaitPage(base.resolve("en/index.html"), body -> !body.contains(LiveReload.ERRORS_ID), out, err);
        } finally {
            serving.stop();
        }
        assertEquals(0, serving.exit().get(), out + "\n" + err);
        assertTrue(out.toString().contains("Stopped."), out.toString());
        assertEquals(1, URL.matcher(out.toString()).results().count(), "the address is printed once:\n" + out);
    }

    @Test
    void aSearchIndexThatFailsShowsOnThePagesUntilOneIsMade() throws Exception {
        Path project = FixtureProject.create(dir.resolve("search"));
        org.junit.jupiter.api.Assumptions.assumeTrue(new org.nashra.bake.Search(project).installed(), "Pagefind not installed (npm ci)");
        Files.writeString(project.resolve("seeds/010_committee.txt"), BEFORE, StandardCharsets.UTF_8);
        // The search index folds Arabic letters with the site's own script: without it, no index is made.
        Path fold = project.resolve("assets/js/arabic-fold.js");
        String folding = Files.readString(fold, StandardCharsets.UTF_8);

        Serving serving = Serving.start(project);
        StringWriter out = serving.out();
        Writer err = serving.err();
        try {
            URI base = awaitUrl(out, err);

            Files.delete(fold);
            String shown = awaitPage(base.resolve("ar/010-committee.html"), body -> body.contains(LiveReload.ERRORS_ID), out, err);
            assertTrue(shown.contains(": error: search index failed: no assets/js/arabic-fold.js in "), shown);

            Files.writeString(fold, folding, StandardCharsets.UTF_8);
            awaitPage(base.resolve("ar/010-committee.html"), body -> !body.contains(LiveReload.ERRORS_ID), out, err);
        } finally {
            serving.stop();
        }
    }

    @Test
    void aTakenPortIsReportedNotThrown() throws Exception {
        Path project = FixtureProject.create(dir.resolve("busy"));
        try (PreviewServer taken = PreviewServer.start(project.resolve("site"), 0)) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = new CommandLine(new Nashra());
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute("serve", "--port", Integer.toString(taken.uri().getPort()), "--project", project.toString());
            assertEquals(1, code);
            assertTrue(err.toString().contains("cannot serve on 127.0.0.1:" + taken.uri().getPort()), err.toString());
        }
    }

    /** {@code nashra serve --port 0} on a thread of its own, with what it prints and, once it stops, its exit code. */
    private record Serving(StringWriter out, StringWriter err, AtomicInteger exit, Thread thread) {
        static Serving start(Path project) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = new CommandLine(new Nashra());
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            AtomicInteger exit = new AtomicInteger(-1);
            Thread thread = new Thread(() -> exit.set(cli.execute("serve", "--port", "0", "--project", project.toString())), "serve-under-test");
            thread.start();
            return new Serving(out, err, exit, thread);
        }

        /** Asks serve to stop, as Ctrl-C does, and waits until it has. */
        void stop() throws InterruptedException {
            thread.interrupt();
            thread.join(TimeUnit.SECONDS.toMillis(90));
            assertFalse(thread.isAlive(), "serve stops when asked");
        }
    }

    private static URI awaitUrl(StringWriter out, Writer err) throws InterruptedException {
        return URI.create(awaitOutput(out, err, URL));
    }

    /** What serve printed that {@code wanted} matches first, once it has printed it. */
    private static String awaitOutput(StringWriter out, Writer err, Pattern wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            Matcher m = wanted.matcher(out.toString());
            if (m.find()) return m.group();
            Thread.sleep(50);
        }
        throw new AssertionError("never printed " + wanted + ":\n" + out + "\n" + err);
    }

    /** The page at {@code uri} once it is as {@code wanted}, asked for again and again. */
    private static String awaitPage(URI uri, java.util.function.Predicate<String> wanted, StringWriter out, Writer err) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        String body = "";
        while (System.nanoTime() < deadline) {
            body = get(uri).body();
            if (wanted.test(body)) return body;
            Thread.sleep(100);
        }
        throw new AssertionError("the page never became as wanted:\n" + body + "\n" + out + "\n" + err);
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new AssertionError("not serving " + uri, e);
        }
    }
}
