package org.nashra.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashra.analyse.Analyser;
import org.nashra.analyse.Analysis;
import org.nashra.check.SiteChecker;
import org.nashra.extract.resolve.EntityResolver;
import org.nashra.extract.resolve.Gazetteer;
import org.nashra.extract.resolve.RoleLexicon;
import org.nashra.extract.topics.Topic;
import org.nashra.translate.names.PlaceLexicon;
import org.nashra.translate.names.Transliterator;
import org.nashra.extract.topics.TopicTaxonomy;
import org.nashra.link.Linker;
import org.nashra.link.Related;
import org.nashra.core.Problem;
import org.nashra.core.Severity;
import org.nashra.ingest.Article;
import org.nashra.ingest.Block;
import org.nashra.pages.ContentFile;
import org.nashra.pages.ContentWriter;
import org.nashra.pages.PagePlanner;
import org.nashra.pages.SitePlan;
import org.nashra.pages.SiteSettings;
import org.nashra.translate.Glossary;
import org.nashra.pages.UiStrings;

/** Plans, writes and bakes a two-article fixture site, then checks it as a reader's browser would. */
class BakeEndToEndTest {

    @TempDir
    static Path dir;
    static Path site;
    static Baker.Result result;
    static List<ContentFile> planned;

    @BeforeAll
    static void bake() {
        Path project = FixtureProject.create(dir.resolve("project"));
        UiStrings.Loaded ui = UiStrings.load(project.resolve("data/ui"));
        assertEquals(List.of(), ui.problems());
        List<Topic> topics = TopicTaxonomy.load(project.resolve("data/topics.yml")).topics();
        Analyser analyser = new Analyser(topics, text -> List.of(), new EntityResolver(Gazetteer.empty(), RoleLexicon.empty(),
                Transliterator.load(), PlaceLexicon.load()));
        List<Analysis> analyses = List.of(analyser.analyse(dated()), analyser.analyse(undatedHostile()));
        SitePlan plan = new PagePlanner(ui.strings(), SiteSettings.defaults(), Glossary.load(project.resolve("data/glossary.yml")).glossary())
                .plan(new Linker(topics, Related.Weights.defaults()).link(analyses));
        planned = plan.content();
        ContentWriter.Outcome written = new ContentWriter(project.resolve("content")).write(planned, Set.of());
        assertEquals(List.of(), written.problems());
        site = project.resolve("site");
        result = new Baker(project).bake(site, plan.files());
    }

    static Article dated() {
        return new Article("001-fixture", Path.of("seeds/001_fixture.txt"), "التحالف الدولي يحذر: داعش سقط", false,
                Optional.of(LocalDate.of(2021, 12, 9)), Optional.of("رووداو"), Optional.of("حسام الحداد"),
                List.of(Block.paragraph("قال قائد التحالف إن الشراكة مستمرة. وأضاف أن المرحلة انتهت.", 3),
                        Block.subheading("الدفاع عن النفس", 4),
                        Block.embeddedPost("اليوم أنهينا جولة الحوار الأخيرة مع التحالف الدولي", "— قاسم الاعرجي (@qassimalaraji) December 9, 2021", 5),
                        Block.paragraph("وأبقت الولايات المتحدة على قوات قوامها 2500 جندي في العراق منذ 2020.", 7)),
                List.of("شارك"));
    }

    /** Article text full of markup that must come out as inert text. */
    static Article undatedHostile() {
        return new Article("000-hostile", Path.of("seeds/000_hostile.txt"), "{\"a\": 1} <script>alert(1)</script>", true,
                Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(Block.paragraph("<script>alert('x')</script> [click](javascript:alert(1)) ${7*7} <#assign x=1>", 1),
                        Block.paragraph("~~~~~~\ntype=page\n# not a heading *not emphasis*", 2)),
                List.of());
    }

    @Test
    void bakesWithoutProblems() {
        // Where Pagefind is not installed, the one allowed remark is that search was skipped.
        List<Problem> problems = result.problems().stream()
                .filter(p -> !(p.severity() == Severity.WARNING && p.message().startsWith("search skipped:")))
                .toList();
        assertEquals(List.of(), problems);
    }

