package org.nashra.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExcerptsTest {

    @ParameterizedTest(name = "{0} ⇒ {2}")
    @CsvSource(delimiter = '|', textBlock = """
            أريد التأكيد من جديد على هذه النقطة، في 2017، تم طرد داعش من العراق بعد معارك طويلة وشاقة، وفي 2019 واجه داعش هزيمة على الأرض | 2017 | … في 2017، تم طرد داعش من العراق بعد معارك طويلة وشاقة،
            وبدأت في 2014 في إطار جهود دولية                                                                                 | 2014 | وبدأت في 2014 في إطار جهود دولية
            """)
    void theClauseAroundTheDateGrownToReadableLength(String sentence, String date, String expected) {
        int start = sentence.indexOf(date);
        assertEquals(expected, Excerpts.around(sentence, start, start + date.length()));
    }
}
