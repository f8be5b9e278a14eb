package org.nashra.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site works as a project site under a base path with no configuration: served under
 * {@code /nashra-test/} by a plain static server, every link, stylesheet and asset reachable from the
 * home page answers 200, and every page of the site is reached.
 */
class BasePathTest {

    static final String BASE = "/nashra-test/";
    static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");

    @TempDir
    static Path dir;
    static Path site;
    static HttpServer server;
    static URI home;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void buildAndServe() throws IOException {
        Path project = SiteBuilds.projectWithRealSeeds(dir.resolve("project"));
        SiteBuilds.Run run = SiteBuilds.run("build", "--project", project.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        site = project.resolve("site").toRealPath();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(BASE, BasePathTest::serve);
        server.start();
        home = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + BASE);
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    /** A static host in a few lines: the part of the path after the base is a file of site/; nothing else exists. */
    static void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(BASE.length());
            Path file = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path).normalize();
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    @Test
    void everyLinkFromTheHomePageResolvesUnderTheBasePath() throws Exception {
        TreeMap<String, Integer> status = new TreeMap<>();
        Set<String> pagesReached = new TreeSet<>();
        Deque<URI> queue = new ArrayDeque<>();
        queue.add(home);
        while (!queue.isEmpty()) {
            URI uri = queue.poll();
            String key = uri.getPath();
            if (status.containsKey(key)) continue;
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            status.put(key, response.statusCode());
            if (response.statusCode() != 200) continue;
            if (key.endsWith("/") || key.endsWith(".html")) {
                pagesReached.add(key.endsWith("/") ? key + "index.html" : key);
                Document page = Jsoup.parse(response.body(), uri.toString());
                for (Element link : page.select("a[href], link[href], script[src], img[src], source[src], [srcset]")) {
                    String target = link.hasAttr("href") ? link.attr("href") : link.hasAttr("src") ? link.attr("src") : link.attr("srcset").split("\\s")[0];
                    follow(uri, target, queue, status);
                }
            } else if (key.endsWith(".css")) {
                Matcher m = CSS_URL.matcher(response.body());
                while (m.find()) follow(uri, m.group(1), queue, status);
            }
        }
        TreeMap<String, Integer> failed = new TreeMap<>();
        status.forEach((path, code) -> { if (code != 200) failed.put(path, code); });
        assertEquals(new TreeMap<>(), failed, "every link answers 200 under " + BASE);

        Set<String> allPages = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(site)) {
            // The not-found pages are what a host serves for a missing address; nothing links to them.
            walk.filter(p -> p.toString().endsWith(".html") && !p.getFileName().toString().equals("404.html"))
                    .forEach(p -> allPages.add(BASE + site.relativize(p).toString().replace('\\', '/')));
        }
        assertEquals(allPages, pagesReached, "every page of the site is reachable from the home page");
        assertTrue(status.keySet().stream().anyMatch(p -> p.endsWith(".css")), "the stylesheet was fetched: " + status.keySet());
    }

    private static void follow(URI from, String target, Deque<URI> queue, TreeMap<String, Integer> status) {
        if (target.isBlank() || target.startsWith("#") || target.startsWith("data:")) return;
        URI resolved = from.resolve(target.trim());
        if (resolved.getScheme() != null && !resolved.getScheme().startsWith("http")) return;
        if (!home.getAuthority().equals(resolved.getAuthority())) return; // another site: not ours to check
        if (!resolved.getPath().startsWith(BASE)) {
            status.put("leaves the base path: " + target + " on " + from.getPath(), 0);
            return;
        }
        queue.add(URI.create(resolved.getScheme() + "://" + resolved.getAuthority() + resolved.getRawPath()));
    }
}
