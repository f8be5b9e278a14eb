package org.nashra.summarise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HeadlineDeriverTest {

    private final HeadlineDeriver deriver = new HeadlineDeriver();

    static Stream<Arguments> headlines() throws IOException {
        return Cases.read("headlines.txt", "⇒").stream();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("headlines")
    void derivesAShortFaithfulHeadline(String sentence, String expected) {
        Optional<String> want = expected.equals("(none)") ? Optional.empty() : Optional.of(expected);
        Optional<String> got = deriver.derive(sentence);
        assertEquals(want.map(Cases::visible), got.map(Cases::visible), () -> Cases.visible(sentence));
    }

    @Test
    void everySeedGetsAHeadlineMadeOfItsOwnWords() throws IOException {
        TextRankSummariser summariser = new TextRankSummariser();
        for (String file : SeedArticles.seedFiles()) {
            SeedArticles.Seed seed = SeedArticles.read(file);
            Summary summary = summariser.summarise(seed.sentences());
            String headline = deriver.derive(summary).orElseThrow(() -> new AssertionError(file + ": no headline"));
            int words = headline.split(" ").length;
            assertTrue(words >= 2 && words <= 12, file + ": " + words + " words: " + headline);
            assertTrue(Character.isLetterOrDigit(headline.codePointBefore(headline.length()))
                    || "\"”»)".indexOf(headline.charAt(headline.length() - 1)) >= 0, file + ": ends badly: " + Cases.visible(headline));
            String opening = summary.sentences().get(0).text();
            for (String word : headline.replaceAll("[\"“”«»()]", "").split(" ")) {
                assertTrue(opening.contains(word), file + ": '" + word + "' is not in " + opening);
            }
        }
    }

    @Test
    void anEmptySummaryHasNoHeadline() {
        assertEquals(Optional.empty(), deriver.derive(Summary.empty()));
        assertEquals(Optional.empty(), deriver.derive(new Summary(List.of(), List.of())));
        assertEquals(Optional.empty(), deriver.derive((Summary) null));
        assertEquals(Optional.empty(), deriver.derive((String) null));
    }
}
