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
            throw new Unusable(of(file, e));
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

    private static Problem notUtf8(Path file) {
        return Problem.error(file, "not UTF-8 text: save the file as UTF-8");
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
