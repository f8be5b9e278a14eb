package org.nashra.ingest;

import java.util.Locale;
import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * The form in which lines are compared with rules and header forms: Arabic letters normalised by
 * Lucene's {@link ArabicNormalizer} (hamza and madda on alef, alef maqsura, teh marbuta, diacritics,
 * tatweel), Latin letters lower-cased, runs of spaces (including no-break spaces) collapsed.
 * Only used for matching; article text itself stays verbatim.
 */
final class MatchKey {

    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();

    private MatchKey() {}

    /** Only the Arabic letter normalisation, for pattern text whose escapes must keep their case. */
    static String arabicLetters(String text) {
        char[] chars = text.toCharArray();
        return new String(chars, 0, NORMALIZER.normalize(chars, chars.length)).replace('\u0671', '\u0627');
    }

    static String of(String text) {
        char[] chars = text.toCharArray();
        int length = NORMALIZER.normalize(chars, chars.length);
        StringBuilder out = new StringBuilder(length);
        boolean pendingSpace = false;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c == '\u0670' || c == '\u0671') { // superscript alef is a diacritic; alef wasla is an alef
                if (c == '\u0671') out.append('\u0627');
                continue;
            }
            if (Lines.isSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
