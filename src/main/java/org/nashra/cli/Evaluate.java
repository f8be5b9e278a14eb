package org.nashra.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.nashra.eval.dates.DateEval;
import org.nashra.eval.dates.DateEvalReport;
import org.nashra.eval.ner.NerEval;
import org.nashra.eval.translit.TranslitEval;
import org.nashra.extract.entities.CombinedRecogniser;
import org.nashra.extract.entities.ConllCorpus;
import org.nashra.extract.entities.EntityRecogniser;
import org.nashra.extract.entities.StatisticalRecogniser;
import org.nashra.translate.names.Transliterator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nashra eval}: the quality figures, from annotated files anyone can rerun them on. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures extraction quality on annotated files.",
        subcommands = {Evaluate.Dates.class, Evaluate.Ner.class, Evaluate.Translit.class, Evaluate.Organisations.class})
final class Evaluate implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static int missing(CommandLine.Model.CommandSpec spec, Path file) {
        if (Files.exists(file)) return 0;
        spec.commandLine().getErr().println(file + ": error: no such file or folder");
        return 1;
    }

    @Command(name = "dates", mixinStandardHelpOptions = true,
            description = "Date extraction precision/recall/F1 (a found span counts when it overlaps the gold span) and "
                    + "normalisation accuracy, on Microsoft Recognizers-Text spec files (a file or a folder of them).")
    static final class Dates implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "A spec .json file, or a folder of them.")
        Path file;

        @Option(names = "--split", defaultValue = "ALL", description = "ALL, DEV (every 5th case) or TUNE (the rest).")
        DateEval.Split split;

        @Override
        public Integer call() {
            if (missing(spec, file) != 0) return 1;
            PrintWriter out = spec.commandLine().getOut();
            List<DateEvalReport> reports = Files.isDirectory(file) ? DateEval.evaluateAll(file, split)
                    : List.of(DateEval.evaluate(file, split));
            reports.forEach(out::println);
            if (reports.size() > 1) out.println(DateEvalReport.sum("TOTAL", reports));
            out.flush();
            return 0;
        }
    }

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = "Named-entity recognition per type and micro-averaged precision/recall/F1 on exact spans "
                    + "(the CoNLL measure), on a CoNLL file of 'token TAG' lines (IOB2).")
    static final class Ner implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--dev", description = "Only the last tenth of the sentences, recognised by a model first trained "
                + "the shipped way on the other nine tenths (the shipped model learned from them all; under a minute).")
        boolean dev;

        @Option(names = "--folds", paramLabel = "K", defaultValue = "0",
                description = "Cross-validation: each of the last K tenths recognised by a model trained the shipped way "
                        + "on every other sentence, counts summed (K = 1 is --dev; 5 takes about three minutes).")
        int folds;

        @Option(names = "--statistical", description = "The statistical model alone, without rules.")
        boolean statistical;

        @Option(names = "--document", paramLabel = "N", defaultValue = "1",
                description = "Recognise every N consecutive sentences as one text, a line each, as an article is "
                        + "(default 1: each sentence alone).")
        int documentSentences;

        @Override
        public Integer call() throws IOException {
            if (missing(spec, file) != 0) return 1;
            ConllCorpus corpus = ConllCorpus.read(file);
            if (folds > 10) {
                spec.commandLine().getErr().println("--folds: error: " + folds + " tenths asked for, a file has 10");
                return 2;
            }
            if (folds > 0) {
                spec.commandLine().getErr().println("Training " + folds + " models, each without one of the last "
                        + folds + " tenths of " + file + " …");
                spec.commandLine().getOut().print(NerEval.crossValidated(corpus, folds, statistical, documentSentences));
                spec.commandLine().getOut().flush();
                return 0;
            }
            StatisticalRecogniser model;
            if (dev) {
                corpus = corpus.part(ConllCorpus.Part.DEV);
                spec.commandLine().getErr().println("Training on the first nine tenths of " + file + " …");
                model = NerEval.trainedOnTrainPart(file);
            } else {
                model = StatisticalRecogniser.bundled();
            }
            EntityRecogniser recogniser = statistical ? model : CombinedRecogniser.of(model, List.of());
            spec.commandLine().getOut().print(NerEval.evaluate(corpus, recogniser, documentSentences));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "translit", mixinStandardHelpOptions = true,
            description = "Top-1 accuracy and character error rate of English name spellings, on 'arabic<TAB>english' "
                    + "pairs or the Wikidata token format.")
    static final class Translit implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--no-lexicon", description = "The character model alone, without the memorised name lexicon.")
        boolean noLexicon;

        @Option(names = "--model", paramLabel = "FILE", description = "A model the trainer wrote (as with --dev-out DIR, to "
                + "measure it on DIR's held-out pairs) instead of the shipped one.")
        Path model;

        @Override
        public Integer call() throws IOException {
            if (missing(spec, file) != 0 || model != null && missing(spec, model) != 0) return 1;
            Transliterator transliterator;
            if (model == null) {
                transliterator = Transliterator.load();
            } else {
                try (java.io.InputStream in = Files.newInputStream(model)) {
                    transliterator = Transliterator.read(in);
                }
            }
            if (noLexicon) transliterator = transliterator.withoutLexicon();
            spec.commandLine().getOut().println(String.format(Locale.ROOT, "%s: %s", file, TranslitEval.evaluate(file, transliterator)));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "orgs", mixinStandardHelpOptions = true,
            description = "How many of the organisations a CoNLL file names (ANERcorp) get an English name translated from their words;"
                    + " --list prints each, to be read.")
    static final class Organisations implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--list", description = "Each name translated, Arabic then English.")
        boolean list;

        @Override
        public Integer call() throws IOException {
            if (missing(spec, file) != 0) return 1;
            org.nashra.eval.translit.OrganisationEval.Coverage coverage =
                    org.nashra.eval.translit.OrganisationEval.evaluate(file, org.nashra.translate.names.OrganisationNames.load());
            if (list) coverage.translated().forEach((arabic, english) -> spec.commandLine().getOut().println(arabic + "\t" + english));
            spec.commandLine().getOut().println(String.format(Locale.ROOT, "%s: %s", file, coverage));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
