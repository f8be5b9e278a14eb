package org.nashra.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashra.bake.FixtureProject;
import picocli.CommandLine;

/** Editors win over derived and machine text; machine translation is cached and never breaks a build. */
class EditorsAndTranslationTest {

    static final String EDITED = "003-eeb4d30400637bf5";
    static final String TRANSLATED = "002-ea332c4c9957a7af";

    record Run(int exit, String out, String err) {}

    static Run build(Path project) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Nashra());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("build", "--project", project.toString());
        return new Run(exit, out.toString(), err.toString());
    }

    static Path project(Path dir, int port) throws IOException {
        Path project = FixtureProject.create(dir);
        for (String id : new String[] {"002_ea332c4c9957a7af.txt", "003_eeb4d30400637bf5.txt"}) {
            Files.copy(Path.of("seeds", id), project.resolve("seeds").resolve(id));
        }
        Files.createDirectories(project.resolve("data/articles"));
        Files.writeString(project.resolve("data/articles/" + EDITED + ".yml"), """
                title_en: Coalition to end its Iraq mission in two phases
                summary_ar: ملخص كتبه المحرر عن انتهاء مهمة التحالف.
                url: https://example.org/original
                """, StandardCharsets.UTF_8);
        Files.writeString(project.resolve("data/site.yml"), """
                translation:
                  backend: libretranslate
                  url: http://127.0.0.1:%d
                  retries: 0
                  timeout: 5
                """.formatted(port), StandardCharsets.UTF_8);
        return project;
    }

    static Document page(Path project, String path) throws IOException {
        return Jsoup.parse(project.resolve("site").resolve(path).toFile(), "UTF-8");
    }

    @Test
    void editorTextWinsMachineTextIsMarkedAndCachedAndADownServiceOnlyWarns(@TempDir Path dir) throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/translate", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"translatedText\":\"Machine English\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        Path project = project(dir.resolve("p"), server.getAddress().getPort());
        Run first;
        try {
            first = build(project);
        } finally {
            server.stop(0);
        }
        assertEquals(0, first.exit(), first.out() + first.err());

        Document edited = page(project, "en/" + EDITED + ".html");
        assertEquals("Coalition to end its Iraq mission in two phases", edited.selectFirst("h1").text());
        assertTrue(edited.text().contains("Written by an editor"), edited.text());
        assertEquals("https://example.org/original", edited.select("a[href^=https://example.org]").attr("href"));
        Document editedAr = page(project, "ar/" + EDITED + ".html");
        assertTrue(editedAr.selectFirst(".summary").text().contains("ملخص كتبه المحرر"), editedAr.selectFirst(".summary").text());

        Document machine = page(project, "en/" + TRANSLATED + ".html");
        assertEquals("Machine English", machine.selectFirst("h1").text());
        assertTrue(machine.text().contains("Machine-translated (libretranslate)"), machine.text());
        int afterFirst = requests.get();
        assertTrue(afterFirst > 0);

        // The service is gone now: the cache answers, the pages stay the same, nothing is reported.
        byte[] before = Files.readAllBytes(project.resolve("site/en/" + TRANSLATED + ".html"));
        Run second = build(project);
        assertEquals(0, second.exit(), second.err());
        // Without npm ci there is no Pagefind, and the build says so; SearchTest covers that warning.
        assertFalse(second.err().lines().filter(line -> !line.contains("search skipped: Pagefind is not installed"))
                .anyMatch(line -> line.contains("warning")), second.err());
        assertEquals(new String(before, StandardCharsets.UTF_8),
                Files.readString(project.resolve("site/en/" + TRANSLATED + ".html")));
        assertEquals(afterFirst, requests.get());

        // A fresh project whose service is down from the start: the build succeeds with a warning
        // and the English page falls back to the structured brief.
        Path offline = project(dir.resolve("offline"), server.getAddress().getPort());
        Run third = build(offline);
        assertEquals(0, third.exit(), third.err());
        assertTrue(third.err().contains("machine translation failed"), third.err());
        assertFalse(page(offline, "en/" + TRANSLATED + ".html").selectFirst("h1").text().contains("Machine English"));
    }
}
