package org.nashra.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.nashra.analyse.Analyser;
import org.nashra.analyse.Analysis;
import org.nashra.extract.EntityType;
import org.nashra.extract.Mention;
import org.nashra.extract.entities.EntityRecogniser;
import org.nashra.extract.resolve.EntityResolver;
import org.nashra.extract.topics.Topic;
import org.nashra.extract.resolve.Gazetteer;
import org.nashra.extract.resolve.RoleLexicon;
import org.nashra.ingest.Article;
import org.nashra.ingest.Block;
import org.nashra.link.Linker;
import org.nashra.link.Related;
import org.nashra.translate.Glossary;
import org.nashra.translate.names.PlaceLexicon;
import org.nashra.translate.names.Transliterator;

/** Long lists are split into pages, each linked to its neighbours and to its counterpart. */
class PaginationTest {

    private static final Topic MEETINGS = new Topic("meetings", "الاجتماعات", "Meetings", "", "",
            List.of("الاجتماع", "النقاش"));

    /** Forty-five briefings, one a day, each about a meeting in Baghdad: enough for three pages of every list. */
    private static SitePlan fortyFiveBriefings() {
        return briefings(45, 1, i -> Optional.empty(), SiteSettings.defaults());
    }

    /** {@code count} briefings, {@code daysApart} days apart from 1 January 2024, each with one dated event (its day). */
    private static SitePlan briefings(int count, int daysApart, java.util.function.IntFunction<Optional<String>> outlet,
                                      SiteSettings settings) {
        EntityRecogniser baghdad = text -> text.contains("بغداد")
                ? List.of(new Mention("بغداد", text.indexOf("بغداد"), text.indexOf("بغداد") + 5, EntityType.PLACE)) : List.of();
        Analyser analyser = new Analyser(List.of(MEETINGS), baghdad,
                new EntityResolver(Gazetteer.empty(), RoleLexicon.empty(), Transliterator.load(), PlaceLexicon.load()));
        List<Analysis> analyses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Article article = new Article(String.format("%03d-a", i), Path.of("seeds/" + i + ".txt"), "عنوان الخبر رقم " + i, false,
                    Optional.of(LocalDate.of(2024, 1, 1).plusDays((long) i * daysApart)), outlet.apply(i), Optional.empty(),
                    List.of(Block.paragraph("قال المسؤول إن الاجتماع انتهى اليوم في محافظة بغداد بعد ساعات من النقاش.", 2)), List.of());
            analyses.add(analyser.analyse(article));
        }
        UiStrings ui = UiStrings.load(Path.of("data/ui")).strings();
        return new PagePlanner(ui, settings, Glossary.empty())
                .plan(new Linker(List.of(MEETINGS), Related.Weights.defaults()).link(analyses));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "feed_size {0}: {1} entries, newest first")
    @org.junit.jupiter.params.provider.CsvSource({"50, 45", "10, 10", "1, 1"})
    void eachFeedHoldsTheNewestBriefingsUpToItsSize(int feedSize, int entries) {
        SitePlan plan = briefings(45, 1, i -> Optional.empty(), SiteSettings.defaults().withFeedSize(feedSize));
        for (String feed : List.of("ar/feed.xml", "en/feed.xml")) {
            String xml = plan.files().get(feed);
            List<String> ids = java.util.regex.Pattern.compile("<id>[^<]*/(\\d{3}-a)\\.html</id>").matcher(xml)
                    .results().map(m -> m.group(1)).toList();
            List<String> newest = java.util.stream.IntStream.range(0, entries).mapToObj(i -> String.format("%03d-a", 44 - i)).toList();
            assertEquals(newest, ids, feed);
            assertTrue(xml.contains("<updated>2024-02-14T00:00:00Z</updated>"), "the feed's date is the newest briefing's: " + feed);
        }
    }

    private static ContentFile file(SitePlan plan, String path) {
        return plan.content().stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no content file " + path + " in " + plan.content().stream().map(ContentFile::path).toList()));
    }

    private static int items(ContentFile file, String listClass) {
        return items(file, "ol", listClass);
    }

    private static int items(ContentFile file, String element, String listClass) {
        String body = file.body();
        int from = body.indexOf("<" + element + " class=\"" + listClass + "\">");
        assertTrue(from >= 0, "list " + listClass + " in " + file.path());
        String list = body.substring(from, body.indexOf("</" + element + ">", from));
        return list.split("<li>", -1).length - 1;
    }

    private static List<String> paths(SitePlan plan, String prefix) {
        return plan.content().stream().map(ContentFile::path).filter(p -> p.startsWith(prefix)).sorted().toList();
    }

    @Test
    void fortyFiveBriefingsMakeThreeHomePagesPerLanguage() {
        SitePlan plan = fortyFiveBriefings();
        List<String> homes = plan.content().stream().map(ContentFile::path)
                .filter(p -> p.equals("index.md") || p.equals("en/index.md") || p.matches("(ar|en)/page/.*")).sorted().toList();
        assertEquals(List.of("ar/page/2.md", "ar/page/3.md", "en/index.md", "en/page/2.md", "en/page/3.md", "index.md"), homes);

        ContentFile second = file(plan, "ar/page/2.md");
        assertTrue(second.body().contains("href=\"../../index.html\""), "newer page link");
        assertTrue(second.body().contains("href=\"../../ar/page/3.html\""), "older page link");
        assertEquals("../../en/page/2.html", ((Map<?, ?>) second.view().get("alternate")).get("url"));
        assertEquals(20, items(second, "briefing-list"), "twenty briefings a page");
        assertTrue(second.body().contains("عنوان الخبر رقم 24"), "newest first: page 2 starts at the 21st newest");
    }

    @Test
    void aTopicWithFortyFiveBriefingsHasThreePages() {
        SitePlan plan = fortyFiveBriefings();
        assertEquals(List.of("ar/topics/index.md", "ar/topics/meetings.md", "ar/topics/meetings/page/2.md", "ar/topics/meetings/page/3.md"),
                paths(plan, "ar/topics/"));
        assertEquals(List.of("en/topics/index.md", "en/topics/meetings.md", "en/topics/meetings/page/2.md", "en/topics/meetings/page/3.md"),
                paths(plan, "en/topics/"));
        ContentFile first = file(plan, "ar/topics/meetings.md");
        ContentFile third = file(plan, "ar/topics/meetings/page/3.md");
        assertEquals(20, items(first, "briefing-list"));
        assertEquals(5, items(third, "briefing-list"), "the last page holds the rest");
        assertTrue(first.body().contains("href=\"../../ar/topics/meetings/page/2.html\""), "first page links to the second");
        assertTrue(third.body().contains("href=\"../../../../ar/topics/meetings/page/2.html\""), "last page links back");
        assertFalse(third.body().contains("rel=\"next\""), "nothing after the last page");
        assertEquals("../../../../en/topics/meetings/page/3.html", ((Map<?, ?>) third.view().get("alternate")).get("url"));
        assertTrue(((String) third.view().get("title")).endsWith("3"), "page number in the title: " + third.view().get("title"));
        assertTrue(third.body().contains("عنوان الخبر رقم 44<") && !third.body().contains("عنوان الخبر رقم 39<"),
                "equally supported briefings in id order: the last page holds the last five");
    }

    @Test
    void anEntityWithFortyFiveBriefingsHasThreePagesEachWithItsOwnEvents() {
        SitePlan plan = fortyFiveBriefings();
        List<String> baghdad = paths(plan, "ar/entities/").stream().filter(p -> p.contains("baghdad")).toList();
        assertEquals(3, baghdad.size(), "three pages of Baghdad: " + baghdad);
        ContentFile first = file(plan, baghdad.get(0));
        ContentFile second = file(plan, baghdad.get(1));
        assertTrue(second.path().endsWith("/page/2.md"), second.path());
        assertEquals(20, items(first, "briefing-list"));
        assertEquals(20, items(second, "briefing-list"));
        assertTrue(first.body().contains("class=\"entity-facts\"") && second.body().contains("class=\"entity-facts\""),
                "every page says what the entity is");
        assertTrue(second.body().contains("rel=\"prev\"") && second.body().contains("rel=\"next\""));
        assertEquals(20, items(second, "ul", "timeline"), "each briefing's day (اليوم) is one event, on the page that lists it");
        String events = second.body().substring(second.body().indexOf("<ul class=\"timeline\">"));
        assertTrue(events.contains("رقم 24<") && events.contains("رقم 5<") && !events.contains("رقم 25<") && !events.contains("رقم 4<"),
                "page 2 lists the 21st to 40th newest briefings (numbers 24 to 5), and only their events");
        String otherLanguage = second.path().replaceFirst("^ar/", "en/");
        assertEquals(otherLanguage, file(plan, otherLanguage).path(), "the English page 2 exists");
    }

    @Test
    void aLongTimelineKeepsEachMonthOnOnePageAndSaysWhereEachYearBegins() {
        // One event every ten days for 600 days: 2024 and 2025, three events a month; ten events a page.
        SitePlan plan = briefings(60, 10, i -> Optional.empty(), SiteSettings.defaults().withPageSize(2));
        List<String> pages = paths(plan, "ar/timeline");
        assertTrue(pages.size() >= 6, "sixty events, ten a page: " + pages);
        assertEquals("ar/timeline.md", pages.get(0));
        java.util.Map<String, String> monthPage = new java.util.HashMap<>();
        for (String path : pages) {
            ContentFile page = file(plan, path);
            String[] lists = page.body().split("<ul class=\"timeline\">", -1);
            int events = 0;
            for (int i = 1; i < lists.length; i++) events += lists[i].substring(0, lists[i].indexOf("</ul>")).split("<li", -1).length - 1;
            assertTrue(events >= 1 && events <= 10, path + " holds " + events + " events");
            java.util.regex.Matcher month = java.util.regex.Pattern.compile("id=\"(y\\d{4}-\\d{2})\"").matcher(page.body());
            while (month.find()) {
                String before = monthPage.put(month.group(1), path);
                assertTrue(before == null, month.group(1) + " is split between " + before + " and " + path);
            }
            assertTrue(page.body().contains("<nav class=\"jump\""), "every page of a long timeline lists the years: " + path);
        }
        ContentFile first = file(plan, "ar/timeline.md");
        String page2025 = monthPage.get("y2025-01").replace(".md", ".html");
        assertTrue(first.body().contains("href=\"../" + page2025 + "#y2025\""), "2025 links to where it begins: " + page2025);
        assertTrue(first.body().contains("href=\"../ar/timeline.html#y2024\""), "2024 begins on the first page");
        assertEquals(pages.size(), paths(plan, "en/timeline").size(), "as many English pages");
    }

    @Test
    void sourcesAreSplitIntoPagesThatKeepAnOutletTogetherWhereItFits() {
        String[] outlets = {"الحرة", "رووداو", "المدى"};
        SitePlan plan = briefings(45, 1, i -> i < 40 ? Optional.of(outlets[i % 3]) : Optional.empty(), SiteSettings.defaults().withPageSize(15));
        List<String> pages = paths(plan, "ar/sources");
        // الحرة 14, المدى 13, رووداو 13 (alphabetical), no outlet 5: 14 | 13 | 13 | 5, none fits beside another.
        assertEquals(List.of("ar/sources.md", "ar/sources/page/2.md", "ar/sources/page/3.md", "ar/sources/page/4.md"), pages);
        ContentFile second = file(plan, "ar/sources/page/2.md");
        assertEquals(13, items(second, "briefing-list"));
        assertTrue(second.body().contains("<h2 id=\"source-2\">المدى</h2>"), "the second outlet heads the second page");
        assertTrue(second.body().contains("href=\"../../../ar/sources/page/4.html#source-4\""), "the jump list finds the briefings without an outlet");
        assertTrue(second.body().contains("href=\"../../../ar/sources.html#source-1\""), "and the first outlet");
    }

    /** The count of pages an entity's pages are taken over by is the count {@code of} makes. */
    @Test
    void pagesAreCountedAsTheyAreMade() {
        for (int size : List.of(1, 3, 20)) {
            for (int items : List.of(0, 1, 2, 3, 19, 20, 21, 40, 41, 60)) {
                List<Integer> list = java.util.stream.IntStream.range(0, items).boxed().toList();
                assertEquals(Pagination.of(list, size, n -> SitePaths.home(org.nashra.core.Lang.AR, n)).pages(),
                        Pagination.pageCount(items, size), items + " items, " + size + " a page");
            }
        }
    }
}
