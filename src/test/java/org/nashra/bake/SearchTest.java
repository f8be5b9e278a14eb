package org.nashra.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashra.core.Problem;
import org.nashra.core.Severity;

/** The search step: what it does with Pagefind installed, and how it reports when it cannot run. */
class SearchTest {

    @TempDir
    Path dir;

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} pages: Pagefind is stopped after {1} s")
    @org.junit.jupiter.params.provider.CsvSource({
            "0, 300",
            "1000, 300",
            "5000, 300",
            "10700, 642",
            "27000, 1620",
    })
    void aLargerSiteGivesPagefindLongerBeforeItIsTakenForHung(long pages, long seconds) {
        org.junit.jupiter.api.Assertions.assertEquals(java.time.Duration.ofSeconds(seconds), Search.timeout(pages));
    }

    private Path siteWithTwoLanguages() throws Exception {
        Path site = dir.resolve("staged");
        Files.createDirectories(site.resolve("en"));
        Files.writeString(site.resolve("index.html"), """
                <!DOCTYPE html><html lang="ar" dir="rtl"><head><title>نشرة</title></head>
                <body><main data-pagefind-body><h1>القوات الأمريكية</h1><p>قال المتحدث إن القوة باقية.</p></main></body></html>
                """, StandardCharsets.UTF_8);
        Files.writeString(site.resolve("en/index.html"), """
                <!DOCTYPE html><html lang="en" dir="ltr"><head><title>Nashra</title></head>
                <body><main data-pagefind-body><h1>American forces</h1><p>The spokesman said the force stays.</p></main></body></html>
                """, StandardCharsets.UTF_8);
        return site;
    }

    private static boolean pagefindInstalled() {
        return Files.isRegularFile(Path.of("node_modules/pagefind/package.json"));
    }

    @Test
    void withPagefindInstalledEachLanguageGetsItsOwnIndex() throws Exception {
        assumeTrue(pagefindInstalled(), "Pagefind is not installed (npm ci)");
        Path project = FixtureProject.create(dir.resolve("project"));
        Path staged = siteWithTwoLanguages();

        List<Problem> problems = new Search(project).index(staged, dir.resolve("site"));

        assertEquals(List.of(), problems);
        String entry = Files.readString(staged.resolve("pagefind/pagefind-entry.json"));
        assertTrue(entry.contains("\"ar\"") && entry.contains("\"en\""), entry);
        assertTrue(Files.isRegularFile(staged.resolve("pagefind/pagefind-ui.js")));
        assertTrue(Files.isRegularFile(staged.resolve("pagefind/wasm.ar.pagefind")));
    }

    /**
     * The text as published is read in batches beside the index, and each language is indexed apart
     * (search-index.js): every page, in every batch and in either language however the two interleave,
     * gets its own text as its original_text, the index holds that text folded, and the entry file
     * lists both languages with their pages.
     */
    @Test
    void everyPageOfALargerSiteKeepsItsOwnTextAsPublished() throws Exception {
        assumeTrue(pagefindInstalled(), "Pagefind is not installed (npm ci)");
        Path project = FixtureProject.create(dir.resolve("project"));
        Path staged = Files.createDirectories(dir.resolve("staged/p"));
        int pages = 450; // more than two of the script's batches of 200
        for (int n = 1; n <= pages; n++) {
            String page = n % 2 == 1 ? """
                    <!DOCTYPE html><html lang="ar" dir="rtl"><head><title>نشرة</title></head>
                    <body><main data-pagefind-body><p>قال أحمد إن الصفحة %d من الأرشيف باقية.</p></main></body></html>
                    """ : """
                    <!DOCTYPE html><html lang="en" dir="ltr"><head><title>Nashra</title></head>
                    <body><main data-pagefind-body><p>Ahmed said page %d of the archive stays.</p></main></body></html>
                    """;
            Files.writeString(staged.resolve(n + ".html"), page.formatted(n), StandardCharsets.UTF_8);
        }

        List<Problem> problems = new Search(project).index(dir.resolve("staged"), dir.resolve("site"));

        assertEquals(List.of(), problems);
        JsonNode entry = new ObjectMapper().readTree(dir.resolve("staged/pagefind/pagefind-entry.json").toFile());
        assertEquals(pages / 2, entry.get("languages").get("ar").get("page_count").asInt(), entry.toString());
        assertEquals(pages / 2, entry.get("languages").get("en").get("page_count").asInt(), entry.toString());
        Map<String, JsonNode> fragments = new HashMap<>();
        try (Stream<Path> files = Files.list(dir.resolve("staged/pagefind/fragment"))) {
            for (Path file : files.toList()) {
                byte[] json;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    json = in.readAllBytes();
                }
                // Pagefind puts a 12-byte signature before the JSON.
                JsonNode fragment = new ObjectMapper().readTree(Arrays.copyOfRange(json, 12, json.length));
                fragments.put(fragment.get("url").asText(), fragment);
            }
        }
        assertEquals(pages, fragments.size());
        for (int n = 1; n <= pages; n++) {
            JsonNode fragment = fragments.get("/p/" + n + ".html");
            assertTrue(fragment.path("meta").path("original_text").isTextual(), n + ": no original_text in " + fragment.get("meta"));
            String original = fragment.get("meta").get("original_text").asText();
            String indexed = fragment.get("content").asText();
            String published = n % 2 == 1 ? "قال أحمد إن الصفحة " + n + " من" : "Ahmed said page " + n + " of";
            String folded = n % 2 == 1 ? "قال احمد ان الصفحه " + n + " من" : published;
            assertTrue(original.contains(published), n + ": " + original);
            assertTrue(indexed.contains(folded), n + ": " + indexed);
        }
    }

    @Test
    void withoutPagefindSearchIsSkippedWithAWarning() throws Exception {
        Path project = Files.createDirectories(dir.resolve("bare-project"));
        Path staged = siteWithTwoLanguages();

        List<Problem> problems = new Search(project).index(staged, dir.resolve("site"));

        assertEquals(1, problems.size(), problems.toString());
        assertEquals(Severity.WARNING, problems.get(0).severity());
        assertEquals(dir.resolve("site"), problems.get(0).file());
        assertTrue(problems.get(0).message().startsWith("search skipped: Pagefind is not installed"), problems.toString());
        assertTrue(Files.notExists(staged.resolve("pagefind")));
    }

    @Test
    void withoutNodeSearchIsSkippedWithAWarning() throws Exception {
        assumeTrue(pagefindInstalled(), "Pagefind is not installed (npm ci)");
        Path project = FixtureProject.create(dir.resolve("project"));

        List<Problem> problems = new Search(project, dir.resolve("no-such-node").toString())
                .index(siteWithTwoLanguages(), dir.resolve("site"));

        assertEquals(1, problems.size(), problems.toString());
        assertEquals(Severity.WARNING, problems.get(0).severity());
        assertTrue(problems.get(0).message().startsWith("search skipped: Node.js"), problems.toString());
    }

    @Test
    void aFailedIndexIsAnErrorNamingTheSite() throws Exception {
        assumeTrue(pagefindInstalled(), "Pagefind is not installed (npm ci)");
        Path project = FixtureProject.create(dir.resolve("project"));

        List<Problem> problems = new Search(project).index(dir.resolve("missing-folder"), dir.resolve("site"));

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).isError(), problems.toString());
        assertEquals(dir.resolve("site"), problems.get(0).file());
        assertTrue(problems.get(0).message().startsWith("search index failed"), problems.toString());
    }
}
