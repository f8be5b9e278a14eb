package org.nashra.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashra.bake.FixtureProject;
import picocli.CommandLine;

/** Rebuilds analyse only what changed, and end exactly where a clean build of the same input ends. */
class IncrementalBuildTest {

    static String build(Path project) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Nashra());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("build", "--project", project.toString());
        assertEquals(0, exit, out + "\n" + err);
        return out.toString();
    }

    static Path project(Path dir) throws IOException {
        Path project = FixtureProject.create(dir);
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().toList()) Files.copy(seed, project.resolve("seeds").resolve(seed.getFileName()));
        }
        return project;
    }

    static Map<String, byte[]> tree(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
        }
        return files;
    }

    static void assertSameTree(Path expected, Path actual) throws IOException {
        Map<String, byte[]> a = tree(expected);
        Map<String, byte[]> b = tree(actual);
        assertEquals(a.keySet(), b.keySet());
        for (String file : a.keySet()) assertTrue(Arrays.equals(a.get(file), b.get(file)), "differs: " + file);
    }

    /** Adds a sentence to the same seed of the fixture project, as an editor would; the seed's path. */
    static Path addSentence(Path project) throws IOException {
        Path seed = project.resolve("seeds/002_ea332c4c9957a7af.txt");
        Files.writeString(seed, Files.readString(seed, StandardCharsets.UTF_8)
                .replace("المصدر: البوابة نيوز", "وقال التحالف إن الدعم مستمر حتى نهاية العام.\nالمصدر: البوابة نيوز"), StandardCharsets.UTF_8);
        return seed;
    }

    /** A clean build of the fixture with {@code seed} as edited gives {@code project}'s content and site, byte for byte. */
    static void assertEndsAsACleanBuild(Path dir, Path project, Path seed) throws IOException {
        Path clean = project(dir.resolve("clean"));
        Files.copy(seed, clean.resolve("seeds").resolve(seed.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertTrue(build(clean).contains("(5 analysed, 0 unchanged)"));
        assertSameTree(clean.resolve("content"), project.resolve("content"));
        assertSameTree(clean.resolve("site"), project.resolve("site"));
    }

    static long cacheEntries(Path project) throws IOException {
        try (Stream<Path> walk = Files.walk(project.resolve(".nashra/cache/analysis"))) {
            return walk.filter(p -> p.toString().endsWith(".json")).count();
        }
    }

    @Test
    void oneChangedSeedIsTheOnlyOneAnalysedAndTheResultEqualsACleanBuild(@TempDir Path dir) throws IOException {
        Path project = project(dir.resolve("incremental"));
        assertTrue(build(project).contains("(5 analysed, 0 unchanged)"));
        // The pipeline's rebuild, not the check that nothing changed at all (LastBuildTest), which answers
        // instead whenever the first build found its inputs older than the file system's clock tick.
        Files.deleteIfExists(project.resolve(".nashra/last-build"));
        String second = build(project);
        assertTrue(second.contains("(0 analysed, 5 unchanged)"), second);

        Path seed = addSentence(project);
        Path older = project.resolve(".nashra/cache/analysis/00/00-from-an-older-nashra.json");
        Files.createDirectories(older.getParent());
        Files.writeString(older, "{}");
        assertTrue(build(project).contains("(1 analysed, 4 unchanged)"));
        assertEquals(5, cacheEntries(project), "one entry per seed as it is now: the edited seed's old entry and an older Nashra's are gone");

        assertEndsAsACleanBuild(dir, project, seed);
    }

    /**
     * A build in a fresh process takes over the pages the last one planned, from what it left on disk,
     * while their inputs and files are as they were; after a changed seed it ends as a clean build does.
     */
    @Test
    void aBuildInAFreshProcessTakesOverThePagesTheLastOneLeftAndEndsAsACleanBuild(@TempDir Path dir) throws IOException {
        Path project = project(dir.resolve("incremental"));
        Pipeline first = new Pipeline(new Project(project));
        Pipeline.Report built = first.build(java.util.Set.of());
        assertTrue(!built.failed(), built.problems().toString());
        assertEquals(0, first.pagesTakenOver(), "nothing planned before");
        int pages = built.content().orElseThrow().unchanged().size() + built.content().orElseThrow().written().size();

        Pipeline unchanged = new Pipeline(new Project(project));
        assertTrue(!unchanged.build(java.util.Set.of()).failed());
        assertTrue(unchanged.pagesTakenOver() > pages * 8 / 10, unchanged.pagesTakenOver() + " of " + pages + " taken over");

        Path seed = addSentence(project);
        try (Stream<Path> english = Files.list(project.resolve("content/en"))) {
            Files.delete(english.filter(p -> p.getFileName().toString().startsWith("004")).findFirst().orElseThrow());
        }
        Pipeline changed = new Pipeline(new Project(project));
        Pipeline.Report rebuilt = changed.build(java.util.Set.of());
        assertTrue(!rebuilt.failed(), rebuilt.problems().toString());
        assertTrue(changed.pagesTakenOver() > 0 && changed.pagesTakenOver() < unchanged.pagesTakenOver(),
                "the changed article's pages and the removed file's planned afresh, the rest taken over: " + changed.pagesTakenOver());

        assertEndsAsACleanBuild(dir, project, seed);
    }

    /** Serve's first build takes over the pages the last build in a fresh JVM planned; its next ends as a clean build. */
    @Test
    void serveStartsFromThePagesTheLastBuildPlanned(@TempDir Path dir) throws IOException {
        Path project = project(dir.resolve("serving"));
        Files.deleteIfExists(project.resolve("node_modules")); // no search: serve would index in the background
        Path page = project.resolve("templates/layout.ftl");
        Files.writeString(page, Files.readString(page).replace("</main>", "<a href=\"nowhere.html\">x</a></main>"));
        Pipeline.Report built = new Pipeline(new Project(project)).build(java.util.Set.of());
        assertTrue(built.problems().stream().anyMatch(p -> p.message().contains("nowhere.html")), "fixture: a broken link on every page");
        Pipeline.Memory memory = new Pipeline.Memory();
        Pipeline first = new Pipeline(new Project(project), Progress.silent(), memory);
        Pipeline.Report started = first.build(java.util.Set.of());
        assertEquals(built.problems(), started.problems(), "the site checks, from the facts the last build left, find what it found");
        int pages = started.content().orElseThrow().unchanged().size();
        assertTrue(first.pagesTakenOver() > pages * 8 / 10, first.pagesTakenOver() + " of " + pages + " taken over");

        Path seed = addSentence(project);
        new Pipeline(new Project(project), Progress.silent(), memory).build(java.util.Set.of());
        Path clean = project(dir.resolve("clean"));
        Files.deleteIfExists(clean.resolve("node_modules"));
        Files.copy(page, clean.resolve("templates/layout.ftl"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(seed, clean.resolve("seeds/002_ea332c4c9957a7af.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        new Pipeline(new Project(clean)).build(java.util.Set.of());
        assertSameTree(clean.resolve("content"), project.resolve("content"));
        assertSameTree(clean.resolve("site"), project.resolve("site"));
    }

    @Test
    void aProjectMovedElsewhereKeepsItsAnalysesAndBuildsTheSameSite(@TempDir Path dir) throws IOException {
        Path project = project(dir.resolve("here"));
        assertTrue(build(project).contains("(5 analysed, 0 unchanged)"));
        Map<String, byte[]> site = tree(project.resolve("site"));
        Map<String, Object> pages = fileKeys(project.resolve("site"));
        Path moved = Files.move(project, dir.resolve("elsewhere"));
        // A move keeps every file's stamp, so the last build's record may rightly say nothing changed (it is left only
        // when no file was written within a tick of the end, which depends on the machine's speed): without it, the
        // build goes through the pipeline, and that is what this test is about.
        Files.deleteIfExists(moved.resolve(".nashra/last-build"));
        String rebuilt = build(moved);
        assertTrue(rebuilt.contains("(0 analysed, 5 unchanged)"), () -> "the cache is keyed by the seed, not by where the project lies: " + rebuilt);
        if (pages.values().stream().allMatch(java.util.Objects::nonNull)) {
            assertEquals(pages, fileKeys(moved.resolve("site")), "no page rendered again: the bake's record is the project's, wherever it lies");
        }
        Map<String, byte[]> after = tree(moved.resolve("site"));
        assertEquals(site.keySet(), after.keySet());
        for (String file : site.keySet()) assertTrue(Arrays.equals(site.get(file), after.get(file)), "differs: " + file);
        try (Stream<Path> entries = Files.walk(moved.resolve(".nashra/cache/analysis"))) {
            for (Path entry : entries.filter(p -> p.toString().endsWith(".json")).toList()) {
                assertTrue(!Files.readString(entry).contains(dir.toString()), "an entry names no folder of the project: " + entry);
            }
        }
    }

    /**
     * A project copied elsewhere (or restored from a cache, or checked out again) has new stamps on the
     * same files. A build there takes over the pages and the checked facts the last build left, vouched for
     * by the files' bytes, and a changed seed still ends as a clean build does.
     */
    @Test
    void aProjectCopiedElsewhereTakesOverItsPagesAndCheckedFactsByTheirBytes(@TempDir Path dir) throws IOException {
        Path project = project(dir.resolve("here"));
        Files.deleteIfExists(project.resolve("node_modules")); // no search: the copy's index is not this test's
        Pipeline first = new Pipeline(new Project(project));
        Pipeline.Report built = first.build(java.util.Set.of());
        assertTrue(!built.failed(), built.problems().toString());
        int pages = built.content().orElseThrow().written().size();
        int checked = first.pagesParsed();
        assertTrue(checked > 0, "the first build parses every page");

        Path copy = dir.resolve("elsewhere");
        try (Stream<Path> walk = Files.walk(project)) {
            for (Path from : walk.toList()) {
                Path to = copy.resolve(project.relativize(from).toString());
                if (Files.isDirectory(from)) Files.createDirectories(to);
                else Files.copy(from, to); // new files: new inodes and modification times
            }
        }
        Path seed = addSentence(copy);
        Pipeline copied = new Pipeline(new Project(copy));
        Pipeline.Report rebuilt = copied.build(java.util.Set.of());
        assertTrue(!rebuilt.failed(), rebuilt.problems().toString());
        addSentence(project);
        Pipeline inPlace = new Pipeline(new Project(project));
        assertTrue(!inPlace.build(java.util.Set.of()).failed());
        assertTrue(inPlace.pagesTakenOver() > 0 && inPlace.pagesParsed() < checked, "fixture: some pages as they were");
        assertEquals(inPlace.pagesTakenOver(), copied.pagesTakenOver(), "pages taken over, of " + pages);
        assertEquals(inPlace.pagesParsed(), copied.pagesParsed(), "pages parsed again, of " + checked);

        Path clean = project(dir.resolve("clean"));
        Files.deleteIfExists(clean.resolve("node_modules"));
        Files.copy(seed, clean.resolve("seeds").resolve(seed.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Pipeline.Report cleanBuilt = new Pipeline(new Project(clean)).build(java.util.Set.of());
        assertEquals(cleanBuilt.problems().size(), rebuilt.problems().size(), rebuilt.problems().toString());
        assertSameTree(clean.resolve("content"), copy.resolve("content"));
        assertSameTree(clean.resolve("site"), copy.resolve("site"));
    }

    @Test
    void aTemplateChangeRebakesWithoutAnalysing(@TempDir Path dir) throws IOException {
        Path project = project(dir.resolve("p"));
        build(project);
        Path template = project.resolve("templates/page.ftl");
        Files.writeString(template, Files.readString(template) + "<#-- changed -->\n");
        assertTrue(build(project).contains("(0 analysed, 5 unchanged)"));
    }

    /** Each site page's file identity: a page taken over from the previous site keeps its file (a hard link). */
    static Map<String, Object> fileKeys(Path site) throws IOException {
        Map<String, Object> keys = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".html")).toList()) {
                keys.put(site.relativize(p).toString(),
                        Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
            }
        }
        return keys;
    }

    @Test
    void aLongLivedPipelineRebuildsOnlyWhatTheChangedSeedTouchesAndEndsAsACleanBuild(@TempDir Path dir) throws Exception {
        Path project = project(dir.resolve("serving"));
        Pipeline.Memory memory = new Pipeline.Memory();
        // With search on, the index follows the rebuild in the background.
        java.util.concurrent.BlockingQueue<List<org.nashra.core.Problem>> indexed = new java.util.concurrent.LinkedBlockingQueue<>();
        memory.onSearchIndexed((problems, took) -> indexed.add(problems));
        Pipeline first = new Pipeline(new Project(project), Progress.silent(), memory);
        assertTrue(!first.build(java.util.Set.of()).failed());
        assertEquals(5, first.analysedAfresh());

        Pipeline unchanged = new Pipeline(new Project(project), Progress.silent(), memory);
        Map<String, byte[]> contentBefore = tree(project.resolve("content"));
        Map<String, Object> pagesBefore = fileKeys(project.resolve("site"));
        org.junit.jupiter.api.Assumptions.assumeTrue(pagesBefore.values().stream().allMatch(java.util.Objects::nonNull),
                "the file system gives files an identity");
        // As serve builds when its watcher saw content/ as the last build left it: stamps taken at their word.
        assertTrue(!unchanged.build(java.util.Set.of(), true).failed());
        assertEquals(0, unchanged.analysedAfresh());
        assertEquals(pagesBefore, fileKeys(project.resolve("site")), "nothing changed, no page rendered again");

        Path seed = addSentence(project);
        Pipeline rebuild = new Pipeline(new Project(project), Progress.silent(), memory);
        assertTrue(!rebuild.build(java.util.Set.of(), true).failed());
        assertEquals(1, rebuild.analysedAfresh());
        if (new org.nashra.bake.Search(project).installed()) {
            assertEquals(List.of(), indexed.poll(180, java.util.concurrent.TimeUnit.SECONDS), "the index made after the rebuild");
        }

        Map<String, byte[]> contentAfter = tree(project.resolve("content"));
        java.util.Set<String> changedContent = new java.util.TreeSet<>();
        contentAfter.forEach((file, bytes) -> {
            if (file.endsWith(".md") && !Arrays.equals(bytes, contentBefore.get(file))) changedContent.add(file.replaceAll("\\.md$", ".html"));
        });
        Map<String, Object> pagesAfter = fileKeys(project.resolve("site"));
        java.util.Set<String> rendered = new java.util.TreeSet<>();
        pagesAfter.forEach((page, key) -> {
            if (!key.equals(pagesBefore.get(page))) rendered.add(page);
        });
        assertTrue(changedContent.contains("ar/002-ea332c4c9957a7af.html"), changedContent.toString());
        assertEquals(changedContent, rendered, "exactly the pages whose content file changed are rendered again");
        assertTrue(rendered.size() < pagesAfter.size() / 2, "most pages are reused: " + rendered);

        Path clean = project(dir.resolve("clean"));
        Files.copy(seed, clean.resolve("seeds/002_ea332c4c9957a7af.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        build(clean);
        assertSameTree(clean.resolve("content"), project.resolve("content"));
        // Pagefind's index is Pagefind's: its wasm file was once seen to differ between two runs over the same pages.
        Map<String, byte[]> expected = tree(clean.resolve("site"));
        Map<String, byte[]> actual = tree(project.resolve("site"));
        expected.keySet().removeIf(f -> f.startsWith("pagefind/wasm."));
        actual.keySet().removeIf(f -> f.startsWith("pagefind/wasm."));
        assertEquals(expected.keySet(), actual.keySet());
        for (String file : expected.keySet()) assertTrue(Arrays.equals(expected.get(file), actual.get(file)), "differs: " + file);
    }

    /** Problems as the command prints them, relative to the project. */
    static List<String> shown(Path project, Pipeline.Report report) {
        return report.problems().stream().map(p -> project.relativize(p.file().toAbsolutePath()) + ": " + p.severity() + ": "
                + p.message().replace(project.toString(), "<project>")).toList();
    }

    /** Every file (its bytes) and folder (a marker) under {@code dir}. */
    static Map<String, String> entries(Path dir) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                entries.put(dir.relativize(p).toString(), Files.isDirectory(p) ? "<folder>" : new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return entries;
    }

    @Test
    void withoutSearchALongLivedPipelineUpdatesTheSiteInPlaceAndReportsWhatACleanBuildReports(@TempDir Path dir) throws IOException {
        Path project = project(dir.resolve("serving"));
        Files.deleteIfExists(project.resolve("node_modules")); // search indexes the whole site: bakes stay whole
        Pipeline.Memory memory = new Pipeline.Memory();
        assertTrue(!new Pipeline(new Project(project), Progress.silent(), memory).build(java.util.Set.of()).failed());
        Object siteFolder = Files.readAttributes(project.resolve("site"), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        // An editor's link to a briefing that is about to go: the site checks must find it broken.
        Path edited = project.resolve("content/ar/000-0bd4bb5b0ab38dc1.md");
        Files.writeString(edited, "\n[الجلسة](004-49de97497ddda336.html#p-1)\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        Path seed = addSentence(project);
        Files.delete(project.resolve("seeds/004_49de97497ddda336.txt"));
        Pipeline.Report rebuilt = new Pipeline(new Project(project), Progress.silent(), memory).build(java.util.Set.of());
        assertEquals(siteFolder, Files.readAttributes(project.resolve("site"), java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                "the site folder was updated in place, not replaced");
        assertTrue(!Files.exists(project.resolve("site/ar/004-49de97497ddda336.html")));

        Path clean = project(dir.resolve("clean"));
        Files.deleteIfExists(clean.resolve("node_modules"));
        Files.copy(seed, clean.resolve("seeds/002_ea332c4c9957a7af.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.delete(clean.resolve("seeds/004_49de97497ddda336.txt"));
        Files.createDirectories(clean.resolve("content/ar"));
        Files.copy(edited, clean.resolve("content/ar/000-0bd4bb5b0ab38dc1.md"));
        Pipeline.Report whole = new Pipeline(new Project(clean)).build(java.util.Set.of());
        assertEquals(shown(clean, whole), shown(project, rebuilt));
        assertTrue(shown(project, rebuilt).contains("site/ar/000-0bd4bb5b0ab38dc1.html: ERROR: broken link \"004-49de97497ddda336.html#p-1\": no ar/004-49de97497ddda336.html"),
                shown(project, rebuilt).toString());
        assertEquals(entries(clean.resolve("site")), entries(project.resolve("site")));
    }

    @Test
    void aLongLivedPipelineSaysWhenAChangedSiteIsInPlaceAndOnlyThen(@TempDir Path dir) throws IOException {
        Path project = project(dir.resolve("serving"));
        Files.deleteIfExists(project.resolve("node_modules"));
        Pipeline.Memory memory = new Pipeline.Memory();
        Path page = project.resolve("site/ar/002-ea332c4c9957a7af.html");
        List<String> told = new java.util.ArrayList<>();
        // What an open page would reload to at that moment.
        memory.onSiteUpdated(() -> told.add(Files.exists(page) ? readUnchecked(page) : ""));
        java.util.function.Supplier<Pipeline.Report> rebuild = () -> new Pipeline(new Project(project), Progress.silent(), memory).build(java.util.Set.of());

        assertTrue(!rebuild.get().failed());
        assertEquals(1, told.size(), "the first build puts a whole site in place");
        new Pipeline(new Project(project), Progress.silent(), memory).rehearse();
        assertTrue(!rebuild.get().failed());
        assertEquals(1, told.size(), "a rehearsal and a rebuild that change nothing in the site say nothing");

        Path seed = addSentence(project);
        assertTrue(!rebuild.get().failed());
        assertEquals(2, told.size());
        assertTrue(told.get(1).contains("الدعم مستمر حتى نهاية العام"), "the changed page is in place when the site is said to be updated");

        Path template = project.resolve("templates/page.ftl");
        Files.writeString(template, "<#if content??>\n", StandardCharsets.UTF_8); // an unclosed #if
        Files.writeString(seed, Files.readString(seed, StandardCharsets.UTF_8) + "\nوقال المتحدث إن الاجتماع المقبل في الشهر القادم.\n", StandardCharsets.UTF_8);
        Pipeline.Report broken = rebuild.get();
        assertEquals(2, told.size(), "a failed bake keeps the last good site, so nothing is said");
        List<org.nashra.core.Problem> errors = broken.problems().stream().filter(org.nashra.core.Problem::isError).toList();
        assertEquals(1, errors.size(), "the template's error, once, not one for each page it kept: " + errors);
        assertEquals(project.resolve("templates/page.ftl"), errors.get(0).file());
        memory.settle();
    }

    private static String readUnchecked(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The manifest in each bake-state folder under {@code .nashra/}, which must hold nothing else, without its key. */
    private static List<String> manifests(Path project) throws IOException {
        try (Stream<Path> states = Files.list(project.resolve(".nashra"))) {
            List<String> out = new java.util.ArrayList<>();
            for (Path state : states.filter(p -> p.getFileName().toString().startsWith("bake-")).sorted().toList()) {
                try (Stream<Path> files = Files.list(state)) {
                    assertEquals(List.of(".nashra-bake"), files.map(f -> f.getFileName().toString()).toList(), "only the manifest, whole");
                }
                // The key line hashes the project's own paths too, and each page's last column is its content
                // file's stamp on this file system; the pages are what must agree.
                out.add(Files.readString(state.resolve(".nashra-bake"), StandardCharsets.UTF_8).replaceFirst("\nkey\t[0-9a-f]+\n", "\n")
                        .replaceAll("(?m)^([^\t\n]*\t[^\t\n]*\t[^\t\n]*)\t[^\n]*$", "$1"));
            }
            return out;
        }
    }

    @Test
    void serveWarmingUpChangesNothingAndItsNextRebuildEndsAsACleanBuild(@TempDir Path dir) throws IOException {
        Path project = project(dir.resolve("serving"));
        Files.deleteIfExists(project.resolve("node_modules")); // so that the rebuild bakes in place
        Pipeline.Memory memory = new Pipeline.Memory();
        assertTrue(!new Pipeline(new Project(project), Progress.silent(), memory).build(java.util.Set.of()).failed());
        Map<String, String> site = entries(project.resolve("site"));
        Map<String, String> content = entries(project.resolve("content"));
        List<String> manifest = manifests(project);

        new Pipeline(new Project(project), Progress.silent(), memory).rehearse();
        memory.warmUp();
        memory.settle();
        assertEquals(site, entries(project.resolve("site")));
        assertEquals(content, entries(project.resolve("content")));
        assertEquals(manifest, manifests(project));
        try (Stream<Path> left = Files.list(project.resolve(".nashra"))) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith("rehearsal-")), "the rehearsal's pages are gone");
        }

        Path seed = addSentence(project);
        assertTrue(!new Pipeline(new Project(project), Progress.silent(), memory).build(java.util.Set.of()).failed());
        memory.settle();

        Path clean = project(dir.resolve("clean"));
        Files.deleteIfExists(clean.resolve("node_modules"));
        Files.copy(seed, clean.resolve("seeds/002_ea332c4c9957a7af.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertTrue(!new Pipeline(new Project(clean)).build(java.util.Set.of()).failed());
        assertEquals(entries(clean.resolve("site")), entries(project.resolve("site")));
        assertEquals(entries(clean.resolve("content")), entries(project.resolve("content")));
        assertEquals(manifests(clean), manifests(project), "the manifest written after the in-place bake is the clean build's");
    }
    @Test
    void withSearchOnALongLivedPipelineBakesInPlaceAndTheIndexCatchesUpInTheBackground(@TempDir Path dir) throws Exception {
        Path project = project(dir.resolve("serving"));
        org.junit.jupiter.api.Assumptions.assumeTrue(new org.nashra.bake.Search(project).installed(), "Pagefind not installed (npm ci)");
        Pipeline.Memory memory = new Pipeline.Memory();
        record Indexed(long at, List<org.nashra.core.Problem> problems) {}
        java.util.concurrent.BlockingQueue<Indexed> indexed = new java.util.concurrent.LinkedBlockingQueue<>();
        memory.onSearchIndexed((problems, took) -> indexed.add(new Indexed(System.nanoTime(), problems)));
        assertTrue(!new Pipeline(new Project(project), Progress.silent(), memory).build(java.util.Set.of()).failed());
        Object siteFolder = Files.readAttributes(project.resolve("site"), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        new Pipeline(new Project(project), Progress.silent(), memory).rehearse();

        Path seed = addSentence(project);
        assertTrue(!new Pipeline(new Project(project), Progress.silent(), memory).build(java.util.Set.of()).failed());
        // A second change at once: the index under way, if any, is stopped, and one is made over the newest pages.
        Files.delete(project.resolve("seeds/004_49de97497ddda336.txt"));
        assertTrue(!new Pipeline(new Project(project), Progress.silent(), memory).build(java.util.Set.of()).failed());
        long rebuilt = System.nanoTime();
        assertEquals(siteFolder, Files.readAttributes(project.resolve("site"), java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                "the site folder was updated in place, not replaced");
        // An index over the first change's pages may have been done before the second build stopped the next one.
        Indexed last;
        do {
            last = indexed.poll(180, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(last != null, "an index was made in the background after the last build");
        } while (last.at() < rebuilt);
        assertEquals(List.of(), last.problems());
        memory.settle();

        Path clean = project(dir.resolve("clean"));
        Files.copy(seed, clean.resolve("seeds/002_ea332c4c9957a7af.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.delete(clean.resolve("seeds/004_49de97497ddda336.txt"));
        assertTrue(!new Pipeline(new Project(clean)).build(java.util.Set.of()).failed());
        assertEquals(siteEntries(clean), siteEntries(project));
        try (Stream<Path> left = Files.list(project.resolve(".nashra"))) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith("search-")), "the index's scratch folders are gone");
        }
    }

    /** The site's files and folders, but Pagefind's wasm files: one was once seen to differ between two runs over the same pages. */
    private static Map<String, String> siteEntries(Path project) throws IOException {
        Map<String, String> site = entries(project.resolve("site"));
        site.keySet().removeIf(f -> f.startsWith("pagefind/wasm."));
        return site;
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    @Test
    void withSearchOnABuildWhosePagesAreAsTheyWereTakesTheIndexOverAndOtherwiseMakesItAgain(@TempDir Path dir) throws IOException {
        Path project = project(dir.resolve("p"));
        org.junit.jupiter.api.Assumptions.assumeTrue(new org.nashra.bake.Search(project).installed(), "Pagefind not installed (npm ci)");
        build(project);
        Path entry = project.resolve("site/pagefind/pagefind-entry.json");
        Object made = fileKey(entry);
        org.junit.jupiter.api.Assumptions.assumeTrue(made != null, "the file system gives files an identity");

        build(project);
        assertEquals(made, fileKey(entry), "nothing changed: the index is taken over, not made again");

        Path fragment;
        try (Stream<Path> fragments = Files.list(project.resolve("site/pagefind/fragment"))) {
            fragment = fragments.sorted().findFirst().orElseThrow();
        }
        Files.delete(fragment);
        build(project);
        assertTrue(!made.equals(fileKey(entry)) && Files.exists(fragment), "an index missing a file is made again");
        made = fileKey(entry);

        Path seed = addSentence(project);
        build(project);
        assertTrue(!made.equals(fileKey(entry)), "a page changed: the index is made again");

        Path clean = project(dir.resolve("clean"));
        Files.copy(seed, clean.resolve("seeds/002_ea332c4c9957a7af.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        build(clean);
        assertEquals(siteEntries(clean), siteEntries(project));
    }
}
