package org.nashra.extract.topics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.nashra.core.KnownNames;
import org.nashra.core.Problem;
import org.nashra.core.YamlProblems;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The topic taxonomy in {@code data/topics.yml}: a list of topics, each with {@code id}, {@code ar},
 * {@code en}, optional {@code description_ar}/{@code description_en}, {@code evidence} phrases, and optional
 * {@code supporting} phrases, which count only beside an evidence phrase.
 * Unknown keys, missing fields and duplicate ids are problems with the file's line, not silent defaults.
 */
public final class TopicTaxonomy {

    private static final Set<String> KEYS = Set.of("id", "ar", "en", "description_ar", "description_en", "evidence", "broad", "supporting");

    private TopicTaxonomy() {}

    /** Topics that loaded cleanly, and the problems of those that did not. */
    public record Loaded(List<Topic> topics, List<Problem> problems) {
        public Loaded {
            topics = List.copyOf(topics);
            problems = List.copyOf(problems);
        }
    }

    public static Loaded load(Path file) {
        List<Problem> problems = new ArrayList<>();
        List<Topic> topics = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.error(file, "topic taxonomy is missing"));
            return new Loaded(topics, problems);
        }
        Node root;
        try {
            root = YamlProblems.compose(file);
        } catch (YamlProblems.Unusable e) {
            problems.add(e.problem());
            return new Loaded(topics, problems);
        }
        if (root == null) return new Loaded(topics, problems);
        if (!(root instanceof SequenceNode list)) {
            problems.add(Problem.error(file, line(root), "expected a list of topics"));
            return new Loaded(topics, problems);
        }
        Set<String> ids = new HashSet<>();
        for (Node item : list.getValue()) {
            Topic topic = topic(file, item, problems);
            if (topic == null) continue;
            if (!ids.add(topic.id())) {
                problems.add(Problem.error(file, line(item), "duplicate topic id '" + topic.id() + "'"));
                continue;
            }
            topics.add(topic);
        }
        return new Loaded(topics, problems);
    }

    private static Topic topic(Path file, Node node, List<Problem> problems) {
        if (!(node instanceof MappingNode map)) {
            problems.add(Problem.error(file, line(node), "a topic must be a map of id, ar, en, evidence"));
            return null;
        }
        String id = null, ar = null, en = null, descAr = "", descEn = "";
        boolean broad = false;
        List<String> evidence = new ArrayList<>();
        List<String> supporting = new ArrayList<>();
        int before = problems.size();
        for (NodeTuple tuple : map.getValue()) {
            String key = scalar(tuple.getKeyNode());
            Node value = tuple.getValueNode();
            if (key == null || !KEYS.contains(key)) {
                problems.add(Problem.error(file, line(tuple.getKeyNode()), KnownNames.unknown("key", String.valueOf(key), KEYS)));
                continue;
            }
            if (key.equals("evidence") || key.equals("supporting")) {
                List<String> phrases = key.equals("evidence") ? evidence : supporting;
                if (value instanceof SequenceNode seq) {
                    for (Node phrase : seq.getValue()) {
                        String text = scalar(phrase);
                        if (text == null || text.isBlank()) {
                            problems.add(Problem.error(file, line(phrase), key + " phrases must be text"));
                        } else {
                            phrases.add(text.strip());
                        }
                    }
                } else {
                    problems.add(Problem.error(file, line(value), key + " must be a list of phrases"));
                }
                continue;
            }
            String text = scalar(value);
            if (text == null || text.isBlank()) {
                problems.add(Problem.error(file, line(value), "'" + key + "' must be non-empty text"));
                continue;
            }
            if (key.equals("broad")) {
                if (!text.strip().equals("true") && !text.strip().equals("false")) {
                    problems.add(Problem.error(file, line(value), "'broad' must be true or false"));
                }
                broad = text.strip().equals("true");
                continue;
            }
            switch (key) {
                case "id" -> id = text.strip();
                case "ar" -> ar = text.strip();
                case "en" -> en = text.strip();
                case "description_ar" -> descAr = text.strip();
                case "description_en" -> descEn = text.strip();
                default -> throw new IllegalStateException(key);
            }
        }
        if (id != null && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            problems.add(Problem.error(file, line(node), "topic id '" + id + "' must be lowercase ASCII words joined by '-'"));
        }
        for (String[] required : new String[][] {{"id", id}, {"ar", ar}, {"en", en}}) {
            if (required[1] == null) problems.add(Problem.error(file, line(node), "topic is missing '" + required[0] + "'"));
        }
        if (evidence.isEmpty()) problems.add(Problem.error(file, line(node), "topic needs at least one evidence phrase"));
        if (problems.size() > before) return null;
        return new Topic(id, ar, en, descAr, descEn, evidence, broad, supporting);
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
