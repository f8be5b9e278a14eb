package org.nashra.extract.dates;

import org.nashra.core.Lang;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.Objects;

/**
 * Writes a {@link DateValue} for readers: English ({@code 27 October 2024}, {@code September 2026},
 * {@code 2017}) or Arabic in the outlet's month series ({@code 27 تشرين الأول 2024}), with ASCII digits.
 * With {@code withHijri} the Hijri day is given beside the Gregorian one; a date the text gave in the Hijri
 * calendar always has the Gregorian day, months or years beside it ({@code 1450 AH (2028–29)}), and a season the
 * text named is written as one ({@code autumn 2019}). Month names and the small words (منذ، حتى، منتصف) come
 * from the resource files.
 */
public record DateFormatter(MonthNaming naming, boolean withHijri) {

    public DateFormatter {
        Objects.requireNonNull(naming, "naming");
    }

    public static DateFormatter of(MonthNaming naming) { return new DateFormatter(naming, false); }

    public DateFormatter withHijri(boolean show) { return new DateFormatter(naming, show); }

    public String format(DateValue value, Lang lang) {
        Lexicon lex = Lexicon.standard();
        String code = lang.code();
        String text = period(value, value.start(), lang, value.hijri());
        if (value.season() && value.end().isPresent() && !value.hijri()) {
            // autumn 2019 rather than September – November 2019, as the text named it; a winter spans two years
            int first = value.start().getYear(), last = value.end().get().getYear();
            text = fill(lex.display("season-" + value.start().getMonthValue(), code), years(first, last, lang));
        } else if (value.end().isPresent() && sameMonthDays(value)) {
            // 3–12 September 2016 rather than 3 September 2016 – 12 September 2016
            text = value.start().getDayOfMonth() + "–" + period(value, value.end().get(), lang, false);
        } else if (value.end().isPresent() && value.precision() == Precision.YEAR && !value.hijri() && value.end().get().getYear() < 1) {
            // 664–332 BC: the era once
            text = years(value.start().getYear(), value.end().get().getYear(), lang);
        } else if (value.end().isPresent() && sameYear(value)) {
            // 30 September – 6 October 2024, January – March 2025: the year once
            text = fill(fill(lex.display("range", code), withoutYear(value, value.start(), lang)), period(value, value.end().get(), lang, false));
        } else if (value.end().isPresent()) {
            text = lex.display("range", code).replaceFirst("\\{}", java.util.regex.Matcher.quoteReplacement(text))
                    .replaceFirst("\\{}", java.util.regex.Matcher.quoteReplacement(period(value, value.end().get(), lang, value.hijri())));
        }
        if (value.hijri() && value.end().isEmpty()) {
            // a date the text gave in the Hijri calendar, with the Gregorian one the reader reckons in
            text = fill(fill(lex.display("beside", code), text), gregorian(value, lang));
        } else if (withHijri && value.end().isEmpty() && value.precision() == Precision.DAY) {
            String beside = period(value, value.start(), lang, true);
            text = fill(fill(lex.display("beside", code), text), beside);
        }
        // a limit at the end of a period (قبل نهاية نوفمبر) is its very end, not a loose "late November"
        boolean endOf = value.portion() == Portion.LATE && value.bound().isEnd() && value.precision() != Precision.DAY;
        if (endOf) {
            text = fill(lex.display(value.bound().name().toLowerCase(java.util.Locale.ROOT) + "-end", code), text);
        } else if (value.portion() != Portion.WHOLE && value.precision() != Precision.DAY) {
            text = fill(lex.display(value.portion().name().toLowerCase(java.util.Locale.ROOT), code), text);
        }
        if (value.bound() != Bound.NONE && !endOf) {
            text = fill(lex.display(value.bound().name().toLowerCase(java.util.Locale.ROOT), code), text);
        }
        return text;
    }

