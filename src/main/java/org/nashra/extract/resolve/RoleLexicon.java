package org.nashra.extract.resolve;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.nashra.core.Problem;
import org.nashra.core.YamlProblems;
import org.nashra.translate.names.NameKey;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Arabic role and title phrases with their English ({@code data/roles.yml}: a YAML mapping
 * {@code Arabic phrase: English}). Finds the roles written immediately before a name: the longest
 * phrase ending right before it, then the next one before that ({@code المتحدث باسم القائد العام
 * للقوات المسلحة العراقية اللواء يحيى رسول} gives the spokesman role and {@code Maj. Gen.}).
 * Phrases match spelling-tolerantly ({@link NameKey}), and the first word may carry {@code و}/{@code ف}. An honorific
 * (English "-": المهندس, الدكتور) is read past but is no role. Where no
 * phrase is listed, a role is made of a head word and what it heads ({@link RoleComposer}).
 */
public final class RoleLexicon {

    private static final int MAX_ROLES_BEFORE = 3;
    private static final String CONJUNCTIONS = "\u0648\u0641"; // و ف
    /** The English the file gives an honorific: a word of address before a name, which is no role of the person's. */
    static final String HONORIFIC = "-";

    private final Map<String, Role> rolesByKey; // NameKey of the phrase -> role
    private final int longestPhrase;
    /** The English of an organisation the editors list by its Arabic name, which a composed role names it by. */
    private final java.util.function.Function<String, Optional<String>> listedOrganisations;

    /** A role and its English, and where a country names the post otherwise, that country's (by its nation's adjective). */
    private record Role(String ar, String en, Map<String, String> byNation) {}

    private RoleLexicon(Map<String, Role> rolesByKey) {
        this(Collections.unmodifiableSortedMap(new TreeMap<>(rolesByKey)), name -> Optional.empty());
    }

    private RoleLexicon(Map<String, Role> rolesByKey, java.util.function.Function<String, Optional<String>> listedOrganisations) {
        this.rolesByKey = rolesByKey;
        this.longestPhrase = rolesByKey.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
        this.listedOrganisations = listedOrganisations;
    }

    /**
     * These roles, a role made of a head and an organisation naming the organisation as the editors list it (رئيس
     * الاتحاد الوطني الكوردستاني → head of the Patriotic Union of Kurdistan, not the words' "Kurdistan National Union").
     */
    public RoleLexicon withListedOrganisations(java.util.function.Function<String, Optional<String>> listed) {
        return new RoleLexicon(rolesByKey, java.util.Objects.requireNonNull(listed, "listed"));
    }

    public static RoleLexicon empty() {
        return new RoleLexicon(Map.of());
    }

