package org.nashra.extract.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nashra.translate.names.NameKey;
import org.nashra.translate.names.OrganisationNames;
import org.nashra.translate.names.PlaceLexicon;

/**
 * Roles the editors' list does not give, made of a head word and what it heads, when English has a word for
 * every part: وزير الكهرباء والطاقة المتجددة → Minister of Electricity and Renewable Energy, المتحدث باسم الجيش
 * الإسرائيلي → spokesman for the Israeli Army, السفير الفرنسي → French Ambassador ({@code role-heads.tsv}).
 */
final class RoleComposer {

    private static final java.util.regex.Pattern SPACE_OR_HYPHEN = java.util.regex.Pattern.compile("[ -]");

    private static final String RESOURCE = "role-heads.tsv";
    private static final int MOST_OBJECT_WORDS = 6;
    private static final String CONJUNCTIONS = "\u0648\u0641"; // و ف
    private static final OrganisationNames ORGANISATIONS = EntityResolver.ORGANISATIONS;
    private static final Map<String, List<String>> HEADS = load();
    private static final java.util.Set<String> THE_NOUNS = org.nashra.extract.WordLists.rows(RoleComposer.class, "role-the-nouns.txt")
            .stream().map(row -> row.get(0)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final int LONGEST_HEAD = HEADS.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    /** The most words a composed role takes. */
    static final int LONGEST = LONGEST_HEAD + MOST_OBJECT_WORDS;

    /** A role read before a name: what it is, and how many words (nearest-first) it took. */
    record Composed(RoleMention role, int words) {}

    private RoleComposer() {}

    private static final class Places {
        static final PlaceLexicon LEXICON = PlaceLexicon.load();
    }

    /** The role whose last word is {@code words[from]} (words nearest-first, as {@link RoleLexicon} reads them). */
    static Optional<Composed> at(String text, List<int[]> words, int from) {
        return at(text, words, from, name -> Optional.empty());
    }

    /** As {@link #at(String, List, int)}, an organisation {@code listed} gives the English of named by that English. */
    static Optional<Composed> at(String text, List<int[]> words, int from, java.util.function.Function<String, Optional<String>> listed) {
        for (int objectWords = 1; objectWords <= MOST_OBJECT_WORDS && from + objectWords < words.size(); objectWords++) {
            for (int headWords = Math.min(LONGEST_HEAD, words.size() - from - objectWords); headWords >= 1; headWords--) {
                Optional<Head> head = head(text, words, from + objectWords, from + objectWords + headWords - 1);
                if (head.isEmpty()) continue;
                String object = text.substring(words.get(from + objectWords - 1)[0], words.get(from)[1]);
                for (String template : head.get().templates()) {
                    Optional<String> english = english(template, object, text, listed);
                    if (english.isPresent()) {
                        int start = head.get().start();
                        int end = words.get(from)[1];
                        return Optional.of(new Composed(new RoleMention(text.substring(start, end), english.get(), start, end),
                                objectWords + headWords));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The role of one who speaks for the holder of {@code role} (المتحدث باسم before الأمين العام للأمم المتحدة →
     * spokesman for the UN Secretary-General), when a head ending in باسم is written right before it
     * ({@code words[from]} its last word, nearest-first); the role alone is the one spoken for's, not the speaker's.
     */
    static Optional<Composed> speakingFor(String text, List<int[]> words, RoleMention role, int from) {
        for (int headWords = Math.min(LONGEST_HEAD, words.size() - from); headWords >= 2; headWords--) {
            if (!NameKey.of(text.substring(words.get(from)[0], words.get(from)[1])).equals(IN_THE_NAME_OF)) continue;
            Optional<Head> head = head(text, words, from, from + headWords - 1);
            if (head.isEmpty()) continue;
            int start = head.get().start();
            for (String template : head.get().templates()) {
                if (!template.contains("{the org}")) continue;
                String english = template.replace("{the org}", "the " + role.en());
                return Optional.of(new Composed(new RoleMention(text.substring(start, role.end()), english, start, role.end()), headWords));
            }
        }
        return Optional.empty();
    }

    /** A head's templates and where it starts in the text. */
    private record Head(List<String> templates, int start) {}

    /**
     * The head written over {@code words[farthest]} down to {@code words[nearest]} (nearest-first indices), a
     * conjunction glued to its first word allowed (وأمين عام): its templates, if it is one.
     */
    private static Optional<Head> head(String text, List<int[]> words, int nearest, int farthest) {
        int start = words.get(farthest)[0];
        List<String> keys = new ArrayList<>();
        for (int i = farthest; i >= nearest; i--) keys.add(NameKey.of(text.substring(words.get(i)[0], words.get(i)[1])));
        List<String> templates = HEADS.get(String.join(" ", keys));
        if (templates == null && keys.get(0).length() > 2 && CONJUNCTIONS.indexOf(keys.get(0).charAt(0)) >= 0) {
            keys.set(0, keys.get(0).substring(1));
            templates = HEADS.get(String.join(" ", keys));
            start++;
        }
        return templates == null ? Optional.empty() : Optional.of(new Head(templates, start));
    }

    /** باسم, "in the name of", which ends the heads of a spokesman's role, as a name key. */
    private static final String IN_THE_NAME_OF = NameKey.of("\u0628\u0627\u0633\u0645");

    /**
     * The template filled with the English of the words after the head, when English has them; a name two
     * organisations share is the one the article tells (رئيس الاتحاد الوطني in an article on Kurdistan: head of the
     * Patriotic Union of Kurdistan).
     */
    static Optional<String> english(String template, String object, String article) {
        return english(template, object, article, name -> Optional.empty());
    }

    /** As {@link #english(String, String, String)}, an organisation {@code listed} knows named as listed. */
    static Optional<String> english(String template, String object, String article,
            java.util.function.Function<String, Optional<String>> listed) {
        if (template.contains("{ministry}")) {
            return ORGANISATIONS.english("وزارة " + object).filter(name -> name.contains("Ministry"))
                    .map(name -> template.replace("{ministry}", name.replaceFirst("Ministry", "Minister")));
        }
        if (template.contains("{nation}")) {
            return ORGANISATIONS.nationality(object).map(nation -> template.replace("{nation}", nation));
        }
        Optional<String> organisation = listed.apply(object).or(() -> ORGANISATIONS.english(object, article));
        if (organisation.isPresent()) {
            // "the" before an institution (the Central Bank), not before a proper name (Microsoft, Real Madrid, AFP), nor
            // one with an Arabic name of its own in it (Bank Al-Maghrib)
            boolean institution = java.util.Arrays.stream(SPACE_OR_HYPHEN.split(organisation.get())).anyMatch(THE_NOUNS::contains)
                    && java.util.Arrays.stream(organisation.get().split(" ")).noneMatch(word -> word.startsWith("Al-"));
            String the = institution ? "the " : "";
            return Optional.of(template.replace("{the org}", the + organisation.get()).replace("{org}", organisation.get()));
        }
        return Places.LEXICON.english(object).map(place -> template.replace("{the org}", place).replace("{org}", place));
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> heads = new HashMap<>();
        try (InputStream in = RoleComposer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] fields = line.strip().split("\t");
                if (fields.length != 2) throw new IllegalStateException(RESOURCE + ": not Arabic, English: " + line);
                heads.computeIfAbsent(NameKey.of(fields[0]), k -> new ArrayList<>()).add(fields[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(heads);
    }
}
