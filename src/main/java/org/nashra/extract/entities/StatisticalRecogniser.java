package org.nashra.extract.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.nashra.extract.EntityType;
import org.nashra.extract.Mention;

/**
 * The maximum-entropy name finder trained on ANERcorp ({@link NerTrainer}). The model is shared and
 * read-only; a finder is not thread-safe, so each call takes one no other thread is using, from those made
 * before (a thread pool's threads come and go, so finders are not kept per thread), and one instance serves
 * any number of threads. The finder is {@link PerceptronNameFinder} where it reproduces {@link NameFinderME} (the bundled model),
 * NameFinderME otherwise. A mention starts after any proclitic of its first word.
 */
public final class StatisticalRecogniser implements EntityRecogniser {

    private static final String BUNDLED_MODEL = "ner-ar.bin";

    private final TokenNameFinderModel model;
    private final NameLexicon lexicon;
    private final List<GazetteerRecogniser.Entry> seenNames;
    /** Finders not in use; one is made only when every other is busy, so there are as many as threads at once. */
    private final Deque<TokenNameFinder> idle = new ConcurrentLinkedDeque<>();
    private final Supplier<TokenNameFinder> newFinder;

    StatisticalRecogniser(TokenNameFinderModel model, NameLexicon lexicon, List<GazetteerRecogniser.Entry> seenNames) {
        this.model = model;
        this.lexicon = lexicon;
        this.seenNames = List.copyOf(seenNames);
        Supplier<PerceptronNameFinder> perceptronFinders = PerceptronNameFinder.finders(model);
        this.newFinder = perceptronFinders != null ? perceptronFinders::get : () -> new NameFinderME(this.model);
    }

    /** The model shipped with Nashra, loaded once per JVM. */
    public static StatisticalRecogniser bundled() {
        return Bundled.INSTANCE;
    }

    /** A model written by {@link NerTrainer}; its name-word lexicon and seen names are read from beside it when present. */
    public static StatisticalRecogniser load(Path modelFile) throws IOException {
        Path lexiconFile = modelFile.resolveSibling(NerTrainer.LEXICON_FILE);
        NameLexicon lexicon = NameLexicon.EMPTY;
        if (Files.exists(lexiconFile)) {
            try (InputStream in = Files.newInputStream(lexiconFile)) {
                lexicon = NameLexicon.read(in);
            }
        }
        List<GazetteerRecogniser.Entry> seen = List.of();
        Path seenFile = modelFile.resolveSibling(SeenNames.FILE);
        if (Files.exists(seenFile)) {
            try (InputStream in = Files.newInputStream(seenFile)) {
                seen = SeenNames.read(in);
            }
        }
        return new StatisticalRecogniser(new TokenNameFinderModel(modelFile), lexicon, seen);
    }

    NameLexicon lexicon() {
        return lexicon;
    }

    /** Names the training corpus gives often and with one type ({@link SeenNames}). */
    List<GazetteerRecogniser.Entry> seenNames() {
        return seenNames;
    }

    @Override
    public List<Mention> recognise(String text) {
        if (text == null || text.isBlank()) return List.of();
        TokenNameFinder finder = idle.pollFirst();
        if (finder == null) finder = newFinder.get();
        try {
            return recognise(text, finder);
        } finally {
            idle.offerFirst(finder);
        }
    }

    private List<Mention> recognise(String text, TokenNameFinder finder) {
        finder.clearAdaptiveData();
        List<Mention> mentions = new ArrayList<>();
        for (List<Tokens.Token> sentence : Tokens.sentences(text)) {
            String[] words = sentence.stream().map(Tokens.Token::text).toArray(String[]::new);
            for (Span span : finder.find(words)) {
                Tokens.Token first = sentence.get(span.getStart());
                Tokens.Token last = sentence.get(span.getEnd() - 1);
                List<String> before = sentence.subList(Math.max(0, span.getStart() - 2), span.getStart()).stream()
                        .map(t -> ArabicText.fold(t.text())).toList();
                EntityType type = typeOf(span.getType());
                // only a person's name follows its role (العداء ويلسون); an organisation after one keeps its clitic
                int start = first.start() + (type == EntityType.PERSON ? Clitics.nameStart(first.text(), lexicon, before)
                        : Clitics.nameStart(first.text(), lexicon));
                if (type != null && start < last.end()) {
                    mentions.add(new Mention(text.substring(start, last.end()), start, last.end(), type));
                }
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return List.copyOf(mentions);
    }

    private static EntityType typeOf(String tag) {
        try {
            return EntityType.ofConllTag(tag);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static final class Bundled {
        static final StatisticalRecogniser INSTANCE = loadBundled();

        private static StatisticalRecogniser loadBundled() {
            try (InputStream model = StatisticalRecogniser.class.getResourceAsStream(BUNDLED_MODEL)) {
                if (model == null) throw new IllegalStateException(BUNDLED_MODEL + " missing from the classpath");
                return new StatisticalRecogniser(new TokenNameFinderModel(model), NameLexicon.bundled(), SeenNames.bundled());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
