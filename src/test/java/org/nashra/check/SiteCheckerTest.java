package org.nashra.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashra.core.Problem;

/** Each rule of the site check, shown failing on a two-page site made for it. */
class SiteCheckerTest {

    static String page(String lang, String dir, String other, String otherLang, String mainClass, String body) {
        return "<!DOCTYPE html><html lang=\"" + lang + "\" dir=\"" + dir + "\"><head><title>t</title>"
                + "<link rel=\"alternate\" hreflang=\"" + otherLang + "\" href=\"" + other + "\"></head>"
                + "<body><main class=\"" + mainClass + "\">" + body + "</main></body></html>";
    }

    static List<String> check(Path dir, String ar, String en) throws IOException {
        Files.createDirectories(dir.resolve("ar"));
        Files.createDirectories(dir.resolve("en"));
        Files.writeString(dir.resolve("ar/x.html"), ar, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("en/x.html"), en, StandardCharsets.UTF_8);
        return SiteChecker.check(dir).stream().map(Problem::message).toList();
    }

    @Test
    void aGoodPairPasses(@TempDir Path dir) throws IOException {
        assertEquals(List.of(), check(dir,
                page("ar", "rtl", "../en/x.html", "en", "page", "<a href=\"#a\" id=\"a\">x</a>"),
                page("en", "ltr", "../ar/x.html", "ar", "page", "")));
    }

    @Test
    void wrongDirectionBrokenLinkMissingAnchorAndEmptyEntityPageAreErrors(@TempDir Path dir) throws IOException {
        List<String> problems = check(dir,
                page("ar", "ltr", "../en/x.html", "en", "page page--entity", "<a href=\"missing.html\">x</a><a href=\"#nowhere\">y</a>"),
                page("en", "ltr", "../ar/x.html", "ar", "page", ""));
        assertEquals(List.of(
                "<html lang=\"ar\"> needs dir=\"rtl\"",
                "broken link \"missing.html\": no ar/missing.html",
                "broken anchor \"#nowhere\": no id \"nowhere\" there",
                "entity or topic page lists no briefing"), problems);
    }

    @Test
    void aCounterpartThatDoesNotLinkBackIsAnError(@TempDir Path dir) throws IOException {
        List<String> problems = check(dir,
                page("ar", "rtl", "../en/x.html", "en", "page", ""),
                page("en", "ltr", "x.html", "ar", "page", ""));
        assertEquals(List.of("counterpart en/x.html does not link back with hreflang=\"ar\""), problems.subList(0, 1));
    }
}
