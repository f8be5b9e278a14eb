package org.nashra.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A live site's search index, made again beside the site and moved into it. */
class LiveSearchTest {

    @TempDir
    Path dir;

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Map<String, String> files(Path folder) throws Exception {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.toList()) {
                found.put(folder.relativize(p).toString(), Files.isDirectory(p) ? "<folder>" : Files.readString(p));
            }
        }
        return found;
    }

    @Test
    void theNewIndexReplacesTheOldOneWholeAndNothingOfTheOldIsLeft() throws Exception {
        Path target = dir.resolve("site/pagefind");
        write(target.resolve("pagefind-entry.json"), "{\"old\":1}");
        write(target.resolve("pagefind-ui.js"), "ui");
        write(target.resolve("index/ar_old.pf_index"), "old ar");
        write(target.resolve("fragment/gone/only.pf_fragment"), "old fragment");
        Path fresh = dir.resolve("scratch/pagefind");
        write(fresh.resolve("pagefind-entry.json"), "{\"new\":2}");
        write(fresh.resolve("pagefind-ui.js"), "ui");
        write(fresh.resolve("index/ar_new.pf_index"), "new ar");
        write(fresh.resolve("fragment/ar_new.pf_fragment"), "new fragment");
        Map<String, String> expected = files(fresh);

        LiveSearch.moveInto(fresh, target);

        assertEquals(expected, files(target));
        try (Stream<Path> left = Files.walk(fresh)) {
            assertTrue(left.noneMatch(Files::isRegularFile), "every file was moved");
        }
    }

    @Test
    void aLiveSitesIndexIsMadeAgainOnlyInTheShardOfTheChangedArticle() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(SearchTest.pagefindInstalled(), "Pagefind is not installed (npm ci)");
        Path project = FixtureProject.create(dir.resolve("project"));
        Search search = new Search(project).withShardPages(4);
        Path state = dir.resolve("state");
        Path site = SearchTest.briefings(dir.resolve("site"), 12, Map.of());
        assertEquals(java.util.List.of(), search.index(site, site, null, Search.shardRecord(state)));
        Map<String, Object[]> before = SearchTest.indexFiles(site.resolve(Search.FOLDER));
        Map<String, String> changes = Map.of("ar/7.html", "قال أحمد إن الصفحة تغيرت.", "en/7.html", "Ahmed said the page changed.");
        SearchTest.briefings(site, 12, changes);

        LiveSearch live = new LiveSearch();
        java.util.concurrent.BlockingQueue<java.util.List<org.nashra.core.Problem>> told = new java.util.concurrent.LinkedBlockingQueue<>();
        live.tell((problems, took) -> told.add(problems));
        live.pagesChanged();
        live.refresh(search, site, dir.resolve("scratch"), state, () -> "");

        assertEquals(java.util.List.of(), told.poll(120, java.util.concurrent.TimeUnit.SECONDS), "the index made in the background");
        Map<String, Object[]> after = SearchTest.indexFiles(site.resolve(Search.FOLDER));
        Path fresh = SearchTest.briefings(dir.resolve("fresh"), 12, changes);
        assertEquals(java.util.List.of(), search.index(fresh, fresh));
        SearchTest.assertSameIndex(SearchTest.indexFiles(fresh.resolve(Search.FOLDER)), after);
        assertEquals(SearchTest.shardsTakenOver(before, before).size() - 1, SearchTest.shardsTakenOver(before, after).size(),
                "every shard but article 7's keeps its files");
    }

    @Test
    void whatAReadersSearchStartsFromIsMovedInLastTheShardListLastOfAll() {
        java.util.Set<String> files = new java.util.TreeSet<>(java.util.List.of("nashra-shards.json", "pagefind-entry.json",
                "shard-1/pagefind-entry.json", "shard-1/index/ar_1.pf_index", "pagefind.js", "fragment/ar_2.pf_fragment",
                "shard-1/pagefind.ar_3.pf_meta"));

        assertEquals(java.util.List.of("fragment/ar_2.pf_fragment", "pagefind.js", "shard-1/index/ar_1.pf_index",
                "shard-1/pagefind.ar_3.pf_meta", "shard-1/pagefind-entry.json", "pagefind-entry.json", "nashra-shards.json"),
                LiveSearch.moveOrder(files));
    }

    @Test
    void theLiveSiteLeavesTheIndexOutSoThatANewIndexDoesNotUnsettleIt() throws Exception {
        Path site = dir.resolve("site");
        write(site.resolve("index.html"), "<!DOCTYPE html>");
        write(site.resolve("pagefind/pagefind-entry.json"), "{}");
        LiveSite live = LiveSite.read(site, "key", Map.of());
        assertEquals(Map.of("index.html", live.files().get("index.html")), live.files());

        write(site.resolve("pagefind/pagefind-entry.json"), "{\"languages\":{}}");
        write(site.resolve("pagefind/index/ar_1.pf_index"), "ar");

        assertTrue(live.intact(), "a new index inside pagefind/ leaves the pages' site as stamped");
        write(site.resolve("extra.html"), "<!DOCTYPE html>");
        assertTrue(!live.intact(), "a file added beside the pages is still noticed");
    }
}
