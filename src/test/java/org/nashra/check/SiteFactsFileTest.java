package org.nashra.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nashra.check.IncrementalCheckTest.messages;
import static org.nashra.check.IncrementalCheckTest.page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashra.core.Problem;

/**
 * A build in a new process takes over the page facts the last build's check wrote, and parses only the
 * pages rewritten since; what it reports is what a check of the whole site reports.
 */
class SiteFactsFileTest {

    @Test
    void aNewProcessParsesOnlyThePagesRewrittenSinceTheLastCheck(@TempDir Path dir) throws IOException {
        IncrementalCheckTest.Site site = new IncrementalCheckTest.Site(dir.resolve("site"));
        site.bake(Map.of(
                "ar/a.html", page("ar", "../en/a.html", "top", "b.html#p-2", "c.html"),
                "en/a.html", page("en", "../ar/a.html", ""),
                "ar/b.html", page("ar", "../en/a.html", "p-1 p-2")), Set.of());
        Path facts = dir.resolve("site-facts.json");
        site.memory.writeTo(facts);

        SiteChecker.Memory unchanged = SiteChecker.Memory.readFrom(facts);
        List<Problem> again = SiteChecker.check(site.root, unchanged);
        assertEquals(0, unchanged.pagesParsed);
        assertEquals(site.checkedWhole(), again);

        replace(site.root.resolve("ar/b.html"), page("ar", "../en/a.html", "p-1"));
        SiteChecker.Memory afterEdit = SiteChecker.Memory.readFrom(facts);
        List<Problem> edited = SiteChecker.check(site.root, afterEdit);
        assertEquals(1, afterEdit.pagesParsed);
        assertEquals(site.checkedWhole(), edited);
        assertEquals(List.of(
                "ar/a.html: broken anchor \"b.html#p-2\": no id \"p-2\" there",
                "ar/a.html: broken link \"c.html\": no ar/c.html",
                "ar/b.html: counterpart en/a.html does not link back with hreflang=\"ar\""),
                messages(edited).stream().sorted().toList());
    }

    @Test
    void aMissingDamagedOrOlderFileMeansEveryPageIsParsed(@TempDir Path dir) throws IOException {
        IncrementalCheckTest.Site site = new IncrementalCheckTest.Site(dir.resolve("site"));
        site.bake(Map.of("ar/a.html", page("ar", "../en/a.html", ""), "en/a.html", page("en", "../ar/a.html", "")), Set.of());
        Path facts = dir.resolve("site-facts.json");
        for (String content : new String[] {null, "{\"format\":2,\"pages\":{\"ar/a.html\":", "{\"format\":0,\"pages\":{}}", "",
                "{\"format\":2,\"pages\":{\"ar/a.html\":{\"links\":\"a.html\"}}}",
                "{\"format\":2,\"pages\":{\"ar/a.html\":{\"alternates\":[[\"en\"]]}}}",
                "{\"format\":2,\"pages\":{\"ar/a.html\":[]}}"}) {
            Files.deleteIfExists(facts);
            if (content != null) Files.writeString(facts, content, StandardCharsets.UTF_8);
            SiteChecker.Memory memory = SiteChecker.Memory.readFrom(facts);
            assertEquals(site.checkedWhole(), SiteChecker.check(site.root, memory));
            assertEquals(2, memory.pagesParsed, "facts file: " + content);
        }
    }

    /** A page under a new stamp whose bytes are the same (a site copied or restored) is taken over by their digest. */
    @Test
    void aPageWrittenAgainWithTheSameBytesIsNotParsedAgain(@TempDir Path dir) throws IOException {
        IncrementalCheckTest.Site site = new IncrementalCheckTest.Site(dir.resolve("site"));
        site.bake(Map.of("ar/a.html", page("ar", "../en/a.html", "", "b.html#p-9"), "en/a.html", page("en", "../ar/a.html", ""),
                "ar/b.html", page("ar", "../en/a.html", "p-1")), Set.of());
        Path facts = dir.resolve("site-facts.json");
        site.memory.writeTo(facts);
        replace(site.root.resolve("ar/a.html"), Files.readString(site.root.resolve("ar/a.html"), StandardCharsets.UTF_8));
        replace(site.root.resolve("ar/b.html"), page("ar", "../en/a.html", "p-1 p-9"));

        SiteChecker.Memory memory = SiteChecker.Memory.readFrom(facts);
        List<Problem> problems = SiteChecker.check(site.root, memory);
        assertEquals(1, memory.pagesParsed, "only the page whose bytes changed");
        assertEquals(site.checkedWhole(), problems);
        assertTrue(messages(problems).stream().noneMatch(m -> m.contains("p-9")), "the anchor now found in the page parsed again: " + messages(problems));
    }

    /** Rewrites a page as a bake does: a new file moved over the old one. */
    private static void replace(Path page, String html) throws IOException {
        Path staged = Files.createTempFile(page.getParent().getParent().getParent(), "staged", ".html");
        Files.writeString(staged, html, StandardCharsets.UTF_8);
        Files.move(staged, page, StandardCopyOption.ATOMIC_MOVE);
    }
}
