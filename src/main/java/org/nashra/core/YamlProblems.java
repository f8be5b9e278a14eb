package org.nashra.core;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A YAML file that does not parse, as one problem an editor can act on: on the line where the parser gave
 * up, in the parser's words, without the excerpt of the text it prints (whose caret means nothing on one line).
 */
public final class YamlProblems {

    private YamlProblems() {}

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
