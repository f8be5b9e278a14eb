package org.nashra.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.nashra.core.FileStamp;
import org.nashra.core.Problem;

/**
 * Reads seed files into articles. Bad content never throws: it becomes problems naming the file and
 * line, and a file with an error gives no article while the others are still read.
 *
 * <pre>{@code
 * BoilerplateRules.Loaded rules = BoilerplateRules.load(Path.of("data/boilerplate.yml"));
 * List<IngestResult> results = new Ingest(rules.rules()).readAll(Path.of("seeds"));
 * }</pre>
 */
public final class Ingest {

    private static final String SEED_EXTENSION = ".txt";
    /** Far above any article; a larger file is not read into memory. */
    static final long MAX_SEED_BYTES = 8L * 1024 * 1024;

    /**
     * Seeds read before under the same rules, for a long-lived process: a seed whose bytes are
     * unchanged gives the same result without being read for structure again, and a seed whose stamp
     * is unchanged and was already old when it was read is not read at all.
     */
    public static final class Memory {
        final Map<Path, Seen> seeds = new java.util.concurrent.ConcurrentHashMap<>();
        /** Whether a seed was read since the memory was made or read back: only then is it written down again. */
        volatile boolean changed;

        /**
         * The memory a build in an earlier process wrote down under the same {@code key} (Nashra's code and
         * the reading rules), for the seeds of {@code seedsDir}; an empty one when there is none or it cannot
         * be read. A rebuild in a fresh process then reads only the seeds that changed.
         */
        public static Memory readFrom(Path file, String key, Path seedsDir) {
            return MemoryFile.read(file, key, seedsDir);
        }

        /** Writes the memory down for the next process, if a seed was read since; a failure only costs that process time. */
        public void writeTo(Path file, String key, Path seedsDir) {
            if (changed) MemoryFile.write(this, file, key, seedsDir);
        }
    }

    /**
     * A seed as read: the SHA-256 of its bytes, what they gave, its stamp before reading and when it was
     * read. Editors write seeds in place, so an unchanged stamp alone does not prove unchanged bytes: a
     * write within the file system's clock tick of the last one keeps the time. Only a stamp whose time was
     * already {@link #SETTLED_MILLIS} old when the bytes were read vouches for them (as Git treats its index).
     */
    record Seen(String hash, IngestResult result, FileStamp stamp, long readAt) {
        boolean vouchedBy(FileStamp now) {
            return stamp != null && stamp.sameFileAs(now) && now.modified().toMillis() < readAt - SETTLED_MILLIS;
        }
    }

    /** Longer than any file system's clock tick (FAT's is two seconds). */
    private static final long SETTLED_MILLIS = 2000;

    private final ArticleReader reader;
    private final Memory memory;

    /** The replacement character, which stands in a decoded file name for bytes that could not be decoded. */
    private static final char UNDECODED = '\uFFFD';

    public Ingest(BoilerplateRules rules) {
        this(rules, new Memory());
    }

    /** @param memory results of earlier reads with the same {@code rules} */
    public Ingest(BoilerplateRules rules, Memory memory) {
        this.reader = new ArticleReader(rules, HeaderForms.bundled());
        this.memory = memory;
    }

    /** Reads one seed file; its id comes from its file name ({@link Slugs#fromFileName}). */
    public IngestResult read(Path seed) {
        return read(seed, (BasicFileAttributes) null);
    }

