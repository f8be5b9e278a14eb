package org.nashra.translate.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * Spelling-tolerant keys for Arabic names, so that variants meet: {@code أميركا}/{@code امريكا},
 * {@code الدولى}/{@code الدولي}, {@code السودانى}/{@code السوداني} all get the same key.
 * Lucene's {@link ArabicNormalizer} unifies alef forms, final yeh and teh marbuta and drops
 * diacritics and tatweel; Persian letter forms (common in Kurdish and Iranian outlets) are mapped first.
 */
public final class NameKey {

    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final List<String[]> VARIANTS = loadVariants();

    private NameKey() {}

    /** The key of a whole name: its tokens' keys joined by single spaces; empty when there are no Arabic letters. */
    public static String of(String name) {
        return String.join(" ", tokenKeys(name));
    }

    /** Keys of the name's tokens, in order; punctuation, digits and Latin letters separate tokens and are dropped. */
    public static List<String> tokenKeys(String name) {
        List<String> keys = new ArrayList<>();
        for (String token : tokens(lightForm(name))) {
            char[] chars = token.toCharArray();
            int length = NORMALIZER.normalize(chars, chars.length);
            if (length > 0) keys.add(canonicalSpelling(new String(chars, 0, length)));
        }
        return List.copyOf(keys);
    }

    /**
     * The name with presentation forms, Persian letter forms, diacritics, tatweel and invisible marks
     * removed, but hamza and alef-maqsura kept: the form the transliteration model reads.
     */
    public static String lightForm(String text) {
        if (text == null) return "";
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            switch (c) {
                case '\u06CC', '\u06D2' -> out.append('\u064A');          // Persian yeh, yeh barree
                case '\u06A9', '\u06AA' -> out.append('\u0643');          // keheh
                case '\u06C1', '\u06BE', '\u06D5' -> out.append('\u0647'); // heh goal, heh doachashmee, ae
                case '\u0671' -> out.append('\u0627');                     // alef wasla
                case '\u0640', '\u200C', '\u200D', '\u200E', '\u200F', '\u061C' -> { }
                default -> {
                    boolean mark = (c >= '\u064B' && c <= '\u065F') || c == '\u0670';
                    if (!mark) out.append(c);
                }
            }
        }
        return out.toString();
    }

    private static String canonicalSpelling(String word) {
        String result = word;
        for (String[] variant : VARIANTS) result = result.replace(variant[0], variant[1]);
        return result;
    }

    private static List<String[]> loadVariants() {
        List<String[]> variants = new ArrayList<>();
        try (InputStream in = NameKey.class.getResourceAsStream("name-variants.tsv")) {
            if (in == null) throw new IllegalStateException("missing resource name-variants.tsv");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] fields = line.strip().split("\t");
                if (!line.startsWith("#") && fields.length == 2) variants.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(variants);
    }

    /** Maximal runs of Arabic letters. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && isArabicLetter(text.charAt(i));
            if (letter && start < 0) start = i;
            if (!letter && start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
        }
        return tokens;
    }

    static boolean isArabicLetter(char c) {
        return (c >= '\u0621' && c <= '\u063A') || (c >= '\u0641' && c <= '\u064A')
                || (c >= '\u0671' && c <= '\u06D3') || (c >= '\u06FA' && c <= '\u06FC');
    }
}
