package org.nashra.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TokensCliticsSentencesTest {

    static Stream<Arguments> tokens() {
        return SpecTable.cases(TokensCliticsSentencesTest.class, "tokens.txt");
    }

    static Stream<Arguments> clitics() {
        return SpecTable.cases(TokensCliticsSentencesTest.class, "clitics.txt");
    }

    static Stream<Arguments> stemmer() {
        return SpecTable.cases(TokensCliticsSentencesTest.class, "stemmer.txt");
    }

    static Stream<Arguments> sentences() {
        return SpecTable.cases(TokensCliticsSentencesTest.class, "sentences.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokens")
    void tokenise(SpecTable.Case c) {
        List<Tokens.Token> tokens = Tokens.tokenise(c.input());
        String actual = tokens.stream().map(Tokens.Token::text).collect(Collectors.joining(" | "));
        assertEquals(SpecTable.visible(c.expected()), SpecTable.visible(actual), c.toString());
        tokens.forEach(t -> assertEquals(t.text(), c.input().substring(t.start(), t.end()), c + " offsets of " + t));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clitics")
    void stems(SpecTable.Case c) {
        assertEquals(SpecTable.visible(c.expected()), SpecTable.visible(String.join(" | ", Clitics.stems(c.input()))), c.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stemmer")
    void lightStem(SpecTable.Case c) {
        assertEquals(SpecTable.visible(c.expected()), SpecTable.visible(ArabicStemmer.stem(c.input())), c.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void split(SpecTable.Case c) {
        List<Sentences.Sentence> sentences = Sentences.split(c.input());
        String actual = sentences.stream().map(Sentences.Sentence::text).collect(Collectors.joining(" ‖ "));
        assertEquals(SpecTable.visible(c.expected()), SpecTable.visible(actual), c.toString());
        sentences.forEach(s -> assertEquals(s.text(), c.input().substring(s.start(), s.end()), c + " offsets of " + s));
    }

    @Test
    void stopwordsComeFromLuceneInMatchingForm() {
        assertTrue(ArabicStemmer.isStopword("في"));
        assertTrue(ArabicStemmer.isStopword("إلى"));
        assertTrue(ArabicStemmer.isStopword("الى"));
        assertFalse(ArabicStemmer.isStopword("العراق"));
        assertEquals(List.of("تحالف", "دول", "عراق"), ArabicStemmer.contentStems("التحالف الدولي في العراق"));
    }

    @Test
    void oddInputNeverThrows() {
        assertTrue(Tokens.tokenise(null).isEmpty());
        assertTrue(Sentences.split(null).isEmpty());
        assertTrue(Sentences.split(" \n\n ").isEmpty());
        assertTrue(Clitics.stems(null).isEmpty());
        assertEquals("", ArabicStemmer.stem(null));
        Sentences.split("“\"«»”..؟؟\u200f");
        Tokens.tokenise("ـــ\u200c\u200d");
        for (String odd : OddText.samples(20261122L, 1000)) {
            for (Tokens.Token t : Tokens.tokenise(odd)) {
                assertEquals(t.text(), odd.substring(t.start(), t.end()), SpecTable.visible(odd));
                Clitics.stems(t.text());
                ArabicStemmer.stem(t.text());
            }
            for (Sentences.Sentence s : Sentences.split(odd)) {
                assertEquals(s.text(), odd.substring(s.start(), s.end()), SpecTable.visible(odd));
            }
            Normalised n = ArabicText.normaliseWithOffsets(odd);
            assertEquals(n.text(), ArabicText.normaliseForMatching(n.text()), SpecTable.visible(odd));
            ArabicText.quotations(odd).forEach(q -> assertTrue(q.start() < q.end() && q.end() <= odd.length()));
        }
    }

    /** On every seed article, offsets hold and no word is cut by a sentence boundary. */
    @Test
    void seedsKeepOffsetsAndWholeWords() throws IOException {
        Path seeds = Path.of("seeds");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(seeds));
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (Tokens.Token t : Tokens.tokenise(text)) {
                    assertEquals(t.text(), text.substring(t.start(), t.end()));
                }
                List<Sentences.Sentence> sentences = Sentences.split(text);
                for (Sentences.Sentence s : sentences) {
                    assertEquals(s.text(), text.substring(s.start(), s.end()));
                    assertFalse(s.start() > 0 && Character.isLetter(text.charAt(s.start() - 1))
                            && Character.isLetter(text.charAt(s.start())), file + ": word cut at " + s.start());
                }
            }
        }
    }
}
