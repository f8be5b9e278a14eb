package org.nashra.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.nashra.core.KnownNames;
import org.nashra.core.Problem;
import org.nashra.core.YamlProblems;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * What an editor sets for one article in {@code data/articles/<article id>.yml}: metadata the text
 * lacks or gets wrong, and human headlines and summaries. Editors win: every field here beats what
 * the build derived or a machine translated.
 */
public record Overrides(String articleId, Path file, Optional<String> titleAr, Optional<String> summaryAr,
                        Optional<String> titleEn, Optional<String> summaryEn, Optional<LocalDate> published,
                        Optional<String> outlet, Optional<String> author, Optional<URI> url) {

    static final Set<String> KEYS = Set.of("title_ar", "summary_ar", "title_en", "summary_en",
            "published", "outlet", "author", "url");

    public static Overrides none(String articleId) {
        return new Overrides(articleId, Path.of(""), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Every override file, by article id, and the problems found in them. */
    public record Loaded(Map<String, Overrides> byArticle, List<Problem> problems) {}

    public static Loaded loadAll(Path dir) {
        Map<String, Overrides> out = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) return new Loaded(out, problems);
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            problems.add(Problem.error(dir, "cannot list article overrides: " + e.getMessage()));
            return new Loaded(out, problems);
        }
        for (Path file : files) {
            String id = file.getFileName().toString().replaceFirst("\\.yml$", "");
            load(id, file, problems).ifPresent(o -> out.put(id, o));
        }
        return new Loaded(out, problems);
    }

    private static Optional<Overrides> load(String id, Path file, List<Problem> problems) {
        Node root;
        try {
            root = YamlProblems.compose(file);
        } catch (YamlProblems.Unusable e) {
            problems.add(e.problem());
            return Optional.empty();
        }
        if (root == null) return Optional.of(none(id));
        if (!(root instanceof MappingNode map)) {
            problems.add(Problem.error(file, line(root), "expected fields as key: value"));
            return Optional.empty();
        }
        Map<String, String> values = new TreeMap<>();
        Map<String, Integer> lines = new TreeMap<>();
        int before = problems.size();
        for (NodeTuple tuple : map.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
            if (!KEYS.contains(key)) {
                problems.add(Problem.error(file, line(tuple.getKeyNode()), KnownNames.unknown("field", key, KEYS)));
                continue;
            }
            if (!(tuple.getValueNode() instanceof ScalarNode v) || v.getValue().isBlank()) {
                problems.add(Problem.error(file, line(tuple.getValueNode()), "'" + key + "' must be non-empty text"));
                continue;
            }
            values.put(key, v.getValue().strip());
            lines.put(key, line(tuple.getValueNode()));
        }
        Optional<LocalDate> published = Optional.empty();
        if (values.containsKey("published")) {
            try {
                published = Optional.of(LocalDate.parse(values.get("published")));
            } catch (DateTimeParseException e) {
                problems.add(Problem.error(file, lines.get("published"), "published must be a date as YYYY-MM-DD"));
            }
        }
        Optional<URI> url = Optional.empty();
        if (values.containsKey("url")) {
            try {
                URI uri = new URI(values.get("url"));
                if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) throw new URISyntaxException(values.get("url"), "not http(s)");
                url = Optional.of(uri);
            } catch (URISyntaxException e) {
                problems.add(Problem.error(file, lines.get("url"), "url must be an http(s) address"));
            }
        }
        if (problems.size() > before) return Optional.empty();
        return Optional.of(new Overrides(id, file, opt(values, "title_ar"), opt(values, "summary_ar"),
                opt(values, "title_en"), opt(values, "summary_en"), published, opt(values, "outlet"),
                opt(values, "author"), url));
    }

    private static Optional<String> opt(Map<String, String> values, String key) {
        return Optional.ofNullable(values.get(key));
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /** The article with the editor's metadata in place of what was read from the seed. */
    public Article applyTo(Article article) {
        return new Article(article.id(), article.source(),
                titleAr.orElse(article.title()), titleAr.isEmpty() && article.titleDerived(),
                published.isPresent() ? published : article.published(),
                outlet.isPresent() ? outlet : article.outlet(),
                author.isPresent() ? author : article.author(),
                article.body(), article.removed());
    }
}
