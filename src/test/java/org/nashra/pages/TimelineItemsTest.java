package org.nashra.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nashra.analyse.Analyser;
import org.nashra.analyse.Analysis;
import org.nashra.extract.EntityType;
import org.nashra.extract.Mention;
import org.nashra.extract.entities.EntityRecogniser;
import org.nashra.extract.resolve.EntityResolver;
import org.nashra.extract.resolve.Gazetteer;
import org.nashra.extract.resolve.RoleLexicon;
import org.nashra.ingest.Article;
import org.nashra.ingest.Block;
import org.nashra.link.Linker;
import org.nashra.link.Related;
import org.nashra.translate.Glossary;
import org.nashra.translate.names.PlaceLexicon;
import org.nashra.translate.names.Transliterator;

/** A timeline gives each briefing's date once: the sentences one article dates to one day are one entry. */
class TimelineItemsTest {

    /** Three sentences of the first briefing date events to 27 September, one to 1 October; the second briefing one to 27 September. */
    private static SitePlan twoBriefings() {
        EntityRecogniser baghdad = text -> {
            List<Mention> found = new ArrayList<>();
            for (int at = text.indexOf("بغداد"); at >= 0; at = text.indexOf("بغداد", at + 1)) {
                found.add(new Mention("بغداد", at, at + 5, EntityType.PLACE));
            }
            return found;
        };
        Analyser analyser = new Analyser(List.of(), baghdad,
                new EntityResolver(Gazetteer.empty(), RoleLexicon.empty(), Transliterator.load(), PlaceLexicon.load()));
        List<Analysis> analyses = List.of(
                analyser.analyse(article("000-a", "اجتماع في بغداد", List.of(
                        "وصل الوفد إلى بغداد في 27 سبتمبر 2024 لبدء المحادثات مع الحكومة.",
                        "وعقد الوفد في 27 سبتمبر 2024 اجتماعا مطولا مع رئيس الوزراء في بغداد.",
                        "وأعلن الطرفان في 27 سبتمبر 2024 اتفاقا على مواصلة الحوار في بغداد.",
                        "وغادر الوفد بغداد في الأول من أكتوبر 2024 بعد انتهاء الجولة."))),
                analyser.analyse(article("001-b", "زيارة إلى بغداد", List.of(
                        "وصل وزير الخارجية إلى بغداد في 27 سبتمبر 2024 في زيارة رسمية قصيرة."))));
        UiStrings ui = UiStrings.load(Path.of("data/ui")).strings();
        return new PagePlanner(ui, SiteSettings.defaults(), Glossary.empty())
                .plan(new Linker(List.of(), Related.Weights.defaults()).link(analyses));
    }

    /** One briefing whose only dated event is in a year before Christ. */
    private static SitePlan briefingBeforeChrist() {
        Analyser analyser = new Analyser(List.of(), text -> List.of(),
                new EntityResolver(Gazetteer.empty(), RoleLexicon.empty(), Transliterator.load(), PlaceLexicon.load()));
        List<Analysis> analyses = List.of(analyser.analyse(article("000-a", "التقويم الأمازيغي", List.of(
                "وتعتمد الحركة الأمازيغية في تأريخها سنة 950 قبل الميلاد منطلقا للتقويم."))));
        UiStrings ui = UiStrings.load(Path.of("data/ui")).strings();
        return new PagePlanner(ui, SiteSettings.defaults(), Glossary.empty())
                .plan(new Linker(List.of(), Related.Weights.defaults()).link(analyses));
    }

    private static Article article(String id, String headline, List<String> paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) blocks.add(Block.paragraph(paragraphs.get(i), i + 2));
        return new Article(id, Path.of("seeds/" + id + ".txt"), headline, false, Optional.of(LocalDate.of(2024, 10, 2)),
                Optional.empty(), Optional.empty(), blocks, List.of());
    }

    private static String body(SitePlan plan, String path) {
        return plan.content().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().body();
    }

    /** Each item of the page's timeline lists: its date, how many clauses it gives, and the briefing it links to. */
    private static List<String> items(String body) {
        List<String> out = new ArrayList<>();
        var item = Pattern.compile("<li[^>]*><p class=\"when\"><strong>([^<]*)</strong>.*?</p>(.*?)<p class=\"from\"><a href=\"[^\"]*/([^/\"]+)\\.html\"",
                Pattern.DOTALL).matcher(body.substring(body.indexOf("<ul class=\"timeline\">")));
        while (item.find()) {
            int clauses = item.group(2).split("<p class=\"what\">", -1).length - 1;
            out.add(item.group(1) + " | " + clauses + " | " + item.group(3));
        }
        return out;
    }

    @Test
    void theTimelineGivesEachBriefingsDateOnceWithEveryClause() {
        assertEquals(List.of(
                "27 September 2024 | 3 | 000-a",
                "27 September 2024 | 1 | 001-b",
                "1 October 2024 | 1 | 000-a"), items(body(twoBriefings(), "en/timeline.md")));
    }

    /** A year before Christ heads its events as the dates under it write it, not as ISO counts it (-949). */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en/timeline.md | 950 BC",
            "ar/timeline.md | 950 ق.م"})
    void aYearBeforeChristIsHeadedAsItsDatesAreWritten(String page, String heading) {
        var headings = Pattern.compile("<h2 id=\"y[^\"]*\">([^<]*)</h2>").matcher(body(briefingBeforeChrist(), page));
        List<String> found = new ArrayList<>();
        while (headings.find()) found.add(headings.group(1));
        assertEquals(List.of(heading), found);
    }

    @Test
    void anEntityPageGroupsItsEventsTheSameWay() {
        SitePlan plan = twoBriefings();
        String page = plan.content().stream().map(ContentFile::path).filter(p -> p.startsWith("en/entities/") && p.contains("baghdad"))
                .findFirst().orElseThrow();
        assertEquals(List.of(
                "27 September 2024 | 3 | 000-a",
                "27 September 2024 | 1 | 001-b",
                "1 October 2024 | 1 | 000-a"), items(body(plan, page)));
    }
}
