package org.nashra.translate.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NameKeyTest {

    static List<String[]> table(String name) throws IOException {
        try (var in = NameKeyTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
        }
    }

    static String visible(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            boolean invisible = Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.NON_SPACING_MARK
                    || (Character.isWhitespace(c) && c != ' ');
            out.append(invisible ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }

    static Stream<Arguments> pairs() throws IOException {
        return table("name-keys.tsv").stream().map(r -> Arguments.of(r[0], r[1], r[2]));
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @MethodSource("pairs")
    void variantsMeet(String first, String second, String relation) {
        String a = NameKey.of(first);
        String b = NameKey.of(second);
        if (relation.equals("same")) assertEquals(a, b, () -> visible(first) + " vs " + visible(second));
        else assertNotEquals(a, b, () -> visible(first) + " vs " + visible(second));
    }

    @Test
    void textWithoutArabicLettersHasAnEmptyKey() {
        assertEquals("", NameKey.of("2024 ..."));
        assertEquals("", NameKey.of(null));
        assertEquals(List.of("داعش"), NameKey.tokenKeys("(داعش)"));
    }
}
