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

/**
 * Phrases of a rule list, each as its folded words, longest first, matched against a sentence's words.
 * The first word may carry proclitics ({@code لوزارة}, {@code للأمم}) when the caller allows them.
 */
final class PhraseList {

    /** A phrase found at a sentence position: its words span {@code [from, to)}; {@code clitic} letters precede it. */
    record Match(int from, int to, int clitic) {}

    private final List<List<String>> phrases;

    PhraseList(List<List<String>> phrases) {
        List<List<String>> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparingInt((List<String> p) -> -p.size()).thenComparing(p -> String.join(" ", p)));
        this.phrases = List.copyOf(sorted);
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
    java.util.Set<String> words() {
        java.util.Set<String> words = new java.util.TreeSet<>();
        phrases.forEach(words::addAll);
        return java.util.Set.copyOf(words);
    }

    boolean containsWord(String folded) {
        for (List<String> phrase : phrases) {
            if (phrase.size() == 1 && phrase.get(0).equals(folded)) return true;
        }
        return false;
    }

    /** The longest phrase starting at {@code at}, or null. */
    Match longestAt(List<String> folded, int at, List<String> clitics) {
        for (List<String> phrase : phrases) {
            if (at + phrase.size() > folded.size()) continue;
            int clitic = cliticBefore(folded.get(at), phrase.get(0), clitics);
            if (clitic < 0) continue;
            boolean rest = true;
            for (int k = 1; k < phrase.size() && rest; k++) rest = folded.get(at + k).equals(phrase.get(k));
            if (rest) return new Match(at, at + phrase.size(), clitic);
        }
        return null;
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
