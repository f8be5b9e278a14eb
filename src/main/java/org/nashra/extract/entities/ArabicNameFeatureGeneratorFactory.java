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
     * Not thread-safe: it keeps the forms of the words it has met (folded, bare, readings, lists), because each
     * word is a neighbour of up to six others. OpenNLP makes one generator per name finder.
     */
    private static final class Generator implements WindowFeatures {
        /** How many words' forms are kept: a sentence's worth many times over; emptied when full. */
        private static final int FORMS_KEPT = 1 << 12;

        private final int window;
        private final int affixLength;
        private final boolean bigram;
        private final WordLists lists;
        private final int ngramLength;
        private final Cues cues;
        private final boolean readings;
        private final boolean nisba;
        private final java.util.Map<String, Forms> forms = new java.util.HashMap<>();

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

        /** A word's forms the features use, each made at most once for the word. */
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

        private Forms of(String word) {
            Forms known = forms.get(word);
            if (known == null) {
                if (forms.size() >= FORMS_KEPT) forms.clear();
                known = new Forms(word);
                forms.put(word, known);
            }
            return known;
        }

        /** The word's own features, its neighbours' by offset from -window to window, then the bigram. */
        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            wordFeatures(features, tokens[index]);
            int reach = window();
            for (int offset = -reach; offset <= reach; offset++) {
                int j = index + offset;
                if (offset == 0) continue;
                if (j < 0 || j >= tokens.length) edgeFeatures(features, offset);
                else neighbourFeatures(features, tokens[j], offset);
            }
            jointFeatures(features, tokens, index);
        }

        @Override
        public int window() {
            return Math.max(window, Math.max(cues != null || nisba ? 2 : 0, readings || lists != null ? 1 : 0));
        }

        /**
         * The folded word, without clitics, its stem, its clitics, its shape, prefixes and suffixes, its
         * character n-grams; and, as the word at offset 0, its cues, nisba, readings and lists.
         */
        @Override
        public void wordFeatures(List<String> features, String token) {
            Forms word = of(token);
            String bare = word.bare;
            features.add("aw=" + word.folded);
            features.add("ab=" + bare);
            features.add("as=" + ArabicText.stem(word.folded));
            features.add("ac=" + word.folded.substring(0, word.folded.length() - bare.length()));
            features.add("ak=" + shape(token));
            for (int k = 1; k <= Math.min(affixLength, bare.length() - 1); k++) {
                features.add("ap" + k + "=" + bare.substring(0, k));
                features.add("ax" + k + "=" + bare.substring(bare.length() - k));
            }
            for (int n = 2; n <= ngramLength; n++) {
                for (int k = 0; k + n <= bare.length(); k++) features.add("an" + n + "=" + bare.substring(k, k + n));
            }
            around(features, word, 0);
        }

        /** The neighbour's folded and bare forms within the window, then what {@link #around} gives. */
        @Override
        public void neighbourFeatures(List<String> features, String neighbour, int offset) {
            Forms word = of(neighbour);
            if (Math.abs(offset) <= window) {
                features.add("aw" + offset + "=" + word.folded);
                features.add("ab" + offset + "=" + word.bare);
            }
            around(features, word, offset);
        }

        /** Cues from two words before to one after, nisba two either side, readings and lists one either side. */
        private void around(List<String> features, Forms word, int offset) {
            if (cues != null && offset >= -2 && offset <= 1) {
                cues.add(features, word.folded, String.valueOf(offset));
                cues.add(features, word.bare, "b" + offset);
            }
            if (nisba && Math.abs(offset) <= 2) {
                String gender = word.nisba();
                if (gender != null) features.add("ai" + offset + "=" + gender);
            }
            if (readings && Math.abs(offset) <= 1) {
                for (String reading : word.readings()) {
                    features.add("ar" + offset + "=" + reading);
                    if (lists != null && offset == 0) {
                        for (String list : lists.listsOf(reading)) features.add("arl=" + list);
                    }
                }
            }
            if (lists != null && Math.abs(offset) <= 1) {
                for (String list : word.lists()) features.add("al" + offset + "=" + list);
            }
        }

        @Override
        public void edgeFeatures(List<String> features, int offset) {
            if (Math.abs(offset) <= window) features.add("ab" + offset + "=" + (offset < 0 ? "<s>" : "</s>"));
        }

        @Override
        public void jointFeatures(List<String> features, String[] tokens, int index) {
            if (bigram && index > 0) {
                features.add("ab-1,ab=" + of(tokens[index - 1]).bare + "," + of(tokens[index]).bare);
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
