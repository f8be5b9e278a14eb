package org.nashra.extract.resolve;

import java.util.List;
import java.util.Objects;

import org.nashra.extract.EntityType;

/**
 * One entity of the whole corpus: one id, one page.
 *
 * @param aliasesAr   every Arabic spelling seen in the articles, sorted
 * @param rolesAr     distinct Arabic roles seen, most frequent first
 * @param rolesEn     their English, in the same order
 * @param articleIds  indices of the articles (in the order given to {@link EntityRegistry#build}) that mention it
 */
public record CorpusEntity(String id, EntityType type, String nameAr, String nameEn, boolean englishTransliterated,
                           List<String> aliasesAr, List<String> rolesAr, List<String> rolesEn,
                           List<Integer> articleIds, int mentionCount) {
    public CorpusEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        aliasesAr = List.copyOf(aliasesAr);
        rolesAr = List.copyOf(rolesAr);
        rolesEn = List.copyOf(rolesEn);
        articleIds = List.copyOf(articleIds);
    }
}
