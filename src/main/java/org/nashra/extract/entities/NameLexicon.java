package org.nashra.extract.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often each folded word was seen inside a name and outside names. Name counts decide whether a
 * leading letter is a clitic: {@code وبغداد} is {@code و}+{@code بغداد} because {@code بغداد} is a known
 * name word, while {@code لبنان} stays whole because {@code بنان} is not. Outside counts tell rules
 * where a name ends ({@code أعلن}, {@code القول} are common words never seen in a name).
 */
final class NameLexicon {

    static final NameLexicon EMPTY = new NameLexicon(Map.of(), Map.of(), Map.of());

    private final Map<String, Integer> counts;
    private final Map<String, Integer> outside;
    private final Map<String, Integer> inPersons;
    /** Folded words of the persons' names the editors list, which the training corpus may never have seen. */
    private final java.util.Set<String> listedPersonWords;

    NameLexicon(Map<String, Integer> counts, Map<String, Integer> outside, Map<String, Integer> inPersons) {
        this(counts, outside, inPersons, java.util.Set.of());
    }

    private NameLexicon(Map<String, Integer> counts, Map<String, Integer> outside, Map<String, Integer> inPersons,
            java.util.Set<String> listedPersonWords) {
        this.counts = Map.copyOf(counts);
        this.outside = Map.copyOf(outside);
        this.inPersons = Map.copyOf(inPersons);
        this.listedPersonWords = java.util.Set.copyOf(listedPersonWords);
    }

    /** Whether the folded word belongs to the name of a person the editors list ({@link #withPersons}). */
    boolean isListedPersonWord(String folded) {
        return listedPersonWords.contains(folded);
    }

    /** This lexicon, knowing the words of the given persons' names as words of persons listed by the editors. */
    NameLexicon withPersons(Iterable<String> names) {
        java.util.Set<String> words = new java.util.HashSet<>(listedPersonWords);
        for (String name : names) {
            for (Tokens.Token token : Tokens.tokenise(name)) words.add(ArabicText.fold(token.text()));
        }
        return new NameLexicon(counts, outside, inPersons, words);
    }

    /** Times the folded word was seen inside a person's name. */
    int personCount(String folded) {
        return inPersons.getOrDefault(folded, 0);
    }

    /** The lexicon written with the bundled model, or an empty one when absent. */
    static NameLexicon bundled() {
        try (InputStream in = NameLexicon.class.getResourceAsStream(NerTrainer.LEXICON_FILE)) {
            return in == null ? EMPTY : read(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Times the folded word was seen inside a name. */
    int count(String folded) {
        return counts.getOrDefault(folded, 0);
    }

    /** Times the folded word was seen outside names (words seen once outside and never in a name: 0). */
    int outsideCount(String folded) {
        return outside.getOrDefault(folded, 0);
    }

    /** True for a word seen at least twice and never inside a name. */
    boolean isCommonWord(String folded) {
        return count(folded) == 0 && outside.getOrDefault(folded, 0) >= 2;
    }

    /**
     * This lexicon plus the words of the given names, each counted as if seen often. Spellings that fold alike
     * ({@code شركة أبل}, {@code شركة آبل}) are one name, counted once: else the word of a name listed in two
     * spellings ({@code ابل}) outweighs a place the corpus saw whole ({@code بابل}), whose ب is then cut.
     */
    NameLexicon with(Iterable<String> names, int weight) {
        Map<String, Integer> merged = new TreeMap<>(counts);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String name : names) {
            if (!seen.add(ArabicText.fold(name))) continue;
            for (Tokens.Token token : Tokens.tokenise(name)) {
                merged.merge(ArabicText.fold(token.text()), weight, Integer::sum);
            }
        }
        return new NameLexicon(merged, outside, inPersons, listedPersonWords);
    }

    /**
     * Reads lines {@code word<TAB>inside<TAB>outside<TAB>inside persons} (the last two may be missing);
     * lines starting with {@code #} are comments.
     */
    static NameLexicon read(InputStream in) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Integer> outside = new TreeMap<>();
        Map<String, Integer> inPersons = new TreeMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] parts = line.split("\t");
                String word = ArabicText.fold(parts[0].trim());
                int inside = parts.length > 1 ? Integer.parseInt(parts[1].trim()) : 1;
                if (inside > 0) counts.merge(word, inside, Integer::sum);
                if (parts.length > 2) outside.merge(word, Integer.parseInt(parts[2].trim()), Integer::sum);
                if (parts.length > 3) inPersons.merge(word, Integer.parseInt(parts[3].trim()), Integer::sum);
            }
        }
        return new NameLexicon(counts, outside, inPersons);
    }
}
