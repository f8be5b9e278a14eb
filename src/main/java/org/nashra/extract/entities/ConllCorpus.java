package org.nashra.extract.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences of a CoNLL file: one {@code token TAG} a line (IOB2 tags, last column), a blank line between
 * sentences. The development split is the last tenth of the sentences, so that it holds articles the
 * training part never saw.
 */
public record ConllCorpus(List<Sentence> sentences) {

    /** One sentence: its tokens and their IOB2 tags, same length. */
    public record Sentence(List<String> tokens, List<String> tags) {
        public Sentence {
            tokens = List.copyOf(tokens);
            tags = List.copyOf(tags);
            if (tokens.size() != tags.size()) throw new IllegalArgumentException("tokens and tags differ in length");
        }
    }

    /** Which sentences to use: all, the training part, or the development part. */
    public enum Part { ALL, TRAIN, DEV }

    public ConllCorpus {
        sentences = List.copyOf(sentences);
    }

    public static ConllCorpus read(Path file) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                if (!tokens.isEmpty()) sentences.add(new Sentence(tokens, tags));
                tokens.clear();
                tags.clear();
                continue;
            }
            int space = lastSpace(trimmed);
            if (space < 0) continue;
            tokens.add(trimmed.substring(0, space).strip());
            tags.add(trimmed.substring(space + 1));
        }
        if (!tokens.isEmpty()) sentences.add(new Sentence(tokens, tags));
        return new ConllCorpus(sentences);
    }

    public ConllCorpus part(Part part) {
        int devStart = sentences.size() - sentences.size() / 10;
        return switch (part) {
            case ALL -> this;
            case TRAIN -> new ConllCorpus(sentences.subList(0, devStart));
            case DEV -> new ConllCorpus(sentences.subList(devStart, sentences.size()));
        };
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }

    private static int lastSpace(String line) {
        for (int i = line.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(line.charAt(i))) return i;
        }
        return -1;
    }
}
