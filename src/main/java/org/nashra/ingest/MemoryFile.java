package org.nashra.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.nashra.core.DiskJson;
import org.nashra.core.FileStamp;
import org.nashra.core.FileWrites;
import org.nashra.core.Problem;
import org.nashra.core.Severity;

/**
 * {@link Ingest.Memory} written down between processes ({@code .nashra/cache/seeds.json}): each seed by its
 * file name, with its stamp, when it was read, the hash of its bytes and what reading it gave. A seed is
 * named as within the seeds folder, so a project moved or checked out elsewhere keeps the memory; there every
 * stamp is new, and a seed is read again but its bytes, when their hash is the same, not read for structure.
 */
final class MemoryFile {

    private MemoryFile() {}

    private static final int FORMAT = 1;

    private static final ObjectMapper JSON = DiskJson.mapper();

    /** The file's content: a format, the key it holds for, and the seeds in file-name order. */
    record Stored(int format, String key, List<Entry> seeds) {}

    /** One seed; the article's source and every problem's file are the seed, so they are not written. */
    record Entry(String name, String stamp, long readAt, String hash, Article article, List<Said> problems) {}

    record Said(int line, Severity severity, String message) {}

    static Ingest.Memory read(Path file, String key, Path seedsDir) {
        Ingest.Memory memory = new Ingest.Memory();
        if (!Files.isRegularFile(file)) return memory;
        try {
            Stored stored = JSON.readValue(file.toFile(), Stored.class);
            if (stored.format() != FORMAT || !key.equals(stored.key()) || stored.seeds() == null) return memory;
            for (Entry entry : stored.seeds()) {
                Path seed = seedsDir.resolve(entry.name());
                List<Problem> problems = new ArrayList<>();
                for (Said said : entry.problems()) problems.add(new Problem(seed, said.line(), said.severity(), said.message()));
                Optional<Article> article = Optional.ofNullable(entry.article()).map(a -> a.withSource(seed));
                memory.seeds.put(seed, new Ingest.Seen(entry.hash(), new IngestResult(seed, article, problems),
                        entry.stamp() == null ? null : FileStamp.parse(entry.stamp()), entry.readAt()));
            }
            return memory;
        } catch (IOException | RuntimeException e) {
            // Damaged or of another version: every seed is read, as in a first build.
            return new Ingest.Memory();
        }
    }

    static void write(Ingest.Memory memory, Path file, String key, Path seedsDir) {
        Map<String, Entry> entries = new TreeMap<>();
        for (Map.Entry<Path, Ingest.Seen> one : memory.seeds.entrySet()) {
            Path seed = one.getKey();
            Ingest.Seen seen = one.getValue();
            IngestResult result = seen.result();
            // Only what reading the seed itself gave can be written as the seed's: anything else is read again.
            if (!seedsDir.equals(seed.getParent()) || !result.source().equals(seed)
                    || result.article().isPresent() && !result.article().get().source().equals(seed)
                    || result.problems().stream().anyMatch(p -> !p.file().equals(seed))) {
                continue;
            }
            String name = seed.getFileName().toString();
            List<Said> said = result.problems().stream().map(p -> new Said(p.line(), p.severity(), p.message())).toList();
            entries.put(name, new Entry(name, seen.stamp() == null ? null : seen.stamp().asText(), seen.readAt(), seen.hash(),
                    result.article().map(a -> a.withSource(Path.of(name))).orElse(null), said));
        }
        try {
            Files.createDirectories(file.getParent());
            FileWrites.replace(file, JSON.writeValueAsString(new Stored(FORMAT, key, List.copyOf(entries.values()))));
            memory.changed = false;
        } catch (IOException | RuntimeException e) {
            // A read-only or full disk: the next process reads every seed.
        }
    }
}
