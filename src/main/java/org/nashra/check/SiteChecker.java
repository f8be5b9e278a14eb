package org.nashra.check;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.nashra.core.FileStamp;
import org.nashra.core.Lang;
import org.nashra.core.Problem;
import org.nashra.core.Sha256;
import org.nashra.core.SiteChanges;

/**
 * Checks a baked site as a reader's browser would meet it: every internal link, asset and anchor
 * resolves; every page declares a known language with its direction; every page links to its
 * counterpart in the other language, and that page links back; no entity or topic page is empty.
 *
 * <p>Each page is parsed once, on every core, into the few facts the checks need; no parsed page is
 * kept. A long-lived process passes the same {@link Memory} to every check, so that a page whose file
 * is unchanged since the last check is not parsed again; and when it also says how a bake changed the
 * site since ({@link SiteChanges}), only the pages whose problems can have changed are checked again:
 * those rewritten, and those whose links lead to a file added, removed or rewritten with other ids or
 * alternates. The problems reported are the ones a check of the whole site reports, in the same order.
 */
public final class SiteChecker {

    /** What the checks need of one page. */
    private record Facts(String lang, String dir, List<String> links, Set<String> ids, List<Alternate> alternates,
                         boolean hasMain, boolean emptyListPage) {

        /** What other pages' checks read of this one: its ids (anchors) and alternates (linking back). */
        boolean sameForOthers(Facts other) {
            return other != null && ids.equals(other.ids()) && alternates.equals(other.alternates());
        }
    }

    /** A {@code <link rel="alternate" hreflang>}: the language it names and where it points. */
    private record Alternate(String hreflang, String href) {}

    /**
     * A page's facts under the stamp of the file they were read from ({@link FileStamp#asText}; a reused
     * page is a hard link: same stamp) and the digest of its bytes, which vouches for a file whose stamp
     * changed with the same bytes (a site copied, restored from a cache, or written again as it was).
     */
    private record Remembered(String stamp, String digest, Facts facts) {}

    /**
     * A page's problems, and every path they depend on: where its links lead (present or not) and its
     * counterpart. Nothing else of the site enters its checks.
     */
    private record Checked(List<Problem> problems, List<Path> targets) {}

    /** One state of a site as a check saw it, named by the token of the bake that left it. */
    private record Seen(Path site, String token, Set<Path> files, Set<Path> folders, Map<Path, Facts> pages,
                        TreeMap<Path, Checked> checked) {}

    /** Facts of pages read by earlier checks of one site, by path relative to the site, and the site as last checked. */
    public static final class Memory {
        private final Map<String, Remembered> pages = new ConcurrentHashMap<>();
        /** The last state checked whole or from its changes; null when there is none to go on from. */
        private Seen last;
        /** How many pages the last check checked (all of them, unless it went on from its changes). */
        int pagesChecked;
        /** How many pages the last check parsed rather than took from this memory. */
        int pagesParsed;

        /** How many pages the last check parsed rather than took from this memory. */
        public int pagesParsed() {
            return pagesParsed;
        }

        /**
         * The page facts {@link #writeTo} left, so that a build in a new process parses only the pages its
         * bake rewrote. A missing, unreadable or older file gives an empty memory: the check then parses
         * every page, as it would without one.
         */
        public static Memory readFrom(Path file) {
            Memory memory = new Memory();
            if (!Files.isRegularFile(file)) return memory;
            // Page by page, so that the whole file is never held as one tree.
            try (JsonParser in = JSON.getFactory().createParser(file.toFile())) {
                if (in.nextToken() != JsonToken.START_OBJECT || !"format".equals(in.nextFieldName())
                        || in.nextIntValue(-1) != FACTS_FORMAT || !"pages".equals(in.nextFieldName())
                        || in.nextToken() != JsonToken.START_OBJECT) {
                    return memory;
                }
                // Pages share most of their links (the navigation, the language switch): one string for each.
                Map<String, String> shared = new HashMap<>();
                String path;
                while ((path = in.nextFieldName()) != null) {
                    if (in.nextToken() != JsonToken.START_OBJECT) throw new IOException("not a page's facts: " + path);
                    String stamp = null, digest = null, lang = null, dir = null;
                    List<String> links = List.of();
                    Set<String> ids = Set.of();
                    List<Alternate> alternates = new ArrayList<>();
                    boolean hasMain = false, emptyListPage = false;
                    String field;
                    // Field by field, without a tree of each page: the file holds every page of the site.
                    while ((field = in.nextFieldName()) != null) {
                        JsonToken value = in.nextToken();
                        switch (field) {
                            case "stamp" -> stamp = in.getValueAsString();
                            case "digest" -> digest = in.getValueAsString();
                            case "lang" -> lang = in.getValueAsString();
                            case "dir" -> dir = in.getValueAsString();
                            case "links" -> links = strings(in, shared);
                            case "ids" -> ids = Set.copyOf(strings(in, null));
                            case "alternates" -> {
                                while (in.nextToken() == JsonToken.START_ARRAY) {
                                    List<String> pair = stringsAfterStart(in, null);
                                    alternates.add(new Alternate(pair.get(0), pair.get(1)));
                                }
                            }
                            case "hasMain" -> hasMain = value == JsonToken.VALUE_TRUE;
                            case "emptyListPage" -> emptyListPage = value == JsonToken.VALUE_TRUE;
                            default -> in.skipChildren();
                        }
                    }
                    Facts facts = new Facts(lang, dir, links, ids, List.copyOf(alternates), hasMain, emptyListPage);
                    memory.pages.put(path, new Remembered(stamp, digest, facts));
                }
                if (in.currentToken() != JsonToken.END_OBJECT) memory.pages.clear();
            } catch (IOException | RuntimeException e) {
                memory.pages.clear();
            }
            return memory;
        }

