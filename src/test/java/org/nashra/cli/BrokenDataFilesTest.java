package org.nashra.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nashra.bake.FixtureProject;

/**
 * Every file an editor keeps in {@code data/}, broken by a bracket left open, fails the build with one line
 * naming the file and the line the parser stopped on, as a compiler would.
 */
class BrokenDataFilesTest {

    private static final String SEED = "002_ea332c4c9957a7af.txt";
    private static final String BROKEN = "title: a text\nnames: [one, two\n";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"data/entities.yml", "data/roles.yml", "data/topics.yml", "data/glossary.yml", "data/site.yml",
            "data/boilerplate.yml", "data/ui/en.yml", "data/articles/002-ea332c4c9957a7af.yml"})
    void aBracketLeftOpenIsOneErrorOnTheLineWhereTheParserStopped(String file, @TempDir Path dir) throws IOException {
        EditorsAndTranslationTest.Run run = buildWith(dir, file, BROKEN.getBytes(StandardCharsets.UTF_8));

        assertEquals(1, run.exit(), run.out() + run.err());
        String expected = file + ":3: error: not valid YAML: expected ',' or ']', but got <stream end>"
                + " (while parsing a flow sequence begun on line 2)";
        long naming = run.err().lines().filter(line -> line.startsWith(expected)).count();
        assertEquals(1, naming, "one line starting " + expected + " in:\n" + run.err());
        assertTrue(run.err().lines().noneMatch(line -> line.contains(" in 'reader'")), "the parser's excerpt left out:\n" + run.err());
        // A file every page reads stops the build before any seed; an article's own corrections only fail it.
        boolean shared = !file.startsWith("data/articles/");
        assertEquals(shared, run.out().startsWith(Pipeline.NOTHING_BUILT + " in "), run.out());
        assertEquals(!shared, run.out().startsWith("Built 1 of 1 articles"), run.out());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"data/entities.yml", "data/roles.yml", "data/topics.yml", "data/glossary.yml", "data/site.yml",
            "data/boilerplate.yml", "data/ui/en.yml", "data/articles/002-ea332c4c9957a7af.yml"})
    void aFileSavedInAnArabicWindowsEncodingIsToldToBeSavedAsUtf8(String file, @TempDir Path dir) throws IOException {
        EditorsAndTranslationTest.Run run = buildWith(dir, file, "title: عنوان الخبر\n".getBytes(java.nio.charset.Charset.forName("windows-1256")));

        assertEquals(1, run.exit(), run.out() + run.err());
        String expected = file + ": error: not UTF-8 text: save the file as UTF-8";
        assertEquals(1, run.err().lines().filter(expected::equals).count(), "one line " + expected + " in:\n" + run.err());
    }

    /** A build of one real seed in a fixture project whose {@code file} holds {@code bytes}. */
    private static EditorsAndTranslationTest.Run buildWith(Path dir, String file, byte[] bytes) throws IOException {
        Path project = FixtureProject.create(dir);
        Files.copy(Path.of("seeds", SEED), project.resolve("seeds").resolve(SEED));
        Files.createDirectories(project.resolve(file).getParent());
        Files.write(project.resolve(file), bytes);
        return EditorsAndTranslationTest.build(project);
    }
}
