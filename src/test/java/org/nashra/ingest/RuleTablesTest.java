package org.nashra.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Example tables a linguist can extend: furniture rules, header date stamps, derived headlines. */
class RuleTablesTest {

    private static final BoilerplateRules RULES = BoilerplateRules.defaults();
    private static final HeaderForms FORMS = HeaderForms.bundled();

    @TempDir
    Path dir;

    static Stream<Arguments> ruleMatching() {
        return TestFiles.rows("rule-matching.tsv", 2).stream().map(row -> Arguments.of(row[0], row[1]));
    }

    @ParameterizedTest(name = "{0} ⇒ {1}")
    @MethodSource("ruleMatching")
    void boilerplateRuleVerdict(String line, String expected) {
        String trimmed = Lines.trim(line);
        String verdict;
        if (RULES.cutsFrom(trimmed)) verdict = "cut";
        else if (RULES.drops(trimmed)) verdict = "drop";
        else verdict = RULES.outletOf(trimmed).map(o -> "outlet=" + o)
                .or(() -> RULES.datelineAgency(trimmed).map(o -> "dateline=" + o))
                .or(() -> RULES.authorNote(trimmed).map(a -> "author=" + a)).orElse("keep");
        assertEquals(expected, verdict, () -> TestFiles.visible(line));
    }

    static Stream<Arguments> headerDates() {
        return TestFiles.rows("header-dates.tsv", 2).stream().map(row -> Arguments.of(row[0], row[1]));
    }

    @ParameterizedTest(name = "{0} ⇒ {1}")
    @MethodSource("headerDates")
    void headerDateStamp(String line, String expected) {
        String inHeader = verdict(FORMS.dateStamp(line));
        String afterText = verdict(FORMS.endStampOfKey(MatchKey.of(line)));
        String actual = inHeader.equals(afterText) ? inHeader : "after the text: " + afterText;
        assertEquals(expected, actual, () -> TestFiles.visible(line));
    }

    private static String verdict(Optional<HeaderForms.DateStamp> stamp) {
        return stamp.map(s -> s.date().map(Object::toString).orElse("no such day")).orElse("not a date stamp");
    }

    static Stream<Arguments> derivedTitles() {
        return TestFiles.rows("derived-titles.tsv", 2).stream().map(row -> Arguments.of(row[0], row[1]));
    }

    /** Each paragraph is read as the only paragraph of an article without a headline. */
    @ParameterizedTest(name = "{1}")
    @MethodSource("derivedTitles")
    void derivedHeadline(String paragraph, String expected) throws Exception {
        Path file = dir.resolve("derived.txt");
        Files.writeString(file, paragraph + "\n", StandardCharsets.UTF_8);
        Article article = new Ingest(RULES).read(file).article().orElseThrow();
        assertEquals(true, article.titleDerived());
        assertEquals(expected, article.title(), () -> TestFiles.visible(article.title()));
        assertEquals(List.of(Block.Kind.PARAGRAPH), article.body().stream().map(Block::kind).toList());
    }
}
