package org.nashra.extract.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nashra.core.Problem;
import org.nashra.extract.EntityType;
import org.nashra.extract.Mention;
import org.nashra.translate.names.PlaceLexicon;
import org.nashra.translate.names.Transliterator;

class GazetteerTest {

    private static final Path FILE = Path.of("data/entities.yml");

    @Test
    void theShippedGazetteerLoadsWithoutProblems() {
        Loaded<Gazetteer> loaded = Gazetteer.load(FILE);
        assertEquals(List.of(), loaded.problems());
        Gazetteer gazetteer = loaded.value();
        assertTrue(gazetteer.entries().size() > 100, "entries: " + gazetteer.entries().size());
        assertEquals("isis", gazetteer.lookup("تنظيم الدولة").orElseThrow().id());
        assertEquals("global-coalition", gazetteer.lookup("التحالف الدولى").orElseThrow().id());
        assertEquals("united-states", gazetteer.lookup("امريكا").orElseThrow().id());
        assertEquals("cjtf-oir", gazetteer.lookup("قوة المهام المشتركة-عملية العزم الصلب").orElseThrow().id());
        assertEquals("pentagon", gazetteer.lookup("البنتاجون").orElseThrow().id());
        assertEquals("kurdistan-regional-government", gazetteer.lookup("حكومة اقليم كردستان").orElseThrow().id());
    }

