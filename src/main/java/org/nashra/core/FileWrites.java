package org.nashra.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes that a reader never sees half done, into files and folders with the permissions any new file
 * or folder gets (the process's umask), so a published site is readable by the web server and by a
 * copy to hosting. {@code Files.createTempFile} and {@code createTempDirectory} make owner-only ones.
 */
public final class FileWrites {

    private FileWrites() {}

    /** Writes {@code text} (UTF-8) to {@code target} whole or not at all: into a new file beside it, renamed over it. */
    public static void replace(Path target, String text) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Path temp = fresh(parent, "." + target.getFileName() + "-", ".tmp", false);
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** What writes the bytes of a file. */
    @FunctionalInterface
    public interface Writing {
        void to(java.io.OutputStream out) throws IOException;
    }

    /**
     * Writes what {@code writing} writes to {@code target}, whole or not at all, as {@link #replace(Path, String)}
     * does; the folder is made if missing.
     */
    public static void replace(Path target, Writing writing) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = fresh(parent, "." + target.getFileName() + "-", ".tmp", false);
        try {
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                writing.to(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A new, empty folder in {@code parent} whose name starts with {@code prefix}. */
    public static Path newFolder(Path parent, String prefix) throws IOException {
        return fresh(parent, prefix, "", true);
    }

    private static Path fresh(Path parent, String prefix, String suffix, boolean folder) throws IOException {
        while (true) {
            Path path = parent.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + suffix);
            try {
                return folder ? Files.createDirectory(path) : Files.createFile(path);
            } catch (FileAlreadyExistsException taken) {
                // another name
            }
        }
    }
}
