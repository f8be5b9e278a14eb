package org.nashra.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A long-lived process reads again only the seeds that may have changed, and never misses one that did. */
class IngestMemoryTest {

    @TempDir
    Path dir;

    private static final String BEFORE = "عنوان الخبر\n\nقال الوزير إن الاجتماع انتهى.\n";
    /** As long in bytes as {@link #BEFORE}: an in-place edit the size does not show. */
    private static final String AFTER = "عنوان الخبر\n\nقال الوزير إن الاجتماع استمر.\n";

    private Path seed(String text, Instant modified) throws IOException {
        Path file = dir.resolve("001_x.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    private static String body(IngestResult result) {
        return result.article().orElseThrow().body().toString();
    }

    @Test
    void anOldSeedWhoseStampHoldsIsTakenAsItWasRead() throws IOException {
        Ingest ingest = new Ingest(BoilerplateRules.defaults(), new Ingest.Memory());
        Path file = seed(BEFORE, Instant.now().minusSeconds(60));
        IngestResult first = ingest.read(file);
        assertSame(first, ingest.read(file));
    }

    @Test
    void anOldSeedRewrittenIsReadAgain() throws IOException {
        Ingest ingest = new Ingest(BoilerplateRules.defaults(), new Ingest.Memory());
        Instant old = Instant.now().minusSeconds(60);
        Path file = seed(BEFORE, old);
        IngestResult first = ingest.read(file);
        seed(AFTER, old.plusSeconds(1));
        assertNotEquals(body(first), body(ingest.read(file)));
    }

    @Test
    void aSeedRewrittenWithinTheClockTickOfItsReadingIsReadAgainThoughItsStampHolds() throws IOException {
        assertEquals(BEFORE.getBytes(StandardCharsets.UTF_8).length, AFTER.getBytes(StandardCharsets.UTF_8).length);
        Ingest ingest = new Ingest(BoilerplateRules.defaults(), new Ingest.Memory());
        Instant now = Instant.now();
        Path file = seed(BEFORE, now);
        IngestResult first = ingest.read(file);
        // Same file, same size, same time: only the bytes tell, and they are read because the time was recent.
        seed(AFTER, now);
        IngestResult second = ingest.read(file);
        assertNotEquals(body(first), body(second));
        assertEquals(body(new Ingest(BoilerplateRules.defaults()).read(file)), body(second));
    }
}
