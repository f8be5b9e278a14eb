package org.nashra.extract.figures;

import org.nashra.extract.WordLists;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.nashra.arabic.ArabicStemmer;
import org.nashra.arabic.Clitics;
import org.nashra.arabic.Tokens;
import org.nashra.arabic.Tokens.Token;

/**
 * Finds figures: numbers in digits of any script or in words, with multipliers (آلاف، ملايين),
 * ranges (ما بين … و…، من … إلى …، 10-15), approximations (نحو، قرابة، أكثر من), percentages, the
 * noun they count and the place that follows ({@code 2500 جندي في العراق}). Years, day numbers next
 * to a month name, durations and clock times ({@code 10 سنوات}، {@code 12 ظهرا}) belong to dates and
 * are left out, as is a number with nothing counted unless a noun of an event before it says what it counts
 * ({@code مقتل عشرات الآلاف}: tens of thousands killed); a range of durations ({@code بين 13 و66 عاما}) is a
 * figure. A year-like number is a count when a counted noun follows it ({@code 2012 قتيلا}). The word
 * lists live next to this class.
 */
public final class FigureFinder {

    /** An adjective of relation as an indefinite noun of people takes it (سوري، سوريين، سورية). */
    private static final java.util.regex.Pattern INDEFINITE_RELATION_ADJECTIVE = java.util.regex.Pattern.compile("\\p{L}{2,}ي(ا|ين|ون|ه|ات)?");
    /** The ending of an adjective of relation (النيجريون، المحليين، السورية). */
    private static final java.util.regex.Pattern RELATION_ADJECTIVE_ENDING = java.util.regex.Pattern.compile(".*ي(ون|ين|ه|ات)?");
    /** A round base of a rate in digits: 10, 100, 1000. */
    private static final java.util.regex.Pattern ROUND_BASE = java.util.regex.Pattern.compile("10{1,3}");

    private static final Map<String, double[]> NUMBER_WORDS = loadNumberWords();
    /** فاصلة, the decimal point of a number read out (واحد فاصلة سبعة: 1.7), and أعشار, tenths (ثلاثة أعشار: 0.3). */
    private static final String DECIMAL_POINT = WordLists.key("فاصلة");
    private static final String TENTHS = WordLists.key("أعشار");
    /** صفر, zero, a digit after the point (واحد فاصلة صفر خمسة) that no number word reads. */
    private static final String ZERO = WordLists.key("صفر");
    /** ونصف, and a half, after thousands or millions in words: half of one of them more (مليون ونصف المليون: 1,500,000). */
    private static final String AND_A_HALF = WordLists.key("ونصف");
    private static final Map<String, Double> MULTIPLIERS = loadFactors("multipliers.tsv");
    private static final List<List<String>> APPROXIMATORS = WordLists.phrases(Figure.class, "approximators.txt");
    private static final List<List<String>> UNITS = WordLists.phrases(Figure.class, "units.txt");
    private static final List<List<String>> PERCENT = WordLists.phrases(Figure.class, "percent.txt");
    private static final Set<String> COUNTED_NOUNS = WordLists.matchingSet(Figure.class, "counted-nouns.txt");
    private static final Set<String> NOT_COUNTED = WordLists.matchingSet(Figure.class, "not-counted.txt");
    private static final Set<String> TIME_UNITS = WordLists.matchingSet(Figure.class, "time-units.txt");
    private static final Set<String> KEEP_YEAR = WordLists.matchingSet(Figure.class, "keep-year.txt");
    private static final Set<String> MONTHS = WordLists.matchingSet(Figure.class, "months.txt");
    private static final Set<String> PLACE_CONTINUATIONS = WordLists.matchingSet(Figure.class, "place-continuations.txt");
    private static final Set<String> NOT_PLACES = WordLists.matchingSet(Figure.class, "not-places.txt");
    private static final Set<String> IDENTIFIER_NOUNS = WordLists.matchingSet(Figure.class, "identifier-nouns.txt");
    private static final Set<String> MONTHS_WITH_YEAR = WordLists.matchingSet(Figure.class, "months-with-year.txt");
    private static final Set<String> CODE_NOUNS = WordLists.matchingSet(Figure.class, "code-nouns.txt");
    private static final Set<String> ORDINAL_UNITS = WordLists.matchingSet(Figure.class, "ordinal-units.txt");
    private static final Set<String> EVENT_NOUNS = WordLists.matchingSet(Figure.class, "event-nouns.txt");
    private static final List<List<String>> TOTAL_CUES = WordLists.phrases(Figure.class, "total-cues.txt");
    private static final Set<String> CURRENCIES = WordLists.matchingSet(Figure.class, "currencies.txt");
    private static final Map<String, Double> SUBUNITS = loadFactors("subunits.tsv");
    private static final Set<String> THOUSANDTHS_CURRENCIES = WordLists.matchingSet(Figure.class, "thousandths-currencies.txt");
    private static final Set<String> THOUSANDTHS_MEASURES = WordLists.matchingSet(Figure.class, "thousandths-measures.txt");
    private static final List<List<String>> CALENDAR_YEARS = WordLists.phrases(Figure.class, "calendar-years.txt");
    private static final Set<String> PERIODS = WordLists.matchingSet(Figure.class, "periods.txt");
    private static final Set<String> RATE_WORDS = WordLists.matchingSet(Figure.class, "rate-words.txt");
    private static final List<List<String>> RATE_MEASURES = WordLists.phrases(Figure.class, "rate-measures.txt");
    private static final Set<String> SENTENCING_WORDS = WordLists.matchingSet(Figure.class, "sentencing-words.txt");
    private static final Set<String> PEOPLE_NOUNS = WordLists.matchingSet(Figure.class, "people-nouns.txt");
    private static final Set<String> NATIONALITY_NOUNS = WordLists.matchingSet(Figure.class, "nationality-nouns.txt");
    private static final List<List<String>> SCORE_CUES = WordLists.rows(Figure.class, "score-cues.tsv");
    private static final Map<String, String> SCORE_GOALS = loadWords("score-goals.tsv");
    private static final Set<String> SINGLE_LETTER_CLITICS = Set.of("و", "ف", "ب", "ل", "ك");
    private static final String PER_CENT_SIGNS = "%\u066A\u2030";

    private FigureFinder() {
    }

    /** The figures of {@code text} in order of appearance; odd or empty text gives none. */
    public static List<Figure> find(String text) {
        return find(text, place -> true);
    }

    /**
     * As {@link #find(String)}, with a gazetteer: a word after "في" is taken as the figure's place
     * only when {@code isPlace} accepts it (given as written, e.g. {@code العراق} or
     * {@code الولايات المتحدة}). Without one, any word not listed in {@code not-places.txt} is taken.
     */
    public static List<Figure> find(String text, java.util.function.Predicate<String> isPlace) {
        return find(text, isPlace, List.of());
    }

