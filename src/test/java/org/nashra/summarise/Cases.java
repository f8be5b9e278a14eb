package org.nashra.summarise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.provider.Arguments;

/** Reads the example tables under src/test/resources: one case a line, {@code #} comments, a separator. */
final class Cases {

    private Cases() {}

    static List<Arguments> read(String resource, String separator) throws IOException {
        var in = Cases.class.getResourceAsStream(resource);
        if (in == null) throw new IOException("missing test table " + resource);
        List<Arguments> cases = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int at = line.indexOf(separator);
                if (at < 0) throw new IOException(resource + ": no '" + separator + "' in: " + line);
                cases.add(Arguments.of(line.substring(0, at).strip(), line.substring(at + separator.length()).strip()));
            }
        }
        return cases;
    }

    /** The text with every character outside printable ASCII and Arabic letters shown as a \\u escape. */
    static String visible(String text) {
        return text.codePoints().mapToObj(c -> (c >= 0x20 && c < 0x7f) || Character.isLetterOrDigit(c) && c > 0x600 && c < 0x700
                        || c == ' ' || c == '،' ? Character.toString(c) : String.format("\\u%04x", c))
                .collect(Collectors.joining());
    }
}
