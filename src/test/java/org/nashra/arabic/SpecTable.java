package org.nashra.arabic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Example tables a linguist can read and extend: UTF-8 text, one case a line, {@code input ⇒ expected},
 * '#' starts a comment line. Invisible characters are written as {@code \}{@code uXXXX}, a line break
 * as {@code \}{@code n}. Failures show invisible characters the same way.
 */
public final class SpecTable {

    public static final String ARROW = " ⇒ ";

    private SpecTable() {
    }

    /** One case: its line in the table, input and expected text (escapes decoded). */
    public record Case(String table, int line, String input, String expected) {

        @Override
        public String toString() {
            return table + ":" + line + "  " + visible(input);
        }
    }

    /** The cases of a table next to {@code anchor}, as JUnit arguments. */
    public static Stream<Arguments> cases(Class<?> anchor, String name) {
        return read(anchor, name).stream().map(Arguments::of);
    }

    public static List<Case> read(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing spec table " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Case> cases = new ArrayList<>();
            int lineNo = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int arrow = line.indexOf(ARROW);
                if (arrow < 0) {
                    throw new IllegalStateException(name + ":" + lineNo + " has no ' ⇒ ': " + line);
                }
                cases.add(new Case(name, lineNo, unescape(line.substring(0, arrow)),
                        unescape(line.substring(arrow + ARROW.length()))));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes {@code \}{@code uXXXX} and {@code \}{@code n}. */
    public static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 'n') {
                out.append('\n');
                i++;
            } else if (c == '\\' && i + 5 < s.length() && s.charAt(i + 1) == 'u') {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code s} with invisible and non-ASCII formatting characters shown as {@code \}{@code uXXXX}. */
    public static String visible(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            boolean invisible = type == Character.FORMAT || type == Character.CONTROL
                    || type == Character.NON_SPACING_MARK || (Character.isSpaceChar(c) && c != ' ');
            if (c == '\n') {
                out.append("\\n");
            } else if (invisible) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
