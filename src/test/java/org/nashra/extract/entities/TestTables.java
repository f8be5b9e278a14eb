package org.nashra.extract.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the example tables of these tests: UTF-8, tab-separated, {@code #} comment lines. */
final class TestTables {

    private TestTables() {}

    static List<String[]> rows(String resource) {
        try (InputStream in = TestTables.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " missing");
            List<String[]> rows = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    rows.add(line.split("\t"));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text with invisible and non-ASCII-format characters shown as escapes, for failure messages. */
    static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.FORMAT || type == Character.CONTROL || type == Character.NON_SPACING_MARK
                    || (Character.isWhitespace(cp) && cp != ' ')) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
