package org.nashra.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashra.extract.EntityType;

/** Which names of a training corpus become a learnt gazetteer, and how the combined recogniser weighs them. */
class SeenNamesTest {

    private static final String CORPUS = String.join("\n",
            "فاز O", "الليكود B-ORG", "في O", "الانتخابات O", "",
            "وقال O", "زعيم O", "بالليكود B-ORG", "إن O", "",
            "تقدم O", "الليكود B-ORG", "مجددا O", "",
            "زار O", "رييس B-PERS", "الملعب O", "",
            "وصل O", "رييس B-PERS", "أمس O", "",
            "قال O", "رئيس O", "الوزراء O", "",
            "التقى O", "رئيس O", "البرلمان O", "",
            "وفاز O", "الترسانة B-ORG", "أمس O", "",
            "وفاز O", "الأمل B-ORG", "أمس O", "",
            "وانتشرت O", "الميليشيات B-MISC", "في O", "المدينة O", "",
            "عاد O", "الأمل O", "إلى O", "الجماهير O", "",
            "ويبقى O", "الأمل O", "قائما O", "",
            "");

    @Test
    void aNameSeenWithOneTypeIsKeptAndOneThatStandsForACommonWordIsNot(@TempDir Path dir) throws IOException {
        Path conll = dir.resolve("tiny.conll");
        Files.writeString(conll, CORPUS);
        Path out = dir.resolve(SeenNames.FILE);
        SeenNames.write(ConllCorpus.read(conll), NameLexicon.EMPTY, out);
        List<GazetteerRecogniser.Entry> entries;
        try (InputStream in = Files.newInputStream(out)) {
            entries = SeenNames.read(in);
        }
        // الليكود three times (once after the preposition ب); الترسانة once, and never as another word;
        // رييس (Reyes) folds like رئيس (president), seen far more often outside names; الأمل (a club, and hope)
        // is a name in one of its three sightings; الميليشيات is a one-word "other" name seen only once.
        assertEquals(List.of(new GazetteerRecogniser.Entry("الترسانه", EntityType.ORGANISATION),
                new GazetteerRecogniser.Entry("الليكود", EntityType.ORGANISATION)), entries);
    }
}
