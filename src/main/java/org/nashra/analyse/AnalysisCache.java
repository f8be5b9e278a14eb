package org.nashra.analyse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.nashra.core.DiskJson;
import org.nashra.core.Sha256;
import org.nashra.ingest.Article;

/**
 * Analyses kept on disk by content hash, so a rebuild analyses only the articles that changed. The
 * key covers the article as read (text and metadata) and a fingerprint of everything that shapes an
 * analysis: Nashra's own code and bundled models and word lists, and the editor data files given.
 * Change any of them and every entry misses. A missing, stale or unreadable entry is simply a miss.
 * Entries that no article needs any more (an older text, an older Nashra) are pruned, so the cache
 * holds one entry per article rather than one per edit and per upgrade.
 */
public final class AnalysisCache {

    private static final ObjectMapper JSON = DiskJson.mapper();

    private final Path dir;
    private final String fingerprint;
    /** Every entry looked up or stored through this cache: what {@link #pruneUnused} keeps. */
    private final Set<Path> used = ConcurrentHashMap.newKeySet();
    /**
     * The entry of each article looked up and not yet stored, by identity: an article missed is analysed
     * and stored under the same entry, which is not worked out (the article as JSON, hashed) twice.
     */
    private final java.util.Map<Article, Path> missed = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    /** The entry folders this cache has made or found, so each is made once. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    public AnalysisCache(Path dir, String fingerprint) {
        this.dir = dir;
        this.fingerprint = fingerprint;
    }

    /** The fingerprint entries are kept under. */
    public String fingerprint() {
        return fingerprint;
    }

    /** True when the cache holds no entry at all (a project never built, or its cache removed): every lookup will miss. */
    public boolean isEmpty() {
        if (!Files.isDirectory(dir)) return true;
        try (Stream<Path> walk = Files.walk(dir, 2)) {
            return walk.noneMatch(entry -> entry.getFileName().toString().endsWith(".json"));
        } catch (IOException | java.io.UncheckedIOException e) {
            return true;
        }
    }

    public Optional<Analysis> get(Article article) {
        Path file = file(article);
        if (!Files.isRegularFile(file)) {
            missed.put(article, file);
            return Optional.empty();
        }
        try {
            Analysis cached = JSON.readValue(file.toFile(), Analysis.class);
            // The article as read replaces its equal copy from disk, so a build holds each text once.
            return cached.article().equals(placeless(article)) ? Optional.of(cached.withArticle(article)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stores an analysis; a cache that cannot be written only costs time on the next build. */
    public void put(Analysis analysis) {
        Path known = missed.remove(analysis.article());
        Path file = known != null ? known : file(analysis.article());
        Path temp = null;
        boolean made = false;
        try {
            if (folders.add(file.getParent())) Files.createDirectories(file.getParent());
            // Written beside the entry under a name no other writer takes (CREATE_NEW fails rather than
            // share one), then moved into place, so a reader never sees half an entry.
            temp = file.resolveSibling(".entry-" + Long.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try (var out = Files.newOutputStream(temp, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
                made = true;
                JSON.writeValue(out, analysis.withArticle(placeless(analysis.article())));
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // A read-only or full disk: the build stays correct, only slower next time.
            folders.remove(file.getParent());
            if (made) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // pruned an hour later at the latest
                }
            }
        }
    }

    /**
     * Removes every entry this cache was not asked for or given since it was made (so, after a build
     * has looked up all its articles, the entries of older texts and of an older Nashra), and writes
     * left behind over an hour ago by a process that stopped mid-write. A file that cannot be removed
     * stays: it only takes room.
     *
     * @return how many entries were removed
     */
    public int pruneUnused() {
        if (!Files.isDirectory(dir)) return 0;
        Instant abandoned = Instant.now().minus(Duration.ofHours(1));
        int removed = 0;
        try (Stream<Path> walk = Files.walk(dir, 2)) {
            for (Path entry : walk.filter(Files::isRegularFile).toList()) {
                String name = entry.getFileName().toString();
                boolean stale = name.endsWith(".json") ? !used.contains(entry)
                        : name.endsWith(".tmp") && Files.getLastModifiedTime(entry).toInstant().isBefore(abandoned);
                if (stale && Files.deleteIfExists(entry) && name.endsWith(".json")) removed++;
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable cache folder only takes room; the build itself is not affected.
        }
        return removed;
    }

    /**
     * The article as entries are keyed and stored: its seed named by file name alone, not by where the
     * project lies, so a project moved, renamed or checked out elsewhere (a CI runner's workspace) keeps
     * its analyses.
     */
    private static Article placeless(Article article) {
        Path name = article.source().getFileName();
        return article.withSource(name == null ? article.source() : name);
    }

    /** The entry of {@code article}, remembered as used. */
    private Path file(Article article) {
        try {
            String key = Sha256.of(fingerprint + "\n" + JSON.writeValueAsString(placeless(article)));
            Path file = dir.resolve(key.substring(0, 2)).resolve(key + ".json");
            used.add(file);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("cannot key article " + article.id(), e);
        }
    }

    /**
     * A fingerprint of the code and data an analysis depends on: the jar (or class folder) Nashra runs
     * from, which holds its models and word lists, and the given editor files.
     */
    public static String fingerprint(List<Path> dataFiles) {
        try {
            MessageDigest digest = Sha256.start();
            digest.update(codeDigest());
            for (Path data : dataFiles) {
                Sha256.add(digest, data.getFileName().toString());
                if (Files.isRegularFile(data)) update(digest, data);
            }
            return Sha256.hex(digest);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Without a fingerprint nothing may be reused: a fresh value misses every entry.
            return "unfingerprinted-" + System.nanoTime();
        }
    }

    /** The running code cannot change under a running process: it is read once. */
    private static byte[] code;

    private static synchronized byte[] codeDigest() throws IOException, URISyntaxException {
        if (code != null) return code;
        MessageDigest digest = Sha256.start();
        Path location = Path.of(AnalysisCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            try (Stream<Path> walk = Files.walk(location)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    Sha256.add(digest, location.relativize(p).toString());
                    update(digest, p);
                }
            }
        } else {
            update(digest, location);
        }
        code = digest.digest();
        return code;
    }

    private static void update(MessageDigest digest, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
        }
    }
}
