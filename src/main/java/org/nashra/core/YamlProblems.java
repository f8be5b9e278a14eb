package org.nashra.core;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * A YAML file that does not parse, as one problem an editor can act on: on the line where the parser gave
 * up, in the parser's words, without the excerpt of the text it prints (whose caret means nothing on one line).
 */
public final class YamlProblems {

    private YamlProblems() {}

    /** A data file that cannot be used, with the one problem that says why. */
    public static final class Unusable extends Exception {
        private final transient Problem problem;

        Unusable(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** The file's YAML as plain values (maps, lists, text, numbers), made by SnakeYAML's safe constructor; null when empty. */
    public static Object load(Path file) throws Unusable {
        return read(file, reader -> new Yaml(new SafeConstructor(new LoaderOptions())).load(reader));
    }

    /** The file's YAML as nodes, which know their lines; null when empty. */
    public static Node compose(Path file) throws Unusable {
        return read(file, reader -> new Yaml(new LoaderOptions()).compose(reader));
    }

    private static <T> T read(Path file, java.util.function.Function<Reader, T> parse) throws Unusable {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse.apply(reader);
        } catch (YAMLException e) {
            throw new Unusable(ofFile(file, e));
        } catch (IOException e) {
            throw new Unusable(unreadable(file, e));
        } catch (RuntimeException e) {
            throw new Unusable(Problem.error(file, "cannot read: " + oneLine(e.getMessage())));
        }
    }

    /**
     * {@code data/entities.yml:769: error: not valid YAML: expected ',' or ']', but got <stream end> (while
     * parsing a flow sequence begun on line 768)}.
     */
    public static Problem of(Path file, YAMLException e) {
        return of(file, e, null);
    }

    /** As {@link #of(Path, YAMLException)}, for YAML read from {@code file}, which is read again to place a character on its line. */
    public static Problem ofFile(Path file, YAMLException e) {
        return of(file, e, e instanceof ReaderException ? textOf(file) : null);
    }

    /**
     * As {@link #of(Path, YAMLException)}, for the YAML {@code text} (null: not at hand): a character YAML does not
     * allow, which the parser places only by its number in the text, is told on its line.
     */
    public static Problem of(Path file, YAMLException e, String text) {
        if (e instanceof ReaderException unprintable) {
            String message = String.format(java.util.Locale.ROOT, "not valid YAML: the control character U+%04X is not allowed;"
                    + " delete it (it does not show in most editors)", unprintable.getCodePoint());
            int line = text == null ? 0 : lineOf(text, unprintable.getPosition());
            return line > 0 ? Problem.error(file, line, message) : Problem.error(file, message);
        }
        if (e instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark at = marked.getProblemMark();
            StringBuilder message = new StringBuilder("not valid YAML: ").append(oneLine(marked.getProblem()));
            if (marked.getContext() != null) {
                message.append(" (").append(oneLine(marked.getContext()));
                Mark begun = marked.getContextMark();
                if (begun != null && begun.getLine() != at.getLine()) message.append(" begun on line ").append(begun.getLine() + 1);
                message.append(')');
            }
            return Problem.error(file, at.getLine() + 1, message.toString());
        }
        if (e.getCause() instanceof CharacterCodingException) return notUtf8(file);
        return Problem.error(file, "not valid YAML: " + oneLine(e.getMessage()));
    }

    /** A data file that cannot be read: one that is not UTF-8 is told so, others with what the system says. */
    public static Problem unreadable(Path file, IOException e) {
        if (e instanceof CharacterCodingException) return notUtf8(file);
        return Problem.error(file, "cannot read: " + oneLine(String.valueOf(e.getMessage())));
    }

    /** The line (from 1) of the code point at {@code position}, lines ending as YAML ends them; 0 past the end. */
    static int lineOf(String text, int position) {
        int line = 1;
        int at = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1), at++) {
            if (at == position) return line;
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) line++;
        }
        return 0;
    }

    private static String textOf(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Problem notUtf8(Path file) {
        return Problem.error(file, "not UTF-8 text: save the file as UTF-8");
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
