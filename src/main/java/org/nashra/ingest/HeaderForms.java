package org.nashra.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whole-line forms of article headers and bodies, read from {@code line-forms.tsv} with the month and
 * weekday names of {@code calendar.tsv}: publication date stamps and embedded-post attributions.
 */
final class HeaderForms {

    /**
     * A line that has the form of a date stamp; {@code date} is empty when the stated date does not exist.
     * {@code outletWords}: how many words name the agency that sent it, from the line's word {@code outletFrom}
     * (counted from 0): at its end (الرياض … م واس, أبوظبي في 30 أغسطس 2023 / وام) or its start (بوابة الوسط | 3
     * يونيو 2024); 0 when it names none.
     */
    record DateStamp(Optional<LocalDate> date, int outletFrom, int outletWords) {}

    private static final String OUTLET_GROUP = "(?<outlet>";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String DIGIT = "[0-9\u0660-\u0669\u06F0-\u06F9]";
    /** {@code {agency}}: one to three Arabic words naming the agency, dotted initials allowed (أ.ف.ب). */
    private static final String AGENCY = OUTLET_GROUP + "\\p{IsArabic}[\\p{IsArabic}.]*(?:\\s+\\p{IsArabic}[\\p{IsArabic}.]*){0,2})";

    /**
     * {@code {time}}: a clock time, after الساعة, على الساعة or على alone if so written (2021/02/16 على 11:40), or after its
     * label (الوقت: ١٣:٢٠, as SPA prints it under the date), then morning or evening in a letter or a word (ص, صباحاً, مساءً)
     * and the zone (GMT, GST, غرينتش, بتوقيت مكة), all in the loose form.
     */
    private static final String TIME = "(?:(?:علي\\s+)?الساعه\\s*:?\\s*|علي\\s+|الوقت\\s*:?\\s*)?" + DIGIT + "{1,2}:" + DIGIT + "{2}(?::" + DIGIT + "{2})?(?:\\s*(?:صباحا|مساء|ظهرا|عصرا|فجرا|ص|م|am|pm))?"
            + "(?:\\s*(?:gmt|gst|utc|غرينتش|غرينيتش|جرينتش|بتوقيت\\s+\\p{IsArabic}+(?:\\s+\\p{IsArabic}+)?))?";
    /** A clock time alone, as some pages print it on a line of its own under the date stamp (16:35). */
    private static final Pattern BARE_TIME = Pattern.compile(TIME, FLAGS);

    /**
     * {@code {update}}: the page's furniture after a bar or a dash on the same line: its update stamp (| آخر تحديث: 15:10),
     * whatever it says, or the time it takes to read (| وقت القراءة: 3 دقائق, | 4 دقائق قراءة). The update stamp, labelled,
     * may follow after a space alone (نشرت في: 20/06/2025 - 11:42 آخر تحديث: 20/06/2025 - 15:08).
     */
    private static final String UPDATE = "(?:\\s+(?:اخر تحديث|تاريخ التحديث|اخر تعديل)\\s*:.*"
            + "|\\s*[|\\uFF5C/\\-\\u2013]\\s*(?:(?:اخر تحديث|تاريخ التحديث|تحديث|اخر تعديل)\\s*:?.*"
            + "|(?:وقت|مده|زمن)\\s+(?:ال)?قراءه\\s*:?.{0,20}|(?:" + DIGIT + "{1,2}\\s+)?(?:دقائق|دقيقه|دقيقتان|دقيقتين)\\s+(?:لل|من ال|ال)?قراءه"
            + "|{hijri_date}))?";
    /**
     * {@code {hijri_date}} inside {@code {update}}: the same day in the Hijri calendar after the time, as Gulf sites print
     * it (18 أغسطس 2024، 14:05 | 14 صفر 1446). The Gregorian date is the one read: the two calendars often differ by a day
     * in print, as months begin by sighting.
     */
    private static final String HIJRI_DATE = DIGIT + "{1,2}\\s+(?:%s)\\s+" + DIGIT + "{4}(?:\\s*ه)?";

