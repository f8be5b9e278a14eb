package org.nashra.translate.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * English for the speakers a quotation has that are no one's name, no role and no body the organisation words
 * translate ({@code speaker-descriptions.tsv}): a body news names by a common noun (النيابة العامة → the Public
 * Prosecution), a text (الوثيقة → the document), one described (مصدر أمني → a security source, شهود عيان → eyewitnesses),
 * and one of a group (إحدى الأمهات → one of the mothers, from the group's row). A nation's adjective after a definite
 * one goes before it in English (الرئاسة السورية → the Syrian Presidency). Compared without the article, in the loose
 * form of names.
 */
public final class SpeakerDescriptions {

    private static final String RESOURCE = "speaker-descriptions.tsv";
    private static final SpeakerDescriptions SHIPPED = load();

    private final Map<String, String> whole;
    private final Map<String, String> groups;
    private final List<String> oneOf;
    private final OrganisationNames organisations;

    private SpeakerDescriptions(Map<String, String> whole, Map<String, String> groups, List<String> oneOf, OrganisationNames organisations) {
        this.whole = Map.copyOf(whole);
        this.groups = Map.copyOf(groups);
        this.oneOf = List.copyOf(oneOf);
        this.organisations = organisations;
    }

    /** The descriptions shipped with Nashra. */
    public static SpeakerDescriptions shipped() {
        return SHIPPED;
    }

    /** The English of a speaker described rather than named, as a heading writes it (The Public Prosecution); empty when the list gives none. */
    public Optional<String> english(String speaker) {
        List<String> keys = keys(speaker);
        if (keys.isEmpty()) return Optional.empty();
        Optional<String> found = described(keys);
        if (found.isEmpty() && keys.size() >= 2) {
            // الرئاسة السورية → the Syrian Presidency: a nation's adjective after a body the article calls by a common noun
            Optional<String> nation = organisations.nationality(speaker.strip().substring(speaker.strip().lastIndexOf(' ') + 1));
            Optional<String> body = described(keys.subList(0, keys.size() - 1)).filter(english -> english.startsWith("the "));
            if (nation.isPresent() && body.isPresent()) found = Optional.of("the " + nation.get() + " " + body.get().substring(4));
        }
        return found.map(english -> Character.toUpperCase(english.charAt(0)) + english.substring(1));
    }

    private Optional<String> described(List<String> keys) {
        String listed = whole.get(String.join(" ", keys));
        if (listed != null) return Optional.of(listed);
        // إحدى الأمهات، أحد السكان: one of a group the list names
        if (keys.size() >= 2 && oneOf.contains(keys.get(0))) {
            String group = groups.get(String.join(" ", keys.subList(1, keys.size())));
            if (group != null) return Optional.of("one of the " + group);
        }
        return Optional.empty();
    }

    /** The words' keys without the article: المصدر الأمني and مصدر أمني are the same description. */
    private static List<String> keys(String arabic) {
        List<String> keys = new ArrayList<>();
        for (String key : NameKey.tokenKeys(arabic)) {
            keys.add(key.startsWith("\u0627\u0644") && key.length() > 3 ? key.substring(2) : key);
        }
        return keys;
    }

    static SpeakerDescriptions load() {
        Map<String, String> whole = new HashMap<>();
        Map<String, String> groups = new HashMap<>();
        List<String> oneOf = new ArrayList<>();
        try (InputStream in = SpeakerDescriptions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] fields = line.strip().split("\t");
                if (fields.length != 3) throw new IllegalStateException(RESOURCE + ": not kind, Arabic, English: " + line);
                String key = String.join(" ", keys(fields[1]));
                switch (fields[0]) {
                    case "speaker" -> whole.put(key, fields[2]);
                    case "group" -> groups.put(key, fields[2]);
                    case "one" -> oneOf.add(key);
                    default -> throw new IllegalStateException(RESOURCE + ": unknown kind " + fields[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SpeakerDescriptions(whole, groups, oneOf, OrganisationNames.load());
    }
}
