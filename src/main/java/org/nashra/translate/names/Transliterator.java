package org.nashra.translate.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * English spellings for Arabic names that no editor has named: first the lexicon of attested
 * spellings (the most frequent English per normalised Arabic token), then the learnt
 * {@link JointSequenceModel} for tokens never seen, its best spellings ranked again by how English they look
 * ({@link EnglishSpellingModel}). Particles ({@code عبد}, {@code أبو}, {@code بن})
 * and fixed phrases come from {@code particles.tsv}; the article {@code ال} becomes {@code al-}.
 * Immutable and safe to share between threads.
 */
public final class Transliterator {

    static final String MODEL_RESOURCE = "translit-model.tsv.gz";
    private static final String PARTICLES_RESOURCE = "particles.tsv";
    private static final String REGNAL_RESOURCE = "regnal-numbers.tsv";
    /** The family particle before which an ordinal is a name, not a number (آل ثاني, Al Thani). */
    private static final String FAMILY = "\u0622\u0644"; // آل
    private static final String ARTICLE = "\u0627\u0644";       // ال
    private static final String ABD_AL = "\u0639\u0628\u062F\u0627\u0644"; // عبدال

    private static final int CANDIDATES = 30;
    /** Weight of how English a spelling looks against the joint model's score; chosen on the dev split. */
    private static final double SPELLING_WEIGHT = Double.parseDouble(System.getProperty("nashra.translit.weight", "0.4"));
    /** How much less likely than the best an attested spelling may be and still be preferred; chosen on the dev split. */
    private static final double ATTESTED_RATIO = Double.parseDouble(System.getProperty("nashra.translit.ratio", "0.5"));

