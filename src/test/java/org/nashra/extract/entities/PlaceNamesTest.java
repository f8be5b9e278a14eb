package org.nashra.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashra.extract.EntityType;
import org.nashra.extract.Mention;

/** Which world-cities rows become place names, which of them a lexicon keeps, and how they fill gaps only. */
class PlaceNamesTest {

    private static final String CSV = String.join("\n",
            "\uFEFFCountryNameAr,CountryNameEn,CityNameAr,CityNameEn,Population",
            "\"نيبال\",\"Nepal\",\"كاتماندو\",\"Kathmandu\",1442271",
            "\"نيبال\",\"Nepal\",\"بوخارا\",\"Pokhara\",200000",
            "\"جمهورية أفريقيا الوسطى\",\"Central African Republic\",\"بانغي\",\"Bangui\",1200000",
            "\"مالي\",\"Mali\",\"باماكو\",\"Bamako\",1297281",
            "");

    @Test
    void countriesAndCitiesOfAMillionPeopleOfAtMostTwoWords(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("places"));
        Files.writeString(dir.resolve("places/world-cities.csv"), CSV);
        Path out = dir.resolve(PlaceNames.FILE);
        PlaceNames.build(dir, out);
        List<String> names = Files.readAllLines(out).stream().filter(l -> !l.startsWith("#")).toList();
        // بوخارا has too few people; جمهورية أفريقيا الوسطى too many words.
        assertEquals(List.of("باماكو", "بانغي", "كاتماندو", "مالي", "نيبال"), names);
    }

    @Test
    void aOneWordNameTheCorpusUsesMostlyAsACommonWordIsLeftOut() throws IOException {
        NameLexicon lexicon = new NameLexicon(Map.of("نيبال", 2), Map.of("مالي", 40, "نيبال", 1), Map.of());
        byte[] list = "# places\nمالي\nنيبال\nأبو ظبي\n".getBytes(StandardCharsets.UTF_8);
        List<GazetteerRecogniser.Entry> entries = PlaceNames.read(new ByteArrayInputStream(list), lexicon);
        assertEquals(List.of(new GazetteerRecogniser.Entry("نيبال", EntityType.PLACE),
                new GazetteerRecogniser.Entry("أبو ظبي", EntityType.PLACE)), entries);
    }

    @Test
    void theBundledListNamesCountriesAndLargeCities() {
        List<String> names = PlaceNames.bundled(NameLexicon.EMPTY).stream().map(GazetteerRecogniser.Entry::name).toList();
        assertTrue(names.containsAll(List.of("نيبال", "لاتفيا", "القاهرة", "بغداد")), "some of " + names.size());
    }

    @Test
    void aListedPlaceFillsAGapAndTheRulesStillWin() {
        CombinedRecogniser recogniser = CombinedRecogniser.bundled(List.of());
        String text = "ووصل الوفد إلى عاصمة لاتفيا أمس";
        assertTrue(recogniser.recognise(text).contains(new Mention("لاتفيا", 21, 27, EntityType.PLACE)),
                () -> recogniser.recognise(text).toString());
        String club = "وفاز فريق بغداد على ضيفه";
        assertTrue(recogniser.recognise(club).contains(new Mention("بغداد", 10, 15, EntityType.ORGANISATION)),
                () -> recogniser.recognise(club).toString());
    }
}
