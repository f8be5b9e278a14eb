package org.nashra.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stamp written down as text by one process vouches for the same file, and only for it, in the next. */
class FileStampTest {

    @Test
    void aStampReadBackFromItsTextIsTheSameFileAsTheFileItStampedAndNoOther(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a.md"), "first\n");
        FileStamp live = FileStamp.of(file);
        assumeTrue(live.asText() != null, "this file system gives files a key");
        FileStamp readBack = FileStamp.parse(live.asText());
        assertTrue(readBack.sameFileAs(FileStamp.of(file)));
        assertTrue(FileStamp.of(file).sameFileAs(readBack));
        assertEquals(live.asText(), readBack.asText());

        Files.setLastModifiedTime(file, FileTime.fromMillis(live.modified().toMillis() + 1000));
        assertFalse(readBack.sameFileAs(FileStamp.of(file)), "touched since");
        Files.setLastModifiedTime(file, live.modified());
        assertTrue(readBack.sameFileAs(FileStamp.of(file)), "its time set back, the same file again");
        Files.writeString(file, "second\n");
        Files.setLastModifiedTime(file, live.modified());
        assertFalse(readBack.sameFileAs(FileStamp.of(file)), "another size");
        Path other = Files.writeString(dir.resolve("b.md"), "first\n");
        Files.setLastModifiedTime(other, live.modified());
        assertFalse(readBack.sameFileAs(FileStamp.of(other)), "another file of the same size and time");
        assertThrows(IllegalArgumentException.class, () -> FileStamp.parse("no stamp"));
    }
}
