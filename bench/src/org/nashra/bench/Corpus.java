package org.nashra.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Synthetic but realistic seed articles: sentences of the real seeds recombined, with names, places,
 * dates, figures and quotes varied, so that analysis finds different facts in every article. The same
 * random seed gives the same corpus.
 */
final class Corpus {

    /** People named in the real seeds; each occurrence is replaced by a generated name. */
    private static final List<String> SEED_NAMES = List.of("مارتن وار", "جون دبليو برنين", "ألن مكاري", "حسام الحداد",
            "سابرينا سينج", "ثابت العباسي", "محمد شياع السوداني", "لويد أوستن", "قاسم الاعرجي", "برنين", "سينج", "العباسي", "السوداني");
    private static final List<String> FIRST = List.of("أحمد", "محمد", "علي", "حسن", "خالد", "عمر", "يوسف", "سامي", "فؤاد", "نزار",
            "ليلى", "سعاد", "هدى", "رنا", "جون", "مايكل", "ديفيد", "سارة", "ريتشارد", "كريم", "عادل", "نبيل", "زياد", "هشام");
    private static final List<String> LAST = List.of("الجبوري", "العبيدي", "الكعبي", "الحسيني", "البياتي", "الدليمي", "الربيعي",
            "الشمري", "العامري", "الزبيدي", "سميث", "براون", "كوبر", "ميلر", "هاريس", "النجار", "الخطيب", "الحلبي", "التميمي", "الساعدي");
    private static final List<String> CITIES = List.of("بغداد", "أربيل", "واشنطن", "دمشق", "عمان", "الموصل", "البصرة", "بيروت",
            "الكويت", "أنقرة", "طهران", "الرياض", "كركوك", "السليمانية", "نيويورك", "لندن");
    private static final Pattern CITY = Pattern.compile("بغداد|أربيل|واشنطن|دمشق|نيويورك|الموصل");
    private static final List<String> MONTHS = List.of("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
            "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول");
    private static final List<String> MONTHS_EG = List.of("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
            "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر");
    private static final List<String> MONTHS_EN = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final Pattern MONTH = Pattern.compile(String.join("|", MONTHS) + "|" + String.join("|", MONTHS_EG));
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d{1,4}\\b");
    private static final List<String> WEEKDAYS = List.of("السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة");
    private static final List<String> SAID = List.of("وقال", "وأضاف", "وأكد", "وأوضح", "وصرح");

    private final List<String> titles;
    private final List<String> sentences;
    private final List<String> quotes;

    private Corpus(List<String> titles, List<String> sentences, List<String> quotes) {
        this.titles = titles;
        this.sentences = sentences;
        this.quotes = quotes;
    }

    /** Reads the sentences of the real seeds. */
    static Corpus fromSeeds(Path seedsDir) throws IOException {
        List<String> titles = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        Pattern quoted = Pattern.compile("[\"“]([^\"”]{25,200})[\"”]");
        try (Stream<Path> files = Files.list(seedsDir)) {
            for (Path seed : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
                titles.add(lines.get(0).strip());
                for (String line : lines.subList(1, lines.size())) {
                    String text = line.strip();
                    if (text.length() < 60) continue;
                    for (String sentence : text.split("(?<=[.!؟])\\s+")) {
                        if (sentence.length() >= 40) sentences.add(sentence.strip());
                    }
                    Matcher m = quoted.matcher(text);
                    while (m.find()) quotes.add(m.group(1).strip());
                    if (text.length() > 80 && text.length() < 160) titles.add(text.replaceAll("[.،]$", ""));
                }
            }
        }
        return new Corpus(List.copyOf(titles), List.copyOf(sentences), List.copyOf(quotes));
    }

    /** Writes {@code count} seeds named like the real ones ({@code 00042_<hex>.txt}) into {@code seedsDir}. */
    void write(Path seedsDir, int count, long randomSeed) throws IOException {
        Files.createDirectories(seedsDir);
        Random random = new Random(randomSeed);
        for (int i = 0; i < count; i++) {
            String name = String.format("%05d_%s.txt", i, HexFormat.of().toHexDigits(random.nextLong()));
            Files.writeString(seedsDir.resolve(name), article(random), StandardCharsets.UTF_8);
        }
    }

