package org.nashra.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nashra.analyse.Analyser;
import org.nashra.analyse.Analysis;
import org.nashra.extract.EntityType;
import org.nashra.extract.Mention;
import org.nashra.extract.resolve.EntityResolver;
import org.nashra.extract.resolve.Gazetteer;
import org.nashra.extract.resolve.RoleLexicon;
import org.nashra.extract.topics.Topic;
import org.nashra.ingest.Article;
import org.nashra.ingest.Block;
import org.nashra.translate.names.PlaceLexicon;
import org.nashra.translate.names.Transliterator;

/** The English headline made for an article that has no English one: its topic, else the names it gives most. */
class EnglishHeadlineTest {

    private static final UiStrings UI = UiStrings.load(Path.of("data/ui")).strings();
    private static final Topic BANKS = new Topic("banks", "المصارف", "Banks and rates", "", "", List.of("سعر الفائدة", "التضخم"));
    private static final Topic ECONOMY = new Topic("economy", "الاقتصاد", "Economy", "", "", List.of("الفائدة", "التضخم"), true);
    /** Names found wherever they stand, each with its type: the recogniser is not what is tested here. */
    private static final Map<String, EntityType> NAMES = Map.of(
            "البنك المركزي المصري", EntityType.ORGANISATION,
            "وزارة المالية المصرية", EntityType.ORGANISATION,
            "القاهرة", EntityType.PLACE,
            "رويترز", EntityType.ORGANISATION,
            "نيوز", EntityType.PERSON,
            "محمد المنفي", EntityType.PERSON,
            "أحمد الطيب", EntityType.PERSON,
            "شيخ الأزهر", EntityType.PERSON);

    private static String headline(String text, Optional<LocalDate> published) {
        return headline(List.of(BANKS), text, published);
    }

    private static String headline(List<Topic> taxonomy, String text, Optional<LocalDate> published) {
        return headline(taxonomy, text, published, Optional.empty());
    }

    private static String headline(List<Topic> taxonomy, String text, Optional<LocalDate> published, Optional<String> outlet) {
        return headline(taxonomy, "عنوان", text, published, outlet);
    }

