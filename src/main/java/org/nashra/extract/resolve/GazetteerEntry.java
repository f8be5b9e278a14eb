package org.nashra.extract.resolve;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.nashra.extract.EntityType;

/**
 * One entity as the editors named it in {@code data/entities.yml}.
 *
 * @param aliases  Arabic variants, including those of entries folded in by {@code merge}
 * @param merged   ids folded into this entity (their mentions resolve here)
 * @param suppressed a false entity: its names are never shown as entities
 * @param line     line of the entry in the file, for messages
 * @param country  the id of the country the entity belongs to, where another entry shares its name (two papers
 *                 called الرأي, in Jordan and in Kuwait): the article's country tells them apart
 */
public record GazetteerEntry(String id, EntityType type, String ar, List<String> aliases, String en,
                             Optional<String> descriptionEn, Optional<String> descriptionAr,
                             List<String> merged, boolean suppressed, int line, List<String> bracketedAliases,
                             Optional<String> country) {
    public GazetteerEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(ar, "ar");
        Objects.requireNonNull(en, "en");
        aliases = List.copyOf(aliases);
        merged = List.copyOf(merged);
        bracketedAliases = List.copyOf(bracketedAliases);
        Objects.requireNonNull(country, "country");
    }

    /** The display name and every alias. */
    public List<String> arabicNames() {
        java.util.List<String> names = new java.util.ArrayList<>();
        names.add(ar);
        names.addAll(aliases);
        return List.copyOf(names);
    }
}