    private static final java.util.Set<String> GIVEN_NAMES = rows("/org/nashra/arabic/given-names.txt", 1).stream()
            .map(row -> MatchKey.of(row[0].strip())).collect(Collectors.toUnmodifiableSet());

    private final Map<String, Integer> months;
    private final Map<String, Integer> hijriMonths;
    private final List<Pattern> dateForms;
    private final List<Pattern> endDateForms;
    private final List<Pattern> leadDateForms;
    private final List<Pattern> postAttributions;
    private final List<Pattern> questionHeadings;
    private final List<Pattern> signatures;
    private final List<Pattern> updateNotes;
    private final List<Pattern> postHeaders;
    private final List<Pattern> editorNotes;
    private final List<Pattern> scoreLines;

    private HeaderForms(Map<String, Integer> months, Map<String, Integer> hijriMonths, List<Pattern> dateForms, List<Pattern> endDateForms,
            List<Pattern> leadDateForms, List<Pattern> postAttributions, List<Pattern> questionHeadings, List<Pattern> signatures,
            List<Pattern> updateNotes, List<Pattern> postHeaders, List<Pattern> editorNotes, List<Pattern> scoreLines) {
        this.months = months;
        this.hijriMonths = hijriMonths;
        this.dateForms = List.copyOf(dateForms);
        this.endDateForms = List.copyOf(endDateForms);
        this.leadDateForms = List.copyOf(leadDateForms);
        this.postAttributions = List.copyOf(postAttributions);
        this.questionHeadings = List.copyOf(questionHeadings);
        this.signatures = List.copyOf(signatures);
        this.updateNotes = List.copyOf(updateNotes);
        this.postHeaders = List.copyOf(postHeaders);
        this.editorNotes = List.copyOf(editorNotes);
        this.scoreLines = List.copyOf(scoreLines);
    }

    /** The bundled forms; a broken bundled file is a packaging defect and fails loudly. */
    static HeaderForms bundled() {
        Map<String, Integer> months = new TreeMap<>();
        Map<String, Integer> hijriMonths = new TreeMap<>();
        List<String> weekdays = new ArrayList<>();
        for (String[] row : rows("calendar.tsv", 3)) {
            String name = MatchKey.of(row[1]);
            switch (row[0]) {
                case "month" -> months.put(name, Integer.parseInt(row[2]));
                case "hijri_month" -> hijriMonths.put(name, Integer.parseInt(row[2]));
                case "weekday" -> weekdays.add(name);
                default -> throw new IllegalStateException("calendar.tsv: unknown kind " + row[0]);
            }
        }
        // A month's two names joined by a slash, as pan-Arab outlets write it (5 يوليو/تموز 2024): the first is read.
        String monthGroup = "(?<month>" + alternation(months.keySet()) + "|" + DIGIT + "{1,2})"
                + "(?:\\s*/\\s*(?:" + alternation(months.keySet()) + "))?";
        String weekdayGroup = "(?:" + alternation(weekdays) + ")";
        String hijriMonthGroup = "(?<hmonth>" + alternation(hijriMonths.keySet()) + ")";
        String hijriDate = HIJRI_DATE.formatted(alternation(hijriMonths.keySet()));
        List<Pattern> dates = new ArrayList<>();
        List<Pattern> endDates = new ArrayList<>();
        List<Pattern> leadDates = new ArrayList<>();
        List<Pattern> posts = new ArrayList<>();
        List<Pattern> questions = new ArrayList<>();
        List<Pattern> signatures = new ArrayList<>();
        List<Pattern> updates = new ArrayList<>();
        List<Pattern> postHeaders = new ArrayList<>();
        List<Pattern> editorNotes = new ArrayList<>();
        List<Pattern> scoreLines = new ArrayList<>();
        for (String[] row : rows("line-forms.tsv", 2)) {
            String form = MatchKey.arabicLetters(row[1]);
            switch (row[0]) {
                case "date" -> dates.add(dateForm(form, monthGroup, hijriMonthGroup, weekdayGroup, hijriDate));
                case "end_date" -> endDates.add(dateForm(form, monthGroup, hijriMonthGroup, weekdayGroup, hijriDate));
                case "lead_date" -> leadDates.add(dateForm(form, monthGroup, hijriMonthGroup, weekdayGroup, hijriDate));
                case "post_attribution" -> posts.add(Pattern.compile(form, FLAGS));
                case "question_heading" -> questions.add(Pattern.compile(form, FLAGS));
                case "signature" -> signatures.add(Pattern.compile(form, FLAGS));
                case "post_header" -> postHeaders.add(Pattern.compile(form, FLAGS));
                case "editor_note" -> editorNotes.add(Pattern.compile(form, FLAGS));
                case "score_line" -> scoreLines.add(Pattern.compile(form, FLAGS));
                case "update_note" -> updates.add(dateForm(form, monthGroup, hijriMonthGroup, weekdayGroup, hijriDate));
                default -> throw new IllegalStateException("line-forms.tsv: unknown kind " + row[0]);
            }
        }
        return new HeaderForms(months, hijriMonths, dates, endDates, leadDates, posts, questions, signatures, updates, postHeaders,
                editorNotes, scoreLines);
    }

