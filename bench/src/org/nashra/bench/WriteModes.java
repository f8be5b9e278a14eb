package org.nashra.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes 10,000 files of 24 KB (a content file's mean size at 2,000 articles), each into a temporary file
 * renamed into place, two ways in turns: made, then opened again with truncation (as {@code Files.createFile}
 * then {@code Files.writeString} do, and JBake's renderer), and made and opened at once ({@code CREATE_NEW},
 * as {@code core.FileWrites} does). On ext4 the first way writes each file out to disk as it is closed.
 * {@code java -cp target/bench-classes org.nashra.bench.WriteModes DIR [ROUNDS]}; DIR gets a folder a round
 * and way, left for the caller to remove.
 */
public final class WriteModes {
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        byte[] text = "س".repeat(12_000).getBytes(StandardCharsets.UTF_8);
        for (int round = 1; round <= rounds; round++) {
            for (boolean truncated : new boolean[] {true, false}) {
                Path folder = Files.createDirectories(dir.resolve((truncated ? "truncated-" : "once-") + round));
                long start = System.nanoTime();
                for (int i = 0; i < 10_000; i++) {
                    Path temp = folder.resolve(".f" + i + ".tmp");
                    if (truncated) {
                        Files.createFile(temp);
                        Files.write(temp, text);
                    } else {
                        try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                            out.write(text);
                        }
                    }
                    Files.move(temp, folder.resolve("f" + i + ".md"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
                System.out.printf(java.util.Locale.ROOT, "round %d, %s: %d ms%n", round,
                        truncated ? "made, then opened again truncating" : "made and opened at once", (System.nanoTime() - start) / 1_000_000);
            }
        }
    }
}
