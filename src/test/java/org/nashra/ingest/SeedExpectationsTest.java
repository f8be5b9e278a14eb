package org.nashra.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The five seed articles, read with the bundled rules, against the table in seed-expectations.txt. */
class SeedExpectationsTest {

    private static final Ingest INGEST = new Ingest(BoilerplateRules.defaults());

    /** One seed's expectations: single fields and repeatable fields, as written in the table. */
    record Expectation(String file, Map<String, String> fields, Map<String, List<String>> lists) {
        String field(String name) {
            String value = fields.get(name);
            if (value == null) throw new IllegalStateException(file + ": expectation '" + name + "' missing");
            return value;
        }

        List<String> list(String name) {
            return lists.getOrDefault(name, List.of());
        }

        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Arguments> expectations() {
        List<Expectation> all = new ArrayList<>();
        String file = null;
        Map<String, String> fields = null;
        Map<String, List<String>> lists = null;
        for (TestFiles.NumberedLine line : TestFiles.tableLines("seed-expectations.txt")) {
            if (line.text().startsWith("== ")) {
                if (file != null) all.add(new Expectation(file, fields, lists));
                file = line.text().substring(3).trim();
                fields = new LinkedHashMap<>();
                lists = new LinkedHashMap<>();
                continue;
            }
            int colon = line.text().indexOf(": ");
            if (file == null || colon < 0) throw new IllegalStateException("seed-expectations.txt:" + line.number() + ": not 'field: value'");
            String key = line.text().substring(0, colon);
            String value = line.text().substring(colon + 2);
            if (List.of("subheading", "post", "post attribution", "removed").contains(key)) {
                lists.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            } else {
                fields.put(key, value);
            }
        }
        if (file != null) all.add(new Expectation(file, fields, lists));
        return all.stream().map(Arguments::of);
    }

