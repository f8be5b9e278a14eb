package org.nashra.extract.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes of date expressions, as regular expressions over folded text whose words come from the
 * {@link Lexicon}, each with the reading that turns a match into a value. At every word start the
 * longest match of any shape wins; a limit word (منذ، حتى) may precede any shape.
 */
final class DateGrammar {

    /**
     * What a shape read from the text. {@code dayOfNamedMonth} is set (and {@code value} empty) for a day of
     * the month named just before (في العاشر منه), which {@link #placeInNamedMonth} resolves, then under
     * {@code bound}.
     */
    /** {@code ofYearNamedBefore}: a part of "the year" said bare (حتى نهاية العام), which a year just named may be. */
    /** {@code yearless}: a day or month said without a year or a direction (15 يوليو), which a year just named may hold. */
    private record Found(int end, boolean relative, Optional<DateValue> value, Integer dayOfNamedMonth, Bound bound, boolean ofYearNamedBefore,
                         boolean yearless) {
        Found(int end, boolean relative, Optional<DateValue> value) {
            this(end, relative, value, null, Bound.NONE, false, false);
        }

        Found(int end, boolean relative, Optional<DateValue> value, Integer dayOfNamedMonth, Bound bound, boolean ofYearNamedBefore) {
            this(end, relative, value, dayOfNamedMonth, bound, ofYearNamedBefore, false);
        }

        Found asYearless() { return new Found(end, relative, value, dayOfNamedMonth, bound, ofYearNamedBefore, true); }
    }

    /** Where a shape matched, and the bound a word before it puts on it (منذ: since, حتى: until). */
    private record Context(DateText text, int start, Optional<LocalDate> ref, Bound bound) {}

    @FunctionalInterface
    private interface Reading {
        /** The value of the match, or null when the match is not a date after all. */
        Found read(Matcher m, Context c);
    }

    private record Shape(String name, Pattern pattern, Reading reading) {}

    private static final DateGrammar STANDARD = new DateGrammar(Lexicon.standard());

    private static final Pattern NEXT_WORD = Pattern.compile("\\s+([\\p{L}]+)");

    /** The longest stretch of folded text one expression may cover. */
    private static final int MAX_EXPRESSION = 200;

    static DateGrammar standard() { return STANDARD; }

    private final Lexicon lex;
    private final List<Shape> shapes;
    private final Pattern boundPrefix;
    /** A preposition before a day (في، إلى): a date that starts after it and reaches further wins over one that starts with it. */
    private final Pattern dayPrepPrefix;
    /** "أسبوع" before a day (أسبوع 16 سبتمبر): the week that holds the day. */
    private final Pattern weekOfPrefix;
    private final Pattern clockWord;
    /** The word after a number, past a second number joined to it (2012 و2014 شخصا). */
    private final Pattern countedWord;
    private final Pattern weekWord;
    private final Pattern bareWeekday;
    private final Pattern rangeJoint;
    private final Pattern rangeFromBefore;
    private final Pattern monthPair;
    /** A calendar unit with a direction counted from the time just spoken of, ending a span (العام السابق، الشهر التالي). */
    private final Pattern anaphoricUnit;
    /** The first two letters of every month spelling, as {@link #twoLetters}, sorted: no month name begins anywhere else. */
    private final int[] monthStarts;
    private final Pattern cliticHost;
    private final Pattern periodPart;
    /** A number in words (تسعة وعشرين، ألف وتسعمائة وثمانية وسبعون), as a regular expression. */
    private final String numberWords;
    private final Pattern numberTerm;
    private final Set<String> cueWords;
    private final Set<String> placeWords;
    /** Words of an event or a feast a month after them names (ثورة 25 يناير، إيض يناير). */
    private final Set<String> eventWords;
    /** Nouns «العام» qualifies (النائب العام): after them it is "general", not the year. */
    private final Set<String> generalNouns;
    private final Pattern numberedEnd;
    private final Set<String> toComeWords;
    /** The present of a verb to come without its prefix (لتقي of يلتقي, قام of تقام): with س before it, the future. */
    private final Set<String> futureStems;
    /** The stems of the {@code future} verbs alone, whose bare present is to come with a word of the next. */
    private final Set<String> announcedStems;
    private final Set<String> nextWords;
    private final Set<String> scheduledWords;
    private final Set<String> weeklyWords;
    /** A bare weekday, after a limit word or not (حتى الخميس): with another, a range of days of every week. */
    private final Pattern weekdayOnly;
    /** A word of a day alone (غد، أمس): a weekday right after it (غد الأربعاء) names the same day. */
    private final Pattern dayWordOnly;
    /** How many characters {@link #shapesAt} looks at. */
    private static final int PROBE = 4;
    /** For each start of text a shape may be tried at, the shapes that can match there (see {@link #shapesAt}). */
    private final Map<String, int[]> shapesByStart = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each shape's pattern as {@link #shapesAt} probes it ({@link #gateOf}); null for a shape always tried. */
    private final List<Pattern> gates;
    /** False only to check that {@link #shapesAt} changes nothing: then every shape is tried everywhere. */
    private final boolean gated;

    private DateGrammar(Lexicon lex) {
        this(lex, true);
    }

