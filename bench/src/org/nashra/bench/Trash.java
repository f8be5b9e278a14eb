package org.nashra.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Folders a measure's set-up would delete, moved aside instead and deleted once every measure is done. This
 * machine's file system (ext4 without a journal) steps over inodes freed in the last minutes when it makes new
 * ones, so a build started right after the previous run's 25,000 files were deleted paid for that deletion: up to
 * 6 % of a full build's CPU went to the kernel's check of recently freed inodes (docs/PERFORMANCE.md).
 */
final class Trash {

    private final Path dir;
    private int moved;

    Trash(Path work) {
        this.dir = work.resolve(".trash");
    }

    /** Moves {@code folder}, if it exists, out of the way; it must be on the same file system as the trash. */
    void discard(Path folder) {
        if (!Files.exists(folder)) return;
        try {
            Files.createDirectories(dir);
            Files.move(folder, dir.resolve(moved++ + "-" + folder.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes what was discarded. */
    void empty() {
        Corpus.deleteTree(dir);
    }
}