    /** A common word that names an entity of the shipped gazetteer is looked for only between brackets. */
    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            المستقلة | al-mustaqilla
            تداول    | saudi-exchange
            الرأي    | al-rai-jordan
            """)
    void aCommonWordOfTheShippedGazetteerIsABracketedAlias(String word, String id) {
        GazetteerEntry entry = Gazetteer.load(FILE).value().lookup(word).orElseThrow();
        assertEquals(id, entry.id());
        assertTrue(entry.bracketedAliases().contains(word), () -> entry.bracketedAliases().toString());
    }

    /** A name the gazetteer lists in Latin letters is looked up as written, capitals and all; an Arabic name by its key. */
    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            TSMC             | tsmc
            RAND Corporation | rand-corporation
            Nvidia           | nvidia
            تي إس إم سي      | tsmc
            tsmc             | -
            Corporation      | -
            """)
    void aNameInLatinLettersIsLookedUpAsWritten(String name, String id) {
        Optional<GazetteerEntry> entry = Gazetteer.load(FILE).value().lookup(name);
        assertEquals(id, entry.map(GazetteerEntry::id).orElse("-"));
    }

    @Test
    void aSuppressedNameOfSeveralWordsIsAPhraseNamingNothing() {
        String yaml = """
                - id: civil-peace
                  type: other
                  ar: السلم الأهلي
                  en: civil peace
                  suppress: true
                - id: god
                  type: other
                  ar: الله
                  en: God
                  suppress: true
                - id: al-ahly
                  type: organisation
                  ar: النادي الأهلي
                  en: Al Ahly
                """;
        assertEquals(List.of("السلم الأهلي"), Gazetteer.parse(FILE, yaml).value().phrasesNamingNothing());
    }

    @Test
    void aBracketedAliasIsANameOfTheEntityLookedForOnlyBetweenBrackets() {
        String yaml = """
                - id: al-mustaqilla
                  type: organisation
                  ar: وكالة الصحافة المستقلة
                  bracketed_aliases: [المستقلة]
                  en: Al-Mustaqilla Press Agency
                """;
        Loaded<Gazetteer> loaded = Gazetteer.parse(FILE, yaml);
        assertEquals(List.of(), loaded.problems());
        assertEquals("al-mustaqilla", loaded.value().lookup("المستقلة").orElseThrow().id());
        assertEquals(List.of("المستقلة"), loaded.value().entries().get(0).bracketedAliases());
    }

    @Test
    void unknownKeyIsReportedWithItsLineAndTheEntrySkipped() {
        String yaml = """
                - id: baghdad
                  type: place
                  ar: بغداد
                  en: Baghdad
                - id: basra
                  type: place
                  ar: البصرة
                  english: Basra
                """;
        Loaded<Gazetteer> loaded = Gazetteer.parse(FILE, yaml);
        Problem unknown = loaded.problems().stream().filter(p -> p.message().contains("english")).findFirst().orElseThrow();
        assertEquals(8, unknown.line());
        assertTrue(unknown.isError());
        assertTrue(unknown.toString().startsWith("data/entities.yml:8: error: unknown key 'english'"), unknown.toString());
        assertTrue(loaded.value().lookup("بغداد").isPresent(), "the good entry still loads");
        assertTrue(loaded.value().lookup("البصرة").isEmpty());
    }

    @Test
    void badEntriesAreReportedNotThrown() {
        String yaml = """
                - id: Not A Slug
                  type: person
                  ar: س
                  en: S
                - id: x
                  type: planet
                  ar: س
                  en: X
                - id: y
                  type: person
                  ar: ص
                - id: y
                  type: person
                  ar: ض
                  en: Y
                - id: y
                  type: person
                  ar: ط
                  en: Y2
                """;
        List<Problem> problems = Gazetteer.parse(FILE, yaml).problems();
        assertEquals(List.of(1, 6, 9, 16), problems.stream().map(Problem::line).toList(), problems.toString());
        assertTrue(Gazetteer.parse(FILE, "- [unclosed").problems().get(0).message().startsWith("not valid YAML"));
        assertTrue(Gazetteer.parse(FILE, "key: value").problems().get(0).message().contains("list"));
        assertTrue(Gazetteer.load(Path.of("no/such/file.yml")).problems().get(0).isError());
    }

    @Test
    void editorsWinMergeSuppressAndRename() {
        Transliterator transliterator = Transliterator.load();
        RoleLexicon roles = RoleLexicon.empty();
        PlaceLexicon places = PlaceLexicon.load();
        EntityResolverTest.Marked article = EntityResolverTest.Marked.of(
                "قال «جون سميث|PERS» إن «الجيش الحر|ORG» و«الجيش السوري الحر|ORG» و«كلمة خاطئة|ORG» باقية.");

        Gazetteer none = Gazetteer.empty();
        List<EntityRef> before = new EntityResolver(none, roles, transliterator, places).resolve(article.text(), article.mentions());
        assertEquals(4, before.size());
        String madeUpId = before.get(0).entityId();

        String yaml = """
                - id: john-smith-the-envoy
                  type: person
                  ar: جون سميث الثاني
                  en: John Smith
                  merge: [%s]
                - id: free-syrian-army
                  type: organisation
                  ar: الجيش السوري الحر
                  aliases: [الجيش الحر]
                  en: Free Syrian Army (renamed)
                - id: false-entity
                  suppress: true
                  ar: كلمة خاطئة
                """.formatted(madeUpId);
        Loaded<Gazetteer> loaded = Gazetteer.parse(FILE, yaml);
        assertEquals(List.of(), loaded.problems());
        List<EntityRef> after = new EntityResolver(loaded.value(), roles, transliterator, places).resolve(article.text(), article.mentions());

        assertEquals(List.of("john-smith-the-envoy", "free-syrian-army"), after.stream().map(EntityRef::entityId).toList());
        assertEquals("John Smith", after.get(0).nameEn());
        assertEquals("Free Syrian Army (renamed)", after.get(1).nameEn());
        assertEquals(2, after.get(1).mentions().size());
        assertFalse(after.stream().anyMatch(r -> r.nameAr().equals("كلمة خاطئة")), "suppressed entity is dropped");
        assertEquals("john-smith-the-envoy", loaded.value().canonicalId(madeUpId));
    }

    @Test
    void mergedEntriesLendTheirNames() {
        String yaml = """
                - id: isis
                  type: organisation
                  ar: داعش
                  en: ISIS
                  merge: [isil]
                - id: isil
                  type: organisation
                  ar: تنظيم الدولة
                  en: ISIL
                """;
        Gazetteer gazetteer = Gazetteer.parse(FILE, yaml).value();
        assertEquals("isis", gazetteer.lookup("تنظيم الدولة").orElseThrow().id());
        assertEquals("isis", gazetteer.byId("isil").orElseThrow().id());
        assertEquals(List.of("isis"), gazetteer.entries().stream().map(GazetteerEntry::id).toList());
        assertEquals(List.of("تنظيم الدولة"), gazetteer.entries().get(0).aliases());
        assertEquals(EntityType.ORGANISATION, gazetteer.entries().get(0).type());
        assertTrue(new Mention("داعش", 0, 4, EntityType.ORGANISATION).surface().equals(gazetteer.entries().get(0).ar()));
    }
}
