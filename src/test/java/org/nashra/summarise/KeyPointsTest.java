package org.nashra.summarise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;

class KeyPointsTest {

    private final KeyPoints keyPoints = new KeyPoints();
    private SeedArticles.Seed seed;
    private Summary summary;

    @BeforeEach
    void summariseTheLongestSeed() throws IOException {
        seed = SeedArticles.read("003_eeb4d30400637bf5.txt");
        summary = new TextRankSummariser().summarise(seed.sentences(), seed.title());
    }

    /** A fact as a recogniser would hand it in: the words found, where they were found. */
    private KeyPoint fact(String words, KeyPoint.Kind kind, double salience) {
        for (int p = 0; p < seed.paragraphs().size(); p++) {
            int at = seed.paragraphs().get(p).indexOf(words);
            if (at >= 0) return new KeyPoint(words, kind, salience, p, at, at + words.length());
        }
        throw new AssertionError("not in the article: " + words);
    }

    @ParameterizedTest(name = "{0} ⇒ footnote: {1}")
    @CsvSource(delimiter = ';', textBlock = """
            [2] مؤتمر صحفي لكاوست، 18 سبتمبر 2024. ; true
            (3) الهيئة السعودية للمياه، التقرير السنوي 2023. ; true
            وأوضح غفور أن الغشاء يعمل بضغط 30 باراً[2]. ; false
            (بترا) قرر مجلس الوزراء تعديل التعرفة. ; false
            """)
    void anEntryOfTheReferencesIsAFootnote(String line, boolean footnote) {
        assertEquals(footnote, KeyPoints.footnote(line));
    }

    @ParameterizedTest(name = "{0} ⇒ note: {1}")
    @CsvSource(delimiter = ';', textBlock = """
            * تصحيح: ورد في نسخة سابقة أن عدد المقاعد 124 مقعداً، والصحيح 126. ; true
            إفصاح: هذا التقرير لأغراض إعلامية فقط ولا يمثل توصية بالبيع أو الشراء. ; true
            وطالب النائب بتصحيح الأخطاء في الجداول: 124 مقعداً لا 126. ; false
            الإفصاح المالي: أعلنت الشركة أرباحاً بلغت 3 ملايين دينار. ; false
            ملاحظة المحرر: جرى تحديث هذا الخبر بعد صدور بيان المصرف المركزي الرسمي عند الساعة 6:40 مساءً. ; true
            ملاحظة: أجري التعداد يومي 20 و21 تشرين الثاني مع حظر تجوال شامل. ; false
            """)
    void aCorrectionOrADisclaimerIsANoteOnTheText(String line, boolean note) {
        assertEquals(note, KeyPoints.note(line));
        assertEquals(note, TextRankSummariser.aside(line));
    }

