package org.nashra.eval.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.nashra.extract.EntityType;
import org.nashra.extract.Mention;
import org.nashra.extract.entities.CombinedRecogniser;
import org.nashra.extract.entities.ConllCorpus;
import org.nashra.extract.entities.EntityRecogniser;
import org.nashra.extract.entities.NerTrainer;
import org.nashra.extract.entities.StatisticalRecogniser;

/**
 * CoNLL evaluation of a recogniser: each sentence's tokens are joined with single spaces, recognised,
 * and every mention is mapped back to the tokens it touches (a mention starting after a clitic counts
 * from its token). A mention is right only when its tokens and type equal a gold name's.
 *
 * <pre>
 *   mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 *   java -cp target/classes:$(cat target/cp.txt) org.nashra.eval.ner.NerEval \
 *       ../shared/data/ner/anercorp-camel-train.txt [--dev | --folds K] [--statistical] [--model FILE] [--document N]
 * </pre>
 *
 * The shipped model learned from the whole training file, so {@code --dev} without {@code --model} first
 * trains the same recipe on the file's first nine tenths ({@link #trainedOnTrainPart}).
 */
public final class NerEval {

    private NerEval() {}

    /** Evaluates over every sentence of the file. */
    public static NerReport evaluate(Path conll, EntityRecogniser recogniser) throws IOException {
        return evaluate(ConllCorpus.read(conll), recogniser);
    }

    public static NerReport evaluate(ConllCorpus corpus, EntityRecogniser recogniser) {
        return evaluate(corpus, recogniser, 1);
    }

