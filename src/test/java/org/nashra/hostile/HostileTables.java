package org.nashra.hostile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads this package's example tables, and shows invisible characters visibly in failure messages. */
final class HostileTables {

    private HostileTables() {}

    /** Non-blank lines of a UTF-8 resource beside this class that do not start with {@code #}. */
    static List<String> lines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = HostileTables.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** Tab-separated rows; each must have exactly {@code columns} cells. */
    static List<String[]> rows(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(resource)) {
            String[] cells = line.split("\t", -1);
            if (cells.length != columns) {
                throw new IllegalStateException(resource + ": expected " + columns + " tab-separated cells in: " + line);
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Turns {@code \}{@code uXXXX} escapes into the characters they name. */
    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (text.startsWith("\\u", i) && i + 6 <= text.length()) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    /** Shows format and control characters as {@code \}{@code uXXXX}, so a failure message shows what is there. */
    static String visible(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), 2000) + 16);
        for (int i = 0; i < text.length() && out.length() < 2000; i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (type == Character.FORMAT || type == Character.CONTROL || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return text.length() > 2000 ? out + "…" : out.toString();
    }
}
