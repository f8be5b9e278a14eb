package org.nashra.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.nashra.ingest.BoilerplateRules;
import org.nashra.ingest.Ingest;

/**
 * The CPU time of reading a project's seeds (decoding, boilerplate rules, header forms) on one thread with the
 * bundled rules, round after round in one JVM: the first round is what a fresh build pays, the later ones the
 * compiled code. Everything it calls is public, so it compiles against an older jar to compare.
 * Usage: {@code Reading PROJECT [ROUNDS]} (default 6).
 */
public final class Reading {
    public static void main(String[] args) throws IOException {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of(args[0]).resolve("seeds"))) {
            seeds = files.sorted().toList();
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        StringBuilder line = new StringBuilder();
        for (int round = 0; round < rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            Ingest ingest = new Ingest(BoilerplateRules.defaults());
            for (Path seed : seeds) ingest.read(seed);
            line.append(round == 0 ? "" : ", ").append((threads.getCurrentThreadCpuTime() - start) / 1_000_000);
        }
        System.out.println(seeds.size() + " seeds, ms CPU a round: " + line);
    }
}