    @Test
    void salientFactsComeFirstAndEverythingIsInReadingOrder() {
        KeyPoint figure = fact("ما بين 1500 و3000 مقاتل في العراق وسوريا", KeyPoint.Kind.FIGURE, 0.9);
        KeyPoint quote = fact("رفضنا مقترحه بشأن سنة ثالثة", KeyPoint.Kind.QUOTE, 0.95);
        KeyPoint event = fact("بعد 10 سنوات من انضمام الولايات المتحدة وعشرات الدول الأخرى", KeyPoint.Kind.EVENT, 0.85);

        List<KeyPoint> points = keyPoints.select(List.of(figure, quote, event), summary);

        assertTrue(points.size() >= 3 && points.size() <= 6, points::toString);
        assertTrue(points.containsAll(List.of(figure, quote, event)), points::toString);
        List<KeyPoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingInt(KeyPoint::paragraph).thenComparingInt(KeyPoint::start));
        assertEquals(sorted, points);
    }

    @Test
    void nothingRepeatsTheSummary() {
        SentenceRef inSummary = summary.sentences().get(0);
        KeyPoint restated = new KeyPoint(inSummary.text(), KeyPoint.Kind.SENTENCE, 1.0,
                inSummary.paragraph(), inSummary.start(), inSummary.end());
        KeyPoint quoteInsideIt = new KeyPoint(inSummary.text().substring(0, 40), KeyPoint.Kind.QUOTE, 1.0,
                inSummary.paragraph(), inSummary.start(), inSummary.start() + 40);

        List<KeyPoint> points = keyPoints.select(List.of(restated, quoteInsideIt), summary);

        assertFalse(points.isEmpty());
        for (KeyPoint point : points) {
            for (SentenceRef s : summary.sentences()) {
                assertFalse(point.overlaps(s.paragraph(), s.start(), s.end()), () -> "repeats summary: " + point);
            }
        }
    }

    @Test
    void aFactFoundTwiceIsListedOnce() {
        KeyPoint once = fact("ما بين 1500 و3000 مقاتل في العراق وسوريا", KeyPoint.Kind.FIGURE, 0.9);
        KeyPoint again = new KeyPoint("1500 و3000 مقاتل في العراق وسوريا", KeyPoint.Kind.FIGURE, 0.8,
                once.paragraph(), once.start() + 7, once.end());
        List<KeyPoint> points = keyPoints.select(List.of(once, again), summary);
        assertTrue(points.contains(once));
        assertFalse(points.contains(again), points::toString);
    }

    @Test
    void withoutFactsTheBestLeftOverSentencesFillIn() {
        List<KeyPoint> points = keyPoints.select(List.of(), summary);
        assertEquals(6, points.size(), "36 eligible sentences give the most key points");
        assertTrue(points.stream().allMatch(p -> p.kind() == KeyPoint.Kind.SENTENCE));
    }

    @Test
    void aQuestionPutIsNoKeyPointWhileAnythingElseIsLeft() {
        List<String> briefing = List.of(
                "قال المتحدث باسم وزارة الخارجية في الإحاطة الأسبوعية إن مفاوضات وقف إطلاق النار وصلت إلى مرحلة متقدمة.",
                "س: هل يمكن القول إن الاتفاق بات وشيكا بعد هذه الجولة من المحادثات؟",
                "ج: لا نريد رفع سقف التوقعات، لكننا نعتقد أننا في المرحلة الأخيرة والقضايا العالقة قليلة.",
                "س: هل سيفرج عن 33 أسيرا في المرحلة الأولى من الاتفاق المرتقب؟",
                "ج: سيكون هناك جدول زمني واضح لتبادل الأسرى ودخول المساعدات فور الإعلان عن الاتفاق.",
                "وأكد المتحدث أن بلاده ستواصل جهودها مع الوسطاء حتى التوصل إلى اتفاق ينهي الحرب.");
        List<SentenceRef> sentences = SeedArticles.sentences(briefing);
        Summary briefed = new TextRankSummariser().summarise(sentences);
        KeyPoint asked = new KeyPoint("33 أسيرا", KeyPoint.Kind.FIGURE, 0.9, 3, briefing.get(3).indexOf("33"),
                briefing.get(3).indexOf("33") + "33 أسيرا".length());

        // Two points wanted; the two answers the summary left out outrank the figure asked about, though its salience is higher.
        KeyPoints two = new KeyPoints(new KeyPoints.Settings(2, 2, 3, 0.6, 0.8));
        List<KeyPoint> points = two.select(List.of(asked), briefed, sentences);

        assertTrue(briefed.sentences().stream().noneMatch(s -> s.text().startsWith("س:")), briefed::toString);
        assertEquals(List.of(2, 4), points.stream().map(KeyPoint::paragraph).toList(),
                "no question, nor a figure asked about, is listed while answers are left");
        assertEquals(List.of(asked), keyPoints.select(List.of(asked), Summary.empty(), sentences),
                "with nothing else left, the figure asked about is listed");
    }

    @Test
    void aMatchSheetLineIsNoKeyPointWhileAnythingElseIsLeft() {
        List<String> report = List.of(
                "واصل الهلال انتصاراته في الدوري بعدما تغلب على ضيفه الاتحاد بثلاثة أهداف مقابل هدف.",
                "وبهذا الفوز رفع الهلال رصيده إلى 62 نقطة في الصدارة بفارق 12 نقطة عن النصر.",
                "الحضور: 58,420 متفرجاً");
        List<SentenceRef> sentences = SeedArticles.sentences(report);
        KeyPoint attendance = new KeyPoint("58,420 متفرجاً", KeyPoint.Kind.FIGURE, 0.9, 2, report.get(2).indexOf("58"),
                report.get(2).length());
        KeyPoint points = new KeyPoint("62 نقطة", KeyPoint.Kind.FIGURE, 0.5, 1, report.get(1).indexOf("62"),
                report.get(1).indexOf("62") + "62 نقطة".length());
        KeyPoints one = new KeyPoints(new KeyPoints.Settings(1, 1, 3, 0.6, 0.8));
        assertEquals(List.of(points), one.select(List.of(attendance, points), Summary.empty(), sentences),
                "the standings, not the attendance line of the match sheet, though its salience is higher");
        assertEquals(List.of(attendance), one.select(List.of(attendance), Summary.empty(), sentences),
                "with nothing else left, the sheet's line is listed");
    }

    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            أولاً: أعلنت المؤسسة الوطنية للنفط حالة القوة القاهرة.      | أعلنت المؤسسة الوطنية للنفط حالة القوة القاهرة.
            ثانيا - يبلغ إنتاج الحقل نحو 270 ألف برميل يومياً.          | يبلغ إنتاج الحقل نحو 270 ألف برميل يومياً.
            خامساً : تؤكد الوزارة أنها على تواصل مع الشركة المشغلة.     | تؤكد الوزارة أنها على تواصل مع الشركة المشغلة.
            أولاً، أعلنت المؤسسة الوطنية للنفط حالة القوة القاهرة.      | أولاً، أعلنت المؤسسة الوطنية للنفط حالة القوة القاهرة.
            أولوية الحكومة: خفض العجز قبل نهاية العام.                  | أولوية الحكومة: خفض العجز قبل نهاية العام.
            الحكم: مايكل أوليفر من إنجلترا.                             | الحكم: مايكل أوليفر من إنجلترا.
            14:00 - أكد رئيس الحكومة أن الحوار مفتوح.                   | أكد رئيس الحكومة أن الحوار مفتوح.
            الساعة 14:00 موعد انطلاق المسيرة.                           | الساعة 14:00 موعد انطلاق المسيرة.
            ج: أوضحت الدار أنه يجوز إخراجها من أول يوم في رمضان.        | أوضحت الدار أنه يجوز إخراجها من أول يوم في رمضان.
            جواب الوزارة جاء سريعاً: لا تغيير في الرسوم.                | جواب الوزارة جاء سريعاً: لا تغيير في الرسوم.
            الدوحة في 14 رجب 1445 هـ الموافق 26 يناير 2024 /قنا/ رحبت دولة قطر بالإفراج. | رحبت دولة قطر بالإفراج.
            الدوحة في 14 رجب قالت الوزارة إن الاتفاق /المبدئي/ قريب.      | الدوحة في 14 رجب قالت الوزارة إن الاتفاق /المبدئي/ قريب.
            صلالة، 15 أكتوبر 2024 — تنظم وزارة التراث والسياحة مهرجان اللبان. | تنظم وزارة التراث والسياحة مهرجان اللبان.
            عمون - كلف جلالة الملك عبدالله الثاني الدكتور جعفر حسان بتشكيل حكومة. | كلف جلالة الملك عبدالله الثاني الدكتور جعفر حسان بتشكيل حكومة.
            صلالة، مدينة اللبان — تستقبل الزوار في الخريف.                  | صلالة، مدينة اللبان — تستقبل الزوار في الخريف.
            قال الوزير أحمد - في بيان - إن الاتفاق قريب.                     | قال الوزير أحمد - في بيان - إن الاتفاق قريب.
            الحملة: نفذت الإدارة العامة للمباحث الجنائية حملة أمنية موسعة. | نفذت الإدارة العامة للمباحث الجنائية حملة أمنية موسعة.
            القضايا الأخرى: وأوضحت الإدارة أن الحملة أسفرت عن ضبط 47 شخصاً. | وأوضحت الإدارة أن الحملة أسفرت عن ضبط 47 شخصاً.
            الخلفية: وكانت فترة السماح قد انتهت في 30 يونيو الماضي.        | وكانت فترة السماح قد انتهت في 30 يونيو الماضي.
            العدواني: الحملات لن تتوقف وكل من يأوي مخالفاً سيتعرض للمساءلة. | العدواني: الحملات لن تتوقف وكل من يأوي مخالفاً سيتعرض للمساءلة.
            الوزير: "الحملات لن تتوقف ولن نستهدف جنسية بعينها".            | الوزير: "الحملات لن تتوقف ولن نستهدف جنسية بعينها".
            المصدر: وزارة الداخلية الكويتية.                                | المصدر: وزارة الداخلية الكويتية.
            وزارة الصحة: مستشفيات الجهراء والعدان استقبلت 163 حالة ضيق تنفس منذ الظهر. | وزارة الصحة: مستشفيات الجهراء والعدان استقبلت 163 حالة ضيق تنفس منذ الظهر.
            بيراميدز: فيستون ماييلي ✔ - رمضان صبحي ✔ - مصطفى فتحي ✔ - أحمد توفيق ✘ | بيراميدز: فيستون ماييلي ✔ - رمضان صبحي ✔ - مصطفى فتحي ✔ - أحمد توفيق ✘
            وقال الوزير في المؤتمر الصحفي: وأكدنا أن الحملات مستمرة طوال العام. | وقال الوزير في المؤتمر الصحفي: وأكدنا أن الحملات مستمرة طوال العام.
            """)
    void anItemIsTakenWithoutTheLabelThatNumbersIt(String sentence, String taken) {
        SentenceRef ref = new SentenceRef(0, 0, sentence.length(), sentence);
        SentenceRef without = Enumerations.withoutLabel(ref);
        assertEquals(taken, without.text());
        assertEquals(sentence.substring(without.start(), without.end()), without.text(), "offsets point at the text");
    }

    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            وتدعو القيادة المواطنين إلى عدم الاقتراب من الذخائر المنتشرة.»   | «وتدعو القيادة المواطنين إلى عدم الاقتراب من الذخائر المنتشرة.»
            وأضاف أن الحوار مستمر.” وتابع الوزير حديثه.                      | “وأضاف أن الحوار مستمر.” وتابع الوزير حديثه.
            وقال الوزير: «بتاريخ 26 / 10 / 2023 تعرض محيط البلدة لقصف.        | وقال الوزير: «بتاريخ 26 / 10 / 2023 تعرض محيط البلدة لقصف.»
            وقال الوزير إن "الحوار مستمر" وإن «الاتفاق قريب».               | وقال الوزير إن "الحوار مستمر" وإن «الاتفاق قريب».
            وصف الفيلم بأنه «حدث» ثم قال: انتهى».                           | وصف الفيلم بأنه «حدث» ثم قال: انتهى».
            أعلنت الوزارة خفض الرسوم.                                       | أعلنت الوزارة خفض الرسوم.
            … إذ يستحوذ على أكثر من 60 في المائة من حصة السوق"                | "… إذ يستحوذ على أكثر من 60 في المائة من حصة السوق"
            وقال الوزير إن "الحوار مستمر                                      | وقال الوزير إن "الحوار مستمر"
            """)
    void aPointFromTheMiddleOfAQuotationShowsBothItsMarks(String sentence, String shown) {
        assertEquals(shown, Summary.balanced(sentence));
        SentenceRef ref = new SentenceRef(0, 0, sentence.length(), sentence);
        assertEquals(List.of(shown), new Summary(List.of(ref), List.of()).shown(), "a summary shows its sentences so too");
    }

    @ParameterizedTest(name = "{0} ⇒ sheet line: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            الحضور: 58,420 متفرجاً                                         | true
            الحكم: مايكل أوليفر (إنجلترا)                                  | true
            البطاقات الصفراء: ياسر الشهراني (د 33)، فابينيو (د 61)         | true
            وقال الحكم: إن القرار كان صحيحا.                               | false
            عون: أنا خارج التيار الوطني الحر منذ آب الماضي.                | false
            الحوض الشرقي: 71,4% / 10,2%                                    | true
            نواكشوط الشمالية: 38,6% / 40,2%                                | true
            المصريون: 200 جنيه للبالغين                                    | false
            وقال رئيس اللجنة في مؤتمر صحفي: 56,12%                          | false
            """)
    void aMatchSheetsLineOpensWithItsLabel(String sentence, boolean sheet) {
        assertEquals(sheet, SheetLines.isSheetLine(sentence));
    }

    /** A live page's entries open with the match minute; its statistics line with its label. */
    @ParameterizedTest(name = "{0} ⇒ sheet line: {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            45+3' | نهاية الشوط الأول: الجزائر 0-0 تونس ; true
            90' | الحكم يعلن نهاية الوقت الأصلي ; true
            الإحصائيات: الاستحواذ 52% - 48% | التسديدات 14 - 11 ; true
            وفي الدقيقة 45 سجل المهاجم هدف التقدم. ; false
            """)
    void aLivePagesMinuteOrStatisticsLineIsASheetLine(String sentence, boolean sheet) {
        assertEquals(sheet, SheetLines.isSheetLine(sentence));
    }

    @ParameterizedTest(name = "{0} ⇒ listing row: {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            دبي شيما كلاسيك (6 ملايين دولار): ريبيل'ز رومانس ; true
            العربية للطيران — مذكرة تفاهم لـ 20 طائرة (قيد التفاوض) ; true
            طيران الرياض — 60 × A321neo ; true
            المصريون: 200 جنيه للبالغين ; false
            مسعود بارزاني: «النتائج رسالة واضحة» ; false
            وقال الوزير: إن الاتفاق بات وشيكا. ; false
            وأعلنت الشركة — بعد أشهر من المفاوضات — طلبية مؤكدة لشراء 60 طائرة من طراز إيرباص ; false
            """)
    void aRowOfResultsOrOfATallyListsAndDoesNotTell(String sentence, boolean row) {
        assertEquals(row, SheetLines.isListingRow(sentence));
    }

    /** A table's row set out in cells, or as a list's item that prices an entry, fills a table: it is no news. */
    @ParameterizedTest(name = "{0} ⇒ cell row: {1}, item row: {2}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            قطع الإشارة الضوئية الحمراء: من 3000 إلى 6000 ريال، بدلاً من 1000 إلى 1500 ريال سابقاً، مع حجز المركبة 24 ساعة. ; false ; true
            التفحيط: 20 ألف ريال للمرة الأولى وحجز المركبة 15 يوماً. ; false ; true
            المخالفة: قطع الإشارة الحمراء، الغرامة: 6000 ريال ; true ; false
            قطع الإشارة الحمراء | 3000 - 6000 ريال | حجز المركبة ; true ; false
            استخدام الهاتف باليد	500 - 900 ريال ; true ; false
            وأوضح الشكرة أن المخالفات الخفيفة ستبقى مشمولة بتخفيض 25% إذا سددت خلال 30 يوماً. ; false ; false
            وقال الوزير: إن الغرامة 6000 ريال. ; false ; false
            الوزير: "رفعنا الغرامة إلى 6000 ريال" ; false ; false
            أولوية الحكومة: خفض العجز إلى 3% قبل نهاية العام. ; false ; false
            """)
    void aRowOfATableIsNoSentenceOfNews(String sentence, boolean cells, boolean item) {
        assertEquals(cells, SheetLines.isCellRow(sentence));
        assertEquals(item, SheetLines.isItemRow(sentence));
    }

    @Test
    void anItemThatPricesAnEntryOfATableIsNeverAKeyPoint() {
        List<String> article = List.of(
                "وجاءت أبرز الغرامات المعدلة على النحو الآتي:",
                "- قطع الإشارة الضوئية الحمراء: من 3000 إلى 6000 ريال، مع حجز المركبة 24 ساعة.",
                "- عدم ربط حزام الأمان: من 150 إلى 300 ريال.",
                "وأوضح المتحدث أن المخالفات الخفيفة ستبقى مشمولة بتخفيض 25% إذا سددت خلال 30 يوماً.");
        List<SentenceRef> sentences = SeedArticles.sentences(article);
        List<KeyPoint> facts = List.of(
                new KeyPoint(article.get(1), KeyPoint.Kind.FIGURE, 0.9, 1, 0, article.get(1).length()),
                new KeyPoint(article.get(3), KeyPoint.Kind.FIGURE, 0.5, 3, 0, article.get(3).length()));
        KeyPoints three = new KeyPoints(new KeyPoints.Settings(3, 3, 3, 0.6, 0.8));
        assertEquals(List.of(3), three.select(facts, Summary.empty(), sentences).stream().map(KeyPoint::paragraph).toList(),
                "the statement, and no row of the table though nothing else is left");
    }

    @ParameterizedTest(name = "{0} ⇒ formula: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ويعمل بهذه المراسيم من تاريخ صدورها، وتنشر في الجريدة الرسمية.      | true
            ينشر هذا المرسوم في الجريدة الرسمية، ويعمل به من تاريخ صدوره.     | true
            وعلى الجهات المختصة تنفيذه كل فيما يخصه.                            | true
            ونشرت الجريدة الرسمية أمس قانون الموازنة بعد تصديقه.               | false
            وأصدر السلطان مرسوما بتعيين وزير جديد للاقتصاد.                     | false
            وفي ما يلي أبرز ما جاء في المقابلة:                                  | true
            وقال الوزير: إن الاتفاق بات وشيكا.                                    | false
            وللاستفسار يمكن التواصل مع مركز الاتصال على الرقم 24340900.          | true
            وأكد الوزير أهمية التواصل مع المواطنين والرد على استفساراتهم.       | false
            """)
    void theFixedWordingOfOfficialTextsIsNoNews(String sentence, boolean formula) {
        assertEquals(formula, Formulae.isFormula(sentence));
    }

    @ParameterizedTest(name = "{0} ⇒ stamp: {1}")
    @CsvSource(delimiter = ';', textBlock = """
            الثلاثاء 26 جمادى الأولى 1444هـ الموافق 20 ديسمبر 2022م | وقت القراءة: 3 دقائق ; true
            الجمعة 3 ذو القعدة 1445 - 10 مايو 2024 | 21:05 ; true
            👁 125,430 مشاهدة ; true
            عدد التعليقات: 14 ; true
            نُشر في 1 يوليو 2024 | 4 دقائق قراءة ; true
            الأربعاء 18 أيلول 2024 ; true
            طهران / ارنا - ١٢ آذر ۱۴۰۳ (٢ ديسمبر ٢٠٢٤) ; true
            الكويت - كونا - 12 مايو 2024 ; true
            بغداد - قتل 5 أشخاص في انفجار 12 مايو 2024 ; false
            وصدرت الإرادة الملكية يوم الأربعاء 18 أيلول 2024 ; false
            وتجاوز عدد الزوار 12 مليون زائر ; false
            الجمعة الماضي ; false
            """)
    void aDateLineOrACountOfViewsIsAStamp(String line, boolean stamp) {
        assertEquals(stamp, KeyPoints.stamp(line));
    }

    @ParameterizedTest(name = "{0} ⇒ counter: {1}")
    @CsvSource(delimiter = ';', textBlock = """
            سجّل دخولك للتعليق على المباراة (312 تعليقاً) ; true
            التعليقات (12) ; false
            وتجاوز عدد المتابعين للمباراة عبر المنصات الرقمية والقنوات الناقلة في المنطقة العربية (12 مليون مشاهدة) ; false
            وحضر المباراة جمهور غفير (60 ألف متفرج) ; false
            """)
    void aLineClosingWithACountOfCommentsIsFurniture(String line, boolean counter) {
        assertEquals(counter, KeyPoints.counter(line));
    }

    @Test
    void aFormulaOrAStampIsNeverAKeyPoint() {
        List<String> decree = List.of(
                "أصدر جلالة السلطان هيثم بن طارق مرسوما سلطانيا بتعيين سعيد بن محمد الصقري وزيرا للاقتصاد.",
                "ويعمل بهذه المراسيم من تاريخ صدورها، وتنشر في الجريدة الرسمية.",
                "4-9-2024 | 18:05",
                "الجمعة 3 ذو القعدة 1445 - 10 مايو 2024 | 21:05",
                "وأكد مصدر حكومي أن التعديل يهدف إلى ضخ دماء جديدة في مؤسسات الدولة.");
        List<SentenceRef> sentences = SeedArticles.sentences(decree);
        List<KeyPoint> facts = List.of(
                new KeyPoint(decree.get(1), KeyPoint.Kind.EVENT, 0.9, 1, 0, decree.get(1).length()),
                new KeyPoint(decree.get(2), KeyPoint.Kind.EVENT, 0.9, 2, 0, decree.get(2).length()),
                new KeyPoint(decree.get(3), KeyPoint.Kind.EVENT, 0.9, 3, 0, decree.get(3).length()),
                new KeyPoint(decree.get(4), KeyPoint.Kind.SENTENCE, 0.5, 4, 0, decree.get(4).length()));
        KeyPoints two = new KeyPoints(new KeyPoints.Settings(1, 1, 3, 0.6, 0.8));
        assertEquals(List.of(4), two.select(facts, Summary.empty(), sentences).stream().map(KeyPoint::paragraph).toList(),
                "the statement, not the decree's closing formula nor the date stamps");
        assertEquals(List.of(), two.select(facts.subList(0, 3), Summary.empty(), sentences),
                "even with nothing else left, neither is listed");
    }

    @ParameterizedTest(name = "{0} ⇒ bare answer: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            نعم، يطبق النظام على جميع حاملي رخص القيادة القطرية دون استثناء.   | true
            لا، لن تتغير الرسوم هذا العام.                                      | true
            لا يطبق النظام على المقيمين.                                        | false
            نعمة الله الخوري رئيسا للجنة.                                       | false
            """)
    void anAnswerOpeningWithYesOrNoLeansOnItsQuestion(String sentence, boolean bare) {
        assertEquals(bare, Questions.isBareAnswer(sentence));
        assertEquals(bare, TextRankSummariser.aside(sentence));
    }

    /** Paragraphs split into sentences by "/", paragraphs by "||": the sentences that answer a question, joined by "/". */
    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "• كم يكلّف؟||نحو 4 مليارات دولار.||وكانت الحكومة قد وقعت الاتفاقية."     | "نحو 4 مليارات دولار."
            "س: ما حالة المنتخب؟/ج: الحالة جيدة./أنهينا التحضيرات.||وقال القائد إن اللاعبين جاهزون." | "ج: الحالة جيدة./أنهينا التحضيرات."
            "وقّعت الحكومة الاتفاقية.||ويبلغ طول الخط 450 كيلومتراً."                   | ""
            "ما الذي تغير؟ قال الوزير إن الرسوم ثابتة./وتبدأ المرحلة غداً.||وأعلنت الوزارة الأسعار." | ""
            """)
    void theSentencesAfterAQuestionAnswerIt(String text, String expected) {
        List<SentenceRef> sentences = new java.util.ArrayList<>();
        String[] paragraphs = text.split("\\|\\|");
        for (int p = 0; p < paragraphs.length; p++) {
            int at = 0;
            for (String sentence : paragraphs[p].split("/")) {
                sentences.add(new SentenceRef(p, at, at + sentence.length(), sentence));
                at += sentence.length() + 1;
            }
        }
        java.util.Set<SentenceRef> answers = Questions.answers(sentences);
        assertEquals(expected, String.join("/", sentences.stream().filter(answers::contains).map(SentenceRef::text).toList()));
    }

    @Test
    void theItemsOfAListAnnouncedByAColonAreTakenOnlyWithNothingElseLeft() {
        List<String> article = List.of(
                "وشهدت الزيارة التوقيع على ست اتفاقيات ومذكرات تفاهم بين البلدين، هي:",
                "مذكرة تفاهم للتعاون في مجال التعليم العالي والبحث العلمي.",
                "برنامج تنفيذي للتعاون الثقافي للأعوام 2024-2026.",
                "وقال وزير الخارجية إن الزيارة تفتح صفحة جديدة في العلاقات بين البلدين وتعزز التعاون الاقتصادي.",
                "وأكد الوزير أن حجم التبادل التجاري بلغ نحو 210 ملايين ريال.");
        List<SentenceRef> sentences = SeedArticles.sentences(article);
        assertEquals(List.of(1, 2), Enumerations.listItems(sentences).stream().map(SentenceRef::paragraph).toList(),
                "the two items, not the statements after them");
        List<KeyPoint> facts = List.of(
                new KeyPoint(article.get(2), KeyPoint.Kind.EVENT, 0.9, 2, 0, article.get(2).length()),
                new KeyPoint(article.get(4), KeyPoint.Kind.FIGURE, 0.5, 4, 0, article.get(4).length()));
        KeyPoints one = new KeyPoints(new KeyPoints.Settings(1, 1, 3, 0.6, 0.8));
        assertEquals(List.of(4), one.select(facts, Summary.empty(), sentences).stream().map(KeyPoint::paragraph).toList());
    }

    @ParameterizedTest(name = "{0} ⇒ list: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            وضم الوفد كلاً من: وزير الخارجية، ووزير المالية، ووزير الطاقة، ورئيس الديوان.                  | true
            بيراميدز: فيستون ماييلي ✔ - رمضان صبحي ✔ - مصطفى فتحي ✗ - إبراهيم عادل ✔ - وليد الكرتي ✔     | true
            وقال المدرب: إن الفريق - رغم الغيابات - قدم مباراة كبيرة أمام منافس قوي.                      | false
            """)
    void aListOfNamesAfterAColonListsWhoWasThere(String sentence, boolean list) {
        assertEquals(list, Enumerations.isList(sentence));
    }

    @Test
    void aRowMarkedWithABulletIsAnItemWhateverItHolds() {
        List<String> article = List.of(
                "وأوضح الوزير أن القرارات تتوزع على النحو التالي:",
                "• 1032 حالة سحب استناداً إلى المادة الثامنة من قانون الجنسية (الزوجات الحاصلات على الجنسية بالزواج)",
                "• 8 حالات سحب لمن قُدّمت عنهم «أعمال جليلة» دون سند",
                "وقال وزير الداخلية إن «اللجنة لا تستهدف أحداً بعينه»، مؤكداً أن العمل مستمر.",
                "ويشمل القرار «أعمالاً جليلة» قدمها 8 أشخاص.");
        assertEquals(List.of(1, 2), Enumerations.listItems(SeedArticles.sentences(article)).stream().map(SentenceRef::paragraph).toList(),
                "the bulleted rows, quotation marks and all; not the statement after them, nor a paragraph without a mark after it");
    }

    /** A heading (a digest's item title: 2) التضخم يتراجع إلى 6%) names what the paragraph below it tells: its figure is no point while anything else is left. */
    @Test
    void aFigureInAHeadingIsNoKeyPointWhileAnythingElseIsLeft() {
        List<String> digest = List.of(
                "2) التضخم يتراجع إلى 6%",
                "أظهرت البيانات أن معدل التضخم السنوي تراجع إلى 6% في أكتوبر، مقارنة بـ9% في سبتمبر.",
                "وتوقعت إدارة الأرصاد هطول أمطار متفرقة يومي الجمعة والسبت.");
        List<SentenceRef> sentences = SeedArticles.sentences(digest);
        KeyPoint titled = new KeyPoint(digest.get(0), KeyPoint.Kind.FIGURE, 0.9, 0, 0, digest.get(0).length());
        KeyPoint told = new KeyPoint(digest.get(2), KeyPoint.Kind.EVENT, 0.5, 2, 0, digest.get(2).length());
        KeyPoints one = new KeyPoints(new KeyPoints.Settings(1, 1, 3, 0.6, 0.8));
        assertEquals(List.of(2), one.select(List.of(titled, told), Summary.empty(), sentences).stream().map(KeyPoint::paragraph).toList(),
                "the forecast, a sentence, not the item's title, though its salience is higher");
        assertEquals(Set.of(0), KeyPoints.headings(sentences));
    }

    @Test
    void anEmptyArticleHasNoKeyPoints() {
        assertEquals(List.of(), keyPoints.select(List.of(), Summary.empty()));
        KeyPoint blank = new KeyPoint("  ", KeyPoint.Kind.QUOTE, 1, 0, 0, 2);
        assertEquals(List.of(), keyPoints.select(List.of(blank), Summary.empty()));
        assertEquals(List.of(), keyPoints.select(null, null));
    }
}
