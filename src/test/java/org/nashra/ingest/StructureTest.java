package org.nashra.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nashra.core.Problem;
import org.nashra.core.Severity;

/** Article structure beyond the five seeds: glued buttons, bylines, odd headers, problems with lines. */
class StructureTest {

    private static final Ingest INGEST = new Ingest(BoilerplateRules.defaults());
    private static final String SEED_000 = "000_0bd4bb5b0ab38dc1.txt";

    @TempDir
    Path dir;

    private IngestResult read(String text) throws IOException {
        Path file = dir.resolve("article.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return INGEST.read(file);
    }

    private static Article seed000() {
        return INGEST.read(TestFiles.seeds().resolve(SEED_000)).article().orElseThrow();
    }

    /** 000_ ends "…حينها".\n\n المصدر: رووداو\n\nاضف تعليق"; the button may come without its line break. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"المصدر: رووداواضف تعليق", "المصدر: رووداو اضف تعليق"})
    void commentButtonGluedToTheSourceLine(String ending) throws IOException {
        String text = Files.readString(TestFiles.seeds().resolve(SEED_000), StandardCharsets.UTF_8);
        String glued = text.substring(0, text.indexOf("المصدر")) + ending;
        Article article = read(glued).article().orElseThrow();
        Article original = seed000();
        assertEquals(original.body(), article.body());
        assertEquals(Optional.of("رووداو"), article.outlet());
        assertEquals(List.of("المصدر: رووداو", "اضف تعليق"), article.removed());
    }

    @Test
    void commentButtonGluedToTheLastParagraph() throws IOException {
        String text = Files.readString(TestFiles.seeds().resolve(SEED_000), StandardCharsets.UTF_8);
        String glued = text.substring(0, text.indexOf("\n\n\u00a0المصدر")) + "اضف تعليق";
        Article article = read(glued).article().orElseThrow();
        Article original = seed000();
        assertEquals(original.body(), article.body());
        assertEquals(Optional.empty(), article.outlet());
        assertEquals(List.of("اضف تعليق"), article.removed());
    }

    @Test
    void aQuestionIsAHeadline() throws IOException {
        Article article = read("""
                وزير سوري سابق يكشف: هل تتأثر العلاقة مع أمريكا بعد الهجوم؟
                وصف وزير الإسكان السوري السابق ما حدث في البادية السورية بأنه بالغ التعقيد.
                """).article().orElseThrow();
        assertEquals("وزير سوري سابق يكشف: هل تتأثر العلاقة مع أمريكا بعد الهجوم؟", article.title());
        assertEquals(false, article.titleDerived());
        assertEquals(1, article.paragraphs().size());
    }

    /** An explainer heads its sections with questions; a question the writer asks in the text stays text. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ما هي بريكس؟                     | ما هي بريكس؟
            من هي الدول العربية الأعضاء؟      | من هي الدول العربية الأعضاء؟
            ما وزن المجموعة الاقتصادي؟         | ما وزن المجموعة الاقتصادي؟
            فهل تنجح المجموعة في ذلك؟          | ''
            وكانت المجموعة قد تأسست عام 2009.  | ''
            """)
    void aShortQuestionAnsweredByTheNextParagraphHeadsIt(String line, String subheading) throws IOException {
        Article article = read("""
                ما الذي يعنيه انضمام دول عربية إلى بريكس
                عقدت مجموعة بريكس قمتها السادسة عشرة في مدينة قازان الروسية بين 22 و24 أكتوبر 2024.
                %s
                بريكس تكتل اقتصادي تأسس عام 2009 من البرازيل وروسيا والهند والصين.
                """.formatted(line)).article().orElseThrow();
        List<String> subheadings = article.body().stream().filter(b -> b.kind() == Block.Kind.SUBHEADING).map(Block::text).toList();
        assertEquals(subheading.isEmpty() ? List.of() : List.of(subheading), subheadings);
    }

    /** The rows of a list are short and end without a stop, as subheadings do; their mark tells them apart. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1- الأهلي 58 نقطة             | ''
            2. بيراميدز 49 نقطة            | ''
            (3) الزمالك 47 نقطة            | ''
            • ارتفاع أسعار الوقود          | ''
            - تعليق الدراسة في المدارس     | ''
            نتائج الجولة الخامسة والعشرين   | نتائج الجولة الخامسة والعشرين
            2024 عام الانتخابات            | 2024 عام الانتخابات
            الطلبيات:\\nطيران الرياض — 60 × A321neo\\nطيران الإمارات — 5 × 777-9 | ''
            الطلبيات:\\n\\nطيران الرياض — 60 × A321neo | طيران الرياض — 60 × A321neo
            ▪ معلومات سريعة\\nالولاية: تيميمون\\nالرقم: 49\\nالمساحة: نحو 65 ألف كلم²\\n▪ | ''
            الولاية: تيميمون                | الولاية: تيميمون
            عيار 24: 76.90 دينار\\nعيار 21: 67.30 دينار\\nالليرة الرشادي: 485 ديناراً | ''
            عيار 24: 76.90 دينار            | عيار 24: 76.90 دينار
            """)
    void aListsRowIsNoSubheading(String line, String subheading) throws IOException {
        Article article = read("""
                الأهلي يهزم الزمالك ويبتعد بالصدارة
                حقق النادي الأهلي فوزا ثمينا على غريمه التقليدي نادي الزمالك في قمة الجولة الخامسة والعشرين من الدوري.
                %s
                ويلتقي الأهلي في الجولة المقبلة مع فريق الإسماعيلي يوم الأربعاء المقبل.
                """.formatted(line.replace("\\n", "\n"))).article().orElseThrow();
        List<String> subheadings = article.body().stream().filter(b -> b.kind() == Block.Kind.SUBHEADING).map(Block::text).toList();
        assertEquals(subheading.isEmpty() ? List.of() : List.of(subheading), subheadings);
    }

    @Test
    void aQuestionFollowedByAnotherQuestionIsText() throws IOException {
        Article article = read("""
                أسئلة الشارع بعد القمة
                عقدت مجموعة بريكس قمتها السادسة عشرة في مدينة قازان الروسية بين 22 و24 أكتوبر 2024.
                هل تنجح المجموعة؟
                هل تتغير موازين التجارة؟
                بريكس تكتل اقتصادي تأسس عام 2009 من البرازيل وروسيا والهند والصين.
                """).article().orElseThrow();
        assertEquals(List.of("هل تتغير موازين التجارة؟"),
                article.body().stream().filter(b -> b.kind() == Block.Kind.SUBHEADING).map(Block::text).toList());
    }

    /**
     * A table's rows are short and end without a stop, as subheadings do; two rows or more cut into as many cells by
     * bars are a table, each row a paragraph of its cells (a Markdown row's outer bars and its rule removed). A single
     * line with a bar, or lines cut into unequal numbers of cells, stay subheadings.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", textBlock = """
            | المؤشر | النقاط | التغير |\\n|---|---|---|\\n| دبي | 5262 | -0.21 |\\n| قطر | 10498 | -0.62 | => '' => المؤشر | النقاط | التغير\\nدبي | 5262 | -0.21\\nقطر | 10498 | -0.62
            | الفريق | النقاط |\\n| :--- | ---: |\\n| الأهلي | 58 |                         => '' => الفريق | النقاط\\nالأهلي | 58
            الكتلة | عدد المقاعد\\nالكتلة الصدرية | 73\\nتحالف تقدم | 37                      => '' => الكتلة | عدد المقاعد\\nالكتلة الصدرية | 73\\nتحالف تقدم | 37
            غزة | قصف جديد على رفح                                                      => غزة | قصف جديد على رفح => غزة | قصف جديد على رفح
            أبرز الأرقام | 2024\\nالنتائج | الجولة | الأخيرة                             => أبرز الأرقام | 2024\\nالنتائج | الجولة | الأخيرة => أبرز الأرقام | 2024\\nالنتائج | الجولة | الأخيرة
            تميم بن حمد آل ثاني\\nأمير دولة قطر\\nصدر في الديوان الأميري بتاريخ: 6/8/1445هـ الموافق: 16/2/2024م => '' => تميم بن حمد آل ثاني\\nأمير دولة قطر\\nصدر في الديوان الأميري بتاريخ: 6/8/1445هـ الموافق: 16/2/2024م
            المعبر | الشاحنات | ملاحظات\\nكرم أبو سالم | 1,104 | تجارية\\nالمجموع | 1,632 | => '' => المعبر | الشاحنات | ملاحظات\\nكرم أبو سالم | 1,104 | تجارية\\nالمجموع | 1,632
            أبرز القرارات\\nصدر في الجريدة الرسمية بتاريخ 5 مارس 2024 قرار بتعديل اللائحة التنفيذية للقانون. => أبرز القرارات => أبرز القرارات\\nصدر في الجريدة الرسمية بتاريخ 5 مارس 2024 قرار بتعديل اللائحة التنفيذية للقانون.
            """)
    void aTablesRowsAreParagraphs(String lines, String subheadings, String text) throws IOException {
        Article article = read("""
                الأهلي يهزم الزمالك ويبتعد بالصدارة
                حقق النادي الأهلي فوزا ثمينا على غريمه التقليدي نادي الزمالك في قمة الجولة الخامسة والعشرين من الدوري.
                %s
                ويلتقي الأهلي في الجولة المقبلة مع فريق الإسماعيلي يوم الأربعاء المقبل.
                """.formatted(lines.replace("\\n", "\n"))).article().orElseThrow();
        List<Block> body = article.body();
        assertEquals(subheadings.isEmpty() ? List.of() : List.of(subheadings.split("\\\\n")),
                body.stream().filter(b -> b.kind() == Block.Kind.SUBHEADING).map(Block::text).toList());
        assertEquals(List.of(text.split("\\\\n")), body.subList(1, body.size() - 1).stream().map(Block::text).toList());
    }

    /** A name alone under the date stamp is the byline; a short line of other words there stays a subheading. "-" for none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            أحمد صالح أوغلو        | أحمد صالح أوغلو | -
            سلمان الدوسري          | سلمان الدوسري   | -
            عبد الرحمن النجار      | عبد الرحمن النجار | -
            تفاصيل الخطة           | -               | تفاصيل الخطة
            ردود الفعل الدولية     | -               | ردود الفعل الدولية
            """)
    void aNameAloneUnderTheDateStampIsTheByline(String line, String author, String subheading) throws IOException {
        Article article = read("الحكومة تعلن خطة جديدة للنقل\n02.03.2025 - 19:48\n" + line + "\n" + PARAGRAPH + "\n").article().orElseThrow();
        assertEquals(Optional.ofNullable(author), article.author());
        assertEquals(subheading == null ? List.of() : List.of(subheading),
                article.body().stream().filter(b -> b.kind() == Block.Kind.SUBHEADING).map(Block::text).toList());
    }

    /** A place and a full name, a given name first, right under the headline: the byline; other words there stay a subheading. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ود مدني - محمد عبد الرحمن الأمين | محمد عبد الرحمن الأمين | -
            جدة - عبدالله الشهري            | عبدالله الشهري          | -
            غزة - تصعيد جديد                | -                       | غزة - تصعيد جديد
            الخرطوم - مدني                  | -                       | الخرطوم - مدني
            """)
    void aPlaceAndAFullNameUnderTheHeadlineIsTheByline(String line, String author, String subheading) throws IOException {
        Article article = read("الحكومة تعلن خطة جديدة للنقل\n" + line + "\n" + PARAGRAPH + "\n").article().orElseThrow();
        assertEquals(Optional.ofNullable(author), article.author());
        assertEquals(subheading == null ? List.of() : List.of(subheading),
                article.body().stream().filter(b -> b.kind() == Block.Kind.SUBHEADING).map(Block::text).toList());
    }

    /**
     * Under the headline's standfirsts too, a place and a full name are the byline; a name alone right under the headline is
     * one when the date stamp is under it; a name alone with the text under it may be a short standfirst. "-" for none.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            تفاصيل الخطة الجديدة\\nالبصرة - حيدر الربيعي          | حيدر الربيعي      | تفاصيل الخطة الجديدة
            عبد الرحيم العسري\\nالثلاثاء 14 يناير 2025 - 23:40    | عبد الرحيم العسري | -
            عبد الرحيم العسري                                     | -                 | عبد الرحيم العسري
            """)
    void aBylineUnderTheHeadlineAndItsStandfirsts(String lines, String author, String subheading) throws IOException {
        Article article = read("الحكومة تعلن خطة جديدة للنقل\n" + lines.replace("\\n", "\n") + "\n" + PARAGRAPH + "\n").article().orElseThrow();
        assertEquals(Optional.ofNullable(author), article.author());
        assertEquals(subheading == null ? List.of() : List.of(subheading),
                article.body().stream().filter(b -> b.kind() == Block.Kind.SUBHEADING).map(Block::text).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            بقلم: سارة العلي        | سارة العلي
            كتبت: سارة العلي        | سارة العلي
            حوار: سلام الخفاجي      | سلام الخفاجي
            تقرير: سلام الخفاجي     | سلام الخفاجي
            المؤلف: عماد الدين المنفي | عماد الدين المنفي
            المحرر: رانيا الصرايرة  | رانيا الصرايرة
            كتب محمود عبد الراضي - إبراهيم أحمد | محمود عبد الراضي - إبراهيم أحمد
            كتب: سارة العلي، سلام الخفاجي | سارة العلي، سلام الخفاجي
            'الثلاثاء 4-11-2025 09:30 | كتب: منى عبد الرحمن' | منى عبد الرحمن
            إعداد: فريق التحرير      |
            إعداد: سارة العلي       | سارة العلي
            حاورته: نوال الصبيحي    | نوال الصبيحي
            المصدر: محمد فرغلي - دبي | محمد فرغلي
            المصدر: محمد فرغلي      | محمد فرغلي
            """)
    void authorAfterALabel(String line, String author) throws IOException {
        Article article = read("الحكومة تعلن خطة جديدة للنقل\n" + line + "\n" + PARAGRAPH + "\n").article().orElseThrow();
        assertEquals(Optional.ofNullable(author), article.author());
        assertEquals(List.of(line), article.removed());
    }

    /** A byline among the page's last lines, under a block of related links that cuts the text: the author, "-" for none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            موضوعات متعلقة\\n- السجن 10 سنوات لموظف في قضية رشوة\\nكتب: أحمد شلبي | أحمد شلبي
            موضوعات متعلقة\\n- كتب: الوزير يرد على منتقديه                       | -
            موضوعات متعلقة\\n- السجن 10 سنوات لموظف في قضية رشوة\\nإعداد: فريق التحرير | -
            """)
    void aBylineUnderTheRelatedLinksIsTheAuthor(String end, String author) throws IOException {
        Article article = read("الحكومة تعلن خطة جديدة للنقل\n" + PARAGRAPH + "\n" + end.replace("\\n", "\n") + "\n").article().orElseThrow();
        assertEquals(Optional.ofNullable(author), article.author());
        assertEquals(List.of(PARAGRAPH), article.body().stream().map(Block::text).toList());
    }

    @Test
    void bylineRowWithoutANameIsReportedOnItsLine() throws IOException {
        IngestResult result = read("""
                الحكومة تعلن خطة جديدة للنقل
                طباعة الحكومة تعلن 12 تعليقا 3 مشاركات و 400 قراءة
                أعلنت الحكومة اليوم خطة جديدة لتطوير شبكة النقل العام في العاصمة خلال العامين المقبلين. وأوضح المتحدث باسم الوزارة أن الخطة تشمل خطوطا جديدة للحافلات وتحديث المحطات القائمة.
                """);
        assertEquals(Optional.empty(), result.article().orElseThrow().author());
        assertOneWarningOnLine(result, 2);
    }

    @Test
    void dateStampOfADayThatDoesNotExistIsReportedOnItsLine() throws IOException {
        IngestResult result = read("""
                الحكومة تعلن خطة جديدة للنقل

                السبت 31/فبراير/2024 - 01:01 ص
                أعلنت الحكومة اليوم خطة جديدة لتطوير شبكة النقل العام في العاصمة خلال العامين المقبلين. وأوضح المتحدث باسم الوزارة أن الخطة تشمل خطوطا جديدة للحافلات وتحديث المحطات القائمة.
                """);
        assertEquals(Optional.empty(), result.article().orElseThrow().published());
        assertOneWarningOnLine(result, 3);
    }

    @Test
    void dateStampBeforeTheHeadline() throws IOException {
        Article article = read("""
                تاريخ النشر: 1st, June 2024 GMT
                الحكومة تعلن خطة جديدة للنقل
                أعلنت الحكومة اليوم خطة جديدة لتطوير شبكة النقل العام في العاصمة خلال العامين المقبلين. وأوضح المتحدث باسم الوزارة أن الخطة تشمل خطوطا جديدة للحافلات وتحديث المحطات القائمة.
                """).article().orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2024, 6, 1)), article.published());
        assertEquals("الحكومة تعلن خطة جديدة للنقل", article.title());
        assertEquals(false, article.titleDerived());
    }

    private static final String PARAGRAPH = "فاز ريال مدريد على برشلونة بثلاثة أهداف مقابل هدفين في مباراة الكلاسيكو التي أقيمت مساء السبت، ليعزز صدارته للدوري الإسباني قبل عشر جولات من نهاية الموسم.";

    /**
     * Datelines under the headline and date stamps after the text: the outlet, the publication date where they
     * give one, what is left of the text (its blocks, one a line) and the line a warning names, if any.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            مدريد - ١٥ مارس ٢٠٢٥ (رويترز)\\n{p}                | رويترز | 2025-03-15 | {p} |
            مدريد - 15 مارس 2025 (رويترز) -\\n{p}              | رويترز | 2025-03-15 | {p} |
            مدريد (أ ف ب) - {p}                                | أ ف ب  |            | {p} |
            (رويترز) - {p}                                      | رويترز |            | {p} |
            القاهرة - 20 نوفمبر 2024 (رويترز) - {p}            | رويترز | 2024-11-20 | {p} |
            مدريد، 15 مارس (د ب أ) - {p}                        | د ب أ  |            | {p} |
            السبت 15/مارس/2025 (بتوقيت مكة)\\n{p}              |        | 2025-03-15 | {p} |
            الرياض 10 جمادى الآخرة 1446 هـ الموافق 12 ديسمبر 2024 م واس\\n{p} | واس | 2024-12-12 | {p} |
            أبوظبي في 11 جمادى الآخرة 1446 هـ الموافق 13 ديسمبر 2024\\n{p}  |     | 2024-12-13 | {p} |
            الخميس 12 رمضان 1445 هـ - 21 مارس 2024 م\\n{p}     |        | 2024-03-21 | {p} |
            الخميس 21 مارس 2024 م - 12 رمضان 1445 هـ\\n{p}     |        | 2024-03-21 | {p} |
            قال المدرب (في مؤتمر صحفي) إن {p}                  |        |            | قال المدرب (في مؤتمر صحفي) إن {p} |
            بيروت - «الشرق الأوسط»\\n{p}                         | الشرق الأوسط |      | {p} |
            تونس - رويترز\\n{p}                                 | رويترز |            | {p} |
            أبوظبي - وام\\n{p}                                  | وام    |            | {p} |
            طرابلس - الجزيرة نت\\n{p}                           | الجزيرة نت |        | {p} |
            الدوحة ـ قنا\\n{p}                                  | قنا    |            | {p} |
            عمّان - الرأي\\n{p}                                 | الرأي  |            | {p} |
            برشلونة - كووورة\\n{p}                              | كووورة |            | {p} |
            المصدر: البوابة نيوز\\nتونس - رويترز\\n{p}             | البوابة نيوز |      | {p} |
            واشنطن - (أ ف ب)\\n{p}                             | أ ف ب  |            | {p} |
            طهران - وكالات\\n{p}                                | وكالات |            | {p} |
            تونس - وكالة تونس إفريقيا للأنباء\\n{p}             | وكالة تونس إفريقيا للأنباء | | {p} |
            الجزيرة نت\\n{p}                                    | الجزيرة نت |        | {p} |
            الرياضة\\n{p}                                       |        |            | الرياضة\\n{p} |
            بغداد - علي الحسيني\\n{p}                           |        |            | {p} |
            الرباط (و م ع)\\n{p}                               | و م ع  |            | {p} |
            شفق نيوز/ البصرة\\n{p}                             | شفق نيوز |          | {p} |
            بغداد/ علي الحسيني\\n{p}                           |        |            | بغداد/ علي الحسيني\\n{p} |
            الرياض - مباشر\\n{p}                               | مباشر  |            | {p} |
            السبت 7 شتنبر 2024 - 11:20\\n{p}                   |        | 2024-09-07 | {p} |
            الخميس 12 دجنبر 2024\\n{p}                         |        | 2024-12-12 | {p} |
            'الأربعاء 2024/06/12 | 19:34 غرينتش\\n{p}'         |        | 2024-06-12 | {p} |
            {p}\\nتابعوا RT على تيليغرام                       |        |            | {p} |
            {p}\\nتابعونا على جوجل نيوز                        |        |            | {p} |
            {p}\\nالرياض في 2 يونيو 2024                        |        | 2024-06-02 | {p} |
            {p}\\nالدوحة في 20 فبراير 2024                      |        | 2024-02-20 | {p} |
            {p}\\nنشر في: 13 سبتمبر 2023                        |        | 2023-09-13 | {p} |
            {p}\\n١٩ أبريل ٢٠٢٥                                 |        | 2025-04-19 | {p} |
            {p}\\nأبوظبي في 30 أغسطس 2023 / وام                 | وام    | 2023-08-30 | {p} |
            {p}\\nالرياض في 2 يونيو 2024\\nواتساب                |        | 2024-06-02 | {p} |
            الرياض (رويترز) - {p}\\nالرياض في 2 يونيو 2024 / واس | رويترز | 2024-06-02 | {p} |
            الخميس 30 مايو 2024\\n{p}\\nالرياض في 2 يونيو 2024    |        | 2024-05-30 | {p} | 4
            {p}\\nالرياض في 31 يونيو 2024                       |        |            | {p} | 3
            {p}\\nوكانت الهدنة قد انتهت في 2 يونيو 2024.          |        |            | {p}\\nوكانت الهدنة قد انتهت في 2 يونيو 2024. |
            {p} وصدر البيان في الرياض في 2 يونيو 2024            |        |            | {p} وصدر البيان في الرياض في 2 يونيو 2024 |
            {p}\\nفيسبوك تويتر واتساب                           |        |            | {p} |
            {p}\\nاقرأ أيضا:\\n- وزير الصحة يتفقد مستشفى العبور\\n- 5 نصائح لحماية أطفالك | | | {p} |
            '{p}\\nبوابة الوسط | 3 يونيو 2024'                   | بوابة الوسط | 2024-06-03 | {p} |
            آخر تحديث: 28/04/2025 - 18:40 بتوقيت غرينتش\\n{p}   |        | 2025-04-28 | {p} |
            السبت 15/مارس/2025\\nآخر تحديث: 28/04/2025 - 18:40\\n{p} | | 2025-03-15 | {p} |
            الكويت - 5 - 3 (كونا) -- {p}                       | كونا   |            | {p} |
            عمان 5 آذار (بترا) - {p}                           | بترا   |            | {p} |
            رام الله 20-5-2024 وفا- {p}                        | وفا    | 2024-05-20 | {p} |
            {p}\\n(النهاية)                                     |        |            | {p} |
            {p}\\nانتهى                                         |        |            | {p} |
            {p}\\n-- (بترا) ع ن/أ ب 05/03/2024 13:45             |        | 2024-03-05 | {p} |
            قال مسؤولون في الحكومة (الذين رفضوا ذكر أسمائهم): {p} |        |            | قال مسؤولون في الحكومة (الذين رفضوا ذكر أسمائهم): {p} |
            أعلن المتحدث، مساء الأحد الموافق 14 يناير 2024، أن {p} |        | 2024-01-14 | أعلن المتحدث، مساء الأحد الموافق 14 يناير 2024، أن {p} |
            قال الرئيس يوم الخميس 14 مارس 2024 إن {p}          |        | 2024-03-14 | قال الرئيس يوم الخميس 14 مارس 2024 إن {p} |
            أدى الحجاج، اليوم التاسع من ذي الحجة 1445 هـ الموافق 15 يونيو 2024 م، {p} | | 2024-06-15 | أدى الحجاج، اليوم التاسع من ذي الحجة 1445 هـ الموافق 15 يونيو 2024 م، {p} |
            افتتح الوزير اليوم 15 يونيو 2024 {p}               |        | 2024-06-15 | افتتح الوزير اليوم 15 يونيو 2024 {p} |
            السبت 15/مارس/2025\\nقال الرئيس يوم الخميس 14 مارس 2024 إن {p} | | 2025-03-15 | قال الرئيس يوم الخميس 14 مارس 2024 إن {p} |
            قال الرئيس إن الاتفاق وقع في 14 مارس 2024 وإن {p}   |        |            | قال الرئيس إن الاتفاق وقع في 14 مارس 2024 وإن {p} |
            'الثلاثاء 14 يناير 2025 | آخر تحديث: 10:42 صباحاً\\n{p}' | |   2025-01-14 | {p} |
            كتب محمود عبد الراضي - إبراهيم أحمد\\nالثلاثاء، 10 سبتمبر 2024 08:12 م\\n{p} | | 2024-09-10 | {p} |
            نُشر: 22 أغسطس 2022 م ـ 24 مُحرَّم 1444 هـ\\n{p}    |        | 2022-08-22 | {p} |
            {p}\\n20/01/2025 - 02:15\\n{p}                      |        | 2025-01-20 | {p}\\n{p} |
            {p}\\n{p}\\n20/01/2025 - 02:15\\n{p}               |        |            | {p}\\n{p}\\n20/01/2025 - 02:15\\n{p} |
            رام الله - معا - {p}                                |  معا   |            | {p} |
            بغداد - علي الحسيني - {p}                           |        |            | بغداد - علي الحسيني - {p} |
            المنامة - بنا (د ب أ)\\n{p}                        |  بنا   |            | {p} |
            {p}\\n(بنا، د ب أ)                                 |  بنا   |            | {p} |
            {p}\\n(بنا، مصادر محلية)                           |        |            | {p}\\n(بنا، مصادر محلية) | 3
            نواكشوط - الأخبار\\nأمس الخميس\\n{p}               | الأخبار |           | {p} |
            الأربعاء - 21:40\\n{p}                             |        |            | {p} |
            {p}\\nالكلمات الدالة\\nرياض سلامة مصرف لبنان         |        |            | {p} |
            '{p}\\nمواضيع\\nقبرص | الغاز | إيني'                |        |            | {p} |
            آخر تحديث: 5 يوليو/تموز 2024\\n{p}                  |        | 2024-07-05 | {p} |
            نشر في: 23 مايو 2024 ، 14:25 بتوقيت غرينتش\\n{p}    |        | 2024-05-23 | {p} |
            بتاريخ: الجمعة 15 مارس 2024 على الساعة 16:30\\n{p}  |        | 2024-03-15 | {p} |
            'تابع الجزيرة نت على: تلغرام | واتساب\\n{p}'         |        |            | {p} |
            {p}\\nوالله ولي التوفيق.\\nالمكتب الإعلامي لوزارة النفط والغاز\\nطرابلس - ليبيا | | | {p} |
            {p}\\nإنا لله وإنا إليه راجعون                       |        |            | {p} |
            {p}\\nمقالات ذات صلة\\n• تبون يأمر بتعويض فوري لضحايا الحرائق | |       | {p} |
            طهران / ارنا - ١٢ آذر ۱۴۰۳ (٢ ديسمبر ٢٠٢٤)\\nرمز الخبر: ۸۵۶۷۱۲۳۴\\n{p}\\nانتهى/ ٢٧٣٢ | ارنا | 2024-12-02 | {p} |
            نواكشوط، 01/07/2024 (وما)\\n{p}                   | وما    | 2024-07-01 | {p} |
            'رام الله - معا - السبت 25 يناير 2025 الساعة 09:40 | آخر تحديث: 11:15\\n{p}' | معا | 2025-01-25 | {p} |
            الاثنين 27 ذو القعدة 1445هـ - 03 يونيو 2024م\\n{p}  |        | 2024-06-03 | {p} |
            آخر تحديث: 11:20 - 14 أكتوبر 2024\\n{p}            |        | 2024-10-14 | {p} |
            'الثلاثاء 4-11-2025 09:30 | كتب: منى عبد الرحمن\\n{p}' | | 2025-11-04 | {p} |
            'الثلاثاء 4-11-2025 09:30 | الرياضة\\n{p}'            |        |            | 'الثلاثاء 4-11-2025 09:30 | الرياضة\\n{p}' |
            {p}\\n* ترجمة: أحمد عاصم                             |        |            | {p} |
            {p}\\n* ترجمة المصطلحات الطبية إلى العربية مهمة صعبة | |          | {p}\\n* ترجمة المصطلحات الطبية إلى العربية مهمة صعبة |
            {p} (الشروق/سمير سيد)                               |        |            | {p} |
            {p} (انظر الجدول 2/3)                               |        |            | {p} (انظر الجدول 2/3) |
            تونس 8 جانفي (وات) -\\n{p}                           | وات    |            | {p} |
            تونس 8 جانفي (وات) - {p}                            | وات    |            | {p} |
            الدوحة في 14 رجب 1445 هـ الموافق 26 يناير 2024 /قنا/ {p} | قنا | 2024-01-26 | {p} |
            الدوحة في 26 يناير 2024 /قنا/ {p}                   | قنا    | 2024-01-26 | {p} |
            'الأحد 1 كانون الأول 2024  |  عدد المشاهدات: 2,318\\n{p}' | | 2024-12-01 | {p} |
            'النشرة الصباحية | الأربعاء 8 جمادى الأولى 1446 - 20 نوفمبر 2024\\n{p}' | | 2024-11-20 | {p} |
            'وزارة النفط تعلن ارتفاع الصادرات إلى مستوى قياسي جديد | 1 كانون الأول 2024\\n{p}' | | | 'وزارة النفط تعلن ارتفاع الصادرات إلى مستوى قياسي جديد | 1 كانون الأول 2024\\n{p}' |
            التاريخ: 08 يناير 2024\\n{p}                        |        | 2024-01-08 | {p} |
            القاهرة في 14 يناير 2025\\n{p}                     |        | 2025-01-14 | {p} |
            صلالة، 15 أكتوبر 2024 — {p}                          |        | 2024-10-15 | {p} |
            صلالة، 15 أكتوبر 2024 {p}                            |        |            | صلالة، 15 أكتوبر 2024 {p} |
            الرياض: الأربعاء 4 ربيع الأول 1446 هـ - 11 سبتمبر 2024 م\\n{p} | | 2024-09-11 | {p} |
            نُشرت في: 03/08/2024 - 17:22\\n{p}                 |        | 2024-08-03 | {p} |
            رويترز - {p}                                         | رويترز |            | {p} |
            {p}\\n-انتهى-\\nنبذة عن الوزارة:\\nتعمل الوزارة على صون التراث.\\nهاتف: 0096824641300 | | | {p} |
            '{p}\\nاقرأ أيضاً:\\n- خبر آخر\\nالأحد 16 مارس 2025 - 16 رمضان 1446 | 04:35 م' | | 2025-03-16 | {p} |
            '{p}\\nاقرأ أيضاً:\\n- خبر آخر في 16 مارس 2025'    |        |            | {p} |
            'الجيزة | الأحد 15-09-2024 | 14:20\\n{p}'            |        | 2024-09-15 | {p} |
            'الجيزة | الأحد 15-09-2024 | الحكم نهائي\\n{p}'       |        |            | 'الجيزة | الأحد 15-09-2024 | الحكم نهائي\\n{p}' |
            الاثنين 26 ربيع الأول 1446 هـ، 30 أيلول 2024\\n16:35\\n{p} | | 2024-09-30 | {p} |
            الاثنين 26 ربيع الأول 1446 هـ، 30 أيلول 2024\\n\\n16:35\\n{p} | | 2024-09-30 | 16:35\\n{p} |
            نشر بتاريخ: 2024/10/08 الساعة: 11:25\\n{p}          |        | 2024-10-08 | {p} |
            'نشر في: 2021/02/16 على 11:40 | آخر تحديث: 2021/02/16 على 13:05\\n{p}' | | 2021-02-16 | {p} |
            'العدد 412 | السنة التاسعة | الخميس 13 مارس 2025 الموافق 13 رمضان 1446هـ\\n{p}' | | 2025-03-13 | {p} |
            'العدد 412 | ملف خاص عن الانتخابات\\n{p}' |    |            | 'العدد 412 | ملف خاص عن الانتخابات\\n{p}' |
            {p}\\n[صورة: لوحة إلكترونية على طريق أبوظبي - العين]\\nالمصدر: شرطة أبوظبي\\nالنص البديل: لوحة تحذيرية\\n{p} | | | {p}\\n{p} |
            {p}\\n\\nالمصدر: شرطة أبوظبي                     | شرطة أبوظبي |       | {p} |
            'الجزائر - واج | 2024/07/22 - 16:05\\n{p}'        | واج    | 2024-07-22 | {p} |
            'الجزائر - كريم | 2024/07/22 - 16:05\\n{p}'      |        |            | 'الجزائر - كريم | 2024/07/22 - 16:05\\n{p}' |
            نشرت في: 20/06/2025 - 11:42 آخر تحديث: 20/06/2025 - 15:08\\n{p} | | 2025-06-20 | {p} |
            اقتصاد  2024-09-08 13:05\\n{p}                    |        | 2024-09-08 | {p} |
            التاريخ: ١٤٤٦/٠٥/١٢هـ\\nالوقت: ١٣:٢٠\\n{p}            |        | 2024-11-14 | {p} |
            الرياض واس\\n{p}                                  | واس    |            | {p} |
            مونت كارلو الدولية / أ ف ب\\n{p}                  | مونت كارلو الدولية | | {p} |
            شفق نيوز/ {p}                                       | شفق نيوز |          | {p} |
            صورة أرشيفية لموقع الشركة قرب مدينة أرليت (النيجر). © أ ف ب\\n{p} | | | {p} |
            """)
    void datelinesGiveTheOutletAndTheDate(String lines, String outlet, String date, String text, Integer warnedLine) throws IOException {
        IngestResult result = read("ريال مدريد يفوز على برشلونة في الكلاسيكو\n" + lines.replace("\\n", "\n").replace("{p}", PARAGRAPH) + "\n");
        Article article = result.article().orElseThrow();
        assertEquals(Optional.ofNullable(outlet), article.outlet());
        assertEquals(Optional.ofNullable(date).map(LocalDate::parse), article.published());
        assertEquals(text.replace("\\n", "\n").replace("{p}", PARAGRAPH),
                String.join("\n", article.body().stream().map(Block::text).toList()));
        assertEquals(warnedLine == null ? List.of() : List.of(warnedLine), result.problems().stream().map(Problem::line).toList(),
                result.problems()::toString);
    }

    private static final String HEADLINE = "مصرع 4 وإصابة 49 في تصادم قطارين بمدينة الزقازيق";

    /**
     * A digest's items each open with their agency's dateline on a line of its own: furniture, not subheadings; with items
     * from different agencies under a masthead, the masthead's outlet is the source, not the first item's agency.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            الخليج أونلاين\\n{h}\\nالدوحة - قنا\\n{p}\\nمسقط - العمانية\\n{p} | الخليج أونلاين | -
            الخليج أونلاين\\n{h}\\nالدوحة - قنا\\n{p}\\nالدوحة - قنا\\n{p}    | قنا            | -
            {h}\\nالدوحة - قنا\\n{p}\\nمسقط - العمانية\\n{p}                  | قنا            | -
            {h}\\nالدوحة - قنا\\n{p}\\nتفاصيل الخطة\\n{p}                     | قنا            | تفاصيل الخطة
            """)
    void aDigestsItemsDatelinesAreFurniture(String lines, String outlet, String subheading) throws IOException {
        Article article = read(lines.replace("\\n", "\n").replace("{h}", HEADLINE).replace("{p}", PARAGRAPH) + "\n").article().orElseThrow();
        assertEquals(HEADLINE, article.title());
        assertEquals(Optional.ofNullable(outlet), article.outlet());
        assertEquals(subheading == null ? List.of() : List.of(subheading),
                article.body().stream().filter(b -> b.kind() == Block.Kind.SUBHEADING).map(Block::text).toList());
    }

    /**
     * A phone's (AMP) page prints links to other stories between the story's paragraphs: a link on a line of its own, the
     * phrase and the headline, with prose under it goes alone, the story under it stays. The block of related stories at the
     * foot, its headlines under a link or under the phrase alone (a whole other story even), is cut with all after it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {p}\\nاقرأ أيضاً: أسعار الخضار والفواكه في السوق المركزي الثلاثاء\\n{q}       | {p}\\n{q}
            {p}\\nاقرأ أيضا: البنك المركزي: ارتفاع احتياطيات العملات الأجنبية\\nإعلان\\n{q} | {p}\\n{q}
            {p}\\nاقرأ المزيد: تعرف على حالة الطقس في المملكة\\n{q}\\nاقرأ أيضاً: خبر آخر\\n{q} | {p}\\n{q}\\n{q}
            {p}\\nاقرأ أيضاً: خبر آخر\\n- خبر ثالث\\n- خبر رابع                             | {p}
            {p}\\nاقرأ أيضاً: خبر آخر\\nكيف تحسب فاتورة المياه الجديدة؟                   | {p}
            {p}\\nاقرأ أيضاً: خبر آخر\\nمالي: المجلس العسكري يمنح الجنرال غويتا ولاية رئاسية | {p}
            {p}\\nاقرأ أيضاً: خبر آخر\\nتابعونا على جوجل نيوز                              | {p}
            {p}\\nاقرأ أيضاً:\\nوزير سوري سابق يكشف: هل تتأثر العلاقة مع أمريكا؟\\n{q}     | {p}
            {p}\\nاقرأ أيضاً: خبر آخر                                                     | {p}
            """)
    void aLinkToAnotherStoryBetweenParagraphsGoesAlone(String lines, String text) throws IOException {
        String next = "وقال أمين سر النقابة إن الارتفاع جاء انعكاساً مباشراً لصعود سعر الأونصة في البورصات العالمية.";
        Article article = read("ريال مدريد يفوز على برشلونة في الكلاسيكو\n"
                + lines.replace("\\n", "\n").replace("{p}", PARAGRAPH).replace("{q}", next) + "\n").article().orElseThrow();
        assertEquals(text.replace("\\n", "\n").replace("{p}", PARAGRAPH).replace("{q}", next),
                String.join("\n", article.body().stream().map(Block::text).toList()));
    }

    /**
     * Under the text, the note about the writer, a star, the name and what the writer is: the author, when no byline named
     * one, and no paragraph; so is, on the last line, the writer's name and a dash between spaces over what he is, as a
     * translated opinion piece is signed. Above the last line, a star and a name head a list's item and stay. "-" for no author.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            {p}\\n* عبد القادر محمد علي - باحث في شؤون القرن الإفريقي          | عبد القادر محمد علي | {p}
            بقلم: سارة أحمد\\n{p}\\n* عبد القادر محمد علي - باحث في شؤون القرن الإفريقي | سارة أحمد   | {p}
            {p}\\n* عبد القادر محمد علي - باحث في شؤون القرن الإفريقي\\n{p}   | -                   | {p}\\n* عبد القادر محمد علي - باحث في شؤون القرن الإفريقي\\n{p}
            {p}\\nعاموس هرئيل - محلل الشؤون العسكرية في صحيفة "هآرتس"          | عاموس هرئيل         | {p}
            {p}\\nعاموس هرئيل - محلل الشؤون العسكرية\\n{p}                       | -                   | {p}\\nعاموس هرئيل - محلل الشؤون العسكرية\\n{p}
            """)
    void theNoteAboutTheWriterUnderTheTextNamesTheAuthor(String lines, String author, String text) throws IOException {
        Article article = read("ريال مدريد يفوز على برشلونة في الكلاسيكو\n" + lines.replace("\\n", "\n").replace("{p}", PARAGRAPH) + "\n")
                .article().orElseThrow();
        assertEquals(Optional.ofNullable(author), article.author());
        assertEquals(text.replace("\\n", "\n").replace("{p}", PARAGRAPH), String.join("\n", article.body().stream().map(Block::text).toList()));
    }

    /** A footnote's marker glued to the word goes with the notes cut under the text; the notes' facts are the writer's asides. */
    @Test
    void footnoteMarkersGoWithTheNotes() throws IOException {
        Article article = read("""
                يوسف رئيساً لمفوضية الاتحاد الإفريقي
                انتُخب محمود علي يوسف رئيساً لمفوضية الاتحاد الإفريقي في القمة المنعقدة في أديس أبابا[1].
                ويرى مراقبون أن إتقانه للعربية والفرنسية أسهم في استمالة أصوات الدول الناطقة بالفرنسية[2][3]. وانتُخبت حدادي نائبةً له.
                الهوامش:
                [1] تضم الجمعية العامة للاتحاد 55 دولة.
                """).article().orElseThrow();
        assertEquals(List.of("انتُخب محمود علي يوسف رئيساً لمفوضية الاتحاد الإفريقي في القمة المنعقدة في أديس أبابا.",
                "ويرى مراقبون أن إتقانه للعربية والفرنسية أسهم في استمالة أصوات الدول الناطقة بالفرنسية. وانتُخبت حدادي نائبةً له."),
                article.paragraphs());
        assertTrue(article.removed().containsAll(List.of("[1]", "[2][3]", "الهوامش:")), article.removed()::toString);
    }

    private static final String APPEAL = """
            «استئناف دبي» تؤيد إدانة متهمين انتحلا صفة موظفي بنك
            أيدت محكمة الاستئناف في دبي حكماً ابتدائياً بمعاقبة متهمين، آسيوي وعربية، بالحبس خمس سنوات للأول وثلاث سنوات للثانية.
            وأفادت التحريات بأن المتهم الأول تولى إجراء الاتصالات من شقة في منطقة القصيص، وأن إجمالي ما استوليا عليه بلغ 987 ألف درهم من 37 ضحية، بينهم متقاعدون.
            وقال الشاهد الأول، وهو ضابط في الإدارة العامة للتحريات، إن "المتهمين استخدما تطبيقات لإخفاء أرقامهم الحقيقية، وكانا يغيّران الشرائح كل ثلاثة أيام".
            """;

    /**
     * Pull-quote boxes left under the text, each a sentence of the story said again, shorter, go: kept, their figures would
     * be counted twice. The same sentence between the story's paragraphs is the story's, and a short last paragraph that
     * says something new stays.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            المتهمان غيّرا الشرائح كل 3 أيام لتجنب تتبع أرقامهما.\\n987 ألف درهم استولى عليها المتهمان من الضحايا. | 3
            987 ألف درهم استولى عليها المتهمان من الضحايا.\\nلمشاهدة الموضوع كاملاً في نسخته الورقية، يرجى الضغط على هذا الرابط. | 3
            وكانت شرطة دبي قد حذرت من اتصالات احتيالية مماثلة.                                  | 4
            """)
    void pullQuoteBoxesUnderTheTextGo(String lines, int paragraphs) throws IOException {
        Article article = read(APPEAL + lines.replace("\\n", "\n") + "\n").article().orElseThrow();
        assertEquals(paragraphs, article.paragraphs().size(), article.paragraphs()::toString);
    }

    @Test
    void aPullQuoteBetweenTheParagraphsIsTheStorys() throws IOException {
        String[] lines = APPEAL.split("\n");
        String text = String.join("\n", lines[0], lines[1], "987 ألف درهم استولى عليها المتهمان من الضحايا.", lines[2], lines[3]) + "\n";
        assertEquals(4, read(text).article().orElseThrow().paragraphs().size());
    }

    /**
     * A masthead (the site's name, alone or with its section) and a breadcrumb above the headline are furniture, the
     * outlet they name the source when nothing else names one; a headline with a bar or an arrow stays the headline.
     * "-" for no outlet or author.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            اليوم السابع\\nأخبار مصر > حوادث\\n{h}                     | {h}        | اليوم السابع | -
            اليوم السابع\\nحوادث\\n{h}                                  | {h}        | اليوم السابع | -
            اليوم السابع\\nزلزال                                         | زلزال      | اليوم السابع | -
            العربية.نت\\nالسودان\\n{h}                                | {h}        | العربية.نت   | -
            الشروق أونلاين\\nالوطني\\n{h}                              | {h}        | الشروق أونلاين | -
            المصدر أونلاين\\nاقتصاد\\n{h}                              | {h}        | المصدر أونلاين | -
            الشروق أونلاين\\nالوطني                                     | الوطني     | الشروق أونلاين | -
            السومرية نيوز > سياسة\\n{h}                                 | {h}        | السومرية نيوز | -
            'الإمارات اليوم | الرئيسية > علوم وتكنولوجيا > فضاء\\n{h}'   | {h}        | الإمارات اليوم | -
            'العربية Business | أسواق\\n{h}\\nأبوظبي - العربية Business' | {h}       | العربية Business | -
            الشرق الأوسط - اقتصاد\\n{h}                                 | {h}        | الشرق الأوسط | -
            'النهار\\nلبنان | قضاء\\n{h}'                                | {h}        | النهار       | -
            'هسبريس الرياضية\\nرياضة | ألعاب القوى\\n{h}\\nهسبريس - يوسف أيت أقديم' | {h} | هسبريس | يوسف أيت أقديم
            'بوابة الوسط | البحرين\\n{h}\\nالمنامة - بنا (د ب أ)'        | {h}        | بنا          | -
            صحيفة عكاظ\\nالرئيسية / محليات\\n{h}                        | {h}        | صحيفة عكاظ   | -
            بي بي سي نيوز عربي\\nالرئيسية > الشرق الأوسط\\n{h}           | {h}        | بي بي سي نيوز عربي | -
            'الشروق أونلاين\\n{h}\\nالجزائر - الشروق أونلاين\\nالثلاثاء 25 يوليو 2023 | 18:05' | {h} | الشروق أونلاين | -
            'قناة الجديد | برامج | "وهلق شو؟"\\n{h}\\nبيروت - الجديد'    | {h}        | الجديد       | -
            'الرياضية | دوري روشن السعودي\\n{h}\\nجدة - عبدالله الشهري\\nالسبت 2 مارس 2024' | {h} | الرياضية | عبدالله الشهري
            وزارة النفط والغاز - حكومة الوحدة الوطنية\\nالمكتب الإعلامي\\nبيان صحفي\\n{h}\\nطرابلس في: 8 أغسطس 2024 | {h} | وزارة النفط والغاز | -
            موزاييك أف أم\\nالرئيسية / وطنية / محاكم\\n{h}\\nصفاقس - موزاييك أف أم\\nبقلم: آمنة الجبالي\\nشارك المقال  f  t  in | {h} | موزاييك أف أم | آمنة الجبالي
            {h}\\nالإسماعيلية - كتب: أحمد شلبي                           | {h}        | -            | أحمد شلبي
            فرانس 24\\n{h}\\nفرانس 24 / أ ف ب                          | {h}        | فرانس 24     | -
            مونت كارلو الدولية\\n{h}\\nمونت كارلو الدولية / أ ف ب     | {h}        | مونت كارلو الدولية | -
            '{h}\\nرويترز | أ ف ب'                                      | {h}        | رويترز       | -
            {h}\\nالقاهرة - محمد عبد المنعم\\nالثلاثاء 29 أكتوبر 2024 - 11:20 ص | {h}  | -            | محمد عبد المنعم
            إذاعة الجيش تتوقف عن البث                                   | إذاعة الجيش تتوقف عن البث | - | -
            'غزة | قصف جديد على رفح'                                    | 'غزة | قصف جديد على رفح' | - | -
            'شفق نيوز/ الرئيسية > سياسة > محليات\\n{h}'                | {h}        | شفق نيوز     | -
            'النشرة | لبنان | مباشر\\n{h}\\nبيروت - النشرة'              | {h}        | النشرة       | -
            'موقع الحدث | لبنان | مباشر\\n{h}'                         | {h}        | موقع الحدث   | -
            'مباشر | أسواق\\n{h}'                                      | {h}        | مباشر        | -
            'Le360 عربي\\nالرئيسية | مجتمع\\n{h}'                        | {h}        | Le360 عربي   | -
            Le360 عربي\\n{h}                                           | {h}        | Le360 عربي   | -
            'CNN بالعربية\\n{h}'                                        | {h}        | CNN بالعربية | -
            قمة عربية طارئة في الرياض                                   | قمة عربية طارئة في الرياض | - | -
            'سياسة | الحكومة تقر موازنة العام المقبل بعجز قياسي'          | 'سياسة | الحكومة تقر موازنة العام المقبل بعجز قياسي' | - | -
            مصر > السودان: اتفاق على تقاسم مياه النيل                    | مصر > السودان: اتفاق على تقاسم مياه النيل | - | -
            'وكالة الجمهورية الإسلامية للأنباء (إرنا)\\nالصفحة الرئيسية | اقتصاد\\n{h}' | {h} | إرنا | -
            اشتباكات عنيفة في الخرطوم (رويترز)                         | اشتباكات عنيفة في الخرطوم (رويترز) | - | -
            'شبكة 964\\nالرئيسية / اقتصاد / الموازنة\\n{h}\\nبغداد - 964\\nالأحد، 5 شوال 1445 / 14 نيسان 2024' | {h} | شبكة 964 | -
            'هسبريس\\nالرئيسية > مجتمع\\n{h}\\nتطوان - هسبريس من تطوان\\nالأربعاء 8 يناير 2025 - 19:30' | {h} | هسبريس | -
            '{h}\\nتطوان - محمد العلمي من تطوان\\nالأربعاء 8 يناير 2025 - 19:30' | {h} | - | محمد العلمي من تطوان
            2024 عام الانتخابات في 64 دولة                              | 2024 عام الانتخابات في 64 دولة | - | -
            'صحيفة أخبار الخليج\\nالنشرة الصباحية | الأربعاء 8 جمادى الأولى 1446 - 20 نوفمبر 2024\\n{h}' | {h} | صحيفة أخبار الخليج | -
            'صحيفة الاقتصادية\\nالرئيسية > شركات > طيران\\n{h}\\nالأربعاء 27 شوال 1445 هـ. الموافق 8 مايو 2024' | {h} | صحيفة الاقتصادية | -
            بيان صحفي\\nالمنطقة الاقتصادية لقناة السويس\\n{h}\\nالقاهرة في 14 يناير 2025 | {h} | المنطقة الاقتصادية لقناة السويس | -
            'وزارة التراث والسياحة - سلطنة عُمان\\nالمركز الإعلامي | بيانات صحفية\\nللنشر الفوري\\n{h}' | {h} | وزارة التراث والسياحة | -
            شارك\\nقمة عربية طارئة في الرياض                         | قمة عربية طارئة في الرياض | - | -
            'رووداو\\nالرئيسية › كوردستان › اقتصاد\\n{h}\\nرووداو ديجيتال\\nأربيل - بغداد\\nالأربعاء 25 حزيران 2025 - 17:12' | {h} | رووداو | -
            'عدن الغد | الرئيسية > حوارات\\n{h}\\nحاورته: نوال الصبيحي\\nعدن - السبت 12 ربيع الآخر 1446 هـ الموافق 15 أكتوبر 2024' | {h} | عدن الغد | نوال الصبيحي
            'موزاييك أف أم | الرئيسية / جهوية / صفاقس\\n{h}'      | {h}        | موزاييك أف أم | -
            'الرئيسية > رياضة > دوري روشن\\n{h}'                   | {h}        | -            | -
            '{h}\\nهسبريس من الرباط\\nالإثنين 29 يوليوز 2024 - 20:15' | {h}      | هسبريس       | -
            'بوابة الوسط | الرئيسية » اقتصاد\\nملاحظة المحرر: جرى تحديث هذا الخبر بعد صدور البيان الرسمي.\\n{h}' | {h} | بوابة الوسط | -
            'السوداني الاقتصادي - أسبوعية اقتصادية شاملة\\nالعدد 412 | السنة التاسعة | الخميس 13 مارس 2025\\nالرئيسية > زراعة\\n{h}\\nود مدني - محمد عبد الرحمن الأمين' | {h} | السوداني الاقتصادي | محمد عبد الرحمن الأمين
            'صفحة رسمية على فيسبوك · 2 ساعة · 🌐\\n{h}'                | {h}        | -            | -
            'هسبريس - Hespress\\n{h}'                                  | {h}        | هسبريس       | -
            'هسبريس - Hespress\\nⵀⵉⵙⴱⵔⵉⵙ\\nالرئيسية ◂ ثقافة وفن ◂ أمازيغية\\nⴰⵙⴳⴳⵯⴰⵙ ⴰⵎⴰⵢⵏⵓ 2975\\n{h}\\nهسبريس - عبد الرحيم العسري' | {h} | هسبريس | عبد الرحيم العسري
            'Rudaw رووداو\\nكوردستان\\n{h}\\nرووداو ديجيتال\\n14-04-2025 16:35' | {h}     | رووداو       | -
            'رؤيا الإخباري\\n⚡ AMP\\n☰\\nاقتصاد\\n{h}\\nرؤيا - سارة القضاة' | {h}      | رؤيا الإخباري | سارة القضاة
            'وكالة الأنباء السعودية\\nSaudi Press Agency\\nالرئيسية / محلي\\nرقم الخبر: ٢٥٩٣٤١٧\\nالتاريخ: ١٤٤٦/٠٥/١٢هـ\\nالوقت: ١٣:٢٠\\n{h}' | {h} | وكالة الأنباء السعودية | -
            'وكالة الأنباء السعودية\\nالتاريخ: ١٤٤٦/٠٥/١٢هـ\\n{h}\\nالرياض واس' | {h}    | واس          | -
            'الوكالة الوطنية للإعلام\\nNational News Agency - Lebanon\\nسياسة\\nالأحد 10 تشرين الثاني 2024 الساعة 19:12\\n{h}' | {h} | الوكالة الوطنية للإعلام | -
            'الإمارات اليوم\\nمحاكم\\nتاريخ النشر: 14 مايو 2025\\nالمصدر: محمد فرغلي - دبي\\n{h}' | {h} | الإمارات اليوم | محمد فرغلي
            'أثير Atheer\\nأخبار محلية | تقنية\\nرصد- أثير\\nالأحد 14 أبريل 2024\\n{h}' | {h} | أثير      | -
            'في الجول FilGoal\\nيد | بطولات دولية\\n{h}'                 | {h}        | في الجول     | -
            'مدى مصر Mada Masr\\nمجتمع\\n{h}'                            | {h}        | مدى مصر      | -
            'شفق نيوز\\nاقتصاد  2024-09-08 13:05\\n{h}'                  | {h}        | شفق نيوز     | -
            'قراءات إفريقية\\nالرئيسية » تقارير وتحليلات » القرن الإفريقي\\n{h}\\n16 فبراير 2025' | {h} | قراءات إفريقية | -
            'عرب 48\\nالرئيسية / ترجمات / صحافة عبرية\\nترجمات | عن "هآرتس"\\n{h}\\nترجمة خاصة: عرب 48\\nتاريخ النشر: 23/03/2025 - 11:05 | آخر تحديث: 23/03/2025 - 12:40' | {h} | عرب 48 | -
            'دمشق الآن | Damascus Now 🇸🇾\\n{h}'                      | {h}        | دمشق الآن    | -
            'الصباح                    اقتصادي\\nالعدد (6123) السنة الثانية والعشرون       الأحد 9 شباط 2025 - 10 شعبان 1446 هـ\\n5\\n{h}\\nالبصرة - حيدر الربيعي' | {h} | الصباح | حيدر الربيعي
            'هسبريس\\nهسبريس من الرباط - مجتمع\\n{h}\\nعبد الرحيم العسري\\nالثلاثاء 14 يناير 2025 - 23:40' | {h} | هسبريس | عبد الرحيم العسري
            'الشروق أونلاين\\nالجزائر | مجتمع\\n{h}\\nب. ع\\n2025/06/05 | 17:48'        | {h}        | الشروق أونلاين | ب. ع
            '{h}\\nب. ع'                                              | {h}        | -            | ب. ع
            'صدى البلد\\n{h}\\n(طالع أيضاً: هل يجوز إخراج زكاة المال في صورة أجهزة كهربائية؟.. أمين الفتوى يجيب)' | {h} | صدى البلد | -
            """)
    void mastheadsAndBreadcrumbsAboveTheHeadlineAreFurniture(String lines, String title, String outlet, String author) throws IOException {
        Article article = read(lines.replace("\\n", "\n").replace("{h}", HEADLINE) + "\n" + PARAGRAPH + "\n").article().orElseThrow();
        assertEquals(title.replace("{h}", HEADLINE), article.title());
        assertEquals(false, article.titleDerived());
        assertEquals(Optional.ofNullable(outlet), article.outlet());
        assertEquals(Optional.ofNullable(author), article.author());
        assertEquals(List.of(PARAGRAPH), article.body().stream().map(Block::text).toList());
    }

    /**
     * A site's label before the headline, then a colon, a bar, a dash or dots, or alone on the line above it, is no part of
     * it; "-" when nothing is removed.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            'عاجل | الجيش السوداني يعلن استعادة القصر الجمهوري' | الجيش السوداني يعلن استعادة القصر الجمهوري | 'عاجل |'
            عاجل: الجيش السوداني يعلن استعادة القصر الجمهوري   | الجيش السوداني يعلن استعادة القصر الجمهوري | عاجل:
            عاجل - الجيش السوداني يعلن استعادة القصر الجمهوري  | الجيش السوداني يعلن استعادة القصر الجمهوري | عاجل -
            بالفيديو.. لحظة انهيار المبنى في وسط المدينة      | لحظة انهيار المبنى في وسط المدينة         | بالفيديو..
            عاجل الجيش السوداني يعلن استعادة القصر الجمهوري    | عاجل الجيش السوداني يعلن استعادة القصر الجمهوري | -
            خاص بالمرأة: برنامج جديد لدعم رائدات الأعمال       | خاص بالمرأة: برنامج جديد لدعم رائدات الأعمال | -
            الأهلي يهزم الزمالك 2-1 ويبتعد بصدارة الدوري        | الأهلي يهزم الزمالك 2-1 ويبتعد بصدارة الدوري | -
            تغطية مباشرة\\nإضراب عام في تونس وشلل في النقل والموانئ | إضراب عام في تونس وشلل في النقل والموانئ | تغطية مباشرة
            فيديو\\nلحظة انهيار المبنى في وسط المدينة               | لحظة انهيار المبنى في وسط المدينة         | فيديو
            تغطية مباشرة لجلسة البرلمان                          | تغطية مباشرة لجلسة البرلمان               | -
            """)
    void aSitesLabelBeforeTheHeadlineIsNoPartOfIt(String headline, String title, String removed) throws IOException {
        Article article = read(headline.replace("\\n", "\n") + "\n" + PARAGRAPH + "\n").article().orElseThrow();
        assertEquals(title, article.title());
        assertEquals(removed == null ? List.of() : List.of(removed), article.removed());
    }

    /**
     * What stands above the headline but belongs after it: an update of the story (its time first), and a social post
     * copied above the article (its page, its header, its text, then its counters or a rule); "{p}" is the text, "|" joins
     * the blocks read, each as its kind's first letter and its text.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            'تحديث 14:30: قالت القيادة المركزية في بيان لاحق إن مدمرة ثانية شاركت في الاعتراض\\n{h}\\n{p}' | {h} | 'P {p} || P تحديث 14:30: قالت القيادة المركزية في بيان لاحق إن مدمرة ثانية شاركت في الاعتراض'
            'تحديث الأسعار في الأسواق الشعبية قبل العيد\\n{p}'                                        | تحديث الأسعار في الأسواق الشعبية قبل العيد | 'P {p}'
            'رئاسة الجمهورية\\nصفحة رسمية على فيسبوك · 2 ساعة · 🌐\\nقرر الرئيس إنهاء مهام الوزير.\\n3.4 ألف إعجاب · 540 مشاركة\\n{h}\\n{p}' | {h} | 'P {p} || E قرر الرئيس إنهاء مهام الوزير. — رئاسة الجمهورية'
            'رئاسة الجمهورية · منذ 3 ساعات\\nقرر الرئيس إنهاء مهام الوزير.\\n________\\n{h}\\n{p}' | {h} | 'P {p} || P قرر الرئيس إنهاء مهام الوزير.'
            'وقالت الوزارة · في بيانها · إن العمل مستمر\\n{p}'                                     | وقالت الوزارة · في بيانها · إن العمل مستمر | 'P {p}'
            'قراءات إفريقية\\nملاحظة المحرر: كُتب هذا التقرير قبل إعلان النتيجة، ويُنشر بالاتفاق مع مركز الجزيرة للدراسات.\\n{h}\\n{p}' | {h} | 'P {p} || P ملاحظة المحرر: كُتب هذا التقرير قبل إعلان النتيجة، ويُنشر بالاتفاق مع مركز الجزيرة للدراسات.'
            """)
    void whatStandsAboveTheHeadlineButIsReadAfterIt(String lines, String title, String blocks) throws IOException {
        Article article = read(lines.replace("\\n", "\n").replace("{h}", HEADLINE).replace("{p}", PARAGRAPH) + "\n").article().orElseThrow();
        assertEquals(title.replace("{h}", HEADLINE), article.title());
        assertEquals(blocks.replace("{p}", PARAGRAPH), String.join(" || ", article.body().stream()
                .map(b -> b.kind().name().charAt(0) + " " + b.text() + b.attribution().map(a -> " " + a).orElse("")).toList()));
    }

    /**
     * Lines above the headline that are not it: a section's name of one word over the headline (the date stamp perhaps
     * between), a kicker over a longer headline once the date or the byline is read, a match card (its heading, the score,
     * the venue and the kick-off, which dates the article), a PDF page's number or columned running header (under which the
     * headline's lines, broken where its column ends, are one headline), a Telegram channel's name, counters and stamps over
     * its posts (the first post's first clause, without its label, is the headline); "|" joins the blocks read, each as its
     * kind's first letter and its text, "-" for no date. Where the evidence is missing, the first line stays the headline.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            'سياسة\\nالأحد 10 تشرين الثاني 2024 الساعة 19:12\\n{h}\\n{p}'         | {h}   | 'P {p}'            | 2024-11-10
            'محاكم\\n{h}\\n{p}'                                                   | {h}   | 'P {p}'            | -
            'زلزال\\nالسبت 15 مارس 2025\\n{p}'                                   | زلزال | 'P {p}'            | 2025-03-15
            'زلزال\\nمقديشو - الصومال الجديد\\n{p}'                              | زلزال | 'S مقديشو - الصومال الجديد || P {p}' | -
            'تاريخ النشر: 14 مايو 2025\\nعاقبتهما بالحبس 5 و3 سنوات وغرامة 1.2 مليون درهم\\n«استئناف دبي» تؤيد إدانة متهمين انتحلا صفة موظفي بنك واستوليا على مدخرات 37 ضحية\\n{p}' | «استئناف دبي» تؤيد إدانة متهمين انتحلا صفة موظفي بنك واستوليا على مدخرات 37 ضحية | 'S عاقبتهما بالحبس 5 و3 سنوات وغرامة 1.2 مليون درهم || P {p}' | 2025-05-14
            'عاقبتهما بالحبس 5 و3 سنوات\\n{h}\\n{p}'                              | عاقبتهما بالحبس 5 و3 سنوات | 'S {h} || P {p}' | -
            'تاريخ النشر: 14 مايو 2025\\n{h}\\nعاقبتهما بالحبس 5 و3 سنوات\\n{p}' | {h} | 'S عاقبتهما بالحبس 5 و3 سنوات || P {p}' | 2025-05-14
            'كأس العالم للأندية لكرة اليد "سوبر جلوب 2024" - نصف النهائي\\nالزمالك      29  (13 - 17)  33      فيزبريم\\nالصالة المغطاة - استاد القاهرة الدولي\\nالخميس 07 نوفمبر 2024 - 19:30 بتوقيت القاهرة\\n{h}\\n{p}' | {h} | 'P {p}' | 2024-11-07
            'الأهلي 2 - 1 الزمالك\\n{h}\\nالقاهرة - بوابة الأهرام\\n{p}'         | {h}   | 'P {p}'            | -
            'الأهلي يهزم الزمالك 2-1 ويبتعد بصدارة الدوري المصري\\nالقاهرة - بوابة الأهرام\\n{p}' | الأهلي يهزم الزمالك 2-1 ويبتعد بصدارة الدوري المصري | 'P {p}' | -
            '5\\nوزير النقل: إنجاز 74 % من أعمال ميناء\\nالفاو الكبير وتشغيل الأرصفة الخمسة\\n\\n{p}' | وزير النقل: إنجاز 74 % من أعمال ميناء الفاو الكبير وتشغيل الأرصفة الخمسة | 'P {p}' | -
            'الصباح        اقتصادي\\nوزير النقل: إنجاز 74 % من أعمال ميناء\\nالفاو الكبير وتشغيل الأرصفة الخمسة\\n\\n{p}' | وزير النقل: إنجاز 74 % من أعمال ميناء الفاو الكبير وتشغيل الأرصفة الخمسة | 'P {p}' | -
            'وزير النقل: إنجاز 74 % من أعمال ميناء\\nالفاو الكبير وتشغيل الأرصفة الخمسة\\n\\n{p}' | وزير النقل: إنجاز 74 % من أعمال ميناء | 'S الفاو الكبير وتشغيل الأرصفة الخمسة || P {p}' | -
            'دمشق الآن | Damascus Now 🇸🇾\\n184.6K subscribers\\nMay 20\\nعاجل | 🔴 الرئيس يستقبل وزير الخارجية التركي في قصر الشعب، بحضور وزير الدفاع.\\n👁 21.3K  09:41\\nForwarded from سانا SANA\\n{p}\\n👁 18.7K  10:05' | الرئيس يستقبل وزير الخارجية التركي في قصر الشعب | 'P عاجل | 🔴 الرئيس يستقبل وزير الخارجية التركي في قصر الشعب، بحضور وزير الدفاع. || P {p}' | -
            """)
    void linesAboveTheHeadlineThatAreNotIt(String lines, String title, String blocks, String date) throws IOException {
        Article article = read(lines.replace("\\n", "\n").replace("{h}", HEADLINE).replace("{p}", PARAGRAPH) + "\n").article().orElseThrow();
        assertEquals(title.replace("{h}", HEADLINE), article.title());
        assertEquals(blocks.replace("{p}", PARAGRAPH).replace("{h}", HEADLINE), String.join(" || ", article.body().stream()
                .map(b -> b.kind().name().charAt(0) + " " + b.text()).toList()));
        assertEquals(Optional.ofNullable(date).map(LocalDate::parse), article.published());
        assertEquals(Optional.empty(), article.author());
    }

    /**
     * A byline on a line of its own inside the text, a label, a colon or a dash and a person's name (كتب - محمود عبد
     * الرازق), is the author and no text; a line that only opens with the label's word stays text. "-" for no author.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            كتب - محمود عبد الرازق          | محمود عبد الرازق | 'P {p} || P {p}'
            بقلم: سارة العلي               | سارة العلي       | 'P {p} || P {p}'
            كتب جديدة في معرض الكتاب        | -                | 'P {p} || S كتب جديدة في معرض الكتاب || P {p}'
            تقرير - الأمم المتحدة           | -                | 'P {p} || S تقرير - الأمم المتحدة || P {p}'
            """)
    void aBylineInsideTheTextIsTheAuthor(String line, String author, String blocks) throws IOException {
        Article article = read(HEADLINE + "\n" + PARAGRAPH + "\n" + line + "\n" + PARAGRAPH + "\n").article().orElseThrow();
        assertEquals(Optional.ofNullable(author), article.author());
        assertEquals(blocks.replace("{p}", PARAGRAPH), String.join(" || ", article.body().stream()
                .map(b -> b.kind().name().charAt(0) + " " + b.text()).toList()));
    }

    /** A story pasted twice: its second copy, from its headline printed again, is left out, and the editor told where. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            '{h}\\n{p}\\n{h}\\nالاثنين 7 أكتوبر 2024\\n{p}' | 'P {p}'            | 3
            '{h}\\n{p}\\n{h}\\nوقال الوزير إن الخطة تبدأ الشهر المقبل في كل المحافظات.' | 'P {p} || S {h} || P وقال الوزير إن الخطة تبدأ الشهر المقبل في كل المحافظات.' | -
            """)
    void aStoryPastedTwiceIsReadOnce(String lines, String blocks, Integer warnedLine) throws IOException {
        IngestResult result = read(lines.replace("\\n", "\n").replace("{h}", HEADLINE).replace("{p}", PARAGRAPH) + "\n");
        Article article = result.article().orElseThrow();
        assertEquals(blocks.replace("{p}", PARAGRAPH).replace("{h}", HEADLINE), String.join(" || ", article.body().stream()
                .map(b -> b.kind().name().charAt(0) + " " + b.text()).toList()));
        assertEquals(warnedLine == null ? List.of() : List.of(warnedLine), result.problems().stream().map(Problem::line).toList(),
                result.problems()::toString);
    }

    @Test
    void aHeadlineShapedAsAGulfDatelineIsTheHeadline() throws IOException {
        Article article = read("زلزال المغرب في 8 سبتمبر 2023\n" + PARAGRAPH + "\n").article().orElseThrow();
        assertEquals("زلزال المغرب في 8 سبتمبر 2023", article.title());
        assertEquals(Optional.empty(), article.published());
    }

    @Test
    void postAttributionWithNothingAboveIsReportedAndKept() throws IOException {
        IngestResult result = read("""
                الحكومة تعلن خطة جديدة للنقل
                — وزارة النقل (@transport) June 1, 2024
                أعلنت الحكومة اليوم خطة جديدة لتطوير شبكة النقل العام في العاصمة خلال العامين المقبلين. وأوضح المتحدث باسم الوزارة أن الخطة تشمل خطوطا جديدة للحافلات وتحديث المحطات القائمة.
                """);
        assertOneWarningOnLine(result, 2);
        assertEquals(Block.Kind.PARAGRAPH, result.article().orElseThrow().body().get(0).kind());
    }

    @Test
    void unknownShortLastLineIsKeptAndReported() throws IOException {
        IngestResult result = read("""
                الحكومة تعلن خطة جديدة للنقل
                أعلنت الحكومة اليوم خطة جديدة لتطوير شبكة النقل العام في العاصمة خلال العامين المقبلين. وأوضح المتحدث باسم الوزارة أن الخطة تشمل خطوطا جديدة للحافلات وتحديث المحطات القائمة.
                تابعونا
                """);
        assertOneWarningOnLine(result, 3);
        assertEquals(List.of(Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH),
                result.article().orElseThrow().body().stream().map(Block::kind).toList());
    }

    @Test
    void theHeadlinePrintedAgainAsTheFirstLineIsTakenOutOfTheText() throws IOException {
        Article article = read("""
                الحكومة تعلن خطة جديدة للنقل
                الحكومة تعلن خطةً جديدة للنقل
                أعلنت الحكومة اليوم خطة جديدة لتطوير شبكة النقل العام في العاصمة خلال العامين المقبلين. وأوضح المتحدث باسم الوزارة أن الخطة تشمل خطوطا جديدة للحافلات وتحديث المحطات القائمة.
                """).article().orElseThrow();
        assertEquals("الحكومة تعلن خطة جديدة للنقل", article.title());
        assertEquals(1, article.body().size(), article.body()::toString);
        assertEquals(List.of("الحكومة تعلن خطةً جديدة للنقل"), article.removed());
    }

    @Test
    void onlyFurnitureIsAnError() throws IOException {
        IngestResult result = read("شارك\nطباعة\nإقرأ أيضاً:\nخبر آخر لا علاقة له بالموضوع.\n");
        assertEquals(Optional.empty(), result.article());
        assertEquals(1, result.problems().size());
        assertTrue(result.problems().get(0).isError());
    }

    @Test
    void aLoneShortLineIsItsOwnTextAndIsReportedOnce() throws IOException {
        // A flash (عاجل: …) is one line; it is short text, not furniture after the text.
        IngestResult result = read("الحكومة تعلن خطة جديدة للنقل\n");
        Article article = result.article().orElseThrow();
        assertEquals(List.of(
                "1: only 5 words of article text: check that the whole article was pasted (it is built as it is)"),
                result.problems().stream().map(p -> p.line() + ": " + p.message()).toList());
        assertEquals(List.of("الحكومة تعلن خطة جديدة للنقل"), article.paragraphs());
        assertEquals("الحكومة تعلن خطة جديدة للنقل", article.title());
        assertTrue(article.titleDerived());
    }

    @ParameterizedTest(name = "{0} words")
    @ValueSource(ints = {1, 24, 25, 60})
    void anArticleOfFewerThan25WordsIsBuiltAndToldToBeChecked(int words) throws IOException {
        String text = String.join(" ", java.util.Collections.nCopies(words, "كلمة")) + ".";
        IngestResult result = read("الحكومة تعلن خطة جديدة للنقل\n" + text + "\n");
        assertEquals(text, result.article().orElseThrow().paragraphs().get(0));
        List<String> told = result.problems().stream().map(p -> p.line() + ": " + p.message()).toList();
        assertEquals(words < 25 ? List.of("2: only " + words + (words == 1 ? " word" : " words")
                + " of article text: check that the whole article was pasted (it is built as it is)") : List.of(), told);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "قال الوزير إن الاجتماع انتهى.|5",
            "ارتفع المؤشر 2.5 % في 2024 - بحسب «رويترز»|7",
            "  كلمتان\u00a0هنا  |2",
            "— … ؟|0"})
    void wordsAreRunsBetweenSpacesThatHoldALetterOrADigit(String text, int words) {
        assertEquals(words, ArticleReader.wordCount(text));
    }

    private static void assertOneWarningOnLine(IngestResult result, int line) {
        assertEquals(1, result.problems().size(), result.problems()::toString);
        Problem problem = result.problems().get(0);
        assertEquals(Severity.WARNING, problem.severity(), problem::toString);
        assertEquals(line, problem.line(), problem::toString);
    }
}
