package org.nashra.eval.translit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.nashra.translate.names.EditDistance;
import org.nashra.translate.names.NamePair;
import org.nashra.translate.names.Transliteration;
import org.nashra.translate.names.Transliterator;

/**
 * Scores a {@link Transliterator} on a file of Arabic/English name pairs ({@code arabic TAB english},
 * or the Wikidata layout {@code english TAB a r a b i c TAB count}; see {@link NamePair}).
 * A spelling is correct when it equals the reference ignoring case, spaces and hyphens; the article
 * {@code ال} may be written {@code al-} or left out, as reference lists do both.
 *
 * <pre>
 * java -cp target/classes:$(cat cp.txt) org.nashra.eval.translit.TranslitEval FILE... [--model model.tsv.gz] [--no-lexicon]
 * </pre>
 */
public final class TranslitEval {

    private static final String ARTICLE = "\u0627\u0644";

    private TranslitEval() {}

    /** Scores the shipped model on the file. */
    public static TranslitScore evaluate(Path file) throws IOException {
        return evaluate(file, Transliterator.load());
    }

    public static TranslitScore evaluate(Path file, Transliterator transliterator) throws IOException {
        List<NamePair> pairs = NamePair.readAll(file);
        int correct = 0;
        long edits = 0;
        long referenceChars = 0;
        int lexiconHits = 0;
        for (NamePair pair : pairs) {
            Transliteration spelt = transliterator.toEnglish(pair.arabic());
            String guess = letters(spelt.english());
            String reference = pair.english();
            if (pair.arabic().startsWith(ARTICLE) && guess.startsWith("al") && !reference.startsWith("al")
                    && !reference.startsWith("el")) {
                guess = guess.substring(2);
            }
            if (guess.equals(reference)) correct++;
            edits += EditDistance.of(guess, reference);
            referenceChars += reference.length();
            if (spelt.fromLexicon()) lexiconHits++;
        }
        return new TranslitScore(pairs.size(), correct, edits, referenceChars, lexiconHits);
    }

    private static String letters(String english) {
        StringBuilder out = new StringBuilder();
        for (char c : english.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z') out.append(c);
        }
        return out.toString();
    }

    public static void main(String[] args) throws IOException {
        Transliterator transliterator = null;
        boolean withoutLexicon = false;
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--model" -> {
                    try (InputStream in = Files.newInputStream(Path.of(args[++i]))) {
                        transliterator = Transliterator.read(in);
                    }
                }
                case "--no-lexicon" -> withoutLexicon = true;
                default -> files.add(Path.of(args[i]));
            }
        }
        if (transliterator == null) transliterator = Transliterator.load();
        if (withoutLexicon) transliterator = transliterator.withoutLexicon();
        for (Path file : files) {
            System.out.println(file + ": " + evaluate(file, transliterator));
        }
    }
}
