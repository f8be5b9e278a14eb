package org.nashra.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A throwaway project folder holding the real templates, assets, settings and UI strings. */
public final class FixtureProject {

    private FixtureProject() {}

    /** Copies what a bake needs from the working project into {@code dir}. */
    public static Path create(Path dir) {
        Path project = Path.of("").toAbsolutePath();
        try {
            for (String folder : new String[] {"templates", "assets", "data"}) {
                copyTree(project.resolve(folder), dir.resolve(folder));
            }
            Files.copy(project.resolve("jbake.properties"), dir.resolve("jbake.properties"));
            // The search indexer (Pagefind, from npm) is linked in when installed, so fixture sites get search too.
            if (Files.isDirectory(project.resolve("node_modules"))) {
                Files.createSymbolicLink(dir.resolve("node_modules"), project.resolve("node_modules"));
            }
            Files.createDirectories(dir.resolve("content"));
            Files.createDirectories(dir.resolve("seeds"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) return;
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
