package org.nashra.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Markdown.html: text escaped for raw HTML inside Markdown, folded onto one line. */
class MarkdownTest {

    @ParameterizedTest(name = "[{index}] «{0}» ⇒ «{1}»")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            بغداد                          | بغداد
            وزير الخارجية العراقي           | وزير الخارجية العراقي
            ^^                              | ^^
            ^ بغداد^                        | بغداد
            ^بغداد ^                        | بغداد
            ^بغداد   القاهرة^               | بغداد القاهرة
            a & b                           | a &amp; b
            <script>                        | &lt;script&gt;
            ^قال "نعم" و'لا'^               | قال &quot;نعم&quot; و&#39;لا&#39;
            [link](x)                       | &#91;link&#93;(x)
            *bold* _it_ `code` \\           | &#42;bold&#42; &#95;it&#95; &#96;code&#96; &#92;
            """)
    void escapesAndFolds(String text, String expected) {
        assertEquals(expected, Markdown.html(text));
    }

    @Test
    void blanksOfEveryKindFoldToOneSpace() {
        for (char blank : new char[] {'\t', '\n', '\r', '\u000b', '\u2028', '\u2029', '\u0085', '\u00a0', '\u0000', '\u001f'}) {
            assertEquals("أ ب", Markdown.html("أ" + blank + "ب"), () -> "U+" + Integer.toHexString(blank));
            assertEquals("أ ب", Markdown.html("أ " + blank + "ب"), () -> "U+" + Integer.toHexString(blank) + " after a space");
            assertEquals("أ", Markdown.html(blank + "أ" + blank), () -> "U+" + Integer.toHexString(blank) + " at the ends");
        }
    }

    /** Random text of letters, spaces, blanks and special characters: what escaping every character, then folding, gives. */
    @Test
    void randomTextIsWhatEscapingThenFoldingGives() {
        String alphabet = "اب z1 \t\n\u00a0\u2028&<>\"'\\[]*_`#!|~";
        Random random = new Random(20241205L);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(12); length > 0; length--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            assertEquals(escapedThenFolded(text.toString()), Markdown.html(text.toString()), () -> "«" + text + "»");
        }
    }

    private static String escapedThenFolded(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                case '\\' -> "&#92;";
                case '[' -> "&#91;";
                case ']' -> "&#93;";
                case '*' -> "&#42;";
                case '_' -> "&#95;";
                case '`' -> "&#96;";
                default -> String.valueOf(c);
            };
            out.append(entity);
        }
        return Text.singleLine(out.toString());
    }
}
