package org.nashra.extract.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.nashra.extract.EntityType;
import org.nashra.extract.Mention;

/**
 * The corpus's entities: the articles' references gathered by id, one {@link CorpusEntity} each,
 * with every spelling seen. An id that articles used for different kinds of entity (a person and a
 * place spelt alike) stays with the kind most mentioned; the others get a {@code -place}-style suffix,
 * and {@link #perArticle()} gives the references with those ids rewritten.
 */
public final class EntityRegistry {

    /** Beyond this many articles changed since the last registry, it is made again from every article. */
    private static final int MOST_CHANGED_TO_UPDATE = 64;

    private final java.util.SortedMap<String, CorpusEntity> entities;
    private final List<List<EntityRef>> perArticle;
    /** Each entity's references, in article order: what its entry was made from. */
    private final Map<String, List<EntityRef>> refsById;
    /** The article of each of those references, by its place in the list given. */
    private final Map<String, List<Integer>> refArticles;
    /** Each reference whose id was rewritten, to what it was rewritten to; by identity. */
    private final Map<EntityRef, EntityRef> renamed;
    /** The references as given, before any rewrite: what a later registry compares its articles with. */
    private final List<List<EntityRef>> given;
    /** For each id as given, how many references and mentions each kind has: which kind keeps it ({@link #ownerOf}). */
    private final Map<String, Map<EntityType, int[]>> kinds;

    private EntityRegistry(java.util.SortedMap<String, CorpusEntity> entities, List<List<EntityRef>> perArticle,
                           Map<String, List<EntityRef>> refsById, Map<String, List<Integer>> refArticles,
                           Map<EntityRef, EntityRef> renamed, List<List<EntityRef>> given,
                           Map<String, Map<EntityType, int[]>> kinds) {
        this.entities = java.util.Collections.unmodifiableSortedMap(entities);
        this.perArticle = perArticle;
        this.refsById = refsById;
        this.refArticles = refArticles;
        this.renamed = renamed;
        this.given = given;
        this.kinds = kinds;
    }

    public static EntityRegistry build(List<List<EntityRef>> perArticle) {
        return build(perArticle, null);
    }

    /**
     * The same registry, made from {@code previous} (null: none). When the articles are those of
     * {@code previous}, in the same places, and only a few hold other references, only the entities those
     * references name are made again; otherwise every entity is gathered again, and the entry of each
     * whose references are the very same objects, in the same articles, is taken over.
     */
    public static EntityRegistry build(List<List<EntityRef>> perArticle, EntityRegistry previous) {
        if (previous != null) {
            EntityRegistry updated = previous.updatedWith(perArticle);
            if (updated != null) return updated;
        }
        return fromEveryArticle(perArticle, previous);
    }

    private static EntityRegistry fromEveryArticle(List<List<EntityRef>> perArticle, EntityRegistry previous) {
        Map<String, Map<EntityType, int[]>> kinds = new java.util.HashMap<>();
        for (List<EntityRef> refs : perArticle) {
            for (EntityRef ref : refs) count(kinds, ref, 1, false);
        }
        List<List<EntityRef>> rewritten = new ArrayList<>();
        Map<EntityRef, EntityRef> renamed = new java.util.IdentityHashMap<>();
        for (List<EntityRef> refs : perArticle) {
            rewritten.add(rewrite(refs, kinds, previous == null ? Map.of() : previous.renamed, renamed));
        }
        Map<String, List<EntityRef>> refsById = new java.util.HashMap<>();
        Map<String, List<Integer>> refArticles = new java.util.HashMap<>();
        for (int i = 0; i < rewritten.size(); i++) {
            for (EntityRef ref : rewritten.get(i)) {
                refsById.computeIfAbsent(ref.entityId(), k -> new ArrayList<>()).add(ref);
                refArticles.computeIfAbsent(ref.entityId(), k -> new ArrayList<>()).add(i);
            }
        }
        TreeMap<String, CorpusEntity> entities = new TreeMap<>();
        refsById.forEach((id, refs) -> entities.put(id, entry(id, refs, refArticles.get(id), previous)));
        return new EntityRegistry(entities, List.copyOf(rewritten), refsById, refArticles, renamed,
                List.copyOf(perArticle), kinds);
    }

    /**
     * This registry with the references of the few articles that changed put in place of their old ones:
     * null when the articles moved, too many changed, or an id that other articles use changed kind.
     */
    private EntityRegistry updatedWith(List<List<EntityRef>> perArticle) {
        if (perArticle.size() != given.size()) return null;
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < perArticle.size(); i++) {
            if (sameObjects(given.get(i), perArticle.get(i))) continue;
            changed.add(i);
            if (changed.size() > MOST_CHANGED_TO_UPDATE) return null;
        }
        if (changed.isEmpty()) return this;