        /** Writes the page facts for {@link #readFrom}; a failure to write only costs the next build time. */
        public void writeTo(Path file) {
            try {
                org.nashra.core.FileWrites.replace(file, stream -> {
                    try (JsonGenerator out = JSON.getFactory().createGenerator(stream, JsonEncoding.UTF8)) {
                        out.writeStartObject();
                        out.writeNumberField("format", FACTS_FORMAT);
                        out.writeObjectFieldStart("pages");
                        for (Map.Entry<String, Remembered> entry : new TreeMap<>(pages).entrySet()) {
                            Facts facts = entry.getValue().facts();
                            out.writeObjectFieldStart(entry.getKey());
                            out.writeStringField("stamp", entry.getValue().stamp());
                            out.writeStringField("digest", entry.getValue().digest());
                            out.writeStringField("lang", facts.lang());
                            out.writeStringField("dir", facts.dir());
                            writeStrings(out, "links", facts.links());
                            writeStrings(out, "ids", new java.util.TreeSet<>(facts.ids()));
                            out.writeArrayFieldStart("alternates");
                            for (Alternate alternate : facts.alternates()) {
                                out.writeStartArray();
                                out.writeString(alternate.hreflang());
                                out.writeString(alternate.href());
                                out.writeEndArray();
                            }
                            out.writeEndArray();
                            out.writeBooleanField("hasMain", facts.hasMain());
                            out.writeBooleanField("emptyListPage", facts.emptyListPage());
                            out.writeEndObject();
                        }
                        out.writeEndObject();
                        out.writeEndObject();
                    }
                });
            } catch (IOException | RuntimeException e) {
                // the next build parses every page, as without this file
            }
        }

        /** The array of text the parser stands at the start of, each text taken from {@code shared} when there (null: none). */
        private static List<String> strings(JsonParser in, Map<String, String> shared) throws IOException {
            if (in.currentToken() != JsonToken.START_ARRAY) throw new IOException("expected a list at " + in.currentLocation());
            return stringsAfterStart(in, shared);
        }

        /** The rest of an array of text whose start the parser has just passed. */
        private static List<String> stringsAfterStart(JsonParser in, Map<String, String> shared) throws IOException {
            List<String> strings = new ArrayList<>();
            while (in.nextToken() == JsonToken.VALUE_STRING) {
                String text = in.getText();
                strings.add(shared == null ? text : shared.computeIfAbsent(text, t -> t));
            }
            if (in.currentToken() != JsonToken.END_ARRAY) throw new IOException("expected text at " + in.currentLocation());
            return List.copyOf(strings);
        }

