package org.nashra.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashra.core.Problem;
import org.nashra.core.SiteChanges;

/**
 * A check that goes on from the last one with a bake's changes reports exactly what a check of the
 * whole site reports, though it checks again only the pages those changes can reach.
 */
class IncrementalCheckTest {

    /** A site that changes step by step, checked both ways at every step. */
    static final class Site {
        final Path root;
        final SiteChecker.Memory memory = new SiteChecker.Memory();
        final Map<String, String> files = new TreeMap<>();
        int state;

        Site(Path root) {
            this.root = root;
        }

        /** Writes and removes files as a bake would (each written file replaced by a rename) and checks. */
        List<Problem> bake(Map<String, String> write, Set<String> remove) throws IOException {
            for (Map.Entry<String, String> file : write.entrySet()) {
                Path target = root.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Path staged = Files.createTempFile(root.getParent(), "staged", ".html");
                Files.writeString(staged, file.getValue(), StandardCharsets.UTF_8);
                Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
                files.put(file.getKey(), file.getValue());
            }
            for (String file : remove) {
                Files.delete(root.resolve(file));
                files.remove(file);
            }
            String before = state == 0 ? "" : "s" + state;
            String after = "s" + ++state;
            return SiteChecker.check(root, memory, new SiteChanges(before, after, write.keySet(), remove));
        }

        /** What a check of the whole site, with nothing remembered, reports. */
        List<Problem> checkedWhole() {
            return SiteChecker.check(root);
        }
    }

    static String page(String lang, String counterpart, String ids, String... links) {
        StringBuilder body = new StringBuilder();
        for (String id : ids.split(" ")) if (!id.isEmpty()) body.append("<p id=\"").append(id).append("\">x</p>");
        for (String link : links) body.append("<a href=\"").append(link).append("\">y</a>");
        return "<!DOCTYPE html><html lang=\"" + lang + "\" dir=\"" + (lang.equals("ar") ? "rtl" : "ltr") + "\"><head><title>t</title>"
                + "<link rel=\"alternate\" hreflang=\"" + (lang.equals("ar") ? "en" : "ar") + "\" href=\"" + counterpart + "\"></head>"
                + "<body><main class=\"page\">" + body + "</main></body></html>";
    }

    static List<String> messages(List<Problem> problems) {
        return problems.stream().map(p -> p.file().getParent().getFileName() + "/" + p.file().getFileName() + ": " + p.message()).toList();
    }

    @Test
    void eachChangeReachesThePagesThatLinkToIt(@TempDir Path dir) throws IOException {
        Site site = new Site(dir.resolve("site"));
        List<Problem> first = site.bake(Map.of(
                "ar/a.html", page("ar", "../en/a.html", "top", "b.html#p-2", "c.html", "../en/b.html"),
                "en/a.html", page("en", "../ar/a.html", ""),
                "ar/b.html", page("ar", "../en/b.html", "p-1 p-2"),
                "en/b.html", page("en", "../ar/b.html", "")), Set.of());
        assertEquals(List.of("ar/a.html: broken link \"c.html\": no ar/c.html"), messages(first));

        // Each step: what changes, and what a whole check then reports; the step's check goes on from the last.
        record Step(Map<String, String> write, Set<String> remove, List<String> expected) {}
        List<Step> steps = List.of(
                new Step(Map.of("ar/b.html", page("ar", "../en/b.html", "p-1")), Set.of(), List.of(
                        "ar/a.html: broken link \"c.html\": no ar/c.html",
                        "ar/a.html: broken anchor \"b.html#p-2\": no id \"p-2\" there")),
                new Step(Map.of("ar/c.html", page("ar", "../en/a.html", "")), Set.of(), List.of(
                        "ar/a.html: broken anchor \"b.html#p-2\": no id \"p-2\" there",
                        "ar/c.html: counterpart en/a.html does not link back with hreflang=\"ar\"")),
                new Step(Map.of(), Set.of("en/b.html"), List.of(
                        "ar/a.html: broken link \"../en/b.html\": no ar/../en/b.html",
                        "ar/a.html: broken anchor \"b.html#p-2\": no id \"p-2\" there",
                        "ar/b.html: broken link \"../en/b.html\": no ar/../en/b.html",
                        "ar/c.html: counterpart en/a.html does not link back with hreflang=\"ar\"")),
                new Step(Map.of("en/a.html", page("en", "../ar/c.html", "")), Set.of(), List.of(
                        "ar/a.html: counterpart en/a.html does not link back with hreflang=\"ar\"",
                        "ar/a.html: broken link \"../en/b.html\": no ar/../en/b.html",
                        "ar/a.html: broken anchor \"b.html#p-2\": no id \"p-2\" there",
                        "ar/b.html: broken link \"../en/b.html\": no ar/../en/b.html")));
        for (Step step : steps) {
            List<Problem> incremental = site.bake(step.write(), step.remove());
            assertEquals(site.checkedWhole(), incremental);
            assertEquals(step.expected().stream().sorted().toList(), messages(incremental).stream().sorted().toList());
        }
    }

