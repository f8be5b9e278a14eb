package org.nashra.summarise;

import java.util.ArrayList;
import java.util.List;

/**
 * Throughput of the summariser over the seed articles (not a test: run it by hand).
 * Arguments: measured rounds (default 200). Each round summarises every seed, derives its headline
 * and picks its key points; a third as many rounds run first to warm the JIT up.
 */
public final class SummariserBenchmark {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        List<SeedArticles.Seed> seeds = new ArrayList<>();
        for (String file : SeedArticles.seedFiles()) seeds.add(SeedArticles.read(file));
        int sentences = seeds.stream().mapToInt(s -> s.sentences().size()).sum();

        TextRankSummariser summariser = new TextRankSummariser();
        HeadlineDeriver headlines = new HeadlineDeriver();
        KeyPoints keyPoints = new KeyPoints();
        long checksum = run(seeds, rounds / 3 + 1, summariser, headlines, keyPoints);
        long started = System.nanoTime();
        checksum += run(seeds, rounds, summariser, headlines, keyPoints);
        double seconds = (System.nanoTime() - started) / 1e9;

        System.out.printf("%d articles, %d sentences, %d rounds in %.2f s%n", seeds.size(), sentences, rounds, seconds);
        System.out.printf("%.0f articles/s, %.0f sentences/s (checksum %d)%n",
                seeds.size() * rounds / seconds, sentences * rounds / seconds, checksum);
    }

    private static long run(List<SeedArticles.Seed> seeds, int rounds, TextRankSummariser summariser,
                            HeadlineDeriver headlines, KeyPoints keyPoints) {
        long checksum = 0;
        for (int round = 0; round < rounds; round++) {
            for (SeedArticles.Seed seed : seeds) {
                Summary summary = summariser.summarise(seed.sentences(), seed.title());
                checksum += summary.sentences().size();
                checksum += headlines.derive(summary).map(String::length).orElse(0);
                checksum += keyPoints.select(List.of(), summary).size();
            }
        }
        return checksum;
    }
}