        private static void writeStrings(JsonGenerator out, String field, Iterable<String> strings) throws IOException {
            out.writeArrayFieldStart(field);
            for (String s : strings) out.writeString(s);
            out.writeEndArray();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Bumped whenever {@link Facts} changes, so older files are not misread. */
    private static final int FACTS_FORMAT = 2;

    private final Path siteDir;
    private final Memory memory;
    private final java.util.concurrent.atomic.AtomicInteger parsed = new java.util.concurrent.atomic.AtomicInteger();
    private Map<Path, Facts> pages = new HashMap<>();
    private Set<Path> files = new HashSet<>();
    private Set<Path> folders = new HashSet<>();
    private TreeMap<Path, Checked> checked = new TreeMap<>();
    /** True once every page was read and checked: what this check saw can be gone on from. */
    private boolean complete;
    /** One object per distinct path, however many pages depend on it. */
    private final Map<Path, Path> canonical = new HashMap<>();

    private SiteChecker(Path siteDir, Memory memory) {
        this.siteDir = siteDir.toAbsolutePath().normalize();
        this.memory = memory;
    }

    public static List<Problem> check(Path siteDir) {
        return check(siteDir, new Memory());
    }

    /** Checks the site, parsing only the pages that changed since {@code memory}'s last check. */
    public static List<Problem> check(Path siteDir, Memory memory) {
        return check(siteDir, memory, SiteChanges.UNKNOWN);
    }

    /**
     * Checks the site, which {@code changes} says how a bake changed since the state they name: when that
     * is the state {@code memory} last checked, only what those changes can reach is checked again.
     */
    public static List<Problem> check(Path siteDir, Memory memory, SiteChanges changes) {
        SiteChecker checker = new SiteChecker(siteDir, memory);
        Seen last = memory.last;
        memory.last = null; // until this check is complete
        boolean follows = last != null && last.site().equals(checker.siteDir) && changes.follow(last.token());
        List<Problem> problems = follows ? checker.runAfter(last, changes) : null;
        if (problems == null) {
            checker = new SiteChecker(siteDir, memory);
            problems = checker.run();
        }
        if (!changes.after().isEmpty() && checker.complete) {
            memory.last = new Seen(checker.siteDir, changes.after(), checker.files, checker.folders, checker.pages, checker.checked);
        }
        return problems;
    }

    private record Read(Path file, Facts facts, Problem problem) {}

    private List<Problem> run() {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(siteDir)) {
            problems.add(Problem.error(siteDir, "no site to check: bake first"));
            return problems;
        }
        List<Path> htmlFiles;
        try (Stream<Path> walk = Files.walk(siteDir)) {
            walk.forEach(p -> (Files.isDirectory(p) ? folders : files).add(p));
            htmlFiles = files.stream().filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            problems.add(Problem.error(siteDir, "cannot list the site: " + e.getMessage()));
            return problems;
        }
        Set<String> present = new HashSet<>();
        for (Read read : htmlFiles.parallelStream().map(this::read).toList()) {
            present.add(relative(read.file()));
            if (read.problem() != null) problems.add(read.problem());
            else pages.put(read.file(), read.facts());
        }
        memory.pages.keySet().retainAll(present);
        for (Path file : htmlFiles) {
            Facts page = pages.get(file);
            if (page != null) checked.put(file, checkPage(file, page));
        }
        memory.pagesChecked = checked.size();
        memory.pagesParsed = parsed.get();
        checked.values().forEach(page -> problems.addAll(page.problems()));
        complete = present.size() == pages.size();
        return problems;
    }

    /**
     * Checks the site from the state {@code last} saw and the changes since: the files added and removed
     * and the pages rewritten are taken in, then the pages those changes can reach are checked again.
     * Null when a rewritten page cannot be read (then the whole site is checked, to report as it would).
     */
    private List<Problem> runAfter(Seen last, SiteChanges changes) {
        files = last.files();
        folders = last.folders();
        pages = last.pages();
        checked = last.checked();
        // Paths whose existence, ids or alternates changed: the pages that depend on them are checked again.
        Set<Path> changed = new HashSet<>();
        Set<Path> ancestors = new HashSet<>();
        for (String removed : changes.removed()) {
            Path file = siteDir.resolve(removed);
            files.remove(file);
            pages.remove(file);
            checked.remove(file);
            memory.pages.remove(relative(file));
            changed.add(file);
            ancestors.addAll(ancestors(file));
        }
        List<Path> rewritten = new ArrayList<>();
        for (String written : changes.written()) {
            Path file = siteDir.resolve(written);
            if (files.add(file)) changed.add(file);
            if (written.endsWith(".html")) rewritten.add(file);
            ancestors.addAll(ancestors(file));
        }
        // A folder coming or going changes no page's problems by itself: a link to a folder leads to its
        // index page, a file of its own, and the message of a broken link names the link as written.
        for (Path folder : ancestors) {
            if (Files.isDirectory(folder)) folders.add(folder);
            else folders.remove(folder);
        }
        Set<Path> recheck = new TreeSet<>(rewritten);
        for (Read read : rewritten.parallelStream().map(this::read).toList()) {
            if (read.problem() != null) return null;
            Facts before = pages.put(read.file(), read.facts());
            if (!read.facts().sameForOthers(before)) changed.add(read.file());
        }
        // A link to a folder leads to its index page.
        for (Path path : List.copyOf(changed)) {
            if (path.getFileName() != null && path.getFileName().toString().equals("index.html")) changed.add(path.getParent());
        }
        checked.entrySet().parallelStream()
                .filter(page -> page.getValue().targets().stream().anyMatch(changed::contains))
                .map(Map.Entry::getKey).toList().forEach(recheck::add);
        for (Path file : recheck) checked.put(file, checkPage(file, pages.get(file)));
        memory.pagesChecked = recheck.size();
        List<Problem> problems = new ArrayList<>();
        checked.values().forEach(page -> problems.addAll(page.problems()));
        complete = true;
        return problems;
    }

