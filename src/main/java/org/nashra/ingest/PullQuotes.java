package org.nashra.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.nashra.arabic.ArabicStemmer;

/**
 * Pull-quote boxes: a sentence of the story said again, shorter, in a box a page prints beside its text and a paste
 * leaves under it ({@code المتهمان غيّرا الشرائح كل 3 أيام لتجنب تتبع أرقامهما.} under a paragraph that said "… وكانا يغيّران
 * الشرائح كل ثلاثة أيام"). Kept, the box would be a paragraph of its own and its figure counted twice.
 */
final class PullQuotes {

    /** A box holds one short sentence; a paragraph of the story that sums up says more. */
    private static final int MAX_WORDS = 15;
    /** Fewer content words than this say too little to tell a repeat from a chance likeness. */
    private static final int MIN_CONTENT_WORDS = 4;
    /** The share of the box's content words that the paragraph it repeats must hold. */
    private static final double MIN_SHARE_REPEATED = 0.7;
    /** The paragraph repeated is longer than the box by this factor at least: the box is a sentence taken out of it. */
    private static final double MIN_LENGTH_FACTOR = 1.5;
    /** Fewest letters of a stem found inside another word's stem for the two to count as one word (ارقامهما, ارقامهم). */
    private static final int MIN_SHARED_LETTERS = 3;

    /** A stop inside the line, after which another sentence starts: a box holds one. */
    private static final Pattern INNER_STOP = Pattern.compile("[.!?\u061F\u2026](?=\\s+\\S)");
    /** A list's item or a table's row is no box, though it may repeat the text's words. */
    private static final Pattern ITEM = Pattern.compile("(?:[•▪◾●◦\\-*–—>|]|\\(?[0-9٠-٩]{1,2}\\s*[-.)\\u066B]\\s)");
    /** A verb's prefix of the imperfect (يغيّران beside غيّرا), left off when two stems are compared. */
    private static final Pattern IMPERFECT = Pattern.compile("^[يتن](?=\\p{L}{3})");

    private PullQuotes() {
    }

    /**
     * True when {@code line} is a box repeating one of {@code paragraphs}: one sentence of at most fifteen words, ended by
     * its stop, not a list's item, whose content words (light stems, figures aside: 3 for ثلاثة) are seven in ten at
     * least in one paragraph half as long again. A word counts as found when its stem, or the stem without an
     * imperfect's prefix, is one of the paragraph's or lies inside one (ارقامهما, ارقامهم).
     */
    static boolean repeats(String line, List<String> paragraphs) {
        String text = Lines.trim(line);
        if (ArticleReader.wordCount(text) > MAX_WORDS || !endsWithStop(text) || INNER_STOP.matcher(text).find()
                || ITEM.matcher(text).lookingAt()) {
            return false;
        }
        Set<String> words = new LinkedHashSet<>(ArabicStemmer.contentStems(text));
        if (words.size() < MIN_CONTENT_WORDS) return false;
        for (String paragraph : paragraphs) {
            List<String> said = ArabicStemmer.contentStems(paragraph);
            if (said.size() < words.size() * MIN_LENGTH_FACTOR) continue;
            long found = words.stream().filter(word -> said.stream().anyMatch(other -> sameWord(word, other))).count();
            if (found >= MIN_SHARE_REPEATED * words.size()) return true;
        }
        return false;
    }

    private static boolean endsWithStop(String text) {
        String bare = text.replaceAll("[\\s\"'»”)\\]]+$", "");
        return !bare.isEmpty() && ".!?\u061F\u2026".indexOf(bare.charAt(bare.length() - 1)) >= 0;
    }

    /** Two stems of one word, as a paraphrase bends it: the same, one inside the other, or so without an imperfect's prefix. */
    static boolean sameWord(String a, String b) {
        if (a.equals(b) || inside(a, b)) return true;
        String bareA = IMPERFECT.matcher(a).replaceFirst("");
        String bareB = IMPERFECT.matcher(b).replaceFirst("");
        return (!bareA.equals(a) || !bareB.equals(b)) && (bareA.equals(bareB) || inside(bareA, bareB));
    }

    private static boolean inside(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        return shorter.length() >= MIN_SHARED_LETTERS && longer.contains(shorter);
    }
}
