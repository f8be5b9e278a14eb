package org.nashra.eval.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashra.translate.names.OrganisationNames;

class OrganisationEvalTest {

    @Test
    void countsTheDistinctOrganisationSpansAndTheOnesTranslated(@TempDir Path dir) throws IOException {
        Path conll = Files.writeString(dir.resolve("ner.txt"), String.join("\n",
                "قال O", "البنك B-ORG", "المركزي I-ORG", "المصري I-ORG", "إن O", "حزب B-ORG", "الليكود I-ORG", "",
                "وقال O", "البنك B-ORG", "المركزي I-ORG", "المصري I-ORG", "و O", "الاتحاد B-ORG", "الأوروبي I-ORG", "بغداد B-LOC", ""));

        OrganisationEval.Coverage coverage = OrganisationEval.evaluate(conll, OrganisationNames.load());

        assertEquals(3, coverage.names());
        assertEquals(Map.of("البنك المركزي المصري", "Central Bank of Egypt", "الاتحاد الأوروبي", "European Union"), coverage.translated());
        assertEquals("3 distinct organisation names, 2 (66.7 %) translated by their words, the rest spelt out", coverage.toString());
    }
}
