package org.nashra.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import org.nashra.core.KnownNames;
import org.nashra.core.Problem;
import org.nashra.core.YamlProblems;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Editor-owned rules that recognise page furniture in seed files: buttons, rows of share buttons, app
 * prompts, keyword lists, source lines, read-also tails, agency prefixes, datelines naming a listed agency,
 * bylines, the note about the writer under the text and footnote markers inside a line. The rules and their meaning are documented in the rules file itself
 * ({@code data/boilerplate.yml}; a copy is bundled as the default).
 * Phrase rules compare lines in {@link MatchKey} form; pattern rules are regular expressions over the
 * verbatim line.
 */
public final class BoilerplateRules {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    /** Rules read from a file, and every problem found in it (unknown keys, bad patterns, wrong shapes). */
    public record Loaded(BoilerplateRules rules, List<Problem> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    static final String DROP_LINE_EQUALS = "drop_line_equals";
    static final String DROP_LINE_STARTS_WITH = "drop_line_starts_with";
    static final String DROP_LINE_MATCHES = "drop_line_matches";
    static final String CUT_FROM_LINE_STARTS_WITH = "cut_from_line_starts_with";
    static final String CUT_FROM_LINE_MATCHES = "cut_from_line_matches";
    static final String STRIP_LINE_SUFFIX = "strip_line_suffix";
    static final String OUTLET_LINE = "outlet_line";
    static final String STRIP_PREFIX = "strip_prefix";
    static final String BYLINE_BUTTONS = "byline_buttons";
    static final String AUTHOR_PREFIX = "author_prefix";
    static final String SHARE_BUTTONS = "share_buttons";
    static final String AGENCIES = "agencies";
    static final String AGENCY_DATELINE = "agency_dateline";
    static final String HEADLINE_LABEL = "headline_label";
    static final String SECTIONS = "sections";
    static final String OUTLET_WORDS = "outlet_words";
    static final String EDITION_WORDS = "edition_words";
    static final String RELEASE_LABELS = "release_labels";
    static final String AUTHOR_NOTE = "author_note";
    static final String STRIP_MARKS = "strip_marks";

    private static final Set<String> KNOWN_KEYS = new TreeSet<>(List.of(DROP_LINE_EQUALS, DROP_LINE_STARTS_WITH,
            DROP_LINE_MATCHES, CUT_FROM_LINE_STARTS_WITH, CUT_FROM_LINE_MATCHES, STRIP_LINE_SUFFIX, OUTLET_LINE, STRIP_PREFIX,
            BYLINE_BUTTONS, AUTHOR_PREFIX, SHARE_BUTTONS, AGENCIES, AGENCY_DATELINE, HEADLINE_LABEL, SECTIONS,
            OUTLET_WORDS, EDITION_WORDS, RELEASE_LABELS, AUTHOR_NOTE, STRIP_MARKS));
    /** What stands between share buttons: white space, commas, bars, slashes, dots, and the colon after a label. */
    private static final String BUTTON_SEPARATOR_CHARS = " \t\n\u000B\f\r,\u060C|/\u00B7\u2022:\uFF1A";
    private static final Pattern BUTTON_SEPARATORS = Pattern.compile("[\\Q" + BUTTON_SEPARATOR_CHARS + "\\E]+");
    /** What ends a label before a headline: a colon, a bar, a dash, two dots or more (عاجل: , عاجل | , عاجل.. ). */
    /** Three spaces or more inside a line: the columns of a page pasted from a PDF, not words of one phrase. */
    static final String WIDE_GAP = "[ \\t\\u00A0]{3,}";
    /**
     * What joins the parts of a breadcrumb or a masthead and its section: an arrow or a bar, or a slash or a dash
     * between spaces (so that 2-1 or 24/7 is no joint), or a slash glued to the outlet's name, as Iraqi sites write it
     * ({@code شفق نيوز/ الرئيسية > سياسة}). Right-to-left pages point their arrows left (الرئيسية ◂ ثقافة وفن ◂ أمازيغية).
     */
    private static final Pattern CRUMB_JOINTS = Pattern.compile("\\s*[>»›‹<◂◄▸►❯❮|\\uFF5C]\\s*|\\s+[/\\-\\u2013\\u2014\\u0640]\\s+|(?<=\\p{L})/\\s+"
            // or a wide gap, as a PDF's running header sets the paper's name and its page's section apart (الصباح      اقتصادي)
            + "|" + WIDE_GAP);
    /** A part of a breadcrumb is a section's or an outlet's name: a few words, letters only. */
    private static final int MAX_CRUMB_WORDS = 3;
    /** An agency's tag in brackets on a line of its own, one name or several: (بنا، د ب أ). */
    private static final Pattern AGENCY_TAG = Pattern.compile("\\(([^()]{1,60})\\)");
    private static final Pattern AGENCY_JOINTS = Pattern.compile("\\s*[/|\\uFF5C]\\s*");
    private static final Pattern TAG_JOINTS = Pattern.compile("\\s*[\\u060C,/]\\s*");
    /** The dash of a dateline that opens the text: رام الله - معا - أفرجت … */
    private static final Pattern DATELINE_DASH = Pattern.compile("\\s*[-\\u2013\\u2014\\u0640]\\s+");
    private static final int MAX_DATELINE_PREFIX_CHARS = 60;
    private static final Pattern LABEL_END = Pattern.compile("\\s*(?:[:\\uFF1A|\\uFF5C\\-\\u2013\\u2014\\u0640]+|\\.{2,}|\\u2026)\\s*");
    private static final String OUTLET_GROUP = "outlet";
    private static final String AUTHOR_GROUP = "author";
    private static final String RESOURCE = "boilerplate.yml";
    private static final int PATTERN_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A line split in two: the part kept and the part removed, both verbatim. */
    record Cut(String kept, String removed) {}

    /** A masthead or breadcrumb line, and the outlet it names, if any. */
    record Masthead(Optional<String> outlet) {}

    /** The result of an agency prefix: the paragraph without it, the prefix verbatim, the outlet it names. */
    record PrefixCut(String rest, String prefix, Optional<String> outlet) {}

    private final List<String> dropEquals;
    private final List<String> dropStartsWith;
    private final List<Pattern> dropMatches;
    private final List<String> cutFrom;
    private final List<Pattern> cutFromMatches;
    private final List<String> stripSuffix;
    private final List<Pattern> outletLines;
    private final List<Pattern> stripPrefixes;
    private final List<String> bylineButtons;
    private final List<String> authorPrefixes;
    /** Share-button names as word lists, the longest first, so "لينكد ان" is tried before a one-word name. */
    private final List<List<String>> shareButtons;
    /** The first word of every share button: a line opening with another word is no row of buttons. */
    private final Set<String> shareButtonFirstWords;
    private final Set<String> agencies;
    private final List<Pattern> agencyDatelines;
    private final List<String> headlineLabels;
    private final Set<String> sections;
    private final List<String> outletWords;
    private final List<String> editionWords;
    private final Set<String> releaseLabels;
    private final List<Pattern> authorNotes;
    private final List<Pattern> stripMarks;

    private BoilerplateRules(Map<String, List<String>> phrases, Map<String, List<Pattern>> patterns) {
        this.dropEquals = keys(phrases.get(DROP_LINE_EQUALS));
        this.dropStartsWith = keys(phrases.get(DROP_LINE_STARTS_WITH));
        this.dropMatches = List.copyOf(patterns.getOrDefault(DROP_LINE_MATCHES, List.of()));
        this.cutFrom = keys(phrases.get(CUT_FROM_LINE_STARTS_WITH));
        this.cutFromMatches = List.copyOf(patterns.getOrDefault(CUT_FROM_LINE_MATCHES, List.of()));
        this.stripSuffix = keys(phrases.get(STRIP_LINE_SUFFIX));
        this.outletLines = List.copyOf(patterns.getOrDefault(OUTLET_LINE, List.of()));
        this.stripPrefixes = List.copyOf(patterns.getOrDefault(STRIP_PREFIX, List.of()));
        this.bylineButtons = keys(phrases.get(BYLINE_BUTTONS));
        this.authorPrefixes = keys(phrases.get(AUTHOR_PREFIX));
        // Buttons and the labels dropped as lines of their own (شارك الخبر, نسخ الرابط) make up a share row together.
        this.shareButtons = java.util.stream.Stream.concat(keys(phrases.get(SHARE_BUTTONS)).stream(), dropEquals.stream())
                .map(k -> List.of(BUTTON_SEPARATORS.matcher(k).replaceAll(" ").strip().split(" "))).distinct()
                .sorted(java.util.Comparator.comparingInt(words -> -words.size())).toList();
        this.shareButtonFirstWords = shareButtons.stream().map(words -> words.get(0)).collect(Collectors.toUnmodifiableSet());
        this.agencies = Set.copyOf(keys(phrases.get(AGENCIES)).stream().map(BoilerplateRules::stripTrailingPunctuation).toList());
        this.agencyDatelines = List.copyOf(patterns.getOrDefault(AGENCY_DATELINE, List.of()));
        this.headlineLabels = keys(phrases.get(HEADLINE_LABEL));
        this.sections = Set.copyOf(keys(phrases.get(SECTIONS)).stream().map(BoilerplateRules::stripTrailingPunctuation).toList());
        this.outletWords = keys(phrases.get(OUTLET_WORDS));
        this.editionWords = keys(phrases.get(EDITION_WORDS));
        this.releaseLabels = Set.copyOf(keys(phrases.get(RELEASE_LABELS)).stream().map(BoilerplateRules::stripTrailingPunctuation).toList());
        this.authorNotes = List.copyOf(patterns.getOrDefault(AUTHOR_NOTE, List.of()));
        this.stripMarks = List.copyOf(patterns.getOrDefault(STRIP_MARKS, List.of()));
    }

    private static List<String> keys(List<String> phrases) {
        return phrases == null ? List.of() : phrases.stream().map(MatchKey::of).toList();
    }

    /** The bundled rules (the same file as {@code data/boilerplate.yml} in a fresh project). */
    public static BoilerplateRules defaults() {
        try (InputStream in = BoilerplateRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("bundled " + RESOURCE + " is missing from the classpath");
            Loaded loaded = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), Path.of(RESOURCE));
            if (!loaded.problems().isEmpty()) {
                throw new IllegalStateException("bundled " + RESOURCE + " is invalid: " + loaded.problems());
            }
            return loaded.rules();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an editor's rules file. Never throws: unreadable files, unknown keys and bad patterns are problems. */
    public static Loaded load(Path yamlFile) {
        String text;
        try {
            text = Files.readString(yamlFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new Loaded(empty(), List.of(YamlProblems.unreadable(yamlFile, e)));
        } catch (UncheckedIOException e) {
            return new Loaded(empty(), List.of(YamlProblems.unreadable(yamlFile, e.getCause())));
        }
        return parse(text, yamlFile);
    }

    static BoilerplateRules empty() {
        return new BoilerplateRules(Map.of(), Map.of());
    }

    static Loaded parse(String yamlText, Path file) {
        List<Problem> problems = new ArrayList<>();
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(yamlText.startsWith("\uFEFF") ? yamlText.substring(1) : yamlText));
        } catch (YAMLException e) {
            return new Loaded(empty(), List.of(YamlProblems.of(file, e, yamlText)));
        }
        if (root == null) return new Loaded(empty(), List.of());
        if (!(root instanceof MappingNode mapping)) {
            return new Loaded(empty(), List.of(Problem.error(file, lineOf(root),
                    "expected a mapping of rule names to lists; known rule names: " + KNOWN_KEYS)));
        }
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        Map<String, List<Pattern>> patterns = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : String.valueOf(tuple.getKeyNode());
            int keyLine = lineOf(tuple.getKeyNode());
            if (!KNOWN_KEYS.contains(key)) {
                problems.add(Problem.error(file, keyLine, KnownNames.unknown("rule name", key, KNOWN_KEYS)));
                continue;
            }
            if (phrases.containsKey(key) || patterns.containsKey(key)) {
                problems.add(Problem.error(file, keyLine, "rule name '" + key + "' appears twice"));
                continue;
            }
            List<ScalarNode> items = items(tuple.getValueNode(), key, file, problems);
            if (isPatternRule(key)) {
                patterns.put(key, compile(key, items, file, problems));
            } else {
                List<String> values = new ArrayList<>();
                for (ScalarNode item : items) {
                    if (Lines.isBlank(item.getValue())) {
                        problems.add(Problem.error(file, lineOf(item), "empty phrase in '" + key + "' would match every line"));
                    } else {
                        values.add(Lines.trim(item.getValue()));
                    }
                }
                phrases.put(key, values);
            }
        }
        return new Loaded(new BoilerplateRules(phrases, patterns), problems);
    }

    private static boolean isPatternRule(String key) {
        return key.equals(DROP_LINE_MATCHES) || key.equals(CUT_FROM_LINE_MATCHES) || key.equals(OUTLET_LINE) || key.equals(STRIP_PREFIX)
                || key.equals(AGENCY_DATELINE) || key.equals(AUTHOR_NOTE) || key.equals(STRIP_MARKS);
    }

    private static List<ScalarNode> items(Node value, String key, Path file, List<Problem> problems) {
        List<ScalarNode> items = new ArrayList<>();
        if (value instanceof ScalarNode scalar && scalar.getValue().isEmpty()) return items;
        if (!(value instanceof SequenceNode sequence)) {
            problems.add(Problem.error(file, lineOf(value), "'" + key + "' must be a list (lines starting with '- ')"));
            return items;
        }
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar) {
                items.add(scalar);
            } else {
                problems.add(Problem.error(file, lineOf(item), "each entry of '" + key + "' must be a single text"));
            }
        }
        return items;
    }

    private static List<Pattern> compile(String key, List<ScalarNode> items, Path file, List<Problem> problems) {
        List<Pattern> compiled = new ArrayList<>();
        for (ScalarNode item : items) {
            try {
                Pattern pattern = Pattern.compile(item.getValue(), PATTERN_FLAGS);
                boolean namesOutlet = namesOutlet(pattern);
                if ((key.equals(OUTLET_LINE) || key.equals(AGENCY_DATELINE)) && !namesOutlet) {
                    problems.add(Problem.error(file, lineOf(item),
                            "pattern in '" + key + "' needs a group (?<" + OUTLET_GROUP + ">...) naming the outlet"));
                } else if (key.equals(AUTHOR_NOTE) && !pattern.pattern().contains("(?<" + AUTHOR_GROUP + ">")) {
                    problems.add(Problem.error(file, lineOf(item),
                            "pattern in '" + key + "' needs a group (?<" + AUTHOR_GROUP + ">...) naming the author"));
                } else if (pattern.matcher("").find()) {
                    problems.add(Problem.error(file, lineOf(item), "pattern in '" + key + "' matches an empty line"));
                } else {
                    compiled.add(pattern);
                }
            } catch (PatternSyntaxException e) {
                problems.add(Problem.error(file, lineOf(item),
                        "bad pattern in '" + key + "': " + e.getDescription() + " near index " + e.getIndex()));
            }
        }
        return compiled;
    }

    private static boolean namesOutlet(Pattern pattern) {
        return pattern.pattern().contains("(?<" + OUTLET_GROUP + ">");
    }

    private static int lineOf(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    // ---- applying the rules; every method takes a trimmed line

    /** True when the whole line is furniture (a button, a row of share buttons, a prompt, a keyword list, an update stamp). */
    boolean drops(String line) {
        return drops(line, MatchKey.of(line));
    }

    /** {@link #drops(String)} for a line whose {@link MatchKey} is already made. */
    boolean drops(String line, String key) {
        return dropsWhole(line, key) || isRowOfFurniture(line);
    }

    private boolean dropsWhole(String line, String key) {
        String bare = stripTrailingPunctuation(key);
        return dropEquals.contains(key) || dropEquals.contains(bare) || releaseLabels.contains(bare)
                || dropStartsWith.stream().anyMatch(p -> startsWithPhrase(key, p))
                || dropMatches.stream().anyMatch(p -> p.matcher(line).matches())
                || isShareButtons(bare);
    }

    private static final Pattern ROW_BARS = Pattern.compile("\\s*[|\\uFF5C]\\s*");
    private static final String QUOTES = "\"«»“”";
    /** The icons a row of buttons shows beside their names (👍 أعجبني 🔗 نسخ الرابط). */
    private static final Pattern ICONS = Pattern.compile("[\\p{So}\\p{Sk}\\uFE0F\\u200D]+");

    /**
     * True for pieces of furniture joined by bars, each of which a rule drops alone: a page's counters and prompts
     * in one row (تابعوا هسبريس على واتساب | 5 تعليقات, منذ 3 ساعات | 2,140 قراءة). One piece of text keeps the row.
     */
    private boolean isRowOfFurniture(String line) {
        List<String> parts = java.util.Arrays.stream(ROW_BARS.split(line)).filter(part -> !part.isBlank()).toList();
        return parts.size() > 1 && parts.stream().allMatch(part -> dropsWhole(part, MatchKey.of(part)));
    }

    /**
     * True for a press release's label (بيان صحفي, للنشر الفوري), or a row of them (المركز الإعلامي | بيانات صحفية): furniture
     * that marks the short line beside it as the issuer's letterhead, not the headline.
     */
    boolean isReleaseLabel(String line) {
        List<String> parts = java.util.Arrays.stream(ROW_BARS.split(Lines.trim(line))).filter(part -> !part.isBlank()).toList();
        return !parts.isEmpty() && parts.stream().allMatch(part -> releaseLabels.contains(stripTrailingPunctuation(MatchKey.of(part))));
    }

    /** True when the line (a {@link MatchKey}) is nothing but share-button names, in any order, icons aside: فيسبوك تويتر واتساب. */
    private boolean isShareButtons(String key) {
        key = ICONS.matcher(key).replaceAll(" ").strip();
        if (key.isEmpty()) return false;
        if (!shareButtonFirstWords.contains(firstButtonWord(key))) return false;
        List<String> words = List.of(BUTTON_SEPARATORS.matcher(key).replaceAll(" ").strip().split(" "));
        if (shareButtons.isEmpty() || words.get(0).isEmpty()) return false;
        int index = 0;
        while (index < words.size()) {
            int at = index;
            Optional<List<String>> button = shareButtons.stream()
                    .filter(b -> at + b.size() <= words.size() && words.subList(at, at + b.size()).equals(b)).findFirst();
            if (button.isEmpty()) return false;
            index += button.get().size();
        }
        return true;
    }

    /** The text before the first {@link #BUTTON_SEPARATORS} character after any leading ones. */
    private static String firstButtonWord(String key) {
        int start = 0;
        while (start < key.length() && isButtonSeparator(key.charAt(start))) start++;
        int end = start;
        while (end < key.length() && !isButtonSeparator(key.charAt(end))) end++;
        return key.substring(start, end);
    }

    private static boolean isButtonSeparator(char c) {
        return BUTTON_SEPARATOR_CHARS.indexOf(c) >= 0;
    }

    /** True when this line and everything after it is an unrelated tail (read also, related articles, tags). */
    boolean cutsFrom(String line) {
        return cutsFrom(line, MatchKey.of(line));
    }

    /** {@link #cutsFrom(String)} for a line whose {@link MatchKey} is already made. */
    boolean cutsFrom(String line, String key) {
        return opensWithLinkPhrase(key) || cutFromMatches.stream().anyMatch(p -> p.matcher(line).matches());
    }

    /** An opening bracket before a link's phrase, as a teaser under the headline prints it: (طالع أيضاً: …). */
    private static final Pattern OPENING_BRACKET = Pattern.compile("^[(\\[]\\s*");

    private static String unbracketed(String key) {
        return OPENING_BRACKET.matcher(key).replaceFirst("");
    }

    /**
     * True when a {@code cut_from_line_starts_with} phrase opens the line (a {@link MatchKey}): a link to other stories
     * (اقرأ أيضاً: …), which may stand between a story's paragraphs, rather than an end mark a pattern cuts from.
     */
    boolean opensWithLinkPhrase(String key) {
        String bare = unbracketed(key);
        return cutFrom.stream().anyMatch(p -> startsWithPhrase(bare, p));
    }

    /** True when the line (a {@link MatchKey}) is only such a phrase, its punctuation aside: the heading of a block. */
    boolean isLinkPhraseAlone(String key) {
        String bare = stripTrailingPunctuation(unbracketed(key));
        return cutFrom.stream().anyMatch(p -> stripTrailingPunctuation(p).equals(bare));
    }

    /** A furniture phrase glued to the end of a line, split off; empty when there is none or nothing precedes it. */
    Optional<Cut> stripSuffix(String line) {
        return stripSuffix(line, MatchKey.of(line));
    }

    /** {@link #stripSuffix(String)} for a line whose {@link MatchKey} is already made. */
    Optional<Cut> stripSuffix(String line, String key) {
        Matcher credit = PHOTO_CREDIT.matcher(line);
        if (credit.matches()) return Optional.of(new Cut(Lines.trim(credit.group(1)), credit.group(2)));
        if (stripSuffix.isEmpty()) return Optional.empty();
        // A tail whose key is the phrase leaves the line's key ending with it, since keys are made a character
        // at a time; only a capital sigma lower-cases by what precedes it, so such lines are tried in full.
        String lineKey = line.indexOf('\u03A3') < 0 ? key : null;
        for (String phrase : stripSuffix) {
            if (lineKey != null && !lineKey.endsWith(phrase)) continue;
            int minStart = Math.max(1, line.length() - 3 * phrase.length() - 8);
            for (int start = line.length() - 1; start >= minStart; start--) {
                if (MatchKey.of(line.substring(start)).equals(phrase) && !MatchKey.of(line.substring(0, start)).isEmpty()
                        && !gluedToWord(line, start, phrase)) {
                    return Optional.of(new Cut(Lines.trim(line.substring(0, start)), Lines.trim(line.substring(start))));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A photo's credit in brackets after a caption's last full stop, the outlet and the photographer joined by a slash:
     * {@code … بولاية بجاية. (الشروق/سمير سيد)}. No sentence ends so, and the photographer is no one the text names.
     */
    private static final Pattern PHOTO_CREDIT = Pattern.compile("(.*[.!?\u061F\u2026])\\s*(\\([\\p{L} .]{1,30}/[\\p{L} .]{1,30}\\))");

    /**
     * The writer a note under the text names, a star, the name and what the writer is ({@code * عبد القادر محمد علي - باحث في
     * شؤون القرن الإفريقي}): an {@code author_note} pattern matching the whole line, its group (?<author>...) the name.
     */
    Optional<String> authorNote(String line) {
        String trimmed = Lines.trim(line);
        for (Pattern pattern : authorNotes) {
            Matcher m = pattern.matcher(trimmed);
            if (m.matches() && m.group(AUTHOR_GROUP) != null && !Lines.isBlank(m.group(AUTHOR_GROUP))) {
                return Optional.of(Lines.trim(m.group(AUTHOR_GROUP)));
            }
        }
        return Optional.empty();
    }

    /** A mark taken out of a line: where it stood and its text. */
    record Mark(int start, String text) {}

    /**
     * The marks the {@code strip_marks} patterns find inside a line, as a footnote's marker glued to the word it annotates
     * ({@code … في أديس أبابا[1].}), in the order they stand; none overlap.
     */
    List<Mark> marks(String line) {
        List<Mark> found = new ArrayList<>();
        for (Pattern pattern : stripMarks) {
            Matcher m = pattern.matcher(line);
            while (m.find()) {
                if (m.end() > m.start()) found.add(new Mark(m.start(), m.group()));
            }
        }
        found.sort(java.util.Comparator.comparingInt(Mark::start));
        List<Mark> apart = new ArrayList<>();
        int end = 0;
        for (Mark mark : found) {
            if (mark.start() < end) continue;
            apart.add(mark);
            end = mark.start() + mark.text().length();
        }
        return List.copyOf(apart);
    }

    /** The line without its {@link #marks}. */
    String withoutMarks(String line) {
        List<Mark> marks = marks(line);
        if (marks.isEmpty()) return line;
        StringBuilder kept = new StringBuilder();
        int from = 0;
        for (Mark mark : marks) {
            kept.append(line, from, mark.start());
            from = mark.start() + mark.text().length();
        }
        return Lines.trim(kept.append(line.substring(from)).toString());
    }

    /** The outlet named by a source line such as {@code المصدر: رووداو}. */
    Optional<String> outletOf(String line) {
        for (Pattern pattern : outletLines) {
            Matcher m = pattern.matcher(line);
            if (m.matches() && m.group(OUTLET_GROUP) != null && !Lines.isBlank(m.group(OUTLET_GROUP))) {
                return Optional.of(Lines.trim(m.group(OUTLET_GROUP)));
            }
        }
        return Optional.empty();
    }

    /**
     * The agency a header line names when it is a dateline of its own ({@code تونس - رويترز}): a line matching an
     * {@code agency_dateline} pattern whose group (?<outlet>...) is one of the listed {@code agencies}. The
     * same shape with a reporter's name ({@code بغداد - علي الحسيني}) names no listed agency and is no dateline.
     */
    Optional<String> datelineAgency(String line) {
        // A place written with its vowels or shadda (عمّان - الرأي) is read as without: the marks are no letters of the script.
        String unvowelled = line.replaceAll("\\p{Mn}", "");
        for (Pattern pattern : agencyDatelines) {
            Matcher m = pattern.matcher(unvowelled);
            if (m.matches() && m.group(OUTLET_GROUP) != null) {
                String named = Lines.trim(m.group(OUTLET_GROUP));
                if (agencies.contains(stripTrailingPunctuation(MatchKey.of(named)))) return Optional.of(named);
                Optional<String> first = firstOfAgencies(named);
                if (first.isPresent()) return first;
            }
        }
        return Optional.empty();
    }

    private static final Pattern AGENCY_LIST_JOINTS = Pattern.compile("\\s*[\u060C,]\\s*");

    /** The first of several listed agencies joined by commas (جدة - رويترز، واس): the first is the source. */
    private Optional<String> firstOfAgencies(String named) {
        List<String> parts = List.of(AGENCY_LIST_JOINTS.split(named, -1));
        boolean all = parts.size() > 1 && parts.stream().allMatch(part -> agencies.contains(stripTrailingPunctuation(MatchKey.of(part))));
        return all ? Optional.of(Lines.trim(parts.get(0))) : Optional.empty();
    }

    /**
     * The agency or outlet a line names when it is only its name ({@code الجزيرة نت}), one of the listed
     * {@code agencies}, as some sites print their own name under the headline.
     */
    Optional<String> agencyName(String line) {
        String named = Lines.trim(line);
        return agencies.contains(stripTrailingPunctuation(MatchKey.of(named))) ? Optional.of(named) : Optional.empty();
    }

    /**
     * The first of the listed agencies a line names when it is only their names joined by slashes or bars, as a site
     * credits its own copy and the wire's under the headline: {@code فرانس 24 / أ ف ب}, {@code رويترز | أ ف ب}.
     */
    Optional<String> agencyNames(String line) {
        List<String> names = List.of(AGENCY_JOINTS.split(Lines.trim(line), -1));
        return names.size() > 1 && names.stream().allMatch(name -> agencyName(name).isPresent())
                ? agencyName(names.get(0)) : Optional.empty();
    }

    /**
     * A masthead or a breadcrumb above the headline: a listed outlet's name alone ({@code اليوم السابع}), or a few
     * short names joined by arrows, bars, slashes or dashes of which one at least is a listed outlet or section
     * ({@code السومرية نيوز > سياسة}, {@code رياضة | ألعاب القوى}, {@code الشرق الأوسط - اقتصاد}). A headline with a
     * bar ({@code غزة | قصف جديد على رفح}) names neither, or has a part too long for a section's name. The result is
     * the outlet the line names, if any.
     */
    Optional<Masthead> masthead(String line) {
        String trimmed = Lines.trim(line);
        List<String> parts = List.of(CRUMB_JOINTS.split(trimmed, -1));
        if (parts.size() == 1) {
            return agencyName(trimmed).or(() -> acronymOfName(trimmed)).or(() -> arabicBesideLatin(trimmed).flatMap(this::agencyName))
                    .map(name -> new Masthead(Optional.of(name)));
        }
        Optional<String> outlet = Optional.empty();
        boolean known = false;
        for (int i = 0; i < parts.size(); i++) {
            // A channel's flag or icons beside its name (دمشق الآن | Damascus Now 🇸🇾) are no part of it.
            String name = Lines.trim(ICONS.matcher(parts.get(i)).replaceAll(""));
            Optional<String> acronym = acronymOfName(name);
            // The paper a translated article is from, in quotation marks after عن, is a part of the line (ترجمات | عن "هآرتس").
            boolean lettersOnly = name.codePoints().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '.'
                    || Character.getType(c) == Character.NON_SPACING_MARK || QUOTES.indexOf(c) >= 0);
            if (acronym.isEmpty() && (name.isEmpty() || !lettersOnly || Lines.wordCount(name) > MAX_CRUMB_WORDS)) return Optional.empty();
            if (i > 0 && headlineLabels.contains(MatchKey.of(name))) {
                // A label after the site's name and section (النشرة | لبنان | مباشر): the page is "live", whatever
                // site the same word names when it stands first (مباشر | أسواق).
                known = true;
            } else if (agencyName(name).or(() -> acronym).isPresent()) {
                known = true;
                if (outlet.isEmpty()) outlet = Optional.of(acronym.orElse(name));
            } else if (isSection(name)) {
                known = true;
            }
        }
        return known ? Optional.of(new Masthead(outlet)) : Optional.empty();
    }

    /** An agency's name in words, then in brackets its acronym, as its masthead prints it: وكالة الجمهورية الإسلامية للأنباء (إرنا). */
    private static final Pattern NAME_AND_ACRONYM = Pattern.compile("([\\p{L}\\p{Mn} .]{2,60}?)\\s*\\(([^()]{1,20})\\)");
    private static final int MAX_AGENCY_NAME_WORDS = 6;

    /**
     * The acronym of a line that is an outlet's whole name, a few words with a word that names outlets (وكالة), and in
     * brackets its acronym, which {@code agencies} lists: the acronym, which names the outlet; empty for any other line,
     * as a headline with the agency after it (اشتباكات في الخرطوم (رويترز)).
     */
    private Optional<String> acronymOfName(String line) {
        Matcher m = NAME_AND_ACRONYM.matcher(Lines.trim(line));
        if (!m.matches() || Lines.wordCount(m.group(1)) > MAX_AGENCY_NAME_WORDS || !hasOutletWord(m.group(1))) return Optional.empty();
        return agencyName(m.group(2));
    }

    /**
     * The Arabic name of a name written in both scripts, the Latin beside it before or after (Rudaw رووداو, أثير Atheer):
     * the Arabic words, a few, with no digit; empty for a line with no Latin name at either end or nothing else.
     */
    static Optional<String> arabicBesideLatin(String line) {
        String[] words = SPACES.split(Lines.trim(line));
        int from = 0;
        int to = words.length;
        while (from < to && isLatinWord(words[from])) from++;
        while (to > from && isLatinWord(words[to - 1])) to--;
        if (from == to || from == 0 && to == words.length || to - from > MAX_CRUMB_WORDS) return Optional.empty();
        List<String> arabic = List.of(words).subList(from, to);
        boolean lettersOnly = arabic.stream().allMatch(word -> word.codePoints().allMatch(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC || Character.getType(c) == Character.NON_SPACING_MARK));
        return lettersOnly ? Optional.of(String.join(" ", arabic)) : Optional.empty();
    }

    /** The parts of a line joined as a breadcrumb's are ({@code قناة الجديد | برامج}), trimmed; one part when it has no joint. */
    static List<String> crumbParts(String line) {
        return java.util.Arrays.stream(CRUMB_JOINTS.split(Lines.trim(line), -1)).map(Lines::trim).toList();
    }

    /**
     * True when a name holds one of the {@code outlet_words} as a word or words of its own, which mark the name of an
     * outlet: صحيفة عكاظ, الشروق أونلاين, موزاييك أف أم.
     */
    boolean hasOutletWord(String name) {
        String key = " " + MatchKey.of(Lines.trim(name)) + " ";
        return outletWords.stream().anyMatch(word -> key.contains(" " + word + " "));
    }

    /**
     * True when a name is an outlet's Arabic edition: a word in Latin letters (digits allowed), then one of the
     * {@code edition_words} as its last word (Le360 عربي, CNN بالعربية). Arabic words alone (منتخب عربي) are no such name.
     */
    boolean isEditionName(String name) {
        List<String> words = List.of(MatchKey.of(Lines.trim(name)).split(" "));
        return words.size() >= 2 && editionWords.contains(words.get(words.size() - 1))
                && words.subList(0, words.size() - 1).stream().anyMatch(BoilerplateRules::isLatinWord);
    }

    /** A word in Latin letters, with digits or a dot perhaps (Le360, France24, 24.ae). */
    static boolean isLatinWord(String word) {
        return word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                && word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN
                        || Character.isDigit(c) && c < 128 || c == '.' || c == '-');
    }

    /** A name without its {@code outlet_words} (قناة الجديد → الجديد), in {@link MatchKey} form. */
    String withoutOutletWords(String name) {
        String key = " " + MatchKey.of(Lines.trim(name)) + " ";
        for (String word : outletWords) key = key.replace(" " + word + " ", " ");
        return key.strip();
    }

    /**
     * A line of a place, a dash and one name or a few ({@code جدة - عبدالله الشهري}, {@code الإسماعيلية - كتب: أحمد
     * شلبي}, {@code صفاقس - موزاييك أف أم}): the words after the dash, and whether a byline's label ({@code author_prefix})
     * stood before them; empty for any other line.
     */
    Optional<PlaceAndName> placeAndName(String line) {
        Matcher m = PLACE_AND_NAME.matcher(Lines.trim(line).replaceAll("\\p{Mn}", ""));
        if (!m.matches()) return Optional.empty();
        String rest = Lines.trim(m.group(2));
        Optional<List<String>> labelled = afterAuthorPrefix(rest);
        List<String> words = labelled.orElseGet(() -> List.of(SPACES.split(rest)));
        return words.isEmpty() ? Optional.empty() : Optional.of(new PlaceAndName(String.join(" ", words), labelled.isPresent()));
    }

    /** The name after a place and a dash, and whether a byline's label (كتب:) came before it. */
    record PlaceAndName(String name, boolean labelled) {}

    private static final Pattern PLACE_AND_NAME = Pattern.compile(
            "(\\p{IsArabic}+(?:\\s+\\p{IsArabic}+){0,2})\\s*[-\\u2013\\u2014\\u0640]\\s*([\\p{IsArabic}][\\p{IsArabic}\\p{L} .:]{1,40})");

    /**
     * True when a line is a section's name ({@code sections}): as listed, with or without the article ال, or its
     * first word qualified by one more ({@code أخبار مصر}, {@code رياضة عالمية}).
     */
    boolean isSection(String line) {
        String key = stripTrailingPunctuation(MatchKey.of(Lines.trim(line)));
        if (key.isEmpty()) return false;
        String[] words = key.split(" ");
        return isSectionKey(key) || words.length == 2 && isSectionKey(words[0]);
    }

    private boolean isSectionKey(String key) {
        return sections.contains(key) || key.startsWith("ال") && sections.contains(key.substring(2)) || sections.contains("ال" + key);
    }

    /**
     * The agency a line names when it is only its tag in brackets, as some agencies print it under the text:
     * {@code (بنا، د ب أ)}, {@code (العربية)}; every name must be a listed agency. The first is the result.
     */
    Optional<String> agencyTag(String line) {
        Matcher m = AGENCY_TAG.matcher(Lines.trim(line));
        if (!m.matches()) return Optional.empty();
        List<String> names = List.of(TAG_JOINTS.split(Lines.trim(m.group(1))));
        boolean allListed = !names.isEmpty() && names.stream().allMatch(n -> agencies.contains(stripTrailingPunctuation(MatchKey.of(n))));
        return allListed ? Optional.of(Lines.trim(names.get(0))) : Optional.empty();
    }

    /**
     * A line naming a listed outlet, a dash, then the reporter ({@code هسبريس - يوسف أيت أقديم}): the outlet as
     * kept, and the words after the dash; empty when the line begins with no listed outlet.
     */
    Optional<Cut> outletAndReporter(String line) {
        Matcher dash = DATELINE_DASH.matcher(line);
        if (!dash.find() || dash.start() == 0) return Optional.empty();
        String outlet = Lines.trim(line.substring(0, dash.start()));
        String rest = Lines.trim(line.substring(dash.end()));
        return agencyName(outlet).isPresent() && !rest.isEmpty() ? Optional.of(new Cut(rest, outlet)) : Optional.empty();
    }

    /**
     * A dateline naming a listed agency that opens the first paragraph, ended by a dash:
     * {@code رام الله - معا - أفرجت …}, {@code المنامة - بنا (د ب أ) - اختتمت …}. Everything before the dash must be
     * an {@code agency_dateline} (so {@code بغداد - علي الحسيني - قال …} is left as it is).
     */
    Optional<PrefixCut> datelinePrefix(String paragraph) {
        Matcher dash = DATELINE_DASH.matcher(paragraph);
        while (dash.find() && dash.start() <= MAX_DATELINE_PREFIX_CHARS) {
            if (dash.start() == 0 || dash.end() >= paragraph.length()) continue;
            Optional<String> agency = datelineAgency(paragraph.substring(0, dash.start()));
            if (agency.isPresent()) {
                return Optional.of(new PrefixCut(Lines.trim(paragraph.substring(dash.end())),
                        Lines.trim(paragraph.substring(0, dash.end())), agency));
            }
        }
        return Optional.empty();
    }

    /**
     * A headline without the label a site prints before it ({@code عاجل | الجيش يعلن …} → {@code الجيش يعلن …}): one of
     * the {@code headline_label} phrases, then a colon, a bar, a dash or dots. The label and its mark are the part
     * removed; empty when the headline has no label or nothing follows it.
     */
    Optional<Cut> headlineLabel(String headline) {
        Matcher end = LABEL_END.matcher(headline);
        if (headlineLabels.isEmpty() || !end.find() || end.start() == 0) return Optional.empty();
        String label = MatchKey.of(headline.substring(0, end.start()));
        String rest = Lines.trim(headline.substring(end.end()));
        if (!headlineLabels.contains(label) || rest.isEmpty() || rest.codePoints().noneMatch(Character::isLetter)) return Optional.empty();
        return Optional.of(new Cut(rest, Lines.trim(headline.substring(0, end.end()))));
    }

    /** True for a line that is only one of the {@code headline_label} phrases ({@code تغطية مباشرة}, {@code عاجل:}). */
    boolean isHeadlineLabel(String line) {
        return headlineLabels.contains(stripTrailingPunctuation(MatchKey.of(Lines.trim(line))));
    }

    /** An agency prefix at the start of the first paragraph, such as {@code المستقلة/-}. */
    Optional<PrefixCut> stripPrefix(String paragraph) {
        return prefixCut(paragraph, false);
    }

    /**
     * A line that is a {@code strip_prefix} and nothing more, the text starting on the next line, as a wire's dateline
     * under the headline ({@code تونس 8 جانفي (وات) -}): the whole line as the prefix, the rest empty.
     */
    Optional<PrefixCut> wholePrefix(String line) {
        return prefixCut(Lines.trim(line), true);
    }

    private Optional<PrefixCut> prefixCut(String paragraph, boolean whole) {
        for (Pattern pattern : stripPrefixes) {
            Matcher m = pattern.matcher(paragraph);
            if (whole ? m.matches() : m.lookingAt() && m.end() > 0 && m.end() < paragraph.length()) {
                Optional<String> outlet = namesOutlet(pattern) && m.group(OUTLET_GROUP) != null
                        ? Optional.of(Lines.trim(m.group(OUTLET_GROUP))).filter(s -> !s.isEmpty())
                        : Optional.empty();
                return Optional.of(new PrefixCut(Lines.trim(paragraph.substring(m.end())), Lines.trim(m.group()), outlet));
            }
        }
        return Optional.empty();
    }

    /**
     * For a byline row that starts with buttons ({@code طباعة التحالف بقيادة الولايات حسام الحداد}), the words
     * after the buttons; empty when the line does not start with a button.
     */
    Optional<List<String>> afterBylineButtons(String line) {
        return afterLeading(line, bylineButtons, true);
    }

    /** For a line such as {@code بقلم: حسام الحداد}, the words after the label. */
    Optional<List<String>> afterAuthorPrefix(String line) {
        return afterLeading(line, authorPrefixes, false);
    }

    private static Optional<List<String>> afterLeading(String line, List<String> phraseKeys, boolean repeat) {
        List<String> words = List.of(SPACES.split(Lines.trim(line)));
        int index = 0;
        boolean found = false;
        boolean progress = true;
        while (progress && index < words.size()) {
            progress = false;
            for (String phrase : phraseKeys) {
                int n = phrase.split(" ").length;
                if (index + n > words.size()) continue;
                String candidate = stripTrailingPunctuation(MatchKey.of(String.join(" ", words.subList(index, index + n))));
                if (candidate.equals(stripTrailingPunctuation(phrase))) {
                    index += n;
                    found = true;
                    progress = repeat;
                    break;
                }
            }
        }
        if (!found) return Optional.empty();
        List<String> rest = new ArrayList<>(words.subList(index, words.size()));
        if (!rest.isEmpty() && rest.get(0).matches("[:：\\-–—]+")) rest.remove(0);
        return Optional.of(List.copyOf(rest));
    }

    private static boolean startsWithPhrase(String key, String phraseKey) {
        if (!key.startsWith(phraseKey)) return false;
        if (key.length() == phraseKey.length()) return true;
        char next = key.charAt(phraseKey.length());
        char last = phraseKey.charAt(phraseKey.length() - 1);
        return !Character.isLetterOrDigit(next) || !Character.isLetterOrDigit(last);
    }

    /** A one-word phrase glued to a letter is part of a word ("...الذي شارك"), not furniture. */
    private static boolean gluedToWord(String line, int start, String phraseKey) {
        return !phraseKey.contains(" ") && Character.isLetter(line.charAt(start - 1));
    }

    static String stripTrailingPunctuation(String key) {
        int end = key.length();
        while (end > 0 && (isPunctuation(key.charAt(end - 1)) || key.charAt(end - 1) == ' ')) end--;
        return key.substring(0, end);
    }

    private static boolean isPunctuation(char c) {
        int type = Character.getType(c);
        return type == Character.OTHER_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION;
    }
}
