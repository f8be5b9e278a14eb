package org.nashra.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.nashra.extract.entities.NerTrainer;
import org.nashra.translate.names.TranslitTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nashra train}: rebuilds the shipped models from the reference data, so anyone can retrain them. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Retrains a shipped model from annotated data.",
        subcommands = {Train.Ner.class, Train.Translit.class})
final class Train implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = "Trains the Arabic name finder on a CoNLL file (its last tenth is held back as the dev split).")
    static final class Ner implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "CONLL", description = "e.g. ../shared/data/ner/anercorp-camel-train.txt")
        Path conll;

        @Parameters(index = "1", paramLabel = "MODEL", defaultValue = "src/main/resources/org/nashra/extract/entities/ner-ar.bin")
        Path model;

        @Override
        public Integer call() throws Exception {
            NerTrainer.main(new String[] {conll.toString(), model.toString()});
            return 0;
        }
    }

    @Command(name = "translit", mixinStandardHelpOptions = true,
            description = "Trains the Arabic-to-English name transliteration model; arguments as TranslitTrainer documents them.")
    static final class Translit implements Callable<Integer> {
        @Parameters(paramLabel = "ARG", description = "Passed to the trainer (data folder, output file).")
        String[] args = new String[0];

        @Override
        public Integer call() throws Exception {
            TranslitTrainer.main(args);
            return 0;
        }
    }
}
