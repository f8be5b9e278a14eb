package org.nashra.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.nashra.core.Lang;

/** Equal inputs give equal digests, in any process; inputs that differ in any way give different ones. */
class InputDigestTest {

    private record Entry(String id, int rank, Optional<LocalDate> date) {}

    private record Page(Lang lang, List<Entry> entries, Object extra) {}

    private static String digest(Object value) {
        return new InputDigest().of(value);
    }

    /** Each row: two values that differ, in the way the row names; their digests must differ too. */
    @Test
    void valuesThatDifferGiveDifferentDigests() {
        Entry entry = new Entry("a", 1, Optional.empty());
        record Row(String what, Object one, Object other) {}
        List<Row> rows = List.of(
                new Row("a component", new Entry("a", 1, Optional.empty()), new Entry("a", 2, Optional.empty())),
                new Row("text split differently", List.of("ab", "c"), List.of("a", "bc")),
                new Row("text against a number", "1", 1),
                new Row("int against long", 1, 1L),
                new Row("empty against absent", Optional.empty(), null),
                new Row("empty text against absent", "", null),
                new Row("a list against a set of the same", List.of("x"), Set.of("x")),
                new Row("order of a list", List.of("x", "y"), List.of("y", "x")),
                new Row("order of a linked set", new LinkedHashSet<>(List.of("x", "y")), new LinkedHashSet<>(List.of("y", "x"))),
                new Row("order of a linked map", linked("x", "y"), linked("y", "x")),
                new Row("a map's value", Map.of("k", "v"), Map.of("k", "w")),
                new Row("a map's key", new TreeMap<>(Map.of("k", "v")), new TreeMap<>(Map.of("j", "v"))),
                new Row("a language", new Page(Lang.AR, List.of(entry), null), new Page(Lang.EN, List.of(entry), null)),
                new Row("a date", new Entry("a", 1, Optional.of(LocalDate.of(2024, 3, 1))), new Entry("a", 1, Optional.of(LocalDate.of(2024, 3, 2)))),
                new Row("a path", Path.of("seeds/a.txt"), Path.of("seeds/b.txt")),
                new Row("a boolean", true, false),
                new Row("a large record's text", new Page(Lang.AR, List.of(entry), "x".repeat(5000)),
                        new Page(Lang.AR, List.of(entry), "x".repeat(4999) + "y")),
                new Row("two records of one shape", new Entry("a", 1, Optional.empty()), new Row("a", 1, Optional.empty())));
        for (Row row : rows) {
            assertNotNull(digest(row.one()), row.what());
            assertNotEquals(digest(row.one()), digest(row.other()), row.what());
        }
    }

    private static Map<String, String> linked(String... keys) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String key : keys) map.put(key, "v");
        return map;
    }

    @Test
    void equalValuesMadeApartGiveTheSameDigest() {
        Page page = new Page(Lang.AR, List.of(new Entry("a", 1, Optional.of(LocalDate.of(2024, 1, 2)))), "نص".repeat(3000));
        Page copy = new Page(Lang.AR, new ArrayList<>(List.of(new Entry("a", 1, Optional.of(LocalDate.of(2024, 1, 2))))),
                new String("نص".repeat(3000)));
        assertEquals(digest(page), digest(copy));
        assertEquals(64, digest(page).length());
    }

    @Test
    void setsAndMapsWithoutAnOrderOfTheirOwnGiveOneDigestWhateverTheirOrderOfIteration() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 50; i++) words.add("word" + i);
        Set<String> small = new HashSet<>(words);
        Set<String> grown = new HashSet<>(1024);
        for (int i = words.size() - 1; i >= 0; i--) grown.add(words.get(i));
        assertNotEquals(List.copyOf(small), List.copyOf(grown), "the fixture's two sets iterate differently");
        assertEquals(digest(small), digest(grown));
        assertEquals(digest(small), digest(Set.copyOf(words)));
        Map<String, Integer> map = new HashMap<>();
        Map<String, Integer> other = new HashMap<>(1024);
        for (String word : words) map.put(word, word.length());
        for (int i = words.size() - 1; i >= 0; i--) other.put(words.get(i), words.get(i).length());
        assertEquals(digest(map), digest(other));
        assertEquals(digest(map), digest(Map.copyOf(map)));
    }

    @Test
    void aLargeRecordReadByManyPagesIsDigestedAsWhenItIsReadByOne() {
        Page shared = new Page(Lang.EN, List.of(), "y".repeat(10_000));
        InputDigest digester = new InputDigest();
        String first = digester.of(List.of(shared, "one"));
        String again = digester.of(List.of(shared, "one"));
        assertEquals(first, again);
        assertEquals(first, new InputDigest().of(List.of(new Page(Lang.EN, List.of(), "y".repeat(10_000)), "one")));
        assertNotEquals(first, digester.of(List.of(shared, "two")));
    }

    @Test
    void aValueWhoseStateIsNotPublicCannotBeDigested() {
        assertNull(digest(new Object()));
        assertNull(digest(List.of("a", new StringBuilder("b"))));
        assertNull(digest(new Page(Lang.AR, List.of(), new int[] {1})));
    }
    @Test
    void aPathInsideThePlaceIsDigestedAsWithinItSoAProjectMovedDigestsAlike() {
        java.nio.file.Path here = java.nio.file.Path.of("/projects/here");
        java.nio.file.Path there = java.nio.file.Path.of("/backups/there");
        String seedHere = new InputDigest(here).of(List.of(here.resolve("seeds/a.txt"), "x"));
        assertEquals(seedHere, new InputDigest(there).of(List.of(there.resolve("seeds/a.txt"), "x")));
        assertNotEquals(seedHere, new InputDigest(there).of(List.of(there.resolve("seeds/b.txt"), "x")));
        assertNotEquals(seedHere, new InputDigest(here).of(List.of(java.nio.file.Path.of("/elsewhere/seeds/a.txt"), "x")),
                "a path outside the place is written whole");
        assertNotEquals(new InputDigest().of(here.resolve("seeds/a.txt")), new InputDigest().of(there.resolve("seeds/a.txt")),
                "without a place, every path whole");
    }
}