    private static Pattern dateForm(String form, String monthGroup, String hijriMonthGroup, String weekdayGroup, String hijriDate) {
        return Pattern.compile(form
                .replace("{day}", "(?<day>" + DIGIT + "{1,2})")
                .replace("{month}", monthGroup)
                .replace("{hijri_month}", hijriMonthGroup)
                .replace("{hijri_month_number}", "(?<hnumber>" + DIGIT + "{1,2})")
                .replace("{year}", "(?<year>" + DIGIT + "{4})")
                .replace("{weekday}", weekdayGroup)
                .replace("{time}", TIME)
                .replace("{update}", UPDATE.replace("{hijri_date}", hijriDate))
                .replace("{agency}", AGENCY), FLAGS);
    }

    /** The date stamp this whole line is, if it is one. */
    Optional<DateStamp> dateStamp(String line) {
        return dateStampOfKey(MatchKey.of(line));
    }

    /** {@link #dateStamp(String)} of a line's {@link MatchKey}. */
    Optional<DateStamp> dateStampOfKey(String key) {
        return stampOf(key, dateForms);
    }

    /**
     * The date stamp a line after the article's text is: the header's forms and those only read there
     * ({@code end_date}), whose shape a headline could have (زلزال المغرب في 8 سبتمبر 2023).
     */
    Optional<DateStamp> endStampOfKey(String key) {
        return stampOf(key, dateForms).or(() -> stampOf(key, endDateForms));
    }

    /**
     * The day an article's first paragraph names with its weekday ({@code lead_date}: "مساء الأحد الموافق 14 يناير
     * 2024"), the day of the news, for an article whose header and end give no date. Searched, not matched whole.
     */
    Optional<LocalDate> leadDate(String paragraph) {
        String key = MatchKey.of(paragraph);
        for (Pattern form : leadDateForms) {
            Matcher m = form.matcher(key);
            if (m.find()) return toDate(m.group("year"), m.group("month"), m.group("day"));
        }
        return Optional.empty();
    }

    private Optional<DateStamp> stampOf(String key, List<Pattern> forms) {
        for (Pattern form : forms) {
            Matcher m = form.matcher(key);
            if (m.matches()) {
                String outlet = form.pattern().contains(OUTLET_GROUP) ? m.group("outlet") : null;
                int outletWords = outlet == null ? 0 : outlet.strip().split("\\s+").length;
                int outletFrom = outlet == null ? 0 : (int) key.substring(0, m.start("outlet")).chars().filter(c -> c == ' ').count();
                Optional<LocalDate> date = form.pattern().contains("(?<hmonth>")
                        ? hijriToDate(m.group("year"), hijriMonths.get(m.group("hmonth")), m.group("day"))
                        : form.pattern().contains("(?<hnumber>") ? hijriToDate(m.group("year"), number(m.group("hnumber")), m.group("day"))
                        : toDate(m.group("year"), m.group("month"), m.group("day"));
                return Optional.of(new DateStamp(date, outletFrom, outletWords));
            }
        }
        return Optional.empty();
    }