    /**
     * As {@link #find(String, java.util.function.Predicate)}, knowing where the text names someone or something
     * ({@code names}: offsets, start and end, of the names found): a name after a number is not what it counts, as on a
     * match card (الزمالك 29 (13 - 17) 33 فيزبريم: no 33 of anything).
     */
    public static List<Figure> find(String text, java.util.function.Predicate<String> isPlace, List<int[]> names) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Figure> figures = oneNamePerCurrency(withoutWithdrawn(text,
                new Scan(text, isPlace == null ? place -> true : isPlace, names == null ? List.of() : names).run()));
        if (text.indexOf('\n') < 0) return figures;
        figures = withoutRepeatedCorrections(List.of(text), List.of(new ArrayList<>(figures))).get(0);
        // rows of a column on the lines of one text: each line's figures, then the bare numbers under a row with its noun
        List<String> lines = List.of(text.split("\n", -1));
        List<List<Figure>> byLine = new ArrayList<>();
        int from = 0;
        for (String line : lines) {
            int lineStart = from, lineEnd = from + line.length();
            byLine.add(new ArrayList<>(figures.stream().filter(f -> f.start() >= lineStart && f.end() <= lineEnd)
                    .map(f -> moved(f, -lineStart)).toList()));
            from = lineEnd + 1;
        }
        withColumnRows(lines, byLine);
        withTableColumns(lines, byLine);
        List<Figure> all = new ArrayList<>();
        from = 0;
        for (int l = 0; l < lines.size(); l++) {
            for (Figure f : byLine.get(l)) all.add(moved(f, from));
            from += lines.get(l).length() + 1;
        }
        return all;
    }

    /**
     * The figures of each of a text's blocks, as {@link #find(String, java.util.function.Predicate)} gives them, with
     * the rows of a column read together: a block that is a bare row (ميشال سكاف: 14,203) under a row whose number
     * is written with its noun (سليم غزالة: 14,512 صوتاً) counts the same noun, as a results list gives the votes of
     * each candidate after the first.
     */
    public static List<List<Figure>> findEach(List<String> blocks, java.util.function.Predicate<String> isPlace) {
        return findEach(blocks, isPlace, List.of());
    }

    /** As {@link #findEach(List, java.util.function.Predicate)}, knowing where the blocks name someone or something ({@code names}). */
    public static List<List<Figure>> findEach(List<String> blocks, java.util.function.Predicate<String> isPlace,
                                              List<org.nashra.core.Span> names) {
        List<List<Figure>> found = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            int block = b;
            List<int[]> named = names.stream().filter(n -> n.block() == block).map(n -> new int[] {n.start(), n.end()}).toList();
            found.add(new ArrayList<>(find(blocks.get(b), isPlace, named)));
        }
        withColumnRows(blocks, found);
        withTableColumns(blocks, found);
        return withoutRepeatedCorrections(blocks, found).stream().map(List::copyOf).toList();
    }

    /**
     * Drops what a correction gives as right (تصحيح: ورد في نسخة سابقة أن عدد المتهمين 8 متهمين، والصحيح أنهم 7 متهمين)
     * when the text states the same figure elsewhere: a site corrects the story and appends the note, so the figure
     * would be listed twice. A corrected figure the text gives nowhere else stays.
     */
    private static List<List<Figure>> withoutRepeatedCorrections(List<String> blocks, List<List<Figure>> found) {
        for (int b = 0; b < blocks.size(); b++) {
            String text = blocks.get(b);
            int block = b;
            found.get(b).removeIf(f -> corrected(text, f) && statedElsewhere(blocks, found, block, f));
        }
        return found;
    }

    private static boolean statedElsewhere(List<String> blocks, List<List<Figure>> found, int block, Figure f) {
        for (int b = 0; b < blocks.size(); b++) {
            for (Figure g : found.get(b)) {
                if ((b == block && g == f) || corrected(blocks.get(b), g)) continue;
                if (g.low() == f.low() && g.high() == f.high() && WordLists.key(g.counted()).equals(WordLists.key(f.counted()))) return true;
            }
        }
        return false;
    }

    /** Whether {@code f} is what a correction's sentence gives as right: after الصحيح, with a cue of withdrawal before. */
    private static boolean corrected(String text, Figure f) {
        int from = f.start();
        while (from > 0 && ".!?\u061F\n".indexOf(text.charAt(from - 1)) < 0) from--;
        String before = " " + WordLists.key(text.substring(from, f.start())).replaceAll("[^\\p{L}]+", " ") + " ";
        int right = before.indexOf("الصحيح");
        return right >= 0 && WITHDRAWN_CUES.stream().anyMatch(cue -> before.substring(0, right).contains(" " + cue + " "));
    }

    /** A row of a column: a label, a colon, then a number in digits and nothing after it but a full stop. */
    private static final java.util.regex.Pattern BARE_ROW =
            java.util.regex.Pattern.compile("[^:\\n]*[^\\s:\\p{Nd}][^:\\n]*:\\s*(\\p{Nd}[\\p{Nd},.\\u066B\\u066C]*)\\s*\\.?\\s*");

    /**
     * Gives a bare row (see {@link #BARE_ROW}) with no figure of its own the noun of the row above when that row is
     * of the same shape and its one figure is its number with the noun (سليم غزالة: 14,512 صوتاً). A row under a
     * percentage, or under a row of another shape (a sentence ending in a number), is left alone.
     */
    private static void withColumnRows(List<String> rows, List<List<Figure>> found) {
        for (int r = 1; r < rows.size(); r++) {
            Figure head = columnFigure(rows.get(r - 1), found.get(r - 1));
            if (head == null || !found.get(r).isEmpty()) continue;
            java.util.regex.Matcher row = BARE_ROW.matcher(rows.get(r));
            if (!row.matches()) continue;
            List<Figure> read = find(row.group(1) + " " + head.counted());
            if (read.size() != 1 || read.get(0).start() != 0) continue;
            Figure number = read.get(0);
            found.get(r).add(new Figure(row.group(1), row.start(1), row.end(1), number.low(), number.high(), false,
                    head.counted(), Optional.empty(), Optional.empty()));
        }
    }

    /** A cell of a table row that is a number in digits alone (464,350), no figure of its own without its column's noun. */
    private static final java.util.regex.Pattern BARE_CELL = java.util.regex.Pattern.compile("\\s*(\\p{Nd}[\\p{Nd},.\\u066B\\u066C]*)\\s*");

    /**
     * Gives the bare numbers of a table written with pipes (القائمة | الأصوات | النسبة | المقاعد, then حزب إرادة | 90,245 |
     * 6.31% | 3) what the head of their column counts: a row of words alone, each cell one noun, which a row of as many
     * cells under it numbers (90,245 votes, 3 seats). The first column is the row's label, no count; a cell already
     * read as a figure (6.31%) keeps its own.
     */
    private static void withTableColumns(List<String> rows, List<List<Figure>> found) {
        List<String> head = null;
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = List.of(rows.get(r).split("\\|", -1));
            if (cells.size() < 3) {
                head = null;
                continue;
            }
            if (cells.stream().noneMatch(cell -> cell.chars().anyMatch(Character::isDigit))) {
                head = cells.stream().map(FigureFinder::columnNoun).toList();
                continue;
            }
            if (head == null || head.size() != cells.size()) {
                head = null;
                continue;
            }
            int from = cells.get(0).length() + 1;
            for (int c = 1; c < cells.size(); c++) {
                int cellStart = from, cellEnd = from + cells.get(c).length();
                from = cellEnd + 1;
                java.util.regex.Matcher bare = BARE_CELL.matcher(cells.get(c));
                if (head.get(c).isEmpty() || !bare.matches()
                        || found.get(r).stream().anyMatch(f -> f.start() < cellEnd && f.end() > cellStart)) continue;
                List<Figure> read = find(bare.group(1) + " " + head.get(c));
                if (read.size() != 1 || read.get(0).start() != 0 || !read.get(0).counted().equals(head.get(c))) continue;
                Figure number = read.get(0);
                int start = cellStart + bare.start(1), end = cellStart + bare.end(1);
                found.get(r).add(new Figure(bare.group(1), start, end, number.low(), number.high(), false, head.get(c),
                        Optional.empty(), Optional.empty()));
            }
            found.get(r).sort(java.util.Comparator.comparingInt(Figure::start));
        }
    }

    /** The noun a table's column head names, without the article (الأصوات: أصوات; عدد المقاعد: مقاعد); "" for a head of more words. */
    private static String columnNoun(String cell) {
        List<String> words = new ArrayList<>(List.of(cell.strip().split("\\s+")));
        if (words.size() == 2 && WordLists.key(words.get(0)).equals(WordLists.key("عدد"))) words.remove(0);
        if (words.size() != 1 || words.get(0).isEmpty()) return "";
        String noun = words.get(0);
        return noun.startsWith("\u0627\u0644") && noun.length() > 3 ? noun.substring(2) : "";   // ال
    }

    /** The figure a row of a column gives as its value (label: number noun), or null for a row of another shape. */
    private static Figure columnFigure(String row, List<Figure> figures) {
        if (figures.size() != 1) return null;
        Figure f = figures.get(0);
        if (f.counted().isEmpty() || f.counted().equals("%") || f.low() != f.high() || f.approximate()) return null;
        int colon = row.lastIndexOf(':', f.start());
        if (colon < 0 || !row.substring(colon + 1, f.start()).isBlank()
                || !row.substring(f.end()).strip().replace(".", "").isEmpty()) return null;
        return row.substring(0, colon).isBlank() ? null : f;
    }

    private static Figure moved(Figure f, int by) {
        return new Figure(f.surface(), f.start() + by, f.end() + by, f.low(), f.high(), f.approximate(), f.counted(),
                f.place(), f.per(), f.prisonTerm(), f.scores());
    }

    private static final List<String> WITHDRAWN_CUES = WordLists.phrases(Figure.class, "withdrawn-cues.txt").stream()
            .map(words -> String.join(" ", words)).toList();

    /**
     * The figures of the text but those a correction withdraws: in a sentence with a word of {@code withdrawn-cues.txt}
     * (ورد في نسخة سابقة أن عدد المقاعد 124 مقعداً، والصحيح 126), what stands before الصحيح is what was wrong.
     */
    private static List<Figure> withoutWithdrawn(String text, List<Figure> figures) {
        List<Figure> kept = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            int from = f.start();
            while (from > 0 && ".!?\u061F\n".indexOf(text.charAt(from - 1)) < 0) from--;
            int to = f.end();
            while (to < text.length() && ".!?\u061F\n".indexOf(text.charAt(to)) < 0) to++;
            String before = " " + WordLists.key(text.substring(from, f.start())).replaceAll("[^\\p{L}]+", " ") + " ";
            String after = WordLists.key(text.substring(f.end(), to));
            boolean withdrawn = after.contains("الصحيح") && !before.contains("الصحيح")
                    && WITHDRAWN_CUES.stream().anyMatch(cue -> before.contains(" " + cue + " "));
            if (!withdrawn) kept.add(f);
        }
        return kept;
    }

    /**
     * A currency written once with its country's adjective and elsewhere alone (14,800 ليرة سورية … 150 ليرة) is the
     * same currency throughout: the bare amounts count what the named one does, so English names it once (Syrian pounds).
     * Left alone when the text names two countries' currencies of that word (ريال سعودي، ريال قطري).
     */
    private static List<Figure> oneNamePerCurrency(List<Figure> figures) {
        Map<String, java.util.Set<String>> named = new java.util.HashMap<>();
        for (Figure f : figures) {
            String[] words = WordLists.key(f.counted()).split(" ");
            // a price per a measure (73.5 دولار للبرميل) names no country's currency: 5 مليارات دولار are no dollars per barrel
            if (words.length == 2 && CURRENCIES.contains(words[0]) && !words[1].startsWith("لل")) {
                named.computeIfAbsent(currencyRoot(words[0]), k -> new java.util.LinkedHashSet<>()).add(f.counted());
            }
        }
        if (named.isEmpty()) return figures;
        List<Figure> out = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            String key = WordLists.key(f.counted());
            java.util.Set<String> full = CURRENCIES.contains(key) ? named.get(currencyRoot(key)) : null;
            out.add(full == null || full.size() != 1 ? f : new Figure(f.surface(), f.start(), f.end(), f.low(), f.high(),
                    f.approximate(), full.iterator().next(), f.place(), f.per(), f.prisonTerm(), f.scores()));
        }
        return List.copyOf(out);
    }

    /** One form for the forms of a currency a count takes (ليرة، ليرات; ريال، ريالا، ريالات), in matching form. */
    private static String currencyRoot(String key) {
        String root = withoutTanweenAlef(key);
        if (root.endsWith("ات")) root = root.substring(0, root.length() - 2);
        return root.endsWith("ه") || root.endsWith("ة") ? root.substring(0, root.length() - 1) : root;
    }

    /** One pass over one text: its tokens, their matching forms and the figures found so far. */
    private static final class Scan {
        private final String text;
        private final List<Token> tokens;
        private final String[] keys;
        private final List<List<String>> stems;
        private final java.util.function.Predicate<String> isPlace;
        private final List<int[]> names;
        private final List<Figure> figures = new ArrayList<>();

        Scan(String text, java.util.function.Predicate<String> isPlace, List<int[]> names) {
            this.text = text;
            this.isPlace = isPlace;
            this.names = names;
            this.tokens = Tokens.tokenise(text);
            this.keys = new String[tokens.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = WordLists.key(tokens.get(i).text());
            }
            this.stems = new ArrayList<>(java.util.Collections.nCopies(keys.length, (List<String>) null));
        }

        List<Figure> run() {
            int i = 0;
            while (i < tokens.size()) {
                int next = tryFigureAt(i);
                i = next > i ? next : i + 1;
            }
            return List.copyOf(figures);
        }

        /** Tries to read a figure whose first number is token {@code i}; returns the token after it, or {@code i}. */
        private int tryFigureAt(int i) {
            Quantity first = quantityAt(i);
            if (first == null) {
                int term = termWithoutNumberAt(i);
                return term > i ? term : dualAt(i);
            }
            if (isOneAlone(first) && oneOfAnEvent(first) < 0 && phraseAt(first.last() + 1, PERCENT) == 0) {
                return i; // but one per cent is a share (بواحد في المائة)
            }
            boolean articled = first.index > 0 && keys[first.index - 1].equals("ال") && articleOf(first.index - 1, first.index);
            if (articled && pluralBeforeArticle(first.index) < 0 && !listedNounAfter(first.last)) {
                return i; // an ordinal (الجولة الـ22) or a duration (السنوات الـ10); a listed noun after it is counted (مسافة الـ2000 متر)
            }
            // one of what an event befell, the noun before واحد (وامتناع عضو واحد: 1 abstaining; مقتل شخص واحد: 1 killed)
            int surfaceStart = isOneAlone(first) && oneOfAnEvent(first) >= 0 ? tokens.get(oneOfAnEvent(first)).start() : first.start;
            boolean approximate = first.approximate;
            Quantity second = null;

            // What stands before: an approximating phrase (نحو، ما يقارب من), a range opener (ما بين، من).
            int before = first.clitic ? i - 2 : i - 1;
            int approxStart = approximatorEndingAt(before);
            boolean between = false;
            int fromIndex = -1;
            if (approxStart >= 0) {
                approximate = true;
                surfaceStart = tokens.get(approxStart).start();
            } else if (before >= 0 && stemsOf(before).contains("بين")
                    && (separatedBySpace(before, first.index) || gap(before, first.index).matches("\\s+[" + PER_CENT_SIGNS + "]"))) {
                between = true;
                int opener = before >= 1 && keys[before - 1].equals("ما") ? before - 1 : before;
                surfaceStart = tokens.get(opener).start();
                approxStart = approximatorEndingAt(opener - 1);
                if (approxStart >= 0) {
                    approximate = true;
                    surfaceStart = tokens.get(approxStart).start();
                }
            } else if (before >= 0 && keys[before].equals("من")) {
                fromIndex = before;
            } else if (before >= 0 && keys[before].equals("لكل") && !first.clitic) {
                return first.last + 1; // the base of a rate (4.5 لكل 100 ألف نسمة), no count of its own
            }

            if (!between) first = withLesserPart(first);
            int last = first.last;
            int j = last + 1;
            // a year after its month ends a date, and starts no range with what follows (منذ 7 أكتوبر 2023 إلى 52,314 قتيلاً),
            // as does a year after a word of keep-year.txt (منذ تأسيسها عام 2022 إلى 24.5 مليون دولار: no 2,022–24.5 million)
            boolean yearOfDate = first.digits && (isMonth(first.index - 1) || isYear(first) && afterKeepYear(first));
            if (j < tokens.size() && !yearOfDate) {
                if (between && keys[j].equals("و") && j + 1 < tokens.size()) {
                    second = quantityAt(j + 1);
                } else if (between && keys[j].startsWith("و")) {
                    second = quantityAt(j);
                } else if ((keys[j].equals("الي") || keys[j].equals("حتي")) && j + 1 < tokens.size()) {
                    second = quantityAt(j + 1);
                } else if (gap(last, j).strip().matches("[-\u2013\u2014]") && tokens.get(j).isNumber()) {
                    second = quantityAt(j);
                    int after = scoreAt(first, second, j);
                    if (after > j) return after;
                    if (second != null && first.digits && second.low <= first.low && gap(last, j).length() == 1) {
                        return second.last + 1; // no range: a score (الجزائر 2-0 تونس, 0-0) or a model (بوينغ 787-9)
                    }
                }
            }
            if (fromIndex >= 0 && second != null) {
                surfaceStart = tokens.get(fromIndex).start();
            }
            // "ارتفع 1.5% إلى 2720 دولارا": a share, then where the price rose to; no range unless both ends are shares
            if (second != null && percentSignAfter(tokens.get(first.last).end()) > 0
                    && percentSignAfter(tokens.get(second.last).end()) <= 0 && phraseAt(second.last + 1, PERCENT) == 0) {
                second = null;
            }
            double low = first.low;
            double high = first.high;
            if (second != null && second.low >= first.low) {
                if (second.multiplier > 1 && first.multiplier == 1 && first.low * second.multiplier <= second.low) {
                    low = first.low * second.multiplier;
                }
                high = second.high;
                approximate |= second.approximate;
                last = second.last;
            } else {
                second = null;
            }
            int surfaceEnd = tokens.get(last).end();

            // What it counts.
            String counted = "";
            boolean prisonTerm = false;
            int percentEnd = percentSignAfter(surfaceEnd);
            int numberStart = tokens.get(first.index()).start();
            if (percentEnd > 0) {
                counted = "%";
                surfaceEnd = percentEnd;
            } else if (percentSignBefore(numberStart) && (second == null || signBefore(tokens.get(second.index()).start()))) {
                // %5.2 as typed in right-to-left text, where the sign is written first and shown after the number;
                // in a range, before each end (بين %5 و%7)
                counted = "%";
                if (surfaceStart == numberStart) surfaceStart = numberStart - 1;
            } else if (phraseAt(last + 1, PERCENT) > 0) {
                counted = "%";
                last += phraseAt(last + 1, PERCENT);
                surfaceEnd = tokens.get(last).end();
            } else if (last + 1 < tokens.size() && separatedBySpace(last, last + 1)) {
                int unitLength = phraseAt(last + 1, UNITS);
                if (unitLength > 0) {
                    int countedStart = tokens.get(last + 1).start();
                    last = withPower(last + unitLength);
                    surfaceEnd = endWithPower(last);
                    counted = text.substring(countedStart, surfaceEnd);
                } else if (keys[last + 1].equals("من") && last + 2 < tokens.size() && separatedBySpace(last + 1, last + 2)
                        && keys[last + 2].startsWith("ال") && isCountedNoun(last + 2) && !singularByItsAdjective(last + 2)) {
                    last += 2; // عشرات الآلاف من السكان
                    surfaceEnd = tokens.get(last).end();
                    counted = tokens.get(last).text();
                } else if ((isCountedNoun(last + 1) || second != null && isTimeUnit(last + 1))
                        && !(first.digits && second == null && isDefinite(last + 1))
                        && !(!first.digits && looksLikePresentVerb(last + 1))
                        && !(second != null && second.digits && isDefinite(last + 1))) {
                    // a duration after a word of sentencing is a prison term (بحبسه 18 شهرا); a range of them (بالسجن بين
                    // 13 و66 عاما) may span several sentences and is given as durations
                    prisonTerm = second == null && (isTimeUnit(last + 1) || TIME_UNITS.contains(withoutTanweenAlef(keys[last + 1])))
                            && sentencedBefore(first.index());
                    int countedStart = tokens.get(last + 1).start();
                    last = withPower(last + 1);
                    surfaceEnd = endWithPower(last);
                    counted = text.substring(countedStart, surfaceEnd);
                } else if (second == null && isTimeUnit(last + 1) && (sentencedBefore(first.index()) || sentencingWordAt(last + 2))) {
                    // a prison sentence, no mere duration: قضت بسجنه مدة 6 سنوات; أدانته بثلاث سنوات حبساً نافذاً
                    last++;
                    prisonTerm = true;
                    surfaceEnd = tokens.get(last).end();
                    counted = tokens.get(last).text();
                }
            }
            if (!counted.isEmpty() && !counted.equals("%") && nationalityAdjectiveAfter(last)) {
                // people counted by the nation its adjective names (2 من الجنسية الهندية: 2 Indians), not nationalities
                last++;
                surfaceEnd = tokens.get(last).end();
                counted = counted + " " + tokens.get(last).text();
            }
            if (counted.isEmpty() && second == null && last + 2 < tokens.size() && separatedBySpace(last, last + 1)
                    && isTimeUnit(last + 1) && separatedBySpace(last + 1, last + 2) && PERIODS.contains(keys[last + 2])) {
                // so many units of time each period is a rate, no duration (8 ساعات يومياً: 8 hours a day); the period is
                // its "per", read below
                last++;
                surfaceEnd = tokens.get(last).end();
                counted = tokens.get(last).text();
            }
            if (counted.isEmpty() && second == null && first.digits && first.multiplier == 1) {
                // terms of several sentenced, the unit written once after the last (عاقبتهما بالحبس 5 و3 سنوات: 5 years
                // and 3 years); the number alone is the surface, the last term a figure of its own
                int unit = sharedTimeUnit(last);
                if (unit > 0 && sentencedBefore(first.index())) {
                    counted = tokens.get(unit).text();
                    prisonTerm = true;
                }
            }
            if (counted.isEmpty() && second == null) {
                // The number written with the article after a plural with it (الأصوات الـ86 المطلوبة: the 86 votes needed)
                int noun = pluralBeforeArticle(first.index());
                if (noun >= 0) {
                    counted = tokens.get(noun).text();
                    surfaceStart = tokens.get(noun).start();
                }
            }
            if (counted.isEmpty()) {
                // Nothing counted after it: a noun of an event right before it says what (مقتل عشرات الآلاف، إصابة 7).
                counted = eventBefore(surfaceStart);
            }
            if (counted.isEmpty() && second == null) {
                // or the noun whose total it is, before البالغ (إجمالي الحضور البالغ 62: 62 present)
                counted = totalOf(surfaceStart);
            }
            // a unit of time after it is what it counts, a duration, so no noun of a figure before is carried to it
            // (على بعد 700 كيلومتر … إلى أكثر من 8 آلاف عام: no 8,000 kilometres)
            boolean duration = last + 1 < tokens.size() && separatedBySpace(last, last + 1) && isTimeUnit(last + 1);
            if (counted.isEmpty() && !duration && (first.multiplier > 1 || second != null && second.multiplier > 1)) {
                // An amount in thousands, millions... with nothing after it leaves out the noun of the figure before it
                // in the same sentence (بلغت 211 تريليون دينار وعجزها 64 تريليونا: 64 trillion dinars).
                counted = countedBefore(surfaceStart);
            }
            if (counted.isEmpty() && second == null && first.digits && first.multiplier == 1 && !first.clitic) {
                // a year of a calendar English has no date for, named before it (السنة الأمازيغية الجديدة 2975)
                int calendar = phraseEndingAt(first.index - 1, CALENDAR_YEARS);
                if (calendar >= 0) {
                    surfaceStart = tokens.get(calendar).start();
                    counted = text.substring(surfaceStart, tokens.get(first.index - 1).end());
                }
            }
            if (counted.isEmpty()) {
                return i;
            }
            if (second == null && !first.approximate && SCORE_GOALS.containsKey(withoutTanweenAlef(WordLists.key(counted)))) {
                int after = scoreInWords(surfaceStart, first.low, last);
                if (after > last) return after;
            }
            if (!first.digits && second == null && MULTIPLIERS.containsKey(keys[first.index]) && surfaceStart > 0
                    && text.charAt(surfaceStart - 1) == '(' && text.startsWith(")", surfaceEnd)) {
                return last + 1; // the unit a column is given in (المخصص (مليار ريال)), no amount of one
            }
            if (isDate(first, second, counted)) {
                return last + 1;
            }
            surfaceStart = withoutLeadingConjunction(surfaceStart);
            if (second == null && surfaceStart == numberStart && signedAt(numberStart)) {
                surfaceStart--; // a change written with its sign (+9.96%، -5.3%): a loss is no gain
            }
            Optional<String> per = Optional.empty();
            int against = isCurrency(counted) ? rateAgainst(last, counted) : -1;
            if (against > 0) {
                // للمتر المربع is two words; a base amount (مقابل 100 دولار) is its number and currency
                int perStart = keys[last + 1].startsWith("لل") ? last + 1 : tokens.get(against - 1).isNumber() ? against - 1 : against;
                per = Optional.of(text.substring(tokens.get(perStart).start(), tokens.get(against).end()));
                last = against;
                surfaceEnd = tokens.get(last).end();
            }
            if (per.isEmpty() && last + 1 < tokens.size() && separatedBySpace(last, last + 1) && PERIODS.contains(keys[last + 1])) {
                last++; // so many each period: 15 ديناراً شهرياً (15 dinars a month)
                per = Optional.of(tokens.get(last).text());
                surfaceEnd = tokens.get(last).end();
            }
            Optional<String> place = counted.equals("%") ? Optional.empty() : placeAfter(last);
            double share = second == null ? SUBUNITS.getOrDefault(withoutTanweenAlef(WordLists.key(counted)), 0.0) : 0;
            String currency = share > 0 && first.clitic && keys[first.index - 1].equals("و") ? currencyAt(first.index - 2) : "";
            if (!currency.isEmpty()) {
                // دينار و250 فلساً: coins after the currency and و are its lesser part, of one of it when no number
                // stands before the currency (1.25 dinars), else of the figure just found (3 دنانير و500 فلس: 3.5 dinars)
                int currencyToken = first.index - 2;
                Figure whole = figures.isEmpty() ? null : figures.get(figures.size() - 1);
                if (whole != null && whole.end() == tokens.get(currencyToken).end() && whole.low() == whole.high()) {
                    figures.remove(figures.size() - 1);
                    low = whole.low() + low * share;
                    approximate |= whole.approximate();
                    surfaceStart = whole.start();
                } else {
                    low = 1 + low * share;
                    surfaceStart = tokens.get(currencyToken).start();
                }
                high = low;
                counted = currency;
            }
            figures.add(new Figure(text.substring(surfaceStart, surfaceEnd), surfaceStart, surfaceEnd,
                    low, high, approximate, counted, place, per, prisonTerm));
            return last + 1;
        }

        /**
         * Two whole numbers in digits joined by one hyphen (3-1، ٨-٧) with a word of {@code score-cues.tsv} in their
         * clause: a match result, added as a figure of the kind the word says, with the sets that follow it joined by و
         * or a comma (6-7 و6-4 و6-1: one result); returns the token after it, else -1.
         */
        private int scoreAt(Quantity first, Quantity second, int j) {
            if (!isScore(first, second, j)) return -1;
            String kind = scoreKind(first.index, j, first.low == second.low, false);
            if (kind.isEmpty()) return -1;
            List<Figure.Score> sets = new ArrayList<>(List.of(new Figure.Score(first.low, second.low)));
            int end = j;
            while (end + 2 < tokens.size()) {
                int k = end + 1;
                int a = keys[k].equals("و") && gap(end, k).isBlank() && !gap(end, k).isEmpty() ? k + 1
                        : gap(end, k).matches("\\s*[\u060C,]\\s*") ? k : -1;
                Quantity x = a < 0 || a + 1 >= tokens.size() ? null : quantityAt(a);
                Quantity y = x == null ? null : quantityAt(a + 1);
                if (x == null || x.index != a || !isScore(x, y, a + 1)) break;
                sets.add(new Figure.Score(x.low, y.low));
                end = a + 1;
            }
            addScore(tokens.get(first.index).start(), tokens.get(end).end(), sets, kind);
            return end + 1;
        }

        /**
         * Whole numbers in digits at {@code first} and {@code second} (ending at token {@code j}) joined by one hyphen,
         * as a score is written: not joined to more numbers (a date, 1-1-2024), followed by a unit or a duration
         * (3-5 سنوات) or of 200 or more (a model: 787-9); a basketball score stays under it.
         */
        private boolean isScore(Quantity first, Quantity second, int j) {
            if (second == null || !first.digits || !second.digits || first.multiplier != 1 || second.multiplier != 1
                    || second.last != j || !gap(first.last, j).matches("[-\u2013]") || first.low != Math.rint(first.low)
                    || second.low != Math.rint(second.low) || first.low >= 200 || second.low >= 200) return false;
            int start = tokens.get(first.index).start(), end = tokens.get(j).end();
            boolean joined = start > 0 && "-\u2013/.".indexOf(text.charAt(start - 1)) >= 0
                    || end + 1 < text.length() && "-\u2013/.".indexOf(text.charAt(end)) >= 0 && Character.isDigit(text.charAt(end + 1));
            boolean unit = j + 1 < tokens.size() && separatedBySpace(j, j + 1) && (isTimeUnit(j + 1) || phraseAt(j + 1, UNITS) > 0);
            return !joined && !unit && percentSignAfter(end) < 0;
        }

        /**
         * A result in words: a count of goals (بثلاثة أهداف، ending at token {@code last}), مقابل, and the other side's
         * (هدف، هدفين، 2 أهداف) as {@code score-goals.tsv} reads them. Returns the token after it, else -1.
         */
        private int scoreInWords(int start, double first, int last) {
            int against = last + 1;
            if (against + 1 >= tokens.size() || !separatedBySpace(last, against) || !keys[against].equals("مقابل")
                    || !separatedBySpace(against, against + 1)) return -1;
            int end = against + 1;
            String alone = SCORE_GOALS.get(withoutTanweenAlef(keys[end]));
            double second;
            if (alone != null && !alone.equals("-")) {
                second = Double.parseDouble(alone);
            } else {
                Quantity q = quantityAt(end);
                if (q == null || q.approximate || q.low != q.high || q.last + 1 >= tokens.size()
                        || !SCORE_GOALS.containsKey(withoutTanweenAlef(keys[q.last + 1]))) return -1;
                second = q.low;
                end = q.last + 1;
            }
            String kind = scoreKind(last, end, first == second, true);
            if (kind.isEmpty()) return -1;
            addScore(withoutLeadingConjunction(start), tokens.get(end).end(), List.of(new Figure.Score(first, second)), kind);
            return end + 1;
        }

        /** What ends a clause: a result's cue is looked for between two of these. */
        private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile("[.\u060C,\u061B;:!?\u061F()\n]");

        /**
         * The kind of result the word of {@code score-cues.tsv} listed first in the clause of tokens {@code from}..{@code to}
         * gives: a row marked level only to a level score, one marked goals only between goals in words; "" when none.
         */
        private String scoreKind(int from, int to, boolean level, boolean goals) {
            int a = from, b = to;
            while (a > 0 && !CLAUSE_BREAK.matcher(gap(a - 1, a)).find()) a--;
            while (b + 1 < tokens.size() && !CLAUSE_BREAK.matcher(gap(b, b + 1)).find()) b++;
            Set<String> words = new java.util.HashSet<>();
            for (int k = a; k <= b; k++) {
                if (tokens.get(k).isArabic()) words.addAll(stemsOf(k));
            }
            for (List<String> row : SCORE_CUES) {
                String cue = WordLists.key(row.get(0));
                String only = row.size() > 2 ? row.get(2) : "";
                boolean found = words.stream().anyMatch(w -> w.startsWith(cue)
                        && w.substring(cue.length()).matches("|ه|ها|هم|هما|ت|ا|وا|تا|ته|تها"));
                if (found && (only.isEmpty() || only.equals("level") && level || only.equals("goals") && goals)) return row.get(1);
            }
            return "";
        }

        /** A result as a figure: its scores as written, the least and the greatest side as its low and high. */
        private void addScore(int start, int end, List<Figure.Score> scores, String kind) {
            double low = scores.stream().mapToDouble(x -> Math.min(x.first(), x.second())).min().orElse(0);
            double high = scores.stream().mapToDouble(x -> Math.max(x.first(), x.second())).max().orElse(0);
            figures.add(new Figure(text.substring(start, end), start, end, low, high, false, kind, Optional.empty(),
                    Optional.empty(), false, scores));
        }

        /**
         * One in a word alone (واحد، واحدة) follows what it qualifies, a single one of it (لليلة واحدة: for a single
         * night), and starts no figure: read as one, it made a range of the figure after it (لليلة واحدة إلى 27.25 بالمئة).
         */
        /**
         * A singular noun of nationality-nouns.txt at {@code noun} with a definite adjective right after it (الجنسية الهندية):
         * then the adjective says whose people the figure counts.
         */
        private boolean nationalityAdjectiveAfter(int noun) {
            int adjective = noun + 1;
            if (adjective >= tokens.size() || !separatedBySpace(noun, adjective) || !tokens.get(adjective).isArabic()) return false;
            if (keys[adjective].startsWith("ال")) return stemsOf(noun).stream().anyMatch(NATIONALITY_NOUNS::contains);
            // a noun of people with an adjective of relation, indefinite as the noun is: 387 ألف مواطن سوري (387,000 Syrians)
            return PEOPLE_NOUNS.contains(withoutTanweenAlef(keys[noun])) && INDEFINITE_RELATION_ADJECTIVE.matcher(keys[adjective]).matches();
        }

        /**
         * Whether what a figure counts is a currency of currencies.txt, alone or with its country's adjective (ريال عماني,
         * read whole from units.txt), so a rate against another can follow it (3.75 ريال سعودي مقابل الدولار).
         */
        private static boolean isCurrency(String counted) {
            String[] words = WordLists.key(counted).split(" ");
            return CURRENCIES.contains(words[0]) && (words.length == 1 || words.length == 2 && !words[1].startsWith("لل"));
        }

        /** The currency of currencies.txt the word at {@code i} is, after any proclitic (بدينار), in matching form; else "". */
        private String currencyAt(int i) {
            if (!separatedBySpace(i, i + 1)) {
                return "";
            }
            return stemsOf(i).stream().filter(CURRENCIES::contains).findFirst().orElse("");
        }

        private boolean isOneAlone(Quantity q) {
            return !q.digits() && q.low() == 1 && q.high() == 1 && q.last() == q.index();
        }

        /**
         * The noun of an event written right before a figure that starts at {@code start} (مقتل، وإصابة، اعتقال), as
         * written, which then says what the figure counts: the killed, the injured, the arrested. Empty when there is none.
         */
        /** A noun of counted-nouns.txt right after token {@code last}, written apart: what the number counts. */
        private boolean listedNounAfter(int last) {
            return last + 1 < tokens.size() && separatedBySpace(last, last + 1) && COUNTED_NOUNS.contains(keys[last + 1]);
        }

        private String eventBefore(int start) {
            for (int k = 1; k < tokens.size(); k++) {
                if (tokens.get(k).start() != start) continue;
                boolean event = separatedBySpace(k - 1, k) && tokens.get(k - 1).isArabic()
                        && stemsOf(k - 1).stream().anyMatch(EVENT_NOUNS::contains);
                return event ? tokens.get(k - 1).text() : "";
            }
            return "";
        }

        /**
         * The noun with the article before a phrase of total-cues.txt right before a figure that starts at {@code start}
         * (الحضور البالغ 62; العمال النيجريون البالغ عددهم نحو 800, past the adjectives of relation after the noun), as
         * written, which is then what the figure counts; else empty.
         */
        private String totalOf(int start) {
            for (int k = 2; k < tokens.size(); k++) {
                if (tokens.get(k).start() != start) continue;
                if (!separatedBySpace(k - 1, k)) return "";
                int cue = 0;
                for (List<String> phrase : TOTAL_CUES) {
                    int from = k - phrase.size();
                    if (from < 1 || phrase.size() <= cue) continue;
                    boolean match = true;
                    for (int w = 0; w < phrase.size() && match; w++) {
                        match = keys[from + w].equals(phrase.get(w)) && (w == 0 || separatedBySpace(from + w - 1, from + w));
                    }
                    if (match) cue = phrase.size();
                }
                int noun = k - cue - 1;
                if (cue == 0 || !separatedBySpace(noun, noun + 1)) return "";
                while (noun > 0 && isRelationAdjective(noun) && separatedBySpace(noun - 1, noun) && definiteWord(noun - 1)) noun--;
                return definiteWord(noun) ? tokens.get(noun).text() : "";
            }
            return "";
        }

        private boolean definiteWord(int i) {
            return tokens.get(i).isArabic() && keys[i].startsWith("ال") && !tokens.get(i).isNumber();
        }

        /** A definite adjective of relation, as a noun of people takes it (النيجريون، المحليين، السورية). */
        private boolean isRelationAdjective(int i) {
            String key = keys[i];
            return key.startsWith("ال") && key.length() >= 6 && RELATION_ADJECTIVE_ENDING.matcher(key).matches();
        }

        /**
         * For one in a word alone (واحد، واحدة), the token of the noun it follows when a noun of an event stands right
         * before that noun (وامتناع عضو واحد، مقتل شخص واحد): then it is one of what the event befell. Else -1.
         */
        private int oneOfAnEvent(Quantity one) {
            int noun = one.index() - 1;
            if (noun < 1 || !separatedBySpace(noun, one.index()) || !tokens.get(noun).isArabic() || tokens.get(noun).isNumber()
                    || keys[noun].startsWith("ال")) {
                return -1;
            }
            return eventBefore(tokens.get(noun).start()).isEmpty() ? -1 : noun;
        }

        /**
         * The unit of time written once after numbers joined by و to the number ending at token {@code last} (5 و3
         * سنوات، 10 و7 و5 سنوات): its token, else -1.
         */
        private int sharedTimeUnit(int last) {
            int k = last + 1, before = last;
            while (k + 1 < tokens.size() && keys[k].equals("و") && separatedBySpace(before, k)
                    && (tokens.get(k).end() == tokens.get(k + 1).start() || separatedBySpace(k, k + 1))) {
                Quantity q = quantityAt(k + 1);
                if (q == null || !q.digits() || q.multiplier() != 1 || q.low() != Math.rint(q.low())) return -1;
                int next = q.last() + 1;
                if (next >= tokens.size() || !separatedBySpace(q.last(), next)) return -1;
                if (isTimeUnit(next)) return next;
                before = q.last();
                k = next;
            }
            return -1;
        }

        /** What the last figure found counts, when it stands before {@code start} in the same sentence; else empty. */
        private String countedBefore(int start) {
            if (figures.isEmpty()) return "";
            Figure before = figures.get(figures.size() - 1);
            // a prison term's unit of time is no noun an amount leaves out (بالحبس 5 و3 سنوات وغرامة 1.2 مليون)
            if (before.end() > start || before.counted().equals("%") || before.per().isPresent() || before.prisonTerm()) return "";
            return text.substring(before.end(), start).matches("[^.!?\u061F\n]*") ? before.counted() : "";
        }

        /** The unit ending at token {@code unit} with a power written onto it in digits (كلم٢، كم2): the power's token, else {@code unit}. */
        private int withPower(int unit) {
            boolean power = unit + 1 < tokens.size() && tokens.get(unit + 1).start() == tokens.get(unit).end()
                    && (keys[unit + 1].equals("2") || keys[unit + 1].equals("3"));
            return power ? unit + 1 : unit;
        }

        /** Where a unit ending at token {@code last} ends, with a power sign written onto it (كم²). */
        private int endWithPower(int last) {
            int end = tokens.get(last).end();
            return end < text.length() && "\u00B2\u00B3".indexOf(text.charAt(end)) >= 0 && !tokens.get(last).isNumber() ? end + 1 : end;
        }

        /**
         * A count of thousands or millions with its lesser part after و, as Arabic writes exact large figures:
         * 35 ألفا و456 (35,456), مليون و200 ألف (1,200,000), ألفين و500 (2,500), مئة و50 (150), ثلاثة ملايين ومئتي ألف
         * (3,200,000), with a lesser part of its own (مليار وثلاثمئة مليون وخمسمئة ألف). The part must be smaller than
         * the scale it follows, so two counts side by side (مئة و50) are not added up.
         */
        private Quantity withLesserPart(Quantity q) {
            double scale = q.multiplier() > 1 ? q.multiplier() : q.digits() ? 0 : q.low();
            if (scale < 100 || q.approximate() || q.low() != q.high()) return q;
            int j = q.last() + 1;
            if (j >= tokens.size() || !separatedBySpace(q.last(), j)) return q;
            if (keys[j].equals(AND_A_HALF)) {
                // and half of the thousands or millions (مليون ونصف المليون، ثلاثة ملايين ونصف: 1.5 and 3.5 million)
                double unit = q.multiplier() > 1 ? q.multiplier() : powerOfThousandIn(q.low());
                if (unit < 1000) return q;
                int last = j + 1 < tokens.size() && separatedBySpace(j, j + 1) && keys[j + 1].startsWith("ال")
                        && multiplierAt(j + 1) == unit ? j + 1 : j;
                return new Quantity(q.start(), q.index(), last, q.low() + unit / 2, q.high() + unit / 2, false,
                        q.digits(), q.clitic(), q.multiplier());
            }
            Quantity part = null;
            if (keys[j].equals("و") && j + 1 < tokens.size()) {
                part = quantityAt(j + 1);
            } else if (keys[j].startsWith("و") && !tokens.get(j).isNumber()) {
                part = quantityAt(j);
            }
            if (part != null) part = withLesserPart(part); // مليار وثلاثمئة مليون وخمسمئة ألف
            if (part == null || part.approximate() || part.low() != part.high() || part.high() >= scale) return q;
            return new Quantity(q.start(), q.index(), part.last(), q.low() + part.low(), q.high() + part.high(), false,
                    q.digits(), q.clitic(), q.multiplier());
        }

        /** The greatest power of a thousand not above {@code value}: 1,000,000 of 2,000,000; 1 below a thousand. */
        private static double powerOfThousandIn(double value) {
            double power = 1;
            while (power * 1000 <= value) power *= 1000;
            return power;
        }

        /**
         * A figure does not start with the conjunction و or ف written onto its first word (و900، وعشرات،
         * وبين), but keeps a preposition (بنحو، ب2500).
         */
        /** A plus or minus sign right before the number, itself after a space, a colon or the text's start, not after a number (2-5). */
        private boolean signedAt(int numberStart) {
            if (numberStart < 1 || "+-\u2212".indexOf(text.charAt(numberStart - 1)) < 0) return false;
            return numberStart == 1 || Character.isWhitespace(text.charAt(numberStart - 2)) || ":(".indexOf(text.charAt(numberStart - 2)) >= 0;
        }

        private int withoutLeadingConjunction(int start) {
            char c = text.charAt(start);
            if ((c == '\u0648' || c == '\u0641') && start + 1 < text.length() && !Character.isWhitespace(text.charAt(start + 1))) {
                for (int k = 0; k < tokens.size(); k++) {
                    if (tokens.get(k).start() == start) {
                        String rest = keys[k].substring(1);
                        boolean conjunctionOnly = rest.isEmpty()
                                || NUMBER_WORDS.containsKey(rest) && !NUMBER_WORDS.containsKey(keys[k]) // واحد is no و with احد || rest.equals("بين")
                                || APPROXIMATORS.stream().anyMatch(p -> p.get(0).equals(rest));
                        return conjunctionOnly ? start + 1 : start;
                    }
                }
            }
            return start;
        }

        /** A number at token {@code i} (digits or a number word) with the multiplier after it, or null. */
        private Quantity quantityAt(int at) {
            if (at < 0 || at >= tokens.size()) {
                return null;
            }
            int i = at;
            Token token = tokens.get(i);
            boolean clitic = false;
            double low;
            double high;
            boolean approximate = false;
            boolean digits = token.isNumber();
            int start = token.start();
            if (digits) {
                if (token.start() > 0 && Character.isLetter(text.charAt(token.start() - 1))) {
                    // و3000 and ب2500 carry a clitic; أغسطس٢٠٢٣ and عربي21 are not figures
                    // الـ86 carries the article, written with a tatweel: a figure only after a plural (pluralBeforeArticle)
                    if (i == 0 || tokens.get(i - 1).end() != token.start() || !isCliticToken(i - 1) && !keys[i - 1].equals("ال")) {
                        return null;
                    }
                    clitic = true;
                    start = tokens.get(i - 1).start();
                }
                if (joinedToDate(token) || namesSomething(i)) {
                    return null;
                }
                // a measure is given to the thousandth only when that digit counts (42.195 كيلومتراً); 1.500 كم groups thousands
                boolean thousandthsOfMeasure = i + 1 < tokens.size() && THOUSANDTHS_MEASURES.contains(keys[i + 1]) && !keys[i].endsWith("0");
                low = parseDigits(keys[i], hasMultiplier(i + 1) || thousandthsOfMeasure
                        || i + 1 < tokens.size() && THOUSANDTHS_CURRENCIES.contains(keys[i + 1]));
                if (Double.isNaN(low)) {
                    return null;
                }
                high = low;
            } else {
                double[] word = numberWord(i);
                if (word == null && i + 1 < tokens.size() && keys[i + 1].equals(DECIMAL_POINT)) {
                    word = NUMBER_WORDS.get(withoutTanweenAlef(keys[i])); // واحداً فاصلة ثمانية
                }
                if (word == null || i > 0 && separatedBySpace(i - 1, i) && ORDINAL_UNITS.contains(keys[i - 1])) {
                    return null; // the second half of an ordinal: الجولة الثالثة عشرة
                }
                if (afterDecimalPoint(i)) {
                    return null; // the digits after the point of a decimal read out, no number of their own
                }
                low = word[0];
                high = word[1];
                approximate = word[2] > 0;
                boolean compound = word[3] > 0;
                int end = withTen(i, low);
                if (end > i) {
                    low += 10;
                    high += 10;
                    i = end;
                    compound = false;
                }
                // ثلاثة وعشرون، ألف وتسعمائة وثمانية وسبعون، مئة وإحدى عشرة: exact number words joined by و add up
                while (!approximate && i + 1 < tokens.size() && keys[i + 1].startsWith("و") && separatedBySpace(i, i + 1)) {
                    double[] more = NUMBER_WORDS.get(keys[i + 1].substring(1));
                    // مليون وثمانمائة ألف: a lesser count with a multiplier of its own is the lesser part (withLesserPart)
                    if (more == null || more[2] > 0 || low >= 1000 && more[0] < low && hasMultiplier(withTen(i + 1, more[0]) + 1)) {
                        break;
                    }
                    int moreEnd = withTen(i + 1, more[0]);
                    double teen = moreEnd > i + 1 ? 10 : 0;
                    if (more[3] > 0 && teen == 0) {
                        break; // وأحد، وإحدى alone: "and one of", no part of the number
                    }
                    low += more[0] + teen;
                    high += more[1] + teen;
                    i = moreEnd;
                    compound = false;
                }
                if (!approximate && i + 1 < tokens.size() && keys[i + 1].equals(DECIMAL_POINT)) {
                    // واحد فاصلة سبعة: a decimal read out, 1.7; words after فاصلة that are no number leave no figure,
                    // rather than a wrong one
                    int[] fractionEnd = new int[1];
                    BigDecimal fraction = i + 2 < tokens.size() && separatedBySpace(i, i + 1) && separatedBySpace(i + 1, i + 2)
                            ? wholeNumberWords(i + 2, fractionEnd) : null;
                    if (fraction == null || low != Math.rint(low)) {
                        return null;
                    }
                    low = high = BigDecimal.valueOf(low).add(fraction.movePointLeft(fraction.precision() - fraction.scale())).doubleValue();
                    i = fractionEnd[0];
                    compound = false;
                } else if (!approximate && !compound && low >= 1 && low <= 9 && low == high && i + 1 < tokens.size()
                        && separatedBySpace(i, i + 1) && keys[i + 1].equals(TENTHS)) {
                    low = high = low / 10; // ثلاثة أعشار في المائة: 0.3%
                    i++;
                }
                if (compound) {
                    return null;
                }
            }
            int last = i;
            double multiplier = 1;
            if (hasMultiplier(i + 1) && phraseAt(i + 1, PERCENT) == 0) {
                multiplier = multiplierAt(i + 1);
                last = i + 1;
                // ثلاث مئة ألف: hundreds of a greater multiplier, written apart
                if (hasMultiplier(last + 1) && multiplierAt(last + 1) > multiplier && phraseAt(last + 1, PERCENT) == 0) {
                    multiplier *= multiplierAt(last + 1);
                    last++;
                }
                low *= multiplier;
                high *= multiplier;
            }
            return new Quantity(start, at, last, low, high, approximate, digits, clitic, multiplier);
        }

        /**
         * A whole number in words from token {@code i} (سبعة، خمسة وسبعين، ثلاثة عشر), with the token it ends at in
         * {@code end[0]}; null when the word there is none, or a vague or incomplete one.
         */
        private BigDecimal wholeNumberWords(int i, int[] end) {
            double[] word = numberWord(i);
            if (word == null || word[2] > 0 || word[0] != word[1]) return null;
            int k = withTen(i, word[0]);
            double value = word[0] + (k > i ? 10 : 0);
            if (word[3] > 0 && k == i) return null;
            while (k + 1 < tokens.size() && keys[k + 1].startsWith("و") && separatedBySpace(k, k + 1)) {
                double[] more = NUMBER_WORDS.get(keys[k + 1].substring(1));
                if (more == null || more[2] > 0 || more[0] != more[1]) break;
                int moreEnd = withTen(k + 1, more[0]);
                if (more[3] > 0 && moreEnd == k + 1) break;
                value += more[0] + (moreEnd > k + 1 ? 10 : 0);
                k = moreEnd;
            }
            end[0] = k;
            return BigDecimal.valueOf((long) value);
        }

        /** Number words at token {@code i}, and any before it, come right after فاصلة: the digits after a decimal point. */
        private boolean afterDecimalPoint(int i) {
            int k = i - 1;
            while (k >= 0 && separatedBySpace(k, k + 1) && !keys[k].equals(DECIMAL_POINT) && (numberWord(k) != null || keys[k].equals(ZERO))) {
                k--;
            }
            return k >= 0 && keys[k].equals(DECIMAL_POINT) && (k + 1 >= tokens.size() || separatedBySpace(k, k + 1));
        }

        /**
         * A unit one to nine at token {@code i} with a word of ten right after it, written apart and without و, is a teen
         * (ثلاثة عشر = 13, اثنتي عشرة = 12): the token of the ten; else {@code i}.
         */
        private int withTen(int i, double unit) {
            int ten = i + 1;
            if (unit < 1 || unit > 9 || unit != Math.rint(unit) || ten >= tokens.size() || !separatedBySpace(i, ten)) return i;
            double[] word = NUMBER_WORDS.get(keys[ten]);
            return word != null && word[0] == 10 && word[1] == 10 && word[2] == 0 ? ten : i;
        }

        private boolean isCliticToken(int i) {
            String key = keys[i];
            return !key.isEmpty() && key.length() <= 2 && key.chars().allMatch(c -> SINGLE_LETTER_CLITICS.contains(String.valueOf((char) c)));
        }

        /**
         * A number that names rather than counts: after المادة، رقم، طراز, or joined to letters by a hyphen (F-16);
         * and the values such a number introduces after a colon, as a confidence level its interval
         * ({@code فاصل الثقة 95%: 0.66-0.81}).
         */
        private boolean namesSomething(int i) {
            int s = tokens.get(i).start();
            if (s >= 2 && text.charAt(s - 1) == '-' && Character.isLetter(text.charAt(s - 2))) {
                return true;
            }
            if (i == 0) {
                return false;
            }
            if (tokens.get(i - 1).isNumber() && gap(i - 1, i).matches("[" + PER_CENT_SIGNS + "]?\\s*[:\\-\u2013]\\s*")) {
                return namesSomething(i - 1);
            }
            if (!gap(i - 1, i).isBlank()) {
                return false;
            }
            if (tokens.get(i - 1).text().matches("[A-Z][A-Z0-9]|[0-9][A-Z]")) {
                return true; // an airline's code and a flight number (الرحلة QR 237)
            }
            // the noun with the noun it is of, indefinite, before the number: رمز الطوارئ 7700، رقم الهاتف 100
            if (i >= 2 && isDefinite(i - 1) && !isDefinite(i - 2) && separatedBySpace(i - 2, i - 1)
                    && stemsOf(i - 2).stream().anyMatch(CODE_NOUNS::contains)) {
                return true;
            }
            return stemsOf(i - 1).stream().anyMatch(IDENTIFIER_NOUNS::contains);
        }

        /** A word of a prison sentence before the number at {@code i} in its clause (بالسجن 12 عاما، بسجن متهمين … مدة 6 سنوات). */
        private boolean sentencedBefore(int i) {
            for (int k = i - 1; k >= 0 && k >= i - 12; k--) {
                if (gap(k, k + 1).matches("(?s).*([!?\u061F\u061B\n]|\\.\\s).*")) { // a sentence's end, not an initial's dot
                    return false;
                }
                // with the one sentenced written onto it as a pronoun: بسجنه، بحبسهم
                if (tokens.get(k).isArabic() && stemsOf(k).stream().anyMatch(stem -> SENTENCING_WORDS.contains(stem)
                        || SENTENCING_WORDS.contains(stem.replaceFirst("(?:هما|هم|هن|ها|ه)$", "")))) {
                    return true;
                }
            }
            return false;
        }

        /** Digits joined to a date or time by / or : (28/09/2024، 01:01) or to letters after (5th، 2024آخر). */
        private boolean joinedToDate(Token token) {
            int s = token.start();
            int e = token.end();
            if (e < text.length() && (Character.isLetter(text.charAt(e)) || isDateJoiner(text.charAt(e)))) {
                return true;
            }
            return s > 0 && isDateJoiner(text.charAt(s - 1));
        }

        private boolean isDateJoiner(char c) {
            return c == '/' || c == ':' || c == '\\';
        }

        private double[] numberWord(int i) {
            for (String stem : cliticStrippedForNumbers(i)) {
                double[] value = NUMBER_WORDS.get(stem);
                if (value != null) {
                    return value;
                }
            }
            return null;
        }

        /** Number words may carry و، ف or ب (وثلاثة، بعشرات) but not ل or ك, which would read لست as ست. */
        private List<String> cliticStrippedForNumbers(int i) {
            List<String> stems = new ArrayList<>();
            stems.add(keys[i]);
            for (String prefix : List.of("و", "ف", "ب", "وب", "فب")) {
                if (keys[i].startsWith(prefix) && keys[i].length() - prefix.length() >= 2) {
                    stems.add(keys[i].substring(prefix.length()));
                }
            }
            return stems;
        }

        private boolean hasMultiplier(int i) {
            return i < tokens.size() && separatedBySpace(i - 1, i) && multiplierAt(i) > 0;
        }

        private double multiplierAt(int i) {
            for (String stem : stemsOf(i)) {
                Double factor = MULTIPLIERS.get(stem);
                if (factor == null) factor = MULTIPLIERS.get(withoutTanweenAlef(stem));
                if (factor != null) {
                    return factor;
                }
            }
            return -1;
        }

        private List<String> stemsOf(int i) {
            List<String> cached = stems.get(i);
            if (cached == null) {
                cached = Clitics.stems(keys[i]);
                stems.set(i, cached);
            }
            return cached;
        }

        /** Start token of an approximating phrase ending at token {@code end}, or -1. */
        private int approximatorEndingAt(int end) {
            int best = -1;
            for (List<String> phrase : APPROXIMATORS) {
                int start = end - phrase.size() + 1;
                if (start < 0 || end >= tokens.size()) {
                    continue;
                }
                boolean match = true;
                for (int k = 0; k < phrase.size() && match; k++) {
                    String key = keys[start + k];
                    match = k == 0 ? stemsOf(start).contains(phrase.get(0)) : key.equals(phrase.get(k));
                }
                if (match && (best < 0 || start < best)) {
                    best = start;
                }
            }
            return best;
        }

        /** The first token of the longest listed phrase ending at token {@code end}, its words written apart, or -1. */
        private int phraseEndingAt(int end, List<List<String>> phrases) {
            int best = -1;
            for (List<String> phrase : phrases) {
                int start = end - phrase.size() + 1;
                if (start < 0 || end >= tokens.size() || best >= 0 && start >= best) continue;
                boolean match = separatedBySpace(end, end + 1);
                for (int k = 0; k < phrase.size() && match; k++) {
                    match = keys[start + k].equals(phrase.get(k)) && (k == 0 || separatedBySpace(start + k - 1, start + k));
                }
                if (match) best = start;
            }
            return best;
        }

        /** Number of tokens of the longest listed phrase starting at token {@code i}, or 0. */
        private int phraseAt(int i, List<List<String>> phrases) {
            int best = 0;
            for (List<String> phrase : phrases) {
                if (i + phrase.size() > tokens.size()) {
                    continue;
                }
                boolean match = true;
                for (int k = 0; k < phrase.size() && match; k++) {
                    match = keys[i + k].equals(phrase.get(k));
                }
                if (match) {
                    best = Math.max(best, phrase.size());
                }
            }
            return best;
        }

        /** A per cent sign written right before the number, with nothing but a space or the text's start before it. */
        private boolean percentSignBefore(int numberStart) {
            int sign = numberStart - 1;
            return signBefore(numberStart)
                    && (sign == 0 || Character.isWhitespace(text.charAt(sign - 1)) || text.charAt(sign - 1) == '(');
        }

        /** A per cent sign written right before the number, whatever stands before the sign (و%7). */
        private boolean signBefore(int numberStart) {
            return numberStart >= 1 && PER_CENT_SIGNS.indexOf(text.charAt(numberStart - 1)) >= 0;
        }

        private int percentSignAfter(int offset) {
            int k = offset;
            while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0')) {
                k++;
            }
            return k < text.length() && PER_CENT_SIGNS.indexOf(text.charAt(k)) >= 0 ? k + 1 : -1;
        }

        private boolean isCountedNoun(int i) {
            Token token = tokens.get(i);
            if (token.isNumber() || !Character.isLetter(token.text().charAt(0))) {
                return false;
            }
            String key = keys[i];
            if (!token.isArabic()) {
                return false;
            }
            if (key.startsWith("وال") || key.startsWith("فال")) {
                return false; // a new coordinated word (عشر والتاسع), not what is counted
            }
            if (key.startsWith("و") && !COUNTED_NOUNS.contains(key)) {
                return false; // و and the next item (مقتل عشرات الآلاف وتشريد، قتل 5 وأصيب 7); nouns that begin with و are listed (وحدة)
            }
            return !NOT_COUNTED.contains(key) && !NOT_COUNTED.contains(stripArticle(key)) && !isTimeUnit(i)
                    && !ArabicStemmer.isStopword(key) && !isMonth(i) && multiplierAt(i) < 0 && numberWord(i) == null && key.length() >= 2
                    && !prepositionWithPronoun(i) && !named(i) && !timeUnitWithPreposition(i);
        }

        /**
         * A unit of time with a preposition written onto it (بسنة، لسنوات): what the number's clause says next, never
         * what the number counts, which follows it bare (مقاولَين اثنين بسنة واحدة حبساً: two contractors, no 2 years).
         */
        private boolean timeUnitWithPreposition(int i) {
            String key = keys[i];
            return key.length() >= 3 && "بلك".indexOf(key.charAt(0)) >= 0 && TIME_UNITS.contains(key.substring(1));
        }

        /** A word of sentencing-words.txt at token {@code i}, written apart after the word before (سنوات حبساً، سنتين سجناً). */
        private boolean sentencingWordAt(int i) {
            return i < tokens.size() && separatedBySpace(i - 1, i) && tokens.get(i).isArabic()
                    && SENTENCING_WORDS.contains(withoutTanweenAlef(keys[i]));
        }

        /**
         * A prison term of one or two units of time, written without a number: the unit alone or with واحد (بسنة واحدة
         * حبساً نافذاً: 1 year in prison) or its dual (بسنتين حبساً، شهرين سجناً: 2 years), a word of a sentence right after
         * it. The figure counts the singular, with واحد for one (سنة واحدة), so English says "1 year". Returns the token
         * after the unit, or {@code i}.
         */
        private int termWithoutNumberAt(int i) {
            Token token = tokens.get(i);
            if (!token.isArabic() || token.isNumber()) return i;
            String written = org.nashra.arabic.ArabicText.withoutMarks(token.text(), false);
            for (int clitic = 0; clitic <= 1 && clitic < written.length(); clitic++) {
                if (clitic == 1 && "\u0648\u0641\u0628\u0644".indexOf(written.charAt(0)) < 0) break;   // و، ف، ب، ل
                String word = written.substring(clitic);
                String singular = null;
                double count = 0;
                int last = i;
                if (TIME_UNITS.contains(WordLists.key(word)) && word.length() >= 3) {
                    singular = word;
                    count = 1;
                    double[] one = i + 1 < tokens.size() && separatedBySpace(i, i + 1) ? NUMBER_WORDS.get(keys[i + 1]) : null;
                    if (one != null && one[0] == 1 && one[1] == 1) last = i + 1;   // سنة واحدة
                } else if (word.length() >= 5 && (word.endsWith("\u064A\u0646") || word.endsWith("\u0627\u0646"))) {   // ين، ان
                    String stem = word.substring(0, word.length() - 2);
                    String single = stem.endsWith("\u062A") ? stem.substring(0, stem.length() - 1) + "\u0629" : stem;   // سنتين: سنة
                    if (TIME_UNITS.contains(WordLists.key(single))) {
                        singular = single;
                        count = 2;
                    }
                }
                if (singular == null || !sentencingWordAt(last + 1)) continue;
                String one = singular.endsWith("\u0629") ? "واحدة" : "واحد";
                String counted = count == 1 ? singular + " " + one : singular;
                int start = withoutLeadingConjunction(token.start());
                int end = tokens.get(last).end();
                figures.add(new Figure(text.substring(start, end), start, end, count, count, false, counted, Optional.empty(),
                        Optional.empty(), true));
                return last + 1;
            }
            return i;
        }

        /**
         * Token {@code i} begins within a name the text was found to give, and is no noun counted-nouns.txt lists, which
         * after a number is counted whatever a name finder makes of it (22 ألف جهاز معرض للثغرة).
         */
        private boolean named(int i) {
            if (names.isEmpty() || COUNTED_NOUNS.contains(keys[i]) || COUNTED_NOUNS.contains(withoutTanweenAlef(keys[i]))) return false;
            int start = tokens.get(i).start();
            for (int[] name : names) {
                if (name[0] <= start && start < name[1]) return true;
            }
            return false;
        }

        /**
         * A word with a preposition written before it and a pronoun after it (بوظائفهم، لمنازلهم): a phrase of its own,
         * never what a number counts (العمال البالغ عددهم نحو 800 بوظائفهم). Both are needed, as words begin with ب or
         * ل (برميل، لتر) and end in هم (درهم، سهم).
         */
        private boolean prepositionWithPronoun(int i) {
            String word = org.nashra.arabic.ArabicText.withoutMarks(tokens.get(i).text(), false);
            if (word.length() < 6 || COUNTED_NOUNS.contains(keys[i])) return false;
            int from = "\u0648\u0641".indexOf(word.charAt(0)) >= 0 ? 1 : 0;   // و، ف
            if ("\u0628\u0644\u0643".indexOf(word.charAt(from)) < 0) return false;   // ب، ل، ك
            String pronoun = word.endsWith("\u0647\u0645\u0627") ? "هما" : word.endsWith("\u0647\u0645") || word.endsWith("\u0647\u0646")
                    || word.endsWith("\u0643\u0645") || word.endsWith("\u0643\u0646") ? "هم" : "";
            return !pronoun.isEmpty() && word.length() - from - 1 - pronoun.length() >= 3;
        }

        /**
         * A noun in the dual counts two (صاروخين، حالتين: 2 missiles, 2 cases), for the nouns counted-nouns.txt lists
         * whose dual no listed plural is spelt as (مقاتلين is the plural of مقاتل), indefinite, with no number before
         * it; the figure counts the singular. Returns the token after it, or {@code i}.
         */
        private int dualAt(int i) {
            Token token = tokens.get(i);
            if (!token.isArabic() || i > 0 && (tokens.get(i - 1).isNumber() || numberWord(i - 1) != null)) return i;
            String written = org.nashra.arabic.ArabicText.withoutMarks(token.text(), false);
            for (int clitic = 0; clitic <= 1; clitic++) {
                if (clitic == 1 && "\u0648\u0641\u0628\u0644".indexOf(written.charAt(0)) < 0) break;   // و، ف، ب، ل
                String word = written.substring(clitic);
                if (word.length() < 5 || word.startsWith("\u0627\u0644") || !word.endsWith("\u064A\u0646") && !word.endsWith("\u0627\u0646")) continue;
                String stem = word.substring(0, word.length() - 2);
                boolean feminine = stem.endsWith("\u062A");
                String singular = feminine ? stem.substring(0, stem.length() - 1) + "\u0629" : stem;
                // a short stem with ان is more often a word of its own than a dual (ميلان)
                if (!feminine && word.endsWith("\u0627\u0646") && stem.length() < 4) continue;
                int last = i + 1 < tokens.size() && separatedBySpace(i, i + 1) && numberWord(i + 1) != null
                        && numberWord(i + 1)[0] == 2 && numberWord(i + 1)[3] == 0 ? i + 1 : i;   // صاروخين اثنين
                // اثنين after it says it is a dual, whatever the noun (مقاولَين اثنين: 2 contractors, of a plural spelt alike)
                if (last == i && (!COUNTED_NOUNS.contains(WordLists.key(singular)) || COUNTED_NOUNS.contains(WordLists.key(word)))) continue;
                int start = token.start() + (clitic == 0 ? 0 : token.text().indexOf(written.charAt(1), 1));
                int end = tokens.get(last).end();
                figures.add(new Figure(text.substring(start, end), start, end, 2, 2, false, singular, Optional.empty(), Optional.empty()));
                return last + 1;
            }
            return i;
        }

        /**
         * A definite noun with a definite masculine adjective of relation after it (الفرع العلمي، الجيش السوري) is a
         * singular: after "N من" the group they belong to (29 من الفرع العلمي: 29 of the science stream), not what is
         * counted; a plural of people takes a plural adjective (من السكان المحليين), of things a feminine one.
         */
        private boolean singularByItsAdjective(int noun) {
            int adjective = noun + 1;
            if (adjective >= tokens.size() || !separatedBySpace(noun, adjective) || !tokens.get(adjective).isArabic()) return false;
            String key = keys[adjective];
            // as written: ى (المدن الكبرى) is no ي of relation, whatever the matching form makes of it
            String written = tokens.get(adjective).text().replaceAll("[\\u064B-\\u0652]+$", "");
            return key.startsWith("ال") && key.length() >= 5 && written.endsWith("\u064A") && !NATIONALITY_NOUNS.contains(stripArticle(keys[noun]));
        }

        /**
         * A verb in the present of two or more (يحملان، يعملون، تقومان): after a number word it says what they do
         * (بينهم اثنان يحملان جنسية أجنبية), it does not name what is counted.
         */
        private boolean looksLikePresentVerb(int i) {
            String key = keys[i];
            return key.length() >= 5 && (key.startsWith("ي") || key.startsWith("ت")) && (key.endsWith("ان") || key.endsWith("ون"));
        }

        /** A unit of time (عاما، أيام): alone after a number a duration, which dates read; a range of them is a figure. */
        /**
         * The plural with the article right before a number written with the article (الأصوات الـ86، الدول الـ27، النواب الـ 128): what
         * it counts; else -1. After a singular the number is an ordinal (الجولة الـ22: the 22nd round), and after a
         * duration it belongs to dates (السنوات الـ10 الماضية).
         */
        private int pluralBeforeArticle(int number) {
            int article = number - 1, noun = number - 2;
            if (noun < 0 || !keys[article].equals("ال") || !articleOf(article, number)
                    || !separatedBySpace(noun, article) || !tokens.get(noun).isArabic() || !keys[noun].startsWith("ال")) {
                return -1;
            }
            String bare = keys[noun].substring(2);
            boolean plural = bare.endsWith("ات") || bare.endsWith("ين") || bare.endsWith("ون")
                    || COUNTED_NOUNS.contains(bare) && !bare.endsWith("ة");
            return plural && !isTimeUnit(noun) ? noun : -1;
        }

        /** The article at {@code article} is the number's: written onto it, or apart with a tatweel (النواب الـ 128). */
        private boolean articleOf(int article, int number) {
            return tokens.get(article).end() == tokens.get(number).start()
                    || tokens.get(article).text().endsWith("\u0640") && separatedBySpace(article, number);
        }

        private boolean isTimeUnit(int i) {
            return tokens.get(i).isArabic() && (TIME_UNITS.contains(keys[i]) || TIME_UNITS.contains(stripArticle(keys[i])));
        }

        /** A word with the article, alone or after a proclitic (الشهر، بالعراق، للتحالف). */
        private boolean isDefinite(int i) {
            String key = keys[i];
            return !stripArticle(key).equals(key);
        }

        private boolean isMonth(int i) {
            if (i < 0 || i >= tokens.size()) {
                return false;
            }
            for (String stem : stemsOf(i)) {
                if (MONTHS.contains(stem)) {
                    return true;
                }
            }
            return false;
        }

        /** A day number beside a month name, or a year: dates, not figures. */
        private boolean isDate(Quantity first, Quantity second, String counted) {
            if (!first.digits || first.multiplier != 1 || counted.equals("%")) {
                return false; // a share is no day of a month (يومي 1 و2 جويلية بلغت 95%)
            }
            if (first.low != Math.rint(first.low)) {
                return false; // no day or year has a fraction (خلال أيلول بلغ 73.5 دولار)
            }
            int i = first.index;
            // two words before, a month of two words (تشرين الأول 2024, ربيع الأول 1446), not a month and a verb
            // (خلال أيلول بلغ 73 دولاراً)
            boolean twoWordMonth = isMonth(i - 2) && keys[i - 1].startsWith("ال")
                    // or after, a Hijri month whose first word is no month alone (10 ذي الحجة: ذي is also "of")
                    || i + 2 < tokens.size() && isMonth(i + 2) && keys[i + 2].startsWith("ال")
                    && separatedBySpace(i, i + 1) && separatedBySpace(i + 1, i + 2);
            boolean monthBeside = isMonth(i + 1) || isMonth(i - 1) || twoWordMonth
                    || (second != null && (isMonth(second.last + 1)))
                    || i + 2 < tokens.size() && MONTHS_WITH_YEAR.contains(keys[i + 1]) && keys[i + 2].matches("\\d{4}");
            if (monthBeside) {
                return true;
            }
            boolean yearLike = isYear(first) && (second == null || isYear(second));
            return yearLike && !COUNTED_NOUNS.contains(WordLists.key(counted)) && !(isTamyiz(counted) && !afterKeepYear(first));
        }

        /** A word of keep-year.txt right before the number (في 2015 اتفاقا): a year, whatever follows. */
        private boolean afterKeepYear(Quantity q) {
            int before = q.clitic() ? q.index() - 2 : q.index() - 1;
            return before >= 0 && stemsOf(before).stream().anyMatch(KEEP_YEAR::contains);
        }

        /**
         * A counted noun in the indefinite accusative (قتيلا، جريحا، دولارا), the tamyiz that follows a number
         * from eleven on: after a number it can only be what the number counts, so the number is no year.
         */
        private boolean isTamyiz(String counted) {
            String key = WordLists.key(counted);
            return key.length() >= 3 && key.endsWith("ا") && !key.contains(" ") && stripArticle(key).equals(key);
        }

        private boolean isYear(Quantity q) {
            return q.digits && q.low == Math.rint(q.low) && q.low >= 1800 && q.low <= 2100
                    && keys[q.index].matches("\\d{4}");
        }

        /**
         * The currency an amount of currency ending at token {@code last} is a rate against, written right after it
         * with ل (49.5 جنيه للدولار) or after a word of {@code rate-words.txt} (مقابل الدولار), alone or in a base amount
         * (مقابل 100 دولار): its token, or -1.
         */
        private int rateAgainst(int last, String counted) {
            int j = last + 1;
            if (!separatedBySpace(last, j) || !tokens.get(j).isArabic()) return -1;
            if (keys[j].startsWith("لل") && CURRENCIES.contains(keys[j].substring(2))) return j;
            int measure = measureEndingPhrase(j);
            if (measure > 0) return measure;
            if (!RATE_WORDS.contains(keys[j]) || !separatedBySpace(j, j + 1)) return -1;
            if (tokens.get(j + 1).isArabic()) return CURRENCIES.contains(stripArticle(keys[j + 1])) ? j + 1 : -1;
            return baseAmountAt(j + 1, counted);
        }

        /**
         * A base amount of another currency at token {@code at}, which a rate is given per (151,250 ديناراً مقابل 100
         * دولار; 152,250 ديناراً لكل 100 دولار): a round number in digits, 10, 100 or 1000, and a currency not the
         * figure's own, for an amount against the same currency is a comparison (1500 دينار مقابل 1400 دينار أمس). Its
         * currency's token, or -1.
         */
        private int baseAmountAt(int at, String counted) {
            int currency = at + 1;
            if (currency >= tokens.size() || !tokens.get(at).isNumber() || !ROUND_BASE.matcher(keys[at]).matches() || !separatedBySpace(at, currency)
                    || !tokens.get(currency).isArabic() || !CURRENCIES.contains(keys[currency])) return -1;
            String own = WordLists.key(counted).split(" ")[0];
            return currencyRoot(own).equals(currencyRoot(keys[currency])) ? -1 : currency;
        }

        /**
         * A measure of {@code rate-measures.txt} written with لل from token {@code j} (للمتر المربع، للطن): its last
         * token, or -1. A price per it, not an amount (27,800 درهم للمتر المربع).
         */
        private int measureEndingPhrase(int j) {
            if (!keys[j].startsWith("لل")) return -1;
            int best = -1;
            for (List<String> phrase : RATE_MEASURES) {
                int end = j + phrase.size() - 1;
                if (end >= tokens.size()) continue;
                boolean match = keys[j].substring(2).equals(phrase.get(0));
                for (int k = 1; k < phrase.size() && match; k++) {
                    match = separatedBySpace(j + k - 1, j + k) && stripArticle(keys[j + k]).equals(phrase.get(k));
                }
                if (match) best = Math.max(best, end);
            }
            return best;
        }

        /** "في X" right after the counted noun: X, with listed continuations (المتحدة) and one coordinated place. */
        private Optional<String> placeAfter(int last) {
            int p = last + 1;
            if (p + 1 >= tokens.size() || !keys[p].equals("في") || !separatedBySpace(last, p)
                    || !separatedBySpace(p, p + 1)) {
                return Optional.empty();
            }
            int first = p + 1;
            if (!isPlaceWord(first)) {
                return Optional.empty();
            }
            int end = first;
            while (end + 1 < tokens.size() && separatedBySpace(end, end + 1) && PLACE_CONTINUATIONS.contains(keys[end + 1])) {
                end++;
            }
            int and = end + 1;
            if (and < tokens.size() && separatedBySpace(end, and) && keys[and].startsWith("و") && keys[and].length() >= 4
                    && tokens.get(and).isArabic() && (and + 1 == tokens.size() || gap(and, and + 1).matches(".*[.\u060C,\u061B:!?\u061F].*"))) {
                end = and; // في العراق وسوريا.
            }
            String place = text.substring(tokens.get(first).start(), tokens.get(end).end());
            if (!isPlace.test(place) && end > first) {
                place = text.substring(tokens.get(first).start(), tokens.get(first).end());
            }
            return isPlace.test(place) ? Optional.of(place) : Optional.empty();
        }

        private boolean isPlaceWord(int i) {
            return tokens.get(i).isArabic() && !ArabicStemmer.isStopword(keys[i]) && !NOT_COUNTED.contains(keys[i])
                    && !NOT_PLACES.contains(keys[i]) && !isTimeUnit(i)
                    && !isMonth(i) && keys[i].length() >= 2;
        }

        private String gap(int a, int b) {
            return text.substring(tokens.get(a).end(), tokens.get(b).start());
        }

        /** Tokens a and b are neighbours separated only by spaces (no comma, full stop or bracket). */
        private boolean separatedBySpace(int a, int b) {
            return a >= 0 && b < tokens.size() && gap(a, b).isBlank() && !gap(a, b).isEmpty();
        }
    }

    /** A number read at token {@code index}: value range, how it was written, last token used. */
    private record Quantity(int start, int index, int last, double low, double high, boolean approximate,
                            boolean digits, boolean clitic, double multiplier) {
    }

    /**
     * A word without the alef of the indefinite accusative (تريليونا، متجرا، طنا: the tamyiz after a number), which lists give
     * once, in the form without it; the word itself when it has none.
     */
    public static String withoutTanweenAlef(String key) {
        return key.length() >= 3 && key.endsWith("ا") && !key.endsWith("اا") ? key.substring(0, key.length() - 1) : key;
    }

    /**
     * The nation's adjective when a figure counts people by it, as the finder gives it: a noun of nationality-nouns.txt and
     * the adjective (الجنسية الهندية → الهندية), or a noun of people-nouns.txt and the adjective, without the accusative's
     * alef (مواطناً لبنانياً → لبناني); else empty, also for the plural alone (جنسيات counts nationalities).
     */
    public static Optional<String> nationOfPeople(String counted) {
        String[] words = counted.strip().split("\\s+");
        if (words.length != 2) return Optional.empty();
        boolean noun = Clitics.stems(WordLists.key(words[0])).stream().anyMatch(NATIONALITY_NOUNS::contains);
        if (noun) return Optional.of(words[1]);
        // of people by their adjective, in the accusative after eleven on (166 ألفاً و240 مواطناً لبنانياً): لبناني
        String adjective = WordLists.key(words[1]);
        return PEOPLE_NOUNS.contains(withoutTanweenAlef(WordLists.key(words[0]))) && !adjective.startsWith("ال")
                ? Optional.of(adjective.endsWith("يا") ? withoutTanweenAlef(adjective) : adjective) : Optional.empty();
    }

    private static String stripArticle(String key) {
        for (String prefix : List.of("وال", "فال", "بال", "كال", "لل", "ال")) {
            if (key.startsWith(prefix) && key.length() - prefix.length() >= 2) {
                return key.substring(prefix.length());
            }
        }
        return key;
    }

    /**
     * Parses ASCII digits with separators; a comma before exactly three digits groups thousands, and so does a dot
     * when it does so more than once (1.250.000) or once in a count (1.500 نازح). One dot before three digits is a
     * decimal point after a lone 0 (0.308), before a multiplier (1.500 مليار) and in an amount of a currency or a measure
     * divided into thousandths (1.370 دينار: 1.37 dinars, as Kuwait, Bahrain, Jordan, Oman and Tunisia write prices;
     * 42.195 كيلومتراً).
     */
    static double parseDigits(String digits, boolean decimalFollows) {
        String s = digits;
        if (s.matches("\\d{1,3}(,\\d{3})+")) {
            s = s.replace(",", "");
        } else if (s.matches("[1-9]\\d{0,2}(\\.\\d{3})+") && (!decimalFollows || s.indexOf('.') != s.lastIndexOf('.'))) {
            s = s.replace(".", "");
        } else if (s.matches("\\d+,\\d+")) {
            s = s.replace(',', '.');
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static Map<String, double[]> loadNumberWords() {
        Map<String, double[]> words = new TreeMap<>();
        for (List<String> row : WordLists.rows(Figure.class, "number-words.tsv")) {
            boolean approximate = row.size() > 3 && row.get(3).equals("approximate");
            boolean compound = row.size() > 3 && row.get(3).equals("compound");
            words.put(WordLists.key(row.get(0)), new double[] {
                Double.parseDouble(row.get(1)), Double.parseDouble(row.get(2)), approximate ? 1 : 0, compound ? 1 : 0});
        }
        return Map.copyOf(words);
    }

    private static Map<String, String> loadWords(String name) {
        Map<String, String> words = new TreeMap<>();
        for (List<String> row : WordLists.rows(Figure.class, name)) {
            words.put(WordLists.key(row.get(0)), row.get(1));
        }
        return Map.copyOf(words);
    }

    private static Map<String, Double> loadFactors(String name) {
        Map<String, Double> factors = new TreeMap<>();
        for (List<String> row : WordLists.rows(Figure.class, name)) {
            factors.put(WordLists.key(row.get(0)), Double.parseDouble(row.get(1)));
        }
        return Map.copyOf(factors);
    }
}