    private DateGrammar(Lexicon lex, boolean gated) {
        this.lex = lex;
        this.gated = gated;
        String term = Lexicon.alternation(lex.cardinalSpellings());
        this.numberWords = "(?:" + term + "(?:\\s*و\\s*" + term + "){0,6})";
        this.numberTerm = compile(term);
        List<Shape> s = new ArrayList<>();
        String mon = Lexicon.alternation(lex.monthSpellings());
        String ord = Lexicon.alternation(lex.ordinalSpellings());
        String wd = Lexicon.alternation(lex.weekdaySpellings());
        String dir = Lexicon.alternation(lex.spellings("direction"));
        String thisWord = Lexicon.alternation(lex.spellings("this"));
        String unit = Lexicon.alternation(lex.spellings("unit"));
        String week = Lexicon.alternation(lex.spellings("unit", "week"));
        String count = Lexicon.alternation(lex.spellings("count"));
        String dual = Lexicon.alternation(lex.spellings("dual"));
        String number = Lexicon.alternation(lex.spellings("number"));
        List<String> preWords = new ArrayList<>(lex.spellings("ago"));
        preWords.addAll(lex.spellings("later"));
        preWords.addAll(lex.spellings("lastcount"));
        String pre = Lexicon.alternation(preWords);
        String approx = Lexicon.alternation(lex.spellings("approx"));
        String now = Lexicon.alternation(lex.spellings("now"));
        String portion = Lexicon.alternation(lex.spellings("portion"));
        String dayWords = Lexicon.alternation(lex.spellings("day"));
        String dayword = Lexicon.alternation(lex.spellings("dayword"));
        String monthword = Lexicon.alternation(lex.spellings("monthword"));
        String yearword = Lexicon.alternation(lex.spellings("yearword", "-"));
        String anyYearword = Lexicon.alternation(lex.spellings("yearword"));
        String rangeFrom = Lexicon.alternation(lex.spellings("rangefrom"));
        String rangeTo = Lexicon.alternationNoBoundary(lex.spellings("rangeto"));
        String era = Lexicon.alternation(lex.spellings("era"));
        String season = Lexicon.alternation(lex.spellings("season"));
        String decade = Lexicon.alternation(lex.spellings("decade"));
        String quarter = Lexicon.alternation(lex.spellings("quarter"));
        String half = Lexicon.alternation(lex.spellings("half"));
        String weekend = Lexicon.alternation(lex.spellings("weekend"));

        String c = "\\s*[,،]?\\s*";
        String sep = "(?:\\s*[,،]?\\s*|\\s*[/\\-]\\s*)";
        String wdp = "(?:" + dayword + "\\s+)?(?<wd>" + wd + ")";
        String yearOf = "(?:(?:من\\s+)?(?:عام|العام|سنه)\\s+)?";

        // A date in figures is Hijri with هـ after it, or when its year is one of the Hijri era's that no news dates in
        // figures in the Gregorian calendar (١٤٤٦/٠٥/١٢ is the 12th of Jumada al-Ula 1446, 14 November 2024, not a May
        // of the Middle Ages); م after it keeps it Gregorian.
        s.add(new Shape("numeric year-month-day", compile(year("y") + "(?<sep>[/\\-.])(?<mo>[01]?[0-9])\\k<sep>(?<d>[0-3]?[0-9])(?![0-9])" + era("era", era)),
                (m, x) -> fixed(m, Resolution.day(num(m, "y"), num(m, "mo"), num(m, "d"), isHijriInFigures(m)))));
        s.add(new Shape("numeric day-month-year", compile("(?<a>[0-3]?[0-9])(?<sep>[/\\-.])(?<b>[0-3]?[0-9])(?:\\k<sep>|\\s*,\\s*)" + year("y") + era("era", era)),
                (m, x) -> {
                    // a Hijri date is written day first (6/8/1445هـ is the 6th of Sha'ban), not a Gregorian month
                    if (isHijriInFigures(m)) return fixed(m, Resolution.day(num(m, "y"), num(m, "b"), num(m, "a"), true));
                    int[] dm = dayMonth(num(m, "a"), num(m, "b"));
                    return fixed(m, Resolution.day(num(m, "y"), dm[1], dm[0], false));
                }));
        s.add(new Shape("numeric month-year", compile("(?<mo>[01]?[0-9])[/\\-]" + year("y") + "(?![/\\-.][0-9])" + era("era", era)),
                (m, x) -> fixed(m, Resolution.month(num(m, "y"), num(m, "mo"), isHijriInFigures(m)))));
        s.add(new Shape("numeric year-month", compile(year("y") + "[/\\-](?<mo>[01]?[0-9])(?![0-9/\\-.])" + era("era", era)),
                (m, x) -> fixed(m, Resolution.month(num(m, "y"), num(m, "mo"), isHijriInFigures(m)))));
        s.add(new Shape("numeric day-month", compile("(?<a>[0-3]?[0-9])(?<sep>[/\\-])(?<b>[0-3]?[0-9])(?![0-9/\\-.%٪])(?!\\s*[,،]?\\s*[0-9])"),
                (m, x) -> {
                    int[] dm = dayMonth(num(m, "a"), num(m, "b"));
                    if (dm[1] < 1 || dm[1] > 12 || dm[0] < 1 || dm[0] > 31) return null;
                    // "1-6" is more often a score than a date; a dashed date needs a day above 12 (22-4)
                    if (m.group("sep").equals("-") && dm[0] <= 12) return null;
                    // "(1/8)" under a photo is the first of eight, a counter: n of m in brackets, n no more than m
                    if (num(m, "a") <= num(m, "b") && bracketed(x.text().folded(), x.start(), m.end())) return null;
                    return relative(m, x, ref -> Resolution.dayMonth(dm[1], dm[0], false, null, null, x.bound(), ref));
                }));
        // a number with decimals (رمضان 2.5 مليون) is no day
        String dayPart = "(?:(?<d>[0-3]?[0-9])(?![0-9])(?![.,\u066B][0-9])(?:st|nd|rd|th)?|(?<dord>" + ord + ")|(?<dc>" + numberWords + "))";
        String months = "(?<m>" + mon + ")(?:\\s*[/(\\-]?\\s*(?<m2>" + mon + ")(?:\\s*\\))?)?";
        // A day and month without a year may say which one: السابع من أكتوبر الماضي (the last before the reference).
        String dayMonthDirection = "(?:\\s+(?<dmdir>" + dir + "))?";
        s.add(new Shape("day month year", compile("(?:" + wdp + c + "(?:في\\s+)?)?" + dayPart + sep + "(?:من\\s+)?(?:" + monthword + "\\s+)?"
                        + months + "(?:" + sep + yearOf + yearx("y") + era("era", era) + "|" + dayMonthDirection + ")"),
                this::readDayMonthYear));
        s.add(new Shape("month day year", compile("(?:" + wdp + c + ")?(?:" + monthword + "\\s+)?" + months + "\\s*[/\\-]?\\s*" + dayPart
                        + "(?:" + c + "(?:من\\s+)?" + yearx("y") + era("era", era) + "|" + dayMonthDirection + ")"),
                this::readDayMonthYear));
        s.add(new Shape("month year", compile("(?:(?<por>" + portion + ")\\s+)?(?:" + monthword + "\\s+)?" + months + c + "(?:[/\\-]\\s*)?"
                        + yearOf + yearx("y") + era("era", era)),
                this::readMonthYear));
        s.add(new Shape("month", compile("(?:(?<this>" + thisWord + ")\\s+)?(?:(?<por>" + portion + ")\\s+)?(?:(?<this2>" + thisWord + ")\\s+)?(?<mw>"
                        + monthword + "\\s+)?" + months + "(?:\\s+(?<dir>" + dir + "))?"),
                this::readMonth));
        // two weekdays before two days of a month name them in turn (يومي الجمعة والسبت 6 و7 جوان: Friday the 6th and Saturday the 7th)
        String weekdayPair = "(?:(?:" + dayword + "\\s+)?(?<wp1>" + wd + ")\\s*و\\s*(?:" + dayword + "\\s+)?(?<wp2>" + wd + ")\\s+)?";
        s.add(new Shape("day range", compile("(?:(?<from>" + rangeFrom + ")\\s+)?" + weekdayPair + "(?:(?<d1>[0-3]?[0-9])(?![0-9])|(?<d1o>" + ord + "))\\s*(?:" + rangeTo
                        + ")\\s*(?:(?<d2>[0-3]?[0-9])(?![0-9])|(?<d2o>" + ord + "))\\s+(?:من\\s+)?(?:" + monthword + "\\s+)?(?:" + months
                        + "(?:" + c + yearx("y") + ")?|(?:في\\s+)?(?:(?<this>" + thisWord + ")\\s+الشهر|الشهر\\s+(?<dir>" + dir + ")))"),
                this::readDayRange));
        s.add(new Shape("month day range", compile("(?:" + monthword + "\\s+)?" + months + "\\s+بين\\s+(?:(?<d1>[0-3]?[0-9])(?![0-9])|(?<d1o>" + ord
                        + "))\\s*و\\s*(?:(?<d2>[0-3]?[0-9])(?![0-9])|(?<d2o>" + ord + "))"),
                this::readDayRange));
        s.add(new Shape("day of the month named before", compile(dayPart + "\\s+(?:" + Lexicon.alternation(lex.spellings("thatmonth")) + ")"),
                (m, x) -> {
                    Integer day = dayOf(m, "d", "dord");
                    if (day == null || day < 1 || day > 31) return null;
                    return new Found(m.end(), true, Optional.empty(), day, Bound.NONE, false);
                }));
        s.add(new Shape("day of a relative month", compile(dayPart + "\\s+من\\s+(?:(?<this>" + thisWord + ")\\s+الشهر|الشهر\\s+(?<dir>" + dir + "))"),
                (m, x) -> {
                    Integer day = dayOf(m, "d", "dord");
                    Integer shift = m.group("dir") != null ? direction(m.group("dir")) : 0;
                    return relative(m, x, ref -> Resolution.dayOfMonth(day, shift, ref));
                }));
        List<String> compoundOrdinals = lex.ordinalSpellings().stream().filter(o -> o.contains(" ")).toList();
        String compound = Lexicon.alternation(compoundOrdinals);
        String compoundAfterLam = Lexicon.alternation(compoundOrdinals.stream().filter(o -> o.startsWith("ال")).map(o -> o.substring(2)).toList());
        s.add(new Shape("compound ordinal day", compile("(?:(?:" + Lexicon.alternation(lex.spellings("dayprep")) + ")\\s+(?<o1>" + compound
                        + ")|لل(?<o2>" + compoundAfterLam + "))"),
                (m, x) -> {
                    Integer day = m.group("o1") != null ? lex.ordinal(normalSpace(m.group("o1"))) : lex.ordinal("ال" + normalSpace(m.group("o2")));
                    if (day == null || day < 11 || nearClockWord(x.text().folded(), x.start(), m.end())) return null;
                    return relative(m, x, ref -> Resolution.dayOfMonth(day, null, ref));
                }));
        List<String> bareWeekdays = lex.weekdaySpellings().stream().map(w -> w.startsWith("ال") ? w.substring(2) : w).toList();
        s.add(new Shape("week of a month or year", compile("(?:" + week + ")\\s+(?<rank>" + Lexicon.alternation(lex.spellings("weekrank"))
                        + ")\\s+(?:من|في)\\s+(?:(?:(?:عام|العام|سنه)\\s+)?" + yearx("y2") + "|(?:" + monthword + "\\s+)?(?<m>" + mon + ")(?:" + c + yearx("y") + ")?|(?:(?<this>" + thisWord
                        + ")\\s+)?(?<unit>الشهر|العام|السنه)(?:\\s+(?<dir>" + dir + "))?)"),
                this::readWeekOf));
        s.add(new Shape("weekday of a month", compile("(?<nth>" + Lexicon.alternation(lex.spellings("nth")) + ")\\s+(?:" + dayword + "\\s+)?(?<wdb>"
                        + Lexicon.alternation(bareWeekdays) + ")\\s+(?:من|في)\\s+(?:" + monthword + "\\s+)?(?:(?<m>" + mon + ")(?:" + c + yearx("y")
                        + ")?|(?:(?<this>" + thisWord + ")\\s+)?الشهر(?:\\s+(?<dir>" + dir + "))?)"),
                this::readWeekdayOfMonth));
        // Years before Christ, of any number of digits: an era, or the time of a find, that no news is dated by.
        String bc = Lexicon.alternation(lex.spellings("bc"));
        s.add(new Shape("years before Christ", compile("(?:(?<from>" + rangeFrom + ")\\s+)?(?:(?<yw>" + anyYearword + ")\\s*)?(?<y1>[0-9]{1,4})(?![0-9])\\s*(?<to>"
                        + rangeTo + ")\\s*(?:" + yearword + "\\s*)?(?<y2>[0-9]{1,4})(?![0-9])\\s*(?:" + bc + ")"),
                (m, x) -> {
                    int y1 = num(m, "y1"), y2 = num(m, "y2");
                    if (y1 <= y2 || y2 < 1) return null;   // the earlier year, the larger number, first
                    return fixed(m, Optional.of(DateValue.year(1 - y1).withEnd(LocalDate.of(1 - y2, 1, 1))));
                }));
        s.add(new Shape("year before Christ", compile("(?:(?<yw>" + yearword + ")\\s*)?(?<y>[0-9]{1,4})(?![0-9])\\s*(?:" + bc + ")"),
                (m, x) -> num(m, "y") < 1 ? null : fixed(m, Optional.of(DateValue.year(1 - num(m, "y"))))));
        s.add(new Shape("year range", compile("(?:(?<from>" + rangeFrom + ")\\s+)?(?:(?<yw>" + anyYearword + ")\\s*)?" + year("y1") + "\\s*(?<to>"
                        + rangeTo + ")\\s*(?:" + yearword + "\\s*)?" + year("y2") + era("era", era)),
                this::readYearRange));
        s.add(new Shape("year word", compile("(?<yw>" + yearword + ")\\s*(?:(?<y>[0-9]{3,4})(?![0-9])|(?<yw2>" + numberWords + "))" + era("era", era)),
                (m, x) -> {
                    Integer y = m.group("y") != null ? Integer.valueOf(num(m, "y")) : yearInWords(m.group("yw2"));
                    if (y == null || (y > 2100 && m.group("era") == null)) return null;
                    if (numberedBefore(x.text().folded(), x.start())) return null;   // قانون رقم (12) لسنة 2024
                    return fixed(m, Resolution.year(y, isHijriEra(m)));
                }));
        s.add(new Shape("year in words", compile("(?<yw2>" + numberWords + ")"),
                (m, x) -> {
                    Integer y = yearInWords(m.group("yw2"));
                    if (y == null || y < 1100 || y > 2100 || !m.group("yw2").contains("و") || !hasCue(x.text().folded(), x.start())) return null;
                    return fixed(m, Resolution.year(y, false));
                }));
        s.add(new Shape("year", compile(year("y") + era("era", era)), this::readYear));
        s.add(new Shape("part of a year", compile("(?<por>" + portion + ")\\s+(?:(?:عام|العام|سنه)\\s+)?" + yearx("y") + era("era", era)),
                (m, x) -> {
                    Portion p = portion(m.group("por"));
                    Integer y = yearValue(m, "y");
                    if (p == Portion.WHOLE || y == null) return null;
                    return fixed(m, Resolution.year(y, isHijriEra(m)).map(v -> v.withPortion(p)));
                }));
        s.add(new Shape("weekday and day", compile(wdp + "(?:\\s+في)?\\s+" + dayPart + "(?![0-9/\\-.])"),
                (m, x) -> {
                    int weekday = lex.weekday(m.group("wd"));
                    Integer day = dayOf(m, "d", "dord");
                    if (day == null || day < 1 || day > 31) return null;
                    // "الأحد الأول" right after the weekday is its rank in the month, not the first day of one
                    if (m.group("dord") != null && !m.group().contains("في") && lex.word("weekdayrank", normalSpace(m.group("dord"))) != null) return null;
                    // "الأحد أول أيام رمضان": an ordinal without its article is the first of what follows, not a day of the month
                    if (m.group("dord") != null && !normalSpace(m.group("dord")).startsWith("ال")) return null;
                    return relative(m, x, ref -> Resolution.weekdayDay(weekday, day, ref));
                }));
        s.add(new Shape("weekday", compile("(?:(?<wthis>" + thisWord + ")\\s+(?:" + week + "\\s+)?|" + week + "\\s+(?<wdir>" + dir + ")\\s+)?" + wdp
                        + "(?:\\s+(?<dir>" + dir + ")|\\s+(?:(?:من|في)\\s+)?(?:(?<wthis2>" + thisWord + ")\\s+" + week + "|" + week + "\\s+(?<wdir2>"
                        + dir + ")))?"),
                (m, x) -> {
                    int weekday = lex.weekday(m.group("wd"));
                    Integer weekShift = m.group("wthis") != null || m.group("wthis2") != null ? Integer.valueOf(0)
                            : m.group("wdir") != null ? direction(m.group("wdir"))
                            : m.group("wdir2") != null ? direction(m.group("wdir2")) : null;
                    Integer d = m.group("dir") != null ? direction(m.group("dir")) : null;
                    if (d == null && weekShift == null && recurringBefore(x.text().folded(), x.start())) return null;
                    if (d == null && weekShift == null && (toComeBefore(x.text().folded(), x.start()) || scheduledBefore(x.text().folded(), x.start()))) {
                        return relative(m, x, ref -> Optional.of(Resolution.comingWeekday(weekday, ref)));
                    }
                    return relative(m, x, ref -> Optional.of(Resolution.weekday(weekday, d, weekShift, ref)));
                }));
        // weekdays of a named week, the week before or after them (الأسبوع المقبل بين الأربعاء والجمعة، من الاثنين إلى الجمعة هذا الأسبوع)
        String weekNamed = "(?:(?<wthis>" + thisWord + ")\\s+" + week + "|" + week + "\\s+(?<wdir>" + dir + "))";
        String weekdaySpan = "(?:(?<wfrom>" + rangeFrom + ")\\s+)?(?:" + dayword + "\\s+)?(?<wd1>" + wd + ")\\s*(?<wto>" + rangeTo + ")\\s*(?:" + dayword
                + "\\s+)?(?<wd2>" + wd + ")";
        s.add(new Shape("weekdays of a week, week first", compile(weekNamed + c + weekdaySpan), this::readWeekdaysOfWeek));
        s.add(new Shape("weekdays of a week, week last", compile(weekdaySpan + "\\s+(?:(?:من|في)\\s+)?" + weekNamed), this::readWeekdaysOfWeek));
        s.add(new Shape("weekday by rank", compile(wdp + "\\s+(?<rank>" + Lexicon.alternation(lex.spellings("weekdayrank")) + ")(?:\\s+(?:من|في)\\s+(?:"
                        + monthword + "\\s+)?(?:(?<m>" + mon + ")(?:" + c + yearx("y") + ")?|(?:(?<this>" + thisWord + ")\\s+)?(?<unit>الشهر)(?:\\s+(?<dir>"
                        + dir + "))?))?"),
                (m, x) -> {
                    int nth = Integer.parseInt(lex.word("weekdayrank", m.group("rank")));
                    boolean ofMonth = m.group("m") != null || m.group("unit") != null;
                    // "الجمعة الأخيرة" alone is last Friday; "الخميس الأول من نوعه" is no date of a month
                    if (!ofMonth && (nth < 0 || x.text().folded().substring(m.end()).matches("(?s)\\s+من\\s.*"))) return null;
                    return weekdayOfMonth(m, x, nth, lex.weekday(m.group("wd")));
                }));
        s.add(new Shape("day word", compile("(?<day>" + dayWords + ")"),
                (m, x) -> {
                    int offset = Integer.parseInt(lex.word("day", m.group("day")).replace("+", ""));
                    // اليوم with an ordinal after it is a day of an event counted from its start (حتى اليوم الثالث), not today
                    Matcher next = Pattern.compile("^\\s+(\\p{L}+)").matcher(x.text().folded().substring(m.end()));
                    if (offset == 0 && next.find() && lex.ordinal(next.group(1)) != null) return null;
                    // «الكويت اليوم»: a word of a short name in guillemets (a paper, a programme) is no day
                    if (inShortTitle(x.text().folded(), x.start(), m.end())) return null;
                    return relative(m, x, ref -> Optional.of(DateValue.day(ref.plusDays(offset))));
                }));
        s.add(new Shape("day of month", compile(dayword + "\\s+(?<d>[0-3]?[0-9])(?![0-9/\\-.])(?!\\s+" + mon + ")"),
                (m, x) -> {
                    int day = num(m, "d");
                    if (day < 1 || day > 31) return null;
                    return relative(m, x, ref -> Resolution.dayOfMonth(day, null, ref));
                }));
        // "سأعود في 15." : a bare number after في that ends the sentence is a day of the month; "في 15 مدينة" is not
        s.add(new Shape("day at the end of a sentence", compile("(?<=(?:^|[^\\p{L}])[وف]?في\\s{1,3})(?<d>[0-3]?[0-9])(?=\\s*(?:[.!?؟](?![0-9])|$))"),
                (m, x) -> {
                    int day = num(m, "d");
                    if (day < 1 || day > 31) return null;
                    return relative(m, x, ref -> Resolution.dayOfMonth(day, null, ref));
                }));
        s.add(new Shape("weekend", compile("(?<we>" + weekend + ")(?:\\s+(?<dir>" + dir + "))?"),
                (m, x) -> {
                    int shift = m.group("dir") != null ? direction(m.group("dir")) : 0;
                    return relative(m, x, ref -> {
                        LocalDate saturday = ref.with(java.time.DayOfWeek.MONDAY).plusWeeks(shift).plusDays(5);
                        return Optional.of(DateValue.days(saturday, saturday.plusDays(1)));
                    });
                }));
        s.add(new Shape("relative unit", compile("(?:(?<por>" + portion + ")\\s+)?(?:(?<this>" + thisWord + ")\\s+)?(?<unit>" + unit + ")(?:\\s+(?<dir>"
                        + dir + "))?"),
                this::readRelativeUnit));
        s.add(new Shape("counted units", compile("(?:(?<pre>" + pre + ")\\s+)?(?:(?<approx>" + approx + ")\\s+)?(?:(?<n>[0-9]{1,3})(?![0-9])|(?<nw>"
                        + number + "))\\s*(?<cu>" + count + ")(?:\\s+(?<dir>" + dir + "))?(?:\\s+(?<now>" + now + "))?"),
                this::readCounted));
        String periodPart = "(?:(?:[0-9]{1,3}(?![0-9])|" + number + ")\\s*)?(?:" + count + "|" + dual + ")";
        this.periodPart = compile("(?:(?<n>[0-9]{1,3})(?![0-9])|(?<nw>" + number + "))?\\s*(?:(?<cu>" + count + ")|(?<du>" + dual + "))");
        s.add(new Shape("compound period", compile("(?:(?<pre>" + pre + ")\\s+)?(?<parts>" + periodPart + "(?:\\s*و?\\s*" + periodPart
                        + "){1,4})(?:\\s+(?<now>" + now + "))?"),
                this::readCompoundPeriod));
        s.add(new Shape("counted units, article first", compile("(?:(?<pre>" + pre + ")\\s+)?(?<cu>" + count + ")\\s+(?:(?<n>[0-9]{1,3})(?![0-9])|(?<nw>"
                        + number + "))\\s+(?<dir>" + dir + ")"),
                this::readCounted));
        s.add(new Shape("two units", compile("(?:(?<pre>" + pre + ")\\s+)?(?:(?<approx>" + approx + ")\\s+)?(?<du>" + dual + ")(?:\\s+(?<dir>" + dir
                        + "))?(?:\\s+(?<now>" + now + "))?"),
                this::readCounted));
        s.add(new Shape("one unit", compile("(?<pre>" + Lexicon.alternation(lex.spellings("beforeone")) + ")\\s+(?<one>"
                        + Lexicon.alternation(lex.spellings("one")) + ")(?:\\s+(?<now>" + now + "))?"),
                this::readCounted));
        s.add(new Shape("decade", compile("(?:(?<por>" + portion + ")\\s+)?(?:(?:حقبه|عقد)\\s+)?(?<dec>" + decade + ")(?:\\s+(?:من\\s+)?(?:ال)?قرن\\s+(?<cent>الماضي|العشرين|التاسع\\s+عشر))?"),
                (m, x) -> {
                    // a decade of one's life is an age, no date (رجل في الخمسينيات من عمره)
                    if (followedBy(x.text().folded(), m.end(), lex.spellings("ofage"))) return null;
                    int first = Integer.parseInt(lex.word("decade", m.group("dec")));
                    if ("التاسع عشر".equals(normalSpace(m.group("cent")))) first -= 100;
                    Portion p = portion(m.group("por"));
                    return fixed(m, Resolution.years(first, first + 9).map(v -> v.withPortion(p)));
                }));
        s.add(new Shape("century", compile("(?:(?<por>" + portion + ")\\s+)?(?:" + Lexicon.alternation(lex.spellings("century")) + ")\\s+(?:(?<cord>"
                        + ord + ")|(?<this>" + thisWord + ")|(?<dir>" + dir + "))" + era("era", era)),
                (m, x) -> {
                    if (m.group("era") != null && isHijriEra(m)) return null;
                    Portion p = portion(m.group("por"));
                    if (m.group("cord") != null) {
                        Integer n = lex.ordinal(normalSpace(m.group("cord")));
                        if (n == null || n < 1 || n > 21) return null;
                        return fixed(m, Resolution.years(Math.max(1, (n - 1) * 100), (n - 1) * 100 + 99).map(v -> v.withPortion(p)));
                    }
                    int shift = m.group("dir") != null ? direction(m.group("dir")) : 0;
                    return relative(m, x, ref -> {
                        int first = ref.getYear() / 100 * 100 + 100 * shift;
                        return Resolution.years(first, first + 99).map(v -> v.withPortion(p));
                    });
                }));
        s.add(new Shape("season", compile("(?:(?<por>" + portion + ")\\s+)?(?:(?<this>" + thisWord + ")\\s+)?(?<season>" + season + ")(?:\\s+(?<dir>"
                        + dir + ")|" + c + "(?:(?:عام|العام)\\s+)?" + yearx("y") + ")?"),
                this::readSeason));
        s.add(new Shape("quarter or half", compile("(?:(?<q>" + quarter + ")|(?<h>" + half + "))\\s+(?:من\\s+)?(?:(?:(?:عام|العام|سنه)\\s+)?" + yearx("y")
                        + era("era", era) + "|(?:(?<this>" + thisWord + ")\\s+)?(?<unit>العام|السنه)(?:\\s+(?<dir>" + dir + "))?)"),
                this::readQuarter));
        this.shapes = List.copyOf(s);
        this.gates = this.shapes.stream().map(shape -> gateOf(shape.pattern())).toList();
        List<String> notDayWords = new ArrayList<>(lex.spellings("clock"));
        notDayWords.addAll(lex.spellings("century"));
        this.clockWord = compile("(?<![\\p{L}])(?:[وفبل]|ال)?(?:" + Lexicon.alternation(notDayWords) + ")");
        this.weekWord = compile("(?<![\\p{L}])(?:" + week + ")");
        this.bareWeekday = compile("(?:" + dayword + "\\s+)?(?<wd>" + wd + ")");
        this.weekOfPrefix = compile("(?:" + Lexicon.alternation(lex.spellings("one", "week")) + ")\\s+");
        this.boundPrefix = compile("(?<bound>" + Lexicon.alternation(lex.spellings("bound")) + ")\\s*(?:(?:"
                + Lexicon.alternation(lex.spellings("daypart")) + ")\\s+)?");
        this.dayPrepPrefix = compile("(?:" + Lexicon.alternation(lex.spellings("dayprep")) + ")\\s+");
        List<String> hosts = new ArrayList<>();
        for (String role : List.of("this", "portion", "monthword", "yearword", "dayword", "bound")) hosts.addAll(lex.spellings(role));
        this.cliticHost = compile("ال|[0-9]|" + Lexicon.alternation(hosts));
        if (lex.monthSpellings().stream().anyMatch(spelling -> spelling.length() < 2)) {
            throw new IllegalStateException("a month spelling of one letter would defeat monthStarts: " + lex.monthSpellings());
        }
        this.monthStarts = lex.monthSpellings().stream().mapToInt(spelling -> twoLetters(spelling, 0)).distinct().sorted().toArray();
        this.monthPair = compile("(?<m>" + mon + ")(?:\\s*[/(\\-]?\\s*(?<m2>" + mon + ")\\)?)?(?<num>\\s*[/\\-]?\\s*[0-9])?");
        this.anaphoricUnit = compile("(?<unit>" + unit + ")\\s+(?:" + Lexicon.alternation(lex.spellings("anaphoric")) + ")$");
        this.rangeJoint = compile("\\s*(?:" + rangeTo + ")\\s*");
        this.countedWord = compile("(?:\\s*(?:" + rangeTo + ")\\s*[0-9]{1,4}(?![0-9]))?\\s*(?<word>\\p{L}+)");
        this.rangeFromBefore = compile("(?:" + Lexicon.alternationNoBoundary(lex.spellings("rangefrom")) + ")\\s+$");
        Set<String> cues = new TreeSet<>(lex.spellings("yearcue"));
        cues.addAll(lex.spellings("bound"));
        cues.addAll(lex.spellings("portion"));
        cues.addAll(lex.spellings("rangefrom"));
        this.cueWords = Set.copyOf(cues);
        this.placeWords = Set.copyOf(lex.spellings("placename"));
        this.eventWords = Set.copyOf(lex.spellings("eventname"));
        this.generalNouns = Set.copyOf(lex.spellings("general"));
        this.numberedEnd = compile("(?:" + Lexicon.alternation(lex.spellings("numbered")) + ")\\s*\\(?\\s*[0-9]+\\s*\\)?\\s*[لب]?$");
        this.toComeWords = Set.copyOf(lex.spellings("tocome"));
        this.announcedStems = presentStems(lex.spellings("future"));
        Set<String> stems = new TreeSet<>(announcedStems);
        stems.addAll(presentStems(toComeWords));
        this.futureStems = Set.copyOf(stems);
        this.nextWords = Set.copyOf(lex.spellings("direction", "+1"));
        this.scheduledWords = Set.copyOf(lex.spellings("scheduled"));
        this.weeklyWords = Set.copyOf(lex.spellings("weekly"));
        String boundWord = "(?:" + boundPrefix.pattern() + ")?";
        this.weekdayOnly = compile(boundWord + "(?:" + dayword + "\\s+)?(?:" + wd + ")");
        this.dayWordOnly = compile(boundWord + "(?:" + dayWords + ")");
    }

