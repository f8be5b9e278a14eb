package org.nashra.extract.dates;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entries of a live page, each headed by its time alone (21:05), run past midnight: a page newest first
 * (00:40, 23:50, 21:10) or oldest first (21:10, 23:50, 00:40) whose times jump back by half a day or more between
 * two entries has crossed into the next day there. The day the page speaks from is the day of its oldest entries,
 * unless the time of its date stamp is a last update in the small hours (just after its newest entries, long before
 * the evening's): then its day is the newest entries' day.
 */
final class LiveEntries {

    private static final Pattern CLOCK = Pattern.compile("([01]?[0-9]|2[0-3]):([0-5][0-9])");
    private static final int HALF_A_DAY = 12 * 60;

    private LiveEntries() {}

    /** The mentions of each block, entry times moved to their day; blocks without a run of entries are as found. */
    static List<List<DateMention>> acrossMidnight(List<List<DateMention>> blocks, Optional<LocalTime> stamp) {
        List<int[]> entries = new ArrayList<>();   // block, minute of the day
        LocalDate day = null;
        for (int b = 0; b < blocks.size(); b++) {
            List<DateMention> found = blocks.get(b);
            if (found.size() != 1 || found.get(0).value().isEmpty()) continue;
            Matcher clock = CLOCK.matcher(found.get(0).surface());
            if (!clock.matches() || !found.get(0).relative()) continue;
            day = found.get(0).value().get().start();
            entries.add(new int[] {b, Integer.parseInt(clock.group(1)) * 60 + Integer.parseInt(clock.group(2))});
        }
        if (entries.size() < 3) return blocks;
        int down = 0, up = 0;
        for (int i = 1; i < entries.size(); i++) {
            int step = entries.get(i)[1] - entries.get(i - 1)[1];
            if (Math.abs(step) >= HALF_A_DAY) continue;   // the jump at midnight says nothing of the order
            if (step < 0) down++;
            else if (step > 0) up++;
        }
        if (down == up) return blocks;
        boolean newestFirst = down > up;
        // the day of each entry counted from the oldest one's, in reading order
        int[] days = new int[entries.size()];
        int crossings = 0;
        for (int i = 1; i < entries.size(); i++) {
            int back = newestFirst ? entries.get(i)[1] - entries.get(i - 1)[1] : entries.get(i - 1)[1] - entries.get(i)[1];
            if (back >= HALF_A_DAY) crossings++;
            days[i] = crossings;
        }
        if (crossings == 0) return blocks;
        for (int i = 0; i < days.length; i++) days[i] = newestFirst ? crossings - days[i] : days[i];
        int referenceDay = stampedAfterMidnight(entries, days, crossings, stamp) ? crossings : 0;
        List<List<DateMention>> moved = new ArrayList<>(blocks);
        for (int i = 0; i < entries.size(); i++) {
            int b = entries.get(i)[0];
            DateMention m = blocks.get(b).get(0);
            LocalDate entryDay = day.plusDays(days[i] - referenceDay);
            moved.set(b, List.of(new DateMention(m.surface(), m.start(), m.end(), Optional.of(DateValue.day(entryDay)), true)));
        }
        return moved;
    }

    /**
     * Whether the stamp's time is after the newest day's entries, before all of the day before's and nearer the
     * newest entry than the evening's first: a last update in the small hours, not the evening's first stamp.
     */
    private static boolean stampedAfterMidnight(List<int[]> entries, int[] days, int newest, Optional<LocalTime> stamp) {
        if (stamp.isEmpty()) return false;
        int at = stamp.get().getHour() * 60 + stamp.get().getMinute();
        int latest = -1, earliest = Integer.MAX_VALUE;
        for (int i = 0; i < days.length; i++) {
            if (days[i] == newest) latest = Math.max(latest, entries.get(i)[1]);
            if (days[i] == newest - 1) earliest = Math.min(earliest, entries.get(i)[1]);
        }
        return latest <= at && at < earliest && at - latest < earliest - at;
    }

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])");
    private static final Pattern TIME = Pattern.compile("(?<![0-9:])" + CLOCK.pattern() + "(?![0-9:])");

    /**
     * The time of an article's date stamp among the lines of its head: the first clock time on a line with a year
     * (الجمعة 13 سبتمبر 2024 - 21:15) or on the line after it (نُشر على الساعة 14:30); another line's time (a
     * video's length, 01:47) is none.
     */
    static Optional<LocalTime> stampTime(List<String> headLines) {
        for (int i = 0; i < headLines.size(); i++) {
            boolean stamped = YEAR.matcher(headLines.get(i)).find() || i > 0 && YEAR.matcher(headLines.get(i - 1)).find();
            Matcher clock = TIME.matcher(headLines.get(i));
            if (stamped && clock.find()) {
                return Optional.of(LocalTime.of(Integer.parseInt(clock.group(1)), Integer.parseInt(clock.group(2))));
            }
        }
        return Optional.empty();
    }
}
