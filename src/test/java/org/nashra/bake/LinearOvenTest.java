package org.nashra.bake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashra.core.Problem;

/**
 * The linear bake gives exactly the site JBake's own {@link Oven} gives for the same project: same
 * files, same bytes. The fixture is the project's committed {@code content/} plus files JBake treats
 * specially (a draft, a broken header, an unknown type, an asset among the content).
 */
class LinearOvenTest {

    /** OrientDB's console chatter (Oven only); JUL holds loggers weakly, so the configured one is kept. */
    private static final java.util.logging.Logger STORE_LOG = java.util.logging.Logger.getLogger("com.orientechnologies");

    @TempDir
    static Path dir;
    static Path project;
    static Path byOven;
    static Path byLinearOven;
    static List<Problem> problems;

    @BeforeAll
    static void bakeBothWays() throws IOException {
        STORE_LOG.setLevel(java.util.logging.Level.OFF);
        project = FixtureProject.create(dir.resolve("project"));
        copyTree(Path.of("content").toAbsolutePath(), project.resolve("content"));
        Path extra = project.resolve("content/extra");
        Files.createDirectories(extra);
        String home = Files.readString(project.resolve("content/index.md"), StandardCharsets.UTF_8);
        Files.writeString(extra.resolve("draft.md"), home.replace("status=published", "status=draft"), StandardCharsets.UTF_8);
        Files.writeString(extra.resolve("broken.md"), "type=page\nthis line has no assignment\n~~~~~~\nBody.\n", StandardCharsets.UTF_8);
        Files.writeString(extra.resolve("unknown.md"), "type=nosuchtype\nstatus=published\n~~~~~~\nBody.\n", StandardCharsets.UTF_8);
        Files.writeString(extra.resolve("picture.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n", StandardCharsets.UTF_8);
        // What JBake's crawler and asset copier skip and enter: hidden files, a folder with the ignore file, a hidden folder.
        Files.writeString(extra.resolve(".hidden.md"), home, StandardCharsets.UTF_8);
        Files.writeString(extra.resolve(".hidden.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n", StandardCharsets.UTF_8);
        Path ignored = Files.createDirectories(extra.resolve("ignored"));
        Files.writeString(ignored.resolve(".jbakeignore"), "", StandardCharsets.UTF_8);
        Files.writeString(ignored.resolve("page.md"), home, StandardCharsets.UTF_8);
        Files.writeString(ignored.resolve("picture.svg"), "<svg/>\n", StandardCharsets.UTF_8);
        Path hidden = Files.createDirectories(extra.resolve(".folder"));
        Files.writeString(hidden.resolve("page.md"), home, StandardCharsets.UTF_8);
        Files.writeString(hidden.resolve("picture.svg"), "<svg/>\n", StandardCharsets.UTF_8);

        Engines.register("md", new CommonMarkEngine());
        byOven = dir.resolve("oven");
        Oven oven = new Oven(configuration(byOven));
        oven.bake();
        byLinearOven = dir.resolve("linear");
        problems = new LinearOven(configuration(byLinearOven)).bake().problems();
    }

    private static JBakeConfiguration configuration(Path destination) {
        return new JBakeConfigurationFactory().createDefaultJbakeConfiguration(project.toFile(), destination.toFile(), true);
    }

    @Test
    void sameFilesWithSameBytes() throws IOException {
        Map<String, String> oven = tree(byOven);
        Map<String, String> linear = tree(byLinearOven);
        assertTrue(oven.size() > 30, "fixture too small: " + oven.keySet());
        assertEquals(oven.keySet(), linear.keySet());
        for (String file : oven.keySet()) {
            assertEquals(oven.get(file), linear.get(file), file);
        }
    }

    @Test
    void filesWithoutPagesAreNamedWithTheReason() {
        Map<String, String> reasons = new TreeMap<>();
        for (Problem p : problems) reasons.put(project.resolve("content").relativize(p.file()).toString(), p.message());
        assertEquals(List.of("extra/broken.md", "extra/unknown.md"), List.copyOf(reasons.keySet()), reasons.toString());
        assertTrue(reasons.get("extra/broken.md").contains("header is invalid"), reasons.toString());
        assertTrue(reasons.get("extra/unknown.md").contains("unknown type 'nosuchtype'"), reasons.toString());
    }

    @Test
    void aDraftKeepsJBakesDraftSuffixSoTheBakeCheckCatchesIt() {
        assertTrue(Files.isRegularFile(byLinearOven.resolve("extra/draft-draft.html")));
        List<Problem> missing = BakeCheck.everyContentFileBaked(project.resolve("content"), byLinearOven);
        // The draft, the two bad headers, and the Markdown JBake does not crawl (a hidden file, an ignored folder).
        assertEquals(List.of("extra/.hidden.md", "extra/broken.md", "extra/draft.md", "extra/ignored/page.md", "extra/unknown.md"),
                missing.stream().map(p -> project.resolve("content").relativize(p.file()).toString()).toList());
    }

    @Test
    void aTemplateThatQueriesTheStoreFailsWithItsNameInsteadOfSlowingEveryPage() throws IOException {
        Path other = FixtureProject.create(dir.resolve("querying"));
        Files.writeString(other.resolve("templates/page.ftl"),
                "<#ftl output_format=\"HTML\">${db.getAllContent(\"page\")?size}\n", StandardCharsets.UTF_8);
        Files.writeString(other.resolve("content/about.md"), "type=page\nstatus=published\n~~~~~~\nBody.\n", StandardCharsets.UTF_8);
        List<Problem> found = new LinearOven(new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(other.toFile(), dir.resolve("querying-site").toFile(), true)).bake().problems();
        assertEquals(1, found.size(), found.toString());
        assertEquals(other.resolve("templates/page.ftl"), found.get(0).file(), "told on the template");
        assertEquals(1, found.get(0).line());
        assertTrue(found.get(0).message().startsWith("cannot render pages with this template:"), found.toString());
        assertTrue(found.get(0).message().endsWith("(rendering content/about.md)"), found.toString());
    }

    @Test
    void aTemplatesSyntaxErrorIsToldOnceOnItsLineNamingHowManyPagesItKept() throws IOException {
        Path other = FixtureProject.create(dir.resolve("unclosed"));
        Files.writeString(other.resolve("templates/page.ftl"), "<#ftl output_format=\"HTML\">\n<#if content??>\n", StandardCharsets.UTF_8);
        for (String name : List.of("a", "b", "c")) {
            Files.writeString(other.resolve("content/" + name + ".md"), "type=page\nstatus=published\n~~~~~~\nBody.\n", StandardCharsets.UTF_8);
        }
        LinearOven.Outcome outcome = new LinearOven(new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(other.toFile(), dir.resolve("unclosed-site").toFile(), true)).bake();
        List<Problem> found = outcome.problems();
        assertEquals(1, found.size(), found.toString());
        Problem once = found.get(0);
        assertEquals(other.resolve("templates/page.ftl"), once.file());
        assertEquals(2, once.line());
        assertTrue(once.message().startsWith("cannot render pages with this template: syntax error at column "), once.message());
        assertTrue(once.message().contains("unclosed #if"), once.message());
        assertTrue(once.message().endsWith(" pages not rendered, the first content/a.md)"), once.message());
        assertEquals(List.of("a.md", "b.md", "c.md"), outcome.keptByTemplates().stream()
                .filter(f -> f.getParent().equals(other.resolve("content"))).map(f -> f.getFileName().toString()).sorted().toList());
    }

    @Test
    void aTemplateTheSettingsNameButThatIsNotThereIsToldOnceAsThatFile() throws IOException {
        Path other = FixtureProject.create(dir.resolve("misnamed"));
        Path settings = other.resolve("jbake.properties");
        Files.writeString(settings, Files.readString(settings).replace("template.page.file=page.ftl", "template.page.file=pgae.ftl"));
        for (String name : List.of("a", "b")) {
            Files.writeString(other.resolve("content/" + name + ".md"), "type=page\nstatus=published\n~~~~~~\nBody.\n", StandardCharsets.UTF_8);
        }
        List<Problem> found = new LinearOven(new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(other.toFile(), dir.resolve("misnamed-site").toFile(), true)).bake().problems();
        assertEquals(List.of(Problem.error(other.resolve("templates/pgae.ftl"), "cannot render pages with this template: there is no such"
                + " file (jbake.properties names the template of each type of page: template.<type>.file) (2 pages not rendered,"
                + " the first content/a.md)")), found);
    }

    @Test
    void aViewLineThatLostAQuoteIsTheContentFilesErrorOnItsLineNotTheTemplates() throws IOException {
        Path other = FixtureProject.create(dir.resolve("hand-edited"));
        Path briefings = Files.createDirectories(other.resolve("content/ar"));
        String good = Files.readString(Path.of("content/ar/002-ea332c4c9957a7af.md"), StandardCharsets.UTF_8);
        List<String> lines = good.lines().toList();
        int view = lines.indexOf(lines.stream().filter(l -> l.startsWith("view={")).findFirst().orElseThrow());
        Files.writeString(briefings.resolve("edited.md"), good.replaceFirst("view=\\{\"kind\"", "view={kind\""), StandardCharsets.UTF_8);
        Files.writeString(briefings.resolve("untouched.md"), good, StandardCharsets.UTF_8);

        List<Problem> found = new LinearOven(new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(other.toFile(), dir.resolve("hand-edited-site").toFile(), true)).bake().problems();

        assertEquals(1, found.size(), found.toString());
        assertEquals(new Problem(briefings.resolve("edited.md"), view + 1, org.nashra.core.Severity.ERROR,
                "produced no page: the view line is not valid JSON (at character 2 of its value: Unexpected character ('k'"
                        + " (code 107)): was expecting double-quote to start field name); mend it, or have the file written"
                        + " again: nashra build --regenerate ar/edited.md"), found.get(0));
        assertTrue(Files.isRegularFile(dir.resolve("hand-edited-site/ar/untouched.html")), "the other file baked");
    }

    /**
     * A bake told each folder's entries by the content's writer (as a build's bake is) lists no folder
     * itself, and bakes what a bake that lists them does: the same files, problems and Markdown, in the same
     * order. A name the writer took for a folder but did not list (replaced by a file since) is looked at.
     */
    @Test
    void folderEntriesFromTheWriterBakeAsAListingDoes() throws IOException {
        Map<String, org.nashra.core.FolderEntries> entries = entries(project.resolve("content"));
        LinearOven.Outcome listing = new LinearOven(configuration(dir.resolve("by-listing"))).bake();
        java.util.Set<String> asked = new java.util.TreeSet<>();
        LinearOven.Outcome told = new LinearOven(configuration(dir.resolve("by-entries")), Baker.Listener.NONE, new Baker.Memory(),
                path -> null, folder -> {
                    asked.add(folder);
                    return entries.get(folder);
                }).bake();
        assertEquals(new java.util.TreeSet<>(entries.keySet()), asked, "every folder's entries are asked for");
        assertEquals(tree(dir.resolve("by-listing")), tree(dir.resolve("by-entries")));
        assertEquals(listing.problems(), told.problems());
        assertEquals(listing.markdown(), told.markdown());
        assertEquals(listing.pages(), told.pages());

        // The writer listed extra/ with picture.svg among its folders, but not picture.svg itself: it is a file.
        org.nashra.core.FolderEntries extra = entries.get("extra");
        List<String> files = new java.util.ArrayList<>(extra.files());
        files.remove("picture.svg");
        List<String> folders = new java.util.ArrayList<>(extra.folders());
        folders.add("picture.svg");
        Map<String, org.nashra.core.FolderEntries> stale = new TreeMap<>(entries);
        stale.put("extra", new org.nashra.core.FolderEntries(files, folders));
        new LinearOven(configuration(dir.resolve("by-stale-entries")), Baker.Listener.NONE, new Baker.Memory(), path -> null, stale::get).bake();
        assertEquals(tree(dir.resolve("by-listing")), tree(dir.resolve("by-stale-entries")));
    }

    /** Every folder under {@code root} (by relative path, {@code ""} for itself) with its entries, links not followed, as the writer lists them. */
    private static Map<String, org.nashra.core.FolderEntries> entries(Path root) throws IOException {
        Map<String, org.nashra.core.FolderEntries> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path folder : walk.filter(p -> Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
                List<String> files = new java.util.ArrayList<>();
                List<String> folders = new java.util.ArrayList<>();
                try (Stream<Path> list = Files.list(folder)) {
                    for (Path entry : list.toList()) {
                        (Files.isDirectory(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? folders : files).add(entry.getFileName().toString());
                    }
                }
                entries.put(root.relativize(folder).toString().replace('\\', '/'), new org.nashra.core.FolderEntries(files, folders));
            }
        }
        return entries;
    }

    /** File path to content; text files compared as text so a difference shows where it is. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) Files.createDirectories(target);
                else Files.copy(source, target);
            }
        }
    }
}
