package org.nashra.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChunksTest {

    @Test
    void aShortBlockIsOneChunk() {
        assertEquals(1, Analyser.chunks("قال الوزير إن الاجتماع انتهى.").size());
    }

    @Test
    void aHugeBlockIsCutIntoBoundedChunksThatCoverItExactly() {
        String block = "كلمة ".repeat(5000) + "انتهى. " + "وقال الرئيس إن الوضع مستقر. ".repeat(400);
        List<int[]> chunks = Analyser.chunks(block);
        int at = 0;
        for (int[] c : chunks) {
            assertEquals(at, c[0], "chunks follow each other without gaps");
            assertTrue(c[1] - c[0] <= Analyser.MAX_CHUNK, "chunk of " + (c[1] - c[0]));
            at = c[1];
        }
        assertEquals(block.length(), at);
    }
}
