package org.nashra.translate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.nashra.arabic.ArabicText;
import org.nashra.arabic.Clitics;
import org.nashra.core.KnownNames;
import org.nashra.core.Problem;
import org.nashra.core.YamlProblems;
import org.nashra.extract.figures.Figure;
import org.nashra.extract.figures.FigureFinder;

/**
 * The editor-owned glossary in {@code data/glossary.yml}: English for what figures count, for
 * units, and for the currency a rate is against. Only words, never sentences: the English brief states facts, it does not translate prose.
 */
public final class Glossary {

    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");

    private final Map<String, String> counted;
    private final Map<String, String> units;
    private final Map<String, String> per;
    /** By topic id, the English of words that count something else in other stories, and under {@link #CUES} the topic's cue words. */
    private final Map<String, Map<String, String>> senses;
    private static final String CUES = "cues";

    private Glossary(Map<String, String> counted, Map<String, String> units, Map<String, String> per,
                     Map<String, Map<String, String>> senses) {
        this.counted = counted;
        this.units = units;
        this.per = per;
        this.senses = senses;
    }

    public static Glossary empty() {
        return new Glossary(Map.of(), Map.of(), Map.of(), Map.of());
    }

    public record Loaded(Glossary glossary, List<Problem> problems) {}

    public static Loaded load(Path file) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isRegularFile(file)) return new Loaded(empty(), problems);
        Object loaded;
        try {
            loaded = YamlProblems.load(file);
        } catch (YamlProblems.Unusable e) {
            problems.add(e.problem());
            return new Loaded(empty(), problems);
        }
        Map<String, String> counted = new TreeMap<>();
        Map<String, String> units = new TreeMap<>();
        Map<String, String> per = new TreeMap<>();
        Map<String, Map<String, String>> senses = new TreeMap<>();
        if (loaded instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> section : map.entrySet()) {
                if (String.valueOf(section.getKey()).equals("senses")) {
                    senses(file, section.getValue(), senses, problems);
                    continue;
                }
                Map<String, String> target = switch (String.valueOf(section.getKey())) {
                    case "counted" -> counted;
                    case "units" -> units;
                    case "per" -> per;
                    default -> null;
                };
                if (target == null) {
                    problems.add(Problem.error(file, KnownNames.unknown("glossary section", String.valueOf(section.getKey()), List.of("counted", "units", "per", "senses"))));
                    continue;
                }
                if (!(section.getValue() instanceof Map<?, ?> entries)) {
                    problems.add(Problem.error(file, "section '" + section.getKey() + "' must map Arabic to English"));
                    continue;
                }
                entries.forEach((ar, en) -> target.put(key(String.valueOf(ar)), String.valueOf(en)));
            }
        } else if (loaded != null) {
            problems.add(Problem.error(file, "expected sections counted:, units: and per:"));
        }
        return new Loaded(new Glossary(counted, units, per, senses), problems);
    }

    /** The section senses: by topic id, its cue words (cues: a list) and the English of its words. */
    private static void senses(Path file, Object section, Map<String, Map<String, String>> senses, List<Problem> problems) {
        if (!(section instanceof Map<?, ?> topics)) {
            problems.add(Problem.error(file, "section 'senses' must map topic ids to words"));
            return;
        }
        topics.forEach((topic, words) -> {
            if (!(words instanceof Map<?, ?> entries)) {
                problems.add(Problem.error(file, "senses of '" + topic + "' must map Arabic to English"));
                return;
            }
            Map<String, String> sense = new TreeMap<>();
            entries.forEach((ar, en) -> {
                if (String.valueOf(ar).equals(CUES)) {
                    List<?> cues = en instanceof List<?> list ? list : List.of(String.valueOf(en).split("[،,]"));
                    sense.put(CUES, String.join(" ", cues.stream().map(c -> key(String.valueOf(c))).toList()));
                } else {
                    sense.put(key(String.valueOf(ar)), String.valueOf(en));
                }
            });
            senses.put(String.valueOf(topic), sense);
        });
    }

    private static String key(String arabic) {
        // a unit per unit is written with a slash or a space (يورو للميغاواط/ساعة)
        return ArabicText.normaliseForMatching(arabic.strip()).replaceAll("\\s*/\\s*", " ");
    }

    /** English for what a figure counts (a unit or a counted noun), when the glossary has it. */
    public Optional<String> counted(String arabicNoun) {
        String k = key(arabicNoun);
        if (units.containsKey(k)) return Optional.of(units.get(k));
        for (String form : Clitics.stems(k)) {
            if (counted.containsKey(form)) return Optional.of(counted.get(form));
            if (units.containsKey(form)) return Optional.of(units.get(form)); // with the article: آلاف الهكتارات
        }
        // the indefinite accusative after a number (متجرا، وفدا، سنتيمترا) is the listed word with an alef
        for (String form : Clitics.stems(k)) {
            String bare = FigureFinder.withoutTanweenAlef(form);
            if (!bare.equals(form) && counted.containsKey(bare)) return Optional.of(counted.get(bare));
            if (!bare.equals(form) && units.containsKey(bare)) return Optional.of(units.get(bare));
        }
        // the dual of a listed singular, as a list of results writes it after the digit (2 مقعدان، مقعدين)
        for (String form : Clitics.stems(k)) {
            if (form.length() < 5 || !(form.endsWith("ان") || form.endsWith("ين"))) continue;
            String singular = form.substring(0, form.length() - 2);
            if (counted.containsKey(singular)) return Optional.of(counted.get(singular));
        }
        return Optional.empty();
    }

    /**
     * A figure in English when the glossary knows what it counts: "2,500 troops", "about 500 attacks",
     * "1,500–3,000 fighters", "110,000 km²", "4 points" (أربع نقاط), "dozens of countries" (عشرات الدول).
     * Empty when the counted word is unknown, so no half-English figure is ever shown.
     */
    public Optional<String> figure(Figure figure) {
        return figure(figure, java.util.Set.of(), "");
    }

    /**
     * As {@link #figure(Figure)}, in a story: a word that counts different things in different stories (أهداف)
     * takes the English of its sense in {@code senses}, when the article has that topic or is about that place (its
     * id in {@code topics}: ولاية counts provinces in Algeria) or the figure's {@code sentence} holds one of the
     * sense's cue words (سجل 3 أهداف: 3 goals). The sense comes before the word's English elsewhere.
     */
    public Optional<String> figure(Figure figure, java.util.Set<String> topics, String sentence) {
        // the story's sense first: ولاية counts provinces in Algeria, states elsewhere
        // a prison term reads as the duration in prison (سنوات سجنا: years in prison), where the glossary says so
        Optional<String> term = figure.prisonTerm() ? counted(figure.counted() + " سجنا") : Optional.empty();
        Optional<String> noun = term.or(() -> sense(figure.counted(), topics, sentence))
                .or(() -> FigureFinder.nationOfPeople(figure.counted()).flatMap(Nations.WORDS::nationalsOf))
                .or(() -> counted(figure.counted()))
                // people by an adjective that names no nation (500 مواطن عادي): the people the noun counts
                .or(() -> FigureFinder.nationOfPeople(figure.counted()).flatMap(adjective -> counted(figure.counted().strip().split("\\s+")[0])))
                .or(() -> Nations.WORDS.nationals(figure.counted(), figure.low()));
        return figure(figure, noun);
    }

    /**
     * The number of a figure in English without what it counts, for a figure whose counted word the glossary lacks:
     * "875,027" (875,027 حاجة), "about 65,000" (نحو 65 ألف ...), "31 million", "4–68". The page sets the Arabic
     * sentence beside it, which says what is counted, rather than Arabic words inside the English. Empty for a
     * quantity in words that names no number (عشرات ...) and for a rate against something the glossary lacks.
     */
    public Optional<String> number(Figure figure) {
        return figure(figure, Optional.of("{}"));
    }

    /** People counted by nationality (13 هندياً: 13 Indians; 2 من الجنسية الهندية: 2 Indians) take the nations the organisation words list, loaded when first needed. */
    private static final class Nations {
        static final org.nashra.translate.names.OrganisationNames WORDS = org.nashra.translate.names.OrganisationNames.load();
    }

    private Optional<String> sense(String arabicNoun, java.util.Set<String> topics, String sentence) {
        List<String> forms = Clitics.stems(key(arabicNoun));
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String word : NOT_LETTERS.split(key(sentence == null ? "" : sentence))) {
            if (!word.isEmpty()) words.addAll(Clitics.stems(word));
        }
        for (Map.Entry<String, Map<String, String>> sense : senses.entrySet()) {
            List<String> cues = List.of(sense.getValue().getOrDefault(CUES, "").split(" "));
            if (!topics.contains(sense.getKey()) && cues.stream().noneMatch(words::contains)) continue;
            for (String form : forms) {
                if (!form.equals(CUES) && sense.getValue().containsKey(form)) return Optional.of(sense.getValue().get(form));
            }
        }
        return Optional.empty();
    }

    private Optional<String> figure(Figure figure, Optional<String> noun) {
        if (noun.isEmpty()) return Optional.empty();
        if (figure.approximate() && figure.low() != figure.high() && figure.surface().chars().noneMatch(Character::isDigit)) {
            // A quantity in words alone that names no number (عشرات الدول): dozens, hundreds, thousands of.
            String vague = VAGUE.get(figure.low());
            if (vague != null && noun.get().startsWith("{} ")) {
                // what an event did to them, after the number: tens of thousands killed (مقتل عشرات الآلاف)
                return Optional.of(noun.get().replace("{}", vague.substring(0, vague.length() - " of".length())));
            }
            return vague == null || noun.get().equals("%") || noun.get().contains("{}") ? Optional.empty() : Optional.of(vague + " " + noun.get());
        }
        Scale scale = scale(figure.low(), figure.high());
        // a match result reads in the order written, both sides always: "3–1", "1–1 draw", "8–7 on penalties", and
        // its sets one after another: "6–7, 6–4, 6–1"
        String number = !figure.scores().isEmpty()
                ? figure.scores().stream().map(x -> number(x.first(), UNITS) + "–" + number(x.second(), UNITS))
                        .collect(java.util.stream.Collectors.joining(", "))
                : figure.low() == figure.high() ? number(figure.low(), scale) + scale.name()
                : number(figure.low(), scale) + "–" + number(figure.high(), scale) + scale.name();
        String unit = noun.get();
        // a unit English writes before the number names its place: "magnitude {}" (درجات على مقياس ريختر)
        // a year of a calendar, "Amazigh year {year}", is written as a year is, without a thousands' comma
        String text = unit.equals("%") ? number + "%"
                : unit.contains("{year}") && figure.low() == figure.high() && figure.low() == Math.rint(figure.low())
                        ? unit.replace("{year}", Long.toString((long) figure.low()))
                : unit.contains("{}") ? unit.replace("{}", number)
                : number + " " + unit;
        if (figure.per().isPresent()) {
            // a rate, so many to one of another currency: "49.5 pounds to the dollar" (جنيه للدولار)
            // or a price per a measure: "27,800 dirhams per square metre" (درهم للمتر المربع), listed with its "per"
            Optional<String> against = baseAmount(figure.per().get()).or(() -> Clitics.stems(key(figure.per().get())).stream()
                    .map(form -> per.get(form.replaceAll(" ال", " ")))
                    .filter(java.util.Objects::nonNull).findFirst());
            if (against.isEmpty()) return Optional.empty();
            text += against.get().startsWith("per ") || against.get().startsWith("a ") ? " " + against.get() : " to " + against.get();
        }
        return Optional.of(qualifier(figure) + sign(figure) + text);
    }

    /** A number in digits of any script and the currency after it: a rate's base amount (100 دولار). */
    private static final java.util.regex.Pattern BASE_AMOUNT = java.util.regex.Pattern.compile("(\\p{Nd}{1,6})\\s+(\\S+)");

    /**
     * A rate's base amount of a currency (151,250 ديناراً مقابل 100 دولار) in English, "per 100 dollars", when the
     * glossary counts that currency; else empty.
     */
    private Optional<String> baseAmount(String against) {
        java.util.regex.Matcher base = BASE_AMOUNT.matcher(against.strip());
        if (!base.matches()) return Optional.empty();
        long amount = 0;
        for (char digit : base.group(1).toCharArray()) amount = amount * 10 + Character.digit(digit, 10);   // ١٠٠ as 100
        String number = String.format(Locale.ROOT, "%,d", amount);
        return counted(base.group(2)).map(currency -> "per " + number + " " + currency);
    }

    /** The sign a change is written with (+9.96%, -5.3%), which the figure's surface begins with; none for any other figure. */
    private static String sign(Figure figure) {
        String surface = figure.surface();
        if (surface.length() < 2 || !Character.isDigit(surface.charAt(1))) return "";
        return switch (surface.charAt(0)) {
            case '+' -> "+";
            case '-', '\u2212' -> "\u2212";
            default -> "";
        };
    }

    /** Arabic phrases that make a figure inexact, in matching form, longest first, with their English ({@code figure-qualifiers.tsv}). */
    private static final List<String[]> QUALIFIERS = qualifiers();
    private static final String PROCLITICS = "وفبل";

    /** "more than", "less than", "at least" or "about" for an inexact figure, by the phrase it begins with; nothing for an exact one. */
    private static String qualifier(Figure figure) {
        if (!figure.approximate()) return "";
        String surface = key(figure.surface());
        // The first word may carry و, ف, ب or ل: بأكثر من، لأكثر من.
        int from = surface.length() > 1 && PROCLITICS.indexOf(surface.charAt(0)) >= 0 ? 1 : 0;
        for (String[] qualifier : QUALIFIERS) {
            String phrase = qualifier[0] + " ";
            if (surface.startsWith(phrase) || from == 1 && surface.startsWith(phrase, 1)) return qualifier[1] + " ";
        }
        return "about ";
    }

    private static List<String[]> qualifiers() {
        List<String[]> rows = new ArrayList<>();
        try (java.io.InputStream in = Glossary.class.getResourceAsStream("figure-qualifiers.tsv")) {
            if (in == null) throw new IllegalStateException("missing resource figure-qualifiers.tsv");
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] fields = line.strip().split("\t");
                if (fields.length == 2) rows.add(new String[] {key(fields[0]), fields[1]});
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        rows.sort(java.util.Comparator.comparingInt((String[] row) -> row[0].length()).reversed());
        return List.copyOf(rows);
    }

    /** What the figure finder makes of the plural of a number word (عشرات 20–99, آلاف 2,000–9,999), by its lower end. */
    private static final Map<Double, String> VAGUE = Map.ofEntries(Map.entry(20.0, "dozens of"), Map.entry(200.0, "hundreds of"),
            Map.entry(2_000.0, "thousands of"), Map.entry(20_000.0, "tens of thousands of"),
            Map.entry(200_000.0, "hundreds of thousands of"), Map.entry(2_000_000.0, "millions of"),
            Map.entry(20_000_000.0, "tens of millions of"), Map.entry(200_000_000.0, "hundreds of millions of"),
            Map.entry(2e9, "billions of"), Map.entry(2e10, "tens of billions of"), Map.entry(2e11, "hundreds of billions of"));

    /** A power of a thousand English names, for round figures written in it: "8 million", "1.25 billion". */
    private record Scale(double size, String name) {}

    private static final List<Scale> SCALES = List.of(new Scale(1e12, " trillion"), new Scale(1e9, " billion"), new Scale(1e6, " million"));
    private static final Scale UNITS = new Scale(1, "");

    /**
     * Millions or billions when both ends of the figure are at least one and a round number of them to two
     * decimals, as English news writes it ("8 million", "1.5–3 million"), billions and trillions also to three,
     * a whole number of millions (7 مليارات و364 مليون: "7.364 billion", not "7,364 million"); otherwise units.
     */
    private static Scale scale(double low, double high) {
        for (Scale scale : SCALES) {
            if (low >= scale.size() && roundIn(low, scale) && roundIn(high, scale)) return scale;
        }
        return UNITS;
    }

    private static boolean roundIn(double value, Scale scale) {
        double parts = value / scale.size() * decimals(scale);
        return Math.abs(parts - Math.rint(parts)) < 1e-6;
    }

    /** What a number of the scale is given to: thousandths of a billion or a trillion, hundredths of a million. */
    private static double decimals(Scale scale) {
        return scale.size() >= 1e9 ? 1000 : 100;
    }

    /** The number in the scale, with every decimal the article gave (27.25 % is not 27.3 %), grouped by thousands. */
    private static String number(double value, Scale scale) {
        double scaled = scale == UNITS ? value : Math.rint(value / scale.size() * decimals(scale)) / decimals(scale);
        if (scaled == Math.rint(scaled)) return String.format(Locale.ROOT, "%,d", (long) scaled);
        return new java.text.DecimalFormat("#,##0.######", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)).format(scaled);
    }

    /** Every string of the glossary, as values: the English of what figures count, of units, and of what rates are against, each by its Arabic. */
    public List<Map<String, String>> terms() {
        List<Map<String, String>> terms = new ArrayList<>(List.of(counted, units, per));
        senses.forEach((topic, sense) -> {
            Map<String, String> byTopic = new TreeMap<>();
            sense.forEach((ar, en) -> byTopic.put(topic + " " + ar, en));
            terms.add(byTopic);
        });
        return List.copyOf(terms);
    }

    /** Equal when every string is: a rebuild under the same glossary reuses pages planned before. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Glossary other && counted.equals(other.counted) && units.equals(other.units) && per.equals(other.per)
                && senses.equals(other.senses);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(counted, units, per, senses);
    }
}
