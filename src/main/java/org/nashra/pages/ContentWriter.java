package org.nashra.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.nashra.core.FileStamp;
import org.nashra.core.FileWrites;
import org.nashra.core.FolderEntries;
import org.nashra.core.Problem;

/**
 * The one writer of {@code content/}. Writes each planned file unless an editor changed it by hand
 * (then it is kept and reported), leaves unchanged files untouched, and removes generated files that
 * no longer belong to the plan (hand-edited ones are kept).
 */
public final class ContentWriter {

    /** What a write did, for reporting. */
    public record Outcome(List<String> written, List<String> unchanged, List<String> kept,
                          List<String> removed, List<Problem> problems) {
        public Outcome {
            written = List.copyOf(written);
            unchanged = List.copyOf(unchanged);
            kept = List.copyOf(kept);
            removed = List.copyOf(removed);
            problems = List.copyOf(problems);
        }
    }

    /**
     * What earlier writes of one content folder left: each file's first line (which holds the hash of the
     * rest) and the file system's stamp of the file holding it. A file planned as before whose stamp is
     * unchanged is not read again. A long-lived process keeps one; a build in a fresh process reads the
     * last build's from disk ({@link #readFrom}).
     */
    public static final class Memory {
        private final Map<String, Remembered> files = new java.util.concurrent.ConcurrentHashMap<>();
        /** Each folder of {@code content/} as last listed, by path relative to it ({@code ""} for the folder itself). */
        private Map<String, Folder> folders = Map.of();
        /** The generated files that are not pages (feeds, sitemaps) the last run wrote or found as they were. */
        private Set<String> generated = Set.of();

        /** A memory that knows nothing yet. */
        public Memory() {
        }

        /** Bumped whenever what {@link #writeTo} writes changes, so that older files are not misread. */
        private static final int FORMAT = 1;
        private static final com.fasterxml.jackson.core.JsonFactory JSON = new com.fasterxml.jackson.core.JsonFactory();

        /**
         * What a build in an earlier process left with {@link #writeTo}: each page it wrote or found unchanged,
         * by the first line of its text and its file's stamp. A file whose stamp still holds is known without
         * being read; any other is read as if nothing were known of it. A missing, unreadable or older file
         * gives an empty memory.
         */
        public static Memory readFrom(Path file) {
            Memory memory = new Memory();
            if (!Files.isRegularFile(file)) return memory;
            try (com.fasterxml.jackson.core.JsonParser in = JSON.createParser(file.toFile())) {
                if (in.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT || !"format".equals(in.nextFieldName())
                        || in.nextIntValue(-1) != FORMAT || !"files".equals(in.nextFieldName())
                        || in.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                    return memory;
                }
                Map<String, Remembered> files = new java.util.HashMap<>();
                String path;
                while ((path = in.nextFieldName()) != null) {
                    if (in.nextToken() != com.fasterxml.jackson.core.JsonToken.START_ARRAY) return memory;
                    String signature = in.nextTextValue();
                    String stamp = in.nextTextValue();
                    if (signature == null || stamp == null || in.nextToken() != com.fasterxml.jackson.core.JsonToken.END_ARRAY) return memory;
                    files.put(path, new Remembered(signature, FileStamp.parse(stamp)));
                }
                if (in.currentToken() == com.fasterxml.jackson.core.JsonToken.END_OBJECT) memory.files.putAll(files);
            } catch (IOException | RuntimeException e) {
                memory.files.clear();
            }
            return memory;
        }

