package org.nashra.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashra.bake.FixtureProject;
import org.nashra.bake.HtmlValidator;
import picocli.CommandLine;

/** The build command end to end: the five real seeds plus broken ones, into a fixture project. */
class BuildCommandTest {

    @TempDir
    static Path dir;
    static Path project;
    static int exitCode;
    static String stdout;
    static String stderr;

    @BeforeAll
    static void build() throws Exception {
        project = FixtureProject.create(dir.resolve("project"));
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().toList()) Files.copy(seed, project.resolve("seeds").resolve(seed.getFileName()));
        }
        Files.write(project.resolve("seeds/900_empty.txt"), new byte[0]);
        Files.write(project.resolve("seeds/901_binary.txt"), new byte[] {0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0});
        Files.write(project.resolve("seeds/902_garbage.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0x81, (byte) 0x8d, (byte) 0x90, (byte) 0x9d, 0x0a});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cli = new CommandLine(new Nashra());
        cli.setOut(new java.io.PrintWriter(new PrintStream(out, true, StandardCharsets.UTF_8), true));
        cli.setErr(new java.io.PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));
        exitCode = cli.execute("build", "--project", project.toString());
        stdout = out.toString(StandardCharsets.UTF_8);
        stderr = err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void brokenSeedsFailTheExitCodeButTheOthersBuild() {
        assertEquals(1, exitCode, stdout + stderr);
        assertTrue(stdout.contains("Built 5 of 8 articles"), stdout);
        for (String id : List.of("000-0bd4bb5b0ab38dc1", "001-ae965bdf7bbc0df8", "002-ea332c4c9957a7af",
                "003-eeb4d30400637bf5", "004-49de97497ddda336")) {
            assertTrue(Files.isRegularFile(project.resolve("site/ar/" + id + ".html")), id);
            assertTrue(Files.isRegularFile(project.resolve("site/en/" + id + ".html")), id);
        }
    }

    @Test
    void eachBrokenSeedGetsOneLineNamingIt() {
        for (String name : List.of("seeds/900_empty.txt", "seeds/901_binary.txt", "seeds/902_garbage.txt")) {
            long lines = stderr.lines().filter(l -> l.startsWith(name + ":") && l.contains(": error: ")).count();
            assertEquals(1, lines, name + " in:\n" + stderr);
        }
    }

    @Test
    void everyBakedPageIsValidHtml() throws Exception {
        try (Stream<Path> walk = Files.walk(project.resolve("site"))) {
            for (Path page : walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String errors = HtmlValidator.errors(page);
                assertTrue(errors.isEmpty(), page + ":\n" + errors);
            }
        }
    }

    @Test
    void theSiteAndContentHaveThePermissionsAnyNewFileGetsSoAWebServerCanReadThem() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path controls = Files.createDirectories(dir.resolve("controls"));
        var file = Files.getPosixFilePermissions(Files.writeString(controls.resolve("file"), "x"));
        var folder = Files.getPosixFilePermissions(Files.createDirectory(controls.resolve("folder")));
        for (String tree : List.of("site", "content")) {
            try (Stream<Path> walk = Files.walk(project.resolve(tree))) {
                for (Path p : walk.toList()) {
                    assertEquals(Files.isDirectory(p) ? folder : file, Files.getPosixFilePermissions(p), project.relativize(p).toString());
                }
            }
        }
    }

    @Test
    void theSiteChecksPass() {
        assertEquals(List.of(), org.nashra.check.SiteChecker.check(project.resolve("site")));
    }

    @Test
    void helpIsThereForEveryCommand() {
        for (String command : List.of("build", "bake", "check")) {
            CommandLine cli = new CommandLine(new Nashra());
            java.io.StringWriter help = new java.io.StringWriter();
            cli.setOut(new java.io.PrintWriter(help));
            assertEquals(0, cli.execute(command, "--help"));
            assertTrue(help.toString().contains("Usage: nashra " + command), help.toString());
        }
    }
}
