package org.nashra.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** A page pasted from a PDF, its lines broken at the column's width: read back a paragraph a line, its page furniture out. */
class PastedPageTest {

    /** A paper's page header, then three paragraphs printed in a column some 44 characters wide. */
    private static final String COLUMN = """
            الرافدين                                  محليات

            أعلنت وزارة الموارد المائية، أمس الأحد، أن
            نسبة الإنجاز في مشروع سد الخازر بلغت 62
            بالمئة، مؤكدة أن المرحلة الأولى ستدخل الخدمة
            قبل نهاية الصيف المقبل، بطاقة خزن أولية تبلغ
            1.2 مليار متر مكعب.
            وقال الوزير، خلال جولة ميدانية في موقع
            المشروع برفقة وفد من الشركة التركية المنفذة،
            إن «العمل يجري بثلاث وجبات على مدار الساعة،
            وقد أنجزنا قناة التحويل الرئيسية بالكامل».
            وأضاف أن الوزارة «تتفاوض حالياً مع شركتين
            عالميتين لتشغيل المحطة الكهرومائية الملحقة
            بالسد، ولن يُمنح العقد لأي جهة لا تملك خبرة
            سابقة في المنطقة».
            """;

    private static final List<String> COLUMN_READ = List.of(
            "الرافدين                                  محليات",
            "أعلنت وزارة الموارد المائية، أمس الأحد، أن نسبة الإنجاز في مشروع سد الخازر بلغت 62 بالمئة، مؤكدة أن المرحلة الأولى"
                    + " ستدخل الخدمة قبل نهاية الصيف المقبل، بطاقة خزن أولية تبلغ 1.2 مليار متر مكعب.",
            "وقال الوزير، خلال جولة ميدانية في موقع المشروع برفقة وفد من الشركة التركية المنفذة، إن «العمل يجري بثلاث وجبات على"
                    + " مدار الساعة، وقد أنجزنا قناة التحويل الرئيسية بالكامل».",
            "وأضاف أن الوزارة «تتفاوض حالياً مع شركتين عالميتين لتشغيل المحطة الكهرومائية الملحقة بالسد، ولن يُمنح العقد لأي جهة"
                    + " لا تملك خبرة سابقة في المنطقة».");

    private static final String LAST = "وكان مجلس الوزراء قد صادق على المشروع في العام الماضي.";