    /** The folders holding {@code file} inside the site, the site folder excluded. */
    private List<Path> ancestors(Path file) {
        List<Path> found = new ArrayList<>();
        for (Path folder = file.getParent(); folder != null && folder.startsWith(siteDir) && !folder.equals(siteDir); folder = folder.getParent()) {
            found.add(folder);
        }
        return found;
    }

    private Checked checkPage(Path file, Facts page) {
        List<Problem> problems = new ArrayList<>();
        Set<Path> targets = new java.util.LinkedHashSet<>();
        checkLanguage(file, page, problems);
        checkLinks(file, page, problems, targets);
        checkCounterpart(file, page, problems, targets);
        checkNotEmpty(file, page, problems);
        return new Checked(List.copyOf(problems), List.copyOf(targets));
    }

    private String relative(Path file) {
        return siteDir.relativize(file).toString();
    }

    private Read read(Path file) {
        try {
            FileStamp stamp = FileStamp.of(file);
            Remembered before = memory.pages.get(relative(file));
            if (before != null && stamp.asText() != null && stamp.asText().equals(before.stamp())) {
                return new Read(file, before.facts(), null);
            }
            byte[] bytes = Files.readAllBytes(file);
            String digest = digest(bytes);
            if (before != null && digest.equals(before.digest())) {
                memory.pages.put(relative(file), new Remembered(stamp.asText(), digest, before.facts()));
                return new Read(file, before.facts(), null);
            }
            Facts facts = facts(Jsoup.parse(new java.io.ByteArrayInputStream(bytes), "UTF-8", file.toAbsolutePath().toString()));
            parsed.incrementAndGet();
            memory.pages.put(relative(file), new Remembered(stamp.asText(), digest, facts));
            return new Read(file, facts, null);
        } catch (IOException e) {
            return new Read(file, null, Problem.error(file, "cannot read: " + e.getMessage()));
        }
    }

    /** A page's bytes as 32 hexadecimal digits of their SHA-256: cheap beside parsing them. */
    private static String digest(byte[] bytes) {
        return Sha256.of(bytes, 32);
    }

    // Parsed once: jsoup's evaluators are thread-safe, and parsing a query for every page cost more than matching it.
    private static final Evaluator HTML = QueryParser.parse("html");
    private static final Evaluator LINKS = QueryParser.parse("a[href], link[href], script[src], img[src], source[src], source[srcset]");
    private static final Evaluator WITH_ID = QueryParser.parse("[id]");
    private static final Evaluator ALTERNATES = QueryParser.parse("link[rel=alternate][hreflang]");
    private static final Evaluator MAIN = QueryParser.parse("main");
    private static final Evaluator LISTED = QueryParser.parse(".briefing-list li");

    private static Facts facts(Document page) {
        Element html = page.selectFirst(HTML);
        List<String> links = new ArrayList<>();
        Set<String> distinct = new java.util.LinkedHashSet<>();
        for (Element element : page.select(LINKS)) {
            // Each link is checked once per page, so only its first appearance is kept.
            // Pages share most of their links: one copy of each, however many pages are remembered.
            distinct.add(element.attr(element.hasAttr("href") ? "href" : "src").intern());
        }
        links.addAll(distinct);
        Set<String> ids = new HashSet<>();
        for (Element element : page.select(WITH_ID)) ids.add(element.id());
        List<Alternate> alternates = new ArrayList<>();
        for (Element link : page.select(ALTERNATES)) alternates.add(new Alternate(link.attr("hreflang"), link.attr("href")));
        Element main = page.selectFirst(MAIN);
        boolean listsBriefings = main != null && (main.hasClass("page--entity") || main.hasClass("page--topic"));
        Elements listed = listsBriefings ? main.select(LISTED) : new Elements();
        return new Facts(html == null ? null : html.attr("lang"), html == null ? null : html.attr("dir"),
                List.copyOf(links), Set.copyOf(ids), List.copyOf(alternates), main != null, listsBriefings && listed.isEmpty());
    }

