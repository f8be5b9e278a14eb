package org.nashra.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nu.validator.client.EmbeddedValidator;
import org.nashra.core.Problem;

/**
 * Every page of a site through the Nu Html Checker (the W3C's validator), run in-process. Its errors
 * become problems with the page and line; its warnings are left out.
 */
public final class HtmlValidity {

    /** GNU-style lines: {@code "file:…":LINE.COL-LINE.COL: error: message}. */
    private static final Pattern LINE = Pattern.compile("^\"[^\"]*\":(\\d+)\\.\\d+(?:-\\d+\\.\\d+)?: (error|fatal)(?: \\w+)?: (.*)$");

    private HtmlValidity() {}

    public static List<Problem> check(Path siteDir) {
        List<Problem> problems = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(siteDir)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            problems.add(Problem.error(siteDir, "cannot list the site: " + e.getMessage()));
            return problems;
        }
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        for (Path page : pages) {
            try {
                for (String line : validator.validate(page).split("\n")) {
                    Matcher m = LINE.matcher(line);
                    if (m.matches()) problems.add(Problem.error(page, Integer.parseInt(m.group(1)), "invalid HTML: " + m.group(3)));
                }
            } catch (IOException | org.xml.sax.SAXException | RuntimeException e) {
                problems.add(Problem.error(page, "the HTML checker failed on this page: " + e.getMessage()));
            }
        }
        return problems;
    }
}
