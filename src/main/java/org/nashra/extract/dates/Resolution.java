package org.nashra.extract.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Calendar arithmetic that turns the parts of a date expression into a {@link DateValue}. */
final class Resolution {

    private Resolution() {}

    static Optional<DateValue> day(int year, int month, int day, boolean hijri) {
        try {
            if (hijri) {
                // The 30th of a month Umm al-Qura gives 29 days (حتى ١٤٤٦/٠٨/٣٠هـ) is its last day: a month begun by the
                // sighting of the moon may have had 30, and the writer meant its end.
                int lastDay = HijrahDate.of(year, month, 1).lengthOfMonth();
                int inMonth = day == 30 && lastDay == 29 ? lastDay : day;
                return Optional.of(DateValue.day(LocalDate.from(HijrahDate.of(year, month, inMonth))).asHijri());
            }
            return Optional.of(DateValue.day(LocalDate.of(year, month, day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static Optional<DateValue> month(int year, int month, boolean hijri) {
        try {
            if (hijri) {
                LocalDate first = LocalDate.from(HijrahDate.of(year, month, 1));
                return Optional.of(new DateValue(first, Optional.empty(), Precision.MONTH, Portion.WHOLE, Bound.NONE, true));
            }
            return Optional.of(DateValue.month(year, month));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static Optional<DateValue> year(int year, boolean hijri) {
        try {
            if (hijri) {
                LocalDate first = LocalDate.from(HijrahDate.of(year, 1, 1));
                return Optional.of(new DateValue(first, Optional.empty(), Precision.YEAR, Portion.WHOLE, Bound.NONE, true));
            }
            if (year < 1 || year > 9999) return Optional.empty();
            return Optional.of(DateValue.year(year));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Years ago or ahead (a range of years, both ends included). */
    static Optional<DateValue> years(int first, int last) {
        if (first > last || first < 1 || last > 9999) return Optional.empty();
        return Optional.of(DateValue.year(first).withEnd(LocalDate.of(last, 1, 1)));
    }

    private static int yearOf(LocalDate date, boolean hijri) {
        return hijri ? HijrahDate.from(date).get(ChronoField.YEAR) : date.getYear();
    }

    private static int monthIndexOf(LocalDate date, boolean hijri) {
        if (!hijri) return date.getYear() * 12 + date.getMonthValue() - 1;
        HijrahDate h = HijrahDate.from(date);
        return h.get(ChronoField.YEAR) * 12 + h.get(ChronoField.MONTH_OF_YEAR) - 1;
    }

    /**
     * A day and month without a year: with direction -1 (الماضي) the last on or before the reference, +1 (المقبل)
     * the next on or after it, 0 (الجاري) the reference's year's; otherwise the occurrence nearest the reference
     * (past for since, future for until).
     */
    static Optional<DateValue> dayMonth(int month, int day, boolean hijri, Integer weekday, Integer direction, Bound bound, LocalDate ref) {
        List<DateValue> candidates = new ArrayList<>();
        int refYear = yearOf(ref, hijri);
        for (int y = refYear - 1; y <= refYear + 1; y++) day(y, month, day, hijri).ifPresent(candidates::add);
        if (weekday != null) {
            List<DateValue> matching = candidates.stream().filter(v -> v.start().getDayOfWeek().getValue() == weekday).toList();
            if (!matching.isEmpty()) candidates = matching;
        }
        if (direction != null && direction < 0) {
            Optional<DateValue> past = candidates.stream().filter(v -> !v.start().isAfter(ref)).max(Comparator.comparing(DateValue::start));
            if (past.isPresent()) return past;
        }
        if (direction != null && direction > 0) {
            Optional<DateValue> future = candidates.stream().filter(v -> !v.start().isBefore(ref)).min(Comparator.comparing(DateValue::start));
            if (future.isPresent()) return future;
        }
        if (direction != null && direction == 0) {
            Optional<DateValue> thisYear = candidates.stream().filter(v -> yearOf(v.start(), hijri) == refYear).findFirst();
            if (thisYear.isPresent()) return thisYear;
        }
        return nearest(candidates, bound, ref);
    }

    /** A month without a year: direction -1 last one before the reference month, +1 next after, 0 this year's. */
    static Optional<DateValue> month(int month, boolean hijri, Integer direction, Bound bound, LocalDate ref) {
        int refIndex = monthIndexOf(ref, hijri);
        int refYear = yearOf(ref, hijri);
        List<DateValue> candidates = new ArrayList<>();
        for (int y = refYear - 2; y <= refYear + 2; y++) month(y, month, hijri).ifPresent(candidates::add);
        if (direction != null && direction == 0) {
            return candidates.stream().filter(v -> yearOf(v.start(), hijri) == refYear).findFirst();
        }
        if (direction != null && direction < 0) {
            return candidates.stream().filter(v -> monthIndexOf(v.start(), hijri) < refIndex)
                    .max(Comparator.comparing(DateValue::start));
        }
        if (direction != null && direction > 0) {
            return candidates.stream().filter(v -> monthIndexOf(v.start(), hijri) > refIndex)
                    .min(Comparator.comparing(DateValue::start));
        }
        // since (منذ) looks back; from (اعتبارا من) starts a period that may well be still to come
        if (bound == Bound.SINCE) {
            return candidates.stream().filter(v -> monthIndexOf(v.start(), hijri) <= refIndex)
                    .max(Comparator.comparing(DateValue::start));
        }
        if (bound != null && bound.isEnd()) {
            return candidates.stream().filter(v -> monthIndexOf(v.start(), hijri) >= refIndex)
                    .min(Comparator.comparing(DateValue::start));
        }
        return candidates.stream().min(Comparator
                .comparingInt((DateValue v) -> Math.abs(monthIndexOf(v.start(), hijri) - refIndex))
                .thenComparing(DateValue::start));
    }

    private static Optional<DateValue> nearest(List<DateValue> candidates, Bound bound, LocalDate ref) {
        if (bound == Bound.SINCE) {
            Optional<DateValue> past = candidates.stream().filter(v -> !v.start().isAfter(ref)).max(Comparator.comparing(DateValue::start));
            if (past.isPresent()) return past;
        }
        if (bound != null && bound.isEnd()) {
            Optional<DateValue> future = candidates.stream().filter(v -> !v.start().isBefore(ref)).min(Comparator.comparing(DateValue::start));
            if (future.isPresent()) return future;
        }
        return candidates.stream().min(Comparator
                .comparingLong((DateValue v) -> Math.abs(v.start().toEpochDay() - ref.toEpochDay()))
                .thenComparing(DateValue::start));
    }

    /**
     * A weekday: with a week shift, that day of the (ISO) week so many weeks away; with direction -1 the last
     * one before the reference, +1 the next one after; otherwise the most recent one on or before it.
     */
    static DateValue weekday(int weekday, Integer direction, Integer weekShift, LocalDate ref) {
        DayOfWeek day = DayOfWeek.of(weekday);
        if (weekShift != null) {
            return DateValue.day(ref.with(DayOfWeek.MONDAY).plusWeeks(weekShift).plusDays(weekday - 1L));
        }
        if (direction != null && direction < 0) {
            return DateValue.day(ref.minusDays(1).with(TemporalAdjusters.previousOrSame(day)).minusWeeks(-direction - 1L));
        }
        if (direction != null && direction > 0) {
            return DateValue.day(ref.plusDays(1).with(TemporalAdjusters.nextOrSame(day)).plusWeeks(direction - 1L));
        }
        return DateValue.day(ref.with(TemporalAdjusters.previousOrSame(day)));
    }

    /** A weekday of an event to come (تقام ... الأربعاء): that day on the reference, else the next one after it. */
    static DateValue comingWeekday(int weekday, LocalDate ref) {
        return DateValue.day(ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(weekday))));
    }

    /** A weekday with a day of the month (الجمعة 15): the nearest such day around the reference. */
    static Optional<DateValue> weekdayDay(int weekday, int day, LocalDate ref) {
        List<DateValue> candidates = new ArrayList<>();
        YearMonth refMonth = YearMonth.from(ref);
        for (int shift = -6; shift <= 6; shift++) {
            YearMonth ym = refMonth.plusMonths(shift);
            if (day <= ym.lengthOfMonth() && ym.atDay(day).getDayOfWeek().getValue() == weekday) {
                candidates.add(DateValue.day(ym.atDay(day)));
            }
        }
        return nearest(candidates, Bound.NONE, ref);
    }

    /**
     * A day of the month alone (يوم 21): in the month {@code direction} months from the reference's when
     * given, otherwise the nearest such day (this month's, last month's or next month's).
     */
    static Optional<DateValue> dayOfMonth(int day, Integer direction, LocalDate ref) {
        YearMonth refMonth = YearMonth.from(ref);
        if (direction != null) {
            YearMonth ym = refMonth.plusMonths(direction);
            return day < 1 || day > ym.lengthOfMonth() ? Optional.empty() : Optional.of(DateValue.day(ym.atDay(day)));
        }
        List<DateValue> candidates = new ArrayList<>();
        for (int shift = -1; shift <= 1; shift++) {
            YearMonth ym = refMonth.plusMonths(shift);
            if (day >= 1 && day <= ym.lengthOfMonth()) candidates.add(DateValue.day(ym.atDay(day)));
        }
        return nearest(candidates, Bound.NONE, ref);
    }

    /** The current calendar unit shifted by {@code shift}: week (ISO, Monday first), month, year, decade. */
    static DateValue unit(String unit, int shift, LocalDate ref) {
        return switch (unit) {
            case "week" -> {
                LocalDate monday = ref.with(DayOfWeek.MONDAY).plusWeeks(shift);
                yield DateValue.days(monday, monday.plusDays(6));
            }
            case "month" -> {
                YearMonth ym = YearMonth.from(ref).plusMonths(shift);
                yield DateValue.month(ym.getYear(), ym.getMonthValue());
            }
            case "decade" -> {
                int first = ref.getYear() / 10 * 10 + 10 * shift;
                yield DateValue.year(first).withEnd(LocalDate.of(first + 9, 1, 1));
            }
            case "day" -> DateValue.day(ref.plusDays(shift));
            default -> DateValue.year(ref.getYear() + shift);
        };
    }

    static ChronoUnit chronoUnit(String unit) {
        return switch (unit) {
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            case "decade" -> ChronoUnit.DECADES;
            default -> ChronoUnit.YEARS;
        };
    }

    /** A point {@code count} units before (negative) or after the reference, at the precision the unit allows. */
    static DateValue shifted(String unit, long count, LocalDate ref) {
        LocalDate date = ref.plus(count, chronoUnit(unit));
        return switch (unit) {
            case "year", "decade" -> DateValue.year(date.getYear());
            default -> DateValue.day(date);
        };
    }

    /** The {@code count} units just before (direction < 0) or just after the reference, as a range of days. */
    static DateValue span(String unit, long count, int direction, LocalDate ref) {
        if (direction < 0) return DateValue.days(ref.minus(count, chronoUnit(unit)), ref);
        return DateValue.days(ref.plusDays(1), ref.plus(count, chronoUnit(unit)));
    }

    /** The {@code count} whole calendar decades before (direction < 0) or after the reference's decade. */
    static DateValue decades(long count, int direction, LocalDate ref) {
        int current = ref.getYear() / 10 * 10;
        int first = direction < 0 ? current - 10 * (int) count : current + 10;
        int last = direction < 0 ? current - 1 : current + 10 * (int) count - 1;
        return DateValue.year(first).withEnd(LocalDate.of(last, 1, 1));
    }

    /** Part of a period relative to the reference: the rest of it, or the part already gone. */
    static DateValue restOf(DateValue period, LocalDate ref) { return DateValue.days(ref, period.lastDay()); }

    static DateValue startOf(DateValue period, LocalDate ref) {
        return DateValue.days(period.firstDay(), ref.isBefore(period.firstDay()) ? period.firstDay() : ref);
    }
}