    /** One more paragraph for an existing seed: what a "one article changed" rebuild feeds in. */
    String extraParagraph(long randomSeed) {
        Random random = new Random(randomSeed);
        return vary(pick(random, SAID) + " " + person(random) + " إن \"" + pick(random, quotes) + "\".", random);
    }

    private String article(Random random) {
        StringBuilder out = new StringBuilder();
        out.append(vary(pick(random, titles), random)).append("\n\n");
        int year = 2015 + random.nextInt(11);
        int month = random.nextInt(12);
        int day = 1 + random.nextInt(28);
        switch (random.nextInt(4)) {
            case 0 -> out.append("تاريخ النشر: ").append(day).append(day % 10 == 1 ? "st" : day % 10 == 2 ? "nd" : day % 10 == 3 ? "rd" : "th")
                    .append(", ").append(MONTHS_EN.get(month)).append(' ').append(year).append(" GMT\n\n");
            case 1 -> out.append(pick(random, WEEKDAYS)).append(' ').append(day).append('/').append(MONTHS_EG.get(month)).append('/')
                    .append(year).append(" - ").append(String.format("%02d:%02d", 1 + random.nextInt(12), random.nextInt(60))).append(" ص\n")
                    .append(person(random)).append("\n\n");
            case 2 -> out.append(day).append(' ').append(MONTHS.get(month)).append(' ').append(year).append("\n\n");
            default -> { }
        }
        StringBuilder body = new StringBuilder();
        int paragraphs = 5 + random.nextInt(12);
        for (int p = 0; p < paragraphs; p++) {
            if (random.nextInt(4) == 0) {
                body.append(pick(random, SAID)).append(' ').append(person(random)).append(" في تصريح صحفي: \"")
                        .append(pick(random, quotes)).append("\".");
            } else {
                int count = 1 + random.nextInt(3);
                for (int s = 0; s < count; s++) {
                    if (s > 0) body.append(' ');
                    body.append(pick(random, sentences));
                }
            }
            body.append(random.nextInt(3) == 0 ? "\n\n" : "\n");
        }
        return out.append(vary(body.toString(), random)).toString();
    }

    /** Replaces names, cities, months, years and figures with varied ones. */
    private static String vary(String text, Random random) {
        for (String name : SEED_NAMES) {
            if (text.contains(name)) text = text.replace(name, person(random));
        }
        text = replaceEach(CITY, text, m -> pick(random, CITIES));
        text = replaceEach(MONTH, text, m -> MONTHS.contains(m) ? pick(random, MONTHS) : pick(random, MONTHS_EG));
        text = replaceEach(YEAR, text, m -> Integer.toString(2014 + random.nextInt(12)));
        text = replaceEach(NUMBER, text, m -> m.length() == 4 ? m
                : Integer.toString(m.length() == 1 ? 1 + random.nextInt(9) : m.length() == 2 ? 10 + random.nextInt(19) : 100 + random.nextInt(900)));
        return text;
    }

    private static String replaceEach(Pattern pattern, String text, java.util.function.Function<String, String> replacement) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m.group())));
        m.appendTail(out);
        return out.toString();
    }

    private static String person(Random random) {
        return pick(random, FIRST) + " " + pick(random, LAST);
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A project folder like the real one: templates, assets, data and settings copied, seeds generated. */
    static void project(Path repo, Path dir, Corpus corpus, int count, long randomSeed, Trash trash) throws IOException {
        trash.discard(dir);
        for (String folder : List.of("templates", "assets", "data")) copyTree(repo.resolve(folder), dir.resolve(folder));
        Files.copy(repo.resolve("jbake.properties"), dir.resolve("jbake.properties"));
        corpus.write(dir.resolve("seeds"), count, randomSeed);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) Files.createDirectories(target);
                else Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
