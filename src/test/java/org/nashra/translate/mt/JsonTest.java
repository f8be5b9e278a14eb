package org.nashra.translate.mt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonTest {

    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

    static List<String> lines(String resource) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                JsonTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) lines.add(line);
            }
        }
        return lines;
    }

    static Stream<Arguments> strings() throws IOException {
        return lines("json-strings.txt").stream().map(line -> {
            int at = line.indexOf(" ⇒ ");
            return Arguments.of(unescape(line.substring(0, at)), line.substring(at + 3));
        });
    }

    static Stream<String> malformed() throws IOException {
        return lines("json-malformed.txt").stream();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("strings")
    void writesStringsEscapedAndReadsThemBack(String text, String expected) throws Json.Malformed {
        String expectedJson = unescapeNonAscii(expected);
        assertEquals(visible(expectedJson), visible(Json.write(text)));
        assertEquals(visible(text), visible((String) Json.parse(Json.write(text))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void rejectsWhatIsNotJson(String text) {
        assertThrows(Json.Malformed.class, () -> Json.parse(text));
    }

    @Test
    void readsNestedValues() throws Json.Malformed {
        Object parsed = Json.parse(" {\"choices\": [ {\"message\": {\"content\": \"\\u0627\\u0644\\u0639\\u0631\\u0627\\u0642\\n\"}},"
                + " {\"n\": -1.5e2, \"ok\": true, \"none\": null, \"list\": []}], \"empty\": {}} ");
        assertEquals("العراق\n", Json.at(parsed, "choices", 0, "message", "content"));
        assertEquals(new BigDecimal("-1.5e2"), Json.at(parsed, "choices", 1, "n"));
        assertEquals(Boolean.TRUE, Json.at(parsed, "choices", 1, "ok"));
        assertEquals(List.of(), Json.at(parsed, "choices", 1, "list"));
        assertEquals(Map.of(), Json.at(parsed, "empty"));
        assertEquals(null, Json.at(parsed, "choices", 5, "message"));
        assertEquals(null, Json.at(parsed, "choices", "message"));
    }

    @Test
    void writesObjectsInInsertionOrder() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("q", "نص");
        body.put("temperature", 0);
        body.put("messages", List.of(Map.of("role", "user")));
        body.put("api_key", null);
        assertEquals("{\"q\":\"نص\",\"temperature\":0,\"messages\":[{\"role\":\"user\"}],\"api_key\":null}", Json.write(body));
    }

    /** Turns \\uXXXX in a table's text column into the character. */
    static String unescape(String s) {
        Matcher m = ESCAPE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        m.appendTail(out);
        return out.toString();
    }

    /** In the expected JSON, bidi marks are written as escapes for legibility but are emitted raw. */
    private static String unescapeNonAscii(String json) {
        Matcher m = ESCAPE.matcher(json);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int c = Integer.parseInt(m.group(1), 16);
            boolean raw = c == 0x200e || c == 0x200f;
            m.appendReplacement(out, Matcher.quoteReplacement(raw ? String.valueOf((char) c) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String visible(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x200b && c <= 0x200f) || (c >= 0x2028 && c <= 0x202e)
                    || Character.isSurrogate(c)) {
                out.append(String.format("<U+%04X>", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