    /**
     * Lines printed under the column, then its last paragraph: how they are read. "/" stands between lines, "¶" for a blank
     * line; the lines read are joined by " / ", and the page's furniture taken out by " + ".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", textBlock = """
            a word hyphenated across the break is one word ; ومن جهته أكد المدير أن الشركة لا تملك حالياً خط- / وطاً ملاحية منتظمة مع موانئ آسيا. ; ومن جهته أكد المدير أن الشركة لا تملك حالياً خطوطاً ملاحية منتظمة مع موانئ آسيا. ; -
            a dash after a space is no hyphen              ; وقال المدير إن الطريق السريع بين المدينتين - / وهو الأطول في البلاد - أنجز بالكامل. ; وقال المدير إن الطريق السريع بين المدينتين - وهو الأطول في البلاد - أنجز بالكامل. ; -
            the text goes on across the page break         ; من جهته، أوضح مدير عام الشركة العامة للسدود / ¶ / الرافدين | محليات        الاثنين 10 آذار 2025 / 6 / ¶ / حسن الجبوري أن كلفة المرحلة الأولى تبلغ مليار دولار. ; من جهته، أوضح مدير عام الشركة العامة للسدود حسن الجبوري أن كلفة المرحلة الأولى تبلغ مليار دولار. ; الرافدين | محليات        الاثنين 10 آذار 2025 + 6
            masthead words in the text are text      ; وأوضح المدير أن المشروع الذي تابعته صحيفة / الرافدين محليات وعربية عدة سيكتمل قريباً في / غضون أشهر قليلة من الآن بحسب الخطة. ; وأوضح المدير أن المشروع الذي تابعته صحيفة الرافدين محليات وعربية عدة سيكتمل قريباً في غضون أشهر قليلة من الآن بحسب الخطة. ; -
            a page number between dashes                   ; من جهته، أوضح مدير عام الشركة العامة للسدود / - 7 - / حسن الجبوري أن كلفة المرحلة الأولى تبلغ مليار دولار. ; من جهته، أوضح مدير عام الشركة العامة للسدود حسن الجبوري أن كلفة المرحلة الأولى تبلغ مليار دولار. ; - 7 -
            a blank line alone ends the paragraph          ; وأشار المدير إلى أن الطريق السريع بين السد / ¶ / والقضاء أنجز بالكامل في الشهر الماضي للعمل. ; وأشار المدير إلى أن الطريق السريع بين السد / والقضاء أنجز بالكامل في الشهر الماضي للعمل. ; -
            a short line does not run on: a byline         ; الموصل - سعد الحمداني / أعلن الوزير أن المشروع يسير وفق الخطة المرسومة. ; الموصل - سعد الحمداني / أعلن الوزير أن المشروع يسير وفق الخطة المرسومة. ; -
            list items stay lines of their own             ; وتشمل المرحلة الأولى من المشروع الأعمال الآتية / - إنشاء خمس بوابات لتصريف المياه / - تعميق قناة التحويل ; وتشمل المرحلة الأولى من المشروع الأعمال الآتية / - إنشاء خمس بوابات لتصريف المياه / - تعميق قناة التحويل ; -
            a picture marker stays a line of its own       ; وتابع الوزير أعمال الصب في جسم السد الرئيسي / [ صورة: الوزير خلال جولته في موقع السد ] ; وتابع الوزير أعمال الصب في جسم السد الرئيسي / [ صورة: الوزير خلال جولته في موقع السد ] ; -
            """)
    void aPastedColumnIsReadAParagraphALine(String example, String printed, String read, String dropped) {
        String text = COLUMN + printed.replace(" / ", "\n").replace("¶", "") + "\n" + LAST + "\n";
        PastedPage.Unwrapped unwrapped = PastedPage.unwrap(Lines.split(text));
        List<String> expected = new ArrayList<>(COLUMN_READ);
        expected.addAll(List.of(read.split(" / ")));
        expected.add(LAST);
        assertEquals(expected, unwrapped.lines().stream().filter(line -> !line.isEmpty()).toList());
        assertEquals(dropped == null ? List.of() : List.of(dropped.split(" \\+ ")),
                unwrapped.dropped().stream().map(PastedPage.Dropped::text).toList());
        assertEquals(Lines.split(text).size(), unwrapped.lines().size(), "every line keeps its number");
    }

    /** Verse runs on line after line as a column does, but with no stop and few marks inside its lines: it is left as it is. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            verse quoted in an article ; وألقى الشاعر قصيدته في افتتاح المهرجان الذي أقيم في مدينة الموصل بحضور جمهور غفير من محبي الشعر العربي، ومما جاء فيها: / على قدر أهل العزم تأتي العزائم / وتأتي على قدر الكرام المكارم / وتعظم في عين الصغير صغارها / وتصغر في عين العظيم العظائم / إذا غامرت في شرف مروم / فلا تقنع بما دون النجوم / فطعم الموت في أمر حقير / كطعم الموت في أمر عظيم / الخيل والليل والبيداء تعرفني / والسيف والرمح والقرطاس والقلم / أنا الذي نظر الأعمى إلى أدبي / وأسمعت كلماتي من به صمم
            a fact box                 ; أعلنت الهيئة العامة للإحصاء النتائج النهائية للتعداد العام للسكان والمساكن الذي أجري في نهاية العام الماضي. / عدد السكان الكلي 46 مليون نسمة / نسبة الذكور من السكان 50.4 بالمئة / نسبة الإناث من السكان 49.6 بالمئة / عدد الأسر في البلاد 8 ملايين أسرة / متوسط حجم الأسرة ستة أفراد / نسبة سكان الحضر 70 بالمئة / نسبة سكان الريف 30 بالمئة / عدد المساكن المشغولة 7 ملايين مسكن / نسبة الأمية بين الكبار 13 بالمئة / وقالت الهيئة إن النتائج ستنشر مفصلة خلال الأشهر المقبلة.
            """)
    void linesThatRunOnWithoutProseAreNoPaste(String example, String lines) {
        List<String> raw = List.of(lines.split(" / "));
        assertEquals(-1, PastedPage.columnWidth(raw));
        assertEquals(raw, PastedPage.unwrap(raw).lines());
    }

    static Stream<Path> articles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(TestFiles.seeds(), TestFiles.projectFile("src/test/resources/org/nashra/variety"))) {
            try (Stream<Path> listed = Files.list(dir)) {
                listed.filter(file -> file.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    /** The test articles pasted from a page set in columns (a newspaper's PDF); every other one prints a paragraph a line. */
    private static final java.util.Set<String> PASTED_FROM_COLUMNS = java.util.Set.of("633_iraq_pdf_newspaper_page_faw_port.txt");

    /**
     * No article printed a paragraph a line, with its poems, lists, tables, bullets and one-line paragraphs, is read as a
     * paste; the one pasted from a newspaper's columns is.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void onlyAnArticlePastedFromColumnsIsAPaste(Path file) throws IOException {
        List<String> lines = Lines.split(Files.readString(file, StandardCharsets.UTF_8)).stream().map(Lines::trim).toList();
        assertEquals(PASTED_FROM_COLUMNS.contains(file.getFileName().toString()), PastedPage.columnWidth(lines) != -1, file.toString());
    }

    @TempDir
    Path dir;

    /** Read as an article: a paragraph a block, on the line it starts on, the page's number and running header removed. */
    @Test
    void theReaderTakesAPastedPageAParagraphABlock() throws IOException {
        String text = COLUMN.replace("الرافدين                                  محليات\n", "الرافدين                                  محليات\n"
                + "سد الخازر يقترب من الاكتمال\n")
                + "من جهته، أوضح مدير عام الشركة العامة للسدود\n\nالرافدين | محليات        الاثنين 10 آذار 2025\n6\n\n"
                + "حسن الجبوري أن كلفة المرحلة الأولى تبلغ مليار دولار.\n" + LAST + "\n";
        Path file = dir.resolve("pasted.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Article article = new Ingest(BoilerplateRules.defaults()).read(file).article().orElseThrow();
        List<String> paragraphs = article.body().stream().filter(block -> block.kind() == Block.Kind.PARAGRAPH).map(Block::text).toList();
        assertEquals(List.of(COLUMN_READ.get(1), COLUMN_READ.get(2), COLUMN_READ.get(3),
                "من جهته، أوضح مدير عام الشركة العامة للسدود حسن الجبوري أن كلفة المرحلة الأولى تبلغ مليار دولار.", LAST), paragraphs);
        assertEquals(List.of(4, 9, 13, 17, 23), article.body().stream().filter(block -> block.kind() == Block.Kind.PARAGRAPH)
                .map(Block::line).toList());
        assertEquals(true, article.removed().containsAll(List.of("الرافدين | محليات        الاثنين 10 آذار 2025", "6")));
    }
}
