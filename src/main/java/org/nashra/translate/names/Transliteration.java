package org.nashra.translate.names;

import java.util.Objects;

/**
 * An English rendering of an Arabic name.
 *
 * @param english     Title-Cased English, e.g. {@code Abd al-Amir al-Shammari}
 * @param fromLexicon true when every word came from the lexicon of attested spellings (or the fixed
 *                    particles), false when at least one word was spelt by the learnt model
 */
public record Transliteration(String english, boolean fromLexicon) {
    public Transliteration {
        Objects.requireNonNull(english, "english");
    }
}