    private static String headline(List<Topic> taxonomy, String title, String text, Optional<LocalDate> published, Optional<String> outlet) {
        Analyser analyser = new Analyser(taxonomy, body -> {
            List<Mention> found = new ArrayList<>();
            NAMES.forEach((name, type) -> {
                for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) found.add(new Mention(name, at, at + name.length(), type));
            });
            return found;
        }, new EntityResolver(Gazetteer.empty(), RoleLexicon.empty(), Transliterator.load(), PlaceLexicon.load()));
        Analysis analysis = analyser.analyse(new Article("001-a", Path.of("seeds/001_a.txt"), title, false, published,
                outlet, Optional.empty(), List.of(Block.paragraph(text, 3)), List.of()));
        return new EnglishNames(UI, id -> taxonomy.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow()).headline(analysis);
    }

    @Test
    void anArticleATopicTakesIsHeadedByTheTopic() {
        assertEquals("Banks and rates: Arabic report of 20 November 2024",
                headline("قرر البنك المركزي المصري في القاهرة الإبقاء على سعر الفائدة بسبب التضخم.", Optional.of(LocalDate.of(2024, 11, 20))));
    }

    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            موجز الظهيرة: تعزية أميرية.. ومرسوم سلطاني  | News roundup: Arabic report of 20 November 2024
            أبرز الأخبار الاقتصادية                     | News roundup: Arabic report of 20 November 2024
            البنك المركزي يبقي على الفائدة              | Banks and rates: Arabic report of 20 November 2024
            """)
    void aDigestIsHeadedAsANewsRoundup(String title, String expected) {
        assertEquals(expected, headline(List.of(BANKS), title,
                "قرر البنك المركزي المصري في القاهرة الإبقاء على سعر الفائدة بسبب التضخم.", Optional.of(LocalDate.of(2024, 11, 20)), Optional.empty()));
    }

    @Test
    void anArticleNoTopicTakesIsHeadedByTheTwoNamesItGivesMost() {
        assertEquals("Central Bank of Egypt and Egyptian Ministry of Finance: Arabic report of 20 November 2024",
                headline("قال البنك المركزي المصري إن وزارة المالية المصرية والبنك المركزي المصري اتفقا في القاهرة.",
                        Optional.of(LocalDate.of(2024, 11, 20))));
    }

    @Test
    void theAgencyThatSentTheReportIsNotWhatItIsAbout() {
        String text = "وقال البنك المركزي المصري لرويترز إن رويترز علمت بالقرار في القاهرة.";
        assertEquals("Central Bank of Egypt and Cairo: undated Arabic report", headline(List.of(), text, Optional.empty()),
                "a news agency the article quotes is left out though it is not the outlet");
        assertEquals("Central Bank of Egypt and Cairo: undated Arabic report", headline(List.of(), text, Optional.empty(), Optional.of("رويترز")));
    }

    @Test
    void aPlaceCountsHalfSoThoseWhoActComeFirst() {
        // Cairo is named twice and the bank once: counted alike, Cairo would come first.
        assertEquals("Central Bank of Egypt and Cairo: undated Arabic report",
                headline("قال البنك المركزي المصري إن القاهرة ستستضيف الاجتماع المقبل في القاهرة.", Optional.empty()));
    }

    @Test
    void aBroadTopicGivesWayToTheNamesAndHeadsOnlyAnArticleThatNamesNoOne() {
        assertEquals("Central Bank of Egypt and Cairo: Arabic report of 20 November 2024",
                headline(List.of(ECONOMY), "قرر البنك المركزي المصري في القاهرة الإبقاء على سعر الفائدة بسبب التضخم.",
                        Optional.of(LocalDate.of(2024, 11, 20))));
        assertEquals("Banks and rates: Arabic report of 20 November 2024",
                headline(List.of(ECONOMY, BANKS), "قرر البنك المركزي المصري في القاهرة الإبقاء على سعر الفائدة بسبب التضخم.",
                        Optional.of(LocalDate.of(2024, 11, 20))), "a topic that is not broad still heads it");
        assertEquals("Economy: undated Arabic report", headline(List.of(ECONOMY), "قرر المجلس الإبقاء على سعر الفائدة بسبب التضخم.", Optional.empty()));
    }

    /**
     * A body named only as the post of the person right after it says who the person is: among names of equal weight
     * it comes after them; named apart from the person, it keeps its place.
     */
    @ParameterizedTest(name = "{0} ⇒ the bank first: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            بحث رئيس البنك المركزي المصري محمد المنفي في القاهرة سبل التعاون.           | false
            قرر البنك المركزي المصري رفع الفائدة، وبحث محمد المنفي في القاهرة سبل التعاون. | true
            """)
    void aBodyNamedOnlyAsThePostOfThePersonAfterItComesAfterNamesOfEqualWeight(String text, boolean bankFirst) {
        String headline = headline(List.of(), text, Optional.empty());
        assertEquals(bankFirst, headline.startsWith("Central Bank of Egypt and "), headline);
        assertTrue(headline.contains("Central Bank of Egypt"), headline);
    }

    /**
     * A word of the outlet's name where it is written is not a name of its own (نيوز in شفق نيوز), but the same word
     * where no outlet is known is.
     */
    @ParameterizedTest(name = "{0} / {1} ⇒ {3}")
    @CsvSource(delimiter = '|', textBlock = """
            عنوان                  | وقال البنك المركزي المصري لوكالة شفق نيوز إن القرار نهائي، وفق مراسل شفق نيوز في القاهرة. | شفق نيوز | Central Bank of Egypt and Cairo
            عنوان                  | وقال البنك المركزي المصري لوكالة شفق نيوز إن القرار نهائي، وفق مراسل شفق نيوز في القاهرة. | ''       | Neusz and Central Bank of Egypt
            """)
    void aWordOfTheOutletsNameIsNoName(String title, String text, String outlet, String subject) {
        assertEquals(subject + ": undated Arabic report",
                headline(List.of(), title, text, Optional.empty(), Optional.of(outlet).filter(o -> !o.isEmpty())));
    }

    /** An office set after a person's name between commas names the same man again: it is no second name. */
    @Test
    void anOfficeInAppositionIsNotASecondName() {
        // a person weighs twice a place: by weight alone the office would come second
        String headline = headline(List.of(), "قال أحمد الطيب، شيخ الأزهر، في القاهرة إن القرار نهائي.", Optional.empty());
        assertTrue(headline.startsWith("Ahmed al-T") && headline.endsWith(" and Cairo: undated Arabic report"), headline);
    }

    @Test
    void anArticleWithoutTopicOrNamesIsAnArabicNewsReport() {
        assertEquals("Arabic news report: undated Arabic report", headline("قال المتحدث إن الاجتماع انتهى.", Optional.empty()));
    }
}
