package org.nashra.extract.topics;

import java.util.List;

/**
 * A topic of the editor-owned taxonomy.
 *
 * @param id       stable ASCII id, also the topic page's slug
 * @param evidence Arabic phrases that speak of the topic (matched in normalised form, proclitics allowed)
 */
public record Topic(String id, String nameAr, String nameEn, String descriptionAr, String descriptionEn,
                    List<String> evidence) {

    public Topic {
        evidence = List.copyOf(evidence);
    }
}
