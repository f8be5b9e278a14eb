package org.nashra.arabic;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.fa.PersianNormalizer;

/**
 * Character-level helpers for Arabic text: a matching form, digit conversion and quotation marks.
 *
 * <p>The matching form is for comparing and looking up words, never for display: it drops
 * diacritics, tatweel and invisible marks, folds letter variants (alef forms, alef maksura, teh
 * marbuta, Persian and Kurdish letters) and turns every decimal digit into an ASCII digit. Lucene's
 * {@link ArabicNormalizer} and {@link PersianNormalizer} do most of it; {@code letter-variants.tsv}
 * lists what they leave alone.
 */
public final class ArabicText {

    private static final Map<Character, String> VARIANTS = loadVariants();
    private static final List<QuoteMarkRule> QUOTE_MARKS = loadQuoteMarks();
    private static final String OPENING_MARKS = QUOTE_MARKS.stream().map(r -> String.valueOf(r.opening))
            .reduce("", String::concat);
    private static final String CLOSING_MARKS = QUOTE_MARKS.stream().map(r -> r.closing + r.fallback)
            .reduce("", String::concat);

    /** For every BMP character, its matching form when that differs from the character itself, else null. */
    private static final String[] CHANGES = changeTable();

    /**
     * For every BMP character, whether it is a letter of the Arabic script: worked out once, since
     * {@link Character.UnicodeScript#of} searches a table of script ranges for every character asked.
     */
    private static final java.util.BitSet ARABIC_LETTERS = arabicLetters();

    private ArabicText() {
    }

