package org.nashra.eval.translit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.nashra.translate.names.OrganisationNames;

/**
 * How many of the organisations named in a CoNLL file (ANERcorp: {@code token TAG} a line, B-ORG/I-ORG spans)
 * {@link OrganisationNames} gives an English name of their words, and which: a list to read, since the data has
 * no English to compare with.
 */
public final class OrganisationEval {

    /** The distinct names, and the English of those translated, by Arabic name. */
    public record Coverage(int names, Map<String, String> translated) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d distinct organisation names, %d (%.1f %%) translated by their words, the rest spelt out",
                    names, translated.size(), names == 0 ? 0.0 : 100.0 * translated.size() / names);
        }
    }

    private OrganisationEval() {}

    public static Coverage evaluate(Path conll, OrganisationNames organisations) throws IOException {
        List<String> names = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : Files.readAllLines(conll, StandardCharsets.UTF_8)) {
            String[] fields = line.strip().split("\\s+");
            String tag = fields.length >= 2 ? fields[fields.length - 1] : "O";
            if (!current.isEmpty() && !tag.equals("I-ORG")) {
                names.add(String.join(" ", current));
                current.clear();
            }
            if (tag.equals("B-ORG") || (tag.equals("I-ORG") && fields.length >= 2)) current.add(fields[0]);
        }
        if (!current.isEmpty()) names.add(String.join(" ", current));
        Map<String, String> translated = new TreeMap<>();
        java.util.Set<String> distinct = new java.util.TreeSet<>(names);
        for (String name : distinct) {
            Optional<String> english = organisations.english(name);
            english.ifPresent(e -> translated.put(name, e));
        }
        return new Coverage(distinct.size(), translated);
    }
}
