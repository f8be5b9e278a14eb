package org.nashra.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nashra.extract.Mention;

/** rule-cases.tsv: titles, organisation heads and cues, place heads, as listed under rules/. */
class RuleRecogniserTest {

    private static final RuleRecogniser RULES = RuleRecogniser.bundled();

    static Stream<String[]> cases() {
        return TestTables.rows("rule-cases.tsv").stream();
    }

    @ParameterizedTest(name = "{0} ⇒ {1}")
    @MethodSource("cases")
    void findsWhatTheListsSignal(String text, String expected) {
        List<String> found = new ArrayList<>();
        for (Mention m : RULES.recognise(text)) {
            assertEquals(m.surface(), text.substring(m.start(), m.end()), "offsets of " + m);
            found.add(m.surface() + ":" + m.type());
        }
        String actual = found.isEmpty() ? "-" : String.join(" | ", found);
        assertEquals(TestTables.visible(expected), TestTables.visible(actual), "in «" + TestTables.visible(text) + "»");
    }
}
