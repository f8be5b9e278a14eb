package org.nashra.summarise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the package's UTF-8 word lists: one entry a line, {@code #} starts a comment line. */
final class Resources {

    private Resources() {}

    static List<String> lines(Class<?> owner, String name) {
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("missing resource " + name);
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) lines.add(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
        return List.copyOf(lines);
    }
}