    /** Reads one seed file whose attributes the caller has read already (null: not yet). */
    private IngestResult read(Path seed, BasicFileAttributes attributes) {
        Path name = seed.getFileName();
        if (name != null && name.toString().indexOf(UNDECODED) >= 0) {
            // What Java makes of bytes of a file name that the system's encoding for file names cannot decode.
            return failed(seed, "this file's name cannot be decoded (file names are read as "
                    + System.getProperty("sun.jnu.encoding", java.nio.charset.Charset.defaultCharset().name())
                    + " here), and an article's address is made from it: rename the file, or run Nashra under a"
                    + " UTF-8 locale (LC_ALL=C.UTF-8; the nashra launcher sets one)");
        }
        Seen before = memory.seeds.get(seed);
        FileStamp stamp;
        byte[] bytes;
        long readAt;
        try {
            stamp = attributes != null ? FileStamp.of(attributes) : FileStamp.of(seed);
            if (before != null && before.vouchedBy(stamp)) return before.result();
            if (stamp.size() > MAX_SEED_BYTES) {
                return failed(seed, "file of " + stamp.size() + " bytes is too large for an article (limit " + MAX_SEED_BYTES + ")");
            }
            readAt = System.currentTimeMillis();
            bytes = Files.readAllBytes(seed);
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return failed(seed, "cannot read file: " + describe(e));
        }
        String hash = org.nashra.core.Sha256.of(bytes);
        IngestResult result = before != null && before.hash().equals(hash) ? before.result() : read(seed, bytes);
        memory.seeds.put(seed, new Seen(hash, result, stamp, readAt));
        memory.changed = true;
        return result;
    }

    private IngestResult read(Path seed, byte[] bytes) {
        Decoder.Decoded decoded = Decoder.decode(bytes, seed);
        if (decoded.text().isEmpty()) {
            return new IngestResult(seed, Optional.empty(), decoded.problems());
        }
        List<Problem> problems = new ArrayList<>(decoded.problems());
        Path name = seed.getFileName();
        String id = Slugs.fromFileName(name == null ? seed.toString() : name.toString());
        try {
            String text = decoded.text().get();
            WebPage.Text page = null;
            if ((name != null && WebPage.isWebPageName(name.toString())) || WebPage.isDocument(text)) {
                page = WebPage.read(text);
                if (!page.hasArticle()) {
                    problems.add(Problem.error(seed, "no article text in this web page (only its menus, scripts and furniture):"
                            + " save the article's own page, or paste its text into a .txt file"));
                    return new IngestResult(seed, Optional.empty(), problems);
                }
                text = page.text();
            }
            ArticleReader.Result result = reader.read(text, seed, id);
            if (page == null) {
                problems.addAll(result.problems());
            } else {
                // A problem on a line of the page's text is told on the page's own line.
                for (Problem p : result.problems()) {
                    problems.add(p.line() > 0 ? new Problem(p.file(), page.sourceLine(p.line()), p.severity(), p.message()) : p);
                }
            }
            return new IngestResult(seed, result.article(), problems);
        } catch (RuntimeException e) {
            // A defect in reading structure must not stop the other articles; report it against the file.
            problems.add(Problem.error(seed, "could not read article structure: " + describe(e)));
            return new IngestResult(seed, Optional.empty(), problems);
        }
    }

    /**
     * Reads every {@code *.txt} file (and saved web page, {@code *.html}) of a folder but hidden ones, sorted by file name. Article ids are
     * unique across the result: a later article whose id is already taken gets a numbered suffix and a
     * warning.
     */
    public List<IngestResult> readAll(Path seedsDir) {
        List<Path> seeds;
        try (Stream<Path> listing = Files.list(seedsDir)) {
            seeds = listing
                    .filter(p -> isSeedName(p.getFileName().toString()))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return List.of(failed(seedsDir, "cannot list seed folder: " + describe(e)));
        }
        if (memory.seeds.keySet().retainAll(new HashSet<>(seeds))) memory.changed = true;
        // Seeds are independent: read on every core, kept in file-name order.
        List<IngestResult> results = seeds.parallelStream().map(this::readIfFile).flatMap(Optional::stream).toList();
        return withUniqueIds(results);
    }

