package org.nashra.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import org.nashra.core.FileStamp;
import org.nashra.core.Problem;
import org.nashra.core.SiteChanges;

/**
 * Bakes {@code content/} into a site with JBake (its parser, markup engines, renderer and Freemarker
 * engine, driven once per file by {@link LinearOven}). A failed bake leaves the last good site in place,
 * and a site after any bake is byte for byte the site a bake from scratch gives.
 *
 * <p>A bake renders into a fresh folder beside the site. When a {@link Memory} can vouch that the site
 * is exactly what it last baked there, only new and changed pages are rendered into that folder, and once
 * the bake has no errors each of them is moved into the site and pages without a content file are
 * deleted. Otherwise the fresh folder becomes the whole new site (unchanged pages linked over from the old
 * one), gets its search index, and replaces the old one.
 */
public final class Baker {

    /**
     * The outcome of a bake: the problems found (the site was changed only if there are no errors),
     * the pages in the new site, how many of them were rendered rather than reused unchanged, and how
     * the site changed.
     */
    public record Result(List<Problem> problems, int pages, int rendered, SiteChanges changes) {
        public Result {
            problems = List.copyOf(problems);
        }

        public Result(List<Problem> problems, int pages) {
            this(problems, pages, pages, SiteChanges.UNKNOWN);
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
     * file's stamp (file key, size, modification time), and the site its last bake left with the stamp
     * of every file and folder in it. Nashra replaces a content file whenever it writes one, so an
     * unchanged stamp means unchanged bytes, and the file need not be read again.
     */
    public static final class Memory {
        private final Map<Path, Hashed> hashes = new java.util.concurrent.ConcurrentHashMap<>();
        /** The site as the last bake left it; null when no bake of this memory vouches for a site. */
        private LiveSite live;
        /** The manifest of the last bake in place, still being written off the rebuild's path. */
        private java.util.concurrent.CompletableFuture<Void> manifest = java.util.concurrent.CompletableFuture.completedFuture(null);

        /** How many content files bakes of this memory have read and hashed (the others' hashes were known). */
        int filesRead() {
            return hashes.size();
        }

        /** True when the last bake left a site this memory vouches for, so that the next one may bake in place. */
        public boolean vouchesForSite() {
            return live != null;
        }

        /** The live site's search index, made again in the background after a bake in place changed pages. */
        private final LiveSearch search = new LiveSearch();

        /**
         * Waits until the last bake's manifest is on disk (or could not be written, which only costs the
         * next fresh process a whole bake), and stops a search index under way. A long-lived process
         * calls this before it exits.
         */
        public void settle() {
            search.stop();
            manifest.join();
        }

        /**
         * Stops a search index under way in the background: a build is about to change the pages it
         * reads. The next bake starts one again if the pages changed since the last index.
         */
        public void holdSearch() {
            search.stop();
        }

        /**
         * Who is told, with its problems and time, of each search index made in the background; a
         * long-lived process's console.
         */
        public void onSearchIndexed(java.util.function.BiConsumer<List<Problem>, java.time.Duration> listener) {
            search.tell(listener);
        }

        private record Hashed(FileStamp stamp, String hash) {}

        /** The SHA-256 of a file's bytes, read again only when its stamp changed. */
        String hash(Path file) throws IOException {
            return hash(file, FileStamp.of(file));
        }

        /** The same, under a stamp just taken. */
        String hash(Path file, FileStamp stamp) throws IOException {
            if (stamp == null) stamp = FileStamp.of(file);
            Hashed before = hashes.get(file);
            if (before != null && stamp.sameFileAs(before.stamp())) return before.hash();
            String hash = BakeManifest.hash(Files.readAllBytes(file));
            hashes.put(file, new Hashed(stamp, hash));
            return hash;
        }
    }

    /** One thread, so that manifests are written in the order of their bakes. */
    private static final java.util.concurrent.Executor MANIFEST_WRITER = java.util.concurrent.Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "nashra-bake-manifest");
        thread.setDaemon(true);
        return thread;
    });

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
        return bake(siteDir, files, path -> null, folder -> null);
    }

    /**
     * @param files  files written into the site as they are (feeds, sitemap), by path in the site
     * @param known  the stamp of a content file (by path relative to {@code content/}, forward slashes) as
     *               its writer left it in this build, or null: such a file is not looked at again to list it
     * @param listed the entries of a folder of {@code content/} (by path relative to it, {@code ""} for
     *               {@code content/} itself) as its writer left it in this build, or null: such a folder is
     *               not listed again
     */
    public Result bake(Path siteDir, Map<String, String> files, java.util.function.Function<String, FileStamp> known,
                       java.util.function.Function<String, org.nashra.core.FolderEntries> listed) {
        Path target = siteDir.toAbsolutePath().normalize();
        Path staging;
        try {
            Files.createDirectories(target.getParent());
            // Staged beside the site and renamed into its place: it becomes site/, so it gets the permissions any folder gets.
            staging = org.nashra.core.FileWrites.newFolder(target.getParent(), "." + target.getFileName() + "-");
        } catch (IOException e) {
            return new Result(List.of(Problem.error(target, "cannot create a folder to bake into: " + e.getMessage())), 0);
        }
        memory.settle();
        // Until this bake has left the site in a known state, nothing vouches for it.
        LiveSite live = memory.live;
        memory.live = null;
        try {
            DefaultJBakeConfiguration config = configuration(staging);
            // The manifest lives beside the project's caches, not in the site: it is build state, not
            // something to publish, and the site stays byte-identical to a clean bake.
            // One manifest per target folder: it describes the pages of that site and no other. A folder
            // inside the project is named as within it, so that a project moved elsewhere keeps its state.
            Path state = projectDir.resolve(".nashra").resolve("bake-" + BakeManifest.hash(
                    stateName(target).getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 12));
            String key = BakeManifest.key(projectDir.resolve("jbake.properties"), config.getTemplateFolder().toPath());
            Search search = new Search(projectDir);
            // In place, the search index (which covers every page) is made again in the background.
            boolean inPlace = live != null && live.site().equals(target) && !key.isEmpty() && live.key().equals(key)
                    && live.intact();
            Result result = inPlace ? bakeInPlace(config, staging, live, key, state, files, search, known, listed)
                    : bakeWhole(config, staging, target, live, key, state, files, search, known, listed);
            LiveSite now = memory.live;
            if (now != null && search.installed()) {
                memory.search.refresh(search, target, projectDir.resolve(".nashra"), state,
                        () -> SearchRecord.key(now.key(), now.pages(), projectDir));
            }
            return result;
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            return new Result(List.of(Problem.error(projectDir.resolve("jbake.properties"), "bake failed: " + e.getMessage())), 0);
        }
    }

    /**
     * Renders up to {@code pages} pages of the site this memory vouches for into a scratch folder under
     * {@code .nashra/} and throws them away; the site and the memory's record of it are left as they are.
     * A long-lived process runs this while it waits for the first change, so that the pages of that
     * change are not the first ones its renderer and templates have run. Pages are taken evenly over
     * the site's sorted paths, so every kind of page is among them. Best effort: a failure only means
     * a colder first rebuild.
     */
    public void rehearse(int pages) {
        memory.manifest.join();
        LiveSite live = memory.live;
        if (live == null || pages <= 0) return;
        List<String> outputs = live.pages().values().stream().map(BakeManifest.Page::output).sorted().toList();
        Set<String> chosen = new HashSet<>();
        int count = Math.min(pages, outputs.size());
        for (int i = 0; i < count; i++) chosen.add(outputs.get((int) ((long) i * outputs.size() / count)));
        Path scratch = null;
        try {
            Files.createDirectories(projectDir.resolve(".nashra"));
            scratch = Files.createTempDirectory(projectDir.resolve(".nashra"), "rehearsal-");
            DefaultJBakeConfiguration config = configuration(scratch);
            new LinearOven(config, Listener.NONE, memory).bake(live.pages(), output -> !chosen.contains(output));
        } catch (IOException | RuntimeException e) {
            // nothing was changed; the first real bake runs cold
        } finally {
            if (scratch != null) deleteTree(scratch);
        }
    }

    /** The target folder relative to the project when it lies inside it (as {@code site/} does), else its absolute path. */
    private String stateName(Path target) {
        Path project = projectDir.toAbsolutePath().normalize();
        Path folder = target.toAbsolutePath().normalize();
        return folder.startsWith(project) ? "project:" + project.relativize(folder).toString().replace('\\', '/') : folder.toString();
    }

    /** JBake's configuration of this project, baking into {@code destination}, with CommonMark for Markdown. */
    private DefaultJBakeConfiguration configuration(Path destination) {
        Engines.register("md", new CommonMarkEngine());
        return Settled.of(new JBakeConfigurationFactory().createDefaultJbakeConfiguration(projectDir.toFile(), destination.toFile(), true));
    }

    /**
     * A configuration that no longer changes once a bake uses it. JBake's renderer hands every page the
     * whole configuration as a map, made afresh from every key each time (a tenth of rendering a page):
     * here it is made once, at the first page, and shared read-only. The settings JBake reads for every
     * page, or every line of a page (the header separator), are looked up once too: each lookup goes
     * through the layered settings and their interpolation.
     */
    static final class Settled extends DefaultJBakeConfiguration {
        private Map<String, Object> asMap;
        /** Settings read once, by getter and argument; a value set afterwards forgets them all. */
        private final Map<String, Optional<Object>> read = new java.util.concurrent.ConcurrentHashMap<>();

        private Settled(java.io.File source, org.apache.commons.configuration2.CompositeConfiguration settings) {
            super(source, settings);
        }

        /** The same settings; what the factory set after making its own is set again, since JBake's constructor sets defaults. */
        static Settled of(DefaultJBakeConfiguration made) {
            java.io.File destination = made.getDestinationFolder();
            boolean clearCache = made.getClearCache();
            Settled settled = new Settled(made.getSourceFolder(), made.getCompositeConfiguration());
            settled.setDestinationFolder(destination);
            settled.setClearCache(clearCache);
            return settled;
        }

        @Override
        public synchronized Map<String, Object> asHashMap() {
            if (asMap == null) asMap = java.util.Collections.unmodifiableMap(super.asHashMap());
            return asMap;
        }

        @Override
        public void setProperty(String key, Object value) {
            super.setProperty(key, value);
            synchronized (this) {
                asMap = null;
            }
            if (read != null) read.clear(); // null while JBake's own constructor sets its defaults
        }

        /**
         * The setting under {@code key}, looked up the first time. Not through {@code computeIfAbsent}: JBake's
         * getters call one another (an extension by type falls back on the output extension), and a map
         * must not be changed from inside its own computation. Two threads may both look a setting up; they
         * find the same value.
         */
        @SuppressWarnings("unchecked")
        private <T> T once(String key, java.util.function.Supplier<T> lookup) {
            Optional<Object> known = read.get(key);
            if (known == null) {
                known = Optional.ofNullable(lookup.get());
                read.put(key, known);
            }
            return (T) known.orElse(null);
        }

        @Override
        public String getHeaderSeparator() {
            return once("headerSeparator", super::getHeaderSeparator);
        }

        @Override
        public String getOutputExtensionByDocType(String docType) {
            return once("outputExtension:" + docType, () -> super.getOutputExtensionByDocType(docType));
        }

        @Override
        public String getOutputExtension() {
            return once("outputExtension", super::getOutputExtension);
        }

        @Override
        public java.io.File getContentFolder() {
            return once("contentFolder", super::getContentFolder);
        }

        @Override
        public String getRenderEncoding() {
            return once("renderEncoding", super::getRenderEncoding);
        }

        @Override
        public boolean getUriWithoutExtension() {
            return once("uriWithoutExtension", super::getUriWithoutExtension);
        }

        @Override
        public String getTemplateByDocType(String docType) {
            return once("template:" + docType, () -> super.getTemplateByDocType(docType));
        }

        @Override
        public java.io.File getTemplateFolder() {
            return once("templateFolder", super::getTemplateFolder);
        }

        @Override
        public String getDefaultStatus() {
            return once("defaultStatus", super::getDefaultStatus);
        }

        @Override
        public String getDefaultType() {
            return once("defaultType", super::getDefaultType);
        }

        @Override
        public String getDraftSuffix() {
            return once("draftSuffix", super::getDraftSuffix);
        }

        @Override
        public String getVersion() {
            return once("version", super::getVersion);
        }

        @Override
        public boolean getImgPathUpdate() {
            return once("imgPathUpdate", super::getImgPathUpdate);
        }

        @Override
        public String getPrefixForUriWithoutExtension() {
            return once("uriPrefix", super::getPrefixForUriWithoutExtension);
        }

        @Override
        public String getDateFormat() {
            return once("dateFormat", super::getDateFormat);
        }
    }

    /** Bakes the whole site into {@code staging} and swaps it in; unchanged pages are linked over from the old site. */
    private Result bakeWhole(DefaultJBakeConfiguration config, Path staging, Path target, LiveSite live, String key, Path state,
                             Map<String, String> files, Search search, java.util.function.Function<String, FileStamp> known,
                             java.util.function.Function<String, org.nashra.core.FolderEntries> listed) throws IOException {
        Map<String, BakeManifest.Page> reusable = BakeManifest.read(state).reusableFor(key);
        if (live != null && live.site().equals(target)) {
            // Pages edited behind this memory's back are rendered again, not taken over.
            reusable = reusable.entrySet().stream().filter(e -> live.unchanged(e.getValue().output()))
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }
        LinearOven.Outcome outcome = new LinearOven(config, listener, memory, known, listed).bake(target, reusable);
        List<Problem> problems = new ArrayList<>(outcome.problems());
        Map<String, BakeManifest.Page> pages = byContent(outcome);
        problems.addAll(unbaked(problems, outcome, html -> Files.isRegularFile(staging.resolve(html))));
        write(files, staging);
        int count = (int) Search.htmlPages(staging);
        String indexKey = search.installed() ? SearchRecord.key(key, pages, projectDir) : "";
        if (problems.stream().noneMatch(Problem::isError)) problems.addAll(index(staging, target, state, indexKey, search));
        if (problems.stream().anyMatch(Problem::isError)) {
            deleteTree(staging);
            return new Result(problems, count, outcome.rendered(), SiteChanges.UNKNOWN);
        }
        replace(staging, target);
        memory.search.indexedWithPages();
        Files.createDirectories(state);
        new BakeManifest(key, pages).write(state);
        Path index = target.resolve(Search.FOLDER);
        if (!indexKey.isEmpty() && Files.isDirectory(index)) SearchRecord.of(indexKey, index).write(state);
        else SearchRecord.discard(state);
        memory.live = LiveSite.read(target, key, pages);
        return new Result(problems, count, outcome.rendered(), SiteChanges.everything(memory.live.token()));
    }

    /**
     * The search index of the site staged in {@code staging}: taken over from the old site when its record
     * says it was made from these very pages and the old site still holds it whole; else made by Pagefind.
     */
    private static List<Problem> index(Path staging, Path target, Path state, String indexKey, Search search) {
        Path old = target.resolve(Search.FOLDER);
        boolean same = !indexKey.isEmpty() && SearchRecord.read(state).filter(r -> r.key().equals(indexKey) && r.heldBy(old)).isPresent();
        if (same) {
            try {
                linkTree(old, staging.resolve(Search.FOLDER));
                return List.of();
            } catch (IOException e) {
                deleteTree(staging.resolve(Search.FOLDER)); // made afresh instead
            }
        }
        // Pagefind makes again only the shards whose pages changed; the others come from the old site's index.
        return search.index(staging, target, old, Search.shardRecord(state));
    }

    /** Every file of {@code from} hard-linked (or, where the file system cannot, copied) to the same place under {@code to}. */
    private static void linkTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                try {
                    Files.createLink(copy, file);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(file, copy);
                }
            }
        }
    }

    /**
     * Renders only new and changed pages into {@code staging}; without errors, moves them into the live
     * site and deletes what a clean bake would not make. With errors the live site is left as it was.
     */
    private Result bakeInPlace(DefaultJBakeConfiguration config, Path staging, LiveSite live, String key, Path state,
                               Map<String, String> files, Search search, java.util.function.Function<String, FileStamp> known,
                               java.util.function.Function<String, org.nashra.core.FolderEntries> listed) throws IOException {
        LinearOven.Outcome outcome = new LinearOven(config, listener, memory, known, listed).bake(live.pages(), live.files()::containsKey);
        List<Problem> problems = new ArrayList<>(outcome.problems());
        Map<String, BakeManifest.Page> pages = byContent(outcome);
        write(files, staging);
        Set<String> expected = new HashSet<>(LiveSite.files(staging));
        pages.values().forEach(page -> expected.add(page.output()));
        problems.addAll(unbaked(problems, outcome, expected::contains));
        int count = (int) expected.stream().filter(f -> f.endsWith(".html")).count();
        // Installed, the index is made over the whole live site once it is updated; else this only says so.
        if (!search.installed()) problems.addAll(search.index(staging, live.site()));
        if (problems.stream().anyMatch(Problem::isError)) {
            deleteTree(staging);
            memory.live = live;
            return new Result(problems, count, outcome.rendered(), SiteChanges.UNKNOWN);
        }
        // No manifest rather than a stale one while the site changes: a process that dies before the new
        // one is written leaves the next bake nothing to reuse, never a page for content it no longer has.
        BakeManifest.discard(state);
        LiveSite.Updated updated = live.update(staging, expected, key, pages);
        if (!updated.changes().written().isEmpty() || !updated.changes().removed().isEmpty()) memory.search.pagesChanged();
        deleteTree(staging);
        // Written off the rebuild's path (10,000 lines at 2,000 articles); the next bake waits for it.
        memory.manifest = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                new BakeManifest(key, pages).write(state);
            } catch (IOException | RuntimeException e) {
                // the next fresh process renders every page instead of reusing them
            }
        }, MANIFEST_WRITER);
        memory.live = updated.site();
        return new Result(problems, count, outcome.rendered(), updated.changes());
    }

    private static Map<String, BakeManifest.Page> byContent(LinearOven.Outcome outcome) {
        return outcome.pages().stream().collect(java.util.stream.Collectors.toMap(BakeManifest.Page::source, page -> page));
    }

    /** The safety net: whatever the reason, a content file without its page is an error (once per file). */
    private List<Problem> unbaked(List<Problem> problems, LinearOven.Outcome outcome, java.util.function.Predicate<String> hasPage) {
        List<Path> markdown = outcome.markdown();
        Set<Path> reported = new HashSet<>();
        for (Problem p : problems) reported.add(p.file().toAbsolutePath().normalize());
        // Told once, on the template that kept them from a page.
        for (Path file : outcome.keptByTemplates()) reported.add(file.toAbsolutePath().normalize());
        List<Problem> missing = new ArrayList<>();
        for (Problem problem : BakeCheck.everyContentFileBaked(projectDir.resolve("content"), markdown, hasPage)) {
            if (!reported.contains(problem.file().toAbsolutePath().normalize())) missing.add(problem);
        }
        return missing;
    }

    private static void write(Map<String, String> files, Path staging) throws IOException {
        for (Map.Entry<String, String> file : new java.util.TreeMap<>(files).entrySet()) {
            Path written = staging.resolve(file.getKey()).normalize();
            if (!written.startsWith(staging)) throw new IllegalArgumentException("file outside the site: " + file.getKey());
            Files.createDirectories(written.getParent());
            Files.writeString(written, file.getValue(), java.nio.charset.StandardCharsets.UTF_8);
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
