package org.nashra.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nashra.extract.EntityType;
import org.nashra.extract.Mention;

/** gazetteer-cases.tsv: folded matching through proclitics, longest entry first. */
class GazetteerRecogniserTest {

    static Stream<String[]> cases() {
        return TestTables.rows("gazetteer-cases.tsv").stream();
    }

    @ParameterizedTest(name = "{0} in {1} ⇒ {2}")
    @MethodSource("cases")
    void findsEntries(String entries, String text, String expected) {
        List<GazetteerRecogniser.Entry> gazetteer = new ArrayList<>();
        for (String entry : entries.split(" \\| ")) {
            int colon = entry.lastIndexOf(':');
            gazetteer.add(new GazetteerRecogniser.Entry(entry.substring(0, colon), EntityType.valueOf(entry.substring(colon + 1))));
        }
        List<Mention> mentions = new GazetteerRecogniser(gazetteer).recognise(text);
        List<String> found = new ArrayList<>();
        for (Mention m : mentions) {
            assertEquals(m.surface(), text.substring(m.start(), m.end()), "offsets of " + m);
            found.add(m.surface() + ":" + m.type());
        }
        String actual = found.isEmpty() ? "-" : String.join(" | ", found);
        assertEquals(TestTables.visible(expected), TestTables.visible(actual), "in «" + TestTables.visible(text) + "»");
    }

    @Test
    void oddTextGivesNothing() {
        GazetteerRecogniser gazetteer = new GazetteerRecogniser(List.of(new GazetteerRecogniser.Entry("بغداد", EntityType.PLACE)));
        assertEquals(List.of(), gazetteer.recognise(""));
        assertEquals(List.of(), gazetteer.recognise("\u200f\u200f  ،،"));
        assertEquals(List.of(), gazetteer.recognise(null));
    }
}