    /**
     * The Gregorian days, months or years a Hijri value covers (its portion taken into account): a day, the one or
     * two months of a Hijri month (February – March 2024), the two years of a Hijri year (2028–29).
     */
    private String gregorian(DateValue value, Lang lang) {
        LocalDate first = value.firstDay(), last = value.lastDay();
        return switch (value.precision()) {
            case DAY -> period(value, value.start(), lang, false);
            case MONTH -> format(new DateValue(first.withDayOfMonth(1),
                    first.getMonth() == last.getMonth() && first.getYear() == last.getYear()
                            ? java.util.Optional.empty() : java.util.Optional.of(last.withDayOfMonth(1)),
                    Precision.MONTH, Portion.WHOLE, Bound.NONE, false), lang);
            case YEAR -> years(first.getYear(), last.getYear(), lang);
        };
    }

    /** One year, or two in a row: 2019–20 in English, which shortens the second, 2019–2020 in Arabic. */
    private static String years(int first, int last, Lang lang) {
        if (last < 1) return fill(Lexicon.standard().display("bc-era", lang.code()), first == last ? String.valueOf(1 - first) : (1 - first) + "–" + (1 - last));
        if (first == last) return String.valueOf(first);
        boolean shorten = lang == Lang.EN && first / 100 == last / 100 && last == first + 1;
        return first + "–" + (shorten ? String.format(java.util.Locale.ROOT, "%02d", last % 100) : String.valueOf(last));
    }

    private static boolean sameMonthDays(DateValue value) {
        LocalDate end = value.end().orElse(value.start());
        return value.precision() == Precision.DAY && !value.hijri()
                && end.getYear() == value.start().getYear() && end.getMonth() == value.start().getMonth();
    }

    private static boolean sameYear(DateValue value) {
        LocalDate end = value.end().orElse(value.start());
        return value.precision() != Precision.YEAR && !value.hijri() && end.getYear() == value.start().getYear();
    }

    /** A Gregorian day or month without its year, as the start of a range within one year. */
    private String withoutYear(DateValue value, LocalDate date, Lang lang) {
        String monthName = monthName(Lexicon.standard(), date.getMonthValue(), lang, false);
        return value.precision() == Precision.DAY ? date.getDayOfMonth() + " " + monthName : monthName;
    }

    private static String fill(String template, String part) {
        return template.replaceFirst("\\{}", java.util.regex.Matcher.quoteReplacement(part));
    }

    /** One period (day, month or year) starting on {@code date}, in the Hijri or the Gregorian calendar. */
    private String period(DateValue value, LocalDate date, Lang lang, boolean hijri) {
        Lexicon lex = Lexicon.standard();
        int year, month, day;
        if (hijri) {
            HijrahDate h = HijrahDate.from(date);
            year = h.get(ChronoField.YEAR);
            month = h.get(ChronoField.MONTH_OF_YEAR);
            day = h.get(ChronoField.DAY_OF_MONTH);
        } else {
            year = date.getYear();
            month = date.getMonthValue();
            day = date.getDayOfMonth();
        }
        String monthName = monthName(lex, month, lang, hijri);
        String text = switch (value.precision()) {
            case DAY -> day + " " + monthName + " " + year;
            case MONTH -> monthName + " " + year;
            case YEAR -> hijri ? String.valueOf(year) : years(year, year, lang);
        };
        return hijri ? fill(lex.display("hijri-era", lang.code()), text) : text;
    }

    private String monthName(Lexicon lex, int month, Lang lang, boolean hijri) {
        if (lang == Lang.EN) return lex.monthDisplay(hijri ? "hijri-english" : "english", month);
        if (hijri) return lex.monthDisplay("hijri", month);
        return switch (naming) {
            case LEVANTINE -> lex.monthDisplay("levantine", month);
            case EGYPTIAN -> lex.monthDisplay("egyptian", month);
            case DOUBLED -> fill(fill(lex.display("doubled-month", lang.code()), lex.monthDisplay("levantine", month)), lex.monthDisplay("egyptian", month));
        };
    }
}
