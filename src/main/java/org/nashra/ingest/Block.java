package org.nashra.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * One block of a cleaned article body.
 *
 * @param kind        paragraph, in-body subheading, or an embedded post (a quoted tweet and the like)
 * @param text        the block's text, trimmed, never blank
 * @param attribution for an embedded post, its attribution line ({@code — name (@handle) date}); empty otherwise
 * @param line        1-based line of the seed file the block starts on
 */
public record Block(Kind kind, String text, Optional<String> attribution, int line) {

    public enum Kind { PARAGRAPH, SUBHEADING, EMBEDDED_POST }

    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(attribution, "attribution");
    }

    public static Block paragraph(String text, int line) {
        return new Block(Kind.PARAGRAPH, text, Optional.empty(), line);
    }

    public static Block subheading(String text, int line) {
        return new Block(Kind.SUBHEADING, text, Optional.empty(), line);
    }

    public static Block embeddedPost(String text, String attribution, int line) {
        return new Block(Kind.EMBEDDED_POST, text, Optional.of(attribution), line);
    }
}
