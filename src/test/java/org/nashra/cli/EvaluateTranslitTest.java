package org.nashra.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code nashra eval translit --model FILE} measures a model the trainer wrote, as the shipped one is measured. */
class EvaluateTranslitTest {

    @TempDir
    Path dir;

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommandLine cli = new CommandLine(new Nashra());
        cli.setOut(new java.io.PrintWriter(new PrintStream(out, true, StandardCharsets.UTF_8), true));
        cli.setErr(new java.io.PrintWriter(new PrintStream(out, true, StandardCharsets.UTF_8), true));
        int code = cli.execute(args);
        return code + " " + out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aModelFileIsMeasuredLikeTheShippedOne() throws IOException {
        Path pairs = dir.resolve("pairs.tsv");
        Files.writeString(pairs, "مصطفى\tmustafa\nهدى\thuda\nمارتن\tmartin\nبرنين\tbrennan\n", StandardCharsets.UTF_8);
        Path model = dir.resolve("model.tsv.gz");
        try (InputStream in = org.nashra.translate.names.Transliterator.class.getResourceAsStream("translit-model.tsv.gz")) {
            Files.write(model, in.readAllBytes());
        }
        String shipped = run("eval", "translit", pairs.toString());
        assertTrue(shipped.startsWith("0 ") && shipped.contains("pairs 4"), shipped);
        assertEquals(shipped, run("eval", "translit", pairs.toString(), "--model", model.toString()));
        String missing = run("eval", "translit", pairs.toString(), "--model", dir.resolve("none.gz").toString());
        assertTrue(missing.startsWith("1 ") && missing.contains("none.gz: error: no such file"), missing);
    }
}
