package org.nashra.arabic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures sentence splitting on ANERcorp (../shared/data/ner, skipped when absent): its sentences are
 * glued back into running text (punctuation attached the usual way), 25 sentences at a time, and the
 * sentence ends Sentences.split finds are compared with the corpus's own.
 */
class SentencesOnAnercorpTest {

    private static final Path CORPUS = Path.of("..", "shared", "data", "ner", "anercorp-camel-train.txt");
    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", "،", "؛", "؟", "?", "!", ":", ")", "]", "»", "”", "%");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "«", "“");

    @Test
    void sentenceEndsAgreeWithTheCorpus() throws IOException {
        Assumptions.assumeTrue(Files.exists(CORPUS));
        List<List<String>> sentences = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    sentences.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line.split("\\s+")[0]);
            }
        }
        int truePositives = 0;
        int found = 0;
        int gold = 0;
        for (int from = 0; from < sentences.size(); from += 25) {
            StringBuilder text = new StringBuilder();
            Set<Integer> goldEnds = new TreeSet<>();
            boolean openStraightQuote = false;
            for (List<String> sentence : sentences.subList(from, Math.min(sentences.size(), from + 25))) {
                for (String token : sentence) {
                    boolean attach = NO_SPACE_BEFORE.contains(token) || (token.equals("\"") && openStraightQuote);
                    if (text.length() > 0 && !attach && !NO_SPACE_AFTER.contains(String.valueOf(text.charAt(text.length() - 1)))
                            && !(text.charAt(text.length() - 1) == '"' && openStraightQuote)) {
                        text.append(' ');
                    }
                    if (token.equals("\"")) {
                        openStraightQuote = !openStraightQuote;
                    }
                    text.append(token);
                }
                goldEnds.add(text.length());
            }
            Set<Integer> ends = new TreeSet<>();
            for (Sentences.Sentence s : Sentences.split(text.toString())) {
                ends.add(s.end());
            }
            gold += goldEnds.size();
            found += ends.size();
            for (int end : ends) {
                if (goldEnds.contains(end)) {
                    truePositives++;
                }
            }
        }
        double precision = (double) truePositives / found;
        double recall = (double) truePositives / gold;
        double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf("ANERcorp sentence ends: %d gold, %d found, precision %.3f, recall %.3f, F1 %.3f%n",
                gold, found, precision, recall, f1);
        assertTrue(f1 >= 0.93, "sentence-end F1 " + f1);
    }
}
