package org.nashra.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

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

    /** Rules under which the seeds read otherwise: a result read again cannot pass for one kept. */
    private static final BoilerplateRules OTHER_RULES =
            BoilerplateRules.parse("drop_line_starts_with:\n  - قال الوزير\n", Path.of("data/boilerplate.yml")).rules();

    private Path seedNamed(Path folder, String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        return file;
    }

    @Test
    void aMemoryWrittenDownServesTheNextProcessWhichReadsOnlyTheSeedsChangedSince() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        seedNamed(seeds, "001_a.txt", BEFORE);
        Path b = seedNamed(seeds, "002_b.txt", BEFORE + "\nقال الوزير إن اللجنة ستجتمع.\n");
        Path memoryFile = dir.resolve(".nashra/cache/seeds.json");
        Ingest.Memory first = new Ingest.Memory();
        java.util.List<IngestResult> read = new Ingest(BoilerplateRules.defaults(), first).readAll(seeds);
        first.writeTo(memoryFile, "key", seeds);

        // Another process, under rules that would read both seeds otherwise: both are taken as written down.
        java.util.List<IngestResult> again = new Ingest(OTHER_RULES, Ingest.Memory.readFrom(memoryFile, "key", seeds)).readAll(seeds);
        assertEquals(read, again);
        assertNotEquals(read, new Ingest(OTHER_RULES).readAll(seeds), "the other rules read the seeds otherwise");

        // One seed edited since: it alone is read again.
        Files.writeString(b, AFTER, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(b, FileTime.from(Instant.now().minusSeconds(30)));
        java.util.List<IngestResult> edited = new Ingest(OTHER_RULES, Ingest.Memory.readFrom(memoryFile, "key", seeds)).readAll(seeds);
        assertEquals(read.get(0), edited.get(0));
        assertEquals(new Ingest(OTHER_RULES).read(b), edited.get(1));
    }

    @Test
    void aCopyOfTheProjectTakesOverTheSeedsWhoseBytesAreTheSameUnderTheirNewStamps() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        seedNamed(seeds, "001_a.txt", BEFORE);
        Path memoryFile = dir.resolve("seeds.json");
        Ingest.Memory first = new Ingest.Memory();
        java.util.List<IngestResult> read = new Ingest(BoilerplateRules.defaults(), first).readAll(seeds);
        first.writeTo(memoryFile, "key", seeds);

        Path copy = Files.createDirectories(dir.resolve("copy/seeds"));
        Path copied = Files.copy(seeds.resolve("001_a.txt"), copy.resolve("001_a.txt"));
        java.util.List<IngestResult> there = new Ingest(OTHER_RULES, Ingest.Memory.readFrom(memoryFile, "key", copy)).readAll(copy);
        IngestResult expected = read.get(0);
        assertEquals(1, expected.problems().size(), "the short seed is told it is short: " + expected.problems());
        assertEquals(java.util.List.of(new IngestResult(copied, expected.article().map(a -> a.withSource(copied)),
                expected.problems().stream().map(p -> new org.nashra.core.Problem(copied, p.line(), p.severity(), p.message())).toList())),
                there, "the article and its problems name the copy's seed");
    }

    @Test
    void aMemoryWrittenUnderAnotherKeyOrDamagedIsNoMemory() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        seedNamed(seeds, "001_a.txt", BEFORE + "\nقال الوزير إن اللجنة ستجتمع.\n");
        Path memoryFile = dir.resolve("seeds.json");
        Ingest.Memory first = new Ingest.Memory();
        new Ingest(BoilerplateRules.defaults(), first).readAll(seeds);
        first.writeTo(memoryFile, "key", seeds);
        java.util.List<IngestResult> underOtherRules = new Ingest(OTHER_RULES).readAll(seeds);

        assertEquals(underOtherRules, new Ingest(OTHER_RULES, Ingest.Memory.readFrom(memoryFile, "other key", seeds)).readAll(seeds));
        Files.writeString(memoryFile, "{\"format\": 1, \"key\": \"key\", \"seeds\": [{\"name\": ", StandardCharsets.UTF_8);
        assertEquals(underOtherRules, new Ingest(OTHER_RULES, Ingest.Memory.readFrom(memoryFile, "key", seeds)).readAll(seeds));
    }
}
