package org.nashra.extract.resolve;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.nashra.core.KnownNames;
import org.nashra.core.Problem;
import org.nashra.core.YamlProblems;
import org.nashra.extract.EntityType;
import org.nashra.translate.names.NameKey;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The editors' bilingual list of entities ({@code data/entities.yml}): a YAML list of entries with
 * {@code id, type, ar, aliases, bracketed_aliases, en, description_en, description_ar, merge, suppress, country}
 * ({@code bracketed_aliases}: names looked for in a text only between brackets or quotation marks, as an outlet names
 * itself: "(المستقلة)"; elsewhere the word is a common one; {@code country}: the id of the country of an entity whose
 * name another entry with a country shares, الرأي of Jordan and of Kuwait). Unknown keys,
 * missing fields and clashing ids are reported with their line and the entry is skipped; the rest loads.
 * Editors win: {@code merge} folds other ids (including ids the resolver made up) into an entry, and
 * {@code suppress: true} hides a false entity.
 */
public final class Gazetteer {

    private static final Set<String> KEYS = Set.of(
            "id", "type", "ar", "aliases", "bracketed_aliases", "en", "description_en", "description_ar", "merge", "suppress", "country");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Map<String, EntityType> TYPES = Map.of(
            "person", EntityType.PERSON, "organisation", EntityType.ORGANISATION,
            "place", EntityType.PLACE, "other", EntityType.MISC);

    private final Map<String, GazetteerEntry> byId;        // canonical entries, suppressed included
    private final Map<String, String> canonicalId;         // any id, merged ones included -> canonical id
    private final Map<String, String> idByNameKey;         // NameKey of any Arabic name -> canonical id
    private final Map<String, String> idByLatinName;       // a name written in Latin letters, as written -> canonical id
    private final Map<String, List<String>> namesakes;     // NameKey of a name entries of several countries share -> their ids, file order

    private Gazetteer(Map<String, GazetteerEntry> byId, Map<String, String> canonicalId, Map<String, String> idByNameKey,
                      Map<String, String> idByLatinName) {
        this(byId, canonicalId, idByNameKey, idByLatinName, Map.of());
    }

    private Gazetteer(Map<String, GazetteerEntry> byId, Map<String, String> canonicalId, Map<String, String> idByNameKey,
                      Map<String, String> idByLatinName, Map<String, List<String>> namesakes) {
        this.namesakes = Map.copyOf(namesakes);
        this.byId = Collections.unmodifiableSortedMap(new TreeMap<>(byId));
        this.canonicalId = Collections.unmodifiableSortedMap(new TreeMap<>(canonicalId));
        this.idByNameKey = Collections.unmodifiableSortedMap(new TreeMap<>(idByNameKey));
        this.idByLatinName = Collections.unmodifiableSortedMap(new TreeMap<>(idByLatinName));
    }

    public static Gazetteer empty() {
        return new Gazetteer(Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** Reads the file; a missing or unreadable file gives an empty gazetteer and one problem. */
    public static Loaded<Gazetteer> load(Path file) {
        try {
            return parse(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Loaded<>(empty(), List.of(YamlProblems.unreadable(file, e)));
        }
    }

    /** Parses YAML text; {@code file} only names the source in problems. */
    public static Loaded<Gazetteer> parse(Path file, String yamlText) {
        List<Problem> problems = new ArrayList<>();
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yamlText));
        } catch (YAMLException e) {
            return new Loaded<>(empty(), List.of(YamlProblems.of(file, e, yamlText)));
        }
        if (root == null) return new Loaded<>(empty(), List.of());
        if (!(root instanceof SequenceNode list)) {
            return new Loaded<>(empty(), List.of(Problem.error(file, line(root), "expected a list of entities")));
        }
        Map<String, GazetteerEntry> entries = new LinkedHashMap<>();
        for (Node node : list.getValue()) {
            parseEntry(file, node, problems).ifPresent(entry -> {
                if (entries.containsKey(entry.id())) {
                    problems.add(Problem.error(file, entry.line(), "duplicate id '" + entry.id() + "' (first at line "
                            + entries.get(entry.id()).line() + ")"));
                } else {
                    entries.put(entry.id(), entry);
                }
            });
        }
        return new Loaded<>(build(file, entries, problems), problems);
    }

