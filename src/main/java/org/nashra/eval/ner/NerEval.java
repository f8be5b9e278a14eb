package org.nashra.eval.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nashra.extract.EntityType;
import org.nashra.extract.Mention;
import org.nashra.extract.entities.CombinedRecogniser;
import org.nashra.extract.entities.ConllCorpus;
import org.nashra.extract.entities.EntityRecogniser;
import org.nashra.extract.entities.StatisticalRecogniser;

/**
 * CoNLL evaluation of a recogniser: each sentence's tokens are joined with single spaces, recognised,
 * and every mention is mapped back to the tokens it touches (a mention starting after a clitic counts
 * from its token). A mention is right only when its tokens and type equal a gold name's.
 *
 * <pre>
 *   mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 *   java -cp target/classes:$(cat target/cp.txt) org.nashra.eval.ner.NerEval \
 *       ../shared/data/ner/anercorp-camel-train.txt --dev [--statistical] [--model FILE]
 * </pre>
 */
public final class NerEval {

    private NerEval() {}

    /** Evaluates over every sentence of the file. */
    public static NerReport evaluate(Path conll, EntityRecogniser recogniser) throws IOException {
        return evaluate(ConllCorpus.read(conll), recogniser);
    }

    public static NerReport evaluate(ConllCorpus corpus, EntityRecogniser recogniser) {
        Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) counts.put(type, new int[3]);
        for (ConllCorpus.Sentence sentence : corpus.sentences()) {
            Set<Name> gold = goldNames(sentence.tags());
            Set<Name> found = foundNames(sentence.tokens(), recogniser);
            for (Name name : found) counts.get(name.type())[gold.contains(name) ? 0 : 1]++;
            for (Name name : gold) if (!found.contains(name)) counts.get(name.type())[2]++;
        }
        Map<EntityType, NerReport.Counts> perType = new EnumMap<>(EntityType.class);
        counts.forEach((type, c) -> perType.put(type, new NerReport.Counts(c[0], c[1], c[2])));
        return new NerReport(perType, corpus.sentences().size(), corpus.tokenCount());
    }

    /** A name as a token range of one sentence, end exclusive. */
    record Name(int start, int end, EntityType type) {}

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
        StringBuilder text = new StringBuilder();
        List<int[]> offsets = new ArrayList<>();
        for (String token : tokens) {
            if (text.length() > 0) text.append(' ');
            offsets.add(new int[] {text.length(), text.length() + token.length()});
            text.append(token);
        }
        Set<Name> names = new HashSet<>();
        for (Mention mention : recogniser.recognise(text.toString())) {
            int first = tokenAt(offsets, mention.start());
            int last = tokenAt(offsets, Math.max(mention.start(), mention.end() - 1));
            if (first >= 0 && last >= first) names.add(new Name(first, last + 1, mention.type()));
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
            System.err.println("usage: NerEval FILE [--dev] [--statistical] [--model FILE]");
            System.exit(2);
        }
        ConllCorpus corpus = ConllCorpus.read(Path.of(args[0]));
        boolean statisticalOnly = false;
        StatisticalRecogniser statistical = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--dev" -> corpus = corpus.part(ConllCorpus.Part.DEV);
                case "--statistical" -> statisticalOnly = true;
                case "--model" -> statistical = StatisticalRecogniser.load(Path.of(args[++i]));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (statistical == null) statistical = StatisticalRecogniser.bundled();
        EntityRecogniser recogniser = statisticalOnly ? statistical : CombinedRecogniser.of(statistical, List.of());
        System.out.print(evaluate(corpus, recogniser));
    }
}