    private void checkLanguage(Path file, Facts page, List<Problem> problems) {
        String code = page.lang() == null ? "" : page.lang();
        try {
            Lang lang = Lang.ofCode(code);
            if (!lang.direction().equals(page.dir())) {
                problems.add(Problem.error(file, "<html lang=\"" + code + "\"> needs dir=\"" + lang.direction() + "\""));
            }
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(file, "<html> has no known lang attribute (found \"" + code + "\")"));
        }
    }

    private boolean isFolder(Path path) {
        return folders.contains(path) || !files.contains(path) && Files.isDirectory(path);
    }

    private boolean isFile(Path path) {
        return files.contains(path) || !folders.contains(path) && Files.isRegularFile(path);
    }

    /**
     * Where a link leads from a folder: a page of the site and a fragment, or what is wrong with it
     * (null target and problem both: external, not ours to resolve). Pages of one folder share most
     * links, so each is resolved once per folder and run.
     */
    private record Resolution(Path target, String fragment, String problem, Path dependsOn) {}

    private final Map<Path, Map<String, Resolution>> resolutions = new java.util.HashMap<>();

    private Resolution resolve(Path folder, String link) {
        return resolutions.computeIfAbsent(folder, f -> new java.util.HashMap<>()).computeIfAbsent(link, l -> {
            URI uri;
            try {
                uri = new URI(link);
            } catch (URISyntaxException e) {
                return new Resolution(null, null, "malformed link \"" + link + "\"", null);
            }
            if (uri.getScheme() != null || link.startsWith("//")) return new Resolution(null, null, null, null);
            Path path = uri.getPath() == null || uri.getPath().isEmpty() ? null : canonical(folder.resolve(uri.getPath()).normalize());
            Path target = path != null && isFolder(path) ? path.resolve("index.html") : path;
            if (target != null && (!target.startsWith(siteDir) || !isFile(target))) {
                return new Resolution(null, null, "broken link \"" + link + "\": no " + siteDir.relativize(folder).resolve(uri.getPath()), path);
            }
            return new Resolution(target, uri.getFragment(), null, path);
        });
    }

    private Path canonical(Path path) {
        return canonical.computeIfAbsent(path, p -> p);
    }

    private void checkLinks(Path file, Facts page, List<Problem> problems, Set<Path> targets) {
        Set<String> seen = new HashSet<>();
        for (String link : page.links()) {
            if (!seen.add(link) || link.isEmpty()) continue;
            Resolution resolution = resolve(file.getParent(), link);
            if (resolution.dependsOn() != null) targets.add(resolution.dependsOn());
            if (resolution.problem() != null) {
                problems.add(Problem.error(file, resolution.problem()));
                continue;
            }
            if (resolution.target() == null && resolution.fragment() == null) continue; // external
            // A link of only a fragment points into its own page.
            Path target = resolution.target() == null ? file : resolution.target();
            String fragment = resolution.fragment();
            if (fragment != null && !fragment.isEmpty()) {
                Facts targetPage = pages.get(target);
                if (targetPage != null && !targetPage.ids().contains(fragment)) {
                    problems.add(Problem.error(file, "broken anchor \"" + link + "\": no id \"" + fragment + "\" there"));
                }
            }
        }
    }

    /** An entity or topic page exists to list briefings: one that lists none is a planning error. */
    private void checkNotEmpty(Path file, Facts page, List<Problem> problems) {
        if (!page.hasMain()) {
            problems.add(Problem.error(file, "page has no <main>"));
            return;
        }
        if (page.emptyListPage()) {
            problems.add(Problem.error(file, "entity or topic page lists no briefing"));
        }
    }

    private void checkCounterpart(Path file, Facts page, List<Problem> problems, Set<Path> targets) {
        String lang = page.lang() == null ? "" : page.lang();
        Alternate alternate = null;
        for (Alternate link : page.alternates()) {
            if (!link.hreflang().equals(lang)) alternate = link;
        }
        if (alternate == null) {
            problems.add(Problem.error(file, "no <link rel=\"alternate\" hreflang> to the page in the other language"));
            return;
        }
        Path other = canonical(file.getParent().resolve(alternate.href()).normalize());
        targets.add(other);
        Facts otherPage = pages.get(other);
        if (otherPage == null) return; // reported as a broken link
        // As the selector [hreflang=xx] compares: ignoring case and surrounding space.
        boolean linksBack = otherPage.alternates().stream()
                .filter(back -> back.hreflang().trim().equalsIgnoreCase(lang))
                .anyMatch(back -> other.getParent().resolve(back.href()).normalize().equals(file));
        if (!linksBack) {
            problems.add(Problem.error(file, "counterpart " + siteDir.relativize(other) + " does not link back with hreflang=\"" + lang + "\""));
        }
    }
}
