package org.nashra.extract.entities;

import java.util.List;

/**
 * Where a name starts inside a word that may carry proclitics: the conjunctions {@code و ف},
 * the prepositions {@code ب ل}, and {@code لل} (ل + the article's alef dropped).
 * {@code وبغداد} → {@code بغداد}, {@code لداعش} → {@code داعش}, {@code بالعراق} → {@code العراق},
 * {@code للأمم} → {@code لأمم} (the article's lam stays; its alef was never written).
 */
final class Clitics {

    static final List<String> PROCLITICS = List.of(
            "وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك");

    /**
     * The proclitics a name may carry in running text: all but those with {@code ك} ("like"), which
     * hardly ever stands before a name while many names begin with its letter ({@code كريم}, {@code كمال},
     * {@code كركوك}); stripping it would turn {@code وكريم} into {@code ريم}.
     */
    static final List<String> NAME_PROCLITICS = PROCLITICS.stream().filter(c -> !c.contains("ك")).toList();

    /** Given names read whole, whatever their first letter: {@code rules/names-beginning-with-clitic-letters.txt}. */
    private static final java.util.Set<String> WHOLE_NAMES = PhraseList.resourceLines("rules/names-beginning-with-clitic-letters.txt")
            .stream().map(ArabicText::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Nouns of a role or trade written before a name: {@code rules/role-nouns.txt}. */
    static final java.util.Set<String> ROLE_NOUNS = PhraseList.resourceLines("rules/role-nouns.txt")
            .stream().map(ArabicText::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Words seen in names this often keep the letter before them a clitic even after a role ({@code الرئيس ومحمد}). */
    private static final int WELL_KNOWN = 5;

    private Clitics() {}

    /**
     * Where the name begins in {@code word}, given the folded words before it in the sentence (nearest last).
     * Right after a role noun, with or without the article and at most one word with the article between
     * ({@code العداء ويلسون}, {@code رئيس الوحدة بريت}), a single و ب ل ف is the name's own first letter: a role is
     * followed by its holder, not by "and" or "with". A clitic before the article ({@code المدرب والفريق}), or before
     * a common word or a name seen often ({@code الرئيس ومحمد}, {@code رئيس الحكومة وحزب}), is still one.
     */
    static int nameStart(String word, NameLexicon lexicon, List<String> before) {
        int start = nameStart(word, lexicon);
        if (start == 0 || !afterRole(before)) return start;
        String folded = ArabicText.fold(word);
        String rest = folded.substring(1);
        boolean oneLetter = NAME_PROCLITICS.contains(folded.substring(0, 1)) && ArabicText.fold(word.substring(0, start)).length() == 1;
        if (!oneLetter || rest.startsWith("ال") || rest.startsWith("ل") || lexicon.count(rest) >= WELL_KNOWN
                || lexicon.isCommonWord(folded) || lexicon.isCommonWord(rest)) return start;
        return 0;
    }

    private static boolean afterRole(List<String> before) {
        int n = before.size();
        if (n >= 1 && isRole(before.get(n - 1))) return true;
        return n >= 2 && before.get(n - 1).startsWith("ال") && isRole(before.get(n - 2));
    }

    /** A role noun, as written or with the article or a leading و: المدرب, ووزير. */
    static boolean isRole(String folded) {
        String word = folded.startsWith("و") && ROLE_NOUNS.contains(folded.substring(1)) ? folded.substring(1) : folded;
        return ROLE_NOUNS.contains(word) || word.startsWith("ال") && ROLE_NOUNS.contains(word.substring(2));
    }

    /** How often a folded word was seen in a name; a listed given name counts above any. */
    private static int nameCount(String folded, NameLexicon lexicon) {
        return WHOLE_NAMES.contains(folded) ? Integer.MAX_VALUE / 2 : lexicon.count(folded);
    }

    /**
     * Index in {@code word} where the name begins. The reading whose remainder is the most frequent known
     * name word wins (the whole word competes too); with no evidence, an article after the clitic or a
     * conjunction before a word of three letters or more counts as a clitic, unless the whole word, or it
     * without the accusative's alef, is a common word and what follows the letter no word at all ({@code وزيراً}).
     */
    static int nameStart(String word, NameLexicon lexicon) {
        String folded = ArabicText.fold(word);
        boolean lengthsDiffer = folded.length() != word.length();
        int bestStrip = 0;
        int bestCount = nameCount(folded, lexicon);
        int fallbackStrip = 0;
        for (String clitic : NAME_PROCLITICS) {
            if (!folded.startsWith(clitic)) continue;
            String rest = folded.substring(clitic.length());
            if (rest.length() < 2) continue;
            int count = nameCount(rest, lexicon);
            if (clitic.endsWith("ل") && rest.startsWith("ل")) count = Math.max(count, lexicon.count("ا" + rest));
            if (count > bestCount || (count == bestCount && count > 0 && clitic.length() > bestStrip)) {
                bestCount = count;
                bestStrip = clitic.length();
            }
            if (fallbackStrip == 0 && looksLikeClitic(clitic, rest)) fallbackStrip = clitic.length();
        }
        if (WHOLE_NAMES.contains(folded)) return 0;
        // a doubled و is the conjunction before a word of its own seen more often than the two together, in names or
        // out (ووادي العين: و + وادي, though training once saw ووادي inside a name)
        if (bestStrip == 0 && folded.startsWith("وو") && folded.length() >= 5 && seen(folded.substring(1), lexicon) > seen(folded, lexicon)) {
            return lengthsDiffer ? originalIndex(word, 1) : 1;
        }
        int strip = bestCount > 0 ? bestStrip : fallbackStrip;
        // a word known whole, after whose letter stands no known word at all, is that word: وزيراً is "minister", not
        // و + زيرا (while وسعادة is و + سعادة, a word of its own)
        if (bestCount == 0 && strip > 0 && lexicon.outsideCount(folded.substring(strip)) == 0 && (lexicon.isCommonWord(folded)
                || folded.endsWith("ا") && lexicon.isCommonWord(folded.substring(0, folded.length() - 1)))) return 0;
        if (strip == 0) return 0;
        return lengthsDiffer ? originalIndex(word, strip) : strip;
    }

    /**
     * Every reading of a folded bare word (article already removed) as proclitics plus a word of three
     * letters or more, the whole word first: {@code بكابل} → {@code بكابل}, {@code كابل}. Lets a name seen
     * alone share evidence with the same name after a preposition, without deciding which reading is right.
     */
    static List<String> readings(String bare) {
        List<String> readings = new java.util.ArrayList<>(3);
        readings.add(bare);
        for (String clitic : PROCLITICS) {
            if (bare.startsWith(clitic) && bare.length() - clitic.length() >= 3) {
                readings.add(ArabicText.withoutPrefix(bare.substring(clitic.length())));
            }
        }
        return readings;
    }

    private static int seen(String folded, NameLexicon lexicon) {
        return lexicon.count(folded) + lexicon.outsideCount(folded);
    }

    private static boolean looksLikeClitic(String clitic, String rest) {
        if (rest.startsWith("ال") && rest.length() >= 4) return true;
        if (clitic.endsWith("ل") && rest.startsWith("ل") && rest.length() >= 3) return true;
        return clitic.equals("و") && rest.length() >= 3;
    }

    /** Maps a count of folded letters back to an index in the original word (diacritics and tatweel dropped). */
    static int originalIndex(String word, int foldedLetters) {
        int seen = 0;
        for (int i = 0; i < word.length(); i++) {
            boolean letter = !ArabicText.fold(String.valueOf(word.charAt(i))).isEmpty();
            if (letter && seen == foldedLetters) return i; // marks after the clitic stay with the clitic
            if (letter) seen++;
        }
        return word.length();
    }
}
