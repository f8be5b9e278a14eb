package org.nashra.extract.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.nashra.arabic.ArabicText;

/** Reads the editable lists next to the classes: UTF-8, '#' comments, TAB-separated fields. */
final class WordLists {

    private WordLists() {
    }

    /** Non-blank, non-comment lines split on TAB, fields trimmed. */
    static List<List<String>> rows(String name) {
        try (InputStream in = WordLists.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<List<String>> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
                    rows.add(List.of(line.strip().split("\\s*\t\\s*")));
                }
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first field of every line, in matching form, lower-cased. */
    static Set<String> matchingSet(String name) {
        Set<String> words = new TreeSet<>();
        for (List<String> row : rows(name)) {
            words.add(key(row.get(0)));
        }
        return Set.copyOf(words);
    }

    /** Phrases (first field), each as its words in matching form. */
    static List<List<String>> phrases(String name) {
        List<List<String>> phrases = new ArrayList<>();
        for (List<String> row : rows(name)) {
            phrases.add(List.of(key(row.get(0)).split("\\s+")));
        }
        return List.copyOf(phrases);
    }

    static String key(String word) {
        return ArabicText.normaliseForMatching(word).strip().toLowerCase(java.util.Locale.ROOT);
    }
}
