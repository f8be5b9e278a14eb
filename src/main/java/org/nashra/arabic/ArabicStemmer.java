package org.nashra.arabic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;

/**
 * Light stemming for summaries and search terms: the matching form of a word, then Lucene's Arabic
 * light stemmer (article, conjunction and preposition prefixes; common suffixes). Stems are index
 * keys, not words to show.
 */
public final class ArabicStemmer {

    private static final Set<String> STOPWORDS = loadStopwords();

    private ArabicStemmer() {
    }

    /** The light stem of one word; non-Arabic words come back in matching form, lower-cased. */
    public static String stem(String word) {
        String normal = ArabicText.normaliseForMatching(word == null ? "" : word.strip());
        if (normal.isEmpty() || !Tokens.isArabicLetter(normal.codePointAt(0))) {
            return normal.toLowerCase(java.util.Locale.ROOT);
        }
        char[] buffer = normal.toCharArray();
        int length = new org.apache.lucene.analysis.ar.ArabicStemmer().stem(buffer, buffer.length);
        return new String(buffer, 0, length);
    }

    /** Whether {@code word} is an Arabic function word (Lucene's Arabic stop list, compared in matching form). */
    public static boolean isStopword(String word) {
        return STOPWORDS.contains(ArabicText.normaliseForMatching(word == null ? "" : word.strip()));
    }

    /** Stems of the content words of {@code text}, in order, stopwords left out. */
    public static List<String> contentStems(String text) {
        List<String> stems = new ArrayList<>();
        for (Tokens.Token token : Tokens.tokenise(text)) {
            if (!token.isNumber() && !isStopword(token.text())) {
                String stem = stem(token.text());
                if (!stem.isEmpty()) {
                    stems.add(stem);
                }
            }
        }
        return List.copyOf(stems);
    }

    private static Set<String> loadStopwords() {
        Set<String> words = new TreeSet<>();
        for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
            words.add(ArabicText.normaliseForMatching(word instanceof char[] c ? new String(c) : word.toString()));
        }
        return Set.copyOf(words);
    }
}
