package org.nashra.summarise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TextRankSummariserTest {

    private final TextRankSummariser summariser = new TextRankSummariser();

    static Stream<Arguments> seedSummaries() throws IOException {
        return Cases.read("seed-summaries.tsv", "\t").stream();
    }

    @ParameterizedTest(name = "{0} says {1}")
    @MethodSource("seedSummaries")
    void seedSummaryStatesTheMainFact(String file, String phrases) throws IOException {
        SeedArticles.Seed seed = SeedArticles.read(file);
        Summary summary = summariser.summarise(seed.sentences(), seed.title());
        String text = String.join(" ", summary.sentences().stream().map(SentenceRef::text).toList());

        assertTrue(Arrays.stream(phrases.split("\\|")).anyMatch(text::contains),
                () -> file + ": summary lacks " + phrases + ":\n" + text);
        assertBetween(2, 4, summary.sentences().size(), file + " summary length");
        for (SentenceRef s : summary.sentences()) {
            assertEquals(seed.paragraphs().get(s.paragraph()).substring(s.start(), s.end()), s.text(),
                    file + ": not verbatim at " + s.span());
            assertFalse(SeedArticles.isBoilerplate(s.text()), () -> file + ": boilerplate in summary: " + s.text());
        }
        List<SentenceRef> readingOrder = new ArrayList<>(summary.sentences());
        readingOrder.sort(Comparator.comparingInt(SentenceRef::paragraph).thenComparingInt(SentenceRef::start));
        assertEquals(readingOrder, summary.sentences(), file + ": not in reading order");
    }

    @Test
    void everySeedIsSummarisedTheSameWayTwice() throws IOException {
        for (String file : SeedArticles.seedFiles()) {
            SeedArticles.Seed seed = SeedArticles.read(file);
            assertEquals(new TextRankSummariser().summarise(seed.sentences(), seed.title()),
                    summariser.summarise(seed.sentences(), seed.title()), file);
        }
    }

    @Test
    void everySeedHasTwoToFourSentences() throws IOException {
        assertFalse(SeedArticles.seedFiles().isEmpty(), "no seeds in " + SeedArticles.SEEDS.toAbsolutePath());
        for (String file : SeedArticles.seedFiles()) {
            SeedArticles.Seed seed = SeedArticles.read(file);
            Summary summary = summariser.summarise(seed.sentences());
            assertBetween(2, 4, summary.sentences().size(), file);
            double total = summary.ranking().stream().mapToDouble(RankedSentence::score).sum();
            assertEquals(1.0, total, 1e-6, file + ": scores are a distribution");
        }
    }

    static Stream<Arguments> eligibility() throws IOException {
        return Cases.read("eligibility.txt", "⇒").stream();
    }

    @ParameterizedTest(name = "{0} ⇐ {1}")
    @MethodSource("eligibility")
    void onlyRealSentencesWithContextMayEnterASummary(String verdicts, String paragraph) {
        List<SentenceRef> sentences = SeedArticles.sentences(List.of(paragraph));
        List<String> expected = Arrays.stream(verdicts.split(",")).map(String::strip).toList();
        assertEquals(expected.size(), sentences.size(), "sentences of " + Cases.visible(paragraph));

        Summary summary = summariser.summarise(sentences);
        List<SentenceRef> eligible = summary.ranking().stream().map(RankedSentence::sentence).toList();
        // a sentence numbered as an item is kept without its label: the same sentence, ending where it ends
        List<String> actual = sentences.stream().map(s -> eligible.stream()
                .anyMatch(e -> e.paragraph() == s.paragraph() && e.end() == s.end()) ? "kept" : "skipped").toList();
        assertEquals(expected, actual, () -> Cases.visible(paragraph));
    }

    @Test
    void aSentenceRepeatedElsewhereIsTakenOnce() {
        String lead = "أعلن التحالف الدولي انتهاء مهمته القتالية في العراق بعد عشر سنوات من الحرب على داعش.";
        List<String> paragraphs = List.of(lead,
                "وقال المتحدث باسم التحالف إن القوات ستبقى لتقديم المشورة والتدريب للقوات العراقية.",
                lead,
                "وأشار المسؤولون إلى أن الحكومة العراقية ستتولى حماية القواعد التي يوجد فيها المستشارون.");
        Summary summary = summariser.summarise(SeedArticles.sentences(paragraphs));
        assertEquals(1, summary.sentences().stream().filter(s -> s.text().equals(lead)).count(), summary::toString);
        assertEquals(2, summary.sentences().size());
    }

    @Test
    void longerArticlesGetLongerSummaries() {
        assertEquals(2, TextRankSummariser.Settings.defaults().summaryLength(6));
        assertEquals(3, TextRankSummariser.Settings.defaults().summaryLength(7));
        assertEquals(3, TextRankSummariser.Settings.defaults().summaryLength(14));
        assertEquals(4, TextRankSummariser.Settings.defaults().summaryLength(15));
        assertEquals(1, TextRankSummariser.Settings.defaults().summaryLength(1));
    }

    @Test
    void theLeadWinsAmongEquals() {
        // Four unrelated sentences: no edges, so only the lead bias orders them.
        List<String> paragraphs = List.of(
                "افتتح وزير التربية مدرسة جديدة في البصرة تتسع لألف تلميذ.",
                "ارتفعت أسعار النفط في الأسواق العالمية بنسبة طفيفة صباح اليوم.",
                "فاز المنتخب الوطني لكرة القدم على نظيره الأردني بهدفين دون رد.",
                "هطلت أمطار غزيرة على المحافظات الشمالية وأغلقت عددا من الطرق.");
        Summary summary = summariser.summarise(SeedArticles.sentences(paragraphs));
        assertEquals(List.of(0, 1), summary.sentences().stream().map(SentenceRef::paragraph).toList());
    }

    @Test
    void oddInputGivesAnEmptyOrSmallSummaryNeverAnError() {
        assertTrue(summariser.summarise(List.of()).isEmpty());
        assertTrue(summariser.summarise(List.of(), null).isEmpty());
        assertTrue(summariser.summarise(null, "عنوان").isEmpty());
        List<String> odd = List.of("...", "؟؟؟ !!!", "🙂🙂🙂 🙂🙂 🙂 🙂 🙂", "\u200f\u200e\u200f",
                "The coalition said on Thursday that its combat mission in Iraq had ended.");
        Summary summary = summariser.summarise(SeedArticles.sentences(odd), "\u0000");
        assertTrue(summary.sentences().size() <= 1, summary::toString);
    }

    @Test
    void theTitleDrawsTheSummaryToWhatItNames() {
        List<String> paragraphs = List.of(
                "عقد مجلس الوزراء جلسته الأسبوعية برئاسة رئيس الوزراء في بغداد يوم الثلاثاء.",
                "واستعرض الوزراء تقارير عن سير العمل في الوزارات خلال الشهر الماضي.",
                "وقرر المجلس تخصيص مبالغ إضافية لمشاريع الكهرباء في المحافظات الجنوبية.",
                "كما وافق المجلس على مشروع قانون الموازنة الاتحادية للعام المقبل وإحالته إلى البرلمان.",
                "وأكد رئيس الوزراء أن الحكومة ماضية في تنفيذ برنامجها الخدمي في جميع المحافظات.");
        List<SentenceRef> sentences = SeedArticles.sentences(paragraphs);
        Summary untitled = summariser.summarise(sentences);
        Summary titled = summariser.summarise(sentences, "مجلس الوزراء يوافق على مشروع قانون الموازنة");
        SentenceRef budget = sentences.get(3);
        assertTrue(place(titled, budget) < place(untitled, budget),
                "the sentence the title names ranks higher with the title: " + place(titled, budget)
                        + " vs " + place(untitled, budget));
        assertEquals(place(untitled, sentences.get(0)), 0, "the lead stays first");
        assertEquals(place(titled, sentences.get(0)), 0, "the lead stays first");
    }

    @ParameterizedTest(name = "{0} ⇒ digest: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            موجز الظهيرة: تعزية أميرية.. ومرسوم سلطاني.. ونتائج جولة العراق الغازية | true
            أبرز الأخبار المحلية ليوم الأحد                                          | true
            حصاد القمح في مشروع الجزيرة: إنتاجية 18 جوالاً للفدان                    | false
            نشرة إنذارية: أمطار رعدية قوية بعدد من الأقاليم                           | false
            الحكومة تصدر بياناً موجزاً عن الاجتماع                                    | false
            """)
    void aDigestSaysSoInItsHeadline(String headline, boolean digest) {
        assertEquals(digest, Digests.isDigestHeadline(headline));
    }

    @Test
    void aDigestIsSummedUpByEachItemsLead() {
        List<String> paragraphs = List.of(
                "أمير قطر يعزي رئيس الإمارات",
                "بعث أمير قطر برقية تعزية إلى رئيس دولة الإمارات في وفاة الشيخ طحنون بن محمد آل نهيان ممثل الحاكم في منطقة العين.",
                "كما بعث نائب الأمير ورئيس مجلس الوزراء برقيتي تعزية مماثلتين إلى رئيس الدولة.",
                "سلطان عمان يصادق على اتفاقية ضريبية",
                "أصدر السلطان هيثم بن طارق مرسوما بالتصديق على اتفاقية لتجنب الازدواج الضريبي مع اليابان.",
                "العراق يرسي 5 حقول غاز",
                "أعلنت وزارة النفط العراقية إرساء خمسة حقول ورقع استكشافية على شركات صينية وإماراتية.",
                "وقال وزير النفط إن الحقول المرساة ستضيف نحو مليار ونصف قدم مكعب من الغاز يوميا.");
        List<SentenceRef> sentences = SeedArticles.sentences(paragraphs);
        Summary digest = summariser.summarise(sentences, "موجز الظهيرة: تعزية أميرية.. ومرسوم سلطاني.. ونتائج جولة العراق الغازية");
        assertEquals(List.of(1, 4, 6), digest.sentences().stream().map(SentenceRef::paragraph).toList(), digest::toString);
        Summary story = summariser.summarise(sentences, "أمير قطر يعزي رئيس الإمارات");
        assertFalse(story.sentences().stream().map(SentenceRef::paragraph).toList().equals(List.of(1, 4, 6)),
                "an article whose headline is no digest's is ranked as one story");
    }

    private static int place(Summary summary, SentenceRef sentence) {
        return summary.ranking().stream().map(RankedSentence::sentence).toList().indexOf(sentence);
    }

    private static void assertBetween(int min, int max, int actual, String what) {
        assertTrue(actual >= min && actual <= max, what + ": " + actual + " not in " + min + ".." + max);
    }
}
