package org.nashra.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.nashra.analyse.Analyser;
import org.nashra.extract.entities.CombinedRecogniser;
import org.nashra.extract.entities.GazetteerRecogniser;
import org.nashra.extract.resolve.EntityResolver;
import org.nashra.extract.resolve.Gazetteer;
import org.nashra.extract.resolve.GazetteerEntry;
import org.nashra.extract.resolve.RoleLexicon;
import org.nashra.extract.topics.TopicTaxonomy;
import org.nashra.ingest.Article;
import org.nashra.ingest.BoilerplateRules;
import org.nashra.ingest.Ingest;
import org.nashra.translate.names.PlaceLexicon;
import org.nashra.translate.names.Transliterator;

/**
 * The whole analysis of a project's articles on one thread, round after round in one JVM, as a build's
 * analyser is made (the project's data files, the bundled models): the first round runs while the JIT
 * compiles, the later ones show what analysis costs once compiled. Prints each round's thread CPU time
 * per article. Usage: {@code Analysing PROJECT [ROUNDS] [N]} (defaults 4 rounds, every article).
 */
public final class Analysing {
    public static void main(String[] args) {
        Path project = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int limit = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        Path data = project.resolve("data");
        Gazetteer gazetteer = Gazetteer.load(data.resolve("entities.yml")).value();
        List<GazetteerRecogniser.Entry> names = new ArrayList<>();
        for (GazetteerEntry entry : gazetteer.entries()) {
            if (entry.suppressed()) continue;
            for (String name : entry.arabicNames()) names.add(new GazetteerRecogniser.Entry(name, entry.type()));
        }
        Analyser analyser = new Analyser(TopicTaxonomy.load(data.resolve("topics.yml")).topics(), CombinedRecogniser.bundled(names),
                new EntityResolver(gazetteer, RoleLexicon.load(data.resolve("roles.yml")).value(), Transliterator.load(), PlaceLexicon.load()));
        List<Article> articles = new Ingest(BoilerplateRules.load(data.resolve("boilerplate.yml")).rules())
                .readAll(project.resolve("seeds")).stream().flatMap(r -> r.article().stream()).limit(limit).toList();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            int entities = 0;
            for (Article article : articles) entities += analyser.analyse(article).entities().size();
            double ms = (threads.getCurrentThreadCpuTime() - start) / 1e6 / articles.size();
            System.out.printf(Locale.ROOT, "round %d: %.2f ms an article (thread CPU), %d articles, %d entities%n",
                    round, ms, articles.size(), entities);
        }
    }
}
