package org.nashra.translate.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeakerDescriptionsTest {

    /** A speaker described rather than named ⇒ its English heading on an English page ("—" for none). */
    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = '|', value = {
            // bodies and texts news names by a common noun
            "النيابة العامة | The Public Prosecution",
            "الوثيقة | The document",
            // the article makes no difference
            "المصدر الأمني | A security source",
            "مصدر أمني | A security source",
            "شهود عيان | Eyewitnesses",
            // one of a group the list names
            "إحدى الأمهات | One of the mothers",
            "أحد السكان | One of the residents",
            // a hadith's speaker
            "النبي | The Prophet Muhammad",
            "الرسول | The Prophet Muhammad",
            // a nation's adjective after a body named by its common noun goes before it
            "الرئاسة السورية | The Syrian Presidency",
            "الخارجية السورية | The Syrian Foreign Ministry",
            // none: a name, a group the list lacks, a nation after a description that is no body
            "محمد الضراط | —",
            "إحدى الفراشات | —",
            "مصدر سوري | —",
    })
    void english(String speaker, String expected) {
        assertEquals(expected, SpeakerDescriptions.shipped().english(speaker).orElse("—"));
    }
}
