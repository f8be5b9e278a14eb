package org.nashra.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nashra.core.Problem;

/** data/site.yml: what each setting accepts, and the error a wrong value gets. */
class SiteSettingsTest {

    @TempDir
    Path dir;

    private SiteSettings.Loaded load(String yaml) throws IOException {
        Path file = dir.resolve("site.yml");
        Files.writeString(file, yaml);
        return SiteSettings.load(file);
    }

    @Test
    void anAbsentOrEmptyFileGivesTheDefaults() throws IOException {
        assertEquals(SiteSettings.defaults(), SiteSettings.load(dir.resolve("none.yml")).settings());
        assertEquals(SiteSettings.defaults(), load("").settings());
        assertEquals(20, SiteSettings.defaults().pageSize());
        assertEquals(50, SiteSettings.defaults().feedSize());
    }

    @Test
    void goodValuesAreTaken() throws IOException {
        SiteSettings.Loaded loaded = load("url: https://example.org/briefings\nhijri: true\npage_size: 50\nfeed_size: 10\n");
        assertEquals(List.of(), loaded.problems());
        assertEquals("https://example.org/briefings/", loaded.settings().url().orElseThrow().toString(), "a missing final slash is added");
        assertTrue(loaded.settings().hijri());
        assertEquals(50, loaded.settings().pageSize());
        assertEquals(10, loaded.settings().feedSize());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            page_size: 0            | page_size must be a whole number from 1 to 1000
            page_size: many         | page_size must be a whole number from 1 to 1000
            page_size: 2.5          | page_size must be a whole number from 1 to 1000
            feed_size: 0            | feed_size must be a whole number from 1 to 1000
            feed_size: all          | feed_size must be a whole number from 1 to 1000
            hijri: yes please       | hijri must be true or false
            url: ftp://example.org/ | url must be an http(s) address
            colour: red             | unknown setting 'colour'
            """)
    void aWrongValueIsAnErrorNamingTheSetting(String yaml, String message) throws IOException {
        SiteSettings.Loaded loaded = load(yaml + "\n");
        List<Problem> errors = loaded.problems().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), loaded.problems().toString());
        assertTrue(errors.get(0).message().contains(message), errors.get(0).message());
        assertTrue(errors.get(0).file().endsWith("site.yml"));
        assertEquals(SiteSettings.DEFAULT_PAGE_SIZE, loaded.settings().pageSize(), "the default stands in for a wrong value");
    }
}
