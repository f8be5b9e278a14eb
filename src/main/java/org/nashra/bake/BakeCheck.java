package org.nashra.bake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.nashra.core.Problem;

/** Checks that JBake turned every content file into its page: JBake drops pages with bad headers with only a log line. */
public final class BakeCheck {

    private BakeCheck() {}

    public static List<Problem> everyContentFileBaked(Path contentDir, Path siteDir) {
        if (!Files.isDirectory(contentDir)) return List.of();
        try (Stream<Path> walk = Files.walk(contentDir)) {
            List<Path> markdown = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            return everyContentFileBaked(contentDir, markdown, html -> Files.isRegularFile(siteDir.resolve(html)));
        } catch (IOException e) {
            return List.of(Problem.error(contentDir, "cannot list content: " + e.getMessage()));
        }
    }

    /**
     * @param markdown the Markdown files of {@code contentDir}, in order
     * @param hasPage  whether the site has a page, by path relative to the site with forward slashes
     */
    static List<Problem> everyContentFileBaked(Path contentDir, List<Path> markdown, java.util.function.Predicate<String> hasPage) {
        List<Problem> problems = new ArrayList<>();
        // Asked of every Markdown file at every bake: the folder's name cut off as text, not by Path.relativize.
        String folder = contentDir.toString() + contentDir.getFileSystem().getSeparator();
        for (Path md : markdown) {
            String path = md.toString();
            String relative = (path.startsWith(folder) ? path.substring(folder.length()) : contentDir.relativize(md).toString()).replace('\\', '/');
            String html = relative.substring(0, relative.length() - ".md".length()) + ".html";
            if (!hasPage.test(html)) {
                problems.add(Problem.error(md, "produced no page (" + html
                        + "): check its header (type, status, date format, separator line)"));
            }
        }
        return problems;
    }
}
