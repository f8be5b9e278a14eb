package org.nashra.translate.mt;

import java.util.List;
import java.util.Optional;
import org.nashra.core.Lang;

/**
 * Translates text between the site's languages. Implementations never throw and never block a build:
 * when they cannot translate they return empty and note why in {@link #failures()}.
 */
public interface Translator {

    /** The translation, or empty when this translator cannot give one (not configured, unreachable, refused). */
    Optional<Translation> translate(String text, Lang from, Lang to);

    /** Short stable name of the backend, e.g. {@code libretranslate}; part of every cache key. */
    String name();

    /** The model the backend is asked to use; empty when the backend has no choice of model. */
    default String model() {
        return "";
    }

    /** Why translations failed so far, one line each, oldest first, for the caller to report as warnings. */
    default List<String> failures() {
        return List.of();
    }
}
