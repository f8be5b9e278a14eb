package org.nashra.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.nashra.arabic.ArabicText;
import org.nashra.arabic.Normalised;
import org.nashra.arabic.Sentences;
import org.nashra.arabic.Tokens;

/**
 * Any text through the Arabic text functions: offsets always point into the original text, in order,
 * and every span's text is exactly the original between its offsets. The bytes are read both as UTF-8
 * and as UTF-16, so that lone surrogates and every code unit are tried too.
 */
class ArabicTextFuzzTest {

    static {
        Replay.withoutAgentUnlessFuzzing();
    }

    @FuzzTest(maxDuration = "10s")
    void offsetsStayInRange(byte[] bytes) {
        for (String text : readings(bytes)) {
            Normalised normalised = ArabicText.normaliseWithOffsets(text);
            assertEquals(text, normalised.original());
            int length = text.length();
            int previous = 0;
            for (int i = 0; i <= normalised.text().length(); i++) {
                int start = normalised.originalStart(i);
                int end = normalised.originalEnd(i);
                assertTrue(start >= 0 && start <= length, "start " + start + " at " + i);
                assertTrue(end >= 0 && end <= length, "end " + end + " at " + i);
                assertTrue(start >= previous, "starts never go back: " + start + " after " + previous);
                previous = start;
            }
            assertEquals(ArabicText.normaliseForMatching(text), normalised.text());
        }
    }

    @FuzzTest(maxDuration = "10s")
    void sentencesCoverTheirOwnText(byte[] bytes) {
        for (String text : readings(bytes)) {
            int previousEnd = 0;
            for (Sentences.Sentence sentence : Sentences.split(text)) {
                assertTrue(sentence.start() >= previousEnd && sentence.start() < sentence.end() && sentence.end() <= text.length(),
                        sentence + " after " + previousEnd + " in " + text.length());
                assertEquals(text.substring(sentence.start(), sentence.end()), sentence.text());
                previousEnd = sentence.end();
            }
            previousEnd = 0;
            for (Tokens.Token token : Tokens.tokenise(text)) {
                assertTrue(token.start() >= previousEnd && token.start() < token.end() && token.end() <= text.length(), token.toString());
                assertEquals(text.substring(token.start(), token.end()), token.text());
                previousEnd = token.end();
            }
            for (ArabicText.Quotation quotation : ArabicText.quotations(text)) {
                assertTrue(quotation.start() >= 0 && quotation.start() < quotation.end() && quotation.end() <= text.length(), quotation.toString());
            }
        }
    }

    static List<String> readings(byte[] bytes) {
        return List.of(new String(bytes, StandardCharsets.UTF_8), new String(bytes, StandardCharsets.UTF_16LE));
    }
}
