package org.nashra.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nashra.core.Problem;

/**
 * The outcome of reading one seed file: the article when one could be read, and every problem found.
 * An article is absent exactly when there is at least one error.
 */
public record IngestResult(Path source, Optional<Article> article, List<Problem> problems) {

    public IngestResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(article, "article");
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
