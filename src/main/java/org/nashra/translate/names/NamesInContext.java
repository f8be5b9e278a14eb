package org.nashra.translate.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Names two bearers share, told apart by the article they stand in ({@code names-in-context.tsv}): عمان in an
 * article naming Jordan, and neither the sultanate nor Muscat, is Amman; الأهلي in one naming Egypt or الزمالك,
 * and not Saudi Arabia, is Cairo's Al Ahly.
 */
final class NamesInContext {

    static final String RESOURCE = "names-in-context.tsv";

    /** The kinds of names told apart. */
    enum Kind { PLACE, ORGANISATION }

    /** A name that is {@code english} in an article naming one of {@code cues} and none of {@code against} (name keys). */
    private record Named(String key, String english, List<String> cues, List<String> against) {}

    private final List<Named> names;

    private NamesInContext(List<Named> names) {
        this.names = List.copyOf(names);
    }

    /** No shared names: every name keeps the English it has otherwise. */
    static NamesInContext none() {
        return new NamesInContext(List.of());
    }

    /** The names of one kind shipped with Nashra. */
    static NamesInContext load(Kind kind) {
        List<Named> names = new ArrayList<>();
        try (InputStream in = NamesInContext.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] fields = line.strip().split("\t");
                if (fields.length != 5) throw new IllegalStateException(RESOURCE + ": not kind, Arabic, English, cues, against: " + line);
                if (Kind.valueOf(fields[0].toUpperCase(Locale.ROOT)) != kind) continue;
                names.add(new Named(NameKey.of(fields[1]), fields[2], keys(fields[3]), keys(fields[4])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NamesInContext(names);
    }

    /**
     * Name keys of the words; a word written in brackets, {@code (بترا)}, as a wire agency tags its dispatch, is kept
     * between spaces so that it is found only as a word of its own (بترا, the Jordanian agency; not بتراجع).
     */
    private static List<String> keys(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip)
                .map(word -> word.startsWith("(") && word.endsWith(")") ? wholeWord(NameKey.of(word)) : NameKey.of(word))
                .filter(k -> !k.isBlank()).toList();
    }

    private static String wholeWord(String key) {
        return key.isEmpty() ? key : " " + key + " ";
    }

    /** The English the article's words tell for a shared name; empty when the name is not one or they tell none. */
    Optional<String> english(String arabicName, String article) {
        String key = NameKey.of(arabicName);
        String text = wholeWord(NameKey.of(article == null ? "" : article));
        for (Named named : names) {
            if (named.key().equals(key) && named.cues().stream().anyMatch(text::contains)
                    && named.against().stream().noneMatch(text::contains)) {
                return Optional.of(named.english());
            }
        }
        return Optional.empty();
    }
}
