package org.nashra.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bakes that share a {@link Baker.Memory} (as in {@code nashra serve}, search off) update the site in
 * place while the memory can vouch for it: only new and changed pages are rendered and moved in, pages
 * without a content file are deleted, and the site is byte for byte what a clean bake gives. A failed bake
 * leaves the site untouched; a site changed behind the memory's back, or new templates, mean a whole bake.
 */
class InPlaceBakeTest {

    @TempDir
    Path dir;
    Path project;
    Path site;
    Baker.Memory memory;

    @BeforeEach
    void firstBake() throws IOException {
        project = FixtureProject.create(dir.resolve("project"));
        // Pagefind indexes the whole site, which keeps bakes whole: these bakes are without search.
        Files.deleteIfExists(project.resolve("node_modules"));
        Path from = Path.of("content").toAbsolutePath();
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted().toList()) {
                Path target = project.resolve("content").resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) Files.createDirectories(target);
                else Files.copy(source, target);
            }
        }
        site = project.resolve("site");
        memory = new Baker.Memory();
        Baker.Result first = bake();
        assertFalse(first.failed(), first.problems().toString());
        assertTrue(first.changes().before().isEmpty(), "the first bake makes the whole site");
        assertEquals(first.pages(), first.rendered());
    }

    private Baker.Result bake() {
        return new Baker(project, Baker.Listener.NONE, memory).bake(site, Map.of("ar/feed.xml", "<feed/>"));
    }

    @Test
    void nothingChangedNothingWritten() throws IOException {
        Map<String, Object> keys = fileKeys(site);
        Baker.Result again = bake();
        assertFalse(again.changes().before().isEmpty(), "in place");
        assertEquals(0, again.rendered());
        assertEquals(Set.of(), again.changes().written());
        assertEquals(Set.of(), again.changes().removed());
        assertEquals(keys, fileKeys(site));
        assertSameAsCleanBake();
    }

    @Test
    void aChangeAnAdditionAndARemovalRenderTwoPagesAndEndAsACleanBake() throws IOException {
        Path changed = briefing(0);
        Files.writeString(changed, Files.readString(changed, StandardCharsets.UTF_8) + "\nOne more paragraph.\n", StandardCharsets.UTF_8);
        Path removed = briefing(1);
        Files.delete(removed);
        Files.createDirectories(project.resolve("content/extra"));
        Files.copy(briefing(0), project.resolve("content/extra/only.md"));
        Map<String, Object> keys = fileKeys(site);

        Baker.Result again = bake();
        assertFalse(again.failed(), again.problems().toString());
        assertFalse(again.changes().before().isEmpty(), "in place");
        assertEquals(2, again.rendered());
        assertEquals(Set.of(page(changed), "extra/only.html"), again.changes().written());
        assertEquals(Set.of(page(removed)), again.changes().removed());
        Map<String, Object> after = fileKeys(site);
        after.keySet().removeAll(again.changes().written());
        keys.keySet().removeAll(again.changes().removed());
        keys.keySet().removeAll(again.changes().written());
        assertEquals(keys, after, "every other file is the one that was there");
        assertSameAsCleanBake();

        // The folder a removed page leaves empty goes too.
        Files.delete(project.resolve("content/extra/only.md"));
        Baker.Result last = bake();
        assertEquals(Set.of("extra/only.html"), last.changes().removed());
        assertFalse(Files.exists(site.resolve("extra")));
        assertSameAsCleanBake();
    }

    @Test
    void aFailedBakeLeavesTheSiteAsItWasAndTheNextGoesOnInPlace() throws IOException {
        Map<String, String> before = tree(site);
        Map<String, Object> keys = fileKeys(site);
        Path changed = briefing(0);
        Files.writeString(changed, Files.readString(changed, StandardCharsets.UTF_8) + "\nOne more paragraph.\n", StandardCharsets.UTF_8);
        Path broken = briefing(2);
        String good = Files.readString(broken, StandardCharsets.UTF_8);
        Files.writeString(broken, good.replaceFirst("(?m)^type=briefing$", "type=nosuch"), StandardCharsets.UTF_8);

        Baker.Result failed = bake();
        assertTrue(failed.failed());
        assertEquals(before, tree(site));
        assertEquals(keys, fileKeys(site));

        Files.writeString(broken, good, StandardCharsets.UTF_8);
        Baker.Result fixed = bake();
        assertFalse(fixed.failed(), fixed.problems().toString());
        assertFalse(fixed.changes().before().isEmpty(), "the untouched site is still vouched for");
        assertEquals(Set.of(page(changed)), fixed.changes().written());
        assertSameAsCleanBake();
    }

    @Test
    void aSiteEditedBehindTheMemorysBackIsBakedWhole() throws IOException {
        Path page = site.resolve(page(briefing(0)));
        Files.writeString(page, "edited by hand", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Baker.Result again = bake();
        assertTrue(again.changes().before().isEmpty(), "whole");
        assertEquals(1, again.rendered(), "the edited page, and only it, is rendered again");
        assertSameAsCleanBake();

        Files.writeString(site.resolve("ar/stray.html"), "<p>dropped in</p>", StandardCharsets.UTF_8);
        assertTrue(bake().changes().before().isEmpty(), "whole");
        assertSameAsCleanBake();

        Baker.deleteTree(site);
        Baker.Result rebuilt = bake();
        assertTrue(rebuilt.changes().before().isEmpty(), "whole");
        assertEquals(rebuilt.pages(), rebuilt.rendered());
        assertSameAsCleanBake();
    }

    @Test
    void aChangedTemplateIsAWholeBake() throws IOException {
        Path template = project.resolve("templates/layout.ftl");
        Files.writeString(template, Files.readString(template, StandardCharsets.UTF_8).replace("</footer>", "<p>v2</p></footer>"),
                StandardCharsets.UTF_8);
        Baker.Result again = bake();
        assertTrue(again.changes().before().isEmpty(), "whole");
        assertEquals(again.pages(), again.rendered());
        assertSameAsCleanBake();
    }

    @Test
    void aChangedAssetIsMovedInAndARemovedOneDeleted() throws IOException {
        Path css = project.resolve("assets/css/nashra.css");
        Files.writeString(css, Files.readString(css, StandardCharsets.UTF_8) + "\n/* v2 */\n", StandardCharsets.UTF_8);
        Files.delete(project.resolve("assets/favicon.svg"));
        Baker.Result again = bake();
        assertFalse(again.changes().before().isEmpty(), "in place");
        assertEquals(Set.of("css/nashra.css"), again.changes().written());
        assertEquals(Set.of("favicon.svg"), again.changes().removed());
        assertSameAsCleanBake();
    }

    private void assertSameAsCleanBake() throws IOException {
        Path fresh = dir.resolve("fresh-" + System.nanoTime());
        Baker.Result clean = new Baker(project).bake(fresh, Map.of("ar/feed.xml", "<feed/>"));
        assertFalse(clean.failed(), clean.problems().toString());
        assertEquals(clean.pages(), clean.rendered());
        Map<String, String> expected = tree(fresh);
        Map<String, String> actual = tree(site);
        assertEquals(expected.keySet(), actual.keySet());
        for (String file : expected.keySet()) assertEquals(expected.get(file), actual.get(file), file);
    }

    private Path briefing(int n) throws IOException {
        try (Stream<Path> walk = Files.walk(project.resolve("content/ar"))) {
            return walk.filter(p -> p.getFileName().toString().matches("\\d.*\\.md")).sorted().toList().get(n);
        }
    }

    private String page(Path content) {
        String relative = project.resolve("content").relativize(content).toString();
        return relative.substring(0, relative.length() - ".md".length()) + ".html";
    }

    /** Every file (its bytes) and folder (a marker) under {@code root}. */
    static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                entries.put(root.relativize(p).toString(), Files.isDirectory(p) ? "<folder>"
                        : new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return entries;
    }

    static Map<String, Object> fileKeys(Path root) throws IOException {
        Map<String, Object> keys = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                keys.put(root.relativize(p).toString(), Files.readAttributes(p, BasicFileAttributes.class).fileKey());
            }
        }
        return keys;
    }
}
