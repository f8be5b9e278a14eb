package org.nashra.extract.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nashra.extract.EntityType;
import org.nashra.extract.Mention;

class EntityRegistryTest {

    private static EntityRef ref(String id, EntityType type, String nameAr, String nameEn, boolean transliterated, String... surfaces) {
        List<Mention> mentions = new java.util.ArrayList<>();
        int at = 0;
        for (String surface : surfaces) {
            mentions.add(new Mention(surface, at, at + surface.length(), type));
            at += surface.length() + 1;
        }
        return new EntityRef(id, type, nameAr, nameEn, transliterated, mentions, List.of());
    }

    @Test
    void oneEntityPerIdWithEverySpellingSeen() {
        List<List<EntityRef>> articles = List.of(
                List.of(ref("global-coalition", EntityType.ORGANISATION, "التحالف الدولي", "Global Coalition", false, "التحالف الدولي", "قوات التحالف")),
                List.of(ref("global-coalition", EntityType.ORGANISATION, "التحالف الدولي", "Global Coalition", false, "التحالف الدولى")),
                List.of());
        EntityRegistry registry = EntityRegistry.build(articles);
        assertEquals(1, registry.entities().size());
        CorpusEntity coalition = registry.entities().get(0);
        assertEquals(List.of("التحالف الدولى", "التحالف الدولي", "قوات التحالف"), coalition.aliasesAr());
        assertEquals(List.of(0, 1), coalition.articleIds());
        assertEquals(3, coalition.mentionCount());
    }

    @Test
    void theMostFrequentSpellingNamesAnUnknownEntity() {
        EntityRegistry registry = EntityRegistry.build(List.of(
                List.of(ref("karim-al-zubaidi", EntityType.PERSON, "كريم الزبيدى", "Karim al-Zubaidi", true, "كريم الزبيدى")),
                List.of(ref("karim-al-zubaidi", EntityType.PERSON, "كريم الزبيدي", "Karim al-Zubaidi", true, "كريم الزبيدي")),
                List.of(ref("karim-al-zubaidi", EntityType.PERSON, "كريم الزبيدي", "Karim al-Zubaidi", true, "كريم الزبيدي"))));
        assertEquals("كريم الزبيدي", registry.entities().get(0).nameAr());
    }

    @Test
    void anIdUsedForTwoKindsStaysWithTheMoreMentionedKind() {
        EntityRegistry registry = EntityRegistry.build(List.of(
                List.of(ref("hamdan", EntityType.PERSON, "حمدان", "Hamdan", true, "حمدان", "حمدان")),
                List.of(ref("hamdan", EntityType.PLACE, "حمدان", "Hamdan", true, "حمدان"))));
        assertEquals(List.of("hamdan", "hamdan-place"), registry.entities().stream().map(CorpusEntity::id).toList());
        assertEquals("hamdan-place", registry.perArticle().get(1).get(0).entityId());
        assertEquals(EntityType.PERSON, registry.byId("hamdan").orElseThrow().type());
    }

    @Test
    void buildingAgainTakesOverARewrittenEntityWhoseReferencesAreTheSame() {
        List<List<EntityRef>> articles = List.of(
                List.of(ref("hamdan", EntityType.PERSON, "حمدان", "Hamdan", true, "حمدان", "حمدان")),
                List.of(ref("hamdan", EntityType.PLACE, "حمدان", "Hamdan", true, "حمدان")));
        EntityRegistry first = EntityRegistry.build(articles);
        EntityRegistry again = EntityRegistry.build(articles, first);
        assertSame(first.perArticle().get(1).get(0), again.perArticle().get(1).get(0));
        assertSame(first.byId("hamdan-place").orElseThrow(), again.byId("hamdan-place").orElseThrow());
        assertEquals(EntityRegistry.build(articles).entities(), again.entities());
    }

