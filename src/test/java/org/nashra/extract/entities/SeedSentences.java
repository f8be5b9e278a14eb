package org.nashra.extract.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The sentences of the project's seed articles, as the name finder gets them: words, in file order. */
final class SeedSentences {

    private SeedSentences() {}

    static List<String[]> read() throws IOException {
        List<String[]> sentences = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                for (List<Tokens.Token> sentence : Tokens.sentences(Files.readString(seed, StandardCharsets.UTF_8))) {
                    sentences.add(sentence.stream().map(Tokens.Token::text).toArray(String[]::new));
                }
            }
        }
        return sentences;
    }
}