        Map<String, Map<EntityType, int[]>> kindsNow = new java.util.HashMap<>(kinds);
        java.util.Set<String> touched = new java.util.HashSet<>();
        for (int i : changed) {
            for (EntityRef ref : given.get(i)) count(kindsNow, ref, -1, touched.add(ref.entityId()));
            for (EntityRef ref : perArticle.get(i)) count(kindsNow, ref, 1, touched.add(ref.entityId()));
        }
        for (String id : touched) {
            EntityType was = ownerOf(kinds.get(id));
            EntityType now = ownerOf(kindsNow.get(id));
            // The kind that keeps an id decides the rewrite in every article that names it.
            if (was != null && now != null && was != now) return null;
        }

        List<List<EntityRef>> rewritten = new ArrayList<>(this.perArticle);
        Map<EntityRef, EntityRef> renamedNow = new java.util.IdentityHashMap<>(renamed);
        java.util.Set<String> reached = new java.util.TreeSet<>();
        for (int i : changed) {
            for (EntityRef ref : given.get(i)) renamedNow.remove(ref);
            this.perArticle.get(i).forEach(ref -> reached.add(ref.entityId()));
        }
        for (int i : changed) {
            List<EntityRef> article = rewrite(perArticle.get(i), kindsNow, renamed, renamedNow);
            rewritten.set(i, article);
            article.forEach(ref -> reached.add(ref.entityId()));
        }

