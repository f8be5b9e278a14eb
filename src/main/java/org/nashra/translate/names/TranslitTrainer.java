package org.nashra.translate.names;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the shipped transliteration model from name-pair files.
 *
 * <pre>
 * java -cp target/classes:$(cat cp.txt) org.nashra.translate.names.TranslitTrainer \
 *     [--data ../shared/data/names] [--out src/main/resources/org/nashra/translate/names/translit-model.tsv.gz] \
 *     [--dev-out DIR] [--order 4]
 * </pre>
 *
 * It reads {@code google-ar2en-train.tsv} (Apache-2.0, google/transliteration) and
 * {@code wikidata-person-tokens-train.tsv} (CC0, Merhav &amp; Ash 2018). With {@code --dev-out} every
 * token whose name key falls in the dev split (one in twenty, by a fixed hash) is held out of both the
 * lexicon and the model and written to {@code DIR/dev-google.tsv} and {@code DIR/dev-wikidata.tsv},
 * so the dev figures measure spelling of tokens the model has never seen.
 */
public final class TranslitTrainer {

    static final String ARTICLE = "\u0627\u0644";
    private static final int GOOGLE_WEIGHT = 3;   // curated single spellings outweigh a few Wikidata labels
    private static final int EM_ITERATIONS = 6;
    private static final double NOISE_SHARE = 0.05;
    /** How many times more often a spelling taken for noise must be given than the best one kept, to be memorised instead. */
    private static final int OUTWEIGHED = 4;

    private TranslitTrainer() {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of("../shared/data/names");
        Path out = Path.of("src/main/resources/org/nashra/translate/names/" + Transliterator.MODEL_RESOURCE);
        Path devOut = null;
        int order = 4;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--dev-out" -> devOut = Path.of(args[i + 1]);
                case "--order" -> order = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<NamePair> google = NamePair.readAll(data.resolve("google-ar2en-train.tsv"));
        List<NamePair> wikidata = NamePair.readAll(data.resolve("wikidata-person-tokens-train.tsv"));
        if (devOut != null) {
            Files.createDirectories(devOut);
            google = split(google, devOut.resolve("dev-google.tsv"), false);
            wikidata = split(wikidata, devOut.resolve("dev-wikidata.tsv"), true);
        }
        Transliterator transliterator = train(google, wikidata, order);
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        try (Writer writer = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
            transliterator.write(writer);
        }
        System.out.println("wrote " + out + " from " + google.size() + " + " + wikidata.size() + " pairs");
    }

    /** One in twenty name keys, chosen by a fixed hash so the split never changes between runs. */
    static boolean isDev(NamePair pair) {
        String key = NameKey.of(stripArticle(pair.arabic()));
        int hash = 0x811C9DC5;
        for (int i = 0; i < key.length(); i++) hash = (hash ^ key.charAt(i)) * 0x01000193;
        return Integer.remainderUnsigned(hash, 20) == 0;
    }

    private static List<NamePair> split(List<NamePair> pairs, Path devFile, boolean wikidataLayout) throws IOException {
        List<NamePair> train = new ArrayList<>();
        List<String> dev = new ArrayList<>();
        for (NamePair pair : pairs) {
            if (!isDev(pair)) train.add(pair);
            else if (wikidataLayout) dev.add(pair.english() + "\t" + String.join(" ", pair.arabic().split("")) + "\t" + pair.count());
            else dev.add(pair.arabic() + "\t" + pair.english());
        }
        Files.write(devFile, dev, StandardCharsets.UTF_8);
        return train;
    }

    static Transliterator train(List<NamePair> google, List<NamePair> wikidata, int order) {
        List<NamePair> all = new ArrayList<>(google);
        all.addAll(wikidata);
        Map<String, Integer> modelPairs = new TreeMap<>();
        for (NamePair pair : all) {
            NamePair bare = withoutArticle(pair);
            modelPairs.merge(bare.arabic() + "\t" + bare.english(), 1, Integer::sum);
        }
        List<String[]> pairs = new ArrayList<>();
        modelPairs.keySet().forEach(line -> pairs.add(line.split("\t")));
        JointSequenceModel.Trained trained = JointSequenceModel.train(pairs, order, EM_ITERATIONS, NOISE_SHARE);
        Map<String, Map<String, Integer>> spellings = new TreeMap<>();
        Map<String, Map<String, Integer>> dropped = new TreeMap<>();
        for (int i = 0; i < all.size(); i++) {
            NamePair pair = all.get(i);
            NamePair bare = withoutArticle(pair);
            int weight = i < google.size() ? GOOGLE_WEIGHT : pair.count();
            Map<String, Map<String, Integer>> into = trained.noise().contains(bare.arabic() + "\t" + bare.english()) ? dropped : spellings;
            addSpelling(into, NameKey.of(pair.arabic()), pair.english(), weight);
            if (bare != pair) addSpelling(into, NameKey.of(bare.arabic()), bare.english(), weight);
        }
        Transliterator modelAlone = new Transliterator(Map.of(), trained.model(), Transliterator.loadParticles());
        Map<String, String> lexicon = new TreeMap<>();
        spellings.forEach((key, counts) -> {
            String best = mostGiven(counts);
            // The model's least likely pairs are mostly mislabelled (Google's hold translations: الام → mother), but
            // not always: مصطفى → mustafa (112 labels) was taken for noise, leaving mustafi (one). A spelling dropped
            // so is memorised instead when given far more often and close to what the model itself would write.
            Map<String, Integer> noise = dropped.get(key);
            String likelier = noise == null ? null : mostGiven(noise);
            if (likelier != null && likelier.length() >= 3 && noise.get(likelier) >= OUTWEIGHED * counts.get(best)
                    && closeTo(likelier, modelAlone.toEnglish(key).english().toLowerCase(java.util.Locale.ROOT))) {
                best = likelier;
            }
            if (!key.isEmpty()) lexicon.put(key, best);
        });
        return new Transliterator(lexicon, trained.model(), Transliterator.loadParticles());
    }

    /** The spelling given most often; ties go to the first in order, the map being sorted. */
    private static String mostGiven(Map<String, Integer> counts) {
        String best = null;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (best == null || entry.getValue() > counts.get(best)) best = entry.getKey();
        }
        return best;
    }

    /** Within a few letters of each other: a third of the longer, and at least two. */
    static boolean closeTo(String a, String b) {
        return EditDistance.of(a, b) <= Math.max(2, Math.max(a.length(), b.length()) / 3);
    }

    private static void addSpelling(Map<String, Map<String, Integer>> spellings, String key, String english, int weight) {
        spellings.computeIfAbsent(key, k -> new TreeMap<>()).merge(english, weight, Integer::sum);
    }

    /** The pair with the article taken off both sides, when the Arabic starts with ال. */
    static NamePair withoutArticle(NamePair pair) {
        if (!pair.arabic().startsWith(ARTICLE) || pair.arabic().length() < ARTICLE.length() + 2) return pair;
        String english = pair.english();
        if ((english.startsWith("al") || english.startsWith("el")) && english.length() >= 4) english = english.substring(2);
        return new NamePair(pair.arabic().substring(ARTICLE.length()), english, pair.count());
    }

    private static String stripArticle(String arabic) {
        return arabic.startsWith(ARTICLE) && arabic.length() >= ARTICLE.length() + 2 ? arabic.substring(ARTICLE.length()) : arabic;
    }

}
