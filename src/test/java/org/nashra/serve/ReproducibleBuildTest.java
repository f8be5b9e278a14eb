package org.nashra.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives byte-identical content/ and site/ wherever and whenever it is built, and a bake
 * that fails leaves the last good site/ exactly as it was.
 */
class ReproducibleBuildTest {

    @TempDir
    static Path dir;
    static Path first;
    static Path second;
    static SiteBuilds.Run firstRun;
    static SiteBuilds.Run secondRun;

    @BeforeAll
    static void buildTwice() {
        first = SiteBuilds.projectWithRealSeeds(dir.resolve("first"));
        second = SiteBuilds.projectWithRealSeeds(dir.resolve("elsewhere/second"));
        firstRun = SiteBuilds.run("build", "--project", first.toString());
        secondRun = SiteBuilds.run("build", "--project", second.toString());
    }

    @Test
    void bothBuildsSucceed() {
        assertEquals(0, firstRun.exitCode(), firstRun.out() + firstRun.err());
        assertEquals(0, secondRun.exitCode(), secondRun.out() + secondRun.err());
    }

    @Test
    void contentIsByteIdentical() {
        assertSameFiles(first.resolve("content"), second.resolve("content"));
    }

    @Test
    void siteIsByteIdentical() {
        assertSameFiles(first.resolve("site"), second.resolve("site"));
    }

    private static void assertSameFiles(Path a, Path b) {
        TreeMap<String, String> left = SiteBuilds.files(a);
        TreeMap<String, String> right = SiteBuilds.files(b);
        assertEquals(left.keySet(), right.keySet(), "the same files");
        assertTrue(left.size() > 5, "files were built: " + left.keySet());
        for (String file : left.keySet()) {
            assertTrue(left.get(file).equals(right.get(file)), "differs: " + file);
        }
    }

    @Test
    void aFailingBakeLeavesTheLastGoodSiteUntouched() throws IOException {
        Path project = SiteBuilds.projectWithRealSeeds(dir.resolve("broken"));
        SiteBuilds.Run good = SiteBuilds.run("build", "--project", project.toString());
        assertEquals(0, good.exitCode(), good.out() + good.err());
        TreeMap<String, String> before = SiteBuilds.files(project.resolve("site"));
        Path template = project.resolve("templates/briefing.ftl");
        String original = Files.readString(template, StandardCharsets.UTF_8);

        for (String broken : List.of(original + "\n<#if>\n", original + "\n${no_such_field.at_all}\n")) {
            Files.writeString(template, broken, StandardCharsets.UTF_8);
            for (String command : List.of("bake", "build")) {
                SiteBuilds.Run failed = SiteBuilds.run(command, "--project", project.toString());
                assertEquals(1, failed.exitCode(), command + ": " + failed.out() + failed.err());
                assertTrue(failed.err().contains(": error: "), failed.err());
                assertEquals(before, SiteBuilds.files(project.resolve("site")), command + " left site/ as it was");
                try (Stream<Path> top = Files.list(project)) {
                    assertEquals(List.of(), top.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site")).sorted().toList(),
                    "no half-baked folder is left behind");
                }
            }
        }

        Files.writeString(template, original, StandardCharsets.UTF_8);
        SiteBuilds.Run again = SiteBuilds.run("bake", "--project", project.toString());
        assertEquals(0, again.exitCode(), again.out() + again.err());
        assertEquals(before, SiteBuilds.files(project.resolve("site")));
        assertFalse(before.isEmpty());
    }
}
