package org.nashra.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        replace(target.toAbsolutePath().getParent(), target, out -> out.write(bytes));
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
        replace(parent, target, out -> {
            try (java.io.OutputStream buffered = new java.io.BufferedOutputStream(out, 1 << 16)) {
                writing.to(buffered);
            }
        });
    }

    private static void replace(Path parent, Path target, Writing writing) throws IOException {
        Path temp = null;
        try {
            // Made and opened at once (O_CREAT|O_EXCL), never opened again to truncate: on ext4 a file truncated
            // to nothing is written out to disk as it is closed (its auto_da_alloc safeguard), and the build
            // would wait for each file's disk write (a spot check in docs/PERFORMANCE-HISTORY.md).
            while (temp == null) {
                Path name = parent.resolve("." + target.getFileName() + "-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
                try (java.io.OutputStream out = Files.newOutputStream(name, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    temp = name;
                    writing.to(out);
                } catch (FileAlreadyExistsException taken) {
                    if (temp != null) throw taken;
                    // another name
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            if (temp != null) Files.deleteIfExists(temp);
        }
    }

    /** A new, empty folder in {@code parent} whose name starts with {@code prefix}. */
    public static Path newFolder(Path parent, String prefix) throws IOException {
        while (true) {
            Path path = parent.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
            try {
                return Files.createDirectory(path);
            } catch (FileAlreadyExistsException taken) {
                // another name
            }
        }
    }
}