    public static Loaded<RoleLexicon> load(Path file) {
        try {
            return parse(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Loaded<>(empty(), List.of(YamlProblems.unreadable(file, e)));
        }
    }

    public static Loaded<RoleLexicon> parse(Path file, String yamlText) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yamlText));
        } catch (YAMLException e) {
            return new Loaded<>(empty(), List.of(YamlProblems.of(file, e, yamlText)));
        }
        if (root == null) return new Loaded<>(empty(), List.of());
        if (!(root instanceof MappingNode mapping)) {
            return new Loaded<>(empty(), List.of(Problem.error(file, line(root), "expected a mapping of Arabic role: English role")));
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, Role> roles = new TreeMap<>();
        Map<String, Integer> lines = new TreeMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            int line = line(tuple.getKeyNode());
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.add(Problem.error(file, line, "expected 'Arabic role: English role'"));
                continue;
            }
            Optional<Map<String, String>> english = englishOf(tuple.getValueNode());
            if (english.isEmpty()) {
                problems.add(Problem.error(file, line, "expected 'Arabic role: English role', or a mapping of en: English role and a nation's"
                        + " adjective: its English role"));
                continue;
            }
            String phraseKey = NameKey.of(key.getValue());
            if (phraseKey.isEmpty()) {
                problems.add(Problem.error(file, line, "role '" + key.getValue() + "' has no Arabic letters"));
                continue;
            }
            Integer first = lines.putIfAbsent(phraseKey, line);
            if (first != null) {
                problems.add(Problem.error(file, line, "role '" + key.getValue() + "' already given at line " + first));
                continue;
            }
            Map<String, String> byNation = new TreeMap<>(english.get());
            String en = byNation.remove(ENGLISH);
            roles.put(phraseKey, new Role(key.getValue().strip(), en, Map.copyOf(byNation)));
        }
        return new Loaded<>(new RoleLexicon(roles), problems);
    }

    /** The key of a role's English everywhere, beside the nations' own (رئيس الحكومة: en: Prime Minister, Moroccan: Head of Government). */
    private static final String ENGLISH = "en";

    /** A role's English: a scalar, or a mapping of {@code en} and nations' adjectives to scalars; empty when neither. */
    private static Optional<Map<String, String>> englishOf(Node node) {
        if (node instanceof ScalarNode value) {
            return value.getValue().isBlank() ? Optional.empty() : Optional.of(Map.of(ENGLISH, value.getValue().strip()));
        }
        if (!(node instanceof MappingNode mapping)) return Optional.empty();
        Map<String, String> english = new TreeMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key) || !(tuple.getValueNode() instanceof ScalarNode value)
                    || value.getValue().isBlank()) return Optional.empty();
            english.put(key.getValue().strip(), value.getValue().strip());
        }
        return english.containsKey(ENGLISH) ? Optional.of(english) : Optional.empty();
    }

    /**
     * A role as the country an article is about names it, where the list gives that country's English: رئيس الحكومة is
     * Prime Minister, and in an article about Morocco its Head of Government; any other role as it is.
     */
    public RoleMention inNation(RoleMention role, Optional<String> nation) {
        if (nation.isEmpty()) return role;
        Role listed = rolesByKey.get(NameKey.of(role.ar()));
        String english = listed == null || !listed.en().equals(role.en()) ? null : listed.byNation().get(nation.get());
        return english == null ? role : new RoleMention(role.ar(), english, role.start(), role.end());
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** The English of a role phrase. */
    public Optional<String> english(String arabicRole) {
        Role role = rolesByKey.get(NameKey.of(arabicRole));
        return role == null || role.en().equals(HONORIFIC) ? Optional.empty() : Optional.of(role.en());
    }

    /** Roles written immediately before {@code nameStart} in {@code text}, in text order, with their offsets. */
    public List<RoleMention> rolesBefore(String text, int nameStart) {
        if (text == null || nameStart <= 0 || nameStart > text.length() || rolesByKey.isEmpty()) return List.of();
        List<int[]> words = wordsBefore(text, nameStart, Math.max(longestPhrase, RoleComposer.LONGEST) * MAX_ROLES_BEFORE);
        List<RoleMention> found = new ArrayList<>();
        int end = words.size(); // words are nearest-first: words[0] is the word right before the name
        int next = 0;
        while (found.size() < MAX_ROLES_BEFORE && next < end) {
            RoleMention best = null;
            int bestLength = 0;
            for (int length = Math.min(longestPhrase, end - next); length >= 1 && best == null; length--) {
                best = match(text, words, next, length);
                if (best != null) bestLength = length;
            }
            if (best == null) {
                Optional<RoleComposer.Composed> composed = RoleComposer.at(text, words, next, listedOrganisations);
                if (composed.isEmpty()) break;
                best = composed.get().role();
                bestLength = composed.get().words();
            }
            // an honorific (المهندس, الدكتور) is how a person is addressed, not a post: passed over, the role before it still read
            if (best.en().equals(HONORIFIC)) {
                next += bestLength;
                continue;
            }
            next += bestLength;
            // نائب رئيس الوزراء is a deputy's post, not the premier's: the word before a post makes it the deputy's
            if (next < end && !best.en().toLowerCase(java.util.Locale.ROOT).startsWith("deputy")) {
                String word = text.substring(words.get(next)[0], words.get(next)[1]);
                String bare = withoutConjunction(word);
                if (DEPUTY.contains(NameKey.of(bare))) {
                    int start = words.get(next)[1] - bare.length();
                    String deputy = Character.isUpperCase(best.en().charAt(0)) ? "Deputy " : "deputy ";
                    best = new RoleMention(bare + " " + best.ar(), deputy + best.en(), start, best.end());
                    next++;
                }
            }
            // المتحدث باسم الأمين العام للأمم المتحدة: the post is the one spoken for's, the person its spokesman
            Optional<RoleComposer.Composed> speaking = RoleComposer.speakingFor(text, words, best, next);
            if (speaking.isPresent()) {
                best = speaking.get().role();
                next += speaking.get().words();
            }
            found.add(0, best);
        }
        return List.copyOf(found);
    }

    /** What ends a role set off by commas after a name: a comma, a full stop and the like, a bracket, a quotation mark. */
    private static final String APPOSITION_ENDS = "\u060C,.:;\u061B!?\u061F()\"\u00AB\u00BB\u201C\u201D\n";
    /** The most words a role set off by commas after a name may have. */
    private static final int MOST_APPOSITION_WORDS = 10;

    /**
     * The roles set off by commas right after a name ending at {@code nameEnd} (عزيز أخنوش، رئيس الحكومة، → Head of
     * Government; تشابي باسكوال، مدرب فيزبريم،), when the words between the commas are roles and nothing else: the
     * words of another name, or one joined by و (محمد علي، ورئيس الوزراء …), make none.
     */
    public List<RoleMention> rolesAfter(String text, int nameEnd) {
        if (text == null || nameEnd < 0 || nameEnd >= text.length()) return List.of();
        int i = nameEnd;
        while (i < text.length() && isSpace(text.charAt(i))) i++;
        if (i >= text.length() || (text.charAt(i) != '\u060C' && text.charAt(i) != ',')) return List.of();
        i++;
        while (i < text.length() && isSpace(text.charAt(i))) i++;
        int start = i;
        int end = start;
        while (end < text.length() && APPOSITION_ENDS.indexOf(text.charAt(end)) < 0) end++;
        while (end > start && isSpace(text.charAt(end - 1))) end--;
        if (end == start || text.substring(start, end).split("\\s+").length > MOST_APPOSITION_WORDS) return List.of();
        List<RoleMention> found = rolesBefore(text.substring(0, end), end);
        // every word between the commas a role's: one read after a glued و (والرئيس) starts past them
        return found.isEmpty() || found.get(0).start() != start ? List.of() : found;
    }

    /** The role made of words[from .. from+length-1] (nearest-first order), if the lexicon has it. */
    private RoleMention match(String text, List<int[]> words, int from, int length) {
        List<String> keys = new ArrayList<>();
        for (int i = from + length - 1; i >= from; i--) {
            int[] word = words.get(i);
            keys.add(NameKey.of(text.substring(word[0], word[1])));
        }
        int start = words.get(from + length - 1)[0];
        int end = words.get(from)[1];
        Role role = rolesByKey.get(String.join(" ", keys));
        if (role == null && keys.get(0).length() > 2 && CONJUNCTIONS.indexOf(keys.get(0).charAt(0)) >= 0) {
            keys.set(0, keys.get(0).substring(1));
            role = rolesByKey.get(String.join(" ", keys));
            start++;
        }
        return role == null ? null : new RoleMention(role.ar(), role.en(), start, end);
    }

    /** The words that make the post after them a deputy's (نائب رئيس الوزراء, Deputy Prime Minister), as name keys. */
    private static final java.util.Set<String> DEPUTY = java.util.Set.of(NameKey.of("\u0646\u0627\u0626\u0628"), NameKey.of("\u0646\u0627\u0626\u0628\u0629"));

    /** A word without a leading و or ف. */
    private static String withoutConjunction(String word) {
        return word.length() > 2 && CONJUNCTIONS.indexOf(word.charAt(0)) >= 0 ? word.substring(1) : word;
    }

    /** Up to {@code limit} words before {@code position}, nearest first, stopping at punctuation or a line break. */
    private static List<int[]> wordsBefore(String text, int position, int limit) {
        List<int[]> words = new ArrayList<>();
        int i = position;
        while (words.size() < limit) {
            while (i > 0 && isSpace(text.charAt(i - 1))) i--;
            // an appositive comma may part a role from the name: "مسؤول ... داعش، مارتن وار"
            if (words.isEmpty() && i > 0 && (text.charAt(i - 1) == '\u060C' || text.charAt(i - 1) == ',')) {
                i--;
                while (i > 0 && isSpace(text.charAt(i - 1))) i--;
            }
            int end = i;
            while (i > 0 && isWordChar(text.charAt(i - 1))) i--;
            if (i == end) break;
            words.add(new int[] {i, end});
        }
        return words;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u200F' || c == '\t';
    }

    private static boolean isWordChar(char c) {
        return (c >= '\u0600' && c <= '\u06FF' && c != '\u060C' && c != '\u061B' && c != '\u061F') || c == '\u200C';
    }
}
