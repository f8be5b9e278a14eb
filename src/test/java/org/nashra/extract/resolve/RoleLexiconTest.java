package org.nashra.extract.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nashra.core.Problem;

class RoleLexiconTest {

    private static final Path FILE = Path.of("data/roles.yml");
    private static RoleLexicon roles;

    @BeforeAll
    static void load() {
        Loaded<RoleLexicon> loaded = RoleLexicon.load(FILE);
        assertEquals(List.of(), loaded.problems());
        roles = loaded.value();
    }

    static Stream<Arguments> cases() throws IOException {
        return SeedResolutionTest.table("roles-before-names.tsv").stream()
                .map(r -> Arguments.of(r[0], r.length > 1 ? r[1] : ""));
    }

    @ParameterizedTest(name = "{0} ⇒ {1}")
    @MethodSource("cases")
    void rolesRightBeforeTheName(String marked, String expected) {
        int start = marked.indexOf('«');
        String text = marked.replace("«", "").replace("»", "");
        List<RoleMention> found = roles.rolesBefore(text, start);
        assertEquals(expected, found.stream().map(r -> r.ar() + " ⇒ " + r.en()).collect(Collectors.joining(" ; ")));
        for (RoleMention role : found) {
            String written = text.substring(role.start(), role.end());
            assertEquals(role.ar().split(" ").length, written.split(" ").length, () -> "offsets cover '" + written + "'");
        }
    }

    @Test
    void englishOfAPhrase() {
        assertEquals("Maj. Gen.", roles.english("اللواء").orElseThrow());
        assertEquals("Iraqi Defence Minister", roles.english("وزير الدفاع العراقى").orElseThrow());
        assertTrue(roles.english("بائع الخضار").isEmpty());
    }

    /** A post a country names otherwise is that country's in an article about it; elsewhere the role's own English. */
    @ParameterizedTest(name = "{0} in a {1} article ⇒ {2}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            رئيس الحكومة | Moroccan | Head of Government
            رئيس الحكومة | Lebanese | Prime Minister
            رئيس الحكومة | -        | Prime Minister
            وزير الأمن   | Israeli  | Defence Minister
            وزير الأمن   | Iranian  | Intelligence Minister
            وزير الدفاع  | Moroccan | Defence Minister
            """)
    void aPostIsNamedAsTheArticlesCountryNamesIt(String arabic, String nation, String english) {
        String text = "وقال " + arabic + " فلان";
        RoleMention role = roles.rolesBefore(text, text.length() - "فلان".length()).get(0);
        java.util.Optional<String> country = nation.equals("-") ? java.util.Optional.empty() : java.util.Optional.of(nation);
        assertEquals(english, roles.inNation(role, country).en());
    }

    @Test
    void aRolesEnglishMayBeGivenPerNation() {
        String yaml = """
                رئيس الحكومة:
                  en: Prime Minister
                  Moroccan: Head of Government
                الوزير:
                  Moroccan: Minister
                """;
        Loaded<RoleLexicon> loaded = RoleLexicon.parse(FILE, yaml);
        assertEquals(List.of(4), loaded.problems().stream().map(Problem::line).toList(), "a mapping without en is reported");
        assertEquals("Prime Minister", loaded.value().english("رئيس الحكومة").orElseThrow());
    }

    @Test
    void duplicatesAndBadLinesAreReportedWithTheirLine() {
        String yaml = """
                اللواء: Maj. Gen.
                العميد: Brig. Gen.
                اللواء: General
                الفريق: [a, b]
                """;
        List<Problem> problems = RoleLexicon.parse(FILE, yaml).problems();
        assertEquals(List.of(3, 4), problems.stream().map(Problem::line).toList(), problems.toString());
        assertEquals("Maj. Gen.", RoleLexicon.parse(FILE, yaml).value().english("اللواء").orElseThrow());
    }
}
