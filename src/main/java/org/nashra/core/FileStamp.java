package org.nashra.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * What the file system says of a file without reading it: its identity (inode), size and modification
 * time. Nashra replaces a file whenever it writes one, so an equal stamp with a file key means the same
 * bytes; without a file key a stamp proves nothing.
 */
public record FileStamp(Object fileKey, long size, FileTime modified) {

    public static FileStamp of(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileStamp(a.fileKey(), a.size(), a.lastModifiedTime());
    }

    /**
     * The stamp as text that a later process can compare (file keys are objects of one file system and
     * process); null without a file key.
     */
    public String asText() {
        return fileKey == null ? null : fileKey + "|" + size + "|" + modified;
    }

    /** True when this stamp has a file key and equals the other: the file is the one stamped before. */
    public boolean sameFileAs(FileStamp other) {
        return fileKey != null && equals(other);
    }
}
