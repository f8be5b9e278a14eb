package org.nashra.summarise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.nashra.arabic.ArabicText;

/**
 * A digest: an article of several short items, each under a heading of its own, whose headline says it is one
 * ({@code digest-openers.txt}: موجز الظهيرة: …). Its first item is not what the whole is about: it is summed up by
 * each item's lead, and headed as a roundup.
 */
public final class Digests {

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private static final List<List<String>> OPENERS = Resources.lines(Digests.class, "digest-openers.txt").stream()
            .map(line -> words(ArabicText.normaliseForMatching(line))).toList();

    private Digests() {}

    /** Whether a headline opens with a digest's word (موجز الظهيرة، أبرز الأخبار). */
    public static boolean isDigestHeadline(String headline) {
        if (headline == null) return false;
        List<String> words = words(ArabicText.normaliseForMatching(headline));
        return OPENERS.stream().anyMatch(o -> !o.isEmpty() && words.size() >= o.size() && words.subList(0, o.size()).equals(o));
    }

    /**
     * The lead of each item under a heading: the first of the given sentences after each heading paragraph and before
     * the next; empty unless at least two items have one.
     *
     * @param sentences every sentence of the article, headings among them
     * @param told      the sentences that may be summed up, in reading order
     */
    static List<SentenceRef> itemLeads(List<SentenceRef> sentences, List<SentenceRef> told) {
        Set<Integer> headings = KeyPoints.headings(sentences);
        List<SentenceRef> leads = new ArrayList<>();
        int section = -1;
        for (SentenceRef s : told) {
            int heading = headings.stream().filter(h -> h < s.paragraph()).mapToInt(Integer::intValue).max().orElse(-1);
            if (heading < 0 || heading == section) continue;
            section = heading;
            leads.add(s);
        }
        return leads.size() >= 2 ? leads : List.of();
    }

    private static List<String> words(String normalised) {
        return Arrays.stream(NOT_WORD.split(normalised)).filter(w -> !w.isEmpty()).toList();
    }
}
