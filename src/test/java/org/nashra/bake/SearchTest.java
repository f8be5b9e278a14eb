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

    static boolean pagefindInstalled() {
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
                JsonNode fragment = fragment(file);
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

    /**
     * A site of {@code articles} briefings in Arabic and English, {@code ar/N.html} and {@code en/N.html}, each
     * with a related list that search is told to ignore; {@code changes} rewrites a page's text by name.
     */
    static Path briefings(Path site, int articles, Map<String, String> changes) throws Exception {
        for (int n = 1; n <= articles; n++) {
            for (String lang : List.of("ar", "en")) {
                String name = lang + "/" + n + ".html";
                String text = changes.getOrDefault(name, lang.equals("ar") ? "قال أحمد إن الصفحة " + n + " باقية." : "Ahmed said page " + n + " stays.");
                String related = changes.getOrDefault(name + "#related", "related " + n);
                Files.createDirectories(site.resolve(lang));
                Files.writeString(site.resolve(name), """
                        <!DOCTYPE html><html lang="%s"><head><title>%s</title></head>
                        <body><article data-pagefind-body><h1>%s</h1><p>%s</p>
                        <h2 id="related" data-pagefind-ignore>Related</h2><ul data-pagefind-ignore><li>%s</li></ul></article></body></html>
                        """.formatted(lang, n, n, text, related), StandardCharsets.UTF_8);
            }
        }
        return site;
    }

    /** The files of an index by path, with what identifies each on disk (its inode) and its bytes. */
    static Map<String, Object[]> indexFiles(Path index) throws Exception {
        Map<String, Object[]> files = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(index)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(index.relativize(file).toString(), new Object[] {Files.readAttributes(file,
                        java.nio.file.attribute.BasicFileAttributes.class).fileKey(), Files.readAllBytes(file)});
            }
        }
        return files;
    }

    /** The shard folders ({@code ""} for the first) whose files are all the ones of {@code before}, the same on disk. */
    static java.util.Set<String> shardsTakenOver(Map<String, Object[]> before, Map<String, Object[]> after) {
        java.util.Set<String> shards = new java.util.TreeSet<>();
        for (String file : after.keySet()) shards.add(shardOf(file));
        for (Map.Entry<String, Object[]> file : after.entrySet()) {
            Object[] old = before.get(file.getKey());
            if (old == null || !old[0].equals(file.getValue()[0])) shards.remove(shardOf(file.getKey()));
        }
        shards.remove("*"); // the list of shards is written anew every time
        return shards;
    }

    private static String shardOf(String file) {
        if (file.equals("nashra-shards.json")) return "*";
        return file.startsWith("shard-") ? file.substring(0, file.indexOf('/')) : "";
    }

    /** One page's entry in a Pagefind index: its fragment file, gzip'd JSON behind a 12-byte signature. */
    private static JsonNode fragment(Path file) throws Exception {
        byte[] json;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            json = in.readAllBytes();
        }
        return new ObjectMapper().readTree(Arrays.copyOfRange(json, 12, json.length));
    }

    /** The shard folder of every page of an index, by the page's URL, read from the shards' fragments. */
    private static Map<String, String> shardByPage(Path index) throws Exception {
        Map<String, String> shards = new HashMap<>();
        try (Stream<Path> walk = Files.walk(index)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".pf_fragment")).toList()) {
                shards.put(fragment(file).get("url").asText(), shardOf(index.relativize(file).toString()));
            }
        }
        return shards;
    }

    static void assertSameIndex(Map<String, Object[]> expected, Map<String, Object[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String file : expected.keySet()) {
            assertTrue(Arrays.equals((byte[]) expected.get(file)[1], (byte[]) actual.get(file)[1]), file + " differs");
        }
    }

    @Test
    void aLargerSiteIsIndexedInShardsThatTheSearchBoxMerges() throws Exception {
        assumeTrue(pagefindInstalled(), "Pagefind is not installed (npm ci)");
        Path project = FixtureProject.create(dir.resolve("project"));
        Path site = briefings(dir.resolve("staged"), 12, Map.of());

        // 24 pages in shards of at least 4: four shards (eight would hold fewer than 4 each).
        List<Problem> problems = new Search(project).withShardPages(4).index(site, dir.resolve("site"));

        assertEquals(List.of(), problems);
        JsonNode shards = new ObjectMapper().readTree(site.resolve("pagefind/nashra-shards.json").toFile()).get("shards");
        assertEquals("", shards.get(0).get("path").asText(), "the first shard is the bundle itself");
        int pages = 0;
        for (JsonNode shard : shards) {
            Path bundle = site.resolve("pagefind").resolve(shard.get("path").asText());
            JsonNode entry = new ObjectMapper().readTree(bundle.resolve("pagefind-entry.json").toFile());
            List<String> languages = new java.util.ArrayList<>();
            entry.get("languages").fieldNames().forEachRemaining(languages::add);
            assertEquals(languages, new ObjectMapper().convertValue(shard.get("languages"), List.class), shard.toString());
            for (String language : languages) pages += entry.get("languages").get(language).get("page_count").asInt();
            assertTrue(Files.isRegularFile(bundle.resolve("pagefind.js")), "every shard is a whole bundle: " + bundle);
        }
        assertTrue(shards.size() > 1 && shards.size() <= 4, shards.toString());
        assertEquals(24, pages, "every page is in one shard");
    }

    /** A site of twelve articles indexed once in shards of at least four pages: how, the record kept, its files. */
    private record Indexed(Search search, Path record, Path site, Map<String, Object[]> files) {
        /** The files of the index of {@code now} made with this one before it, as the next bake makes it. */
        Map<String, Object[]> next(Path now) throws Exception {
            assertEquals(List.of(), search.index(now, now, site.resolve("pagefind"), record));
            return indexFiles(now.resolve("pagefind"));
        }
    }

    private Indexed indexedOnce() throws Exception {
        Search search = new Search(FixtureProject.create(dir.resolve("project"))).withShardPages(4);
        Path record = dir.resolve("state/shards.json");
        Path site = briefings(dir.resolve("old"), 12, Map.of());
        assertEquals(List.of(), search.index(site, dir.resolve("site"), null, record));
        return new Indexed(search, record, site, indexFiles(site.resolve("pagefind")));
    }

    @Test
    void aChangedArticleHasOnlyItsShardMadeAgainAndTheIndexIsTheOneMadeFromScratch() throws Exception {
        assumeTrue(pagefindInstalled(), "Pagefind is not installed (npm ci)");
        Indexed first = indexedOnce();
        Map<String, Object[]> before = first.files();
        java.util.Set<String> all = shardsTakenOver(before, before);

        // Article 7 changes in both languages; the related list of an article in another shard, which search
        // ignores, changes too.
        Map<String, String> shardByPage = shardByPage(first.site().resolve("pagefind"));
        String other = shardByPage.keySet().stream().filter(page -> page.startsWith("/ar/"))
                .filter(page -> !shardByPage.get(page).equals(shardByPage.get("/ar/7.html"))).findFirst().orElseThrow();
        Map<String, String> changes = Map.of("ar/7.html", "قال أحمد إن الصفحة تغيرت.", "en/7.html", "Ahmed said the page changed.",
                other.substring(1) + "#related", "another related briefing");
        Map<String, Object[]> after = first.next(briefings(dir.resolve("now"), 12, changes));
        Path scratch = briefings(dir.resolve("scratch"), 12, changes);
        assertEquals(List.of(), first.search().index(scratch, dir.resolve("site")));

        java.util.Set<String> remade = new java.util.TreeSet<>(all);
        remade.removeAll(shardsTakenOver(before, after));
        assertEquals(1, remade.size(), "only article 7's shard is made again: " + remade + " of " + all);
        assertSameIndex(indexFiles(scratch.resolve("pagefind")), after);
    }

    @Test
    void aShardWhoseFilesAreNotAsRecordedIsMadeAgain() throws Exception {
        assumeTrue(pagefindInstalled(), "Pagefind is not installed (npm ci)");
        Indexed first = indexedOnce();
        Map<String, Object[]> before = first.files();
        String lost = before.keySet().stream().filter(f -> f.startsWith("shard-") && f.contains("/fragment/")).findFirst().orElseThrow();
        Files.delete(first.site().resolve("pagefind").resolve(lost));

        Map<String, Object[]> after = first.next(briefings(dir.resolve("now"), 12, Map.of()));
        assertSameIndex(before, after);
        assertTrue(!shardsTakenOver(before, after).contains(shardOf(lost)), lost + "'s shard is made again");
        assertEquals(shardsTakenOver(before, before).size() - 1, shardsTakenOver(before, after).size(), "the other shards are taken over");
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
