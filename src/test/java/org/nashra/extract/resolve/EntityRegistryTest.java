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
}