    /** Folded text has its Latin letters in lower case already (as do lexicon spellings): no case folding at match time. */
    private static Pattern compile(String regex) {
        return Pattern.compile(regex);
    }

    private static String year(String group) { return "(?<" + group + ">[12][0-9]{3})(?![0-9])"; }

    /** A year in digits (group {@code g}) or in words (group {@code g + "w"}). */
    private String yearx(String group) {
        return "(?:" + year(group) + "|(?<" + group + "w>" + numberWords + "))";
    }

    /** The year of group {@code g} of a {@link #yearx} part, or null when absent or not a year. */
    private Integer yearValue(Matcher m, String group) {
        if (group(m, group) != null) return Integer.parseInt(m.group(group));
        String words = group(m, group + "w");
        return words == null ? null : yearInWords(words);
    }

    private static boolean hasYear(Matcher m, String group) {
        return group(m, group) != null || group(m, group + "w") != null;
    }

    /** The parts of a number in words, in order (ألف وتسعمائة وثمانية وسبعون: 1000, 900, 8, 70). */
    private List<Integer> numberParts(String words) {
        List<Integer> parts = new ArrayList<>();
        String s = normalSpace(words);
        int pos = 0;
        while (pos < s.length()) {
            while (pos < s.length() && s.charAt(pos) == ' ') pos++;
            if (pos >= s.length()) break;
            Matcher t = numberTerm.matcher(s).region(pos, s.length());
            if (!t.lookingAt() && s.charAt(pos) == 'و') {
                pos++;
                while (pos < s.length() && s.charAt(pos) == ' ') pos++;
                t = numberTerm.matcher(s).region(pos, s.length());
            }
            if (!t.lookingAt()) return List.of();
            parts.add(lex.cardinal(t.group()));
            pos = t.end();
        }
        return parts;
    }

    /** A number in words read as a day of the month: only compounds (خمسة عشر، تسعة وعشرين), as single words are too often counts. */
    private Integer dayInWords(String words) {
        List<Integer> parts = numberParts(words);
        if (parts.isEmpty() || !normalSpace(words).contains(" ") && parts.size() < 2) return null;
        int sum = parts.stream().mapToInt(Integer::intValue).sum();
        return sum >= 1 && sum <= 31 ? sum : null;
    }

    /** A number in words read as a year, by thousands (ألفين وثمانية عشر) or by centuries (تسعة عشر وثمانية وسبعين). */
    private Integer yearInWords(String words) {
        List<Integer> parts = numberParts(words);
        if (parts.isEmpty()) return null;
        int first = parts.get(0);
        int rest = parts.stream().skip(1).mapToInt(Integer::intValue).sum();
        int year = parts.size() > 1 && first >= 10 && first < 30 && rest < 100 ? first * 100 + rest : first + rest;
        return year >= 1000 && year <= 2999 ? year : null;
    }

    private static String era(String group, String eraAlternation) {
        return "(?:\\s*(?<" + group + ">" + eraAlternation + "))?";
    }

    // ---------------------------------------------------------------- month series

