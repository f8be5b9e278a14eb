package org.nashra.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text.singleLine and the characters it takes for spaces. */
class TextTest {

    /** The definition: white space, line and paragraph separators, next line, controls and no-break space. */
    private static boolean blankByDefinition(char c) {
        return Character.isWhitespace(c) || c == '\u2028' || c == '\u2029' || c == '\u0085'
                || Character.isISOControl(c) || c == '\u00a0';
    }

    @Test
    void everyCharacterIsBlankExactlyWhenTheDefinitionSaysSo() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            assertEquals(blankByDefinition((char) c), Text.isBlank((char) c), "U+" + Integer.toHexString(c));
        }
    }

    @ParameterizedTest(name = "[{index}] «{0}»")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            ^  بغداد\t\tالقاهرة  ^          | بغداد القاهرة
            ^a\u2028b\u2029c\u0085d^        | a b c d
            ^a\u00a0\u00a0b\u0007c^         | a b c
            ^وزير\u200fالخارجية^            | وزير\u200fالخارجية
            """)
    void foldsOntoOneLineAndKeepsBidiControls(String text, String expected) {
        assertEquals(expected, Text.singleLine(text));
    }

    @ParameterizedTest(name = "[{index}] «{0}»")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            ^• تعزيز التعاون الاقتصادي.^      | تعزيز التعاون الاقتصادي.
            ^- دعم جهود وقف إطلاق النار.^     | دعم جهود وقف إطلاق النار.
            ^1- دعم جهود وقف إطلاق النار.^    | دعم جهود وقف إطلاق النار.
            ^2. زيادة المساعدات.^             | زيادة المساعدات.
            ^(3) زيادة المساعدات.^            | زيادة المساعدات.
            ^١- زيادة المساعدات.^             | زيادة المساعدات.
            ^2024 عام الانتخابات.^            | 2024 عام الانتخابات.
            ^3 ملايين شخص نزحوا.^             | 3 ملايين شخص نزحوا.
            ^-5 درجات تحت الصفر.^             | -5 درجات تحت الصفر.
            """)
    void aSentenceLosesTheListMarkItBeganWith(String sentence, String expected) {
        assertEquals(expected, Text.withoutListMark(sentence));
    }

    @ParameterizedTest(name = "[{index}] «{0}»")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            ^18:40 - أعلنت الشركة استعادة التيار.^       | أعلنت الشركة استعادة التيار.
            ^9:05 – توقفت حركة القطارات.^               | توقفت حركة القطارات.
            ^١٧:١٥ | قال رئيس الوزراء إن …^             | قال رئيس الوزراء إن …
            ^- 18:40 - أعلنت الشركة.^                   | أعلنت الشركة.
            ^عند الساعة 18:40 - أعلنت الشركة.^          | عند الساعة 18:40 - أعلنت الشركة.
            ^18:40 بتوقيت غرينتش أعلنت الشركة.^         | 18:40 بتوقيت غرينتش أعلنت الشركة.
            ^2024 - عام الانتخابات.^                    | 2024 - عام الانتخابات.
            ^قال مصدران، في القاهرة (رويترز) يوم الأربعاء، إن الوسطاء قدموا مقترحا.^ | قال مصدران، في القاهرة يوم الأربعاء، إن الوسطاء قدموا مقترحا.
            ^أعلنت الوزارة (واس) إضافة ثلاث دول.^      | أعلنت الوزارة إضافة ثلاث دول.
            ^حذرت وكالة الأونروا (الأونروا) من نفاد الوقود.^ | حذرت وكالة الأونروا (الأونروا) من نفاد الوقود.
            ^بلغ الإنتاج (3,66 مليون برميل) يوميا.^     | بلغ الإنتاج (3,66 مليون برميل) يوميا.
            ^وقال المدير لوكالة الأنباء الأردنية (بترا) إن الموجة تنحسر.^ | وقال المدير لوكالة الأنباء الأردنية (بترا) إن الموجة تنحسر.
            ^وقال مدير الأرصاد لـ(بترا) إن الموجة تنحسر.^ | وقال مدير الأرصاد لـ(بترا) إن الموجة تنحسر.
            ^قال مسؤول في الأنبار (رويترز) إن الطريق فتح.^ | قال مسؤول في الأنبار إن الطريق فتح.
            """)
    void aSummarysSentenceLosesTheTimeALivePageStampedItWith(String sentence, String expected) {
        assertEquals(expected, Text.asProse(sentence));
    }
}
