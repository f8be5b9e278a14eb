package org.nashra.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The launcher, {@code ./nashra}: the JVM options it gives each command, and the locale it runs Java
 * under. A stand-in {@code java} first on the path prints the locale variables it was given and its
 * options instead of running anything.
 */
class LauncherTest {

    @TempDir
    static Path dir;
    static Path bin;
    /** A copy of the launcher beside a jar and libraries of its own, so that its class archive is this test's. */
    static Path install;
    static Path jar;

    @BeforeAll
    static void standInJava() throws IOException {
        install = Files.createDirectories(dir.resolve("install"));
        Files.copy(Path.of("nashra"), install.resolve("nashra"));
        Files.createDirectories(install.resolve("target/lib"));
        jar = Files.writeString(install.resolve("target/nashra.jar"), "");
        bin = Files.createDirectories(dir.resolve("bin"));
        Path java = bin.resolve("java");
        // With STANDIN_ARCHIVE set it also writes the class archive it is asked for, as the JVM does at exit;
        // it exits with STANDIN_EXIT.
        Files.writeString(java, "#!/bin/sh\necho \"LC_ALL=${LC_ALL-unset}\"\necho \"LC_CTYPE=${LC_CTYPE-unset}\"\n"
                + "for a in \"$@\"; do echo \"$a\"; case \"$a\" in -XX:ArchiveClassesAtExit=*)"
                + " [ -n \"$STANDIN_ARCHIVE\" ] && echo archive > \"${a#-XX:ArchiveClassesAtExit=}\";; esac; done\n"
                + "exit ${STANDIN_EXIT:-0}\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (int seeds : new int[] {0, 2000, 5000}) {
            Path folder = Files.createDirectories(dir.resolve("p" + seeds).resolve("seeds"));
            for (int i = 0; i < seeds; i++) Files.writeString(folder.resolve(i + ".txt"), "");
        }
    }

    @ParameterizedTest(name = "{0} with {1} seeds, env [{2}]: has [{3}], lacks [{4}]")
    @CsvSource(delimiter = '|', textBlock = """
            # command | seeds | environment                             | has                                                                                           | lacks
            build     | 0     |                                         | -Xmx512m -XX:+UseParallelGC -XX:NewRatio=5 -XX:CompileThresholdScaling=4 -XX:MaxInlineLevel=6 | -XX:+UseStringDeduplication -XX:InitiatingHeapOccupancyPercent=85
            build     | 2000  |                                         | -Xmx512m -XX:+UseParallelGC -XX:NewRatio=5                                                    | -XX:+UseG1GC
            build     | 5000  |                                         | -Xmx646m -XX:+UseParallelGC -XX:NewRatio=5 -XX:FreqInlineSize=100 -XX:InlineSmallCode=1000    |
            bake      | 5000  |                                         | -Xmx646m -XX:+UseParallelGC -XX:NewRatio=5                                                    |
            serve     | 0     |                                         | -Xmx640m -XX:+UseStringDeduplication -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=85 | -XX:+UseParallelGC -XX:NewRatio=5 -XX:CompileThresholdScaling=4
            serve     | 5000  |                                         | -Xmx759m -XX:MaxInlineLevel=6                                                                 | -XX:+UseParallelGC
            build     | 2000  | JDK_JAVA_OPTIONS=-XX:+UseG1GC            | -XX:CompileThresholdScaling=4                                                                 | -XX:+UseParallelGC -XX:NewRatio=5
            build     | 2000  | JAVA_TOOL_OPTIONS=-XX:+UseSerialGC       | -Xmx512m                                                                                      | -XX:+UseParallelGC -XX:NewRatio=5
            build     | 2000  | JDK_JAVA_OPTIONS=-Xmn64m                 | -XX:+UseParallelGC                                                                            | -XX:NewRatio=5
            build     | 2000  | JDK_JAVA_OPTIONS=-XX:CompileThresholdScaling=1 | -XX:+UseParallelGC                                                                      | -XX:CompileThresholdScaling=4
            build     | 5000  | NASHRA_HEAP=2g                           | -Xmx2g -XX:+UseParallelGC                                                                     | -Xmx646m
            """)
    void givesEachCommandItsOptions(String command, int seeds, String environment, String has, String lacks) throws Exception {
        Path project = dir.resolve("p" + seeds);
        List<String> options = launch(environment, command, "-C", project.toString());
        for (String option : words(has)) assertTrue(options.contains(option), option + " missing from " + options);
        for (String option : words(lacks)) assertFalse(options.contains(option), option + " given in " + options);
        assertEquals(List.of("-jar", jar.toString(), command, "-C", project.toString()),
                options.subList(options.indexOf("-jar"), options.size()));
    }