    private static Gazetteer build(Path file, Map<String, GazetteerEntry> entries, List<Problem> problems) {
        Map<String, String> canonical = new TreeMap<>();
        entries.keySet().forEach(id -> canonical.put(id, id));
        for (GazetteerEntry entry : entries.values()) {
            for (String folded : entry.merged()) {
                if (folded.equals(entry.id())) continue;
                String previous = canonical.get(folded);
                if (previous != null && !previous.equals(folded) && !previous.equals(entry.id())) {
                    problems.add(Problem.error(file, entry.line(), "'" + folded + "' is already merged into '" + previous + "'"));
                    continue;
                }
                canonical.put(folded, entry.id());
            }
        }
        // follow chains (a merged into b, b merged into c) so every id points at one surviving entry
        for (String id : new ArrayList<>(canonical.keySet())) {
            String target = canonical.get(id);
            Set<String> seen = new TreeSet<>();
            while (!canonical.get(target).equals(target) && seen.add(target)) target = canonical.get(target);
            canonical.put(id, target);
        }
        Map<String, GazetteerEntry> byId = new TreeMap<>();
        Map<String, List<String>> extraAliases = new TreeMap<>();
        for (GazetteerEntry entry : entries.values()) {
            String target = canonical.get(entry.id());
            if (!target.equals(entry.id())) extraAliases.computeIfAbsent(target, k -> new ArrayList<>()).addAll(entry.arabicNames());
        }
        for (GazetteerEntry entry : entries.values()) {
            if (!canonical.get(entry.id()).equals(entry.id())) continue;
            List<String> aliases = new ArrayList<>(entry.aliases());
            for (String alias : extraAliases.getOrDefault(entry.id(), List.of())) {
                if (!aliases.contains(alias) && !alias.equals(entry.ar())) aliases.add(alias);
            }
            List<String> merged = new ArrayList<>();
            canonical.forEach((id, target) -> { if (target.equals(entry.id()) && !id.equals(entry.id())) merged.add(id); });
            byId.put(entry.id(), new GazetteerEntry(entry.id(), entry.type(), entry.ar(), aliases, entry.en(),
                    entry.descriptionEn(), entry.descriptionAr(), merged, entry.suppressed(), entry.line(), entry.bracketedAliases(),
                    entry.country()));
        }
        Map<String, String> byName = new TreeMap<>();
        Map<String, String> byLatinName = new TreeMap<>();
        Map<String, List<String>> namesakes = new TreeMap<>();
        for (GazetteerEntry entry : entries.values()) { // file order: the first entry to claim a name keeps it
            String target = canonical.get(entry.id());
            for (String name : entry.arabicNames()) {
                String key = NameKey.of(name);
                if (key.isEmpty() && isLatin(name)) byLatinName.putIfAbsent(latinKey(name), target);
                if (key.isEmpty()) continue;
                String previous = byName.putIfAbsent(key, target);
                // one name of entities in two countries, each entry saying which: the article tells them apart
                if (previous != null && !previous.equals(target) && byId.get(previous).country().isPresent()
                        && byId.get(target).country().isPresent() && !byId.get(previous).country().equals(byId.get(target).country())) {
                    List<String> ids = namesakes.computeIfAbsent(key, k -> new ArrayList<>(List.of(previous)));
                    if (!ids.contains(target)) ids.add(target);
                } else if (previous != null && !previous.equals(target)) {
                    problems.add(Problem.warning(file, entry.line(), "name '" + name + "' of '" + entry.id()
                            + "' already belongs to '" + previous + "'; ignored here"));
                }
            }
        }
        namesakes.replaceAll((k, ids) -> List.copyOf(ids));
        return new Gazetteer(byId, canonical, byName, byLatinName, namesakes);
    }

    /**
     * A name written in Latin letters only (TSMC, RAND Corporation), as Arabic news quotes a company's or a
     * journal's own name: it is looked up as written, capitals and all (Apple the company, not an apple).
     */
    private static boolean isLatin(String name) {
        return name.codePoints().anyMatch(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                && name.codePoints().noneMatch(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN);
    }

    private static String latinKey(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }

    private static Optional<GazetteerEntry> parseEntry(Path file, Node node, List<Problem> problems) {
        int line = line(node);
        if (!(node instanceof MappingNode mapping)) {
            problems.add(Problem.error(file, line, "expected an entity (a mapping with id, type, ar, en)"));
            return Optional.empty();
        }
        Map<String, Node> fields = new TreeMap<>();
        boolean ok = true;
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
            if (!KEYS.contains(key)) {
                problems.add(Problem.error(file, line(tuple.getKeyNode()), KnownNames.unknown("key", key, KEYS)));
                ok = false;
            } else if (fields.put(key, tuple.getValueNode()) != null) {
                problems.add(Problem.error(file, line(tuple.getKeyNode()), "key '" + key + "' given twice"));
                ok = false;
            }
        }
        Optional<String> id = text(file, fields.get("id"), "id", problems);
        boolean suppressed = fields.containsKey("suppress") && "true".equals(scalar(fields.get("suppress")));
        if (fields.containsKey("suppress") && !Set.of("true", "false").contains(scalar(fields.get("suppress")))) {
            problems.add(Problem.error(file, line(fields.get("suppress")), "suppress must be true or false"));
            ok = false;
        }
        if (id.isEmpty()) {
            problems.add(Problem.error(file, line, "entity without an id"));
            return Optional.empty();
        }
        if (!ID.matcher(id.get()).matches()) {
            problems.add(Problem.error(file, line(fields.get("id")), "id '" + id.get()
                    + "' must be lowercase ASCII letters and digits joined by single hyphens"));
            ok = false;
        }
        Optional<String> typeName = text(file, fields.get("type"), "type", problems);
        EntityType type = typeName.map(TYPES::get).orElse(null);
        if (type == null && !(suppressed && typeName.isEmpty())) {
            problems.add(Problem.error(file, typeName.isPresent() ? line(fields.get("type")) : line,
                    typeName.map(t -> "unknown type '" + t + "' (person, organisation, place, other)")
                            .orElse("entity '" + id.get() + "' has no type")));
            ok = false;
        }
        Optional<String> ar = text(file, fields.get("ar"), "ar", problems);
        Optional<String> en = text(file, fields.get("en"), "en", problems);
        if (ar.isEmpty()) {
            problems.add(Problem.error(file, line, "entity '" + id.get() + "' has no Arabic name (ar)"));
            ok = false;
        }
        if (en.isEmpty() && !suppressed) {
            problems.add(Problem.error(file, line, "entity '" + id.get() + "' has no English name (en)"));
            ok = false;
        }
        List<String> aliases = new ArrayList<>(list(file, fields.get("aliases"), "aliases", problems));
        List<String> bracketed = list(file, fields.get("bracketed_aliases"), "bracketed_aliases", problems);
        bracketed.stream().filter(name -> !aliases.contains(name)).forEach(aliases::add);
        List<String> merge = list(file, fields.get("merge"), "merge", problems);
        for (String mergedId : merge) {
            if (!ID.matcher(mergedId).matches()) {
                problems.add(Problem.error(file, line(fields.get("merge")), "merged id '" + mergedId + "' is not a valid id"));
                ok = false;
            }
        }
        if (!ok) return Optional.empty();
        return Optional.of(new GazetteerEntry(id.get(), type == null ? EntityType.MISC : type, ar.get(), aliases,
                en.orElse(""), text(file, fields.get("description_en"), "description_en", problems),
                text(file, fields.get("description_ar"), "description_ar", problems), merge, suppressed, line, bracketed,
                text(file, fields.get("country"), "country", problems)));
    }

