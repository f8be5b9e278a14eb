package org.nashra.extract.entities;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Features of Arabic words for the name finder, named in the model's feature descriptor
 * ({@code ner-features.xml}) and so public: the folded word, the word without proclitics and article,
 * its light stem, the clitics it carries, prefixes and suffixes of the bare word, the folded and
 * bare forms of the neighbouring words within {@code window} positions, and (with {@code readings}) every
 * reading of the word and its two neighbours as proclitics plus a word ({@link Clitics#readings}), and
 * (with {@code nisba}) which words within two positions are nationality or relation adjectives.
 */
public final class ArabicNameFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    public ArabicNameFeatureGeneratorFactory() {}

    @Override
    public AdaptiveFeatureGenerator create() throws opennlp.tools.util.InvalidFormatException {
        WordLists lists = getBool("wordLists", true) ? WordLists.bundled() : null;
        return new Generator(getInt("window", 2), getInt("affixLength", 3), getBool("bigram", false), lists,
                getInt("ngramLength", 0), getBool("cues", false) ? Cues.bundled() : null,
                getBool("readings", false), getBool("nisba", false));
    }

    /** Words of the rule lists: titles before persons, organisation heads and cues, place heads. */
    private record Cues(java.util.Set<String> titles, java.util.Set<String> organisations, java.util.Set<String> places) {
        static Cues bundled() {
            java.util.Set<String> organisations = new java.util.TreeSet<>(PhraseList.resource("rules/organisation-heads.txt").words());
            organisations.addAll(PhraseList.resource("rules/organisation-cues.txt").words());
            organisations.addAll(PhraseList.resource("rules/movement-cues.txt").words());
            return new Cues(PhraseList.resource("rules/person-titles.txt").words(), java.util.Set.copyOf(organisations),
                    PhraseList.resource("rules/place-heads.txt").words());
        }

        void add(List<String> features, String bare, String position) {
            if (titles.contains(bare)) features.add("ct" + position);
            if (organisations.contains(bare)) features.add("co" + position);
            if (places.contains(bare)) features.add("cp" + position);
        }
    }

    /**
     * Not thread-safe: it keeps the forms of the sentence's words (folded, bare, readings, lists) by position,
     * because each word is a neighbour of up to six others. OpenNLP makes one generator per name finder.
     */
    private static final class Generator implements WordFirstFeatures {
        private final int window;
        private final int affixLength;
        private final boolean bigram;
        private final WordLists lists;
        private final int ngramLength;
        private final Cues cues;
        private final boolean readings;
        private final boolean nisba;
        /** The word each entry of {@link #forms} was made from: an entry is made again when its word is another string. */
        private String[] formsOf = new String[0];
        private Forms[] forms = new Forms[0];

        Generator(int window, int affixLength, boolean bigram, WordLists lists, int ngramLength, Cues cues,
                  boolean readings, boolean nisba) {
            this.window = window;
            this.affixLength = affixLength;
            this.bigram = bigram;
            this.lists = lists;
            this.ngramLength = ngramLength;
            this.cues = cues;
            this.readings = readings;
            this.nisba = nisba;
        }

        /** A word's forms the features use, each made at most once for the word at one position. */
        private final class Forms {
            final String folded;
            final String bare;
            private List<String> readingsOfBare;
            private java.util.Set<String> listsOfBare;
            private String nisbaGender;
            private boolean nisbaKnown;

            Forms(String token) {
                folded = ArabicText.fold(token);
                bare = ArabicText.withoutPrefix(folded);
            }

            List<String> readings() {
                if (readingsOfBare == null) readingsOfBare = Clitics.readings(bare);
                return readingsOfBare;
            }

            java.util.Set<String> lists() {
                if (listsOfBare == null) listsOfBare = lists.listsOf(bare);
                return listsOfBare;
            }

            String nisba() {
                if (!nisbaKnown) {
                    nisbaGender = nisbaGender(folded);
                    nisbaKnown = true;
                }
                return nisbaGender;
            }
        }

        private Forms at(String[] tokens, int j) {
            if (forms.length < tokens.length) {
                int size = Math.max(tokens.length, 2 * forms.length);
                forms = java.util.Arrays.copyOf(forms, size);
                formsOf = java.util.Arrays.copyOf(formsOf, size);
            }
            if (formsOf[j] != tokens[j]) {
                forms[j] = new Forms(tokens[j]);
                formsOf[j] = tokens[j];
            }
            return forms[j];
        }

        /** The folded word, without clitics, its stem, its clitics, its shape, prefixes and suffixes. */
        @Override
        public void wordFeatures(List<String> features, String token) {
            String word = ArabicText.fold(token);
            String bare = ArabicText.withoutPrefix(word);
            features.add("aw=" + word);
            features.add("ab=" + bare);
            features.add("as=" + ArabicText.stem(word));
            features.add("ac=" + word.substring(0, word.length() - bare.length()));
            features.add("ak=" + shape(token));
            for (int k = 1; k <= Math.min(affixLength, bare.length() - 1); k++) {
                features.add("ap" + k + "=" + bare.substring(0, k));
                features.add("ax" + k + "=" + bare.substring(bare.length() - k));
            }
        }

        @Override
        public void contextFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            String bare = at(tokens, index).bare;
            for (int offset = -window; offset <= window; offset++) {
                int j = index + offset;
                if (offset == 0) continue;
                if (j < 0 || j >= tokens.length) {
                    features.add("ab" + offset + "=" + (j < 0 ? "<s>" : "</s>"));
                    continue;
                }
                Forms neighbour = at(tokens, j);
                features.add("aw" + offset + "=" + neighbour.folded);
                features.add("ab" + offset + "=" + neighbour.bare);
            }
            for (int n = 2; n <= ngramLength; n++) {
                for (int k = 0; k + n <= bare.length(); k++) features.add("an" + n + "=" + bare.substring(k, k + n));
            }
            if (cues != null) {
                for (int offset = -2; offset <= 1; offset++) {
                    int j = index + offset;
                    if (j < 0 || j >= tokens.length) continue;
                    Forms neighbour = at(tokens, j);
                    cues.add(features, neighbour.folded, String.valueOf(offset));
                    cues.add(features, neighbour.bare, "b" + offset);
                }
            }
            if (nisba) {
                for (int offset = -2; offset <= 2; offset++) {
                    int j = index + offset;
                    if (j < 0 || j >= tokens.length) continue;
                    String gender = at(tokens, j).nisba();
                    if (gender != null) features.add("ai" + offset + "=" + gender);
                }
            }
            if (readings) {
                for (int offset = -1; offset <= 1; offset++) {
                    int j = index + offset;
                    if (j < 0 || j >= tokens.length) continue;
                    for (String reading : at(tokens, j).readings()) {
                        features.add("ar" + offset + "=" + reading);
                        if (lists != null && offset == 0) {
                            for (String list : lists.listsOf(reading)) features.add("arl=" + list);
                        }
                    }
                }
            }
            if (lists != null) {
                for (int offset = -1; offset <= 1; offset++) {
                    int j = index + offset;
                    if (j < 0 || j >= tokens.length) continue;
                    for (String list : at(tokens, j).lists()) {
                        features.add("al" + offset + "=" + list);
                    }
                }
            }
            if (bigram && index > 0) {
                features.add("ab-1,ab=" + at(tokens, index - 1).bare + "," + bare);
            }
        }

        /**
         * "m" or "f" for a nationality or relation adjective with the article, clitics allowed (الأميركي,
         * والعراقية, للبرازيلي); null otherwise. Such a word ends an organisation's name or announces a person.
         */
        private static String nisbaGender(String folded) {
            int article = folded.indexOf("ال");
            if (article < 0 || article > 2 || folded.length() - article <= 4) return null;
            if (folded.endsWith("يه")) return "f";
            return folded.endsWith("ي") ? "m" : null;
        }

        private static String shape(String token) {
            int cp = token.codePointAt(0);
            if (ArabicText.isArabicLetter(cp)) return "ar";
            if (Character.isDigit(cp)) return "num";
            if (Character.isLetter(cp)) return Character.isUpperCase(cp) ? "LAT" : "lat";
            return "punct";
        }
    }
}