        /** Writes what the last run wrote or found unchanged, for {@link #readFrom}; a failure to write only costs the next build time. */
        public void writeTo(Path file) {
            try {
                FileWrites.replace(file, stream -> {
                    try (com.fasterxml.jackson.core.JsonGenerator out = JSON.createGenerator(stream, com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
                        out.writeStartObject();
                        out.writeNumberField("format", FORMAT);
                        out.writeObjectFieldStart("files");
                        for (Map.Entry<String, Remembered> entry : new java.util.TreeMap<>(files).entrySet()) {
                            String stamp = entry.getValue().stamp().asText();
                            if (stamp == null) continue; // a file system without file keys: nothing vouches for the file
                            out.writeArrayFieldStart(entry.getKey());
                            out.writeString(entry.getValue().signature());
                            out.writeString(stamp);
                            out.writeEndArray();
                        }
                        out.writeEndObject();
                        out.writeEndObject();
                    }
                });
            } catch (IOException | RuntimeException e) {
                // the next build plans and compares every page, as without this file
            }
        }

        private void put(String path, Remembered remembered) {
            files.put(path, remembered);
        }

        /**
         * The stamp of the generated file at {@code path} (relative to {@code content/}) as the last run
         * wrote or found it unchanged; null for a file that run did not vouch for (kept by hand, removed).
         */
        public org.nashra.core.FileStamp stamp(String path) {
            Remembered remembered = files.get(path);
            return remembered == null ? null : remembered.stamp();
        }

        /**
         * Whether the last run left the file at {@code path} (relative to {@code content/}) as {@code now}
         * finds it: a page it wrote or found unchanged, under that very stamp, or a generated file that is
         * not a page (those are made again at every run). A page edited by hand since, a page kept as
         * edited by hand, or any other file is not the run's.
         */
        public boolean wrote(String path, org.nashra.core.FileStamp now) {
            Remembered page = files.get(path);
            return page != null ? page.stamp().equals(now) : generated.contains(path);
        }

        /**
         * The entries of a folder of {@code content/} (by path relative to it, {@code ""} for the folder itself,
         * forward slashes) as the last run left the folder, once it had removed what the plan no longer holds:
         * what a bake right after that run would find there. Null for a folder that run did not list (none, or
         * a link to a folder, which is not followed).
         */
        public FolderEntries entries(String folder) {
            Folder listed = folders.get(folder);
            return listed == null ? null : listed.entries();
        }
    }

    /**
     * A folder's entries as listed under the folder's stamp: adding, removing or renaming an entry restamps
     * its folder, so while the stamp holds the names are the same (a file's own changes do not matter here).
     */
    private record Folder(FileStamp stamp, List<String> files, List<String> folders) {
        FolderEntries entries() {
            return new FolderEntries(files, folders);
        }

        /** The same folder without the file {@code name}, under no stamp: it changed, so it is listed again next time. */
        Folder without(String name) {
            List<String> left = new ArrayList<>(files);
            left.remove(name);
            return new Folder(null, List.copyOf(left), folders);
        }
    }

    /** What was last written to a path: its signature and the file's stamp. */
    private record Remembered(String signature, FileStamp stamp) {}

    /** What writing one planned file did, and the problem it met if any. */
    private record Done(String path, Kind kind, Problem problem) {
        enum Kind { WRITTEN, UNCHANGED, KEPT, FAILED }
    }

    /** How many files a run takes before writing them on every core. */
    private static final int BATCH = 256;

