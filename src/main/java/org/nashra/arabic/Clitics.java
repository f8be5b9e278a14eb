package org.nashra.arabic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Detaches proclitics (conjunctions و ف, prepositions ب ل ك, the article ال and their written
 * combinations listed in {@code proclitics.tsv}) so a word can be matched against names and terms.
 */
public final class Clitics {

    /** Fewest letters a word may keep after stripping. */
    private static final int MIN_STEM = 2;

    private static final List<Prefix> PREFIXES = loadPrefixes();
    private static final String FIRST_LETTERS = PREFIXES.stream().map(p -> p.written.substring(0, 1)).distinct()
            .reduce("", String::concat);

    private Clitics() {
    }

    /**
     * Candidate forms of {@code token}, most specific first: the token itself, then forms with
     * prefixes removed, longer forms before shorter ones. A prefix containing the article gives the
     * form with the article kept before the bare form: {@code بالعراق → [بالعراق, العراق, عراق]}.
     * Nothing is stripped that would leave fewer than two letters. Works on the text as given; pass
     * the matching form ({@link ArabicText#normaliseForMatching}) to match hamza-less spellings.
     */
    public static List<String> stems(String token) {
        if (token == null || token.isBlank()) {
            return List.of();
        }
        if (FIRST_LETTERS.indexOf(token.charAt(0)) < 0) {
            return List.of(token);
        }
        List<String> candidates = new ArrayList<>();
        for (Prefix prefix : PREFIXES) {
            if (token.startsWith(prefix.written) && letters(token.substring(prefix.written.length())) >= MIN_STEM) {
                String stem = token.substring(prefix.written.length());
                if (!prefix.article.isEmpty() && !prefix.written.equals(prefix.article)) {
                    candidates.add(prefix.article + stem);
                }
                candidates.add(stem);
            }
        }
        candidates.sort(Comparator.comparingInt(String::length).reversed());
        Set<String> ordered = new LinkedHashSet<>();
        ordered.add(token);
        ordered.addAll(candidates);
        return List.copyOf(ordered);
    }

    /** The shortest candidate of {@link #stems}: the word with every listed prefix removed. */
    public static String bare(String token) {
        List<String> all = stems(token);
        return all.isEmpty() ? "" : all.get(all.size() - 1);
    }

    private static int letters(String s) {
        return (int) s.codePoints().filter(Character::isLetter).count();
    }

    private record Prefix(String written, String article) {
    }

    private static List<Prefix> loadPrefixes() {
        List<Prefix> prefixes = new ArrayList<>();
        for (List<String> row : Resources.rows(Clitics.class, "proclitics.tsv")) {
            prefixes.add(new Prefix(row.get(0), row.size() > 1 ? row.get(1) : ""));
        }
        return List.copyOf(prefixes);
    }
}
