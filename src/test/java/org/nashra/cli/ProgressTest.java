package org.nashra.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void onATerminalItCountsAndClearsItsLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        progress.start(3);
        for (int i = 0; i < 3; i++) progress.step();
        progress.finish();
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("analysed 3 of 3 articles"), shown);
        assertTrue(shown.endsWith("\r"), "the line is cleared at the end");
    }

    @Test
    void aBakeCountsPages() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        progress.start(2);
        progress.step();
        progress.step();
        progress.finish();
        progress.started(4);
        for (int i = 0; i < 4; i++) progress.baked();
        progress.finished();
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("analysed 2 of 2 articles"), shown);
        assertTrue(shown.contains("baked 4 of 4 pages"), shown);
        assertTrue(shown.endsWith("\r"), "the line is cleared at the end");
    }

    @Test
    void elsewhereItPrintsNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        progress.start(3);
        for (int i = 0; i < 3; i++) progress.step();
        progress.finish();
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
    }
}