    /**
     * Evaluates with every run of {@code documentSentences} consecutive sentences recognised as one text,
     * a line each, as an article is: what a recogniser learns from one sentence may serve the next.
     */
    public static NerReport evaluate(ConllCorpus corpus, EntityRecogniser recogniser, int documentSentences) {
        Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) counts.put(type, new int[3]);
        List<ConllCorpus.Sentence> sentences = corpus.sentences();
        int step = Math.max(1, documentSentences);
        for (int from = 0; from < sentences.size(); from += step) {
            List<ConllCorpus.Sentence> document = sentences.subList(from, Math.min(sentences.size(), from + step));
            Set<Name> gold = new HashSet<>();
            List<List<String>> tokens = new ArrayList<>();
            for (int s = 0; s < document.size(); s++) {
                for (Name name : goldNames(document.get(s).tags())) gold.add(name.inSentence(s));
                tokens.add(document.get(s).tokens());
            }
            Set<Name> found = foundNamesInLines(tokens, recogniser);
            for (Name name : found) counts.get(name.type())[gold.contains(name) ? 0 : 1]++;
            for (Name name : gold) if (!found.contains(name)) counts.get(name.type())[2]++;
        }
        Map<EntityType, NerReport.Counts> perType = new EnumMap<>(EntityType.class);
        counts.forEach((type, c) -> perType.put(type, new NerReport.Counts(c[0], c[1], c[2])));
        return new NerReport(perType, corpus.sentences().size(), corpus.tokenCount());
    }

    /**
     * A recogniser trained the shipped way on the training part of {@code conll} (its first nine tenths), with
     * the name-word lexicon of that part: the model to measure on the dev part, which it never saw. Trains
     * in a temporary folder that is removed once the model is loaded (under a minute on two idle cores).
     */
    public static StatisticalRecogniser trainedOnTrainPart(Path conll) throws IOException {
        return trainedOn(ConllCorpus.read(conll).part(ConllCorpus.Part.TRAIN));
    }

    /**
     * Cross-validation over the last {@code folds} tenths of {@code corpus}: each tenth recognised by a model
     * trained the shipped way on every other sentence, the counts summed. One fold is the {@code --dev}
     * figure; five give an estimate on five times as many names. Two folds train at a time.
     */
    public static NerReport crossValidated(ConllCorpus corpus, int folds, boolean statisticalOnly, int documentSentences)
            throws IOException {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<NerReport>> reports = new ArrayList<>();
            for (int n = 1; n <= folds; n++) {
                ConllCorpus.Fold fold = corpus.tenthFromEnd(n);
                reports.add(pool.submit(() -> {
                    StatisticalRecogniser model = trainedOn(fold.train());
                    EntityRecogniser recogniser = statisticalOnly ? model : CombinedRecogniser.of(model, List.of());
                    return evaluate(fold.held(), recogniser, documentSentences);
                }));
            }
            NerReport total = null;
            for (java.util.concurrent.Future<NerReport> report : reports) {
                NerReport one = report.get();
                total = total == null ? one : total.plus(one);
            }
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("cross-validation interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A recogniser trained the shipped way on {@code corpus}, in a temporary folder removed once it is loaded. */
    private static StatisticalRecogniser trainedOn(ConllCorpus corpus) throws IOException {
        Path folder = Files.createTempDirectory("nashra-ner-fold");
        try {
            Path model = folder.resolve("ner-ar.bin");
            NerTrainer.train(corpus, model, NerTrainer.Settings.defaults());
            return StatisticalRecogniser.load(model);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(file);
            }
        }
    }

    /** A name as a token range of one sentence, end exclusive. */
    record Name(int sentence, int start, int end, EntityType type) {
        Name(int start, int end, EntityType type) {
            this(0, start, end, type);
        }

        Name inSentence(int index) {
            return new Name(index, start, end, type);
        }
    }

    static Set<Name> goldNames(List<String> tags) {
        Set<Name> names = new HashSet<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean continues = tag.startsWith("I-") && tag.substring(2).equals(type);
            if (start >= 0 && !continues) {
                names.add(new Name(start, i, EntityType.ofConllTag(type)));
                start = -1;
                type = null;
            }
            if ((tag.startsWith("B-") || tag.startsWith("I-")) && start < 0) {
                start = i;
                type = tag.substring(2);
            }
        }
        return names;
    }

    static Set<Name> foundNames(List<String> tokens, EntityRecogniser recogniser) {
        return foundNamesInLines(List.of(tokens), recogniser);
    }

    /** Names found in sentences joined into one text, a line each; a name may not cross a line. */
    static Set<Name> foundNamesInLines(List<List<String>> sentences, EntityRecogniser recogniser) {
        StringBuilder text = new StringBuilder();
        List<int[]> offsets = new ArrayList<>();
        List<int[]> positions = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            if (s > 0) text.append('\n');
            for (int t = 0; t < sentences.get(s).size(); t++) {
                String token = sentences.get(s).get(t);
                if (t > 0) text.append(' ');
                offsets.add(new int[] {text.length(), text.length() + token.length()});
                positions.add(new int[] {s, t});
                text.append(token);
            }
        }
        Set<Name> names = new HashSet<>();
        for (Mention mention : recogniser.recognise(text.toString())) {
            int first = tokenAt(offsets, mention.start());
            int last = tokenAt(offsets, Math.max(mention.start(), mention.end() - 1));
            if (first < 0 || last < first || positions.get(first)[0] != positions.get(last)[0]) continue;
            names.add(new Name(positions.get(first)[0], positions.get(first)[1], positions.get(last)[1] + 1, mention.type()));
        }
        return names;
    }

    private static int tokenAt(List<int[]> offsets, int offset) {
        for (int i = 0; i < offsets.size(); i++) {
            if (offset < offsets.get(i)[1]) return i;
        }
        return -1;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: NerEval FILE [--dev | --folds K] [--statistical] [--model FILE] [--document N]");
            System.exit(2);
        }
        ConllCorpus corpus = ConllCorpus.read(Path.of(args[0]));
        boolean dev = false;
        boolean statisticalOnly = false;
        int documentSentences = 1;
        StatisticalRecogniser statistical = null;
        int folds = 0;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--dev" -> dev = true;
                case "--statistical" -> statisticalOnly = true;
                case "--model" -> statistical = StatisticalRecogniser.load(Path.of(args[++i]));
                case "--document" -> documentSentences = Integer.parseInt(args[++i]);
                case "--folds" -> folds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (folds > 0) {
            System.out.print(crossValidated(corpus, folds, statisticalOnly, documentSentences));
            return;
        }
        if (dev) corpus = corpus.part(ConllCorpus.Part.DEV);
        if (statistical == null) statistical = dev ? trainedOnTrainPart(Path.of(args[0])) : StatisticalRecogniser.bundled();
        EntityRecogniser recogniser = statisticalOnly ? statistical : CombinedRecogniser.of(statistical, List.of());
        System.out.print(evaluate(corpus, recogniser, documentSentences));
    }
}
