/*
 * Retrain the bundled Arabic name-finder model (averaged perceptron, at most 100 iterations, cutoff 0; under a
 * minute of CPU on a two-core machine; the same data and features give the same weights):
 *
 *   java -jar target/nashra.jar train ner ../shared/data/ner/anercorp-camel-train.txt
 *
 * or, with the trainer's options:
 *
 *   mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 *   java -cp target/classes:$(cat target/cp.txt) org.nashra.extract.entities.NerTrainer \
 *       ../shared/data/ner/anercorp-camel-train.txt src/main/resources/org/nashra/extract/entities/ner-ar.bin
 *
 * Options: --part train|all (default all: the shipped model learns from every sentence; {@code eval ner --dev}
 * trains its own model on the first nine tenths so that the dev figure stays honest),
 * --algorithm MAXENT|MAXENT_QN|PERCEPTRON, --iterations N, --cutoff N, --features FILE.xml,
 * --param KEY=VALUE (any OpenNLP training parameter, e.g. L2Cost=1.0 for MAXENT_QN; codec=BILOU).
 * The name-word lexicon ner-ar-name-words.tsv and the names seen in training, ner-ar-seen-names.tsv, are
 * written beside the model.
 *
 * The word lists the model's features read (person and place name words) are rebuilt from the
 * reference data with:
 *   java -cp target/classes:$(cat target/cp.txt) org.nashra.extract.entities.NerTrainer word-lists \
 *       ../shared/data src/main/resources/org/nashra/extract/entities/ner-ar-word-lists.tsv
 * and the country and city names the combined recogniser looks for ({@link PlaceNames}) with:
 *   java -cp target/classes:$(cat target/cp.txt) org.nashra.extract.entities.NerTrainer places \
 *       ../shared/data src/main/resources/org/nashra/extract/entities/ner-ar-places.tsv
 * The seen names alone, beside an existing lexicon, without training a model:
 *   java -cp target/classes:$(cat target/cp.txt) org.nashra.extract.entities.NerTrainer seen-names \
 *       ../shared/data/ner/anercorp-camel-train.txt src/main/resources/org/nashra/extract/entities/ner-ar-seen-names.tsv
 */
package org.nashra.extract.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/** Trains the statistical name finder on a CoNLL file and writes the model and its name-word lexicon. */
public final class NerTrainer {

    /** How to train; {@link #defaults()} are the settings of the bundled model. */
    public record Settings(ConllCorpus.Part part, String algorithm, int iterations, int cutoff, Path features,
                           Map<String, String> extra) {
        public Settings {
            extra = Map.copyOf(extra);
        }

        public static Settings defaults() {
            return new Settings(ConllCorpus.Part.ALL, "PERCEPTRON", 100, 0, null, Map.of());
        }

        /** The same settings on another part of the corpus. */
        public Settings withPart(ConllCorpus.Part other) {
            return new Settings(other, algorithm, iterations, cutoff, features, extra);
        }
    }

    /** What training produced. */
    public record Result(Path model, Path lexicon, int sentences, int tokens, long millis) {}

    static final String LEXICON_FILE = "ner-ar-name-words.tsv";

    private NerTrainer() {}

    public static Result train(Path conll, Path modelOut, Settings settings) throws IOException {
        return train(ConllCorpus.read(conll).part(settings.part()), modelOut, settings);
    }

    /** Trains on every sentence of {@code corpus} (the settings' part is not applied again). */
    public static Result train(ConllCorpus corpus, Path modelOut, Settings settings) throws IOException {
        long begin = System.nanoTime();
        List<NameSample> samples = new ArrayList<>();
        for (ConllCorpus.Sentence sentence : corpus.sentences()) {
            samples.add(new NameSample(sentence.tokens().toArray(String[]::new), spans(sentence.tags()), true));
        }
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
        parameters.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        parameters.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        parameters.put(TrainingParameters.THREADS_PARAM, 2);
        settings.extra().forEach((key, value) -> {
            if (!key.equals("codec")) parameters.put(key, value);
        });
        byte[] descriptor = settings.features() == null ? bundledDescriptor() : Files.readAllBytes(settings.features());
        SequenceCodec<String> codec = "BILOU".equalsIgnoreCase(settings.extra().getOrDefault("codec", "BIO"))
                ? new BilouCodec() : new BioCodec();
        TokenNameFinderFactory factory = new TokenNameFinderFactory(descriptor, Map.of(), codec);
        TokenNameFinderModel model = NameFinderME.train("ar", null, new CollectionObjectStream<>(samples), parameters, factory);
        if (modelOut.getParent() != null) Files.createDirectories(modelOut.getParent());
        try (OutputStream out = Files.newOutputStream(modelOut)) {
            model.serialize(out);
        }
        Path lexicon = modelOut.resolveSibling(LEXICON_FILE);
        writeLexicon(corpus, lexicon);
        try (InputStream in = Files.newInputStream(lexicon)) {
            SeenNames.write(corpus, NameLexicon.read(in), modelOut.resolveSibling(SeenNames.FILE));
        }
        return new Result(modelOut, lexicon, corpus.sentences().size(), corpus.tokenCount(),
                (System.nanoTime() - begin) / 1_000_000);
    }

