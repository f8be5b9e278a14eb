package org.nashra.extract.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nashra.extract.EntityType;
import org.nashra.extract.Mention;
import org.nashra.translate.names.PlaceLexicon;
import org.nashra.translate.names.Transliterator;

/** The five seed articles resolved with the shipped gazetteer, roles and models: the tables say who is who. */
class SeedResolutionTest {

    private static final Path SEEDS = Path.of("seeds");
    private static Gazetteer gazetteer;
    private static EntityResolver resolver;
    private static NameFinder finder;
    private static final Map<String, List<EntityRef>> resolved = new TreeMap<>();
    private static final Map<String, String> texts = new TreeMap<>();

    @BeforeAll
    static void resolveSeeds() throws IOException {
        Loaded<Gazetteer> loaded = Gazetteer.load(Path.of("data/entities.yml"));
        assertEquals(List.of(), loaded.problems(), "data/entities.yml must load cleanly");
        gazetteer = loaded.value();
        Loaded<RoleLexicon> roles = RoleLexicon.load(Path.of("data/roles.yml"));
        assertEquals(List.of(), roles.problems(), "data/roles.yml must load cleanly");
        resolver = new EntityResolver(gazetteer, roles.value(), Transliterator.load(), PlaceLexicon.load());
        Map<String, EntityType> extra = new TreeMap<>();
        for (String[] row : table("seed-resolution.tsv")) extra.put(row[1], EntityType.PERSON);
        finder = new NameFinder(gazetteer, extra);
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                texts.put(file.getFileName().toString(), text);
                resolved.put(file.getFileName().toString(), resolver.resolve(text, finder.find(text)));
            }
        }
    }

    static List<String[]> table(String name) throws IOException {
        try (var in = SeedResolutionTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
        }
    }

    static Stream<Arguments> whoIsWho() throws IOException {
        return table("seed-resolution.tsv").stream().map(r -> Arguments.of(r[0], r[1], r[2]));
    }

    @ParameterizedTest(name = "{0}: {1} ⇒ {2}")
    @MethodSource("whoIsWho")
    void everyOccurrenceResolves(String seed, String surface, String expectedId) {
        List<EntityRef> refs = resolved.get(seed);
        int found = 0;
        for (EntityRef ref : refs) {
            for (Mention mention : ref.mentions()) {
                if (mention.surface().equals(surface)) {
                    assertEquals(expectedId, ref.entityId(), () -> "'" + visible(surface) + "' at " + mention.start());
                    found++;
                }
            }
        }
        assertTrue(found > 0, () -> "'" + visible(surface) + "' not among the resolved mentions of " + seed);
    }

    static Stream<Arguments> roles() throws IOException {
        return table("seed-roles.tsv").stream().map(r -> Arguments.of(r[0], r[1], r[2], r[3]));
    }

    @ParameterizedTest(name = "{0}: {1} is {3}")
    @MethodSource("roles")
    void rolesBeforeNamesAreKept(String seed, String id, String roleAr, String roleEn) {
        EntityRef ref = resolved.get(seed).stream().filter(r -> r.entityId().equals(id)).findFirst().orElseThrow();
        assertTrue(ref.rolesAr().contains(roleAr), () -> id + " roles " + ref.rolesAr());
        int index = ref.rolesAr().indexOf(roleAr);
        assertEquals(roleEn, ref.rolesEn().get(index));
        RoleMention mention = ref.roles().stream().filter(r -> r.ar().equals(roleAr)).findFirst().orElseThrow();
        String written = texts.get(seed).substring(mention.start(), mention.end());
        assertFalse(written.isBlank(), "role offsets point at the text");
    }

    @Test
    void mentionOffsetsPointAtTheirSurface() {
        resolved.forEach((seed, refs) -> refs.forEach(ref -> ref.mentions().forEach(m ->
                assertEquals(m.surface(), texts.get(seed).substring(m.start(), m.end())))));
    }

    @Test
    void oneEntityPerIdAcrossTheSeeds() {
        EntityRegistry registry = EntityRegistry.build(List.copyOf(resolved.values()));
        CorpusEntity coalition = registry.byId("global-coalition").orElseThrow();
        assertTrue(coalition.aliasesAr().containsAll(List.of("التحالف الدولي", "التحالف الدولى", "قوات التحالف")),
                () -> "" + coalition.aliasesAr());
        assertEquals(5, coalition.articleIds().size());
        CorpusEntity us = registry.byId("united-states").orElseThrow();
        assertTrue(us.aliasesAr().containsAll(List.of("أميركا", "أمريكا", "الولايات المتحدة")), () -> "" + us.aliasesAr());
        assertEquals("United States", us.nameEn());
        CorpusEntity sudani = registry.byId("mohammed-shia-al-sudani").orElseThrow();
        assertEquals(List.of(2, 3), sudani.articleIds());
        assertEquals("Iraqi Prime Minister", sudani.rolesEn().get(0));
    }

    static String visible(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (Character.isWhitespace(c) && c != ' ' || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
