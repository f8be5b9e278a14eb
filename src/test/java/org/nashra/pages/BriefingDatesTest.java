package org.nashra.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nashra.analyse.Analysis;
import org.nashra.analyse.ListedPlaces;
import org.nashra.ingest.Article;
import org.nashra.ingest.Block;
import org.nashra.link.Linker;
import org.nashra.link.Related;
import org.nashra.translate.Glossary;

/** "Dates in the article": each date once, however often and in whatever words the article names it. */
class BriefingDatesTest {

    private static final UiStrings UI = UiStrings.load(Path.of("data/ui")).strings();

    /** Published on Saturday 28 September 2024: "Friday" is the 27th, as "Friday 27 September" says outright. */
    private static final Article ARTICLE = new Article("001-dates", Path.of("seeds/001-dates.txt"), "اجتماع في بغداد", false,
            Optional.of(LocalDate.of(2024, 9, 28)), Optional.empty(), Optional.empty(), List.of(
                    Block.paragraph("اجتمع الوزير يوم الجمعة 27 سبتمبر مع نظيره في بغداد.", 2),
                    Block.paragraph("وقال الوزير إن الاجتماع الذي عقد يوم الجمعة كان مثمرا.", 4),
                    Block.paragraph("وأضاف أن اجتماعا آخر سيعقد في أكتوبر المقبل.", 6),
                    Block.paragraph("وكان الوزيران قد اتفقا يوم الجمعة 27 سبتمبر على جدول الأعمال.", 8)),
            List.of());

    @Test
    void aDateNamedInSeveralParagraphsIsListedOnceWithEachWordingAndALinkToEachParagraph() {
        assertEquals(List.of(
                "27 September 2024 | يوم الجمعة 27 سبتمبر · يوم الجمعة | in the text → #p-1, 2 → #p-2, 3 → #p-4",
                "October 2024 | أكتوبر المقبل | in the text → #p-3"),
                dates("en/001-dates.md"));
    }

    @Test
    void theArabicPageListsTheSameDatesWithoutTheWordings() {
        assertEquals(List.of(
                "27 سبتمبر 2024 |  | في النص → #p-1, 2 → #p-2, 3 → #p-4",
                "أكتوبر 2024 |  | في النص → #p-3"),
                dates("ar/001-dates.md"));
    }

    @Test
    void eachFurtherLinkIsNamedInFullForScreenReaders() {
        assertEquals(List.of("in the text 2", "in the text 3"), labels(section("en/001-dates.md")));
    }

    /** Each entry as "date | wordings | link text → anchor, …". */
    private static List<String> dates(String path) {
        List<String> entries = new ArrayList<>();
        Matcher item = Pattern.compile("<li><strong>(.*?)</strong> (.*?)</li>").matcher(section(path));
        while (item.find()) {
            String rest = item.group(2);
            int firstLink = rest.indexOf("<a ");
            String wordings = rest.substring(0, firstLink).replaceAll("<[^>]+>", "").strip();
            List<String> links = new ArrayList<>();
            Matcher link = Pattern.compile("<a class=\"source-link\" href=\"[^\"#]*(#[^\"]+)\"[^>]*>(.*?)</a>").matcher(rest);
            while (link.find()) links.add(link.group(2) + " → " + link.group(1));
            entries.add(item.group(1) + " | " + wordings + " | " + String.join(", ", links));
        }
        return entries;
    }

    private static List<String> labels(String section) {
        List<String> labels = new ArrayList<>();
        Matcher label = Pattern.compile("aria-label=\"([^\"]+)\"").matcher(section);
        while (label.find()) labels.add(label.group(1));
        return labels;
    }

    private static String section(String path) {
        Analysis analysis = ListedPlaces.analyser(List.of(), List.of("بغداد")).analyse(ARTICLE);
        SitePlan plan = new PagePlanner(UI, SiteSettings.defaults(), Glossary.empty())
                .plan(new Linker(List.of(), Related.Weights.defaults()).link(List.of(analysis)));
        String body = plan.content().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().body();
        int start = body.indexOf("<h2 id=\"dates\">");
        return body.substring(start, body.indexOf("</ul>", start));
    }
}