        java.util.Set<Integer> changedSet = new java.util.HashSet<>(changed);
        Map<String, List<EntityRef>> refsNow = new java.util.HashMap<>(refsById);
        Map<String, List<Integer>> articlesNow = new java.util.HashMap<>(refArticles);
        TreeMap<String, CorpusEntity> entitiesNow = new TreeMap<>(entities);
        for (String id : reached) {
            // The old references of the unchanged articles, with the changed articles' new ones merged in by article.
            List<EntityRef> oldRefs = refsById.getOrDefault(id, List.of());
            List<Integer> oldArticles = refArticles.getOrDefault(id, List.of());
            List<EntityRef> refs = new ArrayList<>();
            List<Integer> articles = new ArrayList<>();
            int o = 0;
            for (int i : changed) {
                for (; o < oldRefs.size() && oldArticles.get(o) < i; o++) {
                    refs.add(oldRefs.get(o));
                    articles.add(oldArticles.get(o));
                }
                for (; o < oldRefs.size() && oldArticles.get(o) == i; o++) { /* replaced */ }
                for (EntityRef ref : rewritten.get(i)) {
                    if (!ref.entityId().equals(id)) continue;
                    refs.add(ref);
                    articles.add(i);
                }
            }
            for (; o < oldRefs.size(); o++) {
                if (changedSet.contains(oldArticles.get(o))) continue;
                refs.add(oldRefs.get(o));
                articles.add(oldArticles.get(o));
            }
            if (refs.isEmpty()) {
                refsNow.remove(id);
                articlesNow.remove(id);
                entitiesNow.remove(id);
            } else {
                refsNow.put(id, refs);
                articlesNow.put(id, articles);
                entitiesNow.put(id, entry(id, refs, articles, this));
            }
        }
        return new EntityRegistry(entitiesNow, List.copyOf(rewritten), refsNow, articlesNow, renamedNow,
                List.copyOf(perArticle), kindsNow);
    }

    /** Adds a reference's mentions to its id's counts ({@code sign} -1 takes them away), copying the counts first when {@code copy}. */
    private static void count(Map<String, Map<EntityType, int[]>> kinds, EntityRef ref, int sign, boolean copy) {
        Map<EntityType, int[]> counts = kinds.get(ref.entityId());
        if (counts == null) {
            counts = new java.util.EnumMap<>(EntityType.class);
        } else if (copy) {
            Map<EntityType, int[]> copied = new java.util.EnumMap<>(EntityType.class);
            counts.forEach((type, n) -> copied.put(type, n.clone()));
            counts = copied;
        }
        kinds.put(ref.entityId(), counts);
        int[] n = counts.computeIfAbsent(ref.type(), t -> new int[2]);
        n[0] += sign;
        n[1] += sign * ref.mentions().size();
        if (n[0] == 0) counts.remove(ref.type());
        if (counts.isEmpty()) kinds.remove(ref.entityId());
    }

    /** The kind that keeps a contested id: most mentions, then enum order; null for an id no reference has. */
    private static EntityType ownerOf(Map<EntityType, int[]> counts) {
        if (counts == null) return null;
        EntityType best = null;
        int most = Integer.MIN_VALUE;
        for (Map.Entry<EntityType, int[]> kind : counts.entrySet()) {
            // EnumMap runs in enum order, so a tie stays with the earlier kind.
            if (kind.getValue()[1] > most) {
                best = kind.getKey();
                most = kind.getValue()[1];
            }
        }
        return best;
    }

    /** An article's references with each contested id not its kind's rewritten, reusing last time's rewrite. */
    private static List<EntityRef> rewrite(List<EntityRef> refs, Map<String, Map<EntityType, int[]>> kinds,
                                           Map<EntityRef, EntityRef> before, Map<EntityRef, EntityRef> renamed) {
        List<EntityRef> article = new ArrayList<>();
        for (EntityRef ref : refs) {
            if (ownerOf(kinds.get(ref.entityId())) == ref.type()) {
                article.add(ref);
                continue;
            }
            String id = ref.entityId() + "-" + EntityResolver.typeWord(ref.type());
            // The very rewrite of last time, so that the entity's entry can be taken over as well.
            EntityRef again = before.get(ref);
            EntityRef rewrite = again != null && again.entityId().equals(id) ? again : ref.withId(id);
            renamed.put(ref, rewrite);
            article.add(rewrite);
        }
        return List.copyOf(article);
    }

    /** An entity's entry: {@code previous}'s when made from the very same references in the same articles. */
    private static CorpusEntity entry(String id, List<EntityRef> refs, List<Integer> refArticles, EntityRegistry previous) {
        List<Integer> articles = new ArrayList<>();
        // References come in article order, so a repeat can only be the last one added.
        for (int i : refArticles) if (articles.isEmpty() || articles.get(articles.size() - 1) != i) articles.add(i);
        CorpusEntity before = previous == null ? null : previous.entities.get(id);
        boolean same = before != null && sameObjects(previous.refsById.get(id), refs) && before.articleIds().equals(articles);
        return same ? before : entity(id, refs, articles);
    }

    private static boolean sameObjects(List<EntityRef> x, List<EntityRef> y) {
        if (x.size() != y.size()) return false;
        for (int i = 0; i < x.size(); i++) if (x.get(i) != y.get(i)) return false;
        return true;
    }

    private static CorpusEntity entity(String id, List<EntityRef> refs, List<Integer> articles) {
        // the editors' or the most frequent naming wins; ties go to the alphabetically first, for determinism
        Map<String, Long> spellings = new java.util.HashMap<>();
        for (EntityRef r : refs) spellings.merge(r.nameAr(), 1L, Long::sum);
        EntityRef naming = refs.stream()
                .max(Comparator.comparing((EntityRef r) -> !r.englishTransliterated())
                        .thenComparingLong(r -> spellings.get(r.nameAr()))
                        .thenComparing(EntityRef::nameAr, Comparator.reverseOrder())
                        .thenComparing(EntityRef::nameEn, Comparator.reverseOrder()))
                .orElseThrow();
        TreeSet<String> aliases = new TreeSet<>();
        Map<String, Integer> roleCounts = new TreeMap<>();
        Map<String, String> roleEnglish = new TreeMap<>();
        int mentions = 0;
        for (EntityRef ref : refs) {
            aliases.add(ref.nameAr());
            for (Mention mention : ref.mentions()) aliases.add(mention.surface().strip());
            for (RoleMention role : ref.roles()) {
                roleCounts.merge(role.ar(), 1, Integer::sum);
                roleEnglish.putIfAbsent(role.ar(), role.en());
            }
            mentions += ref.mentions().size();
        }
        List<String> rolesAr = roleCounts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        List<String> rolesEn = rolesAr.stream().map(roleEnglish::get).toList();
        return new CorpusEntity(id, naming.type(), naming.nameAr(), naming.nameEn(), naming.englishTransliterated(),
                List.copyOf(aliases), rolesAr, rolesEn, articles, mentions);
    }

    /** Every entity, sorted by id. */
    public List<CorpusEntity> entities() {
        return List.copyOf(entities.values());
    }

    public Optional<CorpusEntity> byId(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    /** The articles' references, in the order given, with contested ids rewritten. */
    public List<List<EntityRef>> perArticle() {
        return perArticle;
    }
}
