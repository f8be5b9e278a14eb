package org.nashra.bench;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.nashra.ingest.BoilerplateRules;
import org.nashra.ingest.Ingest;
import org.nashra.ingest.IngestResult;

/**
 * What every rebuild does with the seeds folder when no seed changed, timed round after round in one JVM
 * (wall time, medians of the rounds after the first five): {@code Ingest.readAll} with every seed
 * remembered, and {@code Ingest.notRead}, the warning for files in the folder that are not read. It calls
 * {@code notRead} whichever form the jar has (the folder alone before {@code 652c383}), so it runs against an
 * older jar to compare. Usage: {@code SeedListing PROJECT [ROUNDS]} (default 30).
 */
public final class SeedListing {
    public static void main(String[] args) throws Exception {
        Path seeds = Path.of(args[0]).resolve("seeds");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Ingest ingest = new Ingest(BoilerplateRules.defaults(), new Ingest.Memory());
        Method notRead;
        boolean givenRead;
        try {
            notRead = Ingest.class.getMethod("notRead", Path.class, Collection.class);
            givenRead = true;
        } catch (NoSuchMethodException e) {
            notRead = Ingest.class.getMethod("notRead", Path.class);
            givenRead = false;
        }
        long[] reading = new long[rounds];
        long[] warning = new long[rounds];
        int count = 0;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            List<IngestResult> read = ingest.readAll(seeds);
            long between = System.nanoTime();
            if (givenRead) notRead.invoke(null, seeds, read.stream().map(IngestResult::source).toList());
            else notRead.invoke(null, seeds);
            long end = System.nanoTime();
            reading[round] = between - start;
            warning[round] = end - between;
            count = read.size();
        }
        System.out.printf("%d seeds: readAll %.1f ms, notRead %.1f ms (medians of rounds 6 to %d)%n",
                count, median(reading) / 1e6, median(warning) / 1e6, rounds);
    }

    private static double median(long[] values) {
        long[] later = java.util.Arrays.copyOfRange(values, Math.min(5, values.length - 1), values.length);
        java.util.Arrays.sort(later);
        return later[later.length / 2];
    }
}
