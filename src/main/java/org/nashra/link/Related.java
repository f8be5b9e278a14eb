package org.nashra.link;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.PriorityQueue;
import java.util.function.Function;

/**
 * Ranks related briefings the way Hugo weighs its related-content indices: shared entities (rarer
 * ones count more), shared topics, and closeness in time, each with its own weight. Every match keeps
 * its reason so a page can say why ("also about: ...").
 */
public final class Related {

    /** What one article offers for relating: its entities and topics, and its date when known. */
    public record Features(String articleId, Optional<LocalDate> date, Set<String> entities, Set<String> topics) {
        public Features {
            entities = Set.copyOf(entities);
            topics = Set.copyOf(topics);
        }
    }

    /** A related article, its score, and the shared entities and topics that make it related. */
    public record Match(String articleId, double score, List<String> sharedEntities, List<String> sharedTopics) {
        public Match {
            sharedEntities = List.copyOf(sharedEntities);
            sharedTopics = List.copyOf(sharedTopics);
        }
    }

    /** Weights of each index; a match needs at least {@code minScore}. */
    public record Weights(double entity, double topic, double time, double timeHalfLifeDays, double minScore, int limit) {
        public static Weights defaults() {
            return new Weights(1.0, 0.8, 0.5, 90, 1.0, 5);
        }
    }

    private Related() {}

    /**
     * A ranking with the features it was made from: what the next ranking of the same collection needs
     * to rank again only the articles a change reaches.
     */
    public static final class Ranking {
        private final Weights weights;
        private final Map<String, Features> features;
        private final Map<String, List<Match>> matches;
        private final int ranked;

        private Ranking(Weights weights, Map<String, Features> features, Map<String, List<Match>> matches, int ranked) {
            this.weights = weights;
            this.features = features;
            this.matches = matches;
            this.ranked = ranked;
        }

        /** Article id → its related articles, best first. */
        public Map<String, List<Match>> matches() {
            return matches;
        }

        /** How many articles this ranking ranked rather than took over from the one before. */
        public int ranked() {
            return ranked;
        }
    }

    /**
     * For every article, its related articles, best first; ties broken by id so output is stable.
     *
     * <p>Only articles that share an entity or a topic can match, so each article's candidates come
     * from an inverted index (entity or topic → articles) instead of from every other article, and a
     * bounded heap keeps the best {@code limit}. Scores are summed in the same order as a pairwise
     * comparison of sorted sets would sum them, so rankings are the same to the last bit.
     */
    public static Map<String, List<Match>> rank(List<Features> articles, Weights weights) {
        return rank(articles, weights, null).matches();
    }

