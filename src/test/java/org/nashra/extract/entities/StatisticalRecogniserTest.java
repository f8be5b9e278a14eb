package org.nashra.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nashra.extract.Mention;

/** One recogniser serves many threads at once, each call finding what it finds alone. */
class StatisticalRecogniserTest {

    @Test
    void findsTheSameNamesFromManyThreadsAtOnce() throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().toList()) texts.add(Files.readString(seed, StandardCharsets.UTF_8));
        }
        StatisticalRecogniser recogniser = StatisticalRecogniser.bundled();
        List<List<Mention>> alone = texts.stream().map(recogniser::recognise).toList();
        assertTrue(alone.stream().mapToInt(List::size).sum() > 50, "the seeds hold names");
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Mention>>> calls = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (String text : texts) calls.add(threads.submit(() -> recogniser.recognise(text)));
            }
            for (int i = 0; i < calls.size(); i++) assertEquals(alone.get(i % texts.size()), calls.get(i).get());
        } finally {
            threads.shutdownNow();
        }
    }
}
