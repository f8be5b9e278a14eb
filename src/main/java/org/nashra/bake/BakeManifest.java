package org.nashra.bake;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.nashra.core.Sha256;

/**
 * What a baked site was made from, kept in {@code .nashra/} (one per site folder), not in the site:
 * one key for everything every page depends on (templates, settings, the baking code and its
 * libraries), then each content file's hash and the page it became. The next bake reuses a page whose
 * content file and key are unchanged instead of rendering it again.
 *
 * @param key   empty when the baking code cannot be identified; then nothing is reused
 * @param pages by content path (relative to the content folder, with forward slashes)
 */
record BakeManifest(String key, Map<String, BakeManifest.Page> pages) {

    /**
     * One content file and the page it produced, both relative, with forward slashes, and the content file's
     * stamp when it was hashed ({@link org.nashra.core.FileStamp#asText}; empty when it has none): while the
     * stamp holds, a bake in another process takes the hash without reading the file again.
     */
    record Page(String source, String hash, String output, String stamp) {
        Page {
            if (stamp == null) stamp = "";
        }
    }

    static final String FILE_NAME = ".nashra-bake";
    private static final String FORMAT = "nashra-bake 2";

    BakeManifest {
        pages = java.util.Collections.unmodifiableMap(new TreeMap<>(pages));
    }

    static BakeManifest empty() {
        return new BakeManifest("", Map.of());
    }

    /** Pages that may be reused by a bake whose key is {@code currentKey}. */
    Map<String, Page> reusableFor(String currentKey) {
        return !key.isEmpty() && key.equals(currentKey) ? pages : Map.of();
    }

    /** The manifest of an earlier bake, or an empty one when there is none or it cannot be read. */
    static BakeManifest read(Path site) {
        Path file = site.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) return empty();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).equals(FORMAT) || !lines.get(1).startsWith("key\t")) return empty();
            Map<String, Page> pages = new TreeMap<>();
            for (String line : lines.subList(2, lines.size())) {
                String[] cells = line.split("\t");
                if (cells.length != 3 && cells.length != 4) return empty();
                pages.put(cells[0], new Page(cells[0], cells[1], cells[2], cells.length == 4 ? cells[3] : ""));
            }
            return new BakeManifest(lines.get(1).substring(4), pages);
        } catch (IOException | RuntimeException e) {
            return empty();
        }
    }

    /** Writes the manifest whole or not at all (through a temporary file), so a reader never meets half of one. */
    void write(Path site) throws IOException {
        StringBuilder out = new StringBuilder(FORMAT).append('\n').append("key\t").append(key).append('\n');
        for (Page page : pages.values()) {
            out.append(page.source()).append('\t').append(page.hash()).append('\t').append(page.output());
            if (!page.stamp().isEmpty()) out.append('\t').append(page.stamp());
            out.append('\n');
        }
        Path temp = Files.createTempFile(site, FILE_NAME + "-", ".tmp");
        try {
            Files.writeString(temp, out, StandardCharsets.UTF_8);
            Files.move(temp, site.resolve(FILE_NAME), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Removes the manifest kept in {@code site}, if any: nothing is then reused from that folder. */
    static void discard(Path site) throws IOException {
        Files.deleteIfExists(site.resolve(FILE_NAME));
    }

    /**
     * The hash of everything a page depends on besides its own content file: the settings file, every
     * template, the baking code (the jar, whose manifest also names every library version, or the
     * compiled classes), the files the class path names, and the default locale and time zone.
     */
    static String key(Path settings, Path templates) {
        return key(settings, templates, System.getProperty("java.class.path", ""));
    }

    /**
     * The same, for the given class path. Its entries count as the files they name, so {@code java -jar
     * target/nashra.jar} and the launcher (which names the jar by its absolute path) share one key.
     */
    static String key(Path settings, Path templates, String classPath) {
        try {
            MessageDigest digest = Sha256.start();
            Sha256.add(digest, FORMAT + "\n" + sameFiles(classPath) + "\n" + Locale.getDefault()
                    + "\n" + TimeZone.getDefault().getID() + "\n");
            digest.update(code());
            // Named as within the project, so that a project moved or checked out elsewhere keeps its key.
            if (Files.isRegularFile(settings)) {
                Sha256.add(digest, settings.getFileName() + "\n");
                digest.update(Files.readAllBytes(settings));
            }
            for (Path template : files(templates)) {
                Sha256.add(digest, "templates/" + templates.relativize(template).toString().replace('\\', '/') + "\n");
                digest.update(Files.readAllBytes(template));
            }
            return Sha256.hex(digest);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "";
        }
    }

    /** Each class path entry as an absolute, normal path, in the order given. */
    private static String sameFiles(String classPath) {
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(java.util.regex.Pattern.quote(java.io.File.pathSeparator))) {
            if (!entry.isEmpty()) entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** The baking code cannot change under a running process: its digest is taken once. */
    private static byte[] code;

    private static synchronized byte[] code() throws IOException, URISyntaxException {
        if (code != null) return code.clone();
        MessageDigest digest = Sha256.start();
        Path location = Path.of(Baker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Path> inputs = Files.isRegularFile(location) ? List.of(location) : files(location.resolve("org/nashra/bake"));
        for (Path input : inputs) {
            Sha256.add(digest, input.toString() + "\n");
            digest.update(Files.readAllBytes(input));
        }
        code = digest.digest();
        return code.clone();
    }

    /** A content file's hash. */
    static String hash(byte[] bytes) {
        return Sha256.of(bytes, 40);
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
