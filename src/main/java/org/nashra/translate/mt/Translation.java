package org.nashra.translate.mt;

import java.util.Objects;

/**
 * A translated text.
 *
 * @param text    the translation
 * @param backend name of the translator that produced it, for a page's "machine translated by" note
 * @param machine true when a machine produced it, so a page can say so
 */
public record Translation(String text, String backend, boolean machine) {

    public Translation {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(backend, "backend");
    }
}
