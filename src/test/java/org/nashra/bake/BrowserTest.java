package org.nashra.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashra.cli.Nashra;

/**
 * Builds the site from the real seeds and runs the browser suite against it (as {@code npm run test:browser} does:
 * browser-tests/ under Node's test runner, system Chromium through playwright-core). Skipped where Chromium, Node or the npm packages
 * are missing; CI installs all three first (.ci/run).
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    // Loading every page of the seed site takes two to three minutes on two cores; CI has ample headroom.
    private static final long TIMEOUT_MINUTES = 10;

    @TempDir
    Path dir;

    @Test
    void theBuiltSitePassesTheBrowserSuite() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM);
        assumeTrue(Files.isDirectory(Path.of("node_modules/playwright-core")), "npm packages not installed (npm ci)");
        assumeTrue(runs("node"), "node is not on the PATH");

        Path project = FixtureProject.create(dir.resolve("project"));
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().toList()) Files.copy(seed, project.resolve("seeds").resolve(seed.getFileName()));
        }
        assertEquals(0, Nashra.run("build", "--project", project.toString()), "the build failed");
        assertTrue(Files.isRegularFile(project.resolve("site/pagefind/pagefind-entry.json")), "no search index was built");
        // Five articles make one index. Made again in shards of two pages, the one the suite searches is in several
        // shards that the search box merges, as a large archive's is.
        Path site = project.resolve("site");
        Baker.deleteTree(site.resolve(Search.FOLDER));
        assertEquals(java.util.List.of(), new Search(project).withShardPages(2).index(site, site));
        com.fasterxml.jackson.databind.JsonNode shards = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(site.resolve("pagefind/nashra-shards.json").toFile()).get("shards");
        long arabic = java.util.stream.StreamSupport.stream(shards.spliterator(), false)
                .filter(shard -> shard.get("languages").toString().contains("\"ar\"")).count();
        assertTrue(arabic > 1, "the Arabic briefings are in more than one shard: " + shards);

        Path log = dir.resolve("browser-tests.log");
        // The same command as npm run test:browser, without npm in between.
        ProcessBuilder suite = new ProcessBuilder("node", "--test", "--test-reporter=spec", "browser-tests/")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        suite.environment().put("NASHRA_SITE", project.resolve("site").toString());
        Process process = suite.start();
        boolean finished = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!finished) process.destroyForcibly().waitFor();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        assertTrue(finished, "the browser suite took over " + TIMEOUT_MINUTES + " minutes:\n" + output);
        assertEquals(0, process.exitValue(), "the browser suite failed:\n" + output);
    }

    private static boolean runs(String command) {
        try {
            Process node = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
            node.getInputStream().readAllBytes();
            return node.waitFor(30, TimeUnit.SECONDS) && node.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