    /** The first line of a generated file: the hash of everything after it, so it stands for the whole text. */
    private static String signature(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /**
     * The stamp of the file at {@code target} now when it is still the one stamped (not replaced, edited or
     * removed since); null otherwise. One look at the file system: a rebuild asks this of every page.
     */
    private static FileStamp stampIfUntouched(FileStamp stamp, Path target) {
        try {
            FileStamp now = FileStamp.of(target);
            return now.sameFileAs(stamp) ? now : null;
        } catch (IOException e) {
            return null; // removed, or unreadable: written again
        }
    }

    /**
     * The stamp of the file at {@code target} when, whatever its stamp says, it holds the very text that was
     * written with {@code signature}: its first line is that signature, and it is the hash of the rest. A
     * project copied, restored from a cache or checked out again has new stamps on the same files; reading
     * and hashing a file costs a fraction of rendering its page again. Null otherwise.
     */
    private static FileStamp stampIfSame(String signature, Path target) {
        try {
            FileStamp stamp = FileStamp.of(target);
            if (!signature.equals(ContentFile.uneditedSignature(Files.readAllBytes(target)))) return null;
            // Taken before reading: a write while it was read leaves a stamp that no longer holds next time.
            return stamp;
        } catch (IOException | UncheckedIOException e) {
            return null; // removed or unreadable: planned afresh
        }
    }

    private final Path contentDir;
    private final Memory memory;

    public ContentWriter(Path contentDir) {
        this(contentDir, new Memory());
    }

    public ContentWriter(Path contentDir, Memory memory) {
        this.contentDir = contentDir.toAbsolutePath().normalize();
        this.memory = memory;
    }

    /**
     * @param regenerate content paths (relative, as in {@link ContentFile#path()}) to overwrite even when edited
     */
    public Outcome write(List<ContentFile> files, Set<String> regenerate) {
        Run run = start(regenerate);
        files.forEach(run);
        return run.finish();
    }

    /**
     * Starts writing a plan file by file, as it is planned, so that no more of it than one file need
     * be held; {@link Run#finish} then removes what the plan no longer holds.
     *
     * @param regenerate content paths (relative, as in {@link ContentFile#path()}) to overwrite even when edited
     */
    public Run start(Set<String> regenerate) {
        return start(regenerate, false);
    }

    /**
     * The same; with {@code stampsHold}, the caller vouches that no file in {@code content/} changed since
     * the last run of this memory ended (a watcher saw none), so each file that run wrote or found
     * unchanged is taken at the stamp it took, without a look at the file system. A file is still read
     * before it is replaced, so a hand edit is never overwritten.
     */
    public Run start(Set<String> regenerate, boolean stampsHold) {
        return new Run(Set.copyOf(regenerate), stampsHold);
    }

    /**
     * One write of a whole plan, in plan order. Files are taken a batch at a time and rendered, compared
     * and written on every core (a page planned afresh whose file is not as the last run left it is read
     * back to compare); what each did is recorded in plan order, so the outcome does not depend on the threads.
     * Not thread-safe.
     */
    public final class Run implements PageSink {
        private final Set<String> regenerate;
        private final boolean stampsHold;
        private final List<String> written = new ArrayList<>();
        private final List<String> unchanged = new ArrayList<>();
        private final List<String> kept = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private final Set<String> planned = new HashSet<>();
        /** Files accepted and not yet written; few enough to hold, enough to keep every core busy. */
        private final List<PlannedPage> batch = new ArrayList<>();
        /** The files that are not pages written in this run (feeds, sitemap); null when the run wrote none. */
        private Set<String> others;

        private Run(Set<String> regenerate, boolean stampsHold) {
            this.regenerate = regenerate;
            this.stampsHold = stampsHold;
        }

        /**
         * True when the last run of this memory wrote the file at {@code path} or found it unchanged, and it is
         * still as that run left it (the stamp it took holds, or the caller vouches for {@code content/}): a
         * page planned from the same inputs is then handed on as an {@link UnchangedPage}. Safe on any thread.
         */
        @Override
        public boolean holds(String path) {
            Remembered before = memory.files.get(path);
            if (before == null) return false;
            if (stampsHold) return true;
            Path file = resolve(path);
            FileStamp now = stampIfUntouched(before.stamp(), file);
            if (now == null) now = stampIfSame(before.signature(), file);
            if (now == null) return false;
            // The stamp as taken now: one read back from an earlier process's text becomes a live one again.
            memory.files.replace(path, before, new Remembered(before.signature(), now));
            return true;
        }

        @Override
        public void accept(PlannedPage file) {
            // A path planned twice is written in turn: the second write must see what the first left.
            if (!planned.add(file.path())) flush();
            batch.add(file);
            if (batch.size() >= BATCH) flush();
        }

        private void flush() {
            List<Done> done = batch.size() == 1 ? List.of(write(batch.get(0))) : batch.parallelStream().map(this::write).toList();
            batch.clear();
            for (Done d : done) {
                switch (d.kind()) {
                    case WRITTEN -> written.add(d.path());
                    case UNCHANGED -> unchanged.add(d.path());
                    case KEPT -> kept.add(d.path());
                    case FAILED -> { }
                }
                if (d.problem() != null) problems.add(d.problem());
            }
        }

        /** Writes one file unless it is unchanged or edited by hand; safe on any thread for distinct paths. */
        private Done write(PlannedPage page) {
            Remembered before = memory.files.remove(page.path());
            if (page instanceof UnchangedPage) {
                // The planner asked holds() of it, during this run: it is what was written, at the stamp taken then.
                if (before == null) {
                    return new Done(page.path(), Done.Kind.FAILED, Problem.error(resolve(page.path()),
                            "planned as unchanged, but no earlier write of it is known; run the build again"));
                }
                memory.put(page.path(), before);
                return new Done(page.path(), Done.Kind.UNCHANGED, null);
            }
            ContentFile file = (ContentFile) page;
            Path target = resolve(file.path());
            FileStamp untouched = before == null ? null : stampsHold ? before.stamp() : stampIfUntouched(before.stamp(), target);
            String text = file.render();
            try {
                if (untouched != null && before.signature().equals(signature(text))) {
                    memory.put(file.path(), new Remembered(before.signature(), untouched));
                    return new Done(file.path(), Done.Kind.UNCHANGED, null);
                }
                if (Files.exists(target)) {
                    String existing = Files.readString(target, StandardCharsets.UTF_8);
                    if (existing.equals(text)) {
                        memory.put(file.path(), new Remembered(signature(text), FileStamp.of(target)));
                        return new Done(file.path(), Done.Kind.UNCHANGED, null);
                    }
                    if (!ContentFile.isUnedited(existing) && !regenerate.contains(file.path())) {
                        return new Done(file.path(), Done.Kind.KEPT, Problem.warning(target, "edited by hand, kept as it is"
                                + " (nashra build --regenerate " + file.path() + " to replace it)"));
                    }
                }
                Files.createDirectories(target.getParent());
                FileWrites.replace(target, text);
                memory.put(file.path(), new Remembered(signature(text), FileStamp.of(target)));
                return new Done(file.path(), Done.Kind.WRITTEN, null);
            } catch (IOException e) {
                return new Done(file.path(), Done.Kind.FAILED, Problem.error(target, "cannot write: " + e.getMessage()));
            }
        }

        /**
         * Writes the generated files that are not pages (feeds, sitemap) into {@code content/}, from where
         * the baker copies them into the site as they are; so {@code nashra bake} alone makes a whole site.
         * They are always regenerated; {@link #finish} removes such files no longer planned.
         */
        public List<Problem> writeFiles(Map<String, String> files) {
            flush();
            List<Problem> problems = new ArrayList<>();
            if (others == null) others = new HashSet<>();
            for (Map.Entry<String, String> file : files.entrySet()) {
                others.add(file.getKey());
                Path target = resolve(file.getKey());
                try {
                    if (Files.exists(target) && Files.readString(target, StandardCharsets.UTF_8).equals(file.getValue())) continue;
                    Files.createDirectories(target.getParent());
                    FileWrites.replace(target, file.getValue());
                } catch (IOException e) {
                    problems.add(Problem.error(target, "cannot write: " + e.getMessage()));
                }
            }
            return problems;
        }

        /** Removes the generated files the plan no longer holds (hand-edited ones are kept) and says what the run did. */
        public Outcome finish() {
            flush();
            List<String> removed = new ArrayList<>();
            // Files of an earlier plan that this one did not hold are forgotten with their files.
            memory.files.keySet().retainAll(planned);
            memory.generated = others == null ? Set.of() : Set.copyOf(others);
            removeStale(planned, others, removed, kept, problems);
            // A file asked for by name that the plan does not hold: most likely mistyped, and nothing was replaced.
            for (String path : new java.util.TreeSet<>(regenerate)) {
                if (!planned.contains(path)) {
                    problems.add(Problem.warning(resolve(path), "not regenerated: the build writes no content file " + path
                            + " (name one as within content/, e.g. ar/000-x.md)"));
                }
            }
            return new Outcome(written, unchanged, kept, removed, problems);
        }
    }

    /**
     * Removes what the content folder holds beyond the plan: generated pages (hand-edited ones are kept
     * and reported) and, when {@code others} is given, feeds or sitemaps not among them. The folder is
     * walked once, and only what is to go is sorted.
     */
    private void removeStale(Set<String> planned, Set<String> others, List<String> removed, List<String> kept, List<Problem> problems) {
        if (!Files.isDirectory(contentDir)) {
            memory.folders = Map.of();
            return;
        }
        List<String> pages = new ArrayList<>();
        List<String> files = new ArrayList<>();
        Map<String, Folder> listed = new java.util.HashMap<>();
        try {
            // The walk takes over the last run's listing of each folder still as it was (memory.folders).
            walk("", listed, relative -> {
                if (relative.endsWith(".md") && !planned.contains(relative)) pages.add(relative);
                if (relative.endsWith(".xml") && others != null && !others.contains(relative)) files.add(relative);
            });
        } catch (IOException e) {
            memory.folders = Map.of(); // no listing of this run vouches for the folder
            throw new UncheckedIOException(e);
        }
        List<String> deleted = new ArrayList<>();
        try {
            deleteStale(pages, files, deleted, removed, kept, problems);
        } finally {
            // The folders as this run leaves them: without what it deleted.
            for (String gone : deleted) {
                int slash = gone.lastIndexOf('/');
                String folder = slash < 0 ? "" : gone.substring(0, slash);
                Folder before = listed.get(folder);
                if (before != null) listed.put(folder, before.without(gone.substring(slash + 1)));
            }
            memory.folders = listed;
        }
    }

    /** Deletes stale pages (unless edited by hand) and generated files, noting in {@code deleted} each file deleted. */
    private void deleteStale(List<String> pages, List<String> files, List<String> deleted, List<String> removed, List<String> kept,
                             List<Problem> problems) {
        java.util.Collections.sort(pages);
        java.util.Collections.sort(files);
        for (String relative : pages) {
            Path path = contentDir.resolve(relative);
            try {
                if (ContentFile.isUnedited(Files.readString(path, StandardCharsets.UTF_8))) {
                    Files.delete(path);
                    deleted.add(relative);
                    removed.add(relative);
                } else {
                    kept.add(relative);
                    problems.add(Problem.warning(path, "no longer generated but edited by hand, kept"));
                }
            } catch (IOException e) {
                problems.add(Problem.error(path, "cannot read: " + e.getMessage()));
            }
        }
        for (String relative : files) {
            Path path = contentDir.resolve(relative);
            try {
                Files.delete(path);
                deleted.add(relative);
            } catch (IOException e) {
                problems.add(Problem.error(contentDir, "cannot tidy generated files: " + e.getMessage()));
            }
        }
    }

    /**
     * Hands every file of the folder {@code relative} and the folders below it to {@code file} (as paths
     * relative to {@code content/}). A folder whose stamp is the one remembered is not listed again (at
     * thousands of pages, stat'ing every file cost more than planning a changed page); in a folder that
     * changed, only names not seen there before are looked at to tell files from folders.
     */
    private void walk(String relative, Map<String, Folder> listed, java.util.function.Consumer<String> file) throws IOException {
        Path dir = relative.isEmpty() ? contentDir : contentDir.resolve(relative);
        java.nio.file.attribute.BasicFileAttributes attributes;
        try {
            // The content folder itself may be a link; what lies below it is taken as it is, as a walk would.
            attributes = relative.isEmpty() ? Files.readAttributes(dir, java.nio.file.attribute.BasicFileAttributes.class)
                    : Files.readAttributes(dir, java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return; // removed meanwhile
        }
        if (!attributes.isDirectory() && !relative.isEmpty()) {
            file.accept(relative); // a folder replaced by a file since
            return;
        }
        FileStamp stamp = new FileStamp(attributes.fileKey(), attributes.size(), attributes.lastModifiedTime());
        Folder before = memory.folders.get(relative);
        Folder folder = before != null && before.stamp() != null && before.stamp().sameFileAs(stamp) ? before
                : list(dir, recent(stamp) ? null : stamp, before);
        listed.put(relative, folder);
        String prefix = relative.isEmpty() ? "" : relative + "/";
        for (String name : folder.files()) file.accept(prefix + name);
        for (String name : folder.folders()) walk(prefix + name, listed, file);
    }

    /**
     * True for a stamp too close to now to vouch for a listing: a file system keeps time in ticks, so an entry
     * added within the tick of a listing would leave the folder's time as listed. Such a folder is listed
     * again next time (as Git treats an index entry as new as the index).
     */
    private static boolean recent(FileStamp stamp) {
        return System.currentTimeMillis() - stamp.modified().toMillis() < RECENT_MILLIS;
    }

    private static final long RECENT_MILLIS = 2000;

    /** A folder's entries now; a name {@code before} knew keeps its kind, a new one is looked at. Null stamp: list again next time. */
    private static Folder list(Path dir, FileStamp stamp, Folder before) throws IOException {
        Set<String> knownFiles = before == null ? Set.of() : new HashSet<>(before.files());
        Set<String> knownFolders = before == null ? Set.of() : new HashSet<>(before.folders());
        List<String> files = new ArrayList<>();
        List<String> folders = new ArrayList<>();
        try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (knownFiles.contains(name)) {
                    files.add(name);
                } else if (knownFolders.contains(name) || Files.isDirectory(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    folders.add(name);
                } else {
                    files.add(name);
                }
            }
        }
        return new Folder(stamp, List.copyOf(files), List.copyOf(folders));
    }

    private Path resolve(String relative) {
        Path target = contentDir.resolve(relative).normalize();
        if (!target.startsWith(contentDir)) {
            throw new IllegalArgumentException("content path escapes content/: " + relative);
        }
        return target;
    }
}
