package org.nashra.translate.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlaceLexiconTest {

    private static PlaceLexicon places;

    @BeforeAll
    static void load() {
        places = PlaceLexicon.load();
    }

    static Stream<Arguments> cases() throws IOException {
        return NameKeyTest.table("place-names.tsv").stream().map(r -> Arguments.of(r[0], r[1]));
    }

    @ParameterizedTest(name = "{0} ⇒ {1}")
    @MethodSource("cases")
    void englishPlaceNames(String arabic, String english) {
        assertEquals(english, places.english(arabic).orElse("(none)"), () -> NameKeyTest.visible(arabic));
    }

    /** A name two places share is the one the article's other words tell. */
    @ParameterizedTest(name = "{1} ⇒ {2}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "عمان | عمان - أصدرت محكمة أمن الدولة الأردنية أحكاما بالسجن | Amman",
            "عمان | وقال وزير الداخلية في عمان إن الأردن لن يسمح بتهريب المخدرات | Amman",
            "عمان | الإعصار شاهين يضرب سواحل عمان وتعليق الدراسة في مسقط | Oman",
            "عمان | زار العاهل الأردني سلطنة عمان والتقى السلطان هيثم بن طارق في عمان | Oman",
            "عمان | وقالت وزارة الخارجية إن عمان استضافت جولات سابقة من المحادثات | Oman",
            "عمان | عمان 18 تموز (بترا) – حذرت إدارة الأرصاد الجوية من تأثر المملكة بكتلة هوائية حارة | Amman",
            "عمان | وقال المدير لـ(بترا) إن الحرارة في عمان وإربد ستتراجع | Amman",
            "عمان | وقالت وزارة الخارجية إن عمان رحبت بتراجع التوتر في المنطقة | Oman",
            "عمان | وكانت الحافلة قادمة من العقبة باتجاه عمان قرب منطقة القطرانة في محافظة الكرك | Amman",
            "عمان | وقال وزير النقل إن الطريق بين صلالة وعمان سيفتتح العام المقبل | Oman"})
    void aSharedNameIsThePlaceTheArticleTells(String arabic, String article, String english) {
        assertEquals(english, places.english(arabic, article).orElse("(none)"));
    }

    /**
     * A one-word place spelt with one long vowel more or less than the lexicon's is that place when those spellings name
     * one place only; a shorter name (سد against السويد, Sweden; سويحان against سيحان, Seyhan) gives none.
     */
    @ParameterizedTest(name = "{0} ⇒ {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "تيزنيت | Tiznit",
            "ماغدبورغ | Magdeburg",
            "تافراوت | Tafraout",
            "إيميلشيل | Imilchil",
            "السد | (none)",
            "مرسي | (none)",
            "الحمادي | (none)",
            "السويحان | (none)",
            "سويحان | (none)",
            "مدينة لا وجود لها | (none)"})
    void aPlaceSpeltWithOtherLongVowelsIsTheLexiconsWhenItNamesOnePlace(String arabic, String english) {
        assertEquals(english, places.english(arabic, "").orElse("(none)"));
    }

    @Test
    void coversCountriesAndCities() {
        assertTrue(places.size() > 3000, "size " + places.size());
        assertTrue(places.english("مدينة لا وجود لها").isEmpty());
    }
}
