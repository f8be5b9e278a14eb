package org.nashra.extract.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nashra.extract.EntityType;

/**
 * Names the training corpus gives with one type and almost never as other words (compared folded)
 * ({@code الليكود}, {@code فولكسفاغن}, {@code دينامو كييف}): a gazetteer learnt from the annotations. The
 * combined recogniser weighs them above its rules and below the editors' gazetteer (dev F1 71.58 to 72.76
 * with the rules' weight, to 72.14 below the model's; later, pooled over five folds, 74.08 level with the
 * rules and 74.27 above them). A name seen once counts:
 * the share of its words' occurrences as that name is what keeps common words out (F1 pooled over five
 * folds 73.44 with names seen twice, 73.92 with names seen once, 73.89 when a one-word "other" name needs two).
 */
final class SeenNames {

    static final String FILE = "ner-ar-seen-names.tsv";

    /** Times a name must be seen; share of its sightings with its type, and of its words' occurrences as it. */
    static final int MIN_SEEN = 1;
    /** A one-word "other" name seen once is too often a common noun the corpus tagged once (الميليشيات). */
    static final int MIN_SEEN_OTHER_WORD = 2;
    static final double MIN_SHARE = 0.9;

    private SeenNames() {}

    /** The list written beside a model, or none. */
    static List<GazetteerRecogniser.Entry> read(InputStream in) throws IOException {
        List<GazetteerRecogniser.Entry> entries = new ArrayList<>();
        if (in == null) return entries;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] parts = line.split("\t");
                if (parts.length == 2) entries.add(new GazetteerRecogniser.Entry(parts[0], EntityType.ofConllTag(parts[1])));
            }
        }
        return List.copyOf(entries);
    }

    static List<GazetteerRecogniser.Entry> bundled() {
        try (InputStream in = SeenNames.class.getResourceAsStream(FILE)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the names of the corpus seen at least {@link #MIN_SEEN} times ({@link #MIN_SEEN_OTHER_WORD} for one-word
     * "other" names), at least {@link #MIN_SHARE} of
     * them with one type, whose words stand as that name in at least that share of their occurrences. A
     * proclitic on the first word is left off ({@code بالأهلي} counts as {@code الأهلي}).
     */
    static void write(ConllCorpus corpus, NameLexicon lexicon, Path out) throws IOException {
        Map<List<String>, Map<String, Integer>> asName = new HashMap<>();
        int longest = 0;
        for (ConllCorpus.Sentence sentence : corpus.sentences()) {
            for (opennlp.tools.util.Span span : NerTrainer.spans(sentence.tags())) {
                List<String> words = bare(sentence.tokens().subList(span.getStart(), span.getEnd()), lexicon);
                asName.computeIfAbsent(words, k -> new TreeMap<>()).merge(span.getType(), 1, Integer::sum);
                longest = Math.max(longest, words.size());
            }
        }
        Map<List<String>, Integer> occurrences = new HashMap<>();
        for (ConllCorpus.Sentence sentence : corpus.sentences()) {
            List<String> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                for (int n = 1; n <= longest && i + n <= tokens.size(); n++) {
                    List<String> words = bare(tokens.subList(i, i + n), lexicon);
                    if (asName.containsKey(words)) occurrences.merge(words, 1, Integer::sum);
                }
            }
        }
        Map<String, String> chosen = new TreeMap<>();
        asName.forEach((words, byType) -> {
            int seen = byType.values().stream().mapToInt(Integer::intValue).sum();
            Map.Entry<String, Integer> top = byType.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            int min = words.size() == 1 && top.getKey().equals("MISC") ? MIN_SEEN_OTHER_WORD : MIN_SEEN;
            if (seen >= min && top.getValue() >= MIN_SHARE * seen && seen >= MIN_SHARE * occurrences.getOrDefault(words, seen)) {
                chosen.put(String.join(" ", words), top.getKey());
            }
        });
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write("# Names ANERcorp (CC BY-SA 4.0) gives, nearly always with one type and"
                    + " nearly never as other words. Generated by NerTrainer.\n");
            for (Map.Entry<String, String> entry : chosen.entrySet()) writer.write(entry.getKey() + "\t" + entry.getValue() + "\n");
        }
    }

    /**
     * The words folded, as the gazetteer compares them, with any proclitic of the first left off. Folded,
     * because a name must stand apart from common words in the form it is matched in: the player رييس
     * folds like رئيس (president), which rules it out.
     */
    private static List<String> bare(List<String> words, NameLexicon lexicon) {
        List<String> out = new ArrayList<>(words.size());
        for (String word : words) out.add(ArabicText.fold(word));
        String first = words.get(0);
        int start = Clitics.nameStart(first, lexicon);
        if (start > 0 && start < first.length()) out.set(0, ArabicText.fold(first.substring(start)));
        return List.copyOf(out);
    }
}