    private final Map<String, String> lexicon;   // NameKey token key -> lowercase English
    private final java.util.Set<String> englishNames; // every spelling the lexicon gives
    private final JointSequenceModel model;
    /** Built the first time a token the lexicon lacks is spelt (a quarter of a second in a fresh JVM), shared by copies. */
    private final java.util.function.Supplier<EnglishSpellingModel> englishSpelling;
    private final Map<String, String> particles; // NameKey phrase key -> English as written
    private final int longestParticle;
    /** NameKey of an ordinal (السادس, الرابع عشر) -> the Roman numeral of a king's or pope's name. */
    private static final Map<String, String> REGNAL = loadTable(REGNAL_RESOURCE);
    private static final int LONGEST_REGNAL = REGNAL.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);

    /** The model's spelling of each token asked for so far; the model is pure, so it never changes. */
    private final Map<String, String> spelt = new java.util.concurrent.ConcurrentHashMap<>();

    Transliterator(Map<String, String> lexicon, JointSequenceModel model, Map<String, String> particles) {
        this(lexicon, model, lazily(() -> EnglishSpellingModel.of(lexicon.values())), particles);
    }

    private Transliterator(Map<String, String> lexicon, JointSequenceModel model,
                           java.util.function.Supplier<EnglishSpellingModel> englishSpelling,
                           Map<String, String> particles) {
        this.lexicon = Map.copyOf(lexicon);
        this.englishNames = java.util.Set.copyOf(lexicon.values());
        this.model = model;
        this.englishSpelling = englishSpelling;
        this.particles = Map.copyOf(particles);
        this.longestParticle = particles.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    /** The shipped model, read once a JVM: it never changes, and reading it and building its spelling model take a second. */
    private static volatile Transliterator shipped;

    /** The model shipped with Nashra (trained by {@link TranslitTrainer}); the same instance every time. */
    public static Transliterator load() {
        Transliterator loaded = shipped;
        if (loaded == null) {
            synchronized (Transliterator.class) {
                loaded = shipped;
                if (loaded == null) shipped = loaded = readShipped();
            }
        }
        return loaded;
    }

    private static Transliterator readShipped() {
        try (InputStream in = Transliterator.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + MODEL_RESOURCE);
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A model written by {@link #write}, gzip-compressed. */
    public static Transliterator read(InputStream gzipped) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8));
        String header = in.readLine();
        if (header == null || !header.startsWith("lexicon\t")) throw new IOException("not a transliteration model");
        int size = Integer.parseInt(header.substring("lexicon\t".length()));
        Map<String, String> lexicon = new TreeMap<>();
        for (int i = 0; i < size; i++) {
            String line = in.readLine();
            int tab = line.indexOf('\t');
            lexicon.put(line.substring(0, tab), line.substring(tab + 1));
        }
        return new Transliterator(lexicon, JointSequenceModel.read(in), loadParticles());
    }

    void write(Writer out) throws IOException {
        out.write("lexicon\t" + lexicon.size() + "\n");
        for (Map.Entry<String, String> entry : new TreeMap<>(lexicon).entrySet()) {
            out.write(entry.getKey() + "\t" + entry.getValue() + "\n");
        }
        model.write(out);
    }

    static Map<String, String> loadParticles() {
        return loadTable(PARTICLES_RESOURCE);
    }

    /** A table of Arabic TAB English, keyed by the Arabic's name key. */
    private static Map<String, String> loadTable(String resource) {
        Map<String, String> table = new TreeMap<>();
        try (InputStream in = Transliterator.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] fields = line.split("\t");
                if (fields.length == 2) table.put(NameKey.of(fields[0]), fields[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }

    /**
     * The English of a person's name: as {@link #toEnglish}, but an ordinal ending the name after at least one
     * name word, or before its last (a patriarch's family name), is the regnal number English writes in Roman numerals
     * ({@code regnal-numbers.tsv}): محمد السادس → Mohammed VI, ليو الرابع عشر → Leo XIV, يوسف الثالث يونان → Youssef III
     * Younan. Anywhere else an ordinal is spelt as a word.
     */
    public Transliteration personToEnglish(String arabicName) {
        List<String> tokens = NameKey.tokens(NameKey.lightForm(arabicName == null ? "" : arabicName));
        // the ordinal may stand before one more name, a patriarch's family name: يوسف الثالث يونان → Joseph III Younan
        for (int after = 0; after <= Math.min(MOST_NAMES_AFTER_REGNAL, tokens.size() - 2); after++) {
            int end = tokens.size() - after;
            for (int n = Math.min(LONGEST_REGNAL, end - 1); n >= 1; n--) {
                String numeral = REGNAL.get(NameKey.of(String.join(" ", tokens.subList(end - n, end))));
                if (numeral == null) continue;
                List<String> name = tokens.subList(0, end - n);
                if (NameKey.of(name.get(name.size() - 1)).equals(NameKey.of(FAMILY))) return toEnglish(arabicName);
                Transliteration spelt = toEnglish(String.join(" ", name));
                if (after == 0) return new Transliteration(spelt.english() + " " + numeral, spelt.fromLexicon());
                Transliteration family = toEnglish(String.join(" ", tokens.subList(end, tokens.size())));
                return new Transliteration(spelt.english() + " " + numeral + " " + family.english(),
                        spelt.fromLexicon() && family.fromLexicon());
            }
        }
        return toEnglish(arabicName);
    }

    /** How many names may follow a regnal number: one, a patriarch's family name (يوسف الثالث يونان). */
    private static final int MOST_NAMES_AFTER_REGNAL = 1;

    /** The English spelling of an Arabic name, Title-Cased; empty English for text without Arabic letters. */
    public Transliteration toEnglish(String arabicName) {
        List<String> tokens = NameKey.tokens(NameKey.lightForm(arabicName == null ? "" : arabicName));
        List<String> words = new ArrayList<>();
        boolean fromLexicon = true;
        for (int i = 0; i < tokens.size(); ) {
            int matched = 0;
            for (int n = Math.min(longestParticle, tokens.size() - i); n >= 1 && matched == 0; n--) {
                String phrase = particles.get(NameKey.of(String.join(" ", tokens.subList(i, i + n))));
                if (phrase != null) {
                    words.add(phrase);
                    matched = n;
                }
            }
            if (matched > 0) {
                i += matched;
                continue;
            }
            Word word = word(tokens.get(i));
            words.add(word.text);
            fromLexicon &= word.fromLexicon;
            i++;
        }
        return new Transliteration(capitaliseFirst(String.join(" ", words)), fromLexicon);
    }

    /** The lowercase English of one token as the lexicon or model spells it, without the article's hyphen. */
    Word word(String token) {
        String lightToken = NameKey.lightForm(token);
        if (lightToken.startsWith(ABD_AL) && lightToken.length() > ABD_AL.length() + 1 && lexiconSpelling(lightToken).isEmpty()) {
            Word rest = plain(lightToken.substring(ABD_AL.length()));
            return new Word("Abd al-" + rest.text, rest.fromLexicon);
        }
        if (lightToken.startsWith(ARTICLE) && lightToken.length() >= ARTICLE.length() + 2) {
            String rest = lightToken.substring(ARTICLE.length());
            Optional<String> whole = lexiconSpelling(lightToken).map(english -> withoutArticlesLam(rest, english));
            Optional<String> restSpelling = lexiconSpelling(rest).map(english -> withoutArticlesLam(rest, english));
            // the spelling without the article is better attested than the whole token's, except where
            // ال is part of the name itself (الياس Elias): then only the whole token is in the lexicon
            if (restSpelling.isPresent()) return new Word("al-" + titleCase(restSpelling.get()), true);
            if (whole.isPresent()) {
                String english = whole.get();
                boolean articleSpelt = english.startsWith("al") || english.startsWith("el");
                return new Word(articleSpelt ? titleCase(english) : "al-" + titleCase(english), true);
            }
            Word restWord = plain(rest);
            return new Word("al-" + restWord.text, restWord.fromLexicon);
        }
        return plain(lightToken);
    }

    /**
     * A spelling that took the article's lam onto the name, as the Maghreb writes العسري Lasri (the lexicon learnt it for
     * عسري too), without it: a name not written with ل never begins with an l in English, so the l is the article's,
     * which {@link #word} writes as al- (العسري → al-Asri, never "al-Lasri").
     */
    private static String withoutArticlesLam(String nameAfterArticle, String english) {
        boolean lamOfTheArticle = english.length() > 2 && english.charAt(0) == 'l' && "aeiou".indexOf(english.charAt(1)) >= 0
                && !nameAfterArticle.startsWith(LAM);
        return lamOfTheArticle ? english.substring(1) : english;
    }

    private static final String LAM = "\u0644";

    private Word plain(String token) {
        Optional<String> spelling = lexiconSpelling(token);
        if (spelling.isPresent()) return new Word(titleCase(spelling.get()), true);
        return new Word(titleCase(modelSpelling(token)), false);
    }

    /** The model's spelling alone, lowercase, ignoring the lexicon: how an unseen token would be spelt. */
    String modelSpelling(String token) {
        // Names recur across a corpus, and decoding is the costly part of naming them.
        return spelt.computeIfAbsent(token, this::decodeSpelling);
    }

    private String decodeSpelling(String token) {
        List<JointSequenceModel.Scored> decoded = model.decode(NameKey.lightForm(token), CANDIDATES);
        if (decoded.isEmpty()) return "";
        // the joint model sees a few letters at a time; how English the whole spelling looks ranks its best again
        List<Candidate> ranked = new ArrayList<>();
        for (JointSequenceModel.Scored scored : decoded) {
            double score = Math.log(scored.probability()) + SPELLING_WEIGHT * englishSpelling.get().logProbability(scored.english());
            ranked.add(new Candidate(scored.english(), score));
        }
        ranked.sort((a, b) -> Double.compare(b.score(), a.score())); // stable: ties keep the decoder's order
        // an unseen Arabic spelling is often a known English name: prefer a reasonably likely attested spelling
        double floor = ranked.get(0).score() + Math.log(ATTESTED_RATIO);
        for (Candidate candidate : ranked) {
            if (candidate.score() < floor) break;
            if (englishNames.contains(candidate.english())) return candidate.english();
        }
        return ranked.get(0).english();
    }

    private record Candidate(String english, double score) {}

    /** Made once on first use; what makes it (and the lexicon it holds) is let go once made. */
    private static <T> java.util.function.Supplier<T> lazily(java.util.function.Supplier<T> make) {
        return new java.util.function.Supplier<>() {
            private volatile T value;
            private java.util.function.Supplier<T> maker = make;

            @Override
            public T get() {
                T made = value;
                if (made == null) {
                    synchronized (this) {
                        made = value;
                        if (made == null) {
                            value = made = maker.get();
                            maker = null;
                        }
                    }
                }
                return made;
            }
        };
    }

    /** A copy without the lexicon: every word spelt by the model, to measure it on unseen tokens. */
    public Transliterator withoutLexicon() {
        return new Transliterator(Map.of(), model, englishSpelling, particles);
    }

    private Optional<String> lexiconSpelling(String token) {
        String key = NameKey.of(token);
        return Optional.ofNullable(lexicon.get(key));
    }

    record Word(String text, boolean fromLexicon) {}

    private static String titleCase(String lower) {
        if (lower.isEmpty()) return lower;
        return lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
    }

    private static String capitaliseFirst(String text) {
        return titleCase(text);
    }
}
