package org.nashra.extract.topics;

import java.util.List;

/**
 * A topic of the editor-owned taxonomy.
 *
 * @param id       stable ASCII id, also the topic page's slug
 * @param evidence Arabic phrases that speak of the topic (matched in normalised form, proclitics allowed)
 * @param broad    a subject too wide to tell one article from another (Sport, Economy): the English headline of
 *                 an article names who it is about rather than such a topic
 */
public record Topic(String id, String nameAr, String nameEn, String descriptionAr, String descriptionEn,
                    List<String> evidence, boolean broad) {

    public Topic {
        evidence = List.copyOf(evidence);
    }

    public Topic(String id, String nameAr, String nameEn, String descriptionAr, String descriptionEn, List<String> evidence) {
        this(id, nameAr, nameEn, descriptionAr, descriptionEn, evidence, false);
    }
}
