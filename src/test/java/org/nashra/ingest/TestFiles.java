package org.nashra.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where the tests find the project's seeds, and how they read example tables and show invisible characters. */
final class TestFiles {

    private TestFiles() {}

    static Path seeds() {
        return Path.of(System.getProperty("basedir", ".")).resolve("seeds");
    }

    static Path projectFile(String relative) {
        return Path.of(System.getProperty("basedir", ".")).resolve(relative);
    }

    /** Non-comment, non-blank lines of a UTF-8 test resource next to this class, with their 1-based numbers. */
    static List<NumberedLine> tableLines(String resource) {
        List<NumberedLine> lines = new ArrayList<>();
        try (InputStream in = TestFiles.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) lines.add(new NumberedLine(number, line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** Tab-separated rows of a table resource; each row has exactly {@code columns} cells. */
    static List<String[]> rows(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        for (NumberedLine line : tableLines(resource)) {
            String[] cells = line.text().split("\t", -1);
            if (cells.length != columns) {
                throw new IllegalStateException(resource + ":" + line.number() + ": expected " + columns + " tab-separated cells");
            }
            rows.add(cells);
        }
        return rows;
    }

    record NumberedLine(int number, String text) {}

    /** The text with invisible and non-ASCII space characters written as \\uXXXX, for failure messages. */
    static String visible(String text) {
        if (text == null) return "null";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            boolean invisible = type == Character.FORMAT || type == Character.CONTROL
                    || (type == Character.SPACE_SEPARATOR && c != ' ') || type == Character.NON_SPACING_MARK;
            if (invisible) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.toString();
    }
}
