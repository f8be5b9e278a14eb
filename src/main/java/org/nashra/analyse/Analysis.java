package org.nashra.analyse;

import java.util.List;
import java.util.Objects;

import org.nashra.ingest.Article;

/**
 * Everything known about one article after analysis.
 *
 * @param summary the summary sentences, verbatim from the article, in reading order
 */
public record Analysis(Article article, List<String> summary) {

    public Analysis {
        Objects.requireNonNull(article, "article");
        summary = List.copyOf(summary);
    }
}
