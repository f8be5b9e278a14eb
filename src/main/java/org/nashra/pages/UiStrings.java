package org.nashra.pages;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import org.nashra.core.Lang;
import org.nashra.core.Problem;
import org.nashra.core.YamlProblems;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The interface strings of each language, read from {@code data/ui/<code>.yml} (flat {@code key: text}).
 * A key the project's file lacks is taken from the strings Nashra ships (a warning, so a project made
 * with an older version still builds); a key of the project's own that one language lacks is an error.
 * Asking for an unknown key is a programming error, never an empty string on a page.
 */
public final class UiStrings {

    private final Map<Lang, Map<String, String>> strings;

    private UiStrings(Map<Lang, Map<String, String>> strings) {
        this.strings = strings;
    }

    /** The result of loading: the strings when usable, and every problem found. */
    public record Loaded(UiStrings strings, List<Problem> problems) {}

    public static Loaded load(Path uiDir) {
        List<Problem> problems = new ArrayList<>();
        Map<Lang, Map<String, String>> byLang = new EnumMap<>(Lang.class);
        boolean readable = true;
        for (Lang lang : Lang.values()) {
            Path file = uiDir.resolve(lang.code() + ".yml");
            int before = problems.size();
            byLang.put(lang, read(file, problems));
            readable &= problems.size() == before;
        }
        if (!readable) return new Loaded(new UiStrings(byLang), problems);
        for (Lang lang : Lang.values()) {
            Path file = uiDir.resolve(lang.code() + ".yml");
            for (Map.Entry<String, String> shipped : shipped(lang).entrySet()) {
                if (byLang.get(lang).putIfAbsent(shipped.getKey(), shipped.getValue()) == null) {
                    problems.add(Problem.warning(file, "UI string '" + shipped.getKey() + "' is not defined here; using Nashra's: "
                            + shipped.getValue()));
                }
            }
        }
        TreeSet<String> allKeys = new TreeSet<>();
        byLang.values().forEach(m -> allKeys.addAll(m.keySet()));
        for (Lang lang : Lang.values()) {
            for (String key : allKeys) {
                if (!byLang.get(lang).containsKey(key)) {
                    problems.add(Problem.error(uiDir.resolve(lang.code() + ".yml"),
                            "missing UI string '" + key + "' (defined for another language)"));
                }
            }
        }
        return new Loaded(new UiStrings(byLang), problems);
    }

    /** The strings Nashra ships for a language (the project's data/ui when Nashra was built). */
    private static Map<String, String> shipped(Lang lang) {
        java.net.URL resource = UiStrings.class.getResource("ui/" + lang.code() + ".yml");
        if (resource == null) return Map.of();
        try (Reader reader = new java.io.InputStreamReader(resource.openStream(), StandardCharsets.UTF_8)) {
            return parse(reader, Path.of(lang.code() + ".yml"), new ArrayList<>());
        } catch (IOException e) {
            return Map.of();
        }
    }

    private static Map<String, String> read(Path file, List<Problem> problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.error(file, "UI strings file is missing"));
            return new TreeMap<>();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file, problems);
        } catch (IOException e) {
            problems.add(YamlProblems.unreadable(file, e));
            return new TreeMap<>();
        }
    }

    /** Flat {@code key: text} YAML; every fault is a problem against {@code file}. */
    private static Map<String, String> parse(Reader reader, Path file, List<Problem> problems) {
        Map<String, String> out = new TreeMap<>();
        try {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (!(loaded instanceof Map<?, ?> map)) {
                problems.add(Problem.error(file, "expected a map of key: text"));
                return out;
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                if (!(e.getValue() instanceof String text) || text.isBlank()) {
                    problems.add(Problem.error(file, "UI string '" + key + "' must be non-empty text"));
                    continue;
                }
                out.put(key, text.strip());
            }
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            Problem syntax = YamlProblems.ofFile(file, e);
            problems.add(syntax.line() == 0 || !(e instanceof org.yaml.snakeyaml.error.MarkedYAMLException) ? syntax
                    : Problem.error(file, syntax.line(), syntax.message() + "; quote a text that contains ': ' or ends with ':'"));
        } catch (RuntimeException e) {
            problems.add(Problem.error(file, "cannot read UI strings: " + e.getMessage()));
        }
        return out;
    }

    /** The string for a key; an unknown key is a bug in the caller or a missing entry in data/ui. */
    public String get(Lang lang, String key) {
        String text = strings.get(lang).get(key);
        if (text == null) throw new IllegalArgumentException("missing UI string '" + key + "' for " + lang.code());
        return text;
    }

    /** All strings of one language. */
    public Map<String, String> all(Lang lang) {
        return java.util.Collections.unmodifiableMap(strings.get(lang));
    }

    public static UiStrings of(Map<Lang, Map<String, String>> strings) {
        Map<Lang, Map<String, String>> copy = new EnumMap<>(Lang.class);
        strings.forEach((k, v) -> copy.put(k, new TreeMap<>(Objects.requireNonNull(v))));
        return new UiStrings(copy);
    }

    /** Every string, by language and key, as values. */
    Map<Lang, Map<String, String>> byLang() {
        return strings;
    }

    /** Equal when every string is: a rebuild under the same UI strings reuses pages planned before. */
    @Override
    public boolean equals(Object o) {
        return o instanceof UiStrings other && strings.equals(other.strings);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(strings);
    }
}