    /**
     * The same ranking, taking over from {@code previous} (null: none) every article whose ranking the
     * changes since cannot reach. An article's ranking reads only its own features, its candidates'
     * features and the weights of the entities it has; with the same articles (so the same count in
     * every weight), a changed article {@code c} changes the score of another article {@code i} only
     * when {@code i} has an entity or topic that {@code c} gained or lost (that also covers every
     * changed weight), or shares anything with {@code c} when {@code c}'s date moved. The changed
     * articles and those with an entity whose weight moved are ranked again, the same way as from
     * scratch; the others of those reached merge the changed articles into their last ranking
     * ({@link #reached}). When articles came or went, or the weights differ, every article is ranked again.
     */
    public static Ranking rank(List<Features> articles, Weights weights, Ranking previous) {
        int n = articles.size();
        Map<String, Features> byId = new HashMap<>();
        for (Features f : articles) byId.put(f.articleId(), f);
        // Numbered in sorted order: walking an article's ids in ascending order meets shared names
        // in the order of a TreeSet of them.
        List<String> entityNames = sortedNames(articles, Features::entities);
        List<String> topicNames = sortedNames(articles, Features::topics);
        Map<String, Integer> entityNumber = numbers(entityNames);
        Map<String, Integer> topicNumber = numbers(topicNames);
        int[][] entitiesOf = numbered(articles, Features::entities, entityNumber);
        int[][] topicsOf = numbered(articles, Features::topics, topicNumber);
        int[][] byEntity = postings(entitiesOf, entityNames.size());
        int[][] byTopic = postings(topicsOf, topicNames.size());
        long[][] topicMask = masks(topicsOf, topicNames.size());
        double[] entityWeight = new double[entityNames.size()];
        for (int e = 0; e < entityWeight.length; e++) {
            // Inverse document frequency: an entity in every article says nothing about relatedness.
            entityWeight[e] = weights.entity() * Math.log(1.0 + (double) n / byEntity[e].length);
        }

        int[] changed = changed(articles, previous);
        byte[] again = reached(articles, byId, weights, previous, changed, entityNumber, topicNumber, byEntity, byTopic);
        Set<String> changedIds = new HashSet<>();
        for (int c : changed) changedIds.add(articles.get(c).articleId());
        // Each article's ranking is independent of the others': ranked on every core, with scratch
        // space per worker, and put back in input order.
        ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(n));
        List<Ranked> ranked = java.util.stream.IntStream.range(0, n).parallel()
                .mapToObj(i -> {
                    List<Match> last = again[i] == RANK ? null : previous.matches.get(articles.get(i).articleId());
                    if (again[i] == MERGE) last = merged(i, last, changed, changedIds, articles, weights,
                            entitiesOf, topicsOf, topicMask, entityWeight, entityNames, topicNames);
                    return last != null ? new Ranked(last, false)
                            : new Ranked(rankOne(i, articles, weights, entitiesOf, topicsOf, byEntity, byTopic, topicMask, entityWeight,
                                    entityNames, topicNames, scratch.get()), true);
                })
                .toList();
        Map<String, List<Match>> out = new LinkedHashMap<>();
        int count = 0;
        for (int i = 0; i < n; i++) {
            out.put(articles.get(i).articleId(), ranked.get(i).matches());
            if (ranked.get(i).again()) count++;
        }
        return new Ranking(weights, java.util.Collections.unmodifiableMap(byId), java.util.Collections.unmodifiableMap(out), count);
    }

    /** An article whose ranking is taken over as it was. */
    private static final byte KEEP = 0;
    /** An article ranked again from scratch. */
    private static final byte RANK = 1;
    /**
     * An article none of whose own scores moved but those against changed articles: its ranking is the
     * last one with the changed articles scored again, when none of them was in it ({@link #merged}).
     */
    private static final byte MERGE = 2;

    /** More changed articles than this and an article reached through them is ranked again rather than merged. */
    private static final int MERGE_LIMIT = 16;

    /**
     * What to do with each article after {@code previous}: rank every one when there is nothing to take
     * over from. A changed article, and one with an entity some change gained or lost (that entity's
     * weight moved, so every score it is in did), is ranked again. One that shares a topic a change
     * gained or lost, or anything with an article whose date moved, has only its scores against changed
     * articles moved (a topic weighs the same however many articles have it): it is merged.
     */
    private static byte[] reached(List<Features> articles, Map<String, Features> byId, Weights weights, Ranking previous, int[] changed,
                                  Map<String, Integer> entityNumber, Map<String, Integer> topicNumber,
                                  int[][] byEntity, int[][] byTopic) {
        int n = articles.size();
        byte[] again = new byte[n];
        if (previous == null || !previous.weights.equals(weights) || byId.size() != n
                || !previous.features.keySet().equals(byId.keySet())) {
            java.util.Arrays.fill(again, RANK);
            return again;
        }
        Set<String> weighed = new HashSet<>();
        Set<String> entities = new HashSet<>();
        Set<String> topics = new HashSet<>();
        for (int i : changed) {
            Features now = articles.get(i);
            Features before = previous.features.get(now.articleId());
            again[i] = RANK;
            Set<String> moved = differences(before.entities(), now.entities());
            weighed.addAll(moved);
            if (before.date().equals(now.date())) {
                entities.addAll(moved);
                topics.addAll(differences(before.topics(), now.topics()));
            } else {
                entities.addAll(before.entities());
                entities.addAll(now.entities());
                topics.addAll(before.topics());
                topics.addAll(now.topics());
            }
        }
        byte reach = changed.length <= MERGE_LIMIT ? MERGE : RANK;
        for (String e : entities) {
            Integer number = entityNumber.get(e);
            if (number != null) for (int b : byEntity[number]) if (again[b] == KEEP) again[b] = reach;
        }
        for (String e : weighed) {
            Integer number = entityNumber.get(e);
            if (number != null) for (int b : byEntity[number]) again[b] = RANK;
        }
        for (String t : topics) {
            Integer number = topicNumber.get(t);
            if (number != null) for (int b : byTopic[number]) if (again[b] == KEEP) again[b] = reach;
        }
        return again;
    }

    /** The articles whose features differ from {@code previous}'s, by place in the input; none without a previous ranking. */
    private static int[] changed(List<Features> articles, Ranking previous) {
        if (previous == null) return new int[0];
        java.util.stream.IntStream.Builder out = java.util.stream.IntStream.builder();
        for (int i = 0; i < articles.size(); i++) {
            Features before = previous.features.get(articles.get(i).articleId());
            if (before == null || !before.equals(articles.get(i))) out.add(i);
        }
        return out.build().toArray();
    }

    /**
     * Article {@code i}'s last ranking with each changed article scored again, as {@link #rankOne} would
     * score it; null when a changed article was in that ranking (its score may have fallen, letting in one
     * the last ranking left out), so the article is ranked again. Every other candidate scores as before,
     * so the best of the last ranking and the changed articles are the best of all.
     */
    private static List<Match> merged(int i, List<Match> last, int[] changed, Set<String> changedIds, List<Features> articles,
                                      Weights weights, int[][] entitiesOf, int[][] topicsOf, long[][] topicMask, double[] entityWeight,
                                      List<String> entityNames, List<String> topicNames) {
        if (last == null) return null;
        List<Scored> best = new ArrayList<>(last.size() + changed.length);
        for (Match m : last) {
            if (changedIds.contains(m.articleId())) return null;
            best.add(new Scored(-1, m.articleId(), m.score())); // ordered by score and id only; no place needed
        }
        Features a = articles.get(i);
        List<Match> fresh = new ArrayList<>();
        for (int c : changed) {
            Scored scored = scored(i, c, a, articles, weights, entitiesOf, topicsOf, topicMask, entityWeight);
            if (scored == null) continue;
            best.add(scored);
            fresh.add(new Match(scored.articleId(), scored.score(), names(shared(entitiesOf[i], entitiesOf[c]), entityNames),
                    names(shared(topicsOf[i], topicsOf[c]), topicNames)));
        }
        if (fresh.isEmpty()) return last;
        best.sort(WORST_FIRST.reversed());
        Map<String, Match> byId = new HashMap<>();
        last.forEach(m -> byId.put(m.articleId(), m));
        fresh.forEach(m -> byId.put(m.articleId(), m));
        List<Match> matches = new ArrayList<>();
        for (Scored s : best.subList(0, Math.min(best.size(), Math.max(0, weights.limit())))) matches.add(byId.get(s.articleId()));
        return List.copyOf(matches);
    }

    /**
     * Candidate {@code b}'s score against article {@code i}, summed in {@link #rankOne}'s order (the shared
     * entities' weights by ascending number, then topics, then time), or null when it is no match.
     */
    private static Scored scored(int i, int b, Features a, List<Features> articles, Weights weights,
                                 int[][] entitiesOf, int[][] topicsOf, long[][] topicMask, double[] entityWeight) {
        if (b == i) return null;
        int[] shared = shared(entitiesOf[i], entitiesOf[b]);
        if (shared.length == 0 && shared(topicsOf[i], topicsOf[b]).length == 0) return null;
        double entityScore = 0;
        for (int e : shared) entityScore += entityWeight[e];
        double score = entityScore;
        score += weights.topic() * sharedCount(topicMask[i], topicMask[b]);
        Features other = articles.get(b);
        if (a.articleId().equals(other.articleId())) return null;
        if (a.date().isPresent() && other.date().isPresent()) {
            long days = Math.abs(ChronoUnit.DAYS.between(a.date().get(), other.date().get()));
            score += weights.time() * Math.pow(0.5, days / weights.timeHalfLifeDays());
        }
        return score < weights.minScore() ? null : new Scored(b, other.articleId(), score);
    }

    /** The names in one set and not the other. */
    private static Set<String> differences(Set<String> x, Set<String> y) {
        Set<String> out = new HashSet<>(x);
        out.addAll(y);
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        out.removeAll(both);
        return out;
    }

    /** Per-worker sums, reset after each article. */
    private static final class Scratch {
        final double[] entityScore;
        final boolean[] seen;
        final int[] candidates;

        Scratch(int n) {
            entityScore = new double[n];
            seen = new boolean[n];
            candidates = new int[n];
        }
    }

    /**
     * Candidates sharing an entity are scored first. A candidate that shares only topics scores at most
     * the topic weight for each of the article's topics plus the time weight; once the best kept are all
     * above that, the topics' postings (hundreds of articles each) are not walked at all. Either way the
     * same candidates win, with the same scores, as when every candidate is scored.
     */
    private static List<Match> rankOne(int i, List<Features> articles, Weights weights, int[][] entitiesOf, int[][] topicsOf,
                                       int[][] byEntity, int[][] byTopic, long[][] topicMask, double[] entityWeight,
                                       List<String> entityNames, List<String> topicNames, Scratch s) {
        Features a = articles.get(i);
        double[] entityScore = s.entityScore;
        boolean[] seen = s.seen;
        int[] candidates = s.candidates;
        int count = 0;
        for (int e : entitiesOf[i]) {
            for (int b : byEntity[e]) {
                if (!seen[b]) { seen[b] = true; candidates[count++] = b; }
                entityScore[b] += entityWeight[e];
            }
        }
        // Worst of the best at the head, so it is the one to give way.
        PriorityQueue<Scored> best = new PriorityQueue<>(WORST_FIRST);
        int limit = weights.limit();
        for (int c = 0; c < count; c++) {
            int b = candidates[c];
            double score = entityScore[b];
            entityScore[b] = 0;
            consider(i, b, score, a, articles, weights, topicMask, best);
        }
        double topicsAtMost = Math.max(0, weights.topic()) * topicsOf[i].length + Math.max(0, weights.time());
        if (limit > 0 && (best.size() < limit || best.peek().score() <= topicsAtMost)) {
            int entityCandidates = count;
            for (int t : topicsOf[i]) {
                for (int b : byTopic[t]) {
                    if (!seen[b]) { seen[b] = true; candidates[count++] = b; }
                }
            }
            for (int c = entityCandidates; c < count; c++) consider(i, candidates[c], 0.0, a, articles, weights, topicMask, best);
        }
        for (int c = 0; c < count; c++) seen[candidates[c]] = false;
        List<Scored> kept = new ArrayList<>(best);
        kept.sort(WORST_FIRST.reversed());
        List<Match> matches = new ArrayList<>(kept.size());
        for (Scored k : kept) {
            matches.add(new Match(k.articleId(), k.score(), names(shared(entitiesOf[i], entitiesOf[k.index()]), entityNames),
                    names(shared(topicsOf[i], topicsOf[k.index()]), topicNames)));
        }
        return List.copyOf(matches);
    }

    /** Scores candidate {@code b} of article {@code i}, whose shared entities sum to {@code entityScore}, and keeps it if among the best. */
    private static void consider(int i, int b, double entityScore, Features a, List<Features> articles, Weights weights,
                                 long[][] topicMask, PriorityQueue<Scored> best) {
        int limit = weights.limit();
        if (b == i || limit <= 0) return;
        double score = entityScore;
        score += weights.topic() * sharedCount(topicMask[i], topicMask[b]);
        // Closeness in time adds at most weights.time(): a candidate that cannot reach the worst
        // kept score even so is passed over without working out its dates.
        if (best.size() == limit && score + Math.max(0, weights.time()) < best.peek().score()) return;
        Features other = articles.get(b);
        if (a.articleId().equals(other.articleId())) return;
        if (a.date().isPresent() && other.date().isPresent()) {
            long days = Math.abs(ChronoUnit.DAYS.between(a.date().get(), other.date().get()));
            score += weights.time() * Math.pow(0.5, days / weights.timeHalfLifeDays());
        }
        if (score < weights.minScore()) return;
        Scored scored = new Scored(b, other.articleId(), score);
        if (best.size() < limit) {
            best.add(scored);
        } else if (WORST_FIRST.compare(scored, best.peek()) > 0) {
            best.poll();
            best.add(scored);
        }
    }

    /** Each article's topics as bits, one per topic number. */
    private static long[][] masks(int[][] namesOf, int names) {
        long[][] out = new long[namesOf.length][(names + 63) / 64];
        for (int article = 0; article < namesOf.length; article++) {
            for (int id : namesOf[article]) out[article][id >>> 6] |= 1L << (id & 63);
        }
        return out;
    }

    private static int sharedCount(long[] x, long[] y) {
        int count = 0;
        for (int w = 0; w < x.length; w++) count += Long.bitCount(x[w] & y[w]);
        return count;
    }

    /** One article's ranking, and whether it was ranked again rather than taken over or merged. */
    private record Ranked(List<Match> matches, boolean again) {}

    /** A candidate while ranking: its place in the input, its id and its score. */
    private record Scored(int index, String articleId, double score) {}

    /** Lower score first; among equal scores the later id, as the best come first by score, then by id. */
    private static final Comparator<Scored> WORST_FIRST = (x, y) -> {
        int byScore = Double.compare(x.score(), y.score());
        return byScore != 0 ? byScore : y.articleId().compareTo(x.articleId());
    };

    private static List<String> sortedNames(List<Features> articles, Function<Features, Set<String>> names) {
        Set<String> all = new HashSet<>();
        for (Features f : articles) all.addAll(names.apply(f));
        String[] sorted = all.toArray(String[]::new);
        java.util.Arrays.sort(sorted);
        return List.of(sorted);
    }

    private static Map<String, Integer> numbers(List<String> sorted) {
        Map<String, Integer> number = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) number.put(sorted.get(i), i);
        return number;
    }

    /** Each article's names as ascending numbers (positions in the sorted names). */
    private static int[][] numbered(List<Features> articles, Function<Features, Set<String>> names, Map<String, Integer> number) {
        int[][] out = new int[articles.size()][];
        for (int i = 0; i < out.length; i++) {
            Set<String> of = names.apply(articles.get(i));
            int[] numbers = new int[of.size()];
            int k = 0;
            for (String name : of) numbers[k++] = number.get(name);
            java.util.Arrays.sort(numbers);
            out[i] = numbers;
        }
        return out;
    }

    /** For each name, the articles that have it, in input order. */
    private static int[][] postings(int[][] namesOf, int names) {
        int[] size = new int[names];
        for (int[] ids : namesOf) for (int id : ids) size[id]++;
        int[][] out = new int[names][];
        for (int id = 0; id < names; id++) out[id] = new int[size[id]];
        int[] filled = new int[names];
        for (int article = 0; article < namesOf.length; article++) {
            for (int id : namesOf[article]) out[id][filled[id]++] = article;
        }
        return out;
    }

    /** The numbers two ascending arrays share, ascending. */
    private static int[] shared(int[] x, int[] y) {
        int[] out = new int[Math.min(x.length, y.length)];
        int count = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] < y[j]) i++;
            else if (x[i] > y[j]) j++;
            else { out[count++] = x[i]; i++; j++; }
        }
        return java.util.Arrays.copyOf(out, count);
    }

    private static List<String> names(int[] numbers, List<String> sorted) {
        List<String> out = new ArrayList<>(numbers.length);
        for (int number : numbers) out.add(sorted.get(number));
        return out;
    }
}
