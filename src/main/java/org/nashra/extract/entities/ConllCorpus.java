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

    /** Sentences held out to measure a model trained on the rest. */
    public record Fold(ConllCorpus train, ConllCorpus held) {}

    /**
     * The {@code n}-th tenth from the end held out, every other sentence to train on: {@code n} = 1 holds out
     * the development part. Consecutive tenths keep each article on one side.
     */
    public Fold tenthFromEnd(int n) {
        int tenth = sentences.size() / 10;
        if (n < 1 || n > 10 || tenth == 0) throw new IllegalArgumentException("no tenth " + n + " of " + sentences.size() + " sentences");
        int end = n == 1 ? sentences.size() : sentences.size() - (n - 1) * tenth;
        int start = sentences.size() - n * tenth;
        List<Sentence> train = new ArrayList<>(sentences.subList(0, start));
        train.addAll(sentences.subList(end, sentences.size()));
        return new Fold(new ConllCorpus(train), new ConllCorpus(sentences.subList(start, end)));
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