    @ParameterizedTest(name = "the project given as {0}")
    @CsvSource({"-C DIR", "-CDIR", "--project DIR", "--project=DIR"})
    void countsTheSeedsOfTheProjectGiven(String form) throws Exception {
        List<String> args = new ArrayList<>(List.of("build"));
        args.addAll(List.of(form.replace("DIR", dir.resolve("p5000").toString()).split(" ")));
        assertTrue(launch(null, args.toArray(String[]::new)).contains("-Xmx646m"), form);
    }

    @ParameterizedTest(name = "environment [{0}]: Java gets LC_ALL={1}, LC_CTYPE={2}")
    @CsvSource(delimiter = '|', textBlock = """
            # environment                        | LC_ALL    | LC_CTYPE
            LANG=C.UTF-8                         | unset     | unset
            LANG=en_US.utf8                      | unset     | unset
            LANG=ar_EG.UTF-8 LC_CTYPE=C.UTF-8    | unset     | C.UTF-8
            LC_ALL=ar_EG.UTF-8                   | ar_EG.UTF-8 | unset
            # No locale at all is POSIX, whose character set is ASCII: file names in Arabic could not be read.
            ''                                   | unset     | C.UTF-8
            LANG=C                               | unset     | C.UTF-8
            LANG=en_US.UTF-8 LC_CTYPE=POSIX      | unset     | C.UTF-8
            LANG=C.UTF-8 LC_ALL=C                | C.UTF-8   | unset
            LC_ALL=ar_EG.ISO-8859-6              | C.UTF-8   | unset
            """)
    void runsJavaWithAUtf8CharacterType(String environment, String lcAll, String lcCtype) throws Exception {
        List<String> given = launch(environment, "build", "-C", dir.resolve("p0").toString());
        assertEquals(List.of("LC_ALL=" + lcAll, "LC_CTYPE=" + lcCtype), given.subList(0, 2));
    }

