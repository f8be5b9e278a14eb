package org.nashra.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.nashra.extract.EntityType;
import org.nashra.extract.Mention;

/**
 * Finds the names of a list given by the caller, comparing folded words (alef, ya, ta-marbuta and
 * diacritics do not matter) and looking through proclitics on the first word: an entry {@code داعش}
 * is found in {@code لداعش}, {@code العراق} in {@code بالعراق} and {@code للعراق}, but {@code ريم} not in
 * {@code كريم} (names' proclitics, {@link Clitics#NAME_PROCLITICS}). At each position the
 * longest entry wins; when two entries share a folded form, the first given wins.
 */
public final class GazetteerRecogniser implements EntityRecogniser {

    /** A name as written in the gazetteer and the kind of entity it names. */
    public record Entry(String name, EntityType type) {
        public Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    /** Entries by their first folded word; each list longest first. */
    private final Map<String, List<Phrase>> byFirstWord;

    private record Phrase(List<String> words, EntityType type) {}

    public GazetteerRecogniser(List<Entry> entries) {
        Map<String, List<Phrase>> index = new TreeMap<>();
        Map<String, Boolean> seen = new TreeMap<>();
        for (Entry entry : entries) {
            List<String> words = Tokens.tokenise(entry.name()).stream().map(t -> ArabicText.fold(t.text())).toList();
            if (words.isEmpty() || seen.putIfAbsent(String.join(" ", words), true) != null) continue;
            index.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Phrase(words, entry.type()));
        }
        index.replaceAll((word, phrases) -> phrases.stream()
                .sorted(Comparator.comparingInt((Phrase p) -> -p.words().size())).toList());
        this.byFirstWord = Map.copyOf(index);
    }

    public boolean isEmpty() {
        return byFirstWord.isEmpty();
    }

    @Override
    public List<Mention> recognise(String text) {
        if (text == null || text.isBlank() || byFirstWord.isEmpty()) return List.of();
        List<Mention> mentions = new ArrayList<>();
        List<List<Tokens.Token>> sentences = Tokens.sentences(text);
        Folded folded = folded(sentences);
        for (int s = 0; s < sentences.size(); s++) {
            List<Tokens.Token> sentence = sentences.get(s);
            List<String> words = folded.words().get(s);
            List<Reading[]> readings = folded.readings().get(s);
            int i = 0;
            while (i < sentence.size()) {
                int end = matchAt(text, sentence, words, readings.get(i), i, mentions);
                i = end > i ? end : i + 1;
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return List.copyOf(mentions);
    }

    /**
     * The folded words of the sentences last read on this thread, and each word's readings: each text is read by
     * several gazetteers in turn, which look up the same readings.
     */
    private record Folded(List<List<Tokens.Token>> sentences, List<List<String>> words, List<List<Reading[]>> readings) {}

    /**
     * A way to read a word's start as an entry's first word: the word whole ({@code clitic} 0), or what follows one
     * of the names' proclitics; {@code wholeOnly}: a short word after a clitic, which only begins a name of several
     * words (وذي قار), never is one alone (وقت is no و + قت).
     */
    private record Reading(String key, int clitic, boolean wholeOnly) {}

    private static final ThreadLocal<Folded> LAST_FOLDED = new ThreadLocal<>();

    private static Folded folded(List<List<Tokens.Token>> sentences) {
        Folded last = LAST_FOLDED.get();
        if (last != null && last.sentences() == sentences) return last;
        List<List<String>> words = new ArrayList<>(sentences.size());
        List<List<Reading[]>> readings = new ArrayList<>(sentences.size());
        for (List<Tokens.Token> sentence : sentences) {
            List<String> folded = sentence.stream().map(t -> ArabicText.fold(t.text())).toList();
            words.add(folded);
            readings.add(folded.stream().map(GazetteerRecogniser::readings).toList());
        }
        Folded made = new Folded(sentences, words, readings);
        LAST_FOLDED.set(made);
        return made;
    }

    private static Reading[] readings(String word) {
        List<Reading> out = new ArrayList<>(1);
        for (int clitic = 0; clitic <= Math.min(2, word.length() - 2); clitic++) {
            String prefix = word.substring(0, clitic);
            if (clitic > 0 && !Clitics.NAME_PROCLITICS.contains(prefix)) continue;
            String rest = clitic == 0 ? word : word.substring(clitic);
            boolean shortRest = clitic > 0 && rest.length() < 3;
            out.add(new Reading(rest, clitic, shortRest));
            if (clitic > 0 && prefix.endsWith("ل") && rest.startsWith("ل")) {
                // للعراق: ل + العراق, the article's alef unwritten; للجنة: ل + اللجنة, its alef and lam unwritten before a lam
                out.add(new Reading("ا" + rest, clitic, false));
                out.add(new Reading("ال" + rest, clitic, false));
            }
        }
        return out.toArray(Reading[]::new);
    }

    /** Adds the longest entry starting at {@code i}; returns the index after it, or {@code i} when none. */
    private int matchAt(String text, List<Tokens.Token> sentence, List<String> folded, Reading[] readings, int i, List<Mention> out) {
        Phrase best = null;
        int bestClitic = 0;
        for (Reading reading : readings) {
            List<Phrase> phrases = byFirstWord.get(reading.key());
            if (phrases == null) continue;
            for (Phrase phrase : phrases) {   // longest first: the first that matches is the longest of this reading
                if (reading.wholeOnly() && phrase.words().size() < 2) continue;
                if (matches(phrase, folded, i)) {
                    if (best == null || phrase.words().size() > best.words().size()) {
                        best = phrase;
                        bestClitic = reading.clitic();
                    }
                    break;
                }
            }
        }
        if (best == null) return i;
        Tokens.Token first = sentence.get(i);
        int start = first.start() + Clitics.originalIndex(first.text(), bestClitic);
        int end = sentence.get(i + best.words().size() - 1).end();
        out.add(new Mention(text.substring(start, end), start, end, best.type()));
        return i + best.words().size();
    }

    private static boolean matches(Phrase phrase, List<String> folded, int at) {
        if (at + phrase.words().size() > folded.size()) return false;
        for (int k = 1; k < phrase.words().size(); k++) {
            if (!folded.get(at + k).equals(phrase.words().get(k))) return false;
        }
        return true;
    }
}
