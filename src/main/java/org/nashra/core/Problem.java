package org.nashra.core;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something wrong with one input file. Stages return problems instead of throwing or logging,
 * so that one bad article never stops the others and nothing is silently dropped.
 *
 * @param line 1-based line in {@code file}, or 0 when the problem concerns the whole file
 */
public record Problem(Path file, int line, Severity severity, String message) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(Path file, String message) {
        return new Problem(file, 0, Severity.ERROR, message);
    }

    public static Problem error(Path file, int line, String message) {
        return new Problem(file, line, Severity.ERROR, message);
    }

    public static Problem warning(Path file, String message) {
        return new Problem(file, 0, Severity.WARNING, message);
    }

    public static Problem warning(Path file, int line, String message) {
        return new Problem(file, line, Severity.WARNING, message);
    }

    public boolean isError() { return severity == Severity.ERROR; }

    /** Compiler-style line: {@code seeds/x.txt:3: error: message}. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file.toString();
        return where + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
