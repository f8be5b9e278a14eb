package org.nashra.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nashra.analyse.Analyser;
import org.nashra.analyse.ListedPlaces;
import org.nashra.analyse.Analysis;
import org.nashra.extract.EntityType;
import org.nashra.extract.Mention;
import org.nashra.extract.resolve.EntityRef;
import org.nashra.extract.topics.Topic;
import org.nashra.ingest.Article;
import org.nashra.ingest.Block;

/** Linking again from the last linking's memory gives exactly the corpus linked from scratch. */
class LinkerTest {

    private static final List<Topic> TOPICS = List.of(
            new Topic("meetings", "الاجتماعات", "Meetings", "", "", List.of("الاجتماع", "النقاش")),
            new Topic("travel", "السفر", "Travel", "", "", List.of("سافر", "الرحلة")));
    private static final List<String> PLACES = List.of("بغداد", "البصرة", "الموصل", "كربلاء", "النجف", "أربيل");

    private static final Analyser ANALYSER = ListedPlaces.analyser(TOPICS, PLACES);
    private static final Linker LINKER = new Linker(TOPICS, Related.Weights.defaults());

    /** Article {@code i}: a meeting in one of three places on a day given by {@code day}, and whatever {@code extra} says. */
    private static Analysis article(int i, int day, String extra) {
        String text = "قال المسؤول إن الاجتماع انتهى في " + PLACES.get(i % 3) + " في ١٠ آذار ٢٠٢٤ بعد ساعات من النقاش." + extra;
        return ANALYSER.analyse(new Article(String.format("%03d-a", i), Path.of("seeds/" + i + ".txt"), "عنوان الخبر رقم " + i,
                false, day < 0 ? Optional.empty() : Optional.of(LocalDate.of(2024, 1, 1).plusDays(day)), Optional.empty(),
                Optional.empty(), List.of(Block.paragraph(text, 2)), List.of()));
    }

    private static Analysis article(int i, String extra) {
        return article(i, i, extra);
    }

    private static List<Analysis> corpus(int count) {
        List<Analysis> analyses = new ArrayList<>();
        for (int i = 0; i < count; i++) analyses.add(article(i, ""));
        return analyses;
    }

    private static List<Analysis> replace(List<Analysis> list, int index, Analysis with) {
        List<Analysis> out = new ArrayList<>(list);
        out.set(index, with);
        return out;
    }

    /**
     * Each row: an article's outlet ('' for none), an organisation it names and how the text writes it, and whether
     * that organisation is where its news came from, which never makes two briefings related.
     */
    @ParameterizedTest(name = "{0}: {1} ({2}) ⇒ {3}")
    @CsvSource(delimiter = '|', textBlock = """
            الشرق                 | وكالة الأنباء القطرية       | لوكالة الأنباء القطرية | true
            ''                    | وكالة المغرب العربي للأنباء | وكالة المغرب العربي للأنباء | true
            العربية.نت            | رويترز                      | رويترز                 | true
            الجزيرة + وكالات      | الجزيرة                     | الجزيرة                | true
            هسبريس                | هسبريس                      | هسبريس                 | true
            الشرق                 | صندوق النقد الدولي          | صندوق النقد            | false
            الشرق                 | هيئة قناة السويس            | هيئة قناة السويس       | false
            الجزيرة نت            | وزارة الإعلام               | وزارة الإعلام          | false
            """)
    void anOutletOrANewsAgencyIsASourceNotASharedSubject(String outlet, String name, String surface, boolean source) {
        EntityRef ref = new EntityRef("x", EntityType.ORGANISATION, name, "X", false,
                List.of(new Mention(surface, 0, surface.length(), EntityType.ORGANISATION)), List.of());
        assertEquals(source, Linker.isSource(ref, outlet.isEmpty() ? Optional.empty() : Optional.of(outlet)));
    }

