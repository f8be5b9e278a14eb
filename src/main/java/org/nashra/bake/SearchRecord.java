package org.nashra.bake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.nashra.core.Sha256;

/**
 * What a site's search index was made from, and the files it made with their sizes; kept beside the bake
 * manifest in {@code .nashra/}. A whole bake whose pages are all made from what the index was made from
 * takes the index over from the old site instead of running Pagefind again (a minute for the whole index at 2,000 articles),
 * provided the old site still holds exactly those files.
 *
 * @param key   as {@link #key}
 * @param files the index's files, by path relative to {@code pagefind/}, with their sizes
 */
record SearchRecord(String key, Map<String, Long> files) {

    static final String FILE = ".nashra-search";

    SearchRecord {
        files = Map.copyOf(files);
    }

    /**
     * What an index over these pages is made from: what made every page (the bake key, which covers
     * templates, settings and Nashra's code, the indexing script included, and each page's content
     * hash and output path) and what makes the index (Pagefind's version, the folding rules).
     */
    static String key(String bakeKey, Map<String, BakeManifest.Page> pages, Path projectDir) {
        try {
            MessageDigest digest = Sha256.start();
            Sha256.add(digest, bakeKey + "\n");
            for (BakeManifest.Page page : new TreeMap<>(pages).values()) {
                Sha256.add(digest, page.source() + "\t" + page.hash() + "\t" + page.output() + "\n");
            }
            for (String input : Search.TOOLS) {
                Sha256.add(digest, input + "\n");
                digest.update(Files.readAllBytes(projectDir.resolve(input)));
            }
            return Sha256.hex(digest);
        } catch (IOException | RuntimeException e) {
            return ""; // nothing to compare: the index is made again
        }
    }

    /** The record of the index in {@code index} (a {@code pagefind/} folder), made from what {@code key} names. */
    static SearchRecord of(String key, Path index) throws IOException {
        return new SearchRecord(key, sizes(index));
    }

    /** True when {@code index} holds exactly the recorded files, each at its recorded size. */
    boolean heldBy(Path index) {
        try {
            return Files.isDirectory(index) && sizes(index).equals(files);
        } catch (IOException e) {
            return false;
        }
    }

    /** The record in a bake's state folder; none when there is none or it cannot be read. */
    static Optional<SearchRecord> read(Path state) {
        Path file = state.resolve(FILE);
        try {
            if (!Files.isRegularFile(file)) return Optional.empty();
            var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).startsWith("key\t")) return Optional.empty();
            Map<String, Long> files = new TreeMap<>();
            for (String line : lines.subList(1, lines.size())) {
                int tab = line.lastIndexOf('\t');
                if (tab < 0) return Optional.empty();
                files.put(line.substring(0, tab), Long.parseLong(line.substring(tab + 1)));
            }
            return Optional.of(new SearchRecord(lines.get(0).substring(4), files));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Writes the record into a bake's state folder, whole (through a temporary file). */
    void write(Path state) throws IOException {
        StringBuilder text = new StringBuilder("key\t").append(key).append('\n');
        new TreeMap<>(files).forEach((path, size) -> text.append(path).append('\t').append(size).append('\n'));
        Files.createDirectories(state);
        org.nashra.core.FileWrites.replace(state.resolve(FILE), text.toString());
    }

    /** Removes the record: the site's index is no longer the one it describes. */
    static void discard(Path state) throws IOException {
        Files.deleteIfExists(state.resolve(FILE));
    }

    private static Map<String, Long> sizes(Path index) throws IOException {
        Map<String, Long> sizes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(index)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                sizes.put(index.relativize(file).toString().replace('\\', '/'), Files.size(file));
            }
        }
        return sizes;
    }
}
