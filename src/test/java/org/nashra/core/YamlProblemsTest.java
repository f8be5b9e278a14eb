package org.nashra.core;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/** A data file an editor broke is named with the line the parser stopped on, in one line of the parser's words. */
class YamlProblemsTest {

    private static final Path FILE = Path.of("data/entities.yml");

    private static YAMLException parsing(String text) {
        return assertThrows(YAMLException.class, () -> new Yaml(new LoaderOptions()).compose(new StringReader(text)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a list left open             | '- id: a\\n  aliases: [x, y\\n- id: b\\n'                  | 3 | expected ',' or ']', but got : (while parsing a flow sequence begun on line 2)
            a list left open at the end  | '- [unclosed'                                        | 1 | expected ',' or ']', but got <stream end> (while parsing a flow sequence)
            a colon in a text            | 'nav_home: Home: page\\n'                            | 1 | mapping values are not allowed here
            a quote left open            | 'title_en: "open\\nsummary_en: x\\n'                 | 3 | found unexpected end of stream (while scanning a quoted scalar begun on line 1)
            an item indented too little  | 'counted:\\n  - x\\n - y\\n'                          | 3 | expected <block end>, but found '<block sequence start>' (while parsing a block mapping begun on line 1)
            a tab for indentation        | 'a: 1\\n\\tb: 2\\n'                                    | 2 | found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation) (while scanning for the next token)
            """)
    void aSyntaxErrorIsOneProblemOnItsLine(String what, String text, int line, String message) {
        Problem problem = YamlProblems.of(FILE, parsing(text.translateEscapes()));
        assertEquals(new Problem(FILE, line, Severity.ERROR, "not valid YAML: " + message), problem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            on the first line                  | 'key: \u0001\\n'                             | 1 | 0001
            after an Arabic line               | 'a: عربي\\nb: x\u0007y\\n'                     | 2 | 0007
            after a name outside the BMP       | 'a: \uD835\uDC00\\nb: 1\\nc: \u001B\\n'          | 3 | 001B
            after lines ended the Windows way  | 'a: 1\\r\\nb: 2\\r\\nc: \u0008\\r\\n'              | 3 | 0008
            """)
    void aControlCharacterIsNamedOnItsLine(String where, String text, int line, String code) {
        String yaml = text.translateEscapes();
        assertEquals(new Problem(FILE, line, Severity.ERROR, "not valid YAML: the control character U+" + code
                + " is not allowed; delete it (it does not show in most editors)"), YamlProblems.of(FILE, parsing(yaml), yaml));
    }

    @Test
    void aControlCharacterInAFileReadThroughAReaderIsNamedOnItsLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("topics.yml"), "- id: a\n  name_ar: \u0007عنوان\n");
        YamlProblems.Unusable unusable = assertThrows(YamlProblems.Unusable.class, () -> YamlProblems.load(file));
        assertEquals(2, unusable.problem().line(), unusable.problem().toString());
    }

    @Test
    void withoutTheTextAControlCharacterIsNamedWithoutALine() {
        assertEquals(0, YamlProblems.of(FILE, parsing("key: \u0001\n")).line());
    }

    @Test
    void aFileThatIsNotUtf8IsToldSo(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("glossary.yml"), "units:\n  كم: km\n".getBytes(java.nio.charset.Charset.forName("windows-1256")));
        YAMLException e = assertThrows(YAMLException.class, () -> {
            try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                new Yaml(new LoaderOptions()).compose(reader);
            }
        });
        assertEquals(Problem.error(file, "not UTF-8 text: save the file as UTF-8"), YamlProblems.of(file, e));
    }
}
