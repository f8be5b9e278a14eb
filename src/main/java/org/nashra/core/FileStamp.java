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
        return of(Files.readAttributes(file, BasicFileAttributes.class));
    }

    /** The stamp in attributes already read. */
    public static FileStamp of(BasicFileAttributes a) {
        return new FileStamp(a.fileKey(), a.size(), a.lastModifiedTime());
    }

    /**
     * The stamp as text that a later process can compare (file keys are objects of one file system and
     * process); null without a file key.
     */
    public String asText() {
        return fileKey == null ? null : fileKey + "|" + size + "|" + modified;
    }

    /**
     * A stamp from its {@link #asText}, as an earlier process took it; its file key is that text, which
     * {@link #sameFileAs} compares with a file key's own text.
     */
    public static FileStamp parse(String text) {
        int last = text.lastIndexOf('|');
        int middle = last < 0 ? -1 : text.lastIndexOf('|', last - 1);
        if (middle <= 0) throw new IllegalArgumentException("not a file stamp: " + text);
        return new FileStamp(text.substring(0, middle), Long.parseLong(text.substring(middle + 1, last)),
                FileTime.from(java.time.Instant.parse(text.substring(last + 1))));
    }

    /**
     * True when this stamp has a file key and equals the other: the file is the one stamped before. A stamp
     * read back from text ({@link #parse}) is the same file as a live one whose key has that text.
     */
    public boolean sameFileAs(FileStamp other) {
        if (fileKey == null || other == null || other.fileKey == null) return false;
        if (size != other.size || !modified.equals(other.modified)) return false;
        return fileKey.equals(other.fileKey)
                || (fileKey instanceof String || other.fileKey instanceof String) && fileKey.toString().equals(other.fileKey.toString());
    }
}
