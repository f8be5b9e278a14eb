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

    private final Map<String, CorpusEntity> entities;
    private final List<List<EntityRef>> perArticle;
    /** Each entity's references, in article order: what its entry was made from. */
    private final Map<String, List<EntityRef>> refsById;
    /** Each reference whose id was rewritten, to what it was rewritten to; by identity. */
    private final Map<EntityRef, EntityRef> renamed;

    private EntityRegistry(Map<String, CorpusEntity> entities, List<List<EntityRef>> perArticle,
                           Map<String, List<EntityRef>> refsById, Map<EntityRef, EntityRef> renamed) {
        this.entities = entities;
        this.perArticle = perArticle;
        this.refsById = refsById;
        this.renamed = renamed;
    }

    public static EntityRegistry build(List<List<EntityRef>> perArticle) {
        return build(perArticle, null);
    }

    /**
     * The same registry, taking over from {@code previous} (null: none) the entry of every entity whose
     * references are the very same objects, in the same articles, as there: an entry is made from those alone.
     */
    public static EntityRegistry build(List<List<EntityRef>> perArticle, EntityRegistry previous) {
        // which kind keeps a contested id: most mentions, then enum order
        Map<String, Map<EntityType, Integer>> kinds = new java.util.HashMap<>();
        for (List<EntityRef> refs : perArticle) {
            for (EntityRef ref : refs) {
                kinds.computeIfAbsent(ref.entityId(), k -> new java.util.EnumMap<>(EntityType.class)).merge(ref.type(), ref.mentions().size(), Integer::sum);
            }
        }
        Map<String, EntityType> owner = new java.util.HashMap<>();
        kinds.forEach((id, counts) -> owner.put(id, counts.entrySet().stream()
                .max(Map.Entry.<EntityType, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey()));
        List<List<EntityRef>> rewritten = new ArrayList<>();
        Map<EntityRef, EntityRef> renamed = new java.util.IdentityHashMap<>();
        for (List<EntityRef> refs : perArticle) {
            List<EntityRef> article = new ArrayList<>();
            for (EntityRef ref : refs) {
                if (owner.get(ref.entityId()) == ref.type()) {
                    article.add(ref);
                    continue;
                }
                String id = ref.entityId() + "-" + EntityResolver.typeWord(ref.type());
                // The very rewrite of last time, so that the entity's entry can be taken over as well.
                EntityRef again = previous == null ? null : previous.renamed.get(ref);
                EntityRef rewrite = again != null && again.entityId().equals(id) ? again : ref.withId(id);
                renamed.put(ref, rewrite);
                article.add(rewrite);
            }
            rewritten.add(List.copyOf(article));
        }
        Map<String, List<Integer>> articlesById = new java.util.HashMap<>();
        Map<String, List<EntityRef>> refsById = new java.util.HashMap<>();
        for (int i = 0; i < rewritten.size(); i++) {
            for (EntityRef ref : rewritten.get(i)) {
                refsById.computeIfAbsent(ref.entityId(), k -> new ArrayList<>()).add(ref);
                List<Integer> articles = articlesById.computeIfAbsent(ref.entityId(), k -> new ArrayList<>());
                // Articles are visited in order, so a repeat can only be the last one added.
                if (articles.isEmpty() || articles.get(articles.size() - 1) != i) articles.add(i);
            }
        }
        Map<String, CorpusEntity> entities = new TreeMap<>();
        refsById.forEach((id, refs) -> {
            CorpusEntity before = previous == null ? null : previous.entities.get(id);
            boolean same = before != null && sameObjects(previous.refsById.get(id), refs) && before.articleIds().equals(articlesById.get(id));
            entities.put(id, same ? before : entity(id, refs, articlesById.get(id)));
        });
        return new EntityRegistry(java.util.Collections.unmodifiableMap(entities), List.copyOf(rewritten), refsById, renamed);
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
