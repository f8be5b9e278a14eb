package org.nashra.extract.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads the " | "-separated example tables of these tests; shows invisible characters as escapes. */
final class SpecLines {

    private SpecLines() {}

    /** Each non-comment line of a test resource, split on " | " into trimmed, unescaped columns. */
    static List<String[]> read(String resource) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = SpecLines.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("missing test resource " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] columns = line.split(" \\| ", -1);
                for (int i = 0; i < columns.length; i++) columns[i] = unescape(columns[i].strip());
                rows.add(columns);
            }
        }
        return rows;
    }

    static String unescape(String s) {
        Matcher m = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) m.appendReplacement(b, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        m.appendTail(b);
        return b.toString();
    }

    /** The text with invisible and non-ASCII-space characters written as \\uXXXX, for failure messages. */
    static String visible(String s) {
        return s.chars().mapToObj(c -> {
            int type = Character.getType(c);
            boolean invisible = type == Character.FORMAT || type == Character.CONTROL || (Character.isSpaceChar(c) && c != ' ');
            return invisible ? String.format("\\u%04x", c) : String.valueOf((char) c);
        }).collect(Collectors.joining());
    }

    static String describe(List<DateMention> mentions) {
        return mentions.stream().map(m -> "[" + visible(m.surface()) + "] " + m.start() + "-" + m.end() + " = "
                + m.value().map(Object::toString).orElse("-")).collect(Collectors.joining("; ", "{", "}"));
    }
}
