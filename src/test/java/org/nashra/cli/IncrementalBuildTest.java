package org.nashra.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashra.bake.FixtureProject;
import picocli.CommandLine;

/** Rebuilds analyse only what changed, and end exactly where a clean build of the same input ends. */
class IncrementalBuildTest {

    static String build(Path project) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Nashra());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("build", "--project", project.toString());
        assertEquals(0, exit, out + "\n" + err);
        return out.toString();
    }

    static Path project(Path dir) throws IOException {
        Path project = FixtureProject.create(dir);
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().toList()) Files.copy(seed, project.resolve("seeds").resolve(seed.getFileName()));
        }
        return project;
    }

    static Map<String, byte[]> tree(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
        }
        return files;
    }

    static void assertSameTree(Path expected, Path actual) throws IOException {
        Map<String, byte[]> a = tree(expected);
        Map<String, byte[]> b = tree(actual);
        assertEquals(a.keySet(), b.keySet());
        for (String file : a.keySet()) assertTrue(Arrays.equals(a.get(file), b.get(file)), "differs: " + file);
    }

    @Test
    void oneChangedSeedIsTheOnlyOneAnalysedAndTheResultEqualsACleanBuild(@TempDir Path dir) throws IOException {
        Path project = project(dir.resolve("incremental"));
        assertTrue(build(project).contains("(5 analysed, 0 unchanged)"));
        assertTrue(build(project).contains("(0 analysed, 5 unchanged)"));

        Path seed = project.resolve("seeds/002_ea332c4c9957a7af.txt");
        Files.writeString(seed, Files.readString(seed, StandardCharsets.UTF_8)
                .replace("المصدر: البوابة نيوز", "وقال التحالف إن الدعم مستمر حتى نهاية العام.\nالمصدر: البوابة نيوز"), StandardCharsets.UTF_8);
        assertTrue(build(project).contains("(1 analysed, 4 unchanged)"));

        Path clean = project(dir.resolve("clean"));
        Files.copy(seed, clean.resolve("seeds/002_ea332c4c9957a7af.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertTrue(build(clean).contains("(5 analysed, 0 unchanged)"));
        assertSameTree(clean.resolve("content"), project.resolve("content"));
        assertSameTree(clean.resolve("site"), project.resolve("site"));
    }

    @Test
    void aTemplateChangeRebakesWithoutAnalysing(@TempDir Path dir) throws IOException {
        Path project = project(dir.resolve("p"));
        build(project);
        Path template = project.resolve("templates/page.ftl");
        Files.writeString(template, Files.readString(template) + "<#-- changed -->\n");
        assertTrue(build(project).contains("(0 analysed, 5 unchanged)"));
    }

    /** Each site page's file identity: a page taken over from the previous site keeps its file (a hard link). */
    static Map<String, Object> fileKeys(Path site) throws IOException {
        Map<String, Object> keys = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".html")).toList()) {
                keys.put(site.relativize(p).toString(),
                        Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
            }
        }
        return keys;
    }

    @Test
    void aLongLivedPipelineRebuildsOnlyWhatTheChangedSeedTouchesAndEndsAsACleanBuild(@TempDir Path dir) throws IOException {
        Path project = project(dir.resolve("serving"));
        Pipeline.Memory memory = new Pipeline.Memory();
        Pipeline first = new Pipeline(new Project(project), Progress.silent(), memory);
        assertTrue(!first.build(java.util.Set.of()).failed());
        assertEquals(5, first.analysedAfresh());

        Pipeline unchanged = new Pipeline(new Project(project), Progress.silent(), memory);
        Map<String, byte[]> contentBefore = tree(project.resolve("content"));
        Map<String, Object> pagesBefore = fileKeys(project.resolve("site"));
        org.junit.jupiter.api.Assumptions.assumeTrue(pagesBefore.values().stream().allMatch(java.util.Objects::nonNull),
                "the file system gives files an identity");
        assertTrue(!unchanged.build(java.util.Set.of()).failed());
        assertEquals(0, unchanged.analysedAfresh());
        assertEquals(pagesBefore, fileKeys(project.resolve("site")), "nothing changed, no page rendered again");

        Path seed = project.resolve("seeds/002_ea332c4c9957a7af.txt");
        Files.writeString(seed, Files.readString(seed, StandardCharsets.UTF_8)
                .replace("المصدر: البوابة نيوز", "وقال التحالف إن الدعم مستمر حتى نهاية العام.\nالمصدر: البوابة نيوز"), StandardCharsets.UTF_8);
        Pipeline rebuild = new Pipeline(new Project(project), Progress.silent(), memory);
        assertTrue(!rebuild.build(java.util.Set.of()).failed());
        assertEquals(1, rebuild.analysedAfresh());

        Map<String, byte[]> contentAfter = tree(project.resolve("content"));
        java.util.Set<String> changedContent = new java.util.TreeSet<>();
        contentAfter.forEach((file, bytes) -> {
            if (file.endsWith(".md") && !Arrays.equals(bytes, contentBefore.get(file))) changedContent.add(file.replaceAll("\\.md$", ".html"));
        });
        Map<String, Object> pagesAfter = fileKeys(project.resolve("site"));
        java.util.Set<String> rendered = new java.util.TreeSet<>();
        pagesAfter.forEach((page, key) -> {
            if (!key.equals(pagesBefore.get(page))) rendered.add(page);
        });
        assertTrue(changedContent.contains("ar/002-ea332c4c9957a7af.html"), changedContent.toString());
        assertEquals(changedContent, rendered, "exactly the pages whose content file changed are rendered again");
        assertTrue(rendered.size() < pagesAfter.size() / 2, "most pages are reused: " + rendered);

        Path clean = project(dir.resolve("clean"));
        Files.copy(seed, clean.resolve("seeds/002_ea332c4c9957a7af.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        build(clean);
        assertSameTree(clean.resolve("content"), project.resolve("content"));
        // Pagefind's index is Pagefind's: its wasm file was once seen to differ between two runs over the same pages.
        Map<String, byte[]> expected = tree(clean.resolve("site"));
        Map<String, byte[]> actual = tree(project.resolve("site"));
        expected.keySet().removeIf(f -> f.startsWith("pagefind/wasm."));
        actual.keySet().removeIf(f -> f.startsWith("pagefind/wasm."));
        assertEquals(expected.keySet(), actual.keySet());
        for (String file : expected.keySet()) assertTrue(Arrays.equals(expected.get(file), actual.get(file)), "differs: " + file);
    }
}
