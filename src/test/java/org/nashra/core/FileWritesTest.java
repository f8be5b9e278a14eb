package org.nashra.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole or not at all: a replaced file holds the new bytes, a failed write leaves the old ones, no temporary stays. */
class FileWritesTest {

    @TempDir
    Path dir;

    private List<Path> left() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }

    @Test
    void textIsWrittenAsUtf8IntoANewFileAndOverAnOldOne() throws IOException {
        Path file = dir.resolve("page.md");
        FileWrites.replace(file, "نشرة one");
        assertEquals("نشرة one", Files.readString(file, StandardCharsets.UTF_8));
        FileWrites.replace(file, "two");
        assertEquals("two", Files.readString(file));
        assertEquals(List.of(Path.of("page.md")), left());
    }

    @Test
    void aWriterGetsItsFolderMadeAndItsBytesWrittenWhole() throws IOException {
        Path file = dir.resolve("a/b/plans.json");
        byte[] big = "x".repeat(200_000).getBytes(StandardCharsets.US_ASCII);
        FileWrites.replace(file, out -> out.write(big));
        assertEquals(200_000, Files.size(file));
        assertEquals(List.of(Path.of("a/b/plans.json")), left());
    }

    @Test
    void aWriterThatFailsLeavesTheOldFileAndNoTemporary() throws IOException {
        Path file = dir.resolve("facts.json");
        Files.writeString(file, "old");
        IOException failure = assertThrows(IOException.class, () -> FileWrites.replace(file, out -> {
            out.write("half".getBytes(StandardCharsets.US_ASCII));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", failure.getMessage());
        assertEquals("old", Files.readString(file));
        assertEquals(List.of(Path.of("facts.json")), left());
    }

    @Test
    void aFileThatCannotBeWrittenIsReportedAndNothingStays() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder"));
        // A folder where the file should go: the rename fails, and the temporary is removed.
        assertThrows(IOException.class, () -> FileWrites.replace(folder, "text"));
        assertTrue(Files.isDirectory(folder));
        assertEquals(List.of(), left());
    }

    @Test
    void newFoldersNeverShareAName() throws IOException {
        Path one = FileWrites.newFolder(dir, ".site-");
        Path two = FileWrites.newFolder(dir, ".site-");
        assertTrue(Files.isDirectory(one) && Files.isDirectory(two));
        assertTrue(one.getFileName().toString().startsWith(".site-"));
        assertTrue(!one.equals(two));
    }
}
