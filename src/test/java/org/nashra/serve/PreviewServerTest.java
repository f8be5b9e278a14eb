package org.nashra.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview server over a small hand-made site folder: what it sends, and what it refuses. */
class PreviewServerTest {

    @TempDir
    static Path dir;
    static Path site;
    static PreviewServer server;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final String PAGE = "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><title>ص</title></head><body><p>نص</p></BODY></html>\n";

    @BeforeAll
    static void start() throws IOException {
        site = dir.resolve("site");
        Files.createDirectories(site.resolve("css"));
        Files.createDirectories(site.resolve("en"));
        Files.writeString(site.resolve("index.html"), PAGE, StandardCharsets.UTF_8);
        Files.writeString(site.resolve("en/index.html"), PAGE.replace("نص", "text"), StandardCharsets.UTF_8);
        for (String name : new String[] {"css/site.css", "app.js", "logo.svg", "font.woff2", "feed.xml", "search.json", "notes.txt", "blob.bin"}) {
            Files.writeString(site.resolve(name), "x", StandardCharsets.UTF_8);
        }
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "SECRET", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("secret.txt"), "SECRET", StandardCharsets.UTF_8);
        Files.createSymbolicLink(site.resolve("link-out.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("dir-out"), outside);
        server = PreviewServer.start(site, 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the request line exactly as written, so no client can tidy the path up first. */
    static String raw(String requestTarget) throws IOException {
        try (Socket socket = new Socket(server.uri().getHost(), server.uri().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + requestTarget + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void servesOnLoopbackOnly() {
        assertEquals("127.0.0.1", server.uri().getHost());
        assertTrue(server.uri().getPort() > 0);
    }

    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /                | text/html; charset=utf-8
            /index.html      | text/html; charset=utf-8
            /en/             | text/html; charset=utf-8
            /css/site.css    | text/css; charset=utf-8
            /app.js          | text/javascript; charset=utf-8
            /logo.svg        | image/svg+xml
            /font.woff2      | font/woff2
            /feed.xml        | application/xml; charset=utf-8
            /search.json     | application/json
            /notes.txt       | text/plain; charset=utf-8
            /blob.bin        | application/octet-stream
            """)
    void sendsEachFileWithItsContentType(String path, String type) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path);
        assertEquals(type, response.headers().firstValue("Content-Type").orElse(""), path);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void aFolderWithoutItsSlashIsRedirectedSoRelativeLinksResolve() throws Exception {
        HttpResponse<String> response = get("/en");
        assertEquals(301, response.statusCode());
        assertEquals("/en/", response.headers().firstValue("Location").orElse(""));
    }

    @Test
    void htmlIsServedWithTheReloadScriptButTheBakedFileIsUntouched() throws Exception {
        String served = get("/").body();
        assertTrue(served.contains(LiveReload.SCRIPT + "</BODY>"), served);
        assertEquals(PAGE, Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8));
        assertFalse(get("/css/site.css").body().contains("<script"));
    }

    @Test
    void theLastBuildsErrorsAreListedOnEveryPageServedUntilABuildHasNone() throws Exception {
        try {
            server.showErrors(List.of("data/site.yml:3: error: not valid YAML: expected ',' or ']', but got <stream end>"));
            for (String page : List.of("/", "/en/")) {
                String served = get(page).body();
                assertTrue(served.contains("<aside id=\"" + LiveReload.ERRORS_ID + "\" role=\"alert\" lang=\"en\" dir=\"ltr\""), served);
                org.jsoup.nodes.Element panel = org.jsoup.Jsoup.parse(served).getElementById(LiveReload.ERRORS_ID);
                assertEquals("1 error in the last build: the preview may not show what the sources say", panel.selectFirst("strong").text());
                assertEquals(List.of("data/site.yml:3: error: not valid YAML: expected ',' or ']', but got <stream end>"),
                        panel.select("li").eachText());
                assertTrue(served.contains("</aside>" + LiveReload.SCRIPT + "</BODY>"), "the panel and the script close the body: " + served);
            }
            assertEquals(PAGE, Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8), "the baked file untouched");
            assertFalse(get("/css/site.css").body().contains(LiveReload.ERRORS_ID));
        } finally {
            server.showErrors(List.of());
        }
        assertFalse(get("/").body().contains(LiveReload.ERRORS_ID));
    }

    @Test
    void unknownPathsAre404() throws Exception {
        assertEquals(404, get("/nothing.html").statusCode());
        assertEquals(404, get("/css/").statusCode(), "a folder without index.html is not listed");
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws Exception {
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        HttpResponse<String> head = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
    }

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {
            "/../secret.txt",
            "/../outside/secret.txt",
            "/en/../../secret.txt",
            "/%2e%2e/secret.txt",
            "/%2E%2E/%2e%2e/secret.txt",
            "/..%2fsecret.txt",
            "/en/..%2f..%2fsecret.txt",
            "/%5c..%5csecret.txt",
            "/..\\secret.txt",
            "/index.html%00.txt",
            "/link-out.txt",
            "/dir-out/secret.txt",
            "//etc/passwd",
            "/%2fetc%2fpasswd",
    })
    void nothingOutsideTheSiteIsServed(String target) throws Exception {
        String response = raw(target);
        String status = response.lines().findFirst().orElse("");
        assertTrue(status.contains(" 403 ") || status.contains(" 404 ") || status.contains(" 400 "), target + " ⇒ " + status);
        assertFalse(response.contains("SECRET"), target);
        assertFalse(response.contains("root:"), target);
    }

    @Test
    void aRebuildIsAnnouncedOnTheEventStream() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.uri().resolve(LiveReload.EVENTS_PATH)).build();
        HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals("text/event-stream; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertEquals("retry: 1000", lines.readLine());
            CompletableFuture<String> event = CompletableFuture.supplyAsync(() -> {
                try (Stream<String> rest = lines.lines()) {
                    return rest.filter(l -> l.startsWith("event:")).findFirst().orElse("");
                }
            });
            server.announceRebuild();
            assertEquals("event: reload", event.get(20, TimeUnit.SECONDS));
        }
    }

    @Test
    void resolvingIsConfinedToTheSiteFolder() throws IOException {
        assertEquals(403, server.resolve("/a/../../x").status());
        assertEquals(403, server.resolve("/a\u0000b").status());
        assertEquals(404, server.resolve("/missing").status());
        assertEquals(200, server.resolve("/en/").status());
        assertEquals(site.resolve("en/index.html").toRealPath(), server.resolve("/en/").file());
    }
}
