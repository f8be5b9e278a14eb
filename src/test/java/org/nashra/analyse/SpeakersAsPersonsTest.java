package org.nashra.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nashra.extract.EntityType;
import org.nashra.ingest.Article;
import org.nashra.ingest.Block;

/**
 * Who speaks in an article is one of its people even when the name finder missed the name: a speaker named in
 * full (a given name first, no role among the words) is a person; a speaker told by a role or a body is not.
 */
class SpeakersAsPersonsTest {

    /** An analyser whose name finder finds nothing but the places listed. */
    private static final Analyser ANALYSER = new Analyser(List.of(), text -> {
        List<org.nashra.extract.Mention> found = new java.util.ArrayList<>(ListedPlaces.recogniser(List.of("الرباط")).recognise(text));
        // a name finder that finds a first name alone
        for (String person : List.of("كرونوسلاف", "رضوى")) {
            for (int at = text.indexOf(person); at >= 0; at = text.indexOf(person, at + 1)) {
                found.add(new org.nashra.extract.Mention(person, at, at + person.length(), EntityType.PERSON));
            }
        }
        return found;
    }, new org.nashra.extract.resolve.EntityResolver(org.nashra.extract.resolve.Gazetteer.empty(),
            org.nashra.extract.resolve.RoleLexicon.empty(), org.nashra.translate.names.Transliterator.load(),
            org.nashra.translate.names.PlaceLexicon.load()));

    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            وقالت النائبة نادية تهامي إن "الجهة ما زالت تعاني خصاصا في الأساتذة".          | نادية تهامي
            وقال فهد الشريعان، رئيس الجمعية، إن "الأسعار سترتفع في الصيف المقبل".           | فهد الشريعان
            وأكد رئيس الحكومة يوسف الشاهد في كلمة أن "الإضراب لن يثني الحكومة عن الإصلاح".  | يوسف الشاهد
            وقال مدير الأرصاد رائد آل لـ(بترا)، إن "ذروة الموجة ستكون يومي السبت والأحد".      | ''
            وقال وزير الخارجية في الرباط إن "المفاوضات ستستأنف الأسبوع المقبل".            | ''
            وقال متعامل في هامبورغ إن "الأسعار ارتفعت بعد إعلان المناقصة".                | ''
            وقالت الوزارة في بيان إن "العمل سيستأنف غدا في جميع المدارس".                | ''
            وأكد مدرب بيراميدز الكرواتي كرونوسلاف يورتشيتش أن فريقه "كان الأفضل في أغلب فترات المباراة". | كرونوسلاف يورتشيتش
            وقالت رضوى إن "القراءة جاءت أعلى قليلاً من التوقعات".                          | رضوى
            """)
    void aSpeakerNamedInFullIsAPerson(String paragraph, String person) {
        Article article = new Article("001-speaker", Path.of("seeds/001_speaker.txt"), "خبر", false, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(Block.paragraph(paragraph, 1)), List.of());
        Analysis analysis = ANALYSER.analyse(article);
        List<String> persons = analysis.entities().stream().filter(e -> e.ref().type() == EntityType.PERSON)
                .map(e -> e.ref().nameAr()).toList();
        assertEquals(person.isEmpty() ? List.of() : List.of(person), persons, analysis.quotes().toString());
    }
}
