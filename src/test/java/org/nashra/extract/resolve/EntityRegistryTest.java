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
}
