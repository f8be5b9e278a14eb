package org.nashra.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nashra.ingest.Article;
import org.nashra.ingest.Block;

/** The place of a figure is a place the article's names found, never any word after في. */
class FigurePlacesTest {

    private static final Analyser ANALYSER = ListedPlaces.analyser(List.of(), List.of("العراق", "سوريا", "مسقط"));

    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            نشرت الولايات المتحدة 2500 جندي في العراق منذ سنوات.              | العراق
            وجرى إيواء أكثر من 2700 شخص في مسقط وحدها.                       | مسقط
            لديه ما بين 1500 و3000 مقاتل في العراق وسوريا.                    | العراق وسوريا
            بلغت الإيرادات 413.9 مليار ريال في الربع الثالث من العام.          | ''
            صدرت أحكام بحق 6 متهمين في قضية تهريب مواد مخدرة.                 | ''
            فيما جرى إيواء أكثر من 2700 شخص في مراكز الإيواء.                 | ''
            """)
    void aFigureIsInAPlaceOnlyWhereTheNamesFoundOne(String paragraph, String place) {
        Article article = new Article("001-figures", Path.of("seeds/001_figures.txt"), "خبر", false, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(Block.paragraph(paragraph, 1)), List.of());
        Analysis analysis = ANALYSER.analyse(article);
        assertEquals(1, analysis.figures().size(), analysis.figures().toString());
        assertEquals(place.isEmpty() ? Optional.empty() : Optional.of(place), analysis.figures().get(0).figure().place());
    }
}
