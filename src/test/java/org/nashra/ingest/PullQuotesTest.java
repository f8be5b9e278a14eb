package org.nashra.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which short lines repeat a sentence of the story, as a pull-quote box does. */
class PullQuotesTest {

    private static final List<String> STORY = List.of(
            "أيدت محكمة الاستئناف في دبي حكماً ابتدائياً بمعاقبة متهمين، آسيوي وعربية، بالحبس خمس سنوات للأول وثلاث سنوات للثانية، وتغريمهما متضامنين مبلغ مليون و200 ألف درهم.",
            "وأفادت التحريات بأن المتهم الأول تولى إجراء الاتصالات من شقة في منطقة القصيص، بينما تولت المتهمة الثانية فتح حسابات وسيطة لتحويل الأموال وسحبها نقداً، وأن إجمالي ما استوليا عليه بلغ 987 ألف درهم من 37 ضحية، بينهم متقاعدون.",
            "وقال الشاهد الأول، وهو ضابط في الإدارة العامة للتحريات والمباحث الجنائية، إن \"المتهمين استخدما تطبيقات لإخفاء أرقامهم الحقيقية، وكانا يغيّران الشرائح كل ثلاثة أيام\".");

    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            المتهمان غيّرا الشرائح كل 3 أيام لتجنب تتبع أرقامهما.         | true
            987 ألف درهم استولى عليها المتهمان من الضحايا.                | true
            «987 ألف درهم استولى عليها المتهمان من الضحايا»               | false
            المتهمان غيّرا الشرائح كل 3 أيام. واستوليا على 987 ألف درهم.   | false
            - المتهمان غيّرا الشرائح كل 3 أيام لتجنب تتبع أرقامهما.        | false
            وكانت شرطة دبي قد حذرت من اتصالات احتيالية مماثلة.            | false
            وقضت المحكمة بإبعاد المتهمين عن الدولة بعد انقضاء العقوبة.     | false
            المتهمان استوليا على الأموال.                                  | false
            """)
    void aShortSentenceSaidAgainIsABox(String line, boolean box) {
        assertEquals(box, PullQuotes.repeats(line, STORY));
    }

    @ParameterizedTest(name = "{0} ~ {1} ⇒ {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ارقامهما | ارقامهم | true
            غيرا     | يغير    | true
            شرائح    | شرائح   | true
            ضحايا    | ضحي     | false
            عام      | اعلام   | false
            """)
    void aWordAsAParaphraseBendsIt(String a, String b, boolean same) {
        assertEquals(same, PullQuotes.sameWord(a, b));
    }
}
