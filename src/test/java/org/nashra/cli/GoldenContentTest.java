package org.nashra.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashra.bake.FixtureProject;

/**
 * The Markdown generated from the five seeds, compared byte for byte with the reviewed copies in
 * {@code src/test/resources/golden/content/}. After an intended change, regenerate them with
 * {@code mvn test -Dtest=GoldenContentTest -Dnashra.golden.update=true} and review the diff.
 */
class GoldenContentTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/content");

    @Test
    void generatedContentMatchesTheGoldenFiles(@TempDir Path dir) throws IOException {
        Path project = FixtureProject.create(dir.resolve("project"));
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().toList()) Files.copy(seed, project.resolve("seeds").resolve(seed.getFileName()));
        }
        Files.deleteIfExists(project.resolve("data/site.yml"));
        Pipeline.Report report = new Pipeline(new Project(project)).build(Set.of());
        assertTrue(report.problems().stream().noneMatch(p -> p.isError()), report.problems().toString());

        Path content = project.resolve("content");
        Set<String> generated = files(content);
        if (Boolean.getBoolean("nashra.golden.update")) {
            if (Files.isDirectory(GOLDEN)) {
                for (String stale : files(GOLDEN)) Files.delete(GOLDEN.resolve(stale));
            }
            for (String file : generated) {
                Path target = GOLDEN.resolve(file);
                Files.createDirectories(target.getParent());
                Files.copy(content.resolve(file), target);
            }
            return;
        }
        assertEquals(files(GOLDEN), generated, "the set of generated files changed");
        List<String> differing = new ArrayList<>();
        for (String file : generated) {
            String expected = Files.readString(GOLDEN.resolve(file), StandardCharsets.UTF_8);
            String actual = Files.readString(content.resolve(file), StandardCharsets.UTF_8);
            if (!expected.equals(actual)) differing.add(file + firstDifference(expected, actual));
        }
        assertEquals(List.of(), differing, "regenerate with -Dnashra.golden.update=true if the change is intended");
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.min(e.length, a.length); i++) {
            if (!e[i].equals(a[i])) {
                return " line " + (i + 1) + ":\n  expected: " + clip(e[i]) + "\n  actual:   " + clip(a[i]);
            }
        }
        return " (length differs: " + e.length + " vs " + a.length + " lines)";
    }

    private static String clip(String line) {
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    private static Set<String> files(Path dir) throws IOException {
        Set<String> out = new TreeSet<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(p -> out.add(dir.relativize(p).toString().replace('\\', '/')));
        }
        return out;
    }
}
