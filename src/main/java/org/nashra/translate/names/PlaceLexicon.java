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
        this.englishByBareKey = englishByBareKey(this.englishByKey);
    }

    /** The English of the lexicon's one-word names by their key; null where two places share one. */
    private final Map<String, String> englishByBareKey;

    private static Map<String, String> englishByBareKey(Map<String, String> englishByKey) {
        Map<String, String> oneWord = new TreeMap<>();
        for (Map.Entry<String, String> entry : new TreeMap<>(englishByKey).entrySet()) {
            if (entry.getKey().indexOf(' ') < 0) oneWord.put(entry.getKey(), entry.getValue());
        }
        return oneWord;
    }

    /**
     * Fewest letters the shorter spelling keeps, the article aside: shorter names lie one vowel from too many others
     * (منيا, مانيا; سويحان, Sweihan, and سيحان, Seyhan).
     */
    private static final int SHORTEST_VARIANT = 6;

    private static String withoutArticle(String key) {
        return key.startsWith("\u0627\u0644") && key.length() > 4 ? key.substring(2) : key;
    }

    /**
     * The English of a one-word place the lexicon spells with one long vowel (ا و ي) more or less inside the word: the
     * spellings of a foreign place differ most in the vowels they write, ماغدبورغ and مغدبورغ (Magdeburg). Only when every such spelling the lexicon has names one place, the article aside and the
     * shorter spelling of six letters at least (سد is no سويد, سويحان no سيحان), and the article as written; else empty.
     */
    public Optional<String> englishOfVowelVariant(String arabicName) {
        String key = NameKey.of(arabicName);
        if (key.isEmpty() || key.indexOf(' ') >= 0) return Optional.empty();
        // the article stays as written: السويحان is no Seyhan (سيحان)
        int article = key.length() - withoutArticle(key).length();
        int letters = key.length() - article;
        java.util.Set<String> found = new java.util.TreeSet<>();
        for (int i = article + 1; i < key.length(); i++) {
            // one vowel fewer than the text writes
            if (i < key.length() - 1 && isLongVowel(key.charAt(i)) && letters - 1 >= SHORTEST_VARIANT) {
                String english = englishByBareKey.get(key.substring(0, i) + key.substring(i + 1));
                if (english != null) found.add(english);
            }
            // one vowel more
            if (letters >= SHORTEST_VARIANT) {
                for (char vowel : LONG_VOWELS) {
                    String english = englishByBareKey.get(key.substring(0, i) + vowel + key.substring(i));
                    if (english != null) found.add(english);
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    private static final char[] LONG_VOWELS = {'\u0627', '\u0648', '\u064A'};

    private static boolean isLongVowel(char c) {
        return c == '\u0627' || c == '\u0648' || c == '\u064A';
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
     * tell (عمان in an article naming Jordan, and neither the sultanate nor Muscat, is Amman); else as {@link #english(String)};
     * else the place spelt with other long vowels ({@link #englishOfVowelVariant}): a name the article writes is a place
     * here, where the bare lookup also asks whether a word is one.
     */
    public Optional<String> english(String arabicName, String article) {
        return inContext.english(arabicName, article).or(() -> english(arabicName)).or(() -> englishOfVowelVariant(arabicName));
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