    /** Name spans of one sentence from its IOB2 tags; a stray {@code I-} opens a name. */
    static Span[] spans(List<String> tags) {
        List<Span> spans = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean continues = tag.startsWith("I-") && tag.substring(2).equals(type);
            if (start >= 0 && !continues) {
                spans.add(new Span(start, i, type));
                start = -1;
                type = null;
            }
            if ((tag.startsWith("B-") || tag.startsWith("I-")) && start < 0) {
                start = i;
                type = tag.substring(2);
            }
        }
        return spans.toArray(Span[]::new);
    }

    static byte[] bundledDescriptor() {
        try (InputStream in = NerTrainer.class.getResourceAsStream("ner-features.xml")) {
            if (in == null) throw new IllegalStateException("ner-features.xml missing from the classpath");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Folded words with how often they were seen inside names, outside names and inside person names:
     * every name word, and every other word seen at least twice. Sorted, so retraining on the same data gives the same file.
     */
    private static void writeLexicon(ConllCorpus corpus, Path out) throws IOException {
        Map<String, int[]> counts = new TreeMap<>();
        for (ConllCorpus.Sentence sentence : corpus.sentences()) {
            for (int i = 0; i < sentence.tokens().size(); i++) {
                String tag = sentence.tags().get(i);
                int[] c = counts.computeIfAbsent(ArabicText.fold(sentence.tokens().get(i)), k -> new int[3]);
                c[tag.equals("O") ? 1 : 0]++;
                if (tag.endsWith("-PERS")) c[2]++;
            }
        }
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write("# Folded words of ANERcorp (CC BY-SA 4.0): times seen inside names, outside names, inside"
                    + " person names. Generated by NerTrainer.\n");
            for (Map.Entry<String, int[]> entry : counts.entrySet()) {
                int[] c = entry.getValue();
                if (!entry.getKey().isEmpty() && (c[0] > 0 || c[1] >= 2)) writer.write(entry.getKey() + "\t" + c[0] + "\t" + c[1] + "\t" + c[2] + "\n");
            }
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("lexicon")) {
            writeLexicon(ConllCorpus.read(Path.of(args[1])).part(Settings.defaults().part()), Path.of(args[2]));
            System.out.println("wrote " + args[2]);
            return;
        }
        if (args.length == 3 && args[0].equals("word-lists")) {
            WordLists.build(Path.of(args[1]), Path.of(args[2]));
            System.out.println("wrote " + args[2]);
            return;
        }
        if (args.length == 3 && args[0].equals("seen-names")) {
            Path out = Path.of(args[2]);
            try (InputStream in = Files.newInputStream(out.resolveSibling(LEXICON_FILE))) {
                SeenNames.write(ConllCorpus.read(Path.of(args[1])).part(Settings.defaults().part()), NameLexicon.read(in), out);
            }
            System.out.println("wrote " + args[2]);
            return;
        }
        if (args.length == 3 && args[0].equals("places")) {
            PlaceNames.build(Path.of(args[1]), Path.of(args[2]));
            System.out.println("wrote " + args[2]);
            return;
        }
        if (args.length < 2) {
            System.err.println("usage: NerTrainer CONLL MODEL_OUT [--part train|all] [--algorithm MAXENT|PERCEPTRON]"
                    + " [--iterations N] [--cutoff N] [--features FILE.xml] [--param KEY=VALUE]");
            System.exit(2);
        }
        Settings defaults = Settings.defaults();
        ConllCorpus.Part part = defaults.part();
        String algorithm = defaults.algorithm();
        int iterations = defaults.iterations();
        int cutoff = defaults.cutoff();
        Path features = null;
        Map<String, String> extra = new TreeMap<>();
        for (int i = 2; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--part" -> part = ConllCorpus.Part.valueOf(args[i + 1].toUpperCase(java.util.Locale.ROOT));
                case "--algorithm" -> algorithm = args[i + 1];
                case "--iterations" -> iterations = Integer.parseInt(args[i + 1]);
                case "--cutoff" -> cutoff = Integer.parseInt(args[i + 1]);
                case "--features" -> features = Path.of(args[i + 1]);
                case "--param" -> extra.put(args[i + 1].substring(0, args[i + 1].indexOf('=')),
                        args[i + 1].substring(args[i + 1].indexOf('=') + 1));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Result result = train(Path.of(args[0]), Path.of(args[1]), new Settings(part, algorithm, iterations, cutoff, features, extra));
        System.out.printf("trained on %d sentences, %d tokens in %.1f s; model %s (%d bytes), lexicon %s%n",
                result.sentences(), result.tokens(), result.millis() / 1000.0, result.model(),
                Files.size(result.model()), result.lexicon());
    }
}
