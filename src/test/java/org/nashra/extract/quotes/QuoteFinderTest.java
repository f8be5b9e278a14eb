package org.nashra.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nashra.arabic.SpecTable;

class QuoteFinderTest {

    static Stream<Arguments> quotes() {
        return SpecTable.cases(QuoteFinderTest.class, "quotes.txt");
    }

    /**
     * quotes.txt: an article whose paragraphs are separated by \n ⇒ its quotations, each rendered as
     * "speaker | ref | quoted text" ("—" for an empty speaker or ref), joined by " ; ".
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("quotes")
    void find(SpecTable.Case c) {
        List<String> paragraphs = Arrays.asList(c.input().split("\n", -1));
        List<Quote> found = QuoteFinder.find(paragraphs);
        String actual = found.stream().map(QuoteFinderTest::render).collect(Collectors.joining(" ; "));
        assertEquals(SpecTable.visible(c.expected()), SpecTable.visible(actual), c.toString());
        found.forEach(q -> assertEquals(q.text(), paragraphs.get(q.paragraph()).substring(q.start(), q.end()), c + " offsets of " + q));
    }

    /** seed-quotes.txt: every quotation of seeds 001 and 003 with its speaker; lines of the file are paragraphs. */
    @Test
    void seeds() throws IOException {
        for (String name : List.of("001_ae965bdf7bbc0df8.txt", "003_eeb4d30400637bf5.txt", "000_0bd4bb5b0ab38dc1.txt",
                "004_49de97497ddda336.txt")) {
            Path file = Path.of("seeds", name);
            Assumptions.assumeTrue(Files.exists(file));
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String expected = SpecTable.read(QuoteFinderTest.class, "seed-quotes.txt").stream()
                    .filter(c -> c.input().startsWith(name.substring(0, 4)))
                    .map(c -> c.input().substring(4).strip() + " ⇒ " + c.expected())
                    .collect(Collectors.joining("\n"));
            String actual = QuoteFinder.find(lines).stream()
                    .map(q -> (q.paragraph() + 1) + " ⇒ " + render(q))
                    .collect(Collectors.joining("\n"));
            assertEquals(expected, actual, name);
        }
    }

    @Test
    void oddInputNeverThrows() {
        assertTrue(QuoteFinder.find(null).isEmpty());
        assertTrue(QuoteFinder.find(List.of()).isEmpty());
        QuoteFinder.find(Arrays.asList(null, "", "“", "”", "قال", "وأضاف، “", "قال: \"\"", "«»«", "نقلت عن", "وجاء في",
                "قال اللواء", "\"\"\"\"\""));
        List<String> odd = org.nashra.arabic.OddText.samples(11L, 1200);
        for (int i = 0; i + 3 <= odd.size(); i += 3) {
            List<String> paragraphs = odd.subList(i, i + 3);
            for (Quote q : QuoteFinder.find(paragraphs)) {
                assertEquals(q.text(), paragraphs.get(q.paragraph()).substring(q.start(), q.end()));
                assertTrue(q.speaker().isPresent() || q.speakerRef().isEmpty());
            }
        }
    }

    /** A speaker named in full, given the word before the name: a given name of the list, or any after a rank or role. */
    @ParameterizedTest(name = "{1} {0} ⇒ {2}")
    @org.junit.jupiter.params.provider.CsvSource({
            "جمانة الغلاي, القاضية, true",
            "مهلهل المضف, النائب, true",
            "نادية تهامي, وقالت, true",
            "مهلهل المضف, وقال, false",
            "دبي لسباق الخيل, نادي, false",
            "تجار الشمال, جمعية, false",
            "الوزير البراك, وأوضح, false",
            "كرونوسلاف يورتشيتش, الكرواتي, true",
            "سباق الخيل, الكرواتي, false",
            "كرونوسلاف يورتشيتش, الكرة, false"})
    void namesAPersonAfter(String speaker, String before, boolean expected) {
        assertEquals(expected, QuoteFinder.namesAPerson(speaker, before));
    }

    /** A speaker named in full, given the words before the name: a role a few words back, its body or place between. */
    @ParameterizedTest(name = "{1} {0} ⇒ {2}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "بيشوا هوراماني | وقال المتحدث باسم حكومة الإقليم، | true",
            "ضرار العلي | قال مدير إدارة الأرصاد الجوية بالإنابة | true",
            "صفا مسهلي | وقالت الناطقة باسم المنظمة في ليبيا | true",
            "محمد الشميمري | وقال محلل الأسواق في \"الأهلي المالية\" | true",
            "مصادر محلية | وقال المتحدث إن | false",
            "مصادر محلية | وقالت | false",
            "بيشوا هوراماني | قال الوزير. وفي أربيل | false",
            "مصادر محلية | وقال المتحدث باسم الجيش، | false",
            "سباق الخيل | وقال مدير نادي دبي | false"})
    void namesAPersonAfterTheRole(String speaker, String before, boolean expected) {
        assertEquals(expected, QuoteFinder.namesAPerson(speaker, List.of(before.split("\\s+"))));
    }

    static String render(Quote q) {
        return q.speaker().orElse("—") + " | " + q.speakerRef().orElse("—") + " | " + q.text();
    }
}
