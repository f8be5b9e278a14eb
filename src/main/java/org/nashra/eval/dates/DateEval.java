package org.nashra.eval.dates;

import org.nashra.extract.dates.DateFinder;
import org.nashra.extract.dates.DateMention;
import org.nashra.extract.dates.DateValue;
import org.nashra.extract.dates.Precision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Measures {@link DateFinder} on Microsoft Recognizers-Text spec files: a JSON array of cases, each with
 * an {@code Input}, an optional {@code Context.ReferenceDateTime}, and {@code Results} with
 * {@code Text/Start/Length} (or {@code End}), {@code Type} (or {@code TypeName}) and, in parser files,
 * {@code Value.{Past,Future}Resolution} or {@code Resolution.values}.
 * <p>Only date types ({@code date}, {@code daterange}) are scored; time, date-time, duration and set spans
 * are ignored on both sides (a found span overlapping one is neither right nor wrong), since the finder
 * deliberately produces dates only. Where the spec gives a past and a future reading of an expression
 * without a year, either counts as right.
 */
public final class DateEval {

    /** Which cases of a file to use: all, the dev split (every fifth case), or the rest (for tuning). */
    public enum Split {
        ALL, DEV, TUNE;

        boolean includes(int index) {
            return switch (this) {
                case ALL -> true;
                case DEV -> index % 5 == 4;
                case TUNE -> index % 5 != 4;
            };
        }
    }

    private DateEval() {}

    public static DateEvalReport evaluate(Path jsonFile) { return evaluate(jsonFile, Split.ALL); }

