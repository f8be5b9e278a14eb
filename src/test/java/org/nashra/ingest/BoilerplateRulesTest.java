package org.nashra.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashra.core.Problem;
import org.nashra.core.Severity;

/** Loading the editor-owned rules file: unknown keys and bad patterns are reported with their line. */
class BoilerplateRulesTest {

    @TempDir
    Path dir;

    private BoilerplateRules.Loaded load(String yaml) throws IOException {
        Path file = dir.resolve("boilerplate.yml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return BoilerplateRules.load(file);
    }

    @Test
    void bundledRulesAreTheProjectDataFile() throws IOException {
        Path data = TestFiles.projectFile("data/boilerplate.yml");
        Assumptions.assumeTrue(Files.exists(data), "run from the project root");
        try (InputStream bundled = BoilerplateRules.class.getResourceAsStream("boilerplate.yml")) {
            assertArrayEquals(Files.readAllBytes(data), bundled.readAllBytes(),
                    "src/main/resources/org/nashra/ingest/boilerplate.yml must be a copy of data/boilerplate.yml");
        }
        assertEquals(List.of(), BoilerplateRules.load(data).problems());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} ⇒ kept «{1}», cut «{2}»")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            قال الوزير إن القوات انسحبت اضف تعليق     | قال الوزير إن القوات انسحبت | اضف تعليق
            قال الوزير إن القوات انسحبت أضِـف   تعليق   | قال الوزير إن القوات انسحبت | أضِـف   تعليق
            قال الوزير إن القوات انسحبت.أضف تعليق     | قال الوزير إن القوات انسحبت. | أضف تعليق
            قال الوزير إن القوات انسحبتاضف تعليق      | قال الوزير إن القوات انسحبت | اضف تعليق
            قال الوزير إن القوات انسحبت               | -                            | -
            اضف تعليق                                 | -                            | -
            اضف تعليق على الخبر                       | -                            | -
            تعليق اضف                                 | -                            | -
            Add a COMMENT then ADD COMMENT            | Add a COMMENT then           | ADD COMMENT
            ΟΔΟΣ προς add comment ΟΔΟΣ                | ΟΔΟΣ προς add comment        | ΟΔΟΣ
            """)
    void aFurniturePhraseGluedToTheEndOfALineIsSplitOff(String line, String kept, String cut) throws IOException {
        BoilerplateRules rules = load("""
                strip_line_suffix:
                  - اضف تعليق
                  - add comment
                  - οδος
                """).rules();
        java.util.Optional<BoilerplateRules.Cut> split = rules.stripSuffix(line.strip());
        assertEquals(kept == null ? java.util.Optional.empty() : java.util.Optional.of(new BoilerplateRules.Cut(kept, cut)), split);
    }

    @Test
    void unknownRuleNameIsAnErrorWithItsLine() throws IOException {
        BoilerplateRules.Loaded loaded = load("""
                drop_line_equals:
                  - شارك
                drop_lines_equal:
                  - طباعة
                """);
        assertEquals(1, loaded.problems().size(), loaded.problems()::toString);
        Problem problem = loaded.problems().get(0);
        assertEquals(Severity.ERROR, problem.severity());
        assertEquals(3, problem.line());
        assertTrue(problem.message().contains("drop_lines_equal") && problem.message().contains("drop_line_equals"), problem::toString);
        assertTrue(loaded.rules().drops("شارك"), "the known rules still apply");
        assertFalse(loaded.rules().drops("طباعة"));
    }

    @Test
    void badPatternIsAnErrorWithItsLineAndIsSkipped() throws IOException {
        BoilerplateRules.Loaded loaded = load("""
                drop_line_matches:
                  - '[0-9]+ مشاهدة'
                  - '(unclosed'
                outlet_line:
                  - 'المصدر: .+'
                """);
        assertEquals(List.of(3, 5), loaded.problems().stream().map(Problem::line).toList(), loaded.problems()::toString);
        assertTrue(loaded.problems().stream().allMatch(Problem::isError));
        assertTrue(loaded.problems().get(1).message().contains("(?<outlet>"), "an outlet pattern must name the outlet");
        assertTrue(loaded.rules().drops("120 مشاهدة"));
    }

    @Test
    void wrongShapesAndEmptyPhrasesAreErrors() throws IOException {
        BoilerplateRules.Loaded loaded = load("""
                drop_line_equals: شارك
                drop_line_starts_with:
                  - ''
                cut_from_line_starts_with:
                  - [nested, list]
                drop_line_matches:
                  - '.*'
                """);
        assertEquals(List.of(1, 3, 5, 7), loaded.problems().stream().map(Problem::line).toList(), loaded.problems()::toString);
    }

    @Test
    void brokenYamlIsAnErrorNotAnException() throws IOException {
        BoilerplateRules.Loaded loaded = load("drop_line_equals:\n  - شارك\n - : [\n");
        assertEquals(1, loaded.problems().size());
        assertTrue(loaded.problems().get(0).message().startsWith("not valid YAML"), loaded.problems()::toString);
        assertTrue(loaded.problems().get(0).line() > 0);
    }

    @Test
    void missingFileIsAnErrorNamingIt() {
        Path missing = dir.resolve("none.yml");
        BoilerplateRules.Loaded loaded = BoilerplateRules.load(missing);
        assertEquals(missing, loaded.problems().get(0).file());
        assertTrue(loaded.problems().get(0).isError());
    }

    @Test
    void anAgencyAnEditorListsMakesItsDatelineOne() throws IOException {
        String bundled = Files.readString(TestFiles.projectFile("data/boilerplate.yml"), StandardCharsets.UTF_8);
        assertEquals(java.util.Optional.empty(), BoilerplateRules.defaults().datelineAgency("نواكشوط - صحراء ميديا"));
        BoilerplateRules.Loaded extended = load(bundled.replace("agencies:\n", "agencies:\n  - صحراء ميديا\n"));
        assertEquals(List.of(), extended.problems());
        assertEquals(java.util.Optional.of("صحراء ميديا"), extended.rules().datelineAgency("نواكشوط - صحراء ميديا"));
    }

    @Test
    void aDatelinePatternMustNameTheAgency() throws IOException {
        BoilerplateRules.Loaded loaded = load("""
                agencies:
                  - رويترز
                agency_dateline:
                  - '\\p{IsArabic}+ - رويترز'
                """);
        assertEquals(List.of(4), loaded.problems().stream().map(Problem::line).toList(), loaded.problems()::toString);
        assertTrue(loaded.problems().get(0).message().contains("(?<outlet>"), loaded.problems()::toString);
    }

    @Test
    void anAuthorNotePatternMustNameTheAuthor() throws IOException {
        BoilerplateRules.Loaded loaded = load("""
                author_note:
                  - '\\*\\s*\\p{IsArabic}+ - باحث.*'
                """);
        assertEquals(List.of(2), loaded.problems().stream().map(Problem::line).toList(), loaded.problems()::toString);
        assertTrue(loaded.problems().get(0).message().contains("(?<author>"), loaded.problems()::toString);
    }

    /** A footnote's marker glued to the word it annotates is taken out; a bracketed number after a space, or a note's own number, is text. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} ⇒ {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            في القمة المنعقدة في أديس أبابا[1].             | في القمة المنعقدة في أديس أبابا.
            ودول شمال إفريقيا[2]. كما انتُخبت حدادي نائبةً له. | ودول شمال إفريقيا. كما انتُخبت حدادي نائبةً له.
            التي تعتمد على المانحين الخارجيين[3][4].        | التي تعتمد على المانحين الخارجيين.
            بحسب ما أعلنه "الاتحاد"[١٢]، فإن الموازنة عجزت   | بحسب ما أعلنه "الاتحاد"، فإن الموازنة عجزت
            وتنص المادة [2] من القانون على ذلك.             | وتنص المادة [2] من القانون على ذلك.
            [1] تضم الجمعية العامة للاتحاد 55 دولة.          | [1] تضم الجمعية العامة للاتحاد 55 دولة.
            بلغت النسبة [1234] في السجل                     | بلغت النسبة [1234] في السجل
            """)
    void aFootnotesMarkerIsTakenOutOfItsLine(String line, String kept) {
        assertEquals(kept, BoilerplateRules.defaults().withoutMarks(line.strip()));
    }

    @Test
    void anEditorsRuleChangesTheArticle() throws IOException {
        Path seed = TestFiles.seeds().resolve("001_ae965bdf7bbc0df8.txt");
        String bundled = Files.readString(TestFiles.projectFile("data/boilerplate.yml"), StandardCharsets.UTF_8);
        BoilerplateRules.Loaded extended = load(bundled.replace("cut_from_line_starts_with:\n",
                "cut_from_line_starts_with:\n  - الدفاع عن النفس\n"));
        assertEquals(List.of(), extended.problems());

        Article article = new Ingest(extended.rules()).read(seed).article().orElseThrow();

        assertEquals(15, article.body().get(article.body().size() - 1).line(), "the article now ends before line 16");
        assertTrue(article.removed().contains("الدفاع عن النفس"));
    }
}
