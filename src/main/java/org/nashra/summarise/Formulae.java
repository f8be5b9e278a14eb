package org.nashra.summarise;

import java.util.List;
import org.nashra.arabic.ArabicText;

/**
 * Tells the fixed wording that closes an official text (ويعمل بهذه المراسيم من تاريخ صدورها، وتنشر في الجريدة الرسمية)
 * from news: it is the same in every decree. A sentence is a formula when it holds a phrase of {@code formulae.txt},
 * or when it only announces what follows, ending on a colon.
 */
public final class Formulae {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static final List<String> PHRASES = Resources.lines(Formulae.class, "formulae.txt").stream()
            .map(ArabicText::normaliseForMatching).toList();

    private Formulae() {}

    public static boolean isFormula(String sentence) {
        if (sentence == null) return false;
        // a sentence that ends on a colon announces what follows (وفي ما يلي أبرز ما جاء في المقابلة:) and says nothing itself
        if (sentence.strip().endsWith(":")) return true;
        String s = SPACES.matcher(ArabicText.normaliseForMatching(sentence)).replaceAll(" ");
        return PHRASES.stream().anyMatch(s::contains);
    }
}
