package org.nashra.extract.resolve;

import java.util.List;
import java.util.Objects;

import org.nashra.extract.EntityType;
import org.nashra.extract.Mention;

/**
 * One entity as an article refers to it: its site-wide id, names, every mention of it in the
 * article (full names, surnames, variants) and the roles written before those mentions.
 *
 * @param englishTransliterated true when no editor or lexicon named it in English and the
 *                              transliteration model spelt (part of) the name
 */
public record EntityRef(String entityId, EntityType type, String nameAr, String nameEn,
                        boolean englishTransliterated, List<Mention> mentions, List<RoleMention> roles) {
    public EntityRef {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(nameAr, "nameAr");
        Objects.requireNonNull(nameEn, "nameEn");
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
    }

    /** Distinct Arabic roles, in order of first appearance. */
    public List<String> rolesAr() {
        return roles.stream().map(RoleMention::ar).distinct().toList();
    }

    /** Distinct English roles, in order of first appearance. */
    public List<String> rolesEn() {
        return roles.stream().map(RoleMention::en).distinct().toList();
    }

    EntityRef withId(String id) {
        return new EntityRef(id, type, nameAr, nameEn, englishTransliterated, mentions, roles);
    }
}