    /** How often {@code original} names months the Levantine way, the Egyptian way, and both together. */
    int[] monthSeriesCounts(String original) {
        String folded = DateText.of(original).folded();
        int[] counts = new int[3];
        // Matcher.find, step for step, but trying the pattern only where a month name can begin.
        Matcher m = monthPair.matcher(folded).useTransparentBounds(true);
        for (int pos = 0; pos < folded.length(); pos++) {
            if (java.util.Arrays.binarySearch(monthStarts, twoLetters(folded, pos)) < 0 || !m.region(pos, folded.length()).lookingAt()) continue;
            pos = m.end() - 1;
            if (!isWordStart(folded, m.start())) continue;
            Lexicon.MonthName first = lex.month(m.group("m")).orElse(null);
            Lexicon.MonthName second = m.group("m2") == null ? null : lex.month(m.group("m2")).orElse(null);
            if (first == null) continue;
            if (second != null && second.number() == first.number() && !second.series().equals(first.series())) {
                counts[2]++;
                continue;
            }
            boolean nearNumber = m.group("num") != null || (m.start() > 0 && folded.substring(Math.max(0, m.start() - 4), m.start()).matches(".*[0-9][\\s/\\-]*"));
            if (first.ambiguous() && !nearNumber) continue;
            if (first.series().equals("levantine")) counts[0]++;
            else if (first.series().equals("egyptian")) counts[1]++;
        }
        return counts;
    }

    /** The characters at {@code at} and after it as one number (the second 0 at the end of the text). */
    private static int twoLetters(String text, int at) {
        return text.charAt(at) << 16 | (at + 1 < text.length() ? text.charAt(at + 1) : 0);
    }

    // ---------------------------------------------------------------- finding

    /** A clock time alone in a text (21:05), with nothing else but space around it. */
    private static final Pattern CLOCK_ALONE = Pattern.compile("\\s*((?:[01]?[0-9]|2[0-3]):[0-5][0-9])\\s*");

