package org.nashra.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nashra.core.Span;

/** A name found in the article's text is given back its place: the headline (block -1) or a block of the body. */
class ArticleTextTest {

    @ParameterizedTest(name = "{0} in «{1}» ⇒ {2}:{3}")
    @CsvSource(delimiter = '|', value = {
            "المغرب  | المغرب يستضيف كأس أمم أفريقيا | -1 | 0",
            "المغربي | المغرب يستضيف كأس أمم أفريقيا | 0  | 12",
            "الرباط  | المغرب يستضيف كأس أمم أفريقيا | 1  | 0",
            "المغربي | ''                          | 0  | 12",
            "الرباط  | ''                          | 1  | 0"})
    void aNameIsPlacedInTheHeadlineOrItsBlock(String name, String headline, int block, int start) {
        List<String> blocks = List.of("وقع المنتخب المغربي في المجموعة الأولى", "الرباط تحتضن الافتتاح");
        ArticleText text = ArticleText.of(headline, blocks);
        int at = text.text().indexOf(name);
        assertEquals(new Span(block, start, start + name.length()), text.span(at, at + name.length()));
        assertEquals(name, block == Span.HEADLINE ? headline.substring(start, start + name.length())
                : blocks.get(block).substring(start, start + name.length()));
    }
}