    public static DateEvalReport evaluate(Path jsonFile, Split split) {
        String name = jsonFile.getFileName() + (split == Split.ALL ? "" : " [" + split.name().toLowerCase(java.util.Locale.ROOT) + "]");
        Object root;
        try {
            root = Json.parse(Files.readString(jsonFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Tally tally = new Tally();
        if (root instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (split.includes(i) && list.get(i) instanceof Map<?, ?> c) tally.add(c);
            }
        }
        return tally.report(name);
    }

    /** Every {@code *.json} file of {@code directory}, in name order, each as one report. */
    public static List<DateEvalReport> evaluateAll(Path directory, Split split) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().map(p -> evaluate(p, split)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints the figures for a directory of spec files (default {@code ../shared/data/dates}); {@code -v} lists the problems of the tuning split. */
    public static void main(String[] args) {
        boolean verbose = List.of(args).contains("-v");
        Path dir = Path.of(List.of(args).stream().filter(a -> !a.equals("-v")).findFirst().orElse("../shared/data/dates"));
        for (Split split : Split.values()) {
            List<DateEvalReport> reports = evaluateAll(dir, split);
            reports.forEach(r -> System.out.println(r));
            DateEvalReport total = DateEvalReport.sum("TOTAL [" + split.name().toLowerCase(java.util.Locale.ROOT) + "]", reports);
            System.out.println(total);
            if (verbose && split == Split.TUNE) total.problems().forEach(p -> System.out.println("  " + p));
            System.out.println();
        }
    }

    private record Gold(int start, int end, String text, boolean date, List<LocalDate[]> values, boolean checked) {}

    private static final class Tally {
        int cases, goldSpans, goldFound, foundSpans, foundRight, ignored, values, valuesRight, checked, checkedRight;
        final List<String> problems = new ArrayList<>();

        void add(Map<?, ?> c) {
            String input = String.valueOf(c.get("Input"));
            Optional<LocalDate> ref = reference(c);
            boolean checkedCase = !"true".equalsIgnoreCase(String.valueOf(c.get("IgnoreResolution")));
            List<Gold> golds = new ArrayList<>();
            if (c.get("Results") instanceof List<?> results) {
                for (Object r : results) if (r instanceof Map<?, ?> m) gold(input, m, checkedCase).ifPresent(golds::add);
            }
            List<DateMention> found = DateFinder.find(input, ref);
            cases++;
            for (Gold g : golds) {
                if (!g.date) { ignored++; continue; }
                goldSpans++;
                Optional<DateMention> best = found.stream().filter(f -> overlap(f, g) > 0)
                        .max(java.util.Comparator.comparingInt(f -> overlap(f, g)));
                if (best.isPresent()) goldFound++;
                else problems.add("missed   [" + g.text + "] in: " + input);
                if (g.values.isEmpty()) continue;
                values++;
                if (g.checked) checked++;
                boolean right = best.flatMap(DateMention::value).map(v -> matches(v, g.values)).orElse(false);
                if (right) {
                    valuesRight++;
                    if (g.checked) checkedRight++;
                } else {
                    problems.add("value    [" + g.text + "] want " + describe(g.values) + " got "
                            + best.map(b -> b.value().map(Object::toString).orElse("none")).orElse("no span")
                            + " (ref " + ref.map(Object::toString).orElse("-") + ") in: " + input);
                }
            }
            for (DateMention f : found) {
                boolean onDate = golds.stream().anyMatch(g -> g.date && overlap(f, g) > 0);
                boolean onOther = golds.stream().anyMatch(g -> !g.date && overlap(f, g) > 0);
                if (!onDate && onOther) continue;
                foundSpans++;
                if (onDate) foundRight++;
                else problems.add("spurious [" + f.surface() + "] in: " + input);
            }
        }

        DateEvalReport report(String name) {
            return new DateEvalReport(name, cases, goldSpans, goldFound, foundSpans, foundRight, ignored,
                    values, valuesRight, checked, checkedRight, problems);
        }
    }

    /** Hamza forms of alef written plainly, one character for one, so offsets stay valid. */
    private static String foldAlef(String s) {
        return s.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا');
    }

    private static int overlap(DateMention f, Gold g) {
        return Math.min(f.end(), g.end) - Math.max(f.start(), g.start);
    }

    private static Optional<LocalDate> reference(Map<?, ?> c) {
        if (c.get("Context") instanceof Map<?, ?> context && context.get("ReferenceDateTime") instanceof String s && s.length() >= 10) {
            return parseDate(s.substring(0, 10));
        }
        return Optional.empty();
    }

    private static Optional<Gold> gold(String input, Map<?, ?> r, boolean checkedCase) {
        String text = String.valueOf(r.get("Text"));
        int start = r.get("Start") instanceof Double d ? d.intValue() : -1;
        int at;
        if (start >= 0 && input.startsWith(text, start)) at = start;
        else at = input.indexOf(text);
        if (at < 0 && !text.strip().isEmpty()) at = input.indexOf(text.strip());
        if (at < 0 && !text.strip().isEmpty()) at = foldAlef(input).indexOf(foldAlef(text.strip()));
        int end;
        if (at >= 0) {
            end = at + (input.indexOf(text, at) == at ? text.length() : text.strip().length());
        } else if (start >= 0 && r.get("Length") instanceof Double len) {
            at = start;
            end = Math.min(input.length(), start + len.intValue());
        } else {
            return Optional.empty();
        }
        String type = String.valueOf(r.containsKey("Type") ? r.get("Type") : r.get("TypeName"));
        boolean date = type.equals("date") || type.equals("daterange") || type.endsWith(".date") || type.endsWith(".daterange");
        return Optional.of(new Gold(at, end, text.strip(), date, goldValues(r), checkedCase));
    }

    /** Acceptable readings as [first day, end or null]: the spec's past and future resolutions. */
    private static List<LocalDate[]> goldValues(Map<?, ?> r) {
        List<LocalDate[]> values = new ArrayList<>();
        if (r.get("Value") instanceof Map<?, ?> value) {
            for (String key : List.of("PastResolution", "FutureResolution")) {
                if (value.get(key) instanceof Map<?, ?> res) reading(res.get("date"), res.get("startDate"), res.get("endDate")).ifPresent(values::add);
            }
        }
        if (r.get("Resolution") instanceof Map<?, ?> resolution && resolution.get("values") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> v) reading(v.get("value"), v.get("start"), v.get("end")).ifPresent(values::add);
            }
        }
        return values;
    }

    private static Optional<LocalDate[]> reading(Object date, Object start, Object end) {
        if (date instanceof String d) return parseDate(d).map(x -> new LocalDate[] {x, null});
        if (start instanceof String s) {
            Optional<LocalDate> first = parseDate(s);
            Optional<LocalDate> last = end instanceof String e ? parseDate(e) : Optional.empty();
            if (end instanceof String && last.isEmpty()) return Optional.empty();
            return first.map(x -> new LocalDate[] {x, last.orElse(null), end == null ? x : null});
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> parseDate(String s) {
        try {
            LocalDate d = LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
            return d.getYear() <= 1 ? Optional.empty() : Optional.of(d);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether a found value is one of the gold readings: a single gold day needs that day; a gold range needs
     * the same first day and the same last day (the spec writes range ends both inclusive and exclusive, and
     * ends a range of years or months at the start of the named last one);
     * an open range (a "since" reading) needs the same first day.
     */
    static boolean matches(DateValue v, List<LocalDate[]> readings) {
        for (LocalDate[] g : readings) {
            boolean open = g.length > 2 && g[2] != null;
            if (open) {
                if (v.firstDay().equals(g[0])) return true;
            } else if (g[1] == null) {
                if (v.precision() == Precision.DAY && !v.isRange() && v.start().equals(g[0])) return true;
            } else if (v.firstDay().equals(g[0]) && (v.lastDay().equals(g[1]) || v.lastDay().plusDays(1).equals(g[1])
                    || v.end().map(e -> e.equals(g[1])).orElse(false))) {
                return true;
            }
        }
        return false;
    }

    private static String describe(List<LocalDate[]> readings) {
        List<String> parts = new ArrayList<>();
        for (LocalDate[] g : readings) parts.add(g[1] == null ? (g.length > 2 && g[2] != null ? g[0] + ".." : g[0].toString()) : g[0] + ".." + g[1]);
        return String.join(" or ", parts);
    }
}
