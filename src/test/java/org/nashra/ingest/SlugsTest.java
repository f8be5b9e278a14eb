package org.nashra.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Article ids from file names, as listed in slugs.tsv. */
class SlugsTest {

    private static final Pattern SAFE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

    static Stream<Arguments> table() {
        return TestFiles.rows("slugs.tsv", 2).stream()
                .map(row -> Arguments.of("\"" + row[0] + "\"", unescape(row[0]), row[1]));
    }

    @ParameterizedTest(name = "{0} ⇒ {2}")
    @MethodSource("table")
    void slugFromFileName(String shown, String fileName, String expected) {
        String slug = Slugs.fromFileName(fileName);
        assertEquals(expected, slug, () -> TestFiles.visible(fileName));
        assertSafe(slug);
    }

    @Test
    void slugsAreSafeForOddNames() {
        String[] odd = {"", " ", "/", "\\", "..", "../..", ".", "a/b\\c", "\u200f.txt", "\u0000", "ـــ", "٠١٢.txt",
                "x".repeat(500) + ".txt", "file.with.many.dots.txt", "CON", "-leading-.txt"};
        for (String name : odd) assertSafe(Slugs.fromFileName(name));
        assertTrue(Slugs.fromFileName("x".repeat(500)).length() <= 80, "long names are cut");
    }

    @Test
    void differentArabicNamesGetDifferentIds() {
        assertNotEquals(Slugs.fromFileName("خبر 1.txt"), Slugs.fromFileName("تقرير 1.txt"));
        assertEquals(Slugs.fromFileName("خبر.txt"), Slugs.fromFileName("خبر.txt"));
    }

    private static void assertSafe(String slug) {
        assertTrue(SAFE.matcher(slug).matches(), () -> "unsafe slug: " + TestFiles.visible(slug));
        assertFalse(slug.contains("/") || slug.contains("\\") || slug.contains(".."), slug);
    }

    private static String unescape(String text) {
        Matcher m = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        m.appendTail(out);
        return out.toString();
    }
}
