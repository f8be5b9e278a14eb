package org.nashra.extract.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Phrases of a rule list, each as its folded words, longest first, matched against a sentence's words.
 * The first word may carry proclitics ({@code لوزارة}, {@code للأمم}) when the caller allows them.
 */
final class PhraseList {

    /** A phrase found at a sentence position: its words span {@code [from, to)}; {@code clitic} letters precede it. */
    record Match(int from, int to, int clitic) {}

    private final List<List<String>> phrases;
    /** Phrases by their first word, each list longest first. */
    private final Map<String, List<List<String>>> byFirstWord;
    private final Set<String> singleWords;

    PhraseList(List<List<String>> phrases) {
        List<List<String>> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparingInt((List<String> p) -> -p.size()).thenComparing(p -> String.join(" ", p)));
        this.phrases = List.copyOf(sorted);
        Map<String, List<List<String>>> index = new TreeMap<>();
        Set<String> single = new TreeSet<>();
        for (List<String> phrase : this.phrases) {
            index.computeIfAbsent(phrase.get(0), k -> new ArrayList<>()).add(phrase);
            if (phrase.size() == 1) single.add(phrase.get(0));
        }
        index.replaceAll((word, list) -> List.copyOf(list));
        this.byFirstWord = Map.copyOf(index);
        this.singleWords = Set.copyOf(single);
    }

    static PhraseList of(List<String> lines) {
        List<List<String>> phrases = new ArrayList<>();
        for (String line : lines) {
            List<String> words = Tokens.tokenise(line).stream().map(t -> ArabicText.fold(t.text())).toList();
            if (!words.isEmpty()) phrases.add(words);
        }
        return new PhraseList(phrases);
    }

    /** Reads a rule resource of this package: one phrase a line, {@code #} starts a comment line. */
    static PhraseList resource(String name) {
        return of(resourceLines(name));
    }

    static List<String> resourceLines(String name) {
        try (InputStream in = PhraseList.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " missing from the classpath");
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String trimmed = line.strip();
                    if (!trimmed.isEmpty() && !trimmed.startsWith("#")) lines.add(trimmed);
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every word of every phrase. */
    Set<String> words() {
        Set<String> words = new TreeSet<>();
        phrases.forEach(words::addAll);
        return Set.copyOf(words);
    }

    /** Whether the folded word is a phrase of one word. */
    boolean containsWord(String folded) {
        return singleWords.contains(folded);
    }

    /** The longest phrase starting at {@code at}, or null. */
    Match longestAt(List<String> folded, int at, List<String> clitics) {
        Match best = null;
        String word = folded.get(at);
        for (String first : firstWordReadings(word, clitics)) {
            for (List<String> phrase : byFirstWord.getOrDefault(first, List.of())) {
                if (at + phrase.size() > folded.size() || (best != null && best.to() - best.from() >= phrase.size())) continue;
                int clitic = cliticBefore(word, phrase.get(0), clitics);
                boolean rest = clitic >= 0;
                for (int k = 1; k < phrase.size() && rest; k++) rest = folded.get(at + k).equals(phrase.get(k));
                if (rest) best = new Match(at, at + phrase.size(), clitic);
            }
        }
        return best;
    }

    /** The word itself and the word without each allowed clitic (ل + لـ read as ل + الـ). */
    private static List<String> firstWordReadings(String word, List<String> clitics) {
        List<String> readings = new ArrayList<>();
        readings.add(word);
        for (String clitic : clitics) {
            if (!word.startsWith(clitic) || word.length() <= clitic.length()) continue;
            String rest = word.substring(clitic.length());
            readings.add(rest);
            if (clitic.endsWith("ل") && rest.startsWith("ل")) readings.add("ا" + rest);
        }
        return readings;
    }

    /**
     * Letters of {@code word} before {@code expected}: 0 when equal, the clitic's length when
     * {@code word} is an allowed clitic plus {@code expected} (with لل for ل + ال), else -1.
     */
    static int cliticBefore(String word, String expected, List<String> clitics) {
        if (word.equals(expected)) return 0;
        for (String clitic : clitics) {
            if (!word.startsWith(clitic)) continue;
            String rest = word.substring(clitic.length());
            if (rest.equals(expected)) return clitic.length();
            if (clitic.endsWith("ل") && expected.startsWith("ال") && rest.equals(expected.substring(1))) {
                return clitic.length();
            }
        }
        return -1;
    }
}
