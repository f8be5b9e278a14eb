package org.nashra.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.nashra.arabic.ArabicText;
import org.nashra.core.Problem;

/**
 * Finds articles that are the same article under two seed files: the same body text once compared in
 * matching form (diacritics, letter variants, digits and spacing do not count; the headline does not
 * either, since a re-pasted article often comes with a different one). Both are still built; the later
 * file, in file-name order, gets a warning naming the earlier one.
 *
 * <pre>{@code
 * problems.addAll(Duplicates.find(articles));
 * }</pre>
 */
public final class Duplicates {

    private Duplicates() {}

    /**
     * Bodies already put in matching form, for a long-lived process. An unchanged article keeps its very
     * body, so bodies are looked up by identity: comparing every body's text again would cost as much
     * as the search.
     */
    public static final class Memory {
        private Map<List<Block>, String> matching = new java.util.IdentityHashMap<>();
    }

    /** One warning for every article whose text an earlier article (by source file name) already has. */
    public static List<Problem> find(List<Article> articles) {
        return find(articles, new Memory());
    }

    /** As {@link #find(List)}, reusing and keeping the matching form of each body in {@code memory}. */
    public static List<Problem> find(List<Article> articles, Memory memory) {
        List<Article> ordered = articles.stream()
                .sorted(Comparator.comparing((Article a) -> a.source().toString()).thenComparing(Article::id))
                .toList();
        // Only read while the bodies are put in matching form on every core.
        Map<List<Block>, String> known = memory.matching;
        List<String> keys = ordered.parallelStream().map(a -> {
            String key = known.get(a.body());
            return key != null ? key : matchingText(a);
        }).toList();
        Map<List<Block>, String> now = new java.util.IdentityHashMap<>();
        for (int i = 0; i < ordered.size(); i++) now.put(ordered.get(i).body(), keys.get(i));
        memory.matching = now;
        Map<String, Article> first = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Article article = ordered.get(i);
            String key = keys.get(i);
            if (key.isEmpty()) continue;
            Article earlier = first.putIfAbsent(key, article);
            if (earlier != null) {
                problems.add(Problem.warning(article.source(), "same article text as " + name(earlier.source())
                        + " (both are built; remove one of them)"));
            }
        }
        return List.copyOf(problems);
    }

    /** The body in matching form with all white space removed, so only the words themselves count. */
    static String matchingText(Article article) {
        StringBuilder text = new StringBuilder();
        for (Block block : article.body()) text.append(block.text()).append(' ');
        String matching = ArabicText.normaliseForMatching(text.toString());
        StringBuilder key = new StringBuilder(matching.length());
        matching.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(key::appendCodePoint);
        return key.toString();
    }

    private static String name(Path source) {
        Path name = source.getFileName();
        return name == null ? source.toString() : name.toString();
    }
}
