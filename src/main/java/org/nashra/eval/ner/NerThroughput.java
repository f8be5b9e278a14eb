package org.nashra.eval.ner;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.nashra.extract.entities.CombinedRecogniser;
import org.nashra.extract.entities.ConllCorpus;
import org.nashra.extract.entities.EntityRecogniser;
import org.nashra.extract.entities.StatisticalRecogniser;

/**
 * Recognition speed in tokens per second over a CoNLL file, one call per sentence, after a full warm-up pass,
 * on one thread, for the statistical model alone and for the combined recogniser (empty gazetteer).
 * Both wall-clock and CPU time are shown, since a shared machine can stretch the former:
 *
 * <pre>
 *   java -cp target/classes:$(cat target/cp.txt) org.nashra.eval.ner.NerThroughput \
 *       ../shared/data/ner/anercorp-camel-train.txt
 * </pre>
 */
public final class NerThroughput {

    private NerThroughput() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: NerThroughput FILE");
            System.exit(2);
        }
        ConllCorpus corpus = ConllCorpus.read(Path.of(args[0]));
        List<String> texts = corpus.sentences().stream().map(s -> String.join(" ", s.tokens())).toList();
        int tokens = corpus.tokenCount();
        StatisticalRecogniser statistical = StatisticalRecogniser.bundled();
        report("statistical", statistical, texts, tokens);
        report("combined", CombinedRecogniser.of(statistical, List.of()), texts, tokens);
    }

    private static void report(String label, EntityRecogniser recogniser, List<String> texts, int tokens) {
        int mentions = 0;
        for (String text : texts) mentions += recogniser.recognise(text).size(); // warm-up pass, not timed
        mentions = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuBegin = threads.getCurrentThreadCpuTime();
        long begin = System.nanoTime();
        for (String text : texts) mentions += recogniser.recognise(text).size();
        double seconds = (System.nanoTime() - begin) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuBegin) / 1e9;
        System.out.printf(Locale.ROOT, "%-12s %,d tokens in %.2f s wall, %.2f s CPU: %,.0f tokens/s wall, %,.0f tokens/CPU-s"
                + " (%d mentions)%n", label, tokens, seconds, cpuSeconds, tokens / seconds, tokens / cpuSeconds, mentions);
    }
}
