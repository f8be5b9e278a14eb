package org.nashra.extract.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nashra.core.Problem;
import org.nashra.core.Span;

class TopicFinderTest {

    static final List<Topic> TOPICS = List.of(
            new Topic("syria", "سوريا", "Syria", "", "", List.of("سوريا", "نهر الفرات", "قوات سوريا الديمقراطية")),
            new Topic("troops", "القوات", "Troops", "", "", List.of("القوات الأمريكية", "جندي", "انسحاب")),
            new Topic("courts", "المحاكم", "Courts", "", "", List.of("محكمة", "المحكمة", "بالسجن")));

    static List<String> topics(String text) {
        return new TopicFinder(TOPICS).find(List.of(text)).stream().map(TopicRef::topicId).toList();
    }

    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            تتدفق عبر نهر الفرات في سوريا                         | syria
            وفي سوريا وحدها                                      | ''
            في سوريا وعلى نهر الفرات                              | syria
            انسحاب القوات الامريكية البالغ عددها 2500 جندي        | troops
            وبالقوات الأمريكية وجندي                              | troops
            وقالت قوات سوريا الديمقراطية في بيان                   | ''
            وقالت قوات سوريا الديمقراطية إن سوريا                  | syria
            أمام المحكمة أمس                                      | ''
            وقضت المحكمة بالسجن                                   | courts
            تقع سوريا شرقا. وارتفعت الأسعار. وتراجع الطلب. ويمر بها نهر الفرات. | syria
            ارتفعت الأسعار. وتراجع الطلب. وقال التجار إن السوق هادئة. ولا يشمل ذلك سوريا ونهر الفرات. | ''
            ارتفعت الأسعار. وتراجع الطلب. وقال التجار إن السوق هادئة. وشمل ذلك سوريا ونهر الفرات. | syria
            """)
    void needsTwoDifferentPhrasesInDifferentPlacesFoldedForSpelling(String text, String expected) {
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), topics(text));
    }

    /** Evidence all in one sentence that excludes it says what the text is not about, unless the headline speaks of the topic too. */
    @ParameterizedTest(name = "{0} / {1} ⇒ {2}")
    @CsvSource(delimiter = '|', textBlock = """
            الأسعار ترتفع في المدينة    | ارتفعت الأسعار. وتراجع الطلب. وقال التجار إن السوق هادئة. ولا يشمل ذلك سوريا ونهر الفرات. | ''
            الأسعار ترتفع في سوريا      | ارتفعت الأسعار. وتراجع الطلب. وقال التجار إن السوق هادئة. ولا يشمل ذلك سوريا ونهر الفرات. | syria
            الأسعار ترتفع في المدينة    | ارتفعت الأسعار في سوريا. وتراجع الطلب. وقال التجار إن السوق هادئة. ويمر بها نهر الفرات.   | syria
            """)
    void anExcludedMentionSetsNoTopicUnlessTheHeadlineHasItToo(String headline, String text, String expected) {
        List<String> found = new TopicFinder(TOPICS).find(List.of(text), List.of(), headline).stream().map(TopicRef::topicId).toList();
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), found);
    }

    /** The project's own taxonomy on sentences of the kinds of news it is meant to tell apart. */
    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            لقي 4 أشخاص مصرعهم في حادث تصادم بين قطارين، وخرجت عربتان عن القضبان                 | accidents
            تحطم طائرة ركاب بعد اصطدامها بمروحية، وفتح المجلس الوطني لسلامة النقل تحقيقا           | accidents
            استشهد 12 فلسطينيا في غارة، ونقلت سيارات الإسعاف المصابين إلى المستشفى                 | ''
            حذرت وزارة الزراعة من أسراب الجراد الصحراوي التي تهدد المحاصيل                          | agriculture
            تراجعت مساحة الأراضي الزراعية بسبب شح المياه                                           | ''
            انطلق القمر الاصطناعي إلى الفضاء على متن صاروخ فالكون 9                                 | science-space
            تعمل فرق الطوارئ على مدار الساعة، وأصدرت هيئة كبار العلماء بيانا                        | ''
            أصدر السلطان مراسيم سلطانية بتعيين الدكتور سعيد الصقري وزيرا للاقتصاد                    | elections-politics
            وتواصل فرق الحماية المدنية إخماد الحرائق التي أتت على آلاف الهكتارات                      | disasters
            خلصت دراسة إلى أن النشاط البدني يخفض خطر الإصابة بداء السكري                           | health
            غرق قارب يقل مهاجرين غير نظاميين، وانتشل خفر السواحل 12 جثة                             | migration
            بدأ الجيش مناورات عسكرية واسعة بمشاركة سفن حربية وطائرات مقاتلة                          | defence
            وقع الرئيسان مذكرات تفاهم وأصدرا البيان المشترك في ختام زيارة رسمية                         | diplomacy
            التقى وزير الخارجية نظيره وبحثا العلاقات الثنائية                                       | ''
            صدرت أوامر ملكية بتعيين الأمير نائبا لأمير المنطقة بمرتبة وزير                             | elections-politics
            بعد عام على الزلزال تتواصل إعادة الإعمار في المناطق المتضررة                              | disasters
            منح القرار إعفاء ضريبيا للشركات بمرتبة أولى في التصنيف                                   | ''
            قصفت الطائرات الحربية المنطقة واندلعت النيران                                          | ''
            أدى الوزراء اليمين الدستورية: لينا عناب وزيرة للسياحة والآثار، ومحمد المومني وزيرا للاتصال | elections-politics
            وعينت وزير الثقافة والسياحة والآثار رئيسا للجنة                                          | ''
            خفضت الحكومة التضخم، وشارك في الجلسة وزير الاقتصاد والمالية                              | economy
            أعلنت وزارة السياحة والآثار عن كشف أثري جديد عثرت عليه البعثة الأثرية قرب المتحف          | tourism-culture
            تجاوز عدد زوار موسم الرياض 12 مليونا، ويضم 14 منطقة ترفيهية و100 حفل غنائي                | entertainment
            أحيا الفنان حفلا في المدينة                                                          | ''
            الحكم: مضلل. تبين بالبحث العكسي أن الصورة قديمة                                       | fact-check
            نفى المتحدث الشائعات حول صحة الرئيس                                                  | ''
            أوقفت وحدة النزاهة في ألعاب القوى العداءة حاملة الرقم القياسي العالمي بسبب المنشطات        | sport
            ارتفعت المنشطات الاقتصادية التي أقرتها الحكومة                                        | ''
            أعلنت وزارة التجارة حملة استدعاء لسيارات بالتنسيق مع الوكيل المحلي                       | economy
            استدعت الخارجية السفير للاحتجاج                                                      | ''
            أقرت الحكومة سعرا جديدا للبنزين، وتكلف واردات البنزين ومشتقات الوقود الخزينة مليارات      | energy
            تعرضت الوزارة لهجوم إلكتروني ببرمجيات الفدية، ورصد المركز 1620 محاولة اختراق              | technology
            أقر مجلس الوزراء الميزانية العامة للدولة، وقدرت النفقات بـ1285 مليار ريال                 | economy
            ارتفع إنتاج الفسفاط التجاري، وأعيد فتح المكتب الجمركي أمام البضائع                         | economy
            قدم النائب الاستجواب إلى الوزير، ويحتاج طرح الثقة إلى عشرة نواب                           | elections-politics
            توج الجواد بلقب أغلى سباقات الخيل في العالم                                           | sport
            قال عبد الجواد إن الطقس حار                                                          | ''
            أعلنت الشركة طلبية مؤكدة لطائرات إيرباص في معرض للطيران                                 | transport
            أسقطت الدفاعات الجوية طائرة مسيرة                                                    | ''
            اخترق المهاجم دفاع الفريق                                                            | ''
            أصدر الأمير قرارا بتعيين سفراء، وأدى السفراء الجدد اليمين أمامه                          | diplomacy
            انتهى مسار مفاوضات سد النهضة دون اتفاق، وتعتمد مصر على نهر النيل                         | water
            تضم شبكة مترو الرياض 85 محطة، وستغذيها شبكة حافلات تابعة لمنظومة النقل العام               | transport
            لقي 4 أشخاص مصرعهم في حادث تصادم، وشهدت الطرق 352 وفاة بسبب الحوادث المرورية            | accidents
            صعد الركاب إلى القطار في المحطة                                                       | ''
            بلغت قيمة التصرفات العقارية في دبي 4.2 مليار درهم، بحسب خبير العقارات                    | economy
            تضررت العقارات المجاورة للمبنى المنهار                                                | ''
            تراجع الاكتظاظ في الأقسام الدراسية مع بناء 230 مؤسسة تعليمية جديدة                      | education
            كرم الحفل الأساتذة المتقاعدين                                                         | ''
            أصدر الرئيس مراسيم تتضمن إجراءات عفو لفائدة 8 آلاف محبوسا                                | justice
            طالب الحزب بالعفو عن المعارضين                                                        | ''
            نقل القطار فائق السرعة 5.5 ملايين مسافر، وارتفع عدد المسافرين 9 في المائة                 | transport
            يُسحب الترخيص إذا بلغت النقاط المرورية 14 نقطة، ويطبق على جميع حاملي رخص القيادة           | transport
            سمح الأمن بالمرور عبر المعبر                                                          | ''
            رحل الشاعر بعد مسيرة أدبية امتدت لنصف قرن، وأصدر عددا من الدواوين                         | tourism-culture
            قرأ الشاعر كلمته في الحفل                                                             | ''
            نفد مخزون الفيول أويل، وتراجعت التغذية بالتيار الكهربائي إلى ساعتين                       | energy
            انقطع التيار عن الموقع الإلكتروني                                                     | ''
            فتحت الوزارة التسجيل في البعثات الخارجية لمرحلة البكالوريوس للعام الأكاديمي المقبل        | education
            أنهى الطالب دراسته في الخارج                                                          | ''
            صرفت المالية رواتب الموظفين منقوصة بسبب اقتطاع أموال المقاصة                             | economy
            قرر المجلس سحب الجنسية من 1145 شخصا استنادا إلى قانون الجنسية                            | elections-politics
            حصل اللاعب على الجنسية الإسبانية                                                      | ''
            أصدر الرئيس أمرا رئاسيا يقضي بإنهاء مهام والي قفصة                                      | elections-politics
            لقي سبعة منقبين مصرعهم إثر انهيار بئر، واستمرت عمليات انتشال الجثث ست ساعات              | accidents
            انهار سعر الذهب في البورصة                                                            | economy
            ارتفعت أسعار الذهب، وسجل سعر غرام الذهب عيار 21 في محلات الصاغة 67.30 ديناراً           | economy
            تعد النيجر سابع أكبر منتج لليورانيوم، وكانت تؤمن احتياجات المفاعلات النووية الفرنسية      | energy
            حذر المركز الوطني للسلامة المعلوماتية من ثغرة أمنية حرجة في جدران الحماية               | technology
            ارتفع عدد النازحين المسجلين في مراكز الإيواء إلى 186 ألفاً                            | humanitarian
            أطلقت الوزارة موسم التشجير لزيادة الغطاء النباتي                                      | agriculture
            يعيد المركز تأهيل الأراضي المتدهورة ضمن مبادرة السعودية الخضراء                        | climate
            انتخب رئيساً لمفوضية الاتحاد الإفريقي في قمة رؤساء دول وحكومات الاتحاد                 | diplomacy
            وفي أربيل، عاصمة إقليم كوردستان، سجل سعر الصرف ارتفاعاً أيضاً                          | ''
            استقبل رئيس إقليم كوردستان الوفد في أربيل                                              | kurdistan
            وصل الوفد إلى بيروت، العاصمة اللبنانية، صباح اليوم                                     | ''
            أفرج عن ثلاثة محتجزين نتيجة وساطة قطرية، وهي الوساطة الثالثة بعد صفقة تبادل السجناء       | diplomacy
            وصلت الشحنة بوساطة طائرة شحن                                                         | ''
            أطلق الناقل الجوي رحلات مباشرة إلى طشقند بواقع ثلاث رحلات أسبوعية                       | transport
            رحب الوزير بالجوي والبري                                                             | ''
            ينفذ المصنع على مرحلتين، بطاقة 2 جيجاوات في المرحلة الأولى                              | ''
            اكتملت المرحلة الأولى من إنهاء مهمة التحالف، وتبدأ المرحلة الثانية                         | coalition-mission
            تشمل الصفقة الإفراج عن أسرى من المحكوم عليهم بالسجن المؤبد                                 | ''
            وقضت المحكمة بالسجن المؤبد على المحكوم عليهم                                           | justice
            كلف الملك جعفر حسان بتشكيل حكومة جديدة بعد قبول استقالة حكومة الخصاونة                    | elections-politics
            شكل المدرب فريقا جديدا                                                               | ''
            أوقفت المالية تمويل رواتب موظفي الإقليم، وطالبت بتسليم الإيرادات غير النفطية              | economy
            سلم المتسابق الإيرادات                                                                | ''
            أصدر الملك عفوه السامي على 2476 شخصا، منهم من خفضت العقوبة الحبسية لفائدتهم            | justice
            تقدم المحكوم عليهم بطلبات إلى اللجنة                                                   | ''
            أعلنت الصوناد انقطاع الماء الصالح للشرب في أحياء صفاقس بسبب أشغال على محطة الضخ        | water
            توقفت محطة الضخ عن العمل بسبب الضغط                                                    | ''
            أعلن الوزير نتائج التعداد العام للسكان، وبلغ عدد سكان العراق 46 مليون نسمة             | population
            يبلغ عدد سكان المدينة مليوني نسمة، وضم التعداد 23 لاعبا                                 | ''
            خفضت الهيئة شروط منح الإقامة الذهبية، وتجاوز عدد حاملي الإقامة الذهبية 158 ألفا          | visas-residency
            تبلغ رسوم التأشيرة 535 ريالا، ولا تتجاوز الإقامة 90 يوما                                  | visas-residency
            خطف الفريق تأشيرة التأهل، وحسم الإقامة في الصدارة                                        | ''
            عدل مجلس الوزراء جدول المخالفات والعقوبات المرورية، وغرامة عدم ربط حزام الأمان 300 ريال   | transport
            ربط المتسلق حزام الأمان قبل الصعود                                                    | ''
            توفي 3 أشخاص إثر تدهور حافلة على الطريق الصحراوي، وتعاملت فرق الإنقاذ مع الحادث         | accidents
            تدهور الوضع الصحي للسائق بعد وصول فرق الإنقاذ                                          | ''
            كانت حافلة نقل ركاب تقل 26 راكبا على الطريق الذي أنجزت الوزارة إعادة تأهيل الطريق فيه    | transport
            ركب الوزير حافلة إلى المؤتمر                                                           | ''
            وافق مجلس الأمة على القانون في المداولة الأولى، وصوت بالموافقة 41 عضوا                  | elections-politics
            حجزت المحكمة القضية للمداولة الأولى بعد رفع الجلسة                                      | ''
            تجاوزت الطلبات الإسكانية 90 ألف طلب، ويعدل القانون أحكام الرعاية السكنية                 | housing
            دمر القصف 500 وحدة سكنية، وتضررت الوحدات السكنية المجاورة                               | ''
            تراجع معدل البطالة إلى 6.4% من قوة العمل، وبلغ عدد المتعطلين 2.1 مليون                  | labour
            يبدأ حظر العمل وقت الظهيرة، وتلزم الشركات بتوفير مياه الشرب للعمال                        | labour
            وفرت المصفاة 500 فرصة عمل للعمال في المنطقة                                              | ''
            ضبطت الحملة 1460 مخالفا لقانون الإقامة تمهيدا لإبعادهم عن البلاد                           | visas-residency
            أبعدت الشرطة المتظاهرين عن مقر البلدية، ومنحتهم الإقامة المؤقتة في مخيم                 | ''
            أقر الاجتماع الأسبوعي لمجلس الوزراء تعديل قانون الإسكان وإحالته إلى مجلس النواب، وتخصيص 3500 وحدة سكنية | elections-politics,housing
            أكد رئيس الوزراء خلال جلسة مجلس الوزراء أمس أن الرواتب مؤمنة، داعيا مجلس النواب إلى الإسراع | ''
            أصدرت دار الإفتاء المصرية فتوى رسمية بتحريم المراهنات الإلكترونية                        | religion
            ترأس البطريرك رتبة الرسامة الأسقفية للمطران الجديد بمشاركة لفيف من الكهنة                  | religion
            حضر الرتبة ممثل رئيس الجمهورية جوزاف عون وممثل البطريرك الماروني                          | lebanon
            ووجه المركز 500 سلة غذائية إلى الأسر النازحة                                            | humanitarian
            فازت بالجائزة العالمية للرواية العربية، وضمت القائمة القصيرة روايات من خمسة بلدان          | tourism-culture
            لن يمنح تشغيل ميناء الفاو الكبير لجهة لا تمتلك خطوطاً ملاحية منتظمة                       | transport
            قصفت الطائرات ميناء الحديدة                                                           | ''
            وقّع الأعيان وثيقة صلح بين عائلتين بعد الوساطة، وتنقل الوسطاء بين المدن                    | ''
            """)
    void theProjectTaxonomyTellsTheseSubjectsApart(String text, String expected) {
        TopicTaxonomy.Loaded loaded = TopicTaxonomy.load(Path.of("data/topics.yml"));
        List<String> found = new TopicFinder(loaded.topics()).find(List.of(text)).stream().map(TopicRef::topicId).toList();
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), found, text);
    }

    /**
     * Each row: a text, the organisations' names the names found in it (joined by ;), and its topics in the project's
     * taxonomy: a phrase inside a longer name headed by جامعة or شركة counts only beside one outside such names; a phrase
     * that is a whole name counts, and so does one in an agency's name, which says what it does.
     */
    @ParameterizedTest(name = "{0} [{1}] ⇒ {2}")
    @CsvSource(delimiter = '|', textBlock = """
            جاءت جامعة العلوم والتكنولوجيا ثانية، تلتها جامعة الحسين التقنية | جامعة العلوم والتكنولوجيا;جامعة الحسين التقنية | ''
            جاءت جامعة العلوم والتكنولوجيا ثانية، تلتها جامعة الحسين التقنية | ''                                            | technology
            جاءت جامعة العلوم والتكنولوجيا ثانية في مؤشر الذكاء الاصطناعي    | جامعة العلوم والتكنولوجيا                       | technology
            أعلنت غوغل ومايكروسوفت عن شراكة                                   | غوغل;مايكروسوفت                                 | technology
            ارتفع التضخم بحسب صندوق النقد الدولي                              | صندوق النقد الدولي                              | economy
            حذرت وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين من نفاد الوقود     | وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين       | humanitarian
            """)
    void aPhraseInsideAnOrganisationsNameIsPartOfTheName(String text, String names, String expected) {
        List<Span> spans = new java.util.ArrayList<>();
        if (!names.isEmpty()) {
            for (String name : names.split(";")) spans.add(new Span(0, text.indexOf(name), text.indexOf(name) + name.length()));
        }
        TopicTaxonomy.Loaded loaded = TopicTaxonomy.load(Path.of("data/topics.yml"));
        List<String> found = new TopicFinder(loaded.topics()).find(List.of(text), spans).stream().map(TopicRef::topicId).toList();
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), found, text);
    }

    @Test
    void evidenceKeepsOffsetsIntoTheOriginalText() {
        String text = "عبر نهر الفرات في سوريا";
        TopicRef ref = new TopicFinder(TOPICS).find(List.of(text)).get(0);
        for (TopicRef.Evidence e : ref.evidence()) {
            String found = text.substring(e.start(), e.end());
            assertTrue(found.equals("نهر الفرات") || found.equals("سوريا"), found);
        }
    }

    @Test
    void theProjectTaxonomyLoadsCleanly() {
        TopicTaxonomy.Loaded loaded = TopicTaxonomy.load(Path.of("data/topics.yml"));
        assertEquals(List.of(), loaded.problems());
        assertTrue(loaded.topics().size() >= 8);
    }

    @Test
    void aBroadTopicIsMarkedTrueOrFalse(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("topics.yml");
        Files.writeString(file, """
                - id: sport
                  ar: الرياضة
                  en: Sport
                  broad: true
                  evidence: [مباراة, الدوري]
                - id: syria
                  ar: سوريا
                  en: Syria
                  broad: perhaps
                  evidence: [سوريا]
                """, StandardCharsets.UTF_8);
        TopicTaxonomy.Loaded loaded = TopicTaxonomy.load(file);
        assertTrue(loaded.topics().get(0).broad());
        List<String> problems = loaded.problems().stream().map(Problem::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains(":9:") && p.contains("'broad' must be true or false")), problems.toString());
    }

    @Test
    void unknownKeysAndMissingFieldsAreReportedWithTheirLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("topics.yml");
        Files.writeString(file, """
                - id: syria
                  ar: سوريا
                  en: Syria
                  evidense: [سوريا]
                - id: Bad Id
                  en: x
                  evidence: [x]
                """, StandardCharsets.UTF_8);
        List<String> problems = TopicTaxonomy.load(file).problems().stream().map(Problem::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains(":4:") && p.contains("unknown key 'evidense'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains(":5:") && p.contains("missing 'ar'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("must be lowercase ASCII")), problems.toString());
    }
}
