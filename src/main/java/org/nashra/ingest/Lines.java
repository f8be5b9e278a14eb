package org.nashra.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Line-level text helpers: splitting on any line ending, trimming spaces and junk invisible marks. */
final class Lines {

    private static final Pattern LINE_END = Pattern.compile("\r\n|\r|\n");

    private Lines() {}

    /** Splits on CRLF, LF or CR; a final line ending does not start an extra line. */
    static List<String> split(String text) {
        List<String> lines = new ArrayList<>(List.of(LINE_END.split(text, -1)));
        if (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** Space for trimming and blank-line purposes: Unicode white space and space separators (no-break space too). */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** Marks that carry no text at a line's edge: byte order mark, left-to-right and right-to-left marks. */
    static boolean isEdgeMark(char c) {
        return c == '\uFEFF' || c == '\u200E' || c == '\u200F';
    }

    /** The line without leading and trailing spaces and edge marks; marks inside the line are kept. */
    static String trim(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && (isSpace(line.charAt(start)) || isEdgeMark(line.charAt(start)))) start++;
        while (end > start && (isSpace(line.charAt(end - 1)) || isEdgeMark(line.charAt(end - 1)))) end--;
        return line.substring(start, end);
    }

    static boolean isBlank(String line) {
        return trim(line).isEmpty();
    }

    static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isSpace(text.charAt(i));
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }
}
