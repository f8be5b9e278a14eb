package org.nashra.extract;

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

/**
 * Reads the linguist-editable lists that sit beside an extractor's classes: UTF-8, '#' comments,
 * TAB-separated fields. {@code anchor} is a class of the extractor's package; names resolve next to it.
 */
public final class WordLists {

    private WordLists() {
    }

    /** Non-blank, non-comment lines split on TAB, fields trimmed. */
    public static List<List<String>> rows(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + anchor.getName());
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
    public static Set<String> matchingSet(Class<?> anchor, String name) {
        Set<String> words = new TreeSet<>();
        for (List<String> row : rows(anchor, name)) {
            words.add(key(row.get(0)));
        }
        return Set.copyOf(words);
    }

    /** Phrases (first field), each as its words in matching form. */
    public static List<List<String>> phrases(Class<?> anchor, String name) {
        List<List<String>> phrases = new ArrayList<>();
        for (List<String> row : rows(anchor, name)) {
            phrases.add(List.of(key(row.get(0)).split("\\s+")));
        }
        return List.copyOf(phrases);
    }

    /** A word in matching form, lower-cased: how list entries and text are compared. */
    public static String key(String word) {
        return ArabicText.normaliseForMatching(word).strip().toLowerCase(java.util.Locale.ROOT);
    }
}
