package org.nashra.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cleaned article, as read from one seed file.
 *
 * @param id           stable ASCII id derived from the seed's file name; also the page slug
 * @param source       the seed file
 * @param title        the headline, or a derived one when the text has none
 * @param titleDerived true when the text had no headline and {@code title} was derived from the body
 * @param published    publication date when the text states one; never guessed
 * @param outlet       the publishing outlet when stated
 * @param author       the author when stated
 * @param body         the article's blocks in reading order, boilerplate removed
 * @param removed      the lines removed as boilerplate, verbatim, so a test (or an editor) can see them
 */
public record Article(String id, Path source, String title, boolean titleDerived,
                      Optional<LocalDate> published, Optional<String> outlet, Optional<String> author,
                      List<Block> body, List<String> removed) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(author, "author");
        body = List.copyOf(body);
        removed = List.copyOf(removed);
    }

    /** The same article read from {@code file}: as a project moved or copied elsewhere reads it. */
    public Article withSource(Path file) {
        return new Article(id, file, title, titleDerived, published, outlet, author, body, removed);
    }

    /** The texts of the paragraph blocks only (no subheadings or embedded posts). */
    public List<String> paragraphs() {
        return body.stream().filter(b -> b.kind() == Block.Kind.PARAGRAPH).map(Block::text).toList();
    }
}
