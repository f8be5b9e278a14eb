package org.nashra.ingest;

import java.util.Optional;
import org.nashra.arabic.ArabicText;

/**
 * Tells an article in another language written in the Arabic script (Persian, Urdu, Kurdish) from an Arabic
 * one, by the letters those languages write and Arabic does not. Analysing such a text as Arabic publishes
 * nonsense: names read letter by letter, words taken for names.
 *
 * <p>Arabic news names foreign people and places with these letters now and then (گ in a Kurdish name), so
 * each language needs a share of its letters, not one. Persian needs two signs at once: the letters of its own
 * (پ چ ژ گ, and the zero-width non-joiner it writes inside words) and its forms of yeh and kaf (ی ک), which an
 * Arabic text typed on a Persian keyboard also has.
 */
final class ScriptLanguage {

    /** Of the Arabic-script letters, the share a language's own letters must reach. */
    private static final double OWN_LETTERS = 0.01;
    /** Of the Arabic-script letters, the share of Persian yeh and kaf that Persian text has and Arabic has not. */
    private static final double PERSIAN_YEH_KAF = 0.02;

    private ScriptLanguage() {}

    /** The language, when the text is not Arabic but another language in the Arabic script. */
    static Optional<String> otherThanArabic(String text) {
        int letters = 0;
        int urdu = 0;
        int kurdish = 0;
        int persian = 0;
        int yehKaf = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u200C') persian++;
            if (!ArabicText.isArabicLetter(c)) continue;
            letters++;
            switch (c) {
                // ے ں ہ ٹ ڈ ڑ ھ: Urdu's own
                case '\u06D2', '\u06BA', '\u06C1', '\u0679', '\u0688', '\u0691', '\u06BE' -> urdu++;
                // ە ۆ ێ ڕ ڵ: Kurdish (Sorani)
                case '\u06D5', '\u06C6', '\u06CE', '\u0695', '\u06B5' -> kurdish++;
                // پ چ ژ گ
                case '\u067E', '\u0686', '\u0698', '\u06AF' -> persian++;
                // ی ک
                case '\u06CC', '\u06A9' -> yehKaf++;
                default -> { }
            }
        }
        if (letters == 0) return Optional.empty();
        if (urdu >= OWN_LETTERS * letters) return Optional.of("Urdu");
        if (kurdish >= OWN_LETTERS * letters) return Optional.of("Kurdish");
        if (persian >= OWN_LETTERS * letters && yehKaf >= PERSIAN_YEH_KAF * letters) return Optional.of("Persian");
        return Optional.empty();
    }
}
