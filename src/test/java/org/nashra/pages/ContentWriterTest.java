package org.nashra.pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashra.core.Problem;

/**
 * A writer that remembers its folders from one run to the next (as serve's does) finds what changed in
 * content/ behind its back as a writer that walks the whole folder does: same files left, same report.
 */
class ContentWriterTest {

    @TempDir
    Path dir;

    private static ContentFile page(String path, String text) {
        return new ContentFile(path, Map.of("type", "page", "status", "published"), Map.of("title", text), text + "\n");
    }

    /** One run of a plan: pages, then the feeds, then what is stale goes. */
    private static ContentWriter.Outcome run(ContentWriter writer, List<ContentFile> pages, Map<String, String> files) {
        ContentWriter.Run run = writer.start(Set.of());
        pages.forEach(run);
        run.writeFiles(files);
        return run.finish();
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) out.put(root.relativize(p).toString(), Files.readString(p));
        }
        return out;
    }

    @Test
    void aFileEditedByHandIsReplacedOnlyWhenNamedAndANameTheBuildDoesNotWriteIsToldSo() throws IOException {
        Path content = dir.resolve("content");
        List<ContentFile> plan = List.of(page("ar/a.md", "a"), page("ar/b.md", "b"));
        run(new ContentWriter(content), plan, Map.of());
        for (String path : List.of("ar/a.md", "ar/b.md")) Files.writeString(content.resolve(path), "corrected by hand\n", StandardCharsets.UTF_8);

        ContentWriter.Run run = new ContentWriter(content).start(Set.of("ar/a.md", "ar/c.md"));
        plan.forEach(run);
        ContentWriter.Outcome outcome = run.finish();

        assertEquals(List.of("ar/a.md"), outcome.written());
        assertEquals(List.of("ar/b.md"), outcome.kept());
        assertEquals(List.of(content.resolve("ar/b.md") + ": warning: edited by hand, kept as it is (nashra build --regenerate ar/b.md to replace it)",
                content.resolve("ar/c.md") + ": warning: not regenerated: the build writes no content file ar/c.md"
                        + " (name one as within content/, e.g. ar/000-x.md)"),
                outcome.problems().stream().map(Problem::toString).toList());
    }

    /** Each step changes content/ (as an editor or another program might), then both writers run the plan. */
    @Test
    void aRememberingWriterFindsWhatChangedBehindItsBackAsAWholeWalkDoes() throws IOException {
        record Step(String what, List<ContentFile> plan, Map<String, String> feeds, IoAction before) {}
        List<ContentFile> all = List.of(page("index.md", "home"), page("ar/a.md", "a"), page("ar/x/b.md", "b"),
                page("ar/x/y/c.md", "c"), page("en/a.md", "a en"));
        List<Step> steps = List.of(
                new Step("first run", all, Map.of("ar/feed.xml", "<feed/>"), content -> {}),
                new Step("nothing changed", all, Map.of("ar/feed.xml", "<feed/>"), content -> {}),
                new Step("pages no longer planned", List.of(all.get(0), all.get(1), all.get(4)), Map.of("ar/feed.xml", "<feed/>"),
                        content -> {}),
                new Step("a generated page put back, a hand-written one in a new folder, a feed no longer made",
                        List.of(all.get(0), all.get(1), all.get(4)), Map.of(), content -> {
                            Files.writeString(Files.createDirectories(content.resolve("ar/x/y")).resolve("c.md"),
                                    page("ar/x/y/c.md", "c").render(), StandardCharsets.UTF_8);
                            Files.writeString(Files.createDirectories(content.resolve("notes/deep")).resolve("todo.md"),
                                    "written by hand\n", StandardCharsets.UTF_8);
                        }),
                new Step("a folder of pages removed by hand, a page edited by hand", List.of(all.get(0), all.get(1)), Map.of(),
                        content -> {
                            Files.delete(content.resolve("notes/deep/todo.md"));
                            Files.delete(content.resolve("notes/deep"));
                            Files.writeString(content.resolve("ar/a.md"), "edited by hand\n", StandardCharsets.UTF_8);
                        }));
        Path remembering = dir.resolve("remembering");
        Path walking = dir.resolve("walking");
        ContentWriter.Memory memory = new ContentWriter.Memory();
        for (Step step : steps) {
            step.before().apply(remembering);
            step.before().apply(walking);
            ContentWriter.Outcome kept = run(new ContentWriter(remembering, memory), step.plan(), step.feeds());
            ContentWriter.Outcome fresh = run(new ContentWriter(walking), step.plan(), step.feeds());
            assertEquals(tree(walking), tree(remembering), step.what());
            assertEquals(fresh.removed(), kept.removed(), step.what());
            assertEquals(fresh.kept(), kept.kept(), step.what());
            assertEquals(fresh.problems().size(), kept.problems().size(), step.what());
            assertEntriesAsOnDisk(remembering, memory, step.what());
            // Time passes: folders last changed a while ago are the ones a listing may be taken over for.
            age(remembering);
            age(walking);
        }
        assertTrue(tree(remembering).containsKey("ar/a.md"), "the page edited by hand is kept");
        assertTrue(!tree(remembering).containsKey("ar/x/y/c.md") && !tree(remembering).containsKey("ar/feed.xml"),
                "a generated page and a feed no longer planned are removed");
    }

    /**
     * The entries the memory gives for each folder are those on disk once the run is over (what it removed
     * gone), for every folder there is, and none for a folder that is not.
     */
    private static void assertEntriesAsOnDisk(Path content, ContentWriter.Memory memory, String step) throws IOException {
        java.util.Set<String> onDisk = new java.util.TreeSet<>();
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path folder : walk.filter(Files::isDirectory).toList()) {
                String relative = content.relativize(folder).toString().replace('\\', '/');
                onDisk.add(relative);
                List<String> files = new java.util.ArrayList<>();
                List<String> folders = new java.util.ArrayList<>();
                try (Stream<Path> list = Files.list(folder)) {
                    for (Path entry : list.toList()) (Files.isDirectory(entry) ? folders : files).add(entry.getFileName().toString());
                }
                org.nashra.core.FolderEntries told = memory.entries(relative);
                assertTrue(told != null, step + ": no entries for " + relative);
                assertEquals(files.stream().sorted().toList(), told.files().stream().sorted().toList(), step + ": files of '" + relative + "'");
                assertEquals(folders.stream().sorted().toList(), told.folders().stream().sorted().toList(), step + ": folders of '" + relative + "'");
            }
        }
        for (String gone : List.of("notes/deep", "no/such/folder")) {
            if (!onDisk.contains(gone)) assertEquals(null, memory.entries(gone), step + ": " + gone);
        }
    }

    /** Serve's writer, told by its watcher that content/ is as it left it, takes its stamps at their word. */
    @Test
    void withItsStampsVouchedForTheWriterStillReadsAFileBeforeReplacingIt() throws IOException {
        Path content = dir.resolve("vouched");
        ContentWriter.Memory memory = new ContentWriter.Memory();
        ContentFile first = page("ar/a.md", "a");
        run(new ContentWriter(content, memory), List.of(first), Map.of());
        Files.writeString(content.resolve("ar/a.md"), "edited by hand\n", StandardCharsets.UTF_8);

        ContentWriter.Run same = new ContentWriter(content, memory).start(Set.of(), true);
        assertTrue(same.holds("ar/a.md"), "vouched for: taken at its stamp");
        same.accept(UnchangedPage.of(first));
        assertEquals(List.of("ar/a.md"), same.finish().unchanged(), "a page planned as last time is taken at its stamp");

        ContentWriter.Run changed = new ContentWriter(content, memory).start(Set.of(), true);
        changed.accept(page("ar/a.md", "a, changed"));
        ContentWriter.Outcome outcome = changed.finish();
        assertEquals(List.of("ar/a.md"), outcome.kept(), "a page whose plan changed is read first: the hand edit shows");
        assertEquals("edited by hand\n", Files.readString(content.resolve("ar/a.md")));
    }

    private static void age(Path root) throws IOException {
        java.nio.file.attribute.FileTime hourAgo = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path folder : walk.filter(Files::isDirectory).toList()) Files.setLastModifiedTime(folder, hourAgo);
        }
    }

    interface IoAction {
        void apply(Path content) throws IOException;
    }

    /** How the last run's memory reaches the next run: kept by a long-lived process, or written down and read back by a fresh one. */
    enum Handover {
        KEPT_IN_MEMORY, WRITTEN_DOWN;

        ContentWriter.Memory next(ContentWriter.Memory memory, Path file) {
            if (this == KEPT_IN_MEMORY) return memory;
            memory.writeTo(file);
            return ContentWriter.Memory.readFrom(file);
        }
    }

    /**
     * What the planner asks before it hands a page on unchanged: whether its file still holds what the
     * last run wrote or found there. A page handed on unchanged is neither rendered nor written, and is
     * held in the next run as well. The stamps the run hands on are taken afresh.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Handover.class)
    void aRunSaysWhichFilesStillHoldWhatTheLastRunWrote(Handover handover) throws IOException {
        Path content = dir.resolve("content");
        Path written = dir.resolve(".nashra/content-files.json");
        ContentWriter.Memory memory = new ContentWriter.Memory();
        List<ContentFile> pages = List.of(page("ar/a.md", "a"), page("ar/b.md", "b"), page("ar/c.md", "c"), page("ar/d.md", "d"),
                page("ar/e.md", "e"), page("ar/f.md", "f"));
        run(new ContentWriter(content, memory), pages, Map.of());
        ContentWriter.Memory next = handover.next(memory, written);
        Files.writeString(content.resolve("ar/b.md"), "corrected by hand\n", StandardCharsets.UTF_8);
        Files.delete(content.resolve("ar/c.md"));
        // Written again with the same text: a new file, whose stamp is not the one taken (a project copied or checked out).
        String d = Files.readString(content.resolve("ar/d.md"));
        Files.delete(content.resolve("ar/d.md"));
        Files.writeString(content.resolve("ar/d.md"), d, StandardCharsets.UTF_8);
        // Another page's generated text: unedited, but not what was written here.
        Files.copy(content.resolve("ar/a.md"), content.resolve("ar/e.md"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // Corrected by hand below the signature line, which no longer matches the rest.
        Path f = content.resolve("ar/f.md");
        Files.writeString(f, Files.readString(f, StandardCharsets.UTF_8) + "corrected by hand\n", StandardCharsets.UTF_8);
        Files.writeString(content.resolve("ar/notes.md"), "written by hand\n", StandardCharsets.UTF_8);

        ContentWriter.Run run = new ContentWriter(content, next).start(Set.of());
        record Case(String path, boolean holds) {}
        for (Case c : List.of(
                new Case("ar/a.md", true),          // as the run wrote it
                new Case("ar/b.md", false),         // edited by hand since
                new Case("ar/c.md", false),         // removed
                new Case("ar/d.md", true),          // replaced by the same text: its bytes vouch for it
                new Case("ar/e.md", false),         // replaced by another page's text
                new Case("ar/f.md", false),         // edited below its signature line
                new Case("ar/notes.md", false))) {  // never written by a run
            assertEquals(c.holds(), run.holds(c.path()), c.path());
        }
        run.accept(UnchangedPage.of(pages.get(0)));
        pages.subList(1, 3).forEach(run);
        run.accept(UnchangedPage.of(pages.get(3)));
        run.accept(pages.get(4));
        run.accept(pages.get(5));
        ContentWriter.Outcome outcome = run.finish();
        assertEquals(List.of("ar/a.md", "ar/d.md"), outcome.unchanged());
        assertEquals(List.of("ar/c.md", "ar/e.md"), outcome.written());
        assertEquals(List.of("ar/b.md", "ar/f.md", "ar/notes.md"), outcome.kept(), "hand edits kept");
        for (String path : List.of("ar/a.md", "ar/c.md", "ar/d.md", "ar/e.md")) {
            assertEquals(org.nashra.core.FileStamp.of(content.resolve(path)), next.stamp(path), "a live stamp handed on: " + path);
        }
        ContentWriter.Run after = new ContentWriter(content, handover.next(next, written)).start(Set.of());
        assertTrue(after.holds("ar/a.md") && after.holds("ar/c.md") && after.holds("ar/d.md") && after.holds("ar/e.md"),
                "held in the next run");
    }

    @Test
    void aMemoryWrittenDownThatCannotBeReadKnowsNothing() throws IOException {
        Path content = dir.resolve("content");
        Path written = dir.resolve(".nashra/content-files.json");
        ContentWriter.Memory memory = new ContentWriter.Memory();
        run(new ContentWriter(content, memory), List.of(page("ar/a.md", "a")), Map.of());
        memory.writeTo(written);
        assertTrue(new ContentWriter(content, ContentWriter.Memory.readFrom(written)).start(Set.of()).holds("ar/a.md"), "as written");
        Files.writeString(written, "{\"format\": 1, \"files\": {\"ar/a.md\": [\"x\"");
        assertTrue(!new ContentWriter(content, ContentWriter.Memory.readFrom(written)).start(Set.of()).holds("ar/a.md"), "a file cut short");
        Files.writeString(written, "{\"format\": 0, \"files\": {}}");
        assertTrue(!new ContentWriter(content, ContentWriter.Memory.readFrom(written)).start(Set.of()).holds("ar/a.md"), "an older format");
        Files.delete(written);
        assertTrue(!new ContentWriter(content, ContentWriter.Memory.readFrom(written)).start(Set.of()).holds("ar/a.md"), "no file");
    }

    /** What serve's watcher asks after a rebuild of each content file that changed meanwhile. */
    @Test
    void theMemorySaysWhichFilesTheLastRunLeftAsTheyAre() throws IOException {
        Path content = dir.resolve("content");
        ContentWriter.Memory memory = new ContentWriter.Memory();
        run(new ContentWriter(content, memory), List.of(page("ar/a.md", "a"), page("ar/b.md", "b")), Map.of("ar/feed.xml", "<feed/>"));
        Files.writeString(content.resolve("ar/b.md"), "corrected by hand\n", StandardCharsets.UTF_8);
        Files.writeString(content.resolve("ar/notes.md"), "written by hand\n", StandardCharsets.UTF_8);
        record Case(String path, boolean wrote) {}
        for (Case c : List.of(
                new Case("ar/a.md", true),          // a page as the run wrote it
                new Case("ar/b.md", false),         // a page edited by hand since
                new Case("ar/feed.xml", true),      // a feed: made again at every run
                new Case("ar/notes.md", false))) {  // a file the run never wrote
            assertEquals(c.wrote(), memory.wrote(c.path(), org.nashra.core.FileStamp.of(content.resolve(c.path()))), c.path());
        }
    }

    /**
     * Files are written a batch at a time on every core; the report still follows the plan, so it is the
     * same from one build to the next. A plan of many batches, every seventh page edited by hand before the
     * second run, and one path planned twice (the later file wins, as when written in turn).
     */
    @Test
    void aPlanOfManyBatchesIsReportedInPlanOrder() throws IOException {
        Path content = dir.resolve("content");
        List<ContentFile> plan = new java.util.ArrayList<>();
        for (int i = 0; i < 700; i++) plan.add(page("ar/" + (i % 3) + "/p" + i + ".md", "page " + i));
        ContentWriter.Outcome first = run(new ContentWriter(content), plan, Map.of());
        assertEquals(plan.stream().map(ContentFile::path).toList(), first.written());

        List<String> edited = new java.util.ArrayList<>();
        for (int i = 0; i < 700; i += 7) {
            Files.writeString(content.resolve(plan.get(i).path()), "corrected by hand\n", StandardCharsets.UTF_8);
            edited.add(plan.get(i).path());
        }
        List<ContentFile> again = new java.util.ArrayList<>();
        for (int i = 0; i < 700; i++) again.add(page(plan.get(i).path(), "page " + i + (i % 2 == 0 ? " revised" : "")));
        again.add(page("ar/1/p1.md", "planned twice"));
        ContentWriter.Outcome second = run(new ContentWriter(content), again, Map.of());

        assertEquals(edited, second.kept());
        assertEquals(edited.stream().map(path -> content.resolve(path) + ": edited by hand, kept as it is"
                + " (nashra build --regenerate " + path + " to replace it)").toList(),
                second.problems().stream().map(p -> p.file() + ": " + p.message()).toList());
        List<String> revised = new java.util.ArrayList<>();
        for (int i = 0; i < 700; i += 2) if (i % 7 != 0) revised.add(plan.get(i).path());
        revised.add("ar/1/p1.md");
        assertEquals(revised, second.written());
        assertTrue(Files.readString(content.resolve("ar/1/p1.md")).endsWith(ContentFile.SEPARATOR + "\nplanned twice\n"));
    }
}
