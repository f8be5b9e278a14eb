package org.nashra.arabic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Reproducible odd inputs for "never throws" checks: random mixes of the characters that make Arabic news text hard. */
public final class OddText {

    private static final String ALPHABET = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةـًٌٍَُِّْٰٱیکۀ"
            + "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵٫٬.,،؛؟?!:;\"'“”‘’«»„()[]-–—/%٪²"
            + "\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u2066\u2067\u2069\ufeff\u061c\u00a0 \n\t"
            + "abcXYZ@#ﻻﺑ😀";
    private static final String[] WORDS = {"قال", "وقالت", "وأضاف،", "مضيفاً", "نقلت عن", "وجاء في", "اللواء", "بين",
        "ما بين", "نحو", "آلاف", "ملايين", "عشرات", "في", "من", "إلى", "ديسمبر", "أيلول", "جندي", "كلم٢", "و3000", "2014",
        "1.500", "٢٫٥", "%", "إن", "أن", "بأنها", "د.", "U.S.", "www.example.com", "“", "”", "\"", "«", "»"};

    private OddText() {
    }

    /** {@code count} strings from a fixed seed: character soup and word salad of the tricky words above. */
    public static List<String> samples(long seed, int count) {
        Random random = new Random(seed);
        List<String> samples = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                if (random.nextBoolean()) {
                    s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                } else {
                    s.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(4) == 0 ? "" : " ");
                }
            }
            samples.add(s.toString());
        }
        return samples;
    }
}
