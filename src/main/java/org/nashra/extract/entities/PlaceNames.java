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
import java.util.TreeSet;
import org.nashra.extract.EntityType;

/**
 * Countries and large cities by their Arabic names ({@code نيبال}, {@code صنعاء}, {@code لاتفيا}): a
 * gazetteer from the world-cities translations that fills the gaps the model and the rules leave, and
 * never overrides them. A one-word name that the training corpus uses more often outside names than
 * inside ({@code مالي} "financial", {@code مشهد} "scene") is left out, since then the model's silence is
 * likely right.
 */
final class PlaceNames {

    static final String FILE = "ner-ar-places.tsv";

    /**
     * Cities of at least this many people: smaller ones are too often common words or people's names
     * (dev F1 over five folds: 73.19 from 100,000 people, 73.32 from 300,000, 73.40 from 1,000,000,
     * 73.27 with countries only).
     */
    static final long MIN_CITY_POPULATION = 1_000_000;

    /** Longer names are rare in news and mostly administrative ({@code جمهورية أفريقيا الوسطى}). */
    static final int MAX_WORDS = 2;

    private PlaceNames() {}

    /** The bundled list as gazetteer entries, without the one-word names {@code lexicon} shows as common words. */
    static List<GazetteerRecogniser.Entry> bundled(NameLexicon lexicon) {
        try (InputStream in = PlaceNames.class.getResourceAsStream(FILE)) {
            return in == null ? List.of() : read(in, lexicon);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The place lexicon the resolver names places by in English: generated from world-cities, and added by hand. */
    static final List<String> LEXICON = List.of("/org/nashra/translate/names/places.tsv", "/org/nashra/translate/names/places-added.tsv");

    /**
     * The place lexicon's names of two or three words that begin with a word of {@code rules/compound-place-openers.txt}
     * (بني وليد, سيدي بلعباس, تيزي وزو, أم قصر): one town each, wherever it stands, never a person named by its second
     * word (وليد) nor an organisation.
     */
    static List<GazetteerRecogniser.Entry> compounds() {
        java.util.Set<String> openers = new java.util.HashSet<>();
        PhraseList.resourceLines("rules/compound-place-openers.txt").forEach(line -> openers.add(ArabicText.fold(line)));
        List<GazetteerRecogniser.Entry> entries = new ArrayList<>();
        for (String name : lexiconNames()) {
            List<Tokens.Token> words = Tokens.tokenise(name);
            if (words.size() >= 2 && words.size() <= 3 && openers.contains(ArabicText.fold(words.get(0).text()))) {
                entries.add(new GazetteerRecogniser.Entry(name, EntityType.PLACE));
            }
        }
        return List.copyOf(entries);
    }

    /** The folded names of the place lexicon, each a place wherever the words around it say a list of places goes on. */
    static java.util.Set<String> lexiconKeys() {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (String name : lexiconNames()) {
            keys.add(String.join(" ", Tokens.tokenise(name).stream().map(t -> ArabicText.fold(t.text())).toList()));
        }
        return java.util.Set.copyOf(keys);
    }

    private static List<String> lexiconNames() {
        List<String> names = new ArrayList<>();
        for (String resource : LEXICON) {
            try (InputStream in = PlaceNames.class.getResourceAsStream(resource)) {
                if (in == null) continue;
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    int tab = line.indexOf('\t');
                    names.add((tab < 0 ? line : line.substring(0, tab)).strip());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    static List<GazetteerRecogniser.Entry> read(InputStream in, NameLexicon lexicon) throws IOException {
        List<GazetteerRecogniser.Entry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) continue;
                List<Tokens.Token> words = Tokens.tokenise(name);
                if (words.size() == 1) {
                    String folded = ArabicText.fold(name);
                    if (lexicon.isCommonWord(folded) || lexicon.outsideCount(folded) > lexicon.count(folded)) continue;
                }
                entries.add(new GazetteerRecogniser.Entry(name, EntityType.PLACE));
            }
        }
        return List.copyOf(entries);
    }

    /**
     * Writes the country names and the names of cities of at least {@link #MIN_CITY_POPULATION} people, of
     * at most {@link #MAX_WORDS} words, from {@code places/world-cities.csv} of the shared data folder (columns
     * CountryNameAr, CountryNameEn, CityNameAr, CityNameEn, Population), one a line, sorted.
     */
    static void build(Path dataDir, Path out) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        List<String> rows = Files.readAllLines(dataDir.resolve("places/world-cities.csv"));
        for (String row : rows.subList(1, rows.size())) {
            List<String> cells = WordLists.csvCells(row);
            if (cells.size() < 5) continue;
            addName(names, cells.get(0));
            if (population(cells.get(4)) >= MIN_CITY_POPULATION) addName(names, cells.get(2));
        }
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write("# Names of countries and of cities of at least " + MIN_CITY_POPULATION + " people. Derived"
                    + " from world-cities-translations (Wikidata-derived, CC BY 4.0) by NerTrainer places.\n");
            for (String name : names) writer.write(name + "\n");
        }
    }

    private static void addName(TreeSet<String> names, String name) {
        String clean = name.strip();
        int words = Tokens.tokenise(clean).size();
        if (words >= 1 && words <= MAX_WORDS && clean.codePoints().allMatch(c -> ArabicText.isArabicLetter(c) || c == ' ')) {
            names.add(clean);
        }
    }

    private static long population(String cell) {
        try {
            return Long.parseLong(cell.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
