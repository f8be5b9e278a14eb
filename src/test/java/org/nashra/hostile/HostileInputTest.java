package org.nashra.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nashra.bake.FixtureProject;
import org.nashra.bake.HtmlValidator;
import org.nashra.check.SiteChecker;
import org.nashra.cli.Nashra;
import org.nashra.ingest.Slugs;
import picocli.CommandLine;

/**
 * A project whose seeds are hostile, built through the real command line: markup, template syntax,
 * JBake header lines, bidi controls, enormous lines and files, odd file names and duplicates. The build
 * must finish, keep every readable article, write only into content/ and site/, and show every piece of
 * hostile text as the same characters, never as markup or code.
 */
class HostileInputTest {

    /** Far past the seed size limit: must be refused with one error, not read into memory. */
    static final int HUGE_BYTES = 9 * 1024 * 1024;
    static final int LONG_LINE_CHARS = 1024 * 1024;
    static final String HUGE = "107_huge.txt";
    static final String LONG_LINE = "106_long_line.txt";
    static final String GOOD = "000_0bd4bb5b0ab38dc1.txt";

    @TempDir
    static Path dir;
    static Path project;
    static int exitCode;
    static String stdout;
    static String stderr;
    static List<String> seedNames;
    static TreeMap<String, String> before;
    static List<String> workingFolderBefore;

    @BeforeAll
    static void build() throws IOException {
        project = FixtureProject.create(dir.resolve("project"));
        Path seeds = project.resolve("seeds");
        Files.copy(Path.of("seeds", GOOD), seeds.resolve(GOOD));
        for (String name : resourceNames()) {
            try (InputStream in = HostileInputTest.class.getResourceAsStream("seeds/" + name)) {
                Files.copy(in, seeds.resolve(name));
            }
        }
        int n = 0;
        for (String name : fileNames()) {
            n++;
            Files.writeString(seeds.resolve(name), "خبر رقم " + n + " عن اسم الملف\n\nقال المتحدث إن الملف رقم " + n
                    + " له اسم غريب لكن الخبر عادي تماماً.\n", StandardCharsets.UTF_8);
        }
        Files.writeString(seeds.resolve(LONG_LINE), "سطر طويل جداً\n\n" + "كلمة ".repeat(LONG_LINE_CHARS / 5), StandardCharsets.UTF_8);
        writeHuge(seeds.resolve(HUGE));
        try (Stream<Path> listing = Files.list(seeds)) {
            seedNames = listing.map(p -> p.getFileName().toString()).sorted().toList();
        }

        before = fingerprint(dir);
        workingFolderBefore = listing(Path.of(""));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cli = new CommandLine(new Nashra());
        cli.setOut(new PrintWriter(new PrintStream(out, true, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));
        exitCode = cli.execute("build", "--project", project.toString());
        stdout = out.toString(StandardCharsets.UTF_8);
        stderr = err.toString(StandardCharsets.UTF_8);
    }

    private static void writeHuge(Path file) throws IOException {
        byte[] line = "سطر في ملف ضخم جداً لا يُقرأ\n".getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(file)) {
            for (int written = 0; written < HUGE_BYTES; written += line.length) out.write(line);
        }
    }

    static List<String> resourceNames() {
        return List.of("100_html.txt", "101_links.txt", "102_freemarker.txt", "103_jbake_header.txt",
                "104_header_values.txt", "105_bidi.txt", "108_duplicate_a.txt", "109_duplicate_b.txt");
    }

    static List<String> fileNames() {
        return HostileTables.lines("file-names.txt");
    }

    /** Every seed but the one too large to read and the hidden ones gives an article. */
    static List<String> goodSeeds() {
        List<String> good = new ArrayList<>(seedNames);
        good.remove(HUGE);
        good.removeAll(hiddenSeeds());
        return good;
    }

