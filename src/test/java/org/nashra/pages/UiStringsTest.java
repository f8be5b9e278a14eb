package org.nashra.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashra.core.Lang;
import org.nashra.core.Problem;

/** Interface strings: the project's own win, Nashra's fill the gaps, and a project key must exist in both languages. */
class UiStringsTest {

    @TempDir
    Path ui;

    private UiStrings.Loaded load(String ar, String en) throws IOException {
        Files.writeString(ui.resolve("ar.yml"), ar);
        Files.writeString(ui.resolve("en.yml"), en);
        return UiStrings.load(ui);
    }

    @Test
    void aProjectFromAnOlderVersionGetsTheShippedStringsWithAWarning() throws IOException {
        UiStrings.Loaded loaded = load("site_name: نشرتنا\n", "site_name: Our bulletin\n");
        assertEquals("نشرتنا", loaded.strings().get(Lang.AR, "site_name"), "the project's own string wins");
        assertEquals("Person", loaded.strings().get(Lang.EN, "person"), "a key the project lacks comes from Nashra");
        assertTrue(loaded.problems().stream().noneMatch(Problem::isError), loaded.problems().toString());
        assertTrue(loaded.problems().stream().anyMatch(p -> p.file().endsWith("en.yml") && p.message().contains("'person'")),
                "the warning names the file and the key: " + loaded.problems());
    }

    @Test
    void aKeyOfTheProjectsOwnMissingInOneLanguageIsAnError() throws IOException {
        UiStrings.Loaded loaded = load("motto: شعار\n", "site_name: Our bulletin\n");
        List<Problem> errors = loaded.problems().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), loaded.problems().toString());
        assertTrue(errors.get(0).file().endsWith("en.yml") && errors.get(0).message().contains("'motto'"), errors.toString());
    }

    @Test
    void theShippedFilesAreComplete() {
        UiStrings.Loaded loaded = UiStrings.load(Path.of("data/ui"));
        assertEquals(List.of(), loaded.problems(), "data/ui defines every key in both languages");
    }

    @Test
    void eachViewCarriesExactlyTheStringsTheTemplatesShow() throws IOException {
        Set<String> shown = new TreeSet<>();
        Pattern uiField = Pattern.compile("\\bv\\.ui\\.(\\w+)");
        try (Stream<Path> templates = Files.list(Path.of("templates"))) {
            for (Path template : templates.filter(t -> t.toString().endsWith(".ftl")).toList()) {
                Matcher m = uiField.matcher(Files.readString(template));
                while (m.find()) shown.add(m.group(1));
            }
        }
        assertEquals(shown, new TreeSet<>(PageContext.FRAME_STRINGS),
                "a string a template shows and the view lacks fails the bake; one it carries unused is dead weight on every page");
    }
}
