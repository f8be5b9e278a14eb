package org.nashra.extract.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.nashra.extract.EntityType;
import org.nashra.extract.Mention;
import org.nashra.translate.names.NameKey;

/**
 * A plain dictionary finder for tests: every occurrence of a listed name, longest first, not overlapping,
 * allowing the proclitics و ف ب ل ك on the first word (the mention excludes them).
 */
final class NameFinder {

    private static final String PROCLITICS = "وفبلك";
    private final Map<String, EntityType> typesByKey = new TreeMap<>();
    private final int longest;

    NameFinder(Gazetteer gazetteer, Map<String, EntityType> extraNames) {
        for (GazetteerEntry entry : gazetteer.entries()) {
            for (String name : entry.arabicNames()) typesByKey.putIfAbsent(NameKey.of(name), entry.type());
        }
        extraNames.forEach((name, type) -> typesByKey.putIfAbsent(NameKey.of(name), type));
        longest = typesByKey.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    List<Mention> find(String text) {
        List<int[]> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean letter = (c >= '\u0621' && c <= '\u064A') || (c >= '\u064B' && c <= '\u0652') || c == '\u0640'
                    || (c >= '\u0671' && c <= '\u06D3');
            if (letter && start < 0) start = i;
            if (!letter && start >= 0) {
                words.add(new int[] {start, i});
                start = -1;
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (int w = 0; w < words.size(); ) {
            Mention best = null;
            int bestLength = 0;
            for (int n = Math.min(longest, words.size() - w); n >= 1 && best == null; n--) {
                int from = words.get(w)[0];
                int to = words.get(w + n - 1)[1];
                if (!onlySpacesAndDashesBetween(text, words, w, n)) continue;
                for (int skip = 0; skip <= 2 && best == null; skip++) {
                    if (skip > 0 && PROCLITICS.indexOf(text.charAt(from + skip - 1)) < 0) break;
                    if (from + skip >= words.get(w)[1] - 1) break;
                    EntityType type = typesByKey.get(NameKey.of(text.substring(from + skip, to)));
                    if (type != null) {
                        best = new Mention(text.substring(from + skip, to), from + skip, to, type);
                        bestLength = n;
                    }
                }
            }
            if (best != null) {
                mentions.add(best);
                w += bestLength;
            } else {
                w++;
            }
        }
        return mentions;
    }

    /** A name runs over spaces and dashes (قوة المهام المشتركة – عملية العزم الصلب), never over quotes or commas. */
    private static boolean onlySpacesAndDashesBetween(String text, List<int[]> words, int first, int count) {
        for (int i = first; i < first + count - 1; i++) {
            String gap = text.substring(words.get(i)[1], words.get(i + 1)[0]);
            if (!gap.matches("[\\s\u2013\u2014-]+")) return false;
        }
        return true;
    }
}