    @Test
    void theSiteGetsASearchIndexWhenPagefindIsInstalled() {
        assumeTrue(Files.isDirectory(Path.of("node_modules/pagefind")), "Pagefind is not installed (npm ci)");
        assertEquals(List.of(), result.problems());
        assertTrue(Files.isRegularFile(site.resolve("pagefind/pagefind-entry.json")));
        assertTrue(Files.isRegularFile(site.resolve("pagefind/wasm.ar.pagefind")));
        assertTrue(Files.isRegularFile(site.resolve("pagefind/wasm.en.pagefind")));
    }

    @Test
    void everyContentFileHasItsPage() {
        for (ContentFile file : planned) {
            String html = file.path().replaceAll("\\.md$", ".html");
            assertTrue(Files.isRegularFile(site.resolve(html)), "missing " + html);
        }
        assertEquals(planned.size(), result.pages());
    }

    @Test
    void pagesDeclareLanguageAndDirection() throws Exception {
        assertLangDir("index.html", "ar", "rtl");
        assertLangDir("en/index.html", "en", "ltr");
        assertLangDir("ar/001-fixture.html", "ar", "rtl");
        assertLangDir("en/001-fixture.html", "en", "ltr");
    }

    private static void assertLangDir(String page, String lang, String dir) throws Exception {
        Document doc = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
        assertEquals(lang, doc.selectFirst("html").attr("lang"), page);
        assertEquals(dir, doc.selectFirst("html").attr("dir"), page);
    }

    @Test
    void linksAnchorsAndCounterpartsResolve() {
        assertEquals(List.of(), SiteChecker.check(site));
    }

    @Test
    void hreflangPointsBothWays() throws Exception {
        Document ar = Jsoup.parse(site.resolve("ar/001-fixture.html").toFile(), "UTF-8");
        Document en = Jsoup.parse(site.resolve("en/001-fixture.html").toFile(), "UTF-8");
        assertEquals("../en/001-fixture.html", ar.selectFirst("link[hreflang=en]").attr("href"));
        assertEquals("../ar/001-fixture.html", en.selectFirst("link[hreflang=ar]").attr("href"));
        assertEquals("../en/001-fixture.html", ar.selectFirst("a.lang-switch").attr("href"));
    }

    @Test
    void hostileTextStaysText() throws Exception {
        Document page = Jsoup.parse(site.resolve("ar/000-hostile.html").toFile(), "UTF-8");
        assertTrue(page.select("body script").isEmpty(), "no script element may come from article text");
        assertTrue(page.select("a[href^=javascript]").isEmpty());
        String text = page.select("article").text();
        assertTrue(text.contains("<script>alert('x')</script>"), text);
        assertTrue(text.contains("${7*7}"), text);
        assertTrue(text.contains("~~~~~~ type=page # not a heading *not emphasis*"), text);
        assertEquals("{\"a\": 1} <script>alert(1)</script>", page.selectFirst("h1").text());
    }

    @Test
    void homeListsNewestFirstUndatedLast() throws Exception {
        Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        List<String> links = home.select(".briefing-list a").eachAttr("href");
        assertEquals(List.of("ar/001-fixture.html", "ar/000-hostile.html"), links);
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path page : walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String errors = HtmlValidator.errors(page);
                assertTrue(errors.isEmpty(), site.relativize(page) + ":\n" + errors);
            }
        }
    }

    @Test
    void bakingAgainGivesIdenticalBytes() throws Exception {
        Path again = dir.resolve("again");
        assertFalse(new Baker(dir.resolve("project")).bake(again, Map.of("ar/feed.xml", "", "en/feed.xml", "")).failed());
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                Path twin = again.resolve(site.relativize(file).toString());
                assertTrue(java.util.Arrays.equals(Files.readAllBytes(file), Files.readAllBytes(twin)), "differs: " + file);
            }
        }
    }
}