    List<DateMention> find(String original, Optional<LocalDate> ref) {
        // A live blog heads each entry with its time alone (21:05, 19:40): a time of the day the text speaks from.
        Matcher clock = CLOCK_ALONE.matcher(original);
        if (clock.matches()) {
            return List.of(new DateMention(clock.group(1), clock.start(1), clock.end(1), ref.map(DateValue::day), true));
        }
        DateText text = DateText.of(original);
        String folded = text.folded();
        List<int[]> spans = new ArrayList<>();
        List<Found> founds = new ArrayList<>();
        // One matcher per shape for the whole text, moved from word to word.
        Matcher[] matchers = new Matcher[shapes.size()];
        for (int pos = 0; pos < folded.length(); ) {
            // A verse of the Quran between ornate brackets (﴿شهر رمضان الذي أنزل فيه القرآن﴾) is quoted scripture, no date of the news.
            int verseEnd = verseEnd(folded, pos);
            if (verseEnd > pos) { pos = verseEnd; continue; }
            if (!isWordStart(folded, pos) || minutesOfClock(folded, pos)) { pos++; continue; }
            Found best = null;
            for (int i : shapesAt(folded, pos)) {
                Found f = tryShape(i, matchers, text, pos, ref, Bound.NONE);
                if (f != null && (best == null || f.end() > best.end())) best = f;
            }
            Matcher bound = boundPrefix.matcher(folded).region(pos, folded.length()).useTransparentBounds(true);
            if (bound.lookingAt() && bound.end() > bound.start() && bound.end() < folded.length()) {
                // قبل ظهر اليوم is the morning of the day, no limit on it
                Bound kind = lex.word("partofday", normalSpace(bound.group())) != null ? Bound.NONE : Bound.of(lex.word("bound", bound.group("bound")));
                for (int i : shapesAt(folded, bound.end())) {
                    Found f = tryShape(i, matchers, text, bound.end(), ref, kind);
                    if (f != null && (best == null || f.end() > best.end())) best = f;
                }
            }
            Matcher weekOf = weekOfPrefix.matcher(folded).region(pos, folded.length()).useTransparentBounds(true);
            if (weekOf.lookingAt() && weekOf.end() < folded.length()) {
                for (int i : shapesAt(folded, weekOf.end())) {
                    Found f = tryShape(i, matchers, text, weekOf.end(), ref, Bound.NONE);
                    if (f == null || best != null && f.end() <= best.end()) continue;
                    Optional<DateValue> day = f.value().filter(v -> v.precision() == Precision.DAY && !v.isRange() && v.bound() == Bound.NONE);
                    if (day.isEmpty()) continue;
                    LocalDate monday = day.get().start().with(java.time.DayOfWeek.MONDAY);
                    best = new Found(f.end(), f.relative(), Optional.of(DateValue.days(monday, monday.plusDays(6))));
                }
            }
            if (best == null) { pos++; continue; }
            // "مدينة السادس من أكتوبر": a date without a year right after a place word is the place's name
            if (precededBy(folded, pos, placeWords) && !folded.substring(pos, best.end()).matches("(?s).*[0-9]{4}.*")) {
                pos = best.end();
                continue;
            }
            // "ثورة 25 يناير"، "إيض يناير": a month without a year or a direction right after the word of an event is the
            // event's name; أحداث أكتوبر الماضي is last October's
            if (best.yearless() && precededBy(folded, pos, eventWords)) {
                pos = best.end();
                continue;
            }
            int start = pos;
            // "في الحادي عشر من سبتمبر 2001": the date after the preposition reaches further than the day the preposition starts
            Matcher prep = dayPrepPrefix.matcher(folded).region(pos, folded.length()).useTransparentBounds(true);
            if (prep.lookingAt() && prep.end() < folded.length()) {
                for (int i : shapesAt(folded, prep.end())) {
                    Found f = tryShape(i, matchers, text, prep.end(), ref, Bound.NONE);
                    if (f != null && f.end() > best.end()) {
                        best = f;
                        start = prep.end();
                    }
                }
            }
            spans.add(new int[] {start, best.end()});
            founds.add(best);
            pos = best.end();
        }
        mergeRanges(folded, spans, founds);
        if (placeInSeason(folded, spans, founds)) mergeRanges(folded, spans, founds);
        placeInRelativeYear(folded, spans, founds);
        placeInNamedMonth(folded, spans, founds);
        placeInYearNamedBefore(folded, spans, founds);
        placeInYearOfDateBefore(folded, spans, founds, ref);
        countFromDateBefore(folded, spans, founds, ref);
        joinDayAndWeekday(folded, spans, founds);
        shareWeek(folded, spans, founds);
        pairDays(folded, spans, founds);
        List<DateMention> mentions = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int start = text.originalStart(spans.get(i)[0]);
            int end = text.originalEnd(spans.get(i)[1]);
            Found f = founds.get(i);
            mentions.add(new DateMention(original.substring(start, end), start, end, f.value(), f.relative()));
        }
        return List.copyOf(mentions);
    }

    /**
     * The shapes that can match {@code text} at {@code at}, in shape order. Most shapes start with a few
     * known words, so at most words nearly all of them fail within the first letters; trying only the
     * rest saves resetting and running thirty-odd matchers at every word. A shape is left out only when it
     * fails on the next {@link #PROBE} characters alone without reaching the end of them
     * ({@link Matcher#hitEnd}), so no text starting with them can match it either. A shape that first looks
     * behind is probed without that look (what follows it must match on its own); one that looks behind
     * further on depends on the text before, and is always tried.
     */
    private int[] shapesAt(String text, int at) {
        String start = text.substring(at, Math.min(text.length(), at + PROBE));
        return shapesByStart.computeIfAbsent(start, first -> {
            String probe = " " + first;
            return java.util.stream.IntStream.range(0, shapes.size()).filter(i -> {
                Pattern gate = gates.get(i);
                if (!gated || gate == null) return true;
                Matcher m = gate.matcher(probe).region(1, probe.length()).useTransparentBounds(true);
                return m.lookingAt() || m.hitEnd();
            }).toArray();
        });
    }

    /**
     * What {@link #shapesAt} probes a shape with: the shape's pattern without a look behind at its start, or
     * null (always try the shape) when it looks behind anywhere else.
     */
    static Pattern gateOf(Pattern shape) {
        String regex = shape.pattern();
        if (regex.startsWith("(?<=") || regex.startsWith("(?<!")) regex = regex.substring(groupEnd(regex, 0));
        if (regex.contains("(?<=") || regex.contains("(?<!")) return null;
        return regex.equals(shape.pattern()) ? shape : Pattern.compile(regex, shape.flags());
    }

    /** The index after the group that opens at {@code open}, past escapes, quoted runs and character classes. */
    private static int groupEnd(String regex, int open) {
        int depth = 0;
        int classDepth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
                    int end = regex.indexOf("\\E", i + 2);
                    i = end < 0 ? regex.length() : end + 1;
                } else {
                    i++;
                }
            } else if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            } else if (classDepth == 0 && c == '(') {
                depth++;
            } else if (classDepth == 0 && c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("unbalanced group in " + regex);
    }

    /** The same grammar trying every shape at every word, to check that {@link #shapesAt} changes nothing. */
    static DateGrammar ungated() {
        return new DateGrammar(Lexicon.standard(), false);
    }

    private Found tryShape(int index, Matcher[] matchers, DateText text, int at, Optional<LocalDate> ref, Bound bound) {
        Shape shape = shapes.get(index);
        if (matchers[index] == null) matchers[index] = shape.pattern().matcher(text.folded()).useTransparentBounds(true);
        // no date expression is longer than a sentence; bounding the region keeps matching cheap on long text
        Matcher m = matchers[index].region(at, Math.min(text.length(), at + MAX_EXPRESSION));
        if (!m.lookingAt() || m.end() == at) return null;
        Found f;
        try {
            f = shape.reading().read(m, new Context(text, at, ref, bound));
        } catch (RuntimeException e) {
            // A shape that matched odd text (a number out of range, an impossible date) is simply not a date.
            return null;
        }
        if (f == null) return null;
        if (bound == Bound.NONE) return f;
        if (f.dayOfNamedMonth() != null) return new Found(f.end(), f.relative(), f.value(), f.dayOfNamedMonth(), bound, false);
        return new Found(f.end(), f.relative(), f.value().map(v -> v.withBound(bound)), null, Bound.NONE, f.ofYearNamedBefore(), f.yearless());
    }

    /**
     * Whether the number at {@code pos} is the minutes of a clock time (21:15): Asharq Al-Awsat's نُشر: 21:15-24 أبريل
     * 2025 is the 24th at a quarter past nine, not the 15th to the 24th.
     */
    private static boolean minutesOfClock(String folded, int pos) {
        return pos >= 2 && Character.isDigit(folded.charAt(pos)) && folded.charAt(pos - 1) == ':' && Character.isDigit(folded.charAt(pos - 2));
    }

    /** The ornate brackets that enclose a verse of the Quran, written either way round. */
    private static final char VERSE_OPEN = '\uFD3F';
    private static final char VERSE_CLOSE = '\uFD3E';

    /** After the closing bracket of a verse that opens at {@code pos}; {@code pos} itself when none opens there or it is never closed. */
    private static int verseEnd(String folded, int pos) {
        char c = folded.charAt(pos);
        if (c != VERSE_OPEN && c != VERSE_CLOSE) return pos;
        int close = folded.indexOf(c == VERSE_OPEN ? VERSE_CLOSE : VERSE_OPEN, pos + 1);
        return close < 0 ? pos : close + 1;
    }

    /**
     * The first end of a range that names no year of its own, put in the year written at the other end
     * (من 23 يناير إلى 5 فبراير 2025: 23 January 2025), or in the year before when it would fall after that end
     * (من 28 ديسمبر إلى 5 يناير 2025). Empty when the first end is not a day or month of one calendar with the last.
     */
    private Optional<DateValue> inYearOfRangeEnd(String first, DateValue last) {
        if (last.hijri() || last.isRange() || last.bound() != Bound.NONE || last.precision() == Precision.YEAR) return Optional.empty();
        for (int year : new int[] {last.start().getYear(), last.start().getYear() - 1}) {
            String dated = first.strip() + " " + year;
            List<DateMention> found = find(dated, Optional.empty());
            if (found.size() != 1 || found.get(0).start() != 0 || found.get(0).end() != dated.length()) return Optional.empty();
            Optional<DateValue> value = found.get(0).value()
                    .filter(v -> v.precision() == last.precision() && !v.isRange() && !v.hijri() && v.bound() == Bound.NONE);
            if (value.isEmpty()) return Optional.empty();
            if (value.get().start().isBefore(last.start())) return value;
        }
        return Optional.empty();
    }

    /** Joins "X to Y" (من 2 أكتوبر إلى 22 أكتوبر، 2014-2018) into one range when both ends have values of one precision. */
    private void mergeRanges(String folded, List<int[]> spans, List<Found> founds) {
        for (int i = 0; i + 1 < spans.size(); i++) {
            int[] a = spans.get(i), b = spans.get(i + 1);
            Found fa = founds.get(i), fb = founds.get(i + 1);
            Matcher joint = rangeJoint.matcher(folded).region(a[1], b[0]);
            boolean untilJoint = folded.substring(a[1], b[0]).isBlank() && fb.value().map(v -> v.bound() == Bound.UNTIL).orElse(false)
                    && precededBy(folded, a[0], lex.spellings("rangefrom"));
            if (!joint.matches() && !untilJoint) continue;
            // "من الأحد إلى الخميس" with no week named is the days of every week (opening hours, a timetable), no dates
            boolean twoDays = folded.substring(a[1], b[0]).strip().equals("و") && !precededBy(folded, a[0], lex.spellings("rangefrom"));
            if (!twoDays && weekdayOnly.matcher(folded.substring(a[0], a[1])).matches() && weekdayOnly.matcher(folded.substring(b[0], b[1])).matches()) {
                spans.subList(i, i + 2).clear();
                founds.subList(i, i + 2).clear();
                i--;
                continue;
            }
            if (fa.relative() && !fb.relative() && fb.value().isPresent()) {
                // The year at the end is the year of both ends: من 23 يناير إلى 5 فبراير 2025.
                Optional<DateValue> inYear = inYearOfRangeEnd(folded.substring(a[0], a[1]), fb.value().get());
                if (inYear.isPresent()) fa = new Found(a[1], false, inYear);
            }
            if (fa.value().isEmpty() || fb.value().isEmpty()) continue;
            DateValue va = fa.value().get(), vb = fb.value().get();
            if (va.hijri() != vb.hijri() && folded.substring(a[1], b[0]).strip().matches("[-\u2013\u2014]")) {
                // a Hijri date and its Gregorian equivalent joined by a dash (4 ربيع الأول 1446 هـ - 11 سبتمبر 2024 م) are
                // one day, named by its Gregorian date, not a range
                spans.set(i, new int[] {a[0], b[1]});
                Found gregorian = va.hijri() ? fb : fa;
                founds.set(i, new Found(b[1], gregorian.relative(), gregorian.value()));
                spans.remove(i + 1);
                founds.remove(i + 1);
                continue;
            }
            if (va.precision() != vb.precision() || va.isRange() || vb.isRange() || !va.start().isBefore(vb.start())) continue;
            String between = folded.substring(a[1], b[0]).strip();
            boolean announced = precededBy(folded, a[0], lex.spellings("rangefrom"));
            if (between.equals("و") && !announced) continue;
            int start = a[0];
            Matcher from = rangeFromBefore.matcher(folded).region(0, a[0]);
            if (announced && from.find()) start = from.start();
            spans.set(i, new int[] {start, b[1]});
            founds.set(i, new Found(b[1], fa.relative() || fb.relative(),
                    Optional.of(va.withBound(Bound.NONE).withEnd(vb.start()))));
            spans.remove(i + 1);
            founds.remove(i + 1);
        }
    }

    /**
     * Puts the months named without a year after a season of two years (الموسم 2023-2024 (من نوفمبر إلى جوان)), in
     * the same sentence, into the years of the season: in order, the first in its first year, and from the month
     * where the calendar starts again (جوان after نوفمبر) in its second. Only months that cross the new year tell the
     * season apart from the reference's year; a month alone stays where the reference puts it. Whether any moved.
     */
    private boolean placeInSeason(String folded, List<int[]> spans, List<Found> founds) {
        boolean moved = false;
        for (int i = 0; i + 2 < spans.size(); i++) {
            Optional<DateValue> season = founds.get(i).value();
            if (founds.get(i).relative() || season.isEmpty() || season.get().precision() != Precision.YEAR || season.get().hijri()
                    || season.get().end().isEmpty() || season.get().end().get().getYear() != season.get().start().getYear() + 1) continue;
            int first = season.get().start().getYear();
            List<Integer> months = new ArrayList<>();
            for (int j = i + 1; j < spans.size(); j++) {
                if (folded.substring(spans.get(j - 1)[1], spans.get(j)[0]).matches("(?s).*[.!?؟\n].*")) break;
                Found f = founds.get(j);
                if (!f.relative() || f.value().isEmpty() || f.value().get().precision() != Precision.MONTH || f.value().get().isRange()
                        || f.value().get().hijri()) break;
                months.add(j);
            }
            int year = first, previous = 0;
            List<Integer> years = new ArrayList<>();
            for (int j : months) {
                int month = founds.get(j).value().get().start().getMonthValue();
                if (month < previous) year++;
                years.add(year);
                previous = month;
            }
            if (years.isEmpty() || years.get(years.size() - 1) != first + 1) continue;
            for (int k = 0; k < months.size(); k++) {
                int j = months.get(k);
                Found f = founds.get(j);
                DateValue v = f.value().get();
                long shift = years.get(k) - v.start().getYear();
                DateValue placed = new DateValue(v.start().plusYears(shift), v.end().map(e -> e.plusYears(shift)), v.precision(), v.portion(),
                        v.bound(), false, v.season());
                founds.set(j, new Found(f.end(), false, Optional.of(placed)));
                moved = true;
            }
        }
        return moved;
    }

    /**
     * Puts a month or day named without a year into the relative year that follows it
     * (سبتمبر من العام الماضي، 2 أكتوبر من العام المقبل): one mention, in that year.
     */
    private void placeInRelativeYear(String folded, List<int[]> spans, List<Found> founds) {
        for (int i = 0; i + 1 < spans.size(); i++) {
            int[] a = spans.get(i), b = spans.get(i + 1);
            Found fa = founds.get(i), fb = founds.get(i + 1);
            if (!fa.relative() || !fb.relative() || fa.value().isEmpty() || fb.value().isEmpty()) continue;
            if (!folded.substring(a[1], b[0]).matches("\\s+(?:من\\s+)?")) continue;
            DateValue va = fa.value().get(), vb = fb.value().get();
            boolean yearOnly = vb.precision() == Precision.YEAR && !vb.isRange() && vb.portion() == Portion.WHOLE && vb.bound() == Bound.NONE && !vb.hijri();
            if (!yearOnly || va.hijri() || va.precision() == Precision.YEAR || !monthPair.matcher(folded.substring(a[0], a[1])).find()) continue;
            long shift = vb.start().getYear() - va.start().getYear();
            DateValue moved = new DateValue(va.start().plusYears(shift), va.end().map(e -> e.plusYears(shift)), va.precision(), va.portion(),
                    va.bound(), false, va.season());
            spans.set(i, new int[] {a[0], b[1]});
            founds.set(i, new Found(b[1], true, Optional.of(moved)));
            spans.remove(i + 1);
            founds.remove(i + 1);
        }
    }

    /**
     * Puts a day said of the month named before (في الخامس من الشهر الجاري ... في العاشر منه) into the month
     * of the date just before it in the same sentence. Without one, or after a date of no one month, it is no date.
     */
    private void placeInNamedMonth(String folded, List<int[]> spans, List<Found> founds) {
        for (int i = 0; i < spans.size(); i++) {
            Found f = founds.get(i);
            if (f.dayOfNamedMonth() == null) continue;
            Found before = i == 0 ? null : founds.get(i - 1);
            boolean sameSentence = before != null && !folded.substring(spans.get(i - 1)[1], spans.get(i)[0]).matches("(?s).*[.!?؟\n].*");
            Optional<DateValue> month = sameSentence ? before.value().filter(DateGrammar::withinOneMonth) : Optional.empty();
            if (!sameSentence || before.value().isPresent() && month.isEmpty()) {
                spans.remove(i);
                founds.remove(i);
                i--;
                continue;
            }
            int day = f.dayOfNamedMonth();
            Optional<DateValue> value = month.flatMap(v -> Resolution.day(v.start().getYear(), v.start().getMonthValue(), day, false))
                    .map(v -> v.withBound(f.bound()));
            founds.set(i, new Found(f.end(), before.relative(), value));
        }
    }

    /**
     * Puts a part of "the year" said bare (حتى نهاية العام, with no الحالي or المقبل) into the year of the date just
     * before it in the same sentence, when that date names its year (تنتهي في 31 آذار 2026، ويمكن الاستبدال حتى نهاية
     * العام: the end of 2026). Without one it stays the reference's year.
     */
    private void placeInYearNamedBefore(String folded, List<int[]> spans, List<Found> founds) {
        for (int i = 1; i < spans.size(); i++) {
            Found f = founds.get(i), before = founds.get(i - 1);
            if (!f.ofYearNamedBefore() || f.value().isEmpty() || before.relative() || before.value().isEmpty()) continue;
            if (folded.substring(spans.get(i - 1)[1], spans.get(i)[0]).matches("(?s).*[.!?؟\n].*")) continue;
            DateValue named = before.value().get(), v = f.value().get();
            // after a season of two years (الموسم 2023-2024، من نوفمبر إلى جوان) the year just named is its second
            int last = named.end().orElse(named.start()).getYear();
            if (named.hijri() || v.hijri() || last - named.start().getYear() > 1) continue;
            long shift = last - v.start().getYear();
            DateValue moved = new DateValue(v.start().plusYears(shift), v.end().map(e -> e.plusYears(shift)), v.precision(), v.portion(),
                    v.bound(), false, v.season());
            founds.set(i, new Found(f.end(), false, Optional.of(moved)));
        }
    }

    /** A Gregorian day or month, or a span of them inside one month. */
    private static boolean withinOneMonth(DateValue v) {
        if (v.hijri() || v.precision() == Precision.YEAR) return false;
        LocalDate last = v.end().orElse(v.start());
        return v.start().getYear() == last.getYear() && v.start().getMonth() == last.getMonth();
    }

    /**
     * Puts a day or month said without a year or a direction (اعتبارا من 15 يوليو، في فبراير) into the year of a date
     * before it in the same sentence: a date that writes its year (يوم الأحد 1 يونيو 2025 ... اعتبارا من 15 يوليو: July
     * 2025), or a part of the reference's own year (منذ بداية العام ... في فبراير: this February, past or not). A limit
     * to an end that would fall before that date is in the year after (من 28 ديسمبر 2024 حتى 5 يناير).
     */
    private void placeInYearOfDateBefore(String folded, List<int[]> spans, List<Found> founds, Optional<LocalDate> ref) {
        for (int i = 1; i < spans.size(); i++) {
            Found f = founds.get(i);
            if (!f.yearless() || f.value().isEmpty() || f.value().get().hijri()) continue;
            DateValue anchor = null;
            for (int j = i - 1; j >= 0 && anchor == null; j--) {
                if (folded.substring(spans.get(j)[1], spans.get(j + 1)[0]).matches("(?s).*[.!?؟\n].*")) break;
                Optional<DateValue> v = founds.get(j).value();
                if (v.isEmpty() || v.get().hijri() || v.get().end().map(e -> e.getYear() != v.get().start().getYear()).orElse(false)) continue;
                boolean namesYear = !founds.get(j).relative()
                        || v.get().precision() == Precision.YEAR && ref.map(r -> r.getYear() == v.get().start().getYear()).orElse(false);
                if (namesYear) anchor = v.get();
            }
            if (anchor == null) continue;
            DateValue v = f.value().get();
            long shift = anchor.start().getYear() - v.start().getYear();
            if (v.bound().isEnd() && anchor.precision() != Precision.YEAR && v.start().plusYears(shift).isBefore(anchor.start())) shift++;
            if (shift == 0) continue;
            long years = shift;
            DateValue moved = new DateValue(v.start().plusYears(years), v.end().map(e -> e.plusYears(years)), v.precision(), v.portion(),
                    v.bound(), false, v.season());
            founds.set(i, new Found(f.end(), false, Optional.of(moved)));
        }
    }

    /**
     * Counts a year or month said with a direction of {@code anaphoric} (العام السابق، الشهر التالي) from the date just
     * before it in the same sentence rather than from the reference: خلال عام 2024 ... بزيادة 40% عن العام السابق is
     * 2023, said in 2025 or not. Without such a date it stays counted from the reference.
     */
    private void countFromDateBefore(String folded, List<int[]> spans, List<Found> founds, Optional<LocalDate> ref) {
        if (ref.isEmpty()) return;
        for (int i = 1; i < spans.size(); i++) {
            Found f = founds.get(i);
            if (!f.relative() || f.value().isEmpty() || f.value().get().hijri()) continue;
            Matcher said = anaphoricUnit.matcher(folded).region(spans.get(i)[0], spans.get(i)[1]);
            if (!said.find()) continue;
            boolean ofYear = "year".equals(lex.word("unit", said.group("unit")));
            if (!ofYear && !"month".equals(lex.word("unit", said.group("unit")))) continue;
            DateValue anchor = null;
            for (int j = i - 1; j >= 0 && anchor == null; j--) {
                if (folded.substring(spans.get(j)[1], spans.get(j + 1)[0]).matches("(?s).*[.!?؟\n].*")) break;
                Optional<DateValue> v = founds.get(j).value();
                if (v.isEmpty() || v.get().hijri() || v.get().bound() != Bound.NONE) continue;
                LocalDate last = v.get().end().orElse(v.get().start());
                boolean oneYear = last.getYear() == v.get().start().getYear();
                boolean oneMonth = oneYear && last.getMonth() == v.get().start().getMonth() && v.get().precision() != Precision.YEAR;
                if (ofYear ? oneYear : oneMonth) anchor = v.get();
            }
            if (anchor == null) continue;
            java.time.YearMonth from = java.time.YearMonth.from(ref.get()), to = java.time.YearMonth.from(anchor.start());
            long months = ofYear ? 12L * (to.getYear() - from.getYear()) : from.until(to, java.time.temporal.ChronoUnit.MONTHS);
            if (months == 0) continue;
            DateValue v = f.value().get();
            DateValue moved = new DateValue(v.start().plusMonths(months), v.end().map(e -> e.plusMonths(months)), v.precision(), v.portion(),
                    v.bound(), false, v.season());
            founds.set(i, new Found(f.end(), true, Optional.of(moved)));
        }
    }

    /** A weekday right after a word of a day (غد الأربعاء، أمس الاثنين) names that day: it takes the word's date. */
    private void joinDayAndWeekday(String folded, List<int[]> spans, List<Found> founds) {
        for (int i = 0; i + 1 < spans.size(); i++) {
            int[] a = spans.get(i), b = spans.get(i + 1);
            Found fa = founds.get(i), fb = founds.get(i + 1);
            if (!folded.substring(a[1], b[0]).isBlank() || fa.value().isEmpty() || fa.value().get().precision() != Precision.DAY) continue;
            if (!dayWordOnly.matcher(folded.substring(a[0], a[1])).matches() || !bareWeekday.matcher(folded.substring(b[0], b[1])).matches()) continue;
            founds.set(i + 1, new Found(fb.end(), fb.relative(), fa.value().map(v -> v.withBound(Bound.NONE))));
        }
    }

    /**
     * Whether a word of a recurring schedule (أسبوعيا، كل، أيام) comes just before {@code pos}, past the weekdays and
     * day words listed with it: in رحلتين أسبوعيا (الخميس والأحد) both days are of every week.
     */
    private boolean recurringBefore(String folded, int pos) {
        int from = pos;
        while (from > 0 && ".!?\u061F\n".indexOf(folded.charAt(from - 1)) < 0) from--;
        String[] words = NON_LETTERS.split(folded.substring(from, pos));
        for (int k = words.length - 1; k >= 0; k--) {
            String word = words[k];
            if (word.length() < 2) continue;   // و of the weekday itself (والأحد)
            String bare = word.length() > 2 && word.charAt(0) == 'و' ? word.substring(1) : word;
            if (lex.weekday(bare) != null || lex.word("dayword", bare) != null) continue;
            return weeklyWords.contains(word) || weeklyWords.contains(bare);
        }
        return false;
    }

    /** Whether {@code start..end} lies in guillemets that hold a short name (at most four words): «الكويت اليوم». */
    private static boolean inShortTitle(String folded, int start, int end) {
        int open = folded.lastIndexOf('«', start);
        int close = folded.indexOf('»', end);
        if (open < 0 || close < 0 || folded.lastIndexOf('»', start) > open || folded.indexOf('«', end) >= 0 && folded.indexOf('«', end) < close) return false;
        return folded.substring(open + 1, close).strip().split("\\s+").length <= 4;
    }

    /** Whether {@code start..end} is all a bracket holds: (1/8). */
    private static boolean bracketed(String folded, int start, int end) {
        String before = folded.substring(0, start).stripTrailing(), after = folded.substring(end).stripLeading();
        return before.endsWith("(") && after.startsWith(")");
    }

    /**
     * A bare weekday joined by و or أو to a weekday of a named week shares that week
     * (الأسبوع المقبل يوم الثلاثاء أو الخميس: both next week's).
     */
    private void shareWeek(String folded, List<int[]> spans, List<Found> founds) {
        for (int i = 0; i + 1 < spans.size(); i++) {
            int[] a = spans.get(i), b = spans.get(i + 1);
            Found fa = founds.get(i), fb = founds.get(i + 1);
            String between = folded.substring(a[1], b[0]).strip();
            if (!between.equals("و") && !between.equals("او")) continue;
            if (fa.value().isEmpty() || fb.value().isEmpty()) continue;
            DateValue va = fa.value().get();
            if (va.precision() != Precision.DAY || va.isRange() || !weekWord.matcher(folded.substring(a[0], a[1])).find()) continue;
            Matcher bare = bareWeekday.matcher(folded.substring(b[0], b[1]));
            if (!bare.matches()) continue;
            Integer weekday = lex.weekday(bare.group("wd"));
            if (weekday == null) continue;
            DateValue moved = DateValue.day(va.start().with(java.time.DayOfWeek.of(weekday)));
            founds.set(i + 1, new Found(fb.end(), true, Optional.of(moved.withBound(fb.value().get().bound()))));
        }
    }

    /**
     * Two weekdays that follow one another, named together and joined by و (يومي الأحد والاثنين), are those two
     * days in turn: the second is the day after the first, also when the first is the reference day itself
     * (said on a Sunday, the Sunday and the Monday after it, not the Monday before).
     */
    private void pairDays(String folded, List<int[]> spans, List<Found> founds) {
        for (int i = 0; i + 1 < spans.size(); i++) {
            int[] a = spans.get(i), b = spans.get(i + 1);
            Found fa = founds.get(i), fb = founds.get(i + 1);
            if (!folded.substring(a[1], b[0]).strip().equals("و") || fa.value().isEmpty() || fb.value().isEmpty()) continue;
            DateValue va = fa.value().get();
            if (va.precision() != Precision.DAY || va.isRange() || va.bound() != Bound.NONE) continue;
            Matcher first = bareWeekday.matcher(folded.substring(a[0], a[1]));
            Matcher second = bareWeekday.matcher(folded.substring(b[0], b[1]));
            if (!first.matches() || !second.matches()) continue;
            Integer day1 = lex.weekday(first.group("wd")), day2 = lex.weekday(second.group("wd"));
            if (day1 == null || day2 == null || day2 != day1 % 7 + 1) continue;
            founds.set(i + 1, new Found(fb.end(), fb.relative(), Optional.of(DateValue.day(va.start().plusDays(1)).withBound(fb.value().get().bound()))));
        }
    }

    /** A year in figures right after: the word before it names that year (عام 2024). */
    private static final Pattern YEAR_NEXT = Pattern.compile("\\s*[12][0-9]{3}(?![0-9])");

    /** Words after which a period runs from its start up to now: منذ مطلع العام is this year's start. */
    private static final Set<String> SINCE = Set.of("منذ", "من");

    /** Whether one of {@code phrases} (of one or more words) is written right after {@code pos}, apart from it. */
    private static boolean followedBy(String folded, int pos, java.util.Collection<String> phrases) {
        String after = " " + folded.substring(Math.min(pos, folded.length())).replaceAll("[^\\p{L}]+", " ").stripLeading() + " ";
        if (pos < folded.length() && Character.isLetter(folded.charAt(pos))) return false;
        return phrases.stream().anyMatch(phrase -> after.startsWith(" " + phrase + " "));
    }

    private static boolean precededBy(String folded, int pos, java.util.Collection<String> words) {
        String word = previousWord(folded, pos);
        return word != null && (words.contains(word) || (word.length() > 1 && "وف".indexOf(word.charAt(0)) >= 0 && words.contains(word.substring(1))));
    }

    /** True when {@code pos} starts a word, possibly after one or two attached particles (و، ف، ب، ل، ك). */
    private boolean isWordStart(String s, int pos) {
        if (!Character.isLetterOrDigit(s.charAt(pos))) return false;
        if (pos == 0 || !Character.isLetterOrDigit(s.charAt(pos - 1))) return true;
        if (Character.isDigit(s.charAt(pos)) != Character.isDigit(s.charAt(pos - 1))) return true;
        // و and ف attach to any word; ب، ل، ك only to a word with the article, a number, or a date head
        // word (بالأمس، لعام، بشهر، لهذا، بنهاية), so that باول (Powell) is not ب + اول
        Boolean articleOrNumber = null;   // looked at only after ب، ل or ك: most letters inside a word are none of these
        for (int k = 1; k <= 2 && pos - k >= 0; k++) {
            char particle = s.charAt(pos - k);
            if ("وف".indexOf(particle) < 0) {
                if ("بلك".indexOf(particle) < 0) return false;
                if (articleOrNumber == null) articleOrNumber = cliticHost.matcher(s).region(pos, s.length()).lookingAt();
                if (!articleOrNumber) return false;
            }
            if (pos - k == 0 || !Character.isLetterOrDigit(s.charAt(pos - k - 1))) return true;
        }
        return false;
    }

    /** The word just before {@code pos} (skipping spaces and commas), or null. */
    private static String previousWord(String s, int pos) {
        int end = pos;
        while (end > 0 && Character.isLetter(s.charAt(end - 1))) end--;   // attached particles of this word
        if (end < pos && end >= 0) {
            String attached = s.substring(end, pos);
            if (attached.length() <= 2) {
                // the particle itself is not a word; look before it
                pos = end;
            }
        }
        int e = pos;
        while (e > 0 && !Character.isLetterOrDigit(s.charAt(e - 1))) e--;
        int b = e;
        while (b > 0 && Character.isLetter(s.charAt(b - 1))) b--;
        return b == e ? null : s.substring(b, e);
    }

    /**
     * Whether the word after the number ending at {@code pos}, or after a second number joined to it (2012 و2014),
     * makes it a count: a counted unit (عام، سنة، يوم...), or, unless a word of {@code keepyear} stands before the
     * number starting at {@code start}, a noun in the indefinite accusative (إلى 2012 قتيلا: the tamyiz).
     */
    private boolean countedAfter(String folded, int start, int pos) {
        Matcher next = countedWord.matcher(folded).region(pos, folded.length());
        if (!next.lookingAt()) return false;
        String word = next.group("word");
        if (lex.word("count", word) != null || lex.word("one", word) != null) return true;
        if (lex.word("currency", word) != null) return !precededBy(folded, start, lex.spellings("keepyear"));
        return word.length() >= 3 && word.endsWith("ا") && !word.startsWith("ال") && lex.word("notcounted", word) == null
                && !precededBy(folded, start, lex.spellings("keepyear"));
    }

    /**
     * Whether a word of {@code tocome} (or its form with the future prefix س) stands before {@code pos} in its sentence:
     * وتقام صلاة الجنازة عقب صلاة ظهر الأربعاء.
     */
    private boolean toComeBefore(String folded, int pos) {
        int from = pos;
        while (from > 0 && ".!?\u061F\n".indexOf(folded.charAt(from - 1)) < 0) from--;
        String clause = " " + folded.substring(from, pos).replaceAll("[^\\p{L}]+", " ") + " ";
        for (String phrase : toComeWords) {
            if (phrase.contains(" ") && (clause.contains(" " + phrase + " ") || clause.contains(" و" + phrase + " "))
                    && !wasScheduled(clause, phrase)) return true;
        }
        boolean announcing = false, next = false;
        for (String word : NON_LETTERS.split(folded.substring(from, pos))) {
            if (word.isEmpty()) continue;
            String bare = word.length() > 2 && "وف".indexOf(word.charAt(0)) >= 0 ? word.substring(1) : word;
            for (String w : List.of(word, bare)) {
                if (toComeWords.contains(w) || isFuture(w)) return true;
                // not أ of the first person, whose bare form is also the past of some (التقى، أعلن)
                announcing |= w.charAt(0) != 'ا' && isPresent(w, announcedStems);
                next |= nextWords.contains(w);
            }
        }
        // ويلتقي الفائز في الدور المقبل يوم السبت
        return announcing && next;
    }

    /** The stems of present verbs (يلتقي، تقام: لتقي، قام), their prefix of person taken off. */
    private static Set<String> presentStems(java.util.Collection<String> verbs) {
        Set<String> stems = new TreeSet<>();
        for (String verb : verbs) {
            if (!verb.contains(" ") && verb.length() > 2 && "يت".indexOf(verb.charAt(0)) >= 0) stems.add(verb.substring(1));
        }
        return stems;
    }

    /** A verb of {@link #futureStems} with the future prefix, in any person (سيلتقي، ستلتقي، سنلتقي، سألتقي، سيلتقون). */
    private boolean isFuture(String word) {
        return word.length() > 3 && word.charAt(0) == 'س' && isPresent(word.substring(1), futureStems);
    }

    /** A present of one of {@code stems} in any person (يلتقي، تلتقي، نلتقي، ألتقي), with an ending of number or an object or not. */
    private static boolean isPresent(String word, Set<String> stems) {
        if (word.length() < 3 || "يتنا".indexOf(word.charAt(0)) < 0) return false;
        String rest = word.substring(1);
        if (stems.contains(rest)) return true;
        for (String ending : PRESENT_ENDINGS) {
            if (rest.length() > ending.length() + 1 && rest.endsWith(ending)) {
                String stem = rest.substring(0, rest.length() - ending.length());
                // يلتقون of يلتقي: a weak last letter goes before the ending of number
                if (stems.contains(stem) || stems.contains(stem + "ي")) return true;
            }
        }
        return false;
    }

    private static final Pattern TRAILING_LETTERS = Pattern.compile("\\p{L}+$");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    /** Endings of a present verb: of number (يلتقون، يلتقيان) and of its object (سيزوره، سيستقبلهم). */
    private static final List<String> PRESENT_ENDINGS = List.of("ون", "ان", "ين", "وا", "هما", "هم", "ها", "ه", "كم", "ك", "نا");

    /**
     * Whether a participle of what is planned stands right before {@code pos}, or before the verbal noun with its pronoun
     * there: النهائي المقرر يوم السبت، المقرر عقده الخميس.
     */
    private boolean scheduledBefore(String folded, int pos) {
        int from = pos;
        while (from > 0 && ".!?\u061F\n".indexOf(folded.charAt(from - 1)) < 0) from--;
        String before = TRAILING_LETTERS.matcher(folded.substring(from, pos)).replaceFirst("");   // a clitic of the weekday (والخميس)
        String[] words = NON_LETTERS.split(before.strip());
        int last = words.length - 1;
        if (last < 0 || words[last].isEmpty()) return false;
        if (scheduledWords.contains(words[last])) return true;
        return last > 0 && (words[last].endsWith("ه") || words[last].endsWith("ها")) && scheduledWords.contains(words[last - 1]);
    }

    /** What was scheduled is past news: كان من المقرر أن يصل الخميس (it was to arrive on Thursday). */
    private static boolean wasScheduled(String clause, String phrase) {
        for (String was : List.of("كان", "كانت", "وكان", "وكانت")) {
            if (clause.contains(" " + was + " " + phrase + " ")) return true;
        }
        return false;
    }

    /** True when a law's or a decree's number comes just before {@code pos}: رقم (12) before لسنة 2024. */
    private boolean numberedBefore(String folded, int pos) {
        return numberedEnd.matcher(folded.substring(Math.max(0, pos - 24), pos)).find();
    }

    private boolean hasCue(String folded, int pos) {
        return precededBy(folded, pos, cueWords);
    }

    // ---------------------------------------------------------------- readings

    private Found readDayMonthYear(Matcher m, Context x) {
        Lexicon.MonthName month = lex.month(m.group("m")).orElse(null);
        Integer day = dayOf(m, "d", "dord");
        if (month == null || day == null || day < 1 || day > 31) return null;
        if (!sameMonth(m)) return null;
        Integer weekday = m.group("wd") != null ? lex.weekday(m.group("wd")) : null;
        boolean hijri = month.hijri();
        if (hasYear(m, "y")) {
            Integer y = yearValue(m, "y");
            return y == null ? null : fixed(m, Resolution.day(y, month.number(), day, hijri));
        }
        if (month.ambiguous() && m.group("wd") == null) {
            // صفر is also "zero" (3 - صفر is a score), آب "father": without a year, ask for a cue word and no dash
            boolean dashed = m.group().contains("-") || m.group().contains("/");
            boolean joinedByOf = m.group().matches("(?s).*\\sمن\\s.*");
            if (dashed || !(joinedByOf || hasCue(x.text().folded(), x.start()))) return null;
        }
        Integer direction = group(m, "dmdir") != null ? direction(m.group("dmdir")) : null;
        Found found = relative(m, x, ref -> Resolution.dayMonth(month.number(), day, hijri, weekday, direction, x.bound(), ref));
        return direction == null && weekday == null ? found.asYearless() : found;
    }

    private Found readMonthYear(Matcher m, Context x) {
        Lexicon.MonthName month = lex.month(m.group("m")).orElse(null);
        if (month == null || !sameMonth(m)) return null;
        Integer y = yearValue(m, "y");
        if (y == null) return null;
        Optional<DateValue> v = Resolution.month(y, month.number(), month.hijri() || isHijriEra(m));
        return fixed(m, v.map(value -> value.withPortion(portion(m.group("por")))));
    }

    private Found readMonth(Matcher m, Context x) {
        Lexicon.MonthName month = lex.month(m.group("m")).orElse(null);
        if (month == null || !sameMonth(m)) return null;
        boolean marked = m.group("this") != null || m.group("this2") != null || m.group("por") != null
                || m.group("mw") != null || m.group("dir") != null || m.group("m2") != null;
        // an ambiguous name (مارس "practised") is a month after a cue word or after another month (بين يناير ومارس)
        boolean afterMonth = java.util.Optional.ofNullable(previousWord(x.text().folded(), x.start())).flatMap(lex::month).isPresent();
        if (month.ambiguous() && !marked && !afterMonth && !hasCue(x.text().folded(), x.start())) return null;
        // "من القمار المحرم شرعا": a name that is a word alone is a month alone only when شهر, a part or a direction marks it
        if (month.wordAlone() && !marked) return null;
        Integer d = m.group("dir") != null ? direction(m.group("dir"))
                : (m.group("this") != null || m.group("this2") != null) ? Integer.valueOf(0) : null;
        Portion p = portion(m.group("por"));
        Bound bound = boundBefore(x);
        Found found = relative(m, x, ref -> Resolution.month(month.number(), month.hijri(), d, bound, ref).map(v -> v.withPortion(p)));
        return d == null ? found.asYearless() : found;
    }

    /** Whether "the same" (نفسه، ذاته) follows {@code pos}: the period is one named earlier, not the reference's. */
    private boolean sameFollows(String folded, int pos) {
        Matcher next = NEXT_WORD.matcher(folded).region(pos, folded.length());
        return next.lookingAt() && lex.word("same", next.group(1)) != null;
    }

    /**
     * Whether a clock or century word (الساعة، صباحا، القرن) stands in the few words around a span: "إلى الحادية عشرة"
     * is then an hour, "حتى السابع عشر" a century.
     */
    private boolean nearClockWord(String folded, int start, int end) {
        String around = folded.substring(Math.max(0, start - 30), Math.min(folded.length(), end + 15));
        return clockWord.matcher(around).find();
    }

    /** Whether a limit that names a part of the period (حتى نهاية، من بداية) stands right before the shape. */
    private boolean afterPartBound(Context x) {
        String before = x.text().folded().substring(0, x.start()).stripTrailing();
        for (String phrase : lex.spellings("bound")) {
            if (phrase.contains(" ") && before.endsWith(phrase)
                    && (before.length() == phrase.length() || !Character.isLetter(before.charAt(before.length() - phrase.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a limit word stands right before the shape (the shape was tried after it). */
    private Bound boundBefore(Context x) {
        String word = previousWord(x.text().folded(), x.start());
        if (word == null) return Bound.NONE;
        String key = lex.word("bound", word);
        if (key == null && word.length() > 1 && "وف".indexOf(word.charAt(0)) >= 0) key = lex.word("bound", word.substring(1));
        return Bound.of(key);
    }

    /** A week of a month or year: the n-th week that starts (on Monday) inside it, or the week of its last day. */
    private Found readWeekOf(Matcher m, Context x) {
        int rank = Integer.parseInt(lex.word("weekrank", m.group("rank")));
        java.util.function.Function<DateValue, Optional<DateValue>> pick = period -> {
            LocalDate monday = rank > 0
                    ? period.firstDay().with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY)).plusWeeks(rank - 1L)
                    : period.lastDay().with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            return monday.isAfter(period.lastDay()) ? Optional.empty() : Optional.of(DateValue.days(monday, monday.plusDays(6)));
        };
        if (hasYear(m, "y2")) {
            Integer y = yearValue(m, "y2");
            return y == null ? null : fixed(m, Resolution.year(y, false).flatMap(pick));
        }
        if (m.group("m") != null) {
            Lexicon.MonthName month = lex.month(m.group("m")).orElse(null);
            if (month == null) return null;
            if (hasYear(m, "y")) {
                Integer y = yearValue(m, "y");
                return y == null ? null : fixed(m, Resolution.month(y, month.number(), month.hijri()).flatMap(pick));
            }
            return relative(m, x, ref -> Resolution.month(month.number(), month.hijri(), null, Bound.NONE, ref).flatMap(pick));
        }
        // "الأسبوع الأخير من الشهر" without a qualifier is this month's, "من الشهر نفسه" an earlier one's
        if (m.group("this") == null && m.group("dir") == null && sameFollows(x.text().folded(), m.end())) return null;
        String unit = m.group("unit").equals("الشهر") ? "month" : "year";
        int shift = m.group("dir") != null ? direction(m.group("dir")) : 0;
        return relative(m, x, ref -> pick.apply(Resolution.unit(unit, shift, ref)));
    }

    private Found readWeekdayOfMonth(Matcher m, Context x) {
        return weekdayOfMonth(m, x, Integer.parseInt(lex.word("nth", m.group("nth"))), lex.weekday("ال" + m.group("wdb")));
    }

    /** The {@code nth} (-1 last) {@code weekday} of the month in groups m/y, or of the month this/dir name (this month when none). */
    private Found weekdayOfMonth(Matcher m, Context x, int nth, Integer weekday) {
        if (weekday == null) return null;
        java.util.function.Function<DateValue, Optional<DateValue>> pick = month -> {
            List<LocalDate> days = month.firstDay().datesUntil(month.lastDay().plusDays(1))
                    .filter(d -> d.getDayOfWeek().getValue() == weekday).toList();
            int index = nth > 0 ? nth - 1 : days.size() - 1;
            return index >= 0 && index < days.size() ? Optional.of(DateValue.day(days.get(index))) : Optional.empty();
        };
        if (m.group("m") != null) {
            Lexicon.MonthName month = lex.month(m.group("m")).orElse(null);
            if (month == null) return null;
            if (hasYear(m, "y")) {
                Integer y = yearValue(m, "y");
                return y == null ? null : fixed(m, Resolution.month(y, month.number(), month.hijri()).flatMap(pick));
            }
            return relative(m, x, ref -> Resolution.month(month.number(), month.hijri(), null, Bound.NONE, ref).flatMap(pick));
        }
        int shift = m.group("dir") != null ? direction(m.group("dir")) : 0;
        return relative(m, x, ref -> pick.apply(Resolution.unit("month", shift, ref)));
    }

    /** Weekdays {@code wd1}..{@code wd2} of the week this/next/last (ISO weeks, Monday first). */
    private Found readWeekdaysOfWeek(Matcher m, Context x) {
        Integer first = lex.weekday(m.group("wd1")), last = lex.weekday(m.group("wd2"));
        if (first == null || last == null || first.equals(last)) return null;
        // "يومي الثلاثاء والخميس" are two days; only "بين ... و" makes a range of them
        if (m.group("wto").strip().equals("و") && (m.group("wfrom") == null || !normalSpace(m.group("wfrom")).endsWith("بين"))) return null;
        int shift = m.group("wdir") != null ? direction(m.group("wdir")) : 0;
        int span = Math.floorMod(last - first, 7);
        return relative(m, x, ref -> {
            LocalDate start = ref.with(java.time.DayOfWeek.MONDAY).plusWeeks(shift).plusDays(first - 1L);
            return Optional.of(DateValue.days(start, start.plusDays(span)));
        });
    }

    private Found readDayRange(Matcher m, Context x) {
        Integer d1 = dayOf(m, "d1", "d1o"), d2 = dayOf(m, "d2", "d2o");
        if (d1 == null || d2 == null || d1 < 1 || d2 > 31 || d1 >= d2) return null;
        // "الحادي والثلاثين" is one day, the 31st, not the 1st to the 30th
        if (group(m, "d1o") != null && group(m, "d2o") != null && lex.ordinal(normalSpace(m.group("d1o")) + " و" + normalSpace(m.group("d2o"))) != null) return null;
        if (group(m, "m") != null) {
            Lexicon.MonthName month = lex.month(m.group("m")).orElse(null);
            if (month == null || !sameMonth(m)) return null;
            if (hasYear(m, "y")) {
                Integer y = yearValue(m, "y");
                if (y == null) return null;
                Optional<DateValue> first = Resolution.day(y, month.number(), d1, month.hijri());
                Optional<DateValue> last = Resolution.day(y, month.number(), d2, month.hijri());
                return fixed(m, first.flatMap(f -> last.map(l -> f.withEnd(l.start()))));
            }
            Integer firstWeekday = group(m, "wp1") != null ? lex.weekday(m.group("wp1")) : null;
            return relative(m, x, ref -> Resolution.dayMonth(month.number(), d1, month.hijri(), firstWeekday, null, x.bound(), ref)
                    .flatMap(f -> Resolution.day(f.start().getYear(), f.start().getMonthValue(), d2, false)
                            .map(l -> f.withEnd(l.start()))));
        }
        int shift = group(m, "dir") != null ? direction(m.group("dir")) : 0;
        return relative(m, x, ref -> Resolution.dayOfMonth(d1, shift, ref)
                .flatMap(f -> Resolution.dayOfMonth(d2, shift, ref).map(l -> f.withEnd(l.start()))));
    }

    private Found readYearRange(Matcher m, Context x) {
        int y1 = num(m, "y1"), y2 = num(m, "y2");
        boolean announced = m.group("from") != null || m.group("yw") != null;
        String to = m.group("to").strip();
        boolean dash = to.equals("-") || to.equals("–") || to.equals("—");
        if (y1 >= y2 || !(announced || dash || hasCue(x.text().folded(), x.start()))) return null;
        // "عامي 2003 و2005" lists two years; only "بين ... و" makes a range
        String from = m.group("from") == null ? "" : normalSpace(m.group("from"));
        if (to.equals("و") && !from.endsWith("بين")) return null;
        if (!isHijriEra(m) && (y1 < 1800 || y2 > 2150)) return null;
        if (m.group("yw") == null && m.group("era") == null && countedAfter(x.text().folded(), x.start(), m.end())) return null;   // بين 2012 و2014 شخصا
        boolean hijri = isHijriEra(m);
        return fixed(m, Resolution.year(y1, hijri).flatMap(a -> Resolution.year(y2, hijri).map(b -> a.withEnd(b.start()))));
    }

    private Found readYear(Matcher m, Context x) {
        int y = num(m, "y");
        if (m.group("era") != null) return fixed(m, Resolution.year(y, isHijriEra(m)));
        if (y < 1900 || y > 2100 || !hasCue(x.text().folded(), x.start()) && !headsALine(x.text().folded(), x.start(), m.end())) return null;
        if (countedAfter(x.text().folded(), x.start(), m.end())) return null;   // "أكثر من 2100 عام" counts years, "إلى 2012 قتيلا" the dead
        return fixed(m, Resolution.year(y, false));
    }

    /**
     * A year that heads its line, alone or after a bullet, with a colon after it: the label of an entry of a timeline
     * (- 2021: إعفاء رئيس الحكومة … في 25 جويلية), whose day and month it is the year of.
     */
    private static boolean headsALine(String folded, int start, int end) {
        int lineStart = folded.lastIndexOf('\n', start - 1) + 1;
        return folded.substring(lineStart, start).matches("\\s*(?:[-–•*▪●]\\s*)?")
                && folded.substring(end, Math.min(folded.length(), end + 3)).matches("[ \\t]*[:：].*");
    }

    private Found readRelativeUnit(Matcher m, Context x) {
        String unitKey = lex.word("unit", m.group("unit"));
        // "النائب العام السابق": the former prosecutor general, no year
        if ("year".equals(unitKey) && m.group("por") == null && m.group("this") == null
                && precededBy(x.text().folded(), m.start("unit"), generalNouns)) return null;
        String por = m.group("por") != null ? lex.word("portion", m.group("por")) : null;
        boolean marked = m.group("this") != null || m.group("dir") != null
                || "rest".equals(por) || "earlier".equals(por) || "later".equals(por);
        // "نهاية العام" is this year's end, but "بداية العام الدراسي" names another kind of year
        boolean partOfCurrent = (por != null || afterPartBound(x)) && !x.text().folded().substring(m.end()).matches("(?s)\\s+ال\\p{L}.*")
                && !sameFollows(x.text().folded(), m.end());
        if (!marked && !partOfCurrent) return null;
        int shift = m.group("dir") != null ? direction(m.group("dir")) : 0;
        // the start of the year in a sentence of what is to come, written late in a year (ستحدد الاتجاه مطلع العام, in
        // December), is the coming year's: this year's start is past; since the start of the year (منذ مطلع العام) is not
        boolean comingStart = !marked && "year".equals(unitKey) && "early".equals(por)
                && !precededBy(x.text().folded(), m.start(), SINCE)
                && toComeBefore(x.text().folded(), m.start());
        Found found = relative(m, x, ref -> {
            DateValue period = Resolution.unit(unitKey, comingStart && ref.getMonthValue() >= 10 ? 1 : shift, ref);
            if (por == null) return Optional.of(period);
            return Optional.of(switch (por) {
                case "rest" -> Resolution.restOf(period, ref);
                case "earlier" -> Resolution.startOf(period, ref);
                case "later" -> Resolution.restOf(period, ref);
                default -> period.withPortion(portion(m.group("por")));
            });
        });
        // "نهاية العام" with no الحالي may be the end of a year the sentence has just named (placeInYearNamedBefore)
        boolean bareYear = !marked && "year".equals(unitKey);
        return found == null || !bareYear ? found : new Found(found.end(), found.relative(), found.value(), null, Bound.NONE, true);
    }

    private Found readCounted(Matcher m, Context x) {
        String pre = group(m, "pre") != null ? normalSpace(m.group("pre")) : null;
        Integer dirStep = group(m, "dir") != null ? direction(m.group("dir")) : null;
        String unitKey;
        long n;
        if (group(m, "du") != null) {
            unitKey = lex.word("dual", m.group("du"));
            n = 2;
        } else if (group(m, "one") != null) {
            // "خلال عام 2024"، "بعد عام 2030": a year in figures after the unit makes it the year's name, no year counted
            if (YEAR_NEXT.matcher(x.text().folded()).region(m.end(), x.text().folded().length()).lookingAt()) return null;
            unitKey = lex.word("one", m.group("one"));
            n = 1;
        } else {
            unitKey = lex.word("count", m.group("cu"));
            n = group(m, "n") != null ? num(m, "n") : Long.parseLong(lex.word("number", m.group("nw")));
        }
        if (pre == null && dirStep == null && group(m, "now") == null) return null;
        if (n < 1 || n > 200 || unitKey == null) return null;
        // "بعد عشر سنوات من انضمام..." counts from another event, not from the reference date; so does "بعد عام على
        // الفيضانات" (a year since them), and a hedge may stand between (بعد ثمانية أيام على الأقل من تقديمه).
        String after = x.text().folded().substring(m.end()).replaceFirst("^\\s+(?:علي|على)\\s+(?:الاقل|الاكثر)(?![\\p{L}])", "");
        boolean otherAnchor = group(m, "now") == null && after.matches("(?s)\\s+(?:من|علي|على)\\s+.*")
                && !after.matches("(?s)\\s+(?:من|علي|على)\\s+(?:الان|اليوم|الاقل|الاكثر)(?![\\p{L}]).*");
        boolean ago = pre != null && lex.spellings("ago").contains(pre);
        boolean within = pre != null && (pre.equals("خلال") || pre.endsWith("غضون"));
        // خلال سنتين says which way only with a direction or after words of an event to come: in أحدثت ... خلال سنتين it is how long
        boolean undirected = pre != null && pre.equals("خلال") && !toComeBefore(x.text().folded(), x.start());
        boolean lastOnes = pre != null && lex.spellings("lastcount").contains(pre);
        // منذ نحو 90 عاما is how long, about: counted back from the article's day it would name a year (1933)
        // nothing happened in, so an approximate count is found, to be read as one, and gives no date.
        boolean approximate = group(m, "approx") != null;
        Integer step = lastOnes ? Integer.valueOf(-1) : dirStep;
        String unit = unitKey;
        long count = n;
        Found f = relative(m, x, ref -> {
            if (otherAnchor || approximate) return Optional.empty();
            // decades are named calendar units: the past two decades (said in 2016) are the 1990s and 2000s
            if (unit.equals("decade") && step != null && step != 0) return Optional.of(Resolution.decades(count, step, ref));
            if (step != null && step != 0) return Optional.of(Resolution.span(unit, count, step, ref));
            if (within && undirected) return Optional.empty();
            if (within) return Optional.of(Resolution.span(unit, count, 1, ref));
            return Optional.of(Resolution.shifted(unit, ago ? -count : count, ref));
        });
        return f;
    }

    /** Several counted units together (شهر و 21 يوم، عامين وثلاثة أشهر), before or after the reference. */
    private Found readCompoundPeriod(Matcher m, Context x) {
        String pre = group(m, "pre") != null ? normalSpace(m.group("pre")) : null;
        if (pre == null && m.group("now") == null) return null;
        if (pre != null && lex.spellings("lastcount").contains(pre)) return null;
        java.time.Period period = java.time.Period.ZERO;
        boolean daysCounted = false;
        Matcher part = periodPart.matcher(m.group("parts"));
        int parts = 0;
        while (part.find()) {
            if (part.end() == part.start()) continue;
            String unit = part.group("du") != null ? lex.word("dual", part.group("du")) : lex.word("count", part.group("cu"));
            long n = part.group("du") != null ? 2 : part.group("n") != null ? Long.parseLong(part.group("n"))
                    : part.group("nw") != null ? Long.parseLong(lex.word("number", part.group("nw"))) : 1;
            if (unit == null) return null;
            int k = (int) n;
            period = switch (unit) {
                case "day" -> period.plusDays(k);
                case "week" -> period.plusDays(7L * k);
                case "month" -> period.plusMonths(k);
                case "decade" -> period.plusYears(10L * k);
                default -> period.plusYears(k);
            };
            daysCounted |= unit.equals("day") || unit.equals("week") || unit.equals("month");
            parts++;
        }
        if (parts < 2) return null;
        boolean ago = pre != null && lex.spellings("ago").contains(pre);
        java.time.Period total = period;
        boolean exact = daysCounted;
        return relative(m, x, ref -> {
            LocalDate date = ago ? ref.minus(total) : ref.plus(total);
            return Optional.of(exact ? DateValue.day(date) : DateValue.year(date.getYear()));
        });
    }

    private Found readSeason(Matcher m, Context x) {
        int first = Integer.parseInt(lex.word("season", m.group("season")));
        boolean marked = m.group("this") != null || m.group("dir") != null || hasYear(m, "y") || m.group("por") != null;
        if (!marked) return null;
        Portion p = portion(m.group("por"));
        if (hasYear(m, "y")) {
            Integer y = yearValue(m, "y");
            if (y == null) return null;
            return fixed(m, Optional.of(season(y, first).withPortion(p)));
        }
        int shift = m.group("dir") != null ? direction(m.group("dir")) : 0;
        return relative(m, x, ref -> Optional.of(season(ref.getYear() + shift, first).withPortion(p)));
    }

    private static DateValue season(int year, int firstMonth) {
        LocalDate start = LocalDate.of(year, firstMonth, 1);
        return new DateValue(start, Optional.of(start.plusMonths(2)), Precision.MONTH, Portion.WHOLE, Bound.NONE, false, true);
    }

    /** A quarter or half of a year (الربع الثالث من 2016، النصف الأول من العام المقبل); alone, it is a quarter of a match as often. */
    private Found readQuarter(Matcher m, Context x) {
        boolean isHalf = m.group("h") != null;
        String[] months = (isHalf ? lex.word("half", m.group("h")) : lex.word("quarter", m.group("q"))).split("-");
        int first = Integer.parseInt(months[0]), last = Integer.parseInt(months[1]);
        if (hasYear(m, "y")) {
            Integer y = yearValue(m, "y");
            return y == null || isHijriEra(m) ? null : fixed(m, Optional.of(monthSpan(y, first, last)));
        }
        // "من العام نفسه" points back to a year named before, not to the reference
        if (m.group("this") == null && m.group("dir") == null && sameFollows(x.text().folded(), m.end())) return null;
        int shift = m.group("dir") != null ? direction(m.group("dir")) : 0;
        return relative(m, x, ref -> Optional.of(monthSpan(ref.getYear() + shift, first, last)));
    }

    private static DateValue monthSpan(int year, int firstMonth, int lastMonth) {
        LocalDate start = LocalDate.of(year, firstMonth, 1);
        return new DateValue(start, Optional.of(LocalDate.of(year, lastMonth, 1)), Precision.MONTH, Portion.WHOLE, Bound.NONE, false);
    }

    // ---------------------------------------------------------------- helpers

    private static Found fixed(Matcher m, Optional<DateValue> value) {
        return new Found(m.end(), false, value);
    }

    private static Found relative(Matcher m, Context x, java.util.function.Function<LocalDate, Optional<DateValue>> resolve) {
        return new Found(m.end(), true, x.ref().flatMap(resolve));
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int num(Matcher m, String name) { return Integer.parseInt(m.group(name)); }

    private Integer dayOf(Matcher m, String numeric, String ordinal) {
        if (group(m, numeric) != null) return Integer.parseInt(m.group(numeric));
        if (numeric.equals("d") && group(m, "dc") != null) return dayInWords(m.group("dc"));
        if (group(m, ordinal) != null) return lex.ordinal(normalSpace(m.group(ordinal)));
        return null;
    }

    private boolean sameMonth(Matcher m) {
        String second = group(m, "m2");
        if (second == null) return true;
        return lex.month(normalSpace(second)).map(b -> b.number() == lex.month(normalSpace(m.group("m"))).get().number()).orElse(false);
    }

    private boolean isHijriEra(Matcher m) {
        String era = group(m, "era");
        return era != null && "hijri".equals(lex.word("era", era));
    }

    /** The Hijri years of the last century and a half and of the next (1882 to 2077): none dates news in figures as Gregorian. */
    private static final int FIRST_HIJRI_YEAR_IN_FIGURES = 1300, LAST_HIJRI_YEAR_IN_FIGURES = 1500;

    /**
     * Whether a date in figures (group {@code y} its year) is Hijri: هـ after it says so, م that it is not, and without
     * either its year does (١٤٤٦/٠٨/٣٠ is of Sha'ban 1446).
     */
    private boolean isHijriInFigures(Matcher m) {
        String era = group(m, "era");
        if (era != null) return "hijri".equals(lex.word("era", era));
        int y = num(m, "y");
        return y >= FIRST_HIJRI_YEAR_IN_FIGURES && y <= LAST_HIJRI_YEAR_IN_FIGURES;
    }

    private Integer direction(String word) {
        return Integer.parseInt(lex.word("direction", normalSpace(word)).replace("+", ""));
    }

    private Portion portion(String word) {
        if (word == null) return Portion.WHOLE;
        String key = lex.word("portion", normalSpace(word));
        if (key == null) return Portion.WHOLE;
        return switch (key) {
            case "early" -> Portion.EARLY;
            case "mid" -> Portion.MID;
            case "late" -> Portion.LATE;
            default -> Portion.WHOLE;
        };
    }

    /** Day and month of a numeric date without a year: day first unless that cannot be (Arabic order). */
    private static int[] dayMonth(int a, int b) {
        if (b > 12 && a <= 12) return new int[] {b, a};
        return new int[] {a, b};
    }

    private static String normalSpace(String s) { return s == null ? null : s.strip().replaceAll("\\s+", " "); }
}