    /** True when a line's {@link MatchKey} is a clock time and nothing else: 16:35, الساعة 11:25 صباحا. */
    boolean isTimeKey(String key) {
        return BARE_TIME.matcher(key).matches();
    }

    /** True when the line attributes the embedded post just above it ({@code — name (@handle) date}). */
    boolean isPostAttribution(String line) {
        return isPostAttributionKey(MatchKey.of(line));
    }

    /** {@link #isPostAttribution(String)} of a line's {@link MatchKey}. */
    boolean isPostAttributionKey(String key) {
        return postAttributions.stream().anyMatch(p -> p.matcher(key).matches());
    }

    /**
     * True when the line is a question of the kind explainers head their sections with (ما هي بريكس؟), a line
     * of its own that the next paragraph answers ({@code question_heading}).
     */
    /** Whether the word, as written, is a given name that opens a person's name ({@code given-names.txt}). */
    boolean isGivenName(String word) {
        return GIVEN_NAMES.contains(MatchKey.of(word));
    }

    boolean isQuestionHeadingKey(String key) {
        return questionHeadings.stream().anyMatch(p -> p.matcher(key).matches());
    }

    /** True when the line is a social post's header ({@code post_header}): the post's page, its time, its audience. */
    boolean isPostHeaderKey(String key) {
        return postHeaders.stream().anyMatch(p -> p.matcher(key).matches());
    }

    /** True when the line is the editors' note on the article ({@code editor_note}: ملاحظة المحرر: …): read after the text. */
    boolean isEditorNoteKey(String key) {
        return editorNotes.stream().anyMatch(p -> p.matcher(key).matches());
    }

    /** True when the line is a match card's score line ({@code score_line}: الزمالك 29 (13 - 17) 33 فيزبريم). */
    boolean isScoreLineKey(String key) {
        return scoreLines.stream().anyMatch(p -> p.matcher(key).matches());
    }

    /** True when the line is an update of the story, its time first ({@code update_note}): news, but not the headline. */
    boolean isUpdateNoteKey(String key) {
        return updateNotes.stream().anyMatch(p -> p.matcher(key).matches());
    }

    /** True when the line says where and when a decree or statement was issued, under its signer ({@code signature}). */
    boolean isSignatureKey(String key) {
        return signatures.stream().anyMatch(p -> p.matcher(key).matches());
    }

    private Optional<LocalDate> toDate(String year, String month, String day) {
        Integer monthNumber = months.get(month.toLowerCase(java.util.Locale.ROOT));
        int m = monthNumber != null ? monthNumber : number(month);
        try {
            return Optional.of(LocalDate.of(number(year), m, number(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A day of the Hijri calendar as Saudi Arabia keeps it (Umm al-Qura, the JDK's Hijrah chronology), in the Gregorian. */
    private static Optional<LocalDate> hijriToDate(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.from(java.time.chrono.HijrahDate.of(number(year), month, number(day))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int number(String digits) {
        int value = 0;
        for (int i = 0; i < digits.length(); i++) value = value * 10 + Character.digit(digits.charAt(i), 10);
        return value;
    }

    private static String alternation(java.util.Collection<String> names) {
        return names.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static List<String[]> rows(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = HeaderForms.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("bundled " + resource + " is missing from the classpath");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] row = line.split("\t", columns);
                if (row.length != columns) {
                    throw new IllegalStateException(resource + ":" + number + ": expected " + columns + " tab-separated columns");
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