    private static Optional<String> text(Path file, Node node, String key, List<Problem> problems) {
        if (node == null) return Optional.empty();
        if (!(node instanceof ScalarNode scalar)) {
            problems.add(Problem.error(file, line(node), key + " must be a single value"));
            return Optional.empty();
        }
        String value = scalar.getValue().strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
    }

    private static List<String> list(Path file, Node node, String key, List<Problem> problems) {
        if (node == null) return List.of();
        if (node instanceof ScalarNode scalar) return scalar.getValue().isBlank() ? List.of() : List.of(scalar.getValue().strip());
        if (!(node instanceof SequenceNode sequence)) {
            problems.add(Problem.error(file, line(node), key + " must be a list"));
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) values.add(scalar.getValue().strip());
            else problems.add(Problem.error(file, line(item), key + " items must be single values"));
        }
        return values;
    }

    private static int line(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /**
     * The entry an Arabic name belongs to, or a name in Latin letters exactly as an entry lists it (suppressed entries
     * included: the caller drops them).
     */
    public Optional<GazetteerEntry> lookup(String arabicName) {
        String key = NameKey.of(arabicName);
        String id = key.isEmpty() && isLatin(arabicName) ? idByLatinName.get(latinKey(arabicName)) : idByNameKey.get(key);
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    /**
     * The entry an Arabic name belongs to, where entries of several countries share it the one of the country the article
     * names most ({@code countryWeight}: how often the article names a country, by id); else as {@link #lookup(String)}.
     */
    public Optional<GazetteerEntry> lookup(String arabicName, java.util.function.ToIntFunction<String> countryWeight) {
        List<String> ids = namesakes.get(NameKey.of(arabicName));
        if (ids == null) return lookup(arabicName);
        GazetteerEntry best = null;
        int most = 0;
        for (String id : ids) {
            GazetteerEntry entry = byId.get(id);
            int weight = entry.country().map(countryWeight::applyAsInt).orElse(0);
            if (best == null || weight > most) {
                best = entry;
                most = weight;
            }
        }
        return Optional.of(best);
    }

    /** The surviving entry for an id, following merges; suppressed entries included. */
    public Optional<GazetteerEntry> byId(String id) {
        String target = canonicalId.get(id);
        return target == null ? Optional.empty() : Optional.ofNullable(byId.get(target));
    }

    /** The surviving id an id was merged into, or the id itself. */
    public String canonicalId(String id) {
        return canonicalId.getOrDefault(id, id);
    }

    /** Entries shown on the site: surviving and not suppressed, sorted by id. */
    public List<GazetteerEntry> entries() {
        return byId.values().stream().filter(e -> !e.suppressed()).toList();
    }

    /**
     * The names of suppressed entries of two words or more: phrases of common words inside which a recogniser
     * finds no name (السلم الأهلي, "civil peace", holds no club الأهلي).
     */
    public List<String> phrasesNamingNothing() {
        return byId.values().stream().filter(GazetteerEntry::suppressed).flatMap(e -> e.arabicNames().stream())
                .filter(name -> name.strip().contains(" ")).toList();
    }

    /** Every Arabic name with its entity id (suppressed included), by name key: for recognisers that look names up. */
    public Map<String, String> idsByNameKey() {
        return idByNameKey;
    }
}
