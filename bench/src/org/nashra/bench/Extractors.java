package org.nashra.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.nashra.extract.dates.DateFinder;
import org.nashra.extract.dates.MonthNaming;
import org.nashra.extract.entities.StatisticalRecogniser;
import org.nashra.extract.topics.TopicFinder;
import org.nashra.extract.topics.TopicTaxonomy;

/**
 * The CPU time of the costliest extractors on the first N seeds of a project, in one JVM, round after round
 * until the JIT has compiled them: the statistical name finder, the date finder and the month-series
 * detection, each over the seeds' whole text, and the topic finder over their paragraphs with the project's
 * {@code data/topics.yml}. Prints, per extractor, the least and the median CPU time of
 * the rounds after the first two, measured as the thread's CPU time (a shared machine's stolen time is not
 * in it). What it calls is public and has been since the first jar that had these extractors, so it compiles
 * against an older jar to compare.
 * Usage: {@code Extractors PROJECT [N] [ROUNDS]} (defaults 300 and 12).
 */
public final class Extractors {
    public static void main(String[] args) throws IOException {
        Path seeds = Path.of(args[0]).resolve("seeds");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path seed : files.sorted().limit(count).toList()) texts.add(Files.readString(seed, StandardCharsets.UTF_8));
        }
        StatisticalRecogniser names = StatisticalRecogniser.bundled();
        TopicFinder topics = new TopicFinder(TopicTaxonomy.load(Path.of(args[0]).resolve("data/topics.yml")).topics());
        System.out.printf("%d articles, %d characters, %d rounds%n", texts.size(), texts.stream().mapToInt(String::length).sum(), rounds);
        report("name finder", texts, rounds, text -> names.recognise(text).size());
        report("date finder", texts, rounds, text -> DateFinder.find(text, Optional.empty()).size());
        report("month series", texts, rounds, text -> MonthNaming.detect(text).ordinal());
        report("topic finder", texts, rounds, text -> topics.find(List.of(text.split("\n\\s*\n"))).size());
    }

    private static void report(String name, List<String> texts, int rounds, ToIntFunction<String> extractor) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] millis = new long[rounds];
        long found = 0;
        for (int r = 0; r < rounds; r++) {
            long start = threads.getCurrentThreadCpuTime();
            for (String text : texts) found += extractor.applyAsInt(text);
            millis[r] = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
        }
        long[] warm = Arrays.copyOfRange(millis, Math.min(2, rounds - 1), rounds);
        Arrays.sort(warm);
        System.out.printf("%-13s least %5d ms, median %5d ms CPU a round (%d found in all rounds)%n",
                name, warm[0], warm[warm.length / 2], found);
    }
}
