package org.nashra.extract.dates;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.Objects;
import java.util.Optional;

/**
 * A calendar value: one period at a precision ({@code start}), or a range of such periods from
 * {@code start} to {@code end} (both named ends included, {@code بين 2017 و2019} is 2017..2019).
 * {@code start} and {@code end} are the first days of their periods (1 September 2026 for أيلول 2026).
 * {@code portion} narrows a month or year to its early, middle or late part; {@code bound} marks a limit
 * (since, until) rather than the period itself; {@code hijri} says the text named a Hijri date, so its
 * months and years are Hijri months and years (their first days still given as ISO dates); {@code season} says
 * the text named the three months as a season (خريف 2019), so they are written as one.
 */
public record DateValue(LocalDate start, Optional<LocalDate> end, Precision precision, Portion portion,
                        Bound bound, boolean hijri, boolean season) {

    public DateValue {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(portion, "portion");
        Objects.requireNonNull(bound, "bound");
        if (end.isPresent() && end.get().isBefore(start)) {
            throw new IllegalArgumentException("range ends before it starts: " + start + ".." + end.get());
        }
    }

    public DateValue(LocalDate start, Optional<LocalDate> end, Precision precision, Portion portion, Bound bound, boolean hijri) {
        this(start, end, precision, portion, bound, hijri, false);
    }

    public static DateValue day(LocalDate day) {
        return new DateValue(day, Optional.empty(), Precision.DAY, Portion.WHOLE, Bound.NONE, false);
    }

    public static DateValue month(int year, int month) {
        return new DateValue(LocalDate.of(year, month, 1), Optional.empty(), Precision.MONTH, Portion.WHOLE, Bound.NONE, false);
    }

    public static DateValue year(int year) {
        return new DateValue(LocalDate.of(year, 1, 1), Optional.empty(), Precision.YEAR, Portion.WHOLE, Bound.NONE, false);
    }

    /** Days {@code first}..{@code last}, both included. */
    public static DateValue days(LocalDate first, LocalDate last) {
        return new DateValue(first, first.equals(last) ? Optional.empty() : Optional.of(last),
                Precision.DAY, Portion.WHOLE, Bound.NONE, false);
    }

    public DateValue withEnd(LocalDate newEnd) {
        // a range that runs on from a season is no longer the season
        return new DateValue(start, Optional.of(newEnd), precision, portion, bound, hijri, false);
    }

    public DateValue withPortion(Portion newPortion) {
        return new DateValue(start, end, precision, newPortion, bound, hijri, season);
    }

    public DateValue withBound(Bound newBound) {
        return new DateValue(start, end, precision, portion, newBound, hijri, season);
    }

    public DateValue asHijri() {
        return new DateValue(start, end, precision, portion, bound, true, season);
    }

    /** The same months, named as a season by the text. */
    public DateValue asSeason() {
        return new DateValue(start, end, precision, portion, bound, hijri, true);
    }

    public boolean isRange() { return end.isPresent(); }

    /** The first day the value covers (its portion taken into account). */
    public LocalDate firstDay() {
        LocalDate first = start;
        // The last day only where a portion needs it: timelines sort by the first day, comparison after comparison.
        return switch (portion) {
            case WHOLE -> first;
            case EARLY -> first;
            case MID -> wholeYear() ? first.plusMonths(3) : first.plusDays(daysIn(first, lastDayOf(end.orElse(start))) / 3);
            case LATE -> wholeYear() ? first.plusMonths(6) : wholeMonth() ? first.withDayOfMonth(16)
                    : first.plusDays(daysIn(first, lastDayOf(end.orElse(start))) / 2);
        };
    }

    /** The last day the value covers (its portion taken into account). */
    public LocalDate lastDay() {
        LocalDate first = start;
        LocalDate last = lastDayOf(end.orElse(start));
        return switch (portion) {
            case WHOLE, LATE -> last;
            case EARLY -> wholeYear() ? first.plusMonths(6).minusDays(1)
                    : wholeMonth() ? first.withDayOfMonth(15) : first.plusDays(daysIn(first, last) / 2 - 1);
            case MID -> wholeYear() ? first.plusMonths(9).minusDays(1)
                    : wholeMonth() ? first.withDayOfMonth(20) : first.plusDays(2 * daysIn(first, last) / 3 - 1);
        };
    }

    /** One Gregorian year or month (not a range of them), whose parts follow the calendar's halves and thirds. */
    private boolean wholeYear() { return precision == Precision.YEAR && !hijri && end.isEmpty(); }

    private boolean wholeMonth() { return precision == Precision.MONTH && !hijri && end.isEmpty(); }

    private static long daysIn(LocalDate first, LocalDate last) {
        return last.toEpochDay() - first.toEpochDay() + 1;
    }

    /** Last day of the period that starts on {@code periodStart}. */
    private LocalDate lastDayOf(LocalDate periodStart) {
        if (precision == Precision.DAY) return periodStart;
        if (hijri) {
            HijrahDate h = HijrahDate.from(periodStart);
            HijrahDate next = precision == Precision.MONTH
                    ? h.plus(1, java.time.temporal.ChronoUnit.MONTHS)
                    : h.plus(1, java.time.temporal.ChronoUnit.YEARS);
            return LocalDate.from(next).minusDays(1);
        }
        return precision == Precision.MONTH
                ? periodStart.withDayOfMonth(periodStart.lengthOfMonth())
                : periodStart.withDayOfYear(periodStart.lengthOfYear());
    }

    /**
     * Compact ISO form for tests and logs: {@code 2024-10-27}, {@code 2026-09}, {@code 2017..2019},
     * {@code since 2020}, {@code mid 2024-04}; a Hijri value shows its first Gregorian day and its Hijri
     * date: {@code 2024-03-11 (hijri 1445-09)}.
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (bound != Bound.NONE) b.append(bound.name().toLowerCase(java.util.Locale.ROOT)).append(' ');
        if (portion != Portion.WHOLE) b.append(portion.name().toLowerCase(java.util.Locale.ROOT)).append(' ');
        b.append(iso(start));
        end.ifPresent(e -> b.append("..").append(iso(e)));
        if (hijri) b.append(" (hijri ").append(hijriIso(start)).append(')');
        return b.toString();
    }

    private String iso(LocalDate date) {
        if (hijri) return date.toString();   // a Hijri month or year starts on no fixed Gregorian month
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            // a year before Christ as ISO counts it: 2400 BC is -2399
            case YEAR -> date.getYear() > 0 ? date.toString().substring(0, 4) : String.valueOf(date.getYear());
        };
    }

    private String hijriIso(LocalDate date) {
        HijrahDate h = HijrahDate.from(date);
        int y = h.get(ChronoField.YEAR), m = h.get(ChronoField.MONTH_OF_YEAR), d = h.get(ChronoField.DAY_OF_MONTH);
        return switch (precision) {
            case DAY -> String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", y, m, d);
            case MONTH -> String.format(java.util.Locale.ROOT, "%04d-%02d", y, m);
            case YEAR -> String.format(java.util.Locale.ROOT, "%04d", y);
        };
    }
}
