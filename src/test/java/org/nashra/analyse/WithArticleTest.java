package org.nashra.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nashra.extract.EntityType;
import org.nashra.extract.Mention;

class WithArticleTest {

    @ParameterizedTest(name = "{0} ⇒ {2}")
    @CsvSource(delimiter = '|', textBlock = """
            دعم للتحالف الدولي        | لتحالف الدولي  | التحالف الدولي
            وللأمم المتحدة دور         | لأمم المتحدة   | الأمم المتحدة
            زار لبنان أمس              | لبنان          | لبنان
            قال ليستر                  | ليستر          | ليستر
            اجتماع للجنة الأمنية المشتركة | لجنة الأمنية المشتركة | اللجنة الأمنية المشتركة
            """)
    void theElidedArticleComesBackAfterTheDoubledLam(String text, String surface, String expected) {
        int start = text.indexOf(surface);
        Mention m = new Mention(surface, start, start + surface.length(), EntityType.ORGANISATION);
        assertEquals(expected, Analyser.withArticle(text, m));
    }

    /** A name known as written keeps the ل the doubled lam begins with when the name with the article is not known. */
    @ParameterizedTest(name = "{0} ⇒ {2}")
    @CsvSource(delimiter = '|', textBlock = """
            هل سيكون للبنان رئيس      | لبنان          | لبنان
            دعم للتحالف الدولي        | لتحالف الدولي  | التحالف الدولي
            وللأمم المتحدة دور         | لأمم المتحدة   | الأمم المتحدة
            """)
    void aKnownNameKeepsItsLam(String text, String surface, String expected) {
        int start = text.indexOf(surface);
        Mention m = new Mention(surface, start, start + surface.length(), EntityType.PLACE);
        java.util.Set<String> known = java.util.Set.of("لبنان", "التحالف الدولي", "الأمم المتحدة");
        assertEquals(expected, Analyser.withArticle(text, m, known::contains));
    }
}
