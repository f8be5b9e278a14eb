package org.nashra.extract.topics;

import java.util.List;

/**
 * A topic of the editor-owned taxonomy.
 *
 * @param id       stable ASCII id, also the topic page's slug
 * @param evidence Arabic phrases that speak of the topic (matched in normalised form, proclitics allowed)
 * @param broad    a subject too wide to tell one article from another (Sport, Economy): the English headline of
 *                 an article names who it is about rather than such a topic
 * @param supporting phrases that speak of the topic only beside one of its evidence phrases: المرحلة الأولى is a
 *                 phase of the coalition's mission in an article about it, and of any factory elsewhere
 */
public record Topic(String id, String nameAr, String nameEn, String descriptionAr, String descriptionEn,
                    List<String> evidence, boolean broad, List<String> supporting) {

    public Topic {
        evidence = List.copyOf(evidence);
        supporting = List.copyOf(supporting);
    }

    public Topic(String id, String nameAr, String nameEn, String descriptionAr, String descriptionEn, List<String> evidence, boolean broad) {
        this(id, nameAr, nameEn, descriptionAr, descriptionEn, evidence, broad, List.of());
    }

    public Topic(String id, String nameAr, String nameEn, String descriptionAr, String descriptionEn, List<String> evidence) {
        this(id, nameAr, nameEn, descriptionAr, descriptionEn, evidence, false);
    }
}
