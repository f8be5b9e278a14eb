package org.nashra.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Holds a {@link WindowFeatures} generator's parts to what its {@code createFeatures} gives, as bags. */
final class WindowParts {

    private WindowParts() {}

    /** For every word of every sentence: the word's parts, its neighbours' or the edge's at each offset, and the joint ones. */
    static void assertPartsAreTheFeatures(WindowFeatures generator, List<String[]> sentences) {
        for (String[] sentence : sentences) {
            for (int i = 0; i < sentence.length; i++) {
                List<String> parts = new ArrayList<>();
                generator.wordFeatures(parts, sentence[i]);
                for (int offset = -generator.window(); offset <= generator.window(); offset++) {
                    int j = i + offset;
                    if (offset == 0) continue;
                    if (j < 0 || j >= sentence.length) generator.edgeFeatures(parts, offset);
                    else generator.neighbourFeatures(parts, sentence[j], offset);
                }
                generator.jointFeatures(parts, sentence, i);
                List<String> whole = new ArrayList<>();
                generator.createFeatures(whole, sentence, i, new String[i]);
                Collections.sort(parts);
                Collections.sort(whole);
                assertEquals(whole, parts, String.join(" ", sentence) + " @" + i);
            }
        }
    }
}
