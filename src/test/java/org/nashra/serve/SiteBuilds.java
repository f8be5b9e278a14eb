package org.nashra.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.nashra.bake.FixtureProject;
import org.nashra.cli.Nashra;
import picocli.CommandLine;

/** Fixture projects built through the real command line, and their output read back for comparison. */
final class SiteBuilds {

    private SiteBuilds() {}

    /** What one command printed and returned. */
    record Run(int exitCode, String out, String err) {}

    /** A fixture project holding copies of the project's real seeds. */
    static Path projectWithRealSeeds(Path dir) {
        Path project = FixtureProject.create(dir);
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().toList()) Files.copy(seed, project.resolve("seeds").resolve(seed.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return project;
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cli = new CommandLine(new Nashra());
        cli.setOut(new PrintWriter(new PrintStream(out, true, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));
        int code = cli.execute(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Every file under {@code root} by relative path (forward slashes), with its bytes as text. */
    static TreeMap<String, String> files(Path root) {
        TreeMap<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'),
                        new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
