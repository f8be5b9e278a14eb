package org.nashra.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild renders only the pages whose content file changed, unless a template, the settings or the
 * baking code changed; either way the site is byte for byte the site a bake from scratch gives.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncrementalBakeTest {

    @TempDir
    static Path dir;
    static Path project;
    static Path site;
    static Baker.Result first;

    @BeforeAll
    static void bakeOnce() throws IOException {
        project = FixtureProject.create(dir.resolve("project"));
        try (Stream<Path> walk = Files.walk(Path.of("content").toAbsolutePath())) {
            Path from = Path.of("content").toAbsolutePath();
            for (Path source : walk.sorted().toList()) {
                Path target = project.resolve("content").resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) Files.createDirectories(target);
                else Files.copy(source, target);
            }
        }
        site = project.resolve("site");
        first = new Baker(project).bake(site);
    }

    @Test
    @Order(1)
    void theFirstBakeRendersEveryPage() {
        // Without npm ci there is no Pagefind, and the bake says so; SearchTest covers that warning.
        assertEquals(java.util.List.of(), first.problems().stream()
                .filter(p -> !p.message().startsWith("search skipped: Pagefind is not installed")).toList());
        assertTrue(first.pages() > 30, "fixture too small");
        assertEquals(first.pages(), first.rendered());
    }

    @Test
    @Order(1)
    void howTheJarIsNamedDoesNotMatterOnlyWhichJarItIs() {
        Path settings = project.resolve("jbake.properties");
        Path templates = project.resolve("templates");
        String relative = BakeManifest.key(settings, templates, "target/nashra.jar");
        assertEquals(relative, BakeManifest.key(settings, templates, Path.of("target/nashra.jar").toAbsolutePath().toString()),
                "java -jar target/nashra.jar and ./nashra (which names the jar absolutely) rebuild without rendering again");
        assertEquals(relative, BakeManifest.key(settings, templates, "./target/../target/nashra.jar"));
        assertTrue(!relative.equals(BakeManifest.key(settings, templates, "elsewhere/nashra.jar")), "another jar is another key");
    }

    @Test
    @Order(2)
    void nothingChangedNothingRendered() throws IOException {
        Map<String, String> before = tree(site);
        Baker.Memory fresh = new Baker.Memory();
        Baker.Result again = new Baker(project, Baker.Listener.NONE, fresh).bake(site);
        assertEquals(0, fresh.filesRead(), "a content file under the stamp the manifest keeps is not read again");
        assertEquals(0, again.rendered());
        assertEquals(first.pages(), again.pages());
        assertEquals(before, tree(site));
    }

    @Test
    @Order(3)
    void oneChangedFileOnePageRenderedAndTheSiteIsWhatAFreshBakeGives() throws IOException {
        Path changed = firstBriefing();
        Files.writeString(changed, Files.readString(changed, StandardCharsets.UTF_8) + "\nOne more paragraph.\n", StandardCharsets.UTF_8);
        Baker.Memory fresh = new Baker.Memory();
        Baker.Result again = new Baker(project, Baker.Listener.NONE, fresh).bake(site);
        assertEquals(1, fresh.filesRead(), "only the changed file is read");
        assertEquals(1, again.rendered());
        assertSameAsFreshBake();
    }

    @Test
    @Order(4)
    void aChangedTemplateRendersEveryPage() throws IOException {
        Path template = project.resolve("templates/layout.ftl");
        Files.writeString(template, Files.readString(template, StandardCharsets.UTF_8).replace("</footer>", "<p>v2</p></footer>"),
                StandardCharsets.UTF_8);
        Baker.Result again = new Baker(project).bake(site);
        assertEquals(again.pages(), again.rendered());
        assertTrue(Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8).contains("<p>v2</p>"));
        assertSameAsFreshBake();
    }

    private static void assertSameAsFreshBake() throws IOException {
        Path fresh = dir.resolve("fresh-" + System.nanoTime());
        Baker.Result result = new Baker(project).bake(fresh);
        assertEquals(result.pages(), result.rendered());
        Map<String, String> expected = tree(fresh);
        Map<String, String> actual = tree(site);
        assertEquals(expected.keySet(), actual.keySet());
        for (String file : expected.keySet()) {
            if (!file.equals(BakeManifest.FILE_NAME)) assertEquals(expected.get(file), actual.get(file), file);
        }
    }

    private static Path firstBriefing() throws IOException {
        try (Stream<Path> walk = Files.walk(project.resolve("content/ar"))) {
            return walk.filter(p -> p.getFileName().toString().matches("\\d.*\\.md")).sorted().findFirst().orElseThrow();
        }
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
