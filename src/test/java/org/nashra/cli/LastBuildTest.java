package org.nashra.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A build that finds nothing changed since the last one says what that build said and does nothing else; any
 * change to what a build reads or writes makes the next build do the work.
 */
class LastBuildTest {

    /** What a build printed and its exit code. */
    record Run(int exit, String out, String err) {
        boolean upToDate() {
            return out.contains("Up to date: nothing changed since the last build of ");
        }
    }

    static Run build(Path project, String... options) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Nashra());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> args = new ArrayList<>(List.of("build", "--project", project.toString()));
        args.addAll(List.of(options));
        int exit = cli.execute(args.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    /**
     * Sets every file of the project (but its state) {@code seconds} into the past: a build leaves no record while
     * a file it reads or writes could still change within the same tick of the file system's clock, and the
     * stamps it records are then those of the files as aged.
     */
    static void age(Path project, int seconds) throws IOException {
        FileTime then = FileTime.fromMillis(System.currentTimeMillis() - seconds * 1000L);
        try (Stream<Path> walk = Files.walk(project)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                if (!project.relativize(p).startsWith(".nashra")) Files.setLastModifiedTime(p, then);
            }
        }
    }

    /** A fixture project built, aged and built again, so that its last build left a record. */
    static Path recorded(Path dir) throws IOException {
        Path project = IncrementalBuildTest.project(dir);
        assertEquals(0, build(project).exit());
        age(project, 60);
        Run second = build(project);
        assertEquals(0, second.exit(), second.out() + second.err());
        assertFalse(second.upToDate(), "the files were aged after the first build: " + second.out());
        assertTrue(Files.isRegularFile(project.resolve(".nashra/last-build")), "no record left");
        return project;
    }

    @TempDir
    static Path shared;
    static Path project;
    static Map<String, byte[]> site;
    static Map<String, byte[]> content;
    static Run again;

    @BeforeAll
    static void buildTwiceThenAgain() throws IOException {
        project = recorded(shared.resolve("project"));
        site = IncrementalBuildTest.tree(project.resolve("site"));
        content = IncrementalBuildTest.tree(project.resolve("content"));
        again = build(project);
    }

    @Test
    void aBuildWithNothingChangedSaysSoAndLeavesEverythingAsItWas() throws IOException {
        assertEquals(0, again.exit(), again.out() + again.err());
        assertTrue(again.upToDate(), again.out());
        assertTrue(again.out().matches("(?s).*of 5 of 5 articles, \\d+ pages in .*"), again.out());
        assertSameFiles(site, IncrementalBuildTest.tree(project.resolve("site")));
        assertSameFiles(content, IncrementalBuildTest.tree(project.resolve("content")));
    }

    static void assertSameFiles(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertEquals(before.keySet(), after.keySet());
        for (String file : before.keySet()) assertTrue(java.util.Arrays.equals(before.get(file), after.get(file)), file);
    }

    @Test
    void itRepeatsTheWarningsOfTheBuildItStandsFor() throws IOException {
        Path dir = Files.createTempDirectory(shared, "warned");
        Path warned = IncrementalBuildTest.project(dir);
        // An override for an article that does not exist is a warning, not an error.
        Files.createDirectories(warned.resolve("data/articles"));
        Files.writeString(warned.resolve("data/articles/999-0000000000000000.yml"), "title_en: Nobody\n", StandardCharsets.UTF_8);
        Run first = build(warned);
        assertEquals(0, first.exit(), first.out() + first.err());
        age(warned, 60);
        Run recording = build(warned);
        assertTrue(recording.err().contains("warning"), recording.err());
        Run next = build(warned);
        assertTrue(next.upToDate(), next.out());
        assertEquals(recording.err(), next.err());
        assertEquals(0, next.exit());
    }

    @Test
    void aBuildWithErrorsLeavesNoRecord() throws IOException {
        Path dir = Files.createTempDirectory(shared, "broken");
        Path broken = IncrementalBuildTest.project(dir);
        Files.write(broken.resolve("seeds/900_empty.txt"), new byte[0]);
        assertEquals(1, build(broken).exit());
        age(broken, 60);
        Run second = build(broken);
        assertEquals(1, second.exit(), second.out());
        assertFalse(Files.exists(broken.resolve(".nashra/last-build")));
        Run third = build(broken);
        assertEquals(1, third.exit());
        assertTrue(third.out().contains("Built 5 of 6 articles"), third.out());
    }

    @Test
    void aFileChangedWithinTheFileSystemsTickLeavesNoRecord() throws IOException {
        Path dir = Files.createTempDirectory(shared, "tick");
        Path ticking = recorded(dir);
        age(ticking, 60);
        // A time of whole seconds, as a file system that keeps no finer ones gives, less than two seconds ago.
        long second = System.currentTimeMillis() / 1000 * 1000;
        Files.setLastModifiedTime(ticking.resolve("seeds/002_ea332c4c9957a7af.txt"), FileTime.fromMillis(second));
        Run run = build(ticking);
        assertFalse(run.upToDate(), run.out());
        assertFalse(Files.exists(ticking.resolve(".nashra/last-build")), "recorded a seed changed " + (System.currentTimeMillis() - second) + " ms before");
        // The same second with a fraction, as ext4 gives, long enough ago: recorded.
        Files.setLastModifiedTime(ticking.resolve("seeds/002_ea332c4c9957a7af.txt"), FileTime.fromMillis(second - 1500 + 7));
        build(ticking);
        assertTrue(Files.exists(ticking.resolve(".nashra/last-build")));
    }

    @Test
    void theFolderNashraRunsFromCountsByItsClassPathAlone() throws IOException {
        Path root = Files.createTempDirectory(shared, "install").resolve("project");
        Files.createDirectories(root.resolve("seeds"));
        Files.writeString(root.resolve("seeds/a.txt"), "خبر", StandardCharsets.UTF_8);
        // As in Nashra's own repository built as a project: the jar in the project's target/.
        Path jar = root.resolve("target/nashra.jar");
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "a jar", StandardCharsets.UTF_8);
        age(root, 60);
        Project project = new Project(root);
        java.util.Optional<String> before = LastBuild.inputs(project, jar.toString());
        assertTrue(before.isPresent());
        // The launcher's class archive, written beside the jar when a build ends, is no input.
        Files.setLastModifiedTime(Files.writeString(root.resolve("target/nashra-1.jsa"), "classes", StandardCharsets.UTF_8),
                FileTime.fromMillis(System.currentTimeMillis() - 30_000));
        assertEquals(before, LastBuild.inputs(project, jar.toString()));
        // Run from elsewhere, target/ is a folder of the project like any other.
        java.util.Optional<String> elsewhere = LastBuild.inputs(project, "/elsewhere/nashra.jar");
        Files.setLastModifiedTime(Files.writeString(root.resolve("target/nashra-2.jsa"), "classes", StandardCharsets.UTF_8),
                FileTime.fromMillis(System.currentTimeMillis() - 30_000));
        assertTrue(elsewhere.isPresent());
        assertFalse(elsewhere.equals(LastBuild.inputs(project, "/elsewhere/nashra.jar")), "a new file in target/ went unseen");
        // The jar itself counts, and so does a seed.
        Files.setLastModifiedTime(Files.writeString(jar, "another jar", StandardCharsets.UTF_8), FileTime.fromMillis(System.currentTimeMillis() - 30_000));
        java.util.Optional<String> rebuilt = LastBuild.inputs(project, jar.toString());
        assertFalse(before.equals(rebuilt), "a changed jar went unseen");
        Files.setLastModifiedTime(Files.writeString(root.resolve("seeds/b.txt"), "خبر آخر", StandardCharsets.UTF_8),
                FileTime.fromMillis(System.currentTimeMillis() - 30_000));
        assertFalse(rebuilt.equals(LastBuild.inputs(project, jar.toString())), "a new seed went unseen");
    }

    @Test
    void regeneratingAFileAlwaysBuilds() throws IOException {
        Path dir = Files.createTempDirectory(shared, "regenerate");
        Path regenerated = recorded(dir);
        Run run = build(regenerated, "--regenerate", "ar/index.md");
        assertFalse(run.upToDate(), run.out());
        assertTrue(run.out().contains("Built 5 of 5 articles"), run.out());
    }

    /** A change an editor, a template author or an installer makes; the files it wrote. */
    interface Change {
        List<Path> apply(Path project) throws IOException;
    }

    static List<Path> rewrite(Path file, java.util.function.UnaryOperator<String> edit) throws IOException {
        Files.writeString(file, edit.apply(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        return List.of(file);
    }

    static Path anyFile(Path folder, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().findFirst().orElseThrow();
        }
    }

    @Test
    void everyChangeToWhatABuildReadsOrWritesMakesTheNextBuildWork() throws IOException {
        Map<String, Change> changes = new java.util.LinkedHashMap<>();
        changes.put("a seed edited", p -> List.of(IncrementalBuildTest.addSentence(p)));
        changes.put("a seed added", p -> List.of(Files.copy(p.resolve("seeds/002_ea332c4c9957a7af.txt"), p.resolve("seeds/010_copy.txt"))));
        changes.put("a seed removed", p -> {
            Files.delete(p.resolve("seeds/010_copy.txt"));
            return List.of();
        });
        changes.put("a data file edited", p -> rewrite(p.resolve("data/site.yml"), s -> s + "\n# edited\n"));
        changes.put("a template edited", p -> rewrite(p.resolve("templates/page.ftl"), s -> s + "\n<#-- edited -->\n"));
        changes.put("an asset added", p -> List.of(Files.writeString(p.resolve("assets/extra.txt"), "extra", StandardCharsets.UTF_8)));
        changes.put("the JBake settings edited", p -> rewrite(p.resolve("jbake.properties"), s -> s + "\n# edited\n"));
        changes.put("a content file edited by hand", p -> rewrite(anyFile(p.resolve("content/en"), ".md"), s -> s + "\nA line by hand.\n"));
        changes.put("a page of the site deleted", p -> {
            Files.delete(anyFile(p.resolve("site/en"), ".html"));
            return List.of();
        });
        changes.put("a page of the site edited", p -> rewrite(anyFile(p.resolve("site/ar"), ".html"), s -> s.replace("</body>", "<p>x</p></body>")));
        Path dir = Files.createTempDirectory(shared, "changes");
        Path changing = recorded(dir);
        List<String> missed = new ArrayList<>();
        for (Map.Entry<String, Change> change : changes.entrySet()) {
            Run before = build(changing);
            assertTrue(before.upToDate(), "before " + change.getKey() + ": " + before.out());
            // Each written file is made old enough to be trusted, and given another time than its stamp had: only
            // the change itself, and not its freshness, can give it away.
            FileTime then = FileTime.fromMillis(System.currentTimeMillis() - 30_000);
            for (Path written : change.getValue().apply(changing)) Files.setLastModifiedTime(written, then);
            Run run = build(changing);
            if (run.upToDate()) missed.add(change.getKey());
            // Recorded again for the next change.
            age(changing, 60);
            build(changing);
        }
        assertTrue(missed.isEmpty(), "taken for up to date after: " + missed);
    }
}