    /**
     * The class archive: a build with none (or one older than the jar or its libraries) has the JVM write it
     * at exit, under a name of its own, moved into place only once whole; a command finding a current one
     * maps it; serve and the other commands never write one; an option of the user's about sharing wins.
     */
    @ParameterizedTest(name = "{0}, archive {1}, env [{2}]: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # command | archive             | environment                            | expected
            build     | none                |                                        | writes
            serve     | none                |                                        | none
            check     | none                |                                        | none
            build     | newer than both     |                                        | maps
            serve     | newer than both     |                                        | maps
            bake      | newer than both     |                                        | maps
            build     | older than the jar  |                                        | writes
            build     | older than its libraries |                                   | writes
            serve     | older than the jar  |                                        | none
            build     | none                | JDK_JAVA_OPTIONS=-Xshare:off           | none
            # A CI machine's checkout runs one build and is thrown away: writing an archive would only cost.
            build     | none                | CI=true                                | none
            build     | newer than both     | CI=true                                | maps
            build     | newer than both     | JAVA_TOOL_OPTIONS=-XX:SharedArchiveFile=/tmp/other.jsa | none
            """)
    void sharesClassDataThroughAnArchiveBesideTheJar(String command, String archive, String environment, String expected) throws Exception {
        Path target = install.resolve("target");
        try (var old = Files.newDirectoryStream(target, "*.jsa*")) {
            for (Path file : old) Files.delete(file);
        }
        java.nio.file.attribute.FileTime now = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis());
        java.nio.file.attribute.FileTime earlier = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        Files.setLastModifiedTime(jar, earlier);
        Files.setLastModifiedTime(target.resolve("lib"), earlier);
        // Named after the folder it serves, as the launcher names it.
        Path named = null;
        if (!archive.equals("none")) {
            Process cksum = new ProcessBuilder("sh", "-c", "printf %s \"$0\" | cksum | cut -d ' ' -f 1", install.toString()).start();
            named = target.resolve("nashra-" + new String(cksum.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim() + ".jsa");
            Files.writeString(named, "archive");
            Files.setLastModifiedTime(named, now);
            java.nio.file.attribute.FileTime later = java.nio.file.attribute.FileTime.fromMillis(now.toMillis() + 60_000);
            if (archive.equals("older than the jar")) Files.setLastModifiedTime(jar, later);
            if (archive.equals("older than its libraries")) Files.setLastModifiedTime(target.resolve("lib"), later);
        }
        List<String> options = launch(environment, command, "-C", dir.resolve("p0").toString());
        List<String> sharing = options.stream().filter(o -> o.startsWith("-XX:SharedArchiveFile=") || o.startsWith("-XX:ArchiveClassesAtExit=")).toList();
        switch (expected) {
            case "none" -> assertEquals(List.of(), sharing);
            case "maps" -> assertEquals(List.of("-XX:SharedArchiveFile=" + named), sharing);
            case "writes" -> {
                assertEquals(1, sharing.size(), sharing::toString);
                assertTrue(sharing.get(0).matches("-XX:ArchiveClassesAtExit=" + java.util.regex.Pattern.quote(target.toString())
                        + "/nashra-[0-9]+\\.jsa\\.[0-9]+\\.tmp"), sharing::toString);
                // The stand-in wrote no archive, so nothing was moved into place and nothing is left behind.
                try (var left = Files.newDirectoryStream(target, "*.tmp")) {
                    assertFalse(left.iterator().hasNext(), "files left in " + target);
                }
            }
            default -> throw new IllegalArgumentException(expected);
        }
        if (!sharing.isEmpty()) assertTrue(options.contains("-Xlog:cds=off") && options.contains("-Xlog:cds+dynamic=off"), options::toString);
    }

    /**
     * The build that writes the archive passes on the JVM's exit status, and moves the archive into place
     * only when the JVM wrote it and exited by itself (a build with errors included), never after a signal.
     */
    @ParameterizedTest(name = "Java exits with {0}: status {0}, archive in place: {1}")
    @CsvSource({"0, true", "1, true", "2, true", "137, false", "143, false"})
    void movesTheArchiveIntoPlaceOnlyWhenTheJvmExitedByItself(int exit, boolean inPlace) throws Exception {
        Path target = install.resolve("target");
        try (var old = Files.newDirectoryStream(target, "*.jsa*")) {
            for (Path file : old) Files.delete(file);
        }
        Process running = start("STANDIN_ARCHIVE=1 STANDIN_EXIT=" + exit, install, "build", "-C", dir.resolve("p0").toString());
        String out = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(exit, running.waitFor(), out);
        List<String> left = new ArrayList<>();
        try (var files = Files.newDirectoryStream(target, "*.jsa*")) {
            files.forEach(file -> left.add(file.getFileName().toString()));
        }
        assertEquals(inPlace ? 1 : 0, left.size(), left::toString);
        if (inPlace) assertTrue(left.get(0).matches("nashra-[0-9]+\\.jsa"), left::toString);
    }

    @Test
    void sharesNoClassDataFromAFolderWhosePathHoldsASpace() throws Exception {
        Path spaced = Files.createDirectories(dir.resolve("an install"));
        Files.copy(install.resolve("nashra"), spaced.resolve("nashra"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(spaced.resolve("target/lib"));
        Files.writeString(spaced.resolve("target/nashra.jar"), "");
        Process running = start(null, spaced, "build", "-C", dir.resolve("p0").toString());
        List<String> options = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, running.waitFor(), options::toString);
        assertTrue(options.stream().noneMatch(o -> o.contains("Archive") || o.contains("-Xlog:cds")), options::toString);
        assertTrue(options.contains(spaced.resolve("target/nashra.jar").toString()), options::toString);
    }

    private static List<String> launch(String environment, String... args) throws IOException, InterruptedException {
        Process running = start(environment, install, args);
        String out = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, running.waitFor(), out);
        return out.lines().toList();
    }

    private static Process start(String environment, Path installed, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("sh", installed.resolve("nashra").toString()));
        command.addAll(Arrays.asList(args));
        ProcessBuilder process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = process.environment();
        for (String name : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "NASHRA_HEAP", "LANG", "LC_ALL", "LC_CTYPE", "CI")) env.remove(name);
        env.put("LANG", "C.UTF-8");
        env.put("PATH", bin + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        if (environment != null) {
            if (environment.contains("LANG=") || environment.contains("LC_") || environment.isEmpty()) env.remove("LANG");
            for (String variable : words(environment)) {
                env.put(variable.substring(0, variable.indexOf('=')), variable.substring(variable.indexOf('=') + 1));
            }
        }
        return process.start();
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
    }
}
