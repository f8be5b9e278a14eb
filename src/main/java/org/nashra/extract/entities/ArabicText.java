package org.nashra.extract.entities;

import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;

/**
 * Spelling-insensitive forms of Arabic words, so that {@code أمريكا}/{@code امريكا} or
 * {@code الدولى}/{@code الدولي} compare equal. Kept private to this package behind these few methods
 * until a shared Arabic text package settles.
 */
final class ArabicText {

    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final ArabicStemmer STEMMER = new ArabicStemmer();

    private ArabicText() {}

    /** Folds alef, hamza-seat, alef-maqsura/ya, ta-marbuta/ha, Persian kaf/ya; drops diacritics and tatweel. */
    static String fold(String word) {
        char[] chars = word.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = switch (chars[i]) {
                case '\u06CC', '\u064A', '\u0626' -> '\u064A'; // Persian ya, ya, ya with hamza
                case '\u06A9' -> '\u0643';                 // Persian kaf
                case '\u0671' -> '\u0627';                 // alef wasla
                case '\u0624' -> '\u0648';                 // waw with hamza
                default -> chars[i];
            };
        }
        int length = NORMALIZER.normalize(chars, chars.length);
        return new String(chars, 0, length);
    }

    /** The folded word without its proclitics and definite article ({@code والعراق} → {@code عراق}). */
    static String withoutPrefix(String folded) {
        char[] chars = folded.toCharArray();
        int length = STEMMER.stemPrefix(chars, chars.length);
        return new String(chars, 0, length);
    }

    /** A light stem: prefix and common suffixes removed. */
    static String stem(String folded) {
        char[] chars = folded.toCharArray();
        int length = STEMMER.stem(chars, chars.length);
        return new String(chars, 0, length);
    }

    static boolean isArabicLetter(int codePoint) {
        return org.nashra.arabic.ArabicText.isArabicLetter(codePoint);
    }
}