    private static Article read(String file) {
        IngestResult result = INGEST.read(TestFiles.seeds().resolve(file));
        assertTrue(result.problems().isEmpty(), () -> file + ": unexpected problems " + result.problems());
        return result.article().orElseThrow(() -> new AssertionError(file + ": no article"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void seedReadsAsExpected(Expectation expected) {
        Article article = read(expected.file());
        String f = expected.file() + ": ";
        assertEquals(expected.field("id"), article.id(), f + "id");
        assertEquals(expected.field("headline"), article.title(), () -> f + "headline " + TestFiles.visible(article.title()));
        assertEquals(expected.field("title derived").equals("yes"), article.titleDerived(), f + "title derived");
        assertEquals(optional(expected.field("date")).map(LocalDate::parse), article.published(), f + "date");
        assertEquals(optional(expected.field("outlet")), article.outlet(), () -> f + "outlet " + TestFiles.visible(article.outlet().orElse("")));
        assertEquals(optional(expected.field("author")), article.author(), f + "author");
        assertEquals(Integer.parseInt(expected.field("paragraphs")), article.paragraphs().size(), f + "paragraph count");
        assertEquals(expected.list("subheading"), texts(article, Block.Kind.SUBHEADING), f + "subheadings");
        assertEquals(expected.list("post"), texts(article, Block.Kind.EMBEDDED_POST), f + "embedded posts");
        assertEquals(expected.list("post attribution"),
                article.body().stream().flatMap(b -> b.attribution().stream()).toList(), f + "post attributions");
        for (String removed : expected.list("removed")) {
            assertTrue(article.removed().contains(removed), () -> f + "not recorded as removed: " + TestFiles.visible(removed)
                    + "\n removed: " + article.removed().stream().map(TestFiles::visible).toList());
        }
        assertEquals(Integer.parseInt(expected.field("removed count")), article.removed().size(),
                () -> f + "removed lines " + article.removed().stream().map(TestFiles::visible).toList());
    }

    static Stream<String> seedFiles() throws IOException {
        try (Stream<Path> files = Files.list(TestFiles.seeds())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList().stream();
        }
    }

    static Stream<Arguments> seedsAndForbiddenText() throws IOException {
        List<String[]> forbidden = TestFiles.rows("must-not-survive.tsv", 2);
        return seedFiles().flatMap(file -> forbidden.stream().map(row -> Arguments.of(file, row[0], row[1])));
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource("seedsAndForbiddenText")
    void furnitureAndTailsDoNotSurvive(String file, String how, String text) {
        Article article = read(file);
        List<String> visibleTexts = new ArrayList<>();
        visibleTexts.add(article.title());
        for (Block block : article.body()) {
            visibleTexts.add(block.text());
            block.attribution().ifPresent(visibleTexts::add);
        }
        for (String shown : visibleTexts) {
            boolean survives = how.equals("equals") ? shown.equals(text) : shown.contains(text);
            assertFalse(survives, () -> file + ": '" + text + "' survives in: " + TestFiles.visible(shown));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedFiles")
    void everyBlockNamesTheSourceLineItStartsOn(String file) throws IOException {
        Article article = read(file);
        List<String> lines = Files.readAllLines(TestFiles.seeds().resolve(file), StandardCharsets.UTF_8);
        for (Block block : article.body()) {
            assertTrue(block.line() >= 1 && block.line() <= lines.size(), () -> file + ": line out of range " + block);
            assertTrue(lines.get(block.line() - 1).contains(block.text()),
                    () -> file + ":" + block.line() + " does not hold block " + TestFiles.visible(block.text()));
            assertFalse(block.text().isBlank(), file + ": blank block");
            assertEquals(block.text().strip(), block.text(), file + ": block not trimmed");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedFiles")
    void everySourceLineIsHeadlineBodyOrRemoved(String file) throws IOException {
        Article article = read(file);
        List<String> pieces = new ArrayList<>(article.removed());
        if (!article.titleDerived()) pieces.add(article.title());
        article.body().forEach(b -> {
            pieces.add(b.text());
            b.attribution().ifPresent(pieces::add);
        });
        List<String> lines = Files.readAllLines(TestFiles.seeds().resolve(file), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = Lines.trim(lines.get(i));
            if (line.isEmpty()) continue;
            // a removed prefix (agency name) or suffix (glued button) may share the line with a block
            String rest = line;
            for (String removed : article.removed()) {
                if (rest.startsWith(removed) && !rest.equals(removed)) rest = Lines.trim(rest.substring(removed.length()));
                if (rest.endsWith(removed) && !rest.equals(removed)) rest = Lines.trim(rest.substring(0, rest.length() - removed.length()));
            }
            String accounted = rest;
            int number = i + 1;
            assertTrue(pieces.contains(accounted), () -> file + ":" + number + " is neither headline, body nor removed: "
                    + TestFiles.visible(accounted));
        }
    }

    @Test
    void readAllReturnsTheSeedsSortedByFileNameWithUniqueIds() throws IOException {
        List<IngestResult> results = INGEST.readAll(TestFiles.seeds());
        List<String> expectedOrder = seedFiles().toList();
        assertEquals(expectedOrder, results.stream().map(r -> r.source().getFileName().toString()).toList());
        List<String> ids = results.stream().map(r -> r.article().orElseThrow().id()).toList();
        assertEquals(ids.size(), ids.stream().distinct().count(), "ids unique: " + ids);
        results.forEach(r -> assertTrue(r.problems().isEmpty(), () -> r.source() + ": " + r.problems()));
    }

    @Test
    void readingIsDeterministic() {
        assertEquals(INGEST.readAll(TestFiles.seeds()), new Ingest(BoilerplateRules.defaults()).readAll(TestFiles.seeds()));
    }

    private static Optional<String> optional(String value) {
        return value.equals("none") ? Optional.empty() : Optional.of(value);
    }

    private static List<String> texts(Article article, Block.Kind kind) {
        return article.body().stream().filter(b -> b.kind() == kind).map(Block::text).toList();
    }
}
