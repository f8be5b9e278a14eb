package org.nashra.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import org.nashra.core.FileStamp;
import org.nashra.core.SiteChanges;

/**
 * A site folder exactly as a bake left it: the stamp of every file and folder in it, the record of its
 * pages, and a token naming that state. While every stamp still holds, nobody else has written, added or
 * removed anything there (adding or removing an entry restamps its folder), so a bake may update the
 * folder in place instead of making the whole site again. The search index ({@code pagefind/}) is left
 * out: it is made again in the background, by {@link LiveSearch}, once the pages changed.
 *
 * @param key     what every page was made with (templates, settings, baking code), as {@link BakeManifest#key}
 * @param pages   by content path, as in {@link BakeManifest}
 * @param files   by path relative to the site, with forward slashes
 * @param folders by the same paths; the site folder itself is {@code ""}
 */
record LiveSite(Path site, String key, String token, Map<String, BakeManifest.Page> pages,
                Map<String, FileStamp> files, Map<String, FileStamp> folders) {

    private static final AtomicLong STATES = new AtomicLong();

    /** The site as it is now, under a fresh token. */
    static LiveSite read(Path site, String key, Map<String, BakeManifest.Page> pages) throws IOException {
        Map<String, FileStamp> files = new HashMap<>();
        Map<String, FileStamp> folders = new HashMap<>();
        Files.walkFileTree(site, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
                // The search index is not the bake's: it is made again in the background (LiveSearch).
                if (relative(site, dir).equals(Search.FOLDER)) return FileVisitResult.SKIP_SUBTREE;
                folders.put(relative(site, dir), stamp(a));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                files.put(relative(site, file), stamp(a));
                return FileVisitResult.CONTINUE;
            }
        });
        return new LiveSite(site, key, newToken(), Map.copyOf(pages), files, folders);
    }

    /** True when every file and folder is as stamped: nothing in the site was changed, added or removed since. */
    boolean intact() {
        return files.keySet().parallelStream().allMatch(f -> unchanged(f, files))
                && folders.keySet().parallelStream().allMatch(f -> unchanged(f, folders));
    }

    /** True when the file at {@code path} is the one stamped. */
    boolean unchanged(String path) {
        return unchanged(path, files);
    }

    private boolean unchanged(String path, Map<String, FileStamp> stamps) {
        FileStamp before = stamps.get(path);
        try {
            return before != null && FileStamp.of(site.resolve(path)).sameFileAs(before);
        } catch (IOException e) {
            return false;
        }
    }

    /** The site updated in place, and what changed in it. */
    record Updated(LiveSite site, SiteChanges changes) {}

    /**
     * Moves each file of {@code staging} into the site, each with one atomic rename, unless the site holds
     * the same bytes there already; then deletes every file that is not in {@code expected}, and folders
     * left empty. A reader of the site sees each file either old or new, never half written.
     *
     * @param expected every file of the new site, by relative path
     */
    Updated update(Path staging, Set<String> expected, String key, Map<String, BakeManifest.Page> pages) throws IOException {
        Set<String> written = new TreeSet<>();
        Set<String> removed = new TreeSet<>();
        Set<String> touched = new TreeSet<>();
        for (String file : files(staging)) {
            Path from = staging.resolve(file);
            Path to = site.resolve(file);
            if (files.containsKey(file) && Files.mismatch(from, to) == -1) continue;
            Files.createDirectories(to.getParent());
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            written.add(file);
            touched.addAll(ancestors(file));
        }
        // Only what goes is sorted (by the set it joins), not every file of the site.
        for (String file : files.keySet()) {
            if (expected.contains(file)) continue;
            Files.deleteIfExists(site.resolve(file));
            removed.add(file);
            touched.addAll(ancestors(file));
        }
        // Deepest first, so that a folder emptied of its only subfolder goes too, as in a clean bake.
        for (String folder : new TreeSet<>(touched).descendingSet()) {
            Path dir = site.resolve(folder);
            if (!folder.isEmpty() && Files.isDirectory(dir) && isEmpty(dir)) Files.delete(dir);
        }
        Map<String, FileStamp> newFiles = new HashMap<>(files);
        removed.forEach(newFiles::remove);
        for (String file : written) newFiles.put(file, FileStamp.of(site.resolve(file)));
        Map<String, FileStamp> newFolders = new HashMap<>(folders);
        for (String folder : touched) {
            Path dir = site.resolve(folder);
            if (Files.isDirectory(dir)) newFolders.put(folder, FileStamp.of(dir));
            else newFolders.remove(folder);
        }
        LiveSite after = new LiveSite(site, key, newToken(), Map.copyOf(pages), newFiles, newFolders);
        return new Updated(after, new SiteChanges(token, after.token(), written, removed));
    }

    /** Every file under {@code folder}, by relative path with forward slashes, in a stable order. */
    static Set<String> files(Path folder) throws IOException {
        Set<String> found = new TreeSet<>();
        try (var walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).forEach(p -> found.add(relative(folder, p)));
        }
        return found;
    }

    /** The folders holding {@code file}, up to and including the site folder ({@code ""}). */
    private static Set<String> ancestors(String file) {
        Set<String> folders = new TreeSet<>();
        for (int slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) {
            folders.add(file.substring(0, slash));
        }
        folders.add("");
        return folders;
    }

    private static boolean isEmpty(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private static FileStamp stamp(BasicFileAttributes a) {
        return new FileStamp(a.fileKey(), a.size(), a.lastModifiedTime());
    }

    private static String newToken() {
        return "site-" + STATES.incrementAndGet();
    }
}
