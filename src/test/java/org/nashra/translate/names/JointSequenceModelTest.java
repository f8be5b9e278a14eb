package org.nashra.translate.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A model written and read back is the same model: the same file again, the same spellings. */
class JointSequenceModelTest {

    private static final List<String[]> PAIRS = List.of(
            new String[] {"محمد", "mohammed"}, new String[] {"محمود", "mahmoud"}, new String[] {"احمد", "ahmed"},
            new String[] {"حامد", "hamed"}, new String[] {"سالم", "salem"}, new String[] {"سليم", "salim"},
            new String[] {"مسلم", "muslim"}, new String[] {"كريم", "karim"}, new String[] {"كمال", "kamal"},
            new String[] {"جمال", "jamal"}, new String[] {"جميل", "jamil"}, new String[] {"حسن", "hassan"},
            new String[] {"حسين", "hussein"}, new String[] {"محسن", "mohsen"}, new String[] {"سعيد", "saeed"},
            new String[] {"سعد", "saad"}, new String[] {"مسعود", "masoud"}, new String[] {"احمد", "ahmad"});

    private static String written(JointSequenceModel model) throws IOException {
        StringWriter out = new StringWriter();
        model.write(out);
        return out.toString();
    }

    @Test
    void aModelWrittenAndReadBackWritesTheSameFileAndSpellsAlike() throws IOException {
        JointSequenceModel trained = JointSequenceModel.train(PAIRS, 3, 3, 0.0).model();
        String file = written(trained);
        assertFalse(file.isBlank());
        JointSequenceModel read = JointSequenceModel.read(new BufferedReader(new StringReader(file)));
        assertEquals(file, written(read));
        for (String token : List.of("محمد", "سليم", "حميد", "مسعد")) {
            assertEquals(trained.decode(token, 3), read.decode(token, 3), token);
        }
    }

    @Test
    void theShippedModelReadBackWritesItsOwnFileAgain() throws IOException {
        String shipped;
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Transliterator.class.getResourceAsStream("translit-model.tsv.gz"))) {
            shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        StringWriter out = new StringWriter();
        Transliterator.load().write(out);
        assertEquals(shipped, out.toString());
    }

    @Test
    void aLineThatIsNoNGramIsRefused() {
        String file = "order\t2\nunits\t3\nم\tm\nngrams\t1\n2 x\t5\n";
        IOException refused = assertThrows(IOException.class, () -> JointSequenceModel.read(new BufferedReader(new StringReader(file))));
        assertEquals("not an n-gram line: 2 x\t5", refused.getMessage());
    }
}