    @Test
    void aRewrittenPageWhoseIdsAndAlternatesStayIsTheOnlyPageCheckedAgain(@TempDir Path dir) throws IOException {
        Site site = new Site(dir.resolve("site"));
        site.bake(Map.of(
                "ar/a.html", page("ar", "../en/a.html", "p-1", "b.html#p-1"),
                "en/a.html", page("en", "../ar/a.html", ""),
                "ar/b.html", page("ar", "../en/a.html", "p-1", "a.html#p-1")), Set.of());
        assertEquals(3, site.memory.pagesChecked);
        site.bake(Map.of("ar/b.html", page("ar", "../en/a.html", "p-1", "a.html#p-1", "missing.html")), Set.of());
        assertEquals(1, site.memory.pagesChecked);
        site.bake(Map.of("ar/b.html", page("ar", "../en/a.html", "", "a.html#p-1")), Set.of());
        assertEquals(2, site.memory.pagesChecked, "b.html lost the id a.html links to");
    }

    @Test
    void changesThatDoNotFollowTheLastCheckedStateAreCheckedWhole(@TempDir Path dir) throws IOException {
        Site site = new Site(dir.resolve("site"));
        site.bake(Map.of("ar/a.html", page("ar", "../en/a.html", ""), "en/a.html", page("en", "../ar/a.html", "")), Set.of());
        Files.delete(site.root.resolve("en/a.html")); // not told
        List<Problem> problems = SiteChecker.check(site.root, site.memory, new SiteChanges("s0", "s9", Set.of(), Set.of()));
        assertEquals(site.checkedWhole(), problems);
        assertEquals(List.of("ar/a.html: broken link \"../en/a.html\": no ar/../en/a.html"), messages(problems));
    }

    /**
     * Random sites over three folders, with links to pages, anchors, folders (their index page) and to
     * nothing, changed at random for many rounds: each round's check from the changes equals a whole check.
     */
    @Test
    void randomChangesReportWhatAWholeCheckReports(@TempDir Path dir) throws IOException {
        Random random = new Random(20240928);
        Site site = new Site(dir.resolve("site"));
        List<String> names = new ArrayList<>();
        for (String folder : List.of("ar", "en", "ar/topics")) {
            for (int i = 0; i < 12; i++) names.add(folder + "/" + (i == 0 ? "index" : "p" + i) + ".html");
        }
        Map<String, String> initial = new TreeMap<>();
        for (String name : names) if (random.nextInt(4) > 0) initial.put(name, randomPage(random, name, names));
        List<Problem> last = site.bake(initial, Set.of());
        assertEquals(site.checkedWhole(), last);
        int differed = 0;
        int partial = 0;
        for (int round = 0; round < 60; round++) {
            Map<String, String> write = new TreeMap<>();
            Set<String> remove = new HashSet<>();
            for (int n = random.nextInt(4); n >= 0; n--) {
                String name = names.get(random.nextInt(names.size()));
                if (site.files.containsKey(name) && random.nextInt(3) == 0 && !write.containsKey(name)) remove.add(name);
                else if (!remove.contains(name)) write.put(name, randomPage(random, name, names));
            }
            List<Problem> incremental = site.bake(write, remove);
            assertEquals(site.checkedWhole(), incremental, "round " + round);
            if (!incremental.equals(last)) differed++;
            if (site.memory.pagesChecked < site.files.size()) partial++;
            last = incremental;
        }
        assertTrue(differed > 20, "the rounds change what is reported: " + differed);
        assertTrue(partial > 40, "most rounds check only part of the site: " + partial);
    }

    private static String randomPage(Random random, String name, List<String> names) {
        String lang = name.startsWith("ar") ? "ar" : "en";
        Path self = Path.of(name).getParent();
        String counterpart = self.relativize(Path.of(names.get(random.nextInt(names.size())))).toString();
        StringBuilder ids = new StringBuilder();
        for (int i = 1; i <= 3; i++) if (random.nextBoolean()) ids.append("p-").append(i).append(' ');
        List<String> links = new ArrayList<>();
        for (int n = random.nextInt(5); n > 0; n--) {
            Path target = Path.of(names.get(random.nextInt(names.size())));
            String link = switch (random.nextInt(5)) {
                case 0 -> self.relativize(target).toString() + "#p-" + (1 + random.nextInt(3));
                case 1 -> self.relativize(target.getParent()).toString() + "/";
                case 2 -> "#p-" + (1 + random.nextInt(3));
                case 3 -> "https://example.org/x";
                default -> self.relativize(target).toString();
            };
            links.add(link.equals("/") ? "./" : link);
        }
        return page(lang, counterpart, ids.toString().trim(), links.toArray(String[]::new));
    }
}
