package org.nashra.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashra.bake.FixtureProject;
import picocli.CommandLine;

/**
 * A template that fails keeps the last good site, and the build and bake commands say so rather than count the
 * pages a site would have had.
 */
class BrokenTemplateTest {

    private static final String SEED = "002_ea332c4c9957a7af.txt";
    private static final String PAGE = "site/ar/002-ea332c4c9957a7af.html";
    private static final String CONTENT = "content/ar/002-ea332c4c9957a7af.md";

    @Test
    void aBuildWhoseBakeFailsSaysTheSiteIsNotUpdatedAndLeavesItAsItWas(@TempDir Path dir) throws IOException {
        Path project = project(dir);
        EditorsAndTranslationTest.Run good = EditorsAndTranslationTest.build(project);
        assertEquals(0, good.exit(), good.out() + good.err());
        assertTrue(good.out().matches("Built 1 of 1 articles \\(1 analysed, 0 unchanged\\), \\d+ pages in .*\\n"), good.out());
        byte[] page = Files.readAllBytes(project.resolve(PAGE));
        String content = Files.readString(project.resolve(CONTENT));

        breakTemplate(project);
        Path seed = project.resolve("seeds").resolve(SEED);
        Files.writeString(seed, Files.readString(seed).replace("ومع هذا التطور المرتقب", "ومع هذا التطور المنتظر"));
        EditorsAndTranslationTest.Run broken = EditorsAndTranslationTest.build(project);

        assertEquals(1, broken.exit(), broken.out() + broken.err());
        assertTrue(broken.out().startsWith("Built 1 of 1 articles (1 analysed, 0 unchanged) into content/, but "
                + Pipeline.SITE_KEPT + " in "), broken.out());
        assertTrue(broken.err().contains("templates/briefing.ftl:"), broken.err());
        assertTrue(!content.equals(Files.readString(project.resolve(CONTENT))), "the content is written all the same");
        assertArrayEquals(page, Files.readAllBytes(project.resolve(PAGE)), "the page is as the last good bake left it");
    }

    @Test
    void theBakeCommandSaysItBakedNothing(@TempDir Path dir) throws IOException {
        Path project = project(dir);
        assertEquals(0, EditorsAndTranslationTest.build(project).exit());
        breakTemplate(project);

        EditorsAndTranslationTest.Run bake = run(project, "bake");

        assertEquals(1, bake.exit(), bake.out() + bake.err());
        assertTrue(bake.out().startsWith("Not baked: " + Pipeline.SITE_KEPT + " in "), bake.out());
    }

    @Test
    void aBakeWithoutErrorsCountsItsPages(@TempDir Path dir) throws IOException {
        Path project = project(dir);
        assertEquals(0, EditorsAndTranslationTest.build(project).exit());

        EditorsAndTranslationTest.Run bake = run(project, "bake");

        assertEquals(0, bake.exit(), bake.out() + bake.err());
        assertTrue(bake.out().matches("Baked \\d+ pages in .*\\n"), bake.out());
    }

    private static Path project(Path dir) throws IOException {
        Path project = FixtureProject.create(dir);
        Files.copy(Path.of("seeds", SEED), project.resolve("seeds").resolve(SEED));
        return project;
    }

    /** A value the template names but no page has: every briefing fails to render. */
    private static void breakTemplate(Path project) throws IOException {
        Path template = project.resolve("templates/briefing.ftl");
        String text = Files.readString(template);
        assertTrue(text.contains("${v.title}"), "the fixture's briefing template shows the title");
        Files.writeString(template, text.replace("${v.title}", "${v.no_such_field}"));
    }

    private static EditorsAndTranslationTest.Run run(Path project, String command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Nashra());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(command, "--project", project.toString());
        return new EditorsAndTranslationTest.Run(exit, out.toString(), err.toString());
    }
}