    /** Names with a leading dot, which other tools leave beside seeds: passed over. */
    static List<String> hiddenSeeds() {
        return seedNames.stream().filter(name -> name.startsWith(".")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hiddenSeeds")
    void hiddenSeedsAreNeitherBuiltNorReported(String seed) {
        String id = Slugs.fromFileName(seed);
        assertFalse(Files.exists(project.resolve("site/ar/" + id + ".html")), seed + " ⇒ ar/" + id);
        assertFalse(Files.exists(project.resolve("content/ar/" + id + ".md")), seed);
        assertFalse(stderr.contains("seeds/" + seed), stderr);
    }

    @Test
    void theBuildFinishesAndReportsTheHugeFileOnly() {
        assertEquals(1, exitCode, stdout + stderr);
        assertFalse(stderr.contains("Exception"), stderr);
        assertFalse(stderr.contains("\tat "), stderr);
        List<String> errors = stderr.lines().filter(l -> l.contains(": error: ")).toList();
        assertEquals(1, errors.size(), stderr);
        assertTrue(errors.get(0).startsWith("seeds/" + HUGE + ": error: "), errors.get(0));
        int good = goodSeeds().size();
        assertTrue(stdout.contains("Built " + good + " of " + (seedNames.size() - hiddenSeeds().size()) + " articles"), stdout);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodSeeds")
    void everyGoodArticleHasBothPages(String seed) {
        String id = Slugs.fromFileName(seed);
        assertTrue(Files.isRegularFile(project.resolve("site/ar/" + id + ".html")), seed + " ⇒ ar/" + id);
        assertTrue(Files.isRegularFile(project.resolve("site/en/" + id + ".html")), seed + " ⇒ en/" + id);
        assertTrue(Files.isRegularFile(project.resolve("content/ar/" + id + ".md")), seed);
    }

    @Test
    void nothingIsWrittenOutsideContentAndSite() throws IOException {
        TreeMap<String, String> after = fingerprint(dir);
        Set<String> touched = new TreeSet<>();
        for (var file : after.entrySet()) {
            if (!file.getValue().equals(before.get(file.getKey()))) touched.add(file.getKey());
        }
        for (String gone : before.keySet()) if (!after.containsKey(gone)) touched.add(gone);
        for (String path : touched) {
            // content/ and site/ are the outputs; .nashra/ holds the project's caches (analyses, bake manifest).
            assertTrue(path.startsWith("project/content/") || path.startsWith("project/site/")
                    || path.startsWith("project/.nashra/"), "written: " + path);
        }
        assertEquals(workingFolderBefore, listing(Path.of("")), "nothing new in the working folder");
        try (Stream<Path> top = Files.list(project)) {
            assertEquals(List.of(), top.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site")).sorted().toList(),
                    "no staging folder left behind");
        }
    }

    @Test
    void theSiteChecksPass() {
        assertEquals(List.of(), SiteChecker.check(project.resolve("site")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyPageIsValidHtml(String page) {
        String errors = HtmlValidator.errors(project.resolve("site").resolve(page));
        assertTrue(errors.isEmpty(), page + ":\n" + errors);
    }

    /**
     * Every piece of markup in the hostile seeds carries a marker ({@code alert(}, {@code display:none},
     * {@code example.com}, {@code /etc/passwd}): none may turn up inside an element or attribute, only in
     * text. Templates may have scripts and forms of their own; article text may not add any.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void noScriptHandlerOrActiveLinkComesFromArticleText(String page) throws IOException {
        Document doc = Jsoup.parse(project.resolve("site").resolve(page).toFile(), "UTF-8");
        for (Element element : doc.getAllElements()) {
            if (element.tagName().equals("script") || element.tagName().equals("style")) {
                assertFalse(hasMarker(element.data()), page + ": " + element.outerHtml());
            }
            assertFalse(List.of("iframe", "object", "embed").contains(element.tagName()), page + ": " + element.outerHtml());
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), page + ": " + element.tagName() + " " + attribute);
                assertFalse(value.startsWith("javascript:") || value.startsWith("data:"), page + ": " + attribute);
                if (!name.equals("content") && !name.equals("title") && !name.equals("alt") && !name.equals("aria-label")) {
                    assertFalse(hasMarker(value), page + ": " + element.tagName() + " " + attribute);
                }
            }
        }
    }

    static boolean hasMarker(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("alert(") || lower.contains("display:none") || lower.contains("example.com") || lower.contains("/etc/passwd");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("expectations")
    void hostileTextIsShownAsTheSameCharacters(String seed, String text) throws IOException {
        String id = Slugs.fromFileName(seed);
        Document doc = Jsoup.parse(project.resolve("site/ar/" + id + ".html").toFile(), "UTF-8");
        String shown = doc.selectFirst("main").text();
        assertTrue(shown.contains(text), HostileTables.visible(text) + "\nnot in\n" + HostileTables.visible(shown));
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> expectations() {
        return HostileTables.rows("expectations.tsv", 2).stream()
                .map(row -> org.junit.jupiter.params.provider.Arguments.of(row[0], HostileTables.unescape(row[1])));
    }

    @Test
    void templateSyntaxIsNeverEvaluated() throws IOException {
        String id = Slugs.fromFileName("102_freemarker.txt");
        String html = Files.readString(project.resolve("site/ar/" + id + ".html"), StandardCharsets.UTF_8);
        assertFalse(html.contains("49"), "${7*7} was evaluated");
        assertFalse(html.contains("uid="), "Execute ran");
    }

    @Test
    void headerLinesInTheTextNeitherRetypeNorHideThePage() throws IOException {
        for (String seed : List.of("103_jbake_header.txt", "104_header_values.txt")) {
            String id = Slugs.fromFileName(seed);
            String md = Files.readString(project.resolve("content/ar/" + id + ".md"), StandardCharsets.UTF_8);
            String header = md.substring(0, md.indexOf("\n~~~~~~\n"));
            assertTrue(header.lines().anyMatch("type=briefing"::equals), header);
            assertTrue(header.lines().anyMatch("status=published"::equals), header);
            assertEquals(1, header.lines().filter(l -> l.startsWith("type=")).count(), header);
            assertEquals(1, header.lines().filter(l -> l.startsWith("status=")).count(), header);
            Document doc = Jsoup.parse(project.resolve("site/ar/" + id + ".html").toFile(), "UTF-8");
            assertTrue(doc.selectFirst("main").hasClass("page--briefing"), seed);
        }
        Document doc = Jsoup.parse(project.resolve("site/ar/" + Slugs.fromFileName("104_header_values.txt") + ".html").toFile(), "UTF-8");
        assertTrue(doc.selectFirst("h1").text().startsWith("عنوان = فيه = علامات مساواة"), doc.selectFirst("h1").text());
    }

    @Test
    void bidiControlsCannotReorderTheInterfaceAroundThem() throws IOException {
        String id = Slugs.fromFileName("105_bidi.txt");
        for (String lang : List.of("ar", "en")) {
            Document doc = Jsoup.parse(project.resolve("site/" + lang + "/" + id + ".html").toFile(), "UTF-8");
            for (Element element : doc.getAllElements()) {
                String own = element.ownText();
                if (!hasUnclosedBidi(own)) continue;
                boolean isolated = element.isBlock() || element.tagName().equals("bdi") || element.hasAttr("dir")
                        || element.tagName().equals("title");
                assertTrue(isolated, lang + ": unclosed bidi control in <" + element.tagName() + "> "
                        + HostileTables.visible(own) + " inside " + element.parent().tagName());
            }
        }
    }

    /** Whether embeddings, overrides or isolates are opened in the text and not all closed again. */
    static boolean hasUnclosedBidi(String text) {
        int embeddings = 0;
        int isolates = 0;
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\u202A', '\u202B', '\u202D', '\u202E' -> embeddings++;
                case '\u202C' -> embeddings = Math.max(0, embeddings - 1);
                case '\u2066', '\u2067', '\u2068' -> isolates++;
                case '\u2069' -> isolates = Math.max(0, isolates - 1);
                default -> { }
            }
        }
        return embeddings > 0 || isolates > 0;
    }

    @Test
    void theLongLineIsKeptWhole() throws IOException {
        String id = Slugs.fromFileName(LONG_LINE);
        Document doc = Jsoup.parse(project.resolve("site/ar/" + id + ".html").toFile(), "UTF-8");
        assertTrue(doc.selectFirst("main").text().length() > LONG_LINE_CHARS * 9 / 10);
    }

    @Test
    void oddFileNamesGiveSafeIds() {
        for (String name : fileNames()) {
            String id = Slugs.fromFileName(name);
            assertTrue(id.matches("[a-z0-9]+(-[a-z0-9]+)*"), name + " ⇒ " + id);
        }
    }

    @Test
    void duplicateArticlesAreReportedNamingBothFiles() {
        List<String> warnings = stderr.lines().filter(l -> l.contains(": warning: ")).toList();
        assertTrue(warnings.stream().anyMatch(l -> l.startsWith("seeds/109_duplicate_b.txt:") && l.contains("108_duplicate_a.txt")),
                "the second of two seeds with the same text gets a warning naming the first; got:\n" + String.join("\n", warnings));
    }

    static Stream<String> pages() throws IOException {
        Path site = project.resolve("site");
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList().stream();
        }
    }

    /** Every file under {@code root} with its size and time, by path relative to {@code root}. */
    static TreeMap<String, String> fingerprint(Path root) throws IOException {
        TreeMap<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.size(p) + "@" + Files.getLastModifiedTime(p));
            }
        }
        return files;
    }

    static List<String> listing(Path folder) {
        try (Stream<Path> top = Files.list(folder.toAbsolutePath())) {
            return top.map(p -> p.getFileName().toString()).filter(n -> !n.equals("target")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