    /**
     * A listed seed name read if it is a file (a folder named like a seed is not); one look at its
     * attributes serves both that question and the stamp an unchanged seed is known by.
     */
    private Optional<IngestResult> readIfFile(Path seed) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(seed, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Optional.empty(); // removed since the folder was listed
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return Optional.of(read(seed)); // which names what keeps it from being read
        }
        return attributes.isRegularFile() ? Optional.of(read(seed, attributes)) : Optional.empty();
    }

    /**
     * What an editor may have meant as a seed but is not read: a file of another kind, and a folder
     * holding {@code .txt} files (seeds are read from the folder itself). Hidden files, which other tools
     * leave beside the seeds (a Mac's {@code ._name.txt}, an editor's lock file), are passed over in silence.
     * A folder that cannot be listed gives nothing here: {@link #readAll} reports it. {@code read} are the
     * files {@link #readAll} read (its results' sources): only the other entries are looked at, so that a
     * rebuild does not ask the file system about thousands of seeds a second time.
     */
    public static List<Problem> notRead(Path seedsDir, Collection<Path> read) {
        Set<Path> seeds = read instanceof Set<Path> set ? set : new HashSet<>(read);
        List<Problem> problems = new ArrayList<>();
        try (Stream<Path> listing = Files.list(seedsDir)) {
            for (Path entry : listing.filter(p -> !seeds.contains(p)).sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                String name = entry.getFileName().toString();
                if (isHidden(name)) continue;
                if (Files.isDirectory(entry)) {
                    long inside = seedsIn(entry);
                    if (inside > 0) problems.add(Problem.warning(entry, inside + (inside == 1 ? " .txt file" : " .txt files")
                            + " in this folder " + (inside == 1 ? "is" : "are") + " not read: seeds are read from "
                            + seedsDir.getFileName() + "/ itself, not from folders inside it"));
                } else if (!isSeedName(name) && Files.isRegularFile(entry)) {
                    problems.add(Problem.warning(entry, "not read: seeds are plain-text files named *" + SEED_EXTENSION
                            + " or saved web pages named *.html"));
                }
            }
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return List.of();
        }
        return List.copyOf(problems);
    }

    private static long seedsIn(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> isSeedName(p.getFileName().toString())).filter(Files::isRegularFile).count();
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return 0;
        }
    }

    private static boolean isSeedName(String name) {
        // Saved web pages are read too (WebPage).
        return !isHidden(name) && (name.toLowerCase(Locale.ROOT).endsWith(SEED_EXTENSION) || WebPage.isWebPageName(name));
    }

    private static boolean isHidden(String name) {
        return name.startsWith(".");
    }

    private static List<IngestResult> withUniqueIds(List<IngestResult> results) {
        Set<String> baseIds = new HashSet<>();
        results.forEach(r -> r.article().ifPresent(a -> baseIds.add(a.id())));
        Map<String, Path> taken = new TreeMap<>();
        List<IngestResult> unique = new ArrayList<>();
        for (IngestResult result : results) {
            if (result.article().isEmpty()) {
                unique.add(result);
                continue;
            }
            Article article = result.article().get();
            Path owner = taken.get(article.id());
            if (owner == null) {
                taken.put(article.id(), article.source());
                unique.add(result);
                continue;
            }
            int n = 2;
            while (taken.containsKey(article.id() + "-" + n) || baseIds.contains(article.id() + "-" + n)) n++;
            String id = article.id() + "-" + n;
            taken.put(id, article.source());
            Article renamed = new Article(id, article.source(), article.title(), article.titleDerived(), article.published(),
                    article.outlet(), article.author(), article.body(), article.removed());
            List<Problem> problems = new ArrayList<>(result.problems());
            problems.add(Problem.warning(article.source(), "article id '" + article.id() + "' is already used by "
                    + owner.getFileName() + "; this article gets id '" + id + "' (rename the file to choose another)"));
            unique.add(new IngestResult(result.source(), Optional.of(renamed), problems));
        }
        return List.copyOf(unique);
    }

    private static IngestResult failed(Path file, String message) {
        return new IngestResult(file, Optional.empty(), List.of(Problem.error(file, message)));
    }

    private static String describe(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
