package org.nashra.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nashra.bake.FixtureProject;
import picocli.CommandLine;

/**
 * Articles unlike the five seeds, built end to end as an editor drops them in: sport, economy, the war in Gaza,
 * an Egyptian cabinet story with a bulleted list, a Saudi agency wire with a Hijri dateline, a Lebanese report
 * naming its paper in the dateline, and a saved web page. What their English pages must say.
 */
class NewsVarietyTest {

    private static final List<String> SEEDS = List.of("010_sport.txt", "011_economy.txt", "012_gaza.txt", "013_egypt.txt",
            "014_spa.txt", "015_lebanon.txt", "016_budget.html");

    @TempDir
    static Path dir;
    static Path project;
    static String stdout;
    static int exitCode;

    @BeforeAll
    static void build() throws IOException {
        project = FixtureProject.create(dir.resolve("project"));
        for (String seed : SEEDS) {
            // The saved web page is the one the reader of web pages is tested on.
            String resource = seed.endsWith(".html") ? "/org/nashra/ingest/web-page.html" : "/org/nashra/variety/" + seed;
            try (InputStream in = NewsVarietyTest.class.getResourceAsStream(resource)) {
                Files.write(project.resolve("seeds").resolve(seed), in.readAllBytes());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommandLine cli = new CommandLine(new Nashra());
        cli.setOut(new java.io.PrintWriter(new PrintStream(out, true, StandardCharsets.UTF_8), true));
        exitCode = cli.execute("build", "--project", project.toString());
        stdout = out.toString(StandardCharsets.UTF_8);
    }

    private static String english(String id) throws IOException {
        return Files.readString(project.resolve("content/en/" + id + ".md"), StandardCharsets.UTF_8);
    }

    private static JsonNode view(String page) throws IOException {
        Matcher m = Pattern.compile("(?m)^view=(.*)$").matcher(page);
        assertTrue(m.find(), "a view line");
        return new ObjectMapper().readTree(m.group(1));
    }

    private static String meta(JsonNode view, String label) {
        for (JsonNode item : view.get("meta")) {
            if (item.get("label").asText().equals(label)) {
                return label.equals("Published") && item.has("datetime") ? item.get("datetime").asText() : item.get("value").asText();
            }
        }
        return "";
    }

    @Test
    void everyArticleBuildsWithoutAProblem() {
        assertEquals(0, exitCode, stdout);
        assertTrue(stdout.contains("Built 7 of 7 articles"), stdout);
        assertTrue(stdout.contains("0 errors, 0 warnings") || stdout.contains("0 errors, 1 warning"), stdout);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            010-sport   | Real Madrid and Barcelona: Arabic report of 15 March 2025                    | Reuters                 | 2025-03-15 | sport
            011-economy | Turkish Central Bank and Recep Tayyip Erdoğan: undated Arabic report          | AFP                     | Publication date unknown | economy
            012-gaza    | The war in Gaza: Arabic report of 20 May 2024                                 | Al Jazeera + agencies   | 2024-05-20 | gaza-war,humanitarian
            013-egypt   | Abdel Fattah el-Sisi and Mostafa Madbouly: Arabic report of 12 December 2024  | Source unknown          | 2024-12-12 | energy
            014-spa     | Ahmed bin Ageel al-Khatib and Ministry of Tourism: Arabic report of 12 December 2024 | SPA              | 2024-12-12 | tourism-culture
            015-lebanon | Lebanon and Hezbollah: undated Arabic report                                  | Asharq Al-Awsat         | Publication date unknown | lebanon
            016-budget  | Iraqi Parliament and Parliamentary Finance Committee: Arabic report of 14 January 2025 | شبكة الأخبار | 2025-01-14 | economy,elections-politics,energy
            """)
    void theEnglishPageNamesTheArticleItsSourceDateAndTopics(String id, String title, String source, String published, String topics)
            throws IOException {
        String page = english(id);
        JsonNode view = view(page);
        assertEquals(title, view.get("title").asText());
        assertEquals(source, meta(view, "Source"));
        assertEquals(published, meta(view, "Published"));
        TreeSet<String> linked = new TreeSet<>();
        Matcher m = Pattern.compile("href=\"\\.\\./en/topics/([a-z0-9-]+)\\.html\"").matcher(page);
        while (m.find()) linked.add(m.group(1));
        assertEquals(new TreeSet<>(List.of(topics.split(","))), linked, id);
    }

    /** Facts in English, by article: what each page must say, and what it must not. */
    private static final Map<String, List<String>> SAYS = Map.of(
            "010-sport", List.of("<bdi>Kylian Mbappé</bdi>", "<strong>66 points</strong>", "<strong>4 points</strong>",
                    "<bdi>Carlo Ancelotti</bdi></a> <span class=\"role\">coach</span>", "<bdi>Europe</bdi>", "<bdi>Atlético Madrid</bdi>"),
            "011-economy", List.of("<strong>500 basis points</strong>", "<strong>31.9 lira</strong>", "<strong>1.2%</strong>",
                    "<a href=\"../en/entities/turkish-central-bank.html\"><bdi>Turkish Central Bank</bdi></a></h3>"),
            "012-gaza", List.of("<strong>35,456 killed</strong>", "<strong>79,476 injured</strong>", "<strong>since 7 October 2023</strong>",
                    "<span class=\"role\">spokesman for the Israeli Army</span>", "<bdi>Philippe Lazzarini</bdi>"),
            "013-egypt", List.of("<strong>4,000 megawatts</strong>", "<span class=\"role\">Minister of Electricity and Renewable Energy; Dr.</span>",
                    "<span class=\"role\">Prime Minister; Dr.</span>", "<span class=\"role\">spokesman for the Presidency; Ambassador</span>"),
            "014-spa", List.of("<strong>250 billion riyals</strong>", "<strong>150 million visitors</strong>",
                    "<span class=\"role\">Crown Prince; Prime Minister; Prince</span>"),
            "015-lebanon", List.of("<strong>about 10,000 troops</strong>", "<strong>60 days</strong>", "<bdi>Najib Mikati</bdi>", "<bdi>Litani</bdi>"),
            "016-budget", List.of("<strong>200 trillion dinars</strong>"));
    private static final Map<String, List<String>> NEVER = Map.of(
            "010-sport", List.of("Ruiters", "Rial Madrid", "Oroba"),
            "011-economy", List.of("Al-Pink", "Hazb al-Addala", "… 2 في المئة"),
            "012-gaza", List.of("2024-10-07", "456 شهيدا</bdi>"),
            "014-spa", List.of("Maleki"),
            "015-lebanon", List.of("مصدر عسكري لـ</span></h3>"),
            "016-budget", List.of("dataLayer", "اقرأ أيضا", "جميع الحقوق"));

    @Test
    void theFactsAreGivenInEnglish() throws IOException {
        List<String> missing = new ArrayList<>();
        for (var says : SAYS.entrySet()) {
            String page = english(says.getKey());
            for (String fact : says.getValue()) if (!page.contains(fact)) missing.add(says.getKey() + ": " + fact);
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void nothingOfWhatWasMendedComesBack() throws IOException {
        List<String> found = new ArrayList<>();
        for (var never : NEVER.entrySet()) {
            String page = english(never.getKey()) + Files.readString(project.resolve("content/ar/" + never.getKey() + ".md"), StandardCharsets.UTF_8);
            for (String text : never.getValue()) if (page.contains(text)) found.add(never.getKey() + ": " + text);
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theSavedWebPageIsReadAsItsArticle() throws IOException {
        assertFalse(stdout.contains("016_budget.html: warning: not read"), stdout);
        assertTrue(english("016-budget").contains("<bdi lang=\"ar\" dir=\"rtl\">سارة الجبوري</bdi>") || english("016-budget").contains("سارة الجبوري"));
    }
}
