package org.nashra.translate.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * English names of countries and cities by Arabic name key, for places no editor has named.
 * Built by {@link PlaceLexiconBuilder} from the world-cities translations (CC BY 4.0, Wikidata-derived),
 * with regions, seas and the places of the region's news added by hand ({@code places-added.tsv}).
 */
public final class PlaceLexicon {

    static final String RESOURCE = "places.tsv";
    /** Continents, seas, regions and the places of the region's news the generated list lacks or misnames. */
    static final String ADDED = "places-added.tsv";
    /**
     * Words naming the kind of place, not the place: {@code محافظة كربلاء} is Karbala; and the kind of state a
     * country is, in its long name: {@code مملكة بلجيكا} is Belgium, {@code سلطنة عمان} Oman.
     */
    static final java.util.List<String> ADMINISTRATIVE_WORDS = java.util.List.of(
            "محافظة", "ولاية", "مدينة", "منطقة", "ملعب", "قضاء", "ناحية", "إقليم", "مقاطعة", "بلدية", "إمارة",
            "مملكة", "سلطنة", "جمهورية", "دولة");

    private final Map<String, String> englishByKey;
    /** Names told apart from a namesake by their shadda alone, as written: عمّان is Amman, عمان Oman. */
    private final Map<String, String> englishWithShadda;
    /** Names two places share, told apart by the article they stand in ({@code names-in-context.tsv}). */
    private final NamesInContext inContext;

    PlaceLexicon(Map<String, String> englishByKey) {
        this(englishByKey, Map.of(), NamesInContext.none());
    }

    private PlaceLexicon(Map<String, String> englishByKey, Map<String, String> englishWithShadda, NamesInContext inContext) {
        this.englishByKey = Map.copyOf(englishByKey);
        this.englishWithShadda = Map.copyOf(englishWithShadda);
        this.inContext = inContext;
    }

    /** The lexicon shipped with Nashra: the generated list, and the places added by hand over it. */
    public static PlaceLexicon load() {
        Map<String, String> entries = new TreeMap<>();
        Map<String, String> withShadda = new TreeMap<>();
        read(RESOURCE).forEach(fields -> entries.put(fields[0], fields[1]));
        read(ADDED).forEach(fields -> {
            if (fields[0].indexOf(SHADDA) >= 0) withShadda.put(shaddaKey(fields[0]), fields[1]);
            else entries.put(NameKey.of(fields[0]), fields[1]);
        });
        return new PlaceLexicon(entries, withShadda, NamesInContext.load(NamesInContext.Kind.PLACE));
    }

    private static final char SHADDA = '\u0651';

    /** The name as written with its shadda, without other marks and tatweel: عَمّان and عمّان meet, عمان does not. */
    private static String shaddaKey(String name) {
        return name.replaceAll("[\u0640\u064B-\u0650\u0652]", "").strip().replaceAll("\\s+", " ");
    }

    private static java.util.List<String[]> read(String resource) {
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        for (String line : lines(resource)) {
            String[] fields = line.split("\t");
            if (fields.length == 2) rows.add(fields);
        }
        return rows;
    }

    private static java.util.List<String> lines(String resource) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        try (InputStream in = PlaceLexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) lines.add(line.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /**
     * The English name of a place named in an article: a name two places share is the one the article's other words
     * tell (عمان in an article naming Jordan, and neither the sultanate nor Muscat, is Amman); else as {@link #english(String)}.
     */
    public Optional<String> english(String arabicName, String article) {
        return inContext.english(arabicName, article).or(() -> english(arabicName));
    }

    /**
     * The English name of an Arabic place name, matched by {@link NameKey}; a name written with the shadda that tells
     * it from a namesake is matched as written first (عمّان is Amman, عمان Oman).
     */
    public Optional<String> english(String arabicName) {
        if (arabicName != null && arabicName.indexOf(SHADDA) >= 0) {
            String english = englishWithShadda.get(shaddaKey(arabicName));
            if (english != null) return Optional.of(english);
        }
        String key = NameKey.of(arabicName);
        String english = englishByKey.get(key);
        if (english == null) english = englishByKey.get(NameKey.of(withoutAdministrativeWords(arabicName)));
        return Optional.ofNullable(english);
    }

    static String withoutAdministrativeWords(String arabic) {
        String result = " " + (arabic == null ? "" : arabic.strip()) + " ";
        for (String word : ADMINISTRATIVE_WORDS) result = result.replace(" " + word + " ", " ");
        return result.strip();
    }

    public int size() { return englishByKey.size(); }
}
