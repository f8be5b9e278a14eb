package org.nashra.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How long reading and writing the site checks' page facts take ({@code .nashra/cache/site-facts.json}, which
 * every one-shot build reads before its checks and writes after them), round after round in one JVM; the
 * first round is what a fresh build pays. With the launcher's one-shot collector options to match a build:
 * {@code java -XX:+UseParallelGC -XX:NewRatio=5 -Xmx512m -cp target/bench-classes:target/nashra.jar:target/lib/*
 * org.nashra.bench.SiteFactsLoad PROJECT/.nashra/cache/site-facts.json [ROUNDS]}. It writes to a temporary file,
 * never to the project.
 */
public final class SiteFactsLoad {
    public static void main(String[] args) throws Exception {
        Path facts = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path out = Files.createTempFile("site-facts", ".json");
        try {
            for (int round = 1; round <= rounds; round++) {
                long start = System.nanoTime();
                org.nashra.check.SiteChecker.Memory memory = org.nashra.check.SiteChecker.Memory.readFrom(facts);
                long read = System.nanoTime();
                memory.writeTo(out);
                long written = System.nanoTime();
                System.out.printf(java.util.Locale.ROOT, "round %d: read %.0f ms, write %.0f ms%n",
                        round, (read - start) / 1e6, (written - read) / 1e6);
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
