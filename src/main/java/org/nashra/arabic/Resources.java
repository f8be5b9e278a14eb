package org.nashra.arabic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the editable word lists shipped next to the classes: UTF-8, '#' comments, TAB-separated fields. */
final class Resources {

    private Resources() {
    }

    /** The non-blank, non-comment lines of a resource, each split on TAB, with \\uXXXX escapes decoded. */
    static List<List<String>> rows(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + anchor.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<List<String>> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                List<String> fields = new ArrayList<>();
                for (String field : line.split("\t", -1)) {
                    fields.add(unescape(field.strip()));
                }
                rows.add(List.copyOf(fields));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first field of every row. */
    static List<String> words(Class<?> anchor, String name) {
        return rows(anchor, name).stream().map(r -> r.get(0)).toList();
    }

    static String unescape(String s) {
        if (!s.contains("\\u")) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i) && i + 6 <= s.length()) {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
