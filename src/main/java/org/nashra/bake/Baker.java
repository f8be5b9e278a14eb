package org.nashra.bake;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import org.nashra.core.FileStamp;
import org.nashra.core.Problem;

/**
 * Bakes {@code content/} into a site with JBake (its parser, markup engines, renderer and Freemarker
 * engine, driven once per file by {@link LinearOven}), into a fresh folder that replaces the target
 * only when the bake succeeded, so a failed bake leaves the last good site in place. The staged site
 * gets its search index before it replaces the old one.
 */
public final class Baker {

    /**
     * The outcome of a bake: the problems found (the site was replaced only if there are no errors),
     * the pages in the new site, and how many of them were rendered rather than reused unchanged.
     */
    public record Result(List<Problem> problems, int pages, int rendered) {
        public Result {
            problems = List.copyOf(problems);
        }

        public Result(List<Problem> problems, int pages) {
            this(problems, pages, pages);
        }

        public boolean failed() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    /** Told how many content files a bake has and of each one done (from several threads), for a progress display. */
    public interface Listener {
        void started(int files);

        void baked();

        void finished();

        Listener NONE = new Listener() {
            @Override public void started(int files) {}
            @Override public void baked() {}
            @Override public void finished() {}
        };
    }

    /**
     * What a long-lived process remembers between bakes: the hash of each content file under the
     * file's stamp (file key, size, modification time). Nashra replaces a content file whenever it
     * writes one, so an unchanged stamp means unchanged bytes, and the file need not be read again.
     */
    public static final class Memory {
        private final Map<Path, Hashed> hashes = new java.util.concurrent.ConcurrentHashMap<>();

        private record Hashed(FileStamp stamp, String hash) {}

        /** The SHA-256 of a file's bytes, read again only when its stamp changed. */
        String hash(Path file) throws IOException {
            FileStamp stamp = FileStamp.of(file);
            Hashed before = hashes.get(file);
            if (before != null && stamp.sameFileAs(before.stamp())) return before.hash();
            String hash = BakeManifest.hash(Files.readAllBytes(file));
            hashes.put(file, new Hashed(stamp, hash));
            return hash;
        }
    }

    private final Path projectDir;
    private final Listener listener;
    private final Memory memory;

    /** @param projectDir the folder holding {@code jbake.properties}, {@code content/}, {@code templates/}, {@code assets/} */
    public Baker(Path projectDir) {
        this(projectDir, Listener.NONE);
    }

    public Baker(Path projectDir, Listener listener) {
        this(projectDir, listener, new Memory());
    }

    public Baker(Path projectDir, Listener listener, Memory memory) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.listener = listener;
        this.memory = memory;
    }

    public Result bake(Path siteDir) {
        return bake(siteDir, Map.of());
    }

    /**
     * @param files files written into the site as they are (feeds, sitemap), by path in the site
     */
    public Result bake(Path siteDir, Map<String, String> files) {
        Path target = siteDir.toAbsolutePath().normalize();
        List<Problem> problems = new ArrayList<>();
        Path staging;
        try {
            Files.createDirectories(target.getParent());
            staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-");
        } catch (IOException e) {
            return new Result(List.of(Problem.error(target, "cannot create a folder to bake into: " + e.getMessage())), 0);
        }
        try {
            Engines.register("md", new CommonMarkEngine());
            DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(projectDir.toFile(), staging.toFile(), true);
            // A page whose content file, templates, settings and baking code are all unchanged is
            // taken from the current site instead of being rendered again.
            // The manifest lives beside the project's caches, not in the site: it is build state, not
            // something to publish, and the site stays byte-identical to a clean bake.
            // One manifest per target folder: it describes the pages of that site and no other.
            Path state = projectDir.resolve(".nashra").resolve("bake-" + BakeManifest.hash(
                    target.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 12));
            String key = BakeManifest.key(projectDir.resolve("jbake.properties"), config.getTemplateFolder().toPath());
            LinearOven.Outcome outcome = new LinearOven(config, listener, memory).bake(target, BakeManifest.read(state).reusableFor(key));
            problems.addAll(outcome.problems());
            BakeManifest manifest = new BakeManifest(key, outcome.pages().stream()
                    .collect(java.util.stream.Collectors.toMap(BakeManifest.Page::source, page -> page)));
            // The safety net: whatever the reason, a content file without its page is an error (once per file).
            java.util.Set<Path> reported = new java.util.HashSet<>();
            for (Problem p : problems) reported.add(p.file().toAbsolutePath().normalize());
            for (Problem missing : BakeCheck.everyContentFileBaked(projectDir.resolve("content"), staging)) {
                if (!reported.contains(missing.file().toAbsolutePath().normalize())) problems.add(missing);
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path written = staging.resolve(file.getKey()).normalize();
                if (!written.startsWith(staging)) throw new IllegalArgumentException("file outside the site: " + file.getKey());
                Files.createDirectories(written.getParent());
                Files.writeString(written, file.getValue(), java.nio.charset.StandardCharsets.UTF_8);
            }
            int pages = countHtml(staging);
            if (problems.stream().noneMatch(Problem::isError)) problems.addAll(new Search(projectDir).index(staging, target));
            if (problems.stream().noneMatch(Problem::isError)) {
                replace(staging, target);
                Files.createDirectories(state);
                manifest.write(state);
            } else {
                deleteTree(staging);
            }
            return new Result(problems, pages, outcome.rendered());
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            problems.add(Problem.error(projectDir.resolve("jbake.properties"), "bake failed: " + e.getMessage()));
            return new Result(problems, 0);
        }
    }

    private static int countHtml(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return (int) walk.filter(p -> p.toString().endsWith(".html")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Swaps the staged site in: the old site is moved aside first, then deleted once the new one is in place. */
    private static void replace(Path staging, Path target) {
        try {
            Path old = null;
            if (Files.exists(target)) {
                old = target.resolveSibling("." + target.getFileName() + "-old-" + System.nanoTime());
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            if (old != null) deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + target, e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
