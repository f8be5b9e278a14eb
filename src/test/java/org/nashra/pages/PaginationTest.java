package org.nashra.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Long lists are split into pages, each linked to its neighbours and to its counterpart. */
class PaginationTest {

    @Test
    void fortyFiveBriefingsMakeThreeHomePagesPerLanguage() {
        Analyser analyser = new Analyser(List.of(), text -> List.of(),
                new EntityResolver(Gazetteer.empty(), RoleLexicon.empty(), Transliterator.load(), PlaceLexicon.load()));
        List<Analysis> analyses = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            Article article = new Article(String.format("%03d-a", i), Path.of("seeds/" + i + ".txt"), "عنوان الخبر رقم " + i, false,
                    Optional.of(LocalDate.of(2024, 1, 1).plusDays(i)), Optional.empty(), Optional.empty(),
                    List.of(Block.paragraph("قال المسؤول إن الاجتماع انتهى اليوم في بغداد بعد ساعات من النقاش.", 2)), List.of());
            analyses.add(analyser.analyse(article));
        }
        UiStrings ui = UiStrings.load(Path.of("data/ui")).strings();
        SitePlan plan = new PagePlanner(ui, SiteSettings.defaults(), Glossary.empty())
                .plan(new Linker(List.of(), Related.Weights.defaults()).link(analyses));
        List<String> homes = plan.content().stream().map(ContentFile::path)
                .filter(p -> p.equals("index.md") || p.equals("en/index.md") || p.contains("/page/")).sorted().toList();
        assertEquals(List.of("ar/page/2.md", "ar/page/3.md", "en/index.md", "en/page/2.md", "en/page/3.md", "index.md"), homes);

        ContentFile second = plan.content().stream().filter(f -> f.path().equals("ar/page/2.md")).findFirst().orElseThrow();
        assertTrue(second.body().contains("href=\"../../index.html\""), "newer page link");
        assertTrue(second.body().contains("href=\"../../ar/page/3.html\""), "older page link");
        assertEquals("../../en/page/2.html", ((Map<?, ?>) second.view().get("alternate")).get("url"));
        assertEquals(20, second.body().split("<li>", -1).length - 1, "twenty briefings a page");
        assertTrue(second.body().contains("عنوان الخبر رقم 24"), "newest first: page 2 starts at the 21st newest");
    }
}