    /** Each row: a change to a linked corpus of 30 articles; linking it from memory must give the corpus linked from scratch. */
    @Test
    void changesGiveTheCorpusLinkedFromScratch() {
        record Change(String what, UnaryOperator<List<Analysis>> apply) {}
        List<Change> changes = List.of(
                new Change("nothing", list -> list),
                new Change("a paragraph added", list -> replace(list, 7, article(7, " وأضاف أن الاجتماع المقبل سيعقد قريبا."))),
                new Change("a new place named", list -> replace(list, 3, article(3, " ثم انتقل الوفد إلى كربلاء."))),
                new Change("a place no other article names", list -> replace(list, 4, article(4, " وذكر أربيل."))),
                new Change("a place taken out", list -> replace(list, 5, article(5, 5, "").withEntities(List.of()))),
                new Change("a topic gained", list -> replace(list, 9, article(9, " ثم سافر الوفد."))),
                new Change("a date moved", list -> replace(list, 11, article(11, 200, ""))),
                new Change("a date lost", list -> replace(list, 12, article(12, -1, ""))),
                new Change("a dated event added", list -> replace(list, 13, article(13, " وفي ٢ أيار ٢٠٢٤ زار الوفد النجف."))),
                new Change("an article removed", list -> { List<Analysis> out = new ArrayList<>(list); out.remove(12); return out; }),
                new Change("an article added", list -> { List<Analysis> out = new ArrayList<>(list); out.add(article(30, " في النجف")); return out; }),
                new Change("two articles changed", list -> replace(replace(list, 1, article(1, " ثم سافر إلى النجف.")), 20,
                        article(20, " وذكر البصرة والموصل."))),
                new Change("the articles given in another order", list -> { List<Analysis> out = new ArrayList<>(list);
                    java.util.Collections.reverse(out); return out; }));
        for (Change change : changes) {
            Linker.Memory memory = new Linker.Memory();
            List<Analysis> before = corpus(30);
            LINKER.link(before, Map.of(), memory);
            List<Analysis> after = change.apply().apply(before);
            Corpus relinked = LINKER.link(after, Map.of(), memory);
            assertEquals(LINKER.link(after), relinked, change.what());
            // Once more from the memory the relinking left: a chain of changes stays equal too.
            assertEquals(LINKER.link(after), LINKER.link(after, Map.of(), memory), change.what() + ", twice");
        }
    }

    @Test
    void aChangedArticleIsTheOnlyOneDerivedAgainAndFarArticlesKeepTheirRanking() {
        Linker.Memory memory = new Linker.Memory();
        List<Analysis> before = corpus(30);
        LINKER.link(before, Map.of(), memory);
        assertEquals(30, memory.derived());
        assertEquals(30, memory.ranked());
        LINKER.link(before, Map.of(), memory);
        assertEquals(0, memory.derived());
        assertEquals(0, memory.ranked());
        // The article already names its place and is about meetings: a sentence more of the same leaves what
        // it is related by as it was, so no ranking is made again.
        List<Analysis> longer = replace(before, 7, article(7, " وأضاف أن الاجتماع المقبل سيعقد قريبا."));
        LINKER.link(longer, Map.of(), memory);
        assertEquals(1, memory.derived());
        assertEquals(0, memory.ranked());
        // A place no other article names: only this article's ranking can move.
        LINKER.link(replace(longer, 4, article(4, " وذكر أربيل.")), Map.of(), memory);
        assertEquals(1, memory.derived());
        assertEquals(1, memory.ranked());
        // Another of the three places: the articles naming it (a third of them) are ranked again, the others kept.
        LINKER.link(replace(longer, 4, article(4, " ثم انتقل الوفد إلى الموصل.")), Map.of(), memory);
        assertEquals(1, memory.derived());
        assertTrue(memory.ranked() > 1 && memory.ranked() < 15, "ranked again: " + memory.ranked());
    }

    /** Random changes, one after another, on a larger corpus: after each, the same corpus as from scratch. */
    @Test
    void aChainOfRandomChangesStaysEqualToLinkingFromScratch() {
        Random random = new Random(20240928);
        List<String> extras = List.of("", " وذكر أربيل.", " ثم سافر الوفد إلى النجف.", " وفي ٢ أيار ٢٠٢٤ زار الوفد كربلاء.",
                " وأضاف أن الاجتماع المقبل في الموصل.", " وقال إن الرحلة إلى البصرة انتهت في ٣ حزيران ٢٠٢٣.");
        List<Analysis> analyses = new ArrayList<>();
        for (int i = 0; i < 60; i++) analyses.add(article(i, random.nextInt(90), extras.get(random.nextInt(extras.size()))));
        Linker.Memory memory = new Linker.Memory();
        LINKER.link(analyses, Map.of(), memory);
        int next = 60;
        for (int step = 0; step < 25; step++) {
            int at = random.nextInt(analyses.size());
            switch (random.nextInt(4)) {
                case 0 -> analyses.remove(at);
                case 1 -> analyses.add(article(next++, random.nextInt(90), extras.get(random.nextInt(extras.size()))));
                default -> analyses.set(at, article(Integer.parseInt(analyses.get(at).id().substring(0, 3)),
                        random.nextInt(5) == 0 ? -1 : random.nextInt(90), extras.get(random.nextInt(extras.size()))));
            }
            Corpus relinked = LINKER.link(analyses, Map.of(), memory);
            assertEquals(LINKER.link(analyses), relinked, "after step " + step);
            assertTrue(memory.derived() <= 1, "one article changed at most");
        }
    }
}