    /** The matching form of {@code text}; see the class comment. Null gives the empty string. */
    public static String normaliseForMatching(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            String change = CHANGES[text.charAt(i)];
            if (change != null && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (change != null) {
                    out.append(change);
                } else {
                    out.append(text.charAt(i));
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * The matching form of {@code text} together with, for every character of it, the offset of the
     * character of {@code text} it came from, so that a match found in the matching form can be
     * reported in the original text.
     */
    public static Normalised normaliseWithOffsets(String text) {
        String source = text == null ? "" : text;
        StringBuilder out = new StringBuilder(source.length());
        int[] origin = new int[source.length() + 1];
        int written = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            String change = CHANGES[c];
            String mapped = change == null ? String.valueOf(c) : change;
            for (int k = 0; k < mapped.length(); k++) {
                if (written + 1 >= origin.length) {
                    origin = java.util.Arrays.copyOf(origin, origin.length * 2 + 2);
                }
                origin[written++] = i;
                out.append(mapped.charAt(k));
            }
        }
        origin = java.util.Arrays.copyOf(origin, written + 1);
        origin[written] = source.length();
        return new Normalised(source, out.toString(), origin);
    }

    private static String mapChar(char c, ArabicNormalizer arabic, PersianNormalizer persian, char[] one) {
        if (Character.getType(c) == Character.FORMAT) {
            return ""; // bidi controls, ZWNJ/ZWJ, BOM, ALM, soft hyphen
        }
        int digit = Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(c, 10) : -1;
        if (digit >= 0) {
            return String.valueOf((char) ('0' + digit));
        }
        if (isPresentationForm(c)) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            StringBuilder each = new StringBuilder();
            for (int k = 0; k < decomposed.length(); k++) {
                char d = decomposed.charAt(k);
                each.append(isPresentationForm(d) ? String.valueOf(d) : mapChar(d, arabic, persian, one));
            }
            return each.toString();
        }
        String variant = VARIANTS.get(c);
        if (variant != null) {
            return variant;
        }
        // Both Lucene normalisers work character by character, so one character at a time keeps offsets.
        one[0] = c;
        int len = persian.normalize(one, 1);
        if (len == 1) {
            len = arabic.normalize(one, len);
        }
        return len == 0 ? "" : String.valueOf(one[0]);
    }

    private static String[] changeTable() {
        String[] table = new String[Character.MAX_VALUE + 1];
        ArabicNormalizer arabic = new ArabicNormalizer();
        PersianNormalizer persian = new PersianNormalizer();
        char[] one = new char[1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String mapped = mapChar((char) c, arabic, persian, one);
            if (mapped.length() != 1 || mapped.charAt(0) != c) {
                table[c] = mapped;
            }
        }
        return table;
    }

    /** True for a letter of the Arabic script (presentation forms, Persian and Urdu letters included). */
    public static boolean isArabicLetter(int codePoint) {
        if (codePoint <= Character.MAX_VALUE) {
            return ARABIC_LETTERS.get(codePoint);
        }
        return Character.isLetter(codePoint) && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.ARABIC;
    }

    private static java.util.BitSet arabicLetters() {
        java.util.BitSet letters = new java.util.BitSet(Character.MAX_VALUE + 1);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
                letters.set(c);
            }
        }
        return letters;
    }

    private static boolean isPresentationForm(char c) {
        return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC');
    }

    /**
     * {@code word} as spelt, without its short vowels, shadda and sukun (U+064B–U+0652) and, with {@code tatweel}, its
     * stretching tatweel: the same string when it has none, which is most words.
     */
    public static String withoutMarks(String word, boolean tatweel) {
        int i = 0;
        while (i < word.length() && !isMark(word.charAt(i), tatweel)) i++;
        if (i == word.length()) return word;
        StringBuilder out = new StringBuilder(word.length()).append(word, 0, i);
        for (; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!isMark(c, tatweel)) out.append(c);
        }
        return out.toString();
    }

    private static boolean isMark(char c, boolean tatweel) {
        return c >= '\u064B' && c <= '\u0652' || tatweel && c == '\u0640';
    }

    /** {@code text} with every decimal digit (Arabic-Indic, Persian, any script) as an ASCII digit. */
    public static String toAsciiDigits(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int digit = Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(c, 10) : -1;
            out.append(digit >= 0 ? (char) ('0' + digit) : c);
        }
        return out.toString();
    }

    /** Whether {@code c} can open or close a quotation (curly, guillemet, low-9 or straight double quote). */
    public static boolean isQuoteMark(char c) {
        return isOpeningQuote(c) || isClosingQuote(c);
    }

    /** Whether {@code c} can open a quotation. */
    public static boolean isOpeningQuote(char c) {
        return OPENING_MARKS.indexOf(c) >= 0;
    }

    /** Whether {@code c} can close a quotation. */
    public static boolean isClosingQuote(char c) {
        return CLOSING_MARKS.indexOf(c) >= 0;
    }

    /**
     * The quotations of {@code text}, in order. Each opening mark is paired with the nearest closing
     * mark of its kind in the same paragraph (a paragraph ends at a line break); marks of other kinds
     * inside are left alone, so « “…” » nests. An opening mark without a closing mark is reported
     * as unclosed, running to the end of its paragraph.
     */
    public static List<Quotation> quotations(String text) {
        List<Quotation> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            QuoteMarkRule rule = ruleFor(c);
            if (rule == null) {
                i++;
                continue;
            }
            int paragraphEnd = text.indexOf('\n', i);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            int close = firstOf(text, rule.closing, i + 1, paragraphEnd);
            if (close < 0) {
                close = firstOf(text, rule.fallback, i + 1, paragraphEnd);
            }
            if (close >= 0) {
                found.add(new Quotation(i, close + 1, true));
                i = close + 1;
            } else {
                found.add(new Quotation(i, paragraphEnd, false));
                i++;
            }
        }
        return List.copyOf(found);
    }

    private static int firstOf(String text, String marks, int from, int to) {
        for (int k = from; k < to; k++) {
            if (marks.indexOf(text.charAt(k)) >= 0) {
                return k;
            }
        }
        return -1;
    }

    /** The first rule that opens with {@code c}: OPENING_MARKS holds each rule's opening mark, in order. */
    private static QuoteMarkRule ruleFor(char c) {
        int rule = OPENING_MARKS.indexOf(c);
        return rule < 0 ? null : QUOTE_MARKS.get(rule);
    }

    /**
     * One quotation in a text: {@code start} is the offset of the opening mark, {@code end} the offset
     * just after the closing mark, or the end of the paragraph when {@code closed} is false.
     */
    public record Quotation(int start, int end, boolean closed) {

        /** Offset of the first character inside the marks. */
        public int innerStart() {
            return start + 1;
        }

        /** Offset just after the last character inside the marks. */
        public int innerEnd() {
            return closed ? end - 1 : end;
        }
    }

    private record QuoteMarkRule(char opening, String closing, String fallback) {
    }

    private static Map<Character, String> loadVariants() {
        Map<Character, String> map = new TreeMap<>();
        for (List<String> row : Resources.rows(ArabicText.class, "letter-variants.tsv")) {
            if (row.get(0).length() != 1) {
                throw new IllegalStateException("letter-variants.tsv: one character expected: " + row);
            }
            map.put(row.get(0).charAt(0), row.size() > 1 ? row.get(1) : "");
        }
        return Map.copyOf(map);
    }

    private static List<QuoteMarkRule> loadQuoteMarks() {
        List<QuoteMarkRule> rules = new ArrayList<>();
        for (List<String> row : Resources.rows(ArabicText.class, "quote-marks.tsv")) {
            rules.add(new QuoteMarkRule(row.get(0).charAt(0), row.size() > 1 ? row.get(1) : "",
                    row.size() > 2 ? row.get(2) : ""));
        }
        return List.copyOf(rules);
    }
}
