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
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.nashra.core.Lang;
import org.nashra.core.Problem;

/**
 * Checks a baked site as a reader's browser would meet it: every internal link, asset and anchor
 * resolves; every page declares a known language with its direction; every page links to its
 * counterpart in the other language, and that page links back; no entity or topic page is empty.
 */
public final class SiteChecker {

    private final Path siteDir;
    private final Map<Path, Document> pages = new HashMap<>();

    private SiteChecker(Path siteDir) {
        this.siteDir = siteDir.toAbsolutePath().normalize();
    }

    public static List<Problem> check(Path siteDir) {
        return new SiteChecker(siteDir).run();
    }

    private List<Problem> run() {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(siteDir)) {
            problems.add(Problem.error(siteDir, "no site to check: bake first"));
            return problems;
        }
        List<Path> htmlFiles;
        try (Stream<Path> walk = Files.walk(siteDir)) {
            htmlFiles = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            problems.add(Problem.error(siteDir, "cannot list the site: " + e.getMessage()));
            return problems;
        }
        for (Path file : htmlFiles) {
            try {
                pages.put(file, Jsoup.parse(file.toFile(), "UTF-8"));
            } catch (IOException e) {
                problems.add(Problem.error(file, "cannot read: " + e.getMessage()));
            }
        }
        for (Path file : htmlFiles) {
            Document page = pages.get(file);
            if (page == null) continue;
            checkLanguage(file, page, problems);
            checkLinks(file, page, problems);
            checkCounterpart(file, page, problems);
            checkNotEmpty(file, page, problems);
        }
        return problems;
    }

    private void checkLanguage(Path file, Document page, List<Problem> problems) {
        Element html = page.selectFirst("html");
        String code = html == null ? "" : html.attr("lang");
        try {
            Lang lang = Lang.ofCode(code);
            if (!lang.direction().equals(html.attr("dir"))) {
                problems.add(Problem.error(file, "<html lang=\"" + code + "\"> needs dir=\"" + lang.direction() + "\""));
            }
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(file, "<html> has no known lang attribute (found \"" + code + "\")"));
        }
    }

    private void checkLinks(Path file, Document page, List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        for (Element element : page.select("a[href], link[href], script[src], img[src], source[src], source[srcset]")) {
            String attr = element.hasAttr("href") ? "href" : "src";
            String link = element.attr(attr);
            if (!seen.add(link) || link.isEmpty()) continue;
            URI uri;
            try {
                uri = new URI(link);
            } catch (URISyntaxException e) {
                problems.add(Problem.error(file, "malformed link \"" + link + "\""));
                continue;
            }
            if (uri.getScheme() != null || link.startsWith("//")) continue; // external: not ours to resolve
            Path target = uri.getPath() == null || uri.getPath().isEmpty()
                    ? file : file.getParent().resolve(uri.getPath()).normalize();
            if (Files.isDirectory(target)) target = target.resolve("index.html");
            if (!target.startsWith(siteDir) || !Files.isRegularFile(target)) {
                problems.add(Problem.error(file, "broken link \"" + link + "\": no " + siteDir.relativize(file.getParent()).resolve(uri.getPath())));
                continue;
            }
            String fragment = uri.getFragment();
            if (fragment != null && !fragment.isEmpty()) {
                Document targetPage = pages.get(target);
                if (targetPage != null && targetPage.getElementById(fragment) == null) {
                    problems.add(Problem.error(file, "broken anchor \"" + link + "\": no id \"" + fragment + "\" there"));
                }
            }
        }
    }

    /** An entity or topic page exists to list briefings: one that lists none is a planning error. */
    private void checkNotEmpty(Path file, Document page, List<Problem> problems) {
        Element main = page.selectFirst("main");
        if (main == null) {
            problems.add(Problem.error(file, "page has no <main>"));
            return;
        }
        boolean listsBriefings = main.hasClass("page--entity") || main.hasClass("page--topic");
        if (listsBriefings && main.select(".briefing-list li").isEmpty()) {
            problems.add(Problem.error(file, "entity or topic page lists no briefing"));
        }
    }

    private void checkCounterpart(Path file, Document page, List<Problem> problems) {
        String lang = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang");
        Element alternate = null;
        for (Element link : page.select("link[rel=alternate][hreflang]")) {
            if (!link.attr("hreflang").equals(lang)) alternate = link;
        }
        if (alternate == null) {
            problems.add(Problem.error(file, "no <link rel=\"alternate\" hreflang> to the page in the other language"));
            return;
        }
        Path other = file.getParent().resolve(alternate.attr("href")).normalize();
        Document otherPage = pages.get(other);
        if (otherPage == null) return; // reported as a broken link
        boolean linksBack = otherPage.select("link[rel=alternate][hreflang=" + lang + "]").stream()
                .anyMatch(back -> other.getParent().resolve(back.attr("href")).normalize().equals(file));
        if (!linksBack) {
            problems.add(Problem.error(file, "counterpart " + siteDir.relativize(other) + " does not link back with hreflang=\"" + lang + "\""));
        }
    }
}
