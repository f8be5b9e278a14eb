package org.nashra.extract.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The words of dates, read from the tab-separated resource files beside this class. Immutable. */
final class Lexicon {

    /**
     * A month name as written in one series. {@code wordAlone}: said alone, the name is an ordinary word (المحرم "the
     * forbidden"), whatever word stands before it (months.tsv, flag word-alone).
     */
    record MonthName(String series, int number, String display, boolean ambiguous, boolean wordAlone) {
        boolean hijri() { return series.equals("hijri"); }
    }

    /** Folded spelling to month, for every matchable series. */
    private final Map<String, MonthName> months;
    /** Display names: series to month number (1..12) to name. */
    private final Map<String, Map<Integer, String>> monthDisplay;
    private final Map<String, Integer> weekdays;
    private final Map<Integer, String> weekdayDisplay;
    private final Map<String, Integer> ordinals;
    private final Map<String, Integer> cardinals;
    /** role to (folded spelling to key). */
    private final Map<String, Map<String, String>> words;
    /** key + "/" + language code to display text. */
    private final Map<String, String> display;

    private Lexicon(Map<String, MonthName> months, Map<String, Map<Integer, String>> monthDisplay,
                    Map<String, Integer> weekdays, Map<Integer, String> weekdayDisplay,
                    Map<String, Integer> ordinals, Map<String, Integer> cardinals,
                    Map<String, Map<String, String>> words, Map<String, String> display) {
        this.months = months;
        this.monthDisplay = monthDisplay;
        this.weekdays = weekdays;
        this.weekdayDisplay = weekdayDisplay;
        this.ordinals = ordinals;
        this.cardinals = cardinals;
        this.words = words;
        this.display = display;
    }

    private static final Lexicon DEFAULT = load();

    static Lexicon standard() { return DEFAULT; }

    private static Lexicon load() {
        Map<String, MonthName> months = new TreeMap<>();
        Map<String, Map<Integer, String>> monthDisplay = new TreeMap<>();
        for (String[] row : rows("months.tsv")) {
            String series = row[0];
            int number = Integer.parseInt(row[1]);
            boolean ambiguous = row.length > 4 && row[4].contains("ambiguous");
            boolean wordAlone = row.length > 4 && row[4].contains("word-alone");
            MonthName month = new MonthName(series, number, row[2], ambiguous, wordAlone);
            monthDisplay.computeIfAbsent(series, s -> new TreeMap<>()).put(number, row[2]);
            if (series.endsWith("-english")) continue;
            List<String> spellings = new ArrayList<>(List.of(row[2]));
            if (row.length > 3 && !row[3].isBlank()) spellings.addAll(List.of(row[3].split("\\|")));
            for (String spelling : spellings) months.put(key(spelling), month);
        }
        Map<String, Integer> weekdays = new TreeMap<>();
        Map<Integer, String> weekdayDisplay = new TreeMap<>();
        for (String[] row : rows("weekdays.tsv")) {
            int number = Integer.parseInt(row[0]);
            weekdayDisplay.put(number, row[1]);
            weekdays.put(key(row[1]), number);
            if (row.length > 2) for (String s : row[2].split("\\|")) weekdays.put(key(s), number);
        }
        Map<String, Integer> ordinals = new TreeMap<>();
        for (String[] row : rows("ordinals.tsv")) {
            for (String s : row[1].split("\\|")) ordinals.put(key(s), Integer.parseInt(row[0]));
        }
        Map<String, Integer> cardinals = new TreeMap<>();
        for (String[] row : rows("numbers.tsv")) {
            for (String s : row[1].split("\\|")) cardinals.put(key(s), Integer.parseInt(row[0]));
        }
        Map<String, Map<String, String>> words = new TreeMap<>();
        for (String[] row : rows("words.tsv")) {
            Map<String, String> role = words.computeIfAbsent(row[0], r -> new TreeMap<>());
            for (String s : row[2].split("\\|")) role.put(key(s), row[1]);
        }
        Map<String, String> display = new TreeMap<>();
        for (String[] row : rows("display.tsv")) display.put(row[0] + "/" + row[1], row[2]);
        return new Lexicon(freeze(months), freezeNested(monthDisplay), freeze(weekdays),
                freeze(weekdayDisplay), freeze(ordinals), freeze(cardinals), freezeNested(words), freeze(display));
    }

    private static <K, V> Map<K, V> freeze(Map<K, V> map) { return java.util.Collections.unmodifiableMap(map); }

    private static <K, V> Map<String, Map<K, V>> freezeNested(Map<String, Map<K, V>> map) {
        Map<String, Map<K, V>> copy = new TreeMap<>();
        map.forEach((k, v) -> copy.put(k, freeze(v)));
        return freeze(copy);
    }

    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Lookup key of a spelling: folded and, for Latin letters, lower-cased. */
    static String key(String spelling) {
        return DateText.foldWord(spelling).toLowerCase(Locale.ROOT);
    }

    Optional<MonthName> month(String folded) { return Optional.ofNullable(months.get(key(folded))); }

    Collection<String> monthSpellings() { return months.keySet(); }

    String monthDisplay(String series, int number) { return monthDisplay.get(series).get(number); }

    /** ISO number of a weekday spelling (1 = Monday), or null. */
    Integer weekday(String folded) { return weekdays.get(key(folded)); }

    Collection<String> weekdaySpellings() { return weekdays.keySet(); }

    Integer ordinal(String folded) { return ordinals.get(key(folded)); }

    Collection<String> ordinalSpellings() { return ordinals.keySet(); }

    Integer cardinal(String folded) { return cardinals.get(key(folded)); }

    Collection<String> cardinalSpellings() { return cardinals.keySet(); }

    /** The key of a word of {@code role} (words.tsv), or null. */
    String word(String role, String folded) {
        Map<String, String> r = words.get(role);
        return r == null ? null : r.get(key(folded));
    }

    Collection<String> spellings(String role) {
        Map<String, String> r = words.get(role);
        return r == null ? List.of() : r.keySet();
    }

    /** Spellings of {@code role} whose key is {@code key}. */
    List<String> spellings(String role, String key) {
        return words.getOrDefault(role, Map.of()).entrySet().stream()
                .filter(e -> e.getValue().equals(key)).map(Map.Entry::getKey).collect(Collectors.toList());
    }

    String display(String key, String languageCode) {
        String text = display.get(key + "/" + languageCode);
        return text == null ? "{}" : text;
    }

    String weekdayDisplay(int isoNumber) { return weekdayDisplay.get(isoNumber); }

    /** A regular-expression alternation of spellings, longest first, each ending at a word boundary. */
    static String alternation(Collection<String> spellings) {
        return alternationNoBoundary(spellings) + "(?![\\p{L}])";
    }

    /** A regular-expression alternation of spellings, longest first, that may run into the next word. */
    static String alternationNoBoundary(Collection<String> spellings) {
        return spellings.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(s -> Pattern.quote(s).replace(" ", "\\E\\s+\\Q").replace("\\Q\\E", ""))
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
