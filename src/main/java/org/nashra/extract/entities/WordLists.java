package org.nashra.extract.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Words known to occur in person names ({@code PERS}) and place names ({@code LOC}), folded and without
 * proclitics; the name finder uses membership as a feature so that it generalises to names it never
 * saw in training. Built from public name and place lists by {@link #build}.
 */
final class WordLists {

    static final String FILE = "ner-ar-word-lists.tsv";

    private final Map<String, Set<String>> listsByWord;

    private WordLists(Map<String, Set<String>> listsByWord) {
        this.listsByWord = listsByWord;
    }

    /** The lists the words belongs to ({@code PERS}, {@code LOC}), possibly none. */
    Set<String> listsOf(String foldedBare) {
        return listsByWord.getOrDefault(foldedBare, Set.of());
    }

    /** The lists shipped with Nashra, read once per JVM: every name finder and rule set shares them, read-only. */
    static WordLists bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final WordLists INSTANCE = readBundled();

        private static WordLists readBundled() {
            try (InputStream in = WordLists.class.getResourceAsStream(FILE)) {
                if (in == null) return new WordLists(Map.of());
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static WordLists read(InputStream in) throws IOException {
        Map<String, Set<String>> lists = new TreeMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] parts = line.split("\t");
                if (parts.length < 2) continue;
                lists.computeIfAbsent(parts[0], k -> new TreeSet<>()).add(parts[1].trim());
            }
        }
        lists.replaceAll((word, set) -> Set.copyOf(set));
        return new WordLists(Map.copyOf(lists));
    }

    /**
     * Builds the file from the shared reference data folder: {@code names/wikidata-person-tokens-train.tsv}
     * (tokens seen at least twice), {@code names/google-ar2en-train.tsv}, and the country and city names of
     * {@code places/world-cities.csv} (words common to many place names, like ولاية, are left out).
     */
    static void build(Path dataDir, Path out) throws IOException {
        Map<String, Set<String>> lists = new TreeMap<>();
        for (String line : Files.readAllLines(dataDir.resolve("names/wikidata-person-tokens-train.tsv"))) {
            String[] parts = line.split("\t");
            if (parts.length >= 3 && Integer.parseInt(parts[2].trim()) >= 2) add(lists, parts[1].replace(" ", ""), "PERS");
        }
        for (String line : Files.readAllLines(dataDir.resolve("names/google-ar2en-train.tsv"))) {
            String[] parts = line.split("\t");
            if (parts.length >= 2) add(lists, parts[0], "PERS");
        }
        Map<String, Integer> placeWords = new TreeMap<>();
        List<String> placeNames = new ArrayList<>();
        List<String> rows = Files.readAllLines(dataDir.resolve("places/world-cities.csv"));
        for (String row : rows.subList(1, rows.size())) {
            List<String> cells = csvCells(row);
            if (cells.size() < 3) continue;
            placeNames.add(cells.get(0));
            placeNames.add(cells.get(2));
        }
        for (String name : placeNames) {
            for (String word : name.split("\\s+")) placeWords.merge(word, 1, Integer::sum);
        }
        for (String name : new TreeSet<>(placeNames)) {
            for (String word : name.split("\\s+")) {
                if (placeWords.get(word) < 8 || name.equals(word)) add(lists, word, "LOC");
            }
        }
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write("# Folded words of person and place names. Derived from Wikidata person-name tokens (CC0),"
                    + " google/transliteration (Apache-2.0) and world-cities-translations (CC BY 4.0).\n");
            for (Map.Entry<String, Set<String>> entry : lists.entrySet()) {
                for (String list : entry.getValue()) writer.write(entry.getKey() + "\t" + list + "\n");
            }
        }
    }

    private static void add(Map<String, Set<String>> lists, String word, String list) {
        String key = ArabicText.withoutPrefix(ArabicText.fold(word.strip()));
        if (key.length() >= 2 && key.codePoints().allMatch(ArabicText::isArabicLetter)) {
            lists.computeIfAbsent(key, k -> new TreeSet<>()).add(list);
        }
    }

    static List<String> csvCells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
