package org.nashra.core;

import java.util.List;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A name an editor's file does not know is answered with the known ones, and the one meant when it is plain. */
class KnownNamesTest {

    private static final List<String> FIELDS = List.of("title_ar", "title_en", "summary_ar", "summary_en", "published",
            "outlet", "author", "url");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            sumary_ar   | summary_ar
            summary_ra  | summary_ar
            sumary_ra   | summary_ar
            Summary_EN  | summary_en
            publsihed   | published
            autor       | author
            uri         | url
            summary_    | none
            title       | none
            url_en      | none
            english     | none
            ur          | none
            """)
    void theNameMeantIsGivenOnlyWhenOneIsPlainlyMeant(String given, String meant) {
        assertEquals(meant, KnownNames.meant(given, FIELDS.stream().sorted().toList()));
    }

    @ParameterizedTest(name = "{0}, {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ab      | ab      | 0
            ab      | ba      | 1
            abc     | ac      | 1
            abc     | abxc    | 1
            kitten  | sitting | 3
            ''      | abc     | 3
            """)
    void slipsCountLettersAddedDroppedChangedAndSwapped(String a, String b, int slips) {
        assertEquals(slips, KnownNames.slips(a, b));
        assertEquals(slips, KnownNames.slips(b, a));
    }

    @Test
    void theMessageListsTheKnownNamesInOrder() {
        assertEquals("unknown field 'sumary_ar' (did you mean summary_ar? known: author, outlet, published, summary_ar,"
                + " summary_en, title_ar, title_en, url)", KnownNames.unknown("field", "sumary_ar", FIELDS));
        assertEquals("unknown setting 'colour' (known: feed_size, url)", KnownNames.unknown("setting", "colour", List.of("url", "feed_size")));
    }
}
