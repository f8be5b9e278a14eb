package org.nashra.pages;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
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
import org.nashra.translate.Edition;
import org.nashra.translate.Glossary;
import org.nashra.translate.names.PlaceLexicon;
import org.nashra.translate.names.Transliterator;

/** English pages name an outlet in English when its edition knows the name, and in marked Arabic when not. */
class OutletNamesTest {

    private static SitePlan plan() {
        Analyser analyser = new Analyser(List.of(), text -> List.of(),
                new EntityResolver(Gazetteer.empty(), RoleLexicon.empty(), Transliterator.load(), PlaceLexicon.load()));
        List<Analysis> analyses = List.of(article("000-a", "رويترز"), article("001-b", "بوابة نيوز")).stream()
                .map(analyser::analyse).toList();
        Edition reuters = new Edition(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("Reuters"));
        UiStrings ui = UiStrings.load(Path.of("data/ui")).strings();
        return new PagePlanner(ui, SiteSettings.defaults(), Glossary.empty())
                .plan(new Linker(List.of(), Related.Weights.defaults()).link(analyses, Map.of("000-a", reuters)));
    }

    private static Article article(String id, String outlet) {
        return new Article(id, Path.of("seeds/" + id + ".txt"), "اجتماع في العاصمة", false, Optional.of(LocalDate.of(2024, 10, 2)),
                Optional.of(outlet), Optional.empty(),
                List.of(Block.paragraph("قال المسؤول إن الاجتماع انتهى اليوم في العاصمة بعد ساعات من النقاش حول الخطة الجديدة.", 2)), List.of());
    }

    private static ContentFile file(SitePlan plan, String path) {
        return plan.content().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void theEnglishBriefingAndListsNameTheOutletInEnglish() {
        SitePlan plan = plan();
        assertTrue(file(plan, "en/000-a.md").view().toString().contains("value=Reuters"), file(plan, "en/000-a.md").view().toString());
        assertTrue(file(plan, "ar/000-a.md").view().toString().contains("value=رويترز"));
        String home = file(plan, "en/index.md").body();
        assertTrue(home.contains("· <bdi>Reuters</bdi>"), home);
        assertTrue(home.contains("· <bdi lang=\"ar\" dir=\"rtl\">بوابة نيوز</bdi>"), "no English name: the Arabic, marked as such");
        assertTrue(file(plan, "index.md").body().contains("· <bdi>رويترز</bdi>"), "the Arabic home keeps the Arabic name");
        String sources = file(plan, "en/sources.md").body();
        assertTrue(sources.contains("Reuters") && !sources.contains("رويترز"), sources);
    }
}