    @Test
    void whenTheCountsTurnTheRewriteMovesToTheOtherKind() {
        EntityRef person = ref("hamdan", EntityType.PERSON, "حمدان", "Hamdan", true, "حمدان", "حمدان");
        EntityRef place = ref("hamdan", EntityType.PLACE, "حمدان", "Hamdan", true, "حمدان");
        EntityRegistry first = EntityRegistry.build(List.of(List.of(person), List.of(place)));
        List<List<EntityRef>> turned = List.of(List.of(person), List.of(place),
                List.of(ref("hamdan", EntityType.PLACE, "حمدان", "Hamdan", true, "حمدان", "حمدان")));
        EntityRegistry again = EntityRegistry.build(turned, first);
        assertEquals(List.of("hamdan", "hamdan-person"), again.entities().stream().map(CorpusEntity::id).toList());
        assertEquals("hamdan", again.perArticle().get(1).get(0).entityId());
        assertEquals(EntityRegistry.build(turned).entities(), again.entities());
        assertEquals(EntityRegistry.build(turned).perArticle(), again.perArticle());
    }

    /**
     * A chain of random changes (articles whose references change, articles added, removed or moved, ids
     * that two kinds contest and whose owner turns): each registry made from the last equals one made
     * from scratch, entry for entry and reference for reference.
     */
    @Test
    void aRegistryMadeFromTheLastEqualsOneMadeFromScratchThroughAChainOfChanges() {
        java.util.Random random = new java.util.Random(20241204);
        String[] ids = {"hamdan", "baghdad", "coalition", "sudani", "anbar", "hamdan-place", "iraq"};
        EntityType[] types = {EntityType.PERSON, EntityType.PLACE, EntityType.ORGANISATION};
        java.util.function.Supplier<List<EntityRef>> article = () -> {
            List<EntityRef> refs = new java.util.ArrayList<>();
            for (int n = random.nextInt(5); n > 0; n--) {
                String id = ids[random.nextInt(ids.length)];
                String[] surfaces = new String[1 + random.nextInt(3)];
                java.util.Arrays.fill(surfaces, "اسم" + random.nextInt(3));
                refs.add(ref(id, types[random.nextInt(types.length)], "اسم" + random.nextInt(3), id, random.nextBoolean(), surfaces));
            }
            return refs;
        };
        List<List<EntityRef>> articles = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) articles.add(article.get());
        EntityRegistry last = EntityRegistry.build(List.copyOf(articles));
        for (int step = 0; step < 400; step++) {
            int kind = random.nextInt(10);
            if (kind < 7) {
                articles.set(random.nextInt(articles.size()), article.get());
            } else if (kind == 7) {
                articles.add(random.nextInt(articles.size() + 1), article.get());
            } else if (kind == 8 && articles.size() > 1) {
                articles.remove(random.nextInt(articles.size()));
            } else {
                articles.add(random.nextInt(articles.size()), articles.remove(random.nextInt(articles.size())));
            }
            // Each article's list is made afresh, as the linker makes it; its references stay the same objects.
            List<List<EntityRef>> now = articles.stream().map(refs -> List.copyOf(refs)).toList();
            EntityRegistry next = EntityRegistry.build(now, last);
            EntityRegistry scratch = EntityRegistry.build(now);
            assertEquals(scratch.entities(), next.entities(), "step " + step);
            assertEquals(scratch.perArticle(), next.perArticle(), "step " + step);
            last = next;
        }
    }

    @Test
    void aChangedArticleLeavesTheEntriesOfTheEntitiesItDoesNotNameAsTheyWere() {
        EntityRef baghdad = ref("baghdad", EntityType.PLACE, "بغداد", "Baghdad", false, "بغداد");
        EntityRef sudani = ref("sudani", EntityType.PERSON, "السوداني", "al-Sudani", false, "السوداني");
        EntityRef anbar = ref("anbar", EntityType.PLACE, "الأنبار", "Anbar", false, "الأنبار");
        EntityRegistry first = EntityRegistry.build(List.of(List.of(baghdad, sudani), List.of(anbar)));
        EntityRegistry again = EntityRegistry.build(List.of(List.of(baghdad, sudani),
                List.of(ref("anbar", EntityType.PLACE, "الانبار", "Anbar", false, "الانبار"))), first);
        assertSame(first.byId("baghdad").orElseThrow(), again.byId("baghdad").orElseThrow());
        assertSame(first.byId("sudani").orElseThrow(), again.byId("sudani").orElseThrow());
        assertEquals(List.of("الانبار"), again.byId("anbar").orElseThrow().aliasesAr());
    }

    private static EntityRef withRoles(EntityRef ref, RoleMention... roles) {
        return new EntityRef(ref.entityId(), ref.type(), ref.nameAr(), ref.nameEn(), ref.englishTransliterated(),
                ref.mentions(), List.of(roles));
    }

    @Test
    void aMuchNamedEntityChangedInOneArticleIsAsIfMadeFromScratch() {
        // Twenty articles name al-Sudani as prime minister; the first calls the role "Prime Minister", the others "prime minister".
        List<List<EntityRef>> articles = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            articles.add(List.of(withRoles(ref("sudani", EntityType.PERSON, "محمد شياع السوداني", "Mohammed Shia al-Sudani", false,
                    "محمد شياع السوداني", "السوداني"), new RoleMention("رئيس الوزراء", i == 0 ? "Prime Minister" : "prime minister", 0, 12))));
        }
        EntityRegistry first = EntityRegistry.build(List.copyOf(articles));
        assertEquals(List.of("Prime Minister"), first.byId("sudani").orElseThrow().rolesEn());
        // The first article now names him only by his surname, spelt otherwise, and without the role.
        articles.set(0, List.of(ref("sudani", EntityType.PERSON, "السودانى", "al-Sudani", true, "السودانى")));
        EntityRegistry again = EntityRegistry.build(List.copyOf(articles), first);
        CorpusEntity sudani = again.byId("sudani").orElseThrow();
        assertEquals(List.of("prime minister"), sudani.rolesEn());
        assertEquals(List.of("السودانى", "السوداني", "محمد شياع السوداني"), sudani.aliasesAr());
        assertEquals(39, sudani.mentionCount());
        assertEquals(EntityRegistry.build(List.copyOf(articles)).entities(), again.entities());
    }

    /**
     * The definition of an entity's entry, from its references in article order: named by the editors' or
     * else the most frequent naming (ties to the alphabetically first, then the first in article order),
     * every spelling seen, roles most frequent first with the English first given for each.
     */
    private static CorpusEntity defined(String id, List<EntityRef> refs, List<Integer> articles) {
        java.util.Map<String, Long> spellings = new java.util.HashMap<>();
        for (EntityRef r : refs) spellings.merge(r.nameAr(), 1L, Long::sum);
        EntityRef naming = refs.stream()
                .max(java.util.Comparator.comparing((EntityRef r) -> !r.englishTransliterated())
                        .thenComparingLong(r -> spellings.get(r.nameAr()))
                        .thenComparing(EntityRef::nameAr, java.util.Comparator.reverseOrder())
                        .thenComparing(EntityRef::nameEn, java.util.Comparator.reverseOrder()))
                .orElseThrow();
        java.util.TreeSet<String> aliases = new java.util.TreeSet<>();
        java.util.Map<String, Integer> roleCounts = new java.util.TreeMap<>();
        java.util.Map<String, String> roleEnglish = new java.util.TreeMap<>();
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
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(java.util.Map.Entry.comparingByKey()))
                .map(java.util.Map.Entry::getKey).toList();
        return new CorpusEntity(id, naming.type(), naming.nameAr(), naming.nameEn(), naming.englishTransliterated(),
                List.copyOf(aliases), rolesAr, rolesAr.stream().map(roleEnglish::get).toList(), articles, mentions);
    }

    /** Every entry of a registry as {@link #defined} from its references. */
    private static List<CorpusEntity> defined(EntityRegistry registry) {
        java.util.Map<String, List<EntityRef>> refs = new java.util.TreeMap<>();
        java.util.Map<String, java.util.Set<Integer>> articles = new java.util.HashMap<>();
        for (int i = 0; i < registry.perArticle().size(); i++) {
            for (EntityRef ref : registry.perArticle().get(i)) {
                refs.computeIfAbsent(ref.entityId(), id -> new java.util.ArrayList<>()).add(ref);
                articles.computeIfAbsent(ref.entityId(), id -> new java.util.TreeSet<>()).add(i);
            }
        }
        return refs.entrySet().stream()
                .map(e -> defined(e.getKey(), e.getValue(), List.copyOf(articles.get(e.getKey())))).toList();
    }

    /**
     * Edits to entities named in many articles (references added, removed, moved to another id, of another
     * kind, named alike with another English, with roles spelt two ways in English): each registry made from
     * the last has exactly the entries of one made from scratch, which are those {@link #defined} from their references.
     */
    @Test
    void theEntriesOfMuchNamedEntitiesFollowEveryEditAsIfMadeFromScratch() {
        java.util.Random random = new java.util.Random(20261207);
        String[] ids = {"sudani", "baghdad", "coalition", "baghdad-place"};
        String[] namesAr = {"السوداني", "السودانى", "بغداد"};
        String[] namesEn = {"al-Sudani", "Al-Sudani", "Baghdad"};
        String[] rolesAr = {"رئيس الوزراء", "وزير"};
        String[] rolesEn = {"prime minister", "Prime Minister", "minister"};
        EntityType[] types = {EntityType.PERSON, EntityType.PLACE, EntityType.ORGANISATION};
        java.util.function.Supplier<EntityRef> reference = () -> {
            String[] surfaces = new String[1 + random.nextInt(3)];
            for (int s = 0; s < surfaces.length; s++) surfaces[s] = namesAr[random.nextInt(namesAr.length)] + (random.nextInt(4) == 0 ? " " : "");
            RoleMention[] roles = new RoleMention[random.nextInt(3)];
            for (int r = 0; r < roles.length; r++) {
                roles[r] = new RoleMention(rolesAr[random.nextInt(rolesAr.length)], rolesEn[random.nextInt(rolesEn.length)], 0, 1);
            }
            // Most references of one kind, so that an id's owner turns only now and then.
            EntityType type = random.nextInt(6) == 0 ? types[random.nextInt(types.length)] : EntityType.PERSON;
            return withRoles(ref(ids[random.nextInt(ids.length)], type, namesAr[random.nextInt(namesAr.length)],
                    namesEn[random.nextInt(namesEn.length)], random.nextInt(3) == 0, surfaces), roles);
        };
        java.util.function.Supplier<List<EntityRef>> article = () -> {
            List<EntityRef> refs = new java.util.ArrayList<>();
            for (int n = random.nextInt(4); n > 0; n--) refs.add(reference.get());
            return refs;
        };
        List<List<EntityRef>> articles = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) articles.add(article.get());
        EntityRegistry last = EntityRegistry.build(List.copyOf(articles));
        int muchNamed = 0;
        for (int step = 0; step < 500; step++) {
            int edits = 1 + (random.nextInt(8) == 0 ? random.nextInt(4) : 0);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(articles.size());
                List<EntityRef> refs = new java.util.ArrayList<>(articles.get(at));
                int kind = random.nextInt(12);
                if (kind < 3 || refs.isEmpty()) {
                    articles.set(at, article.get());
                } else if (kind == 3) {
                    articles.add(at, article.get());
                } else if (kind == 4 && articles.size() > 1) {
                    articles.remove(at);
                } else {
                    int r = random.nextInt(refs.size());
                    EntityRef old = refs.get(r);
                    EntityRef changed = switch (kind) {
                        case 5, 6 -> old.withId(ids[random.nextInt(ids.length)]);
                        case 7, 8 -> new EntityRef(old.entityId(), types[random.nextInt(types.length)], old.nameAr(), old.nameEn(),
                                old.englishTransliterated(), old.mentions(), old.roles());
                        case 9, 10 -> new EntityRef(old.entityId(), old.type(), old.nameAr(), namesEn[random.nextInt(namesEn.length)],
                                old.englishTransliterated(), old.mentions(), old.roles());
                        default -> reference.get();
                    };
                    refs.set(r, changed);
                    articles.set(at, refs);
                }
            }
            List<List<EntityRef>> now = articles.stream().map(refs -> List.copyOf(refs)).toList();
            EntityRegistry next = EntityRegistry.build(now, last);
            EntityRegistry scratch = EntityRegistry.build(now);
            assertEquals(defined(scratch), scratch.entities(), "step " + step);
            assertEquals(scratch.entities(), next.entities(), "step " + step);
            assertEquals(scratch.perArticle(), next.perArticle(), "step " + step);
            muchNamed += (int) next.entities().stream().filter(entity -> entity.articleIds().size() >= 16).count();
            last = next;
        }
        // The edits reached entities named in many articles, not only the seldom named.
        org.junit.jupiter.api.Assertions.assertTrue(muchNamed > 500, "much-named entries: " + muchNamed);
    }
}
