package org.nashra.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A page pasted from a PDF or a printed column, its lines broken where the column ended rather than where its
 * paragraphs do: rejoined into one line a paragraph, as every seed carries its text, before anything else reads it.
 * Such a paste is told by its lines, not by any one of them: most lines of text are short and of about the same
 * length (the column's width) and run on into the next line with no stop at their end
 * ({@code أعلن وزير النقل رزاق محيبس السعداوي، أمس / السبت، أن نسبة الإنجاز …}). A poem, a list or a fact box also has short
 * lines without stops, but few, of uneven length, or beside paragraphs far longer than they are; no article printed
 * one paragraph a line is read as a paste.
 * <p>
 * In a paste, a line as wide as the column and with no stop at its end goes on in the next line, or across the
 * page's break in the line after its furniture; a word hyphenated across the break is made whole again
 * ({@code خط-} / {@code وطاً} → {@code خطوطاً}). The page's furniture inside the text goes: its numbers on lines of
 * their own ({@code 5}) and the running header printed again at the top of each page ({@code الصباح | اقتصادي الأحد 9
 * شباط 2025} under the first page's {@code الصباح   اقتصادي}). The first page's header stays, as the masthead it is.
 */
final class PastedPage {

    private PastedPage() {}

    /** A line of the page's furniture taken out: its 1-based line number and its text, trimmed. */
    record Dropped(int line, String text) {}

    /**
     * The lines as the reader takes them: each paragraph of a paste on the line it started on, the lines it took up after
     * it and the page's furniture left blank, so every line keeps its number; the lines as given when they are no paste.
     */
    record Unwrapped(List<String> lines, List<Dropped> dropped) {}

    /** At least this many lines run on into the next, and this share of the lines of text, make a paste. */
    private static final int MIN_RUN_ON_LINES = 8;
    private static final double MIN_RUN_ON_SHARE = 0.5;
    /** A printed column is this many characters wide: narrower lines are labels or verse, wider ones paragraphs. */
    private static final int MIN_COLUMN_CHARS = 25;
    private static final int MAX_COLUMN_CHARS = 90;
    /** Lines that run on are as wide as the column, this share of them within this much of their median length. */
    private static final double WIDTH_TOLERANCE = 0.3;
    private static final double MIN_EVEN_SHARE = 0.7;
    /** Lines of text wider than the column by this much, a paragraph a line, are at most this share of them. */
    private static final double WIDE_LINE_FACTOR = 1.5;
    private static final double MAX_WIDE_SHARE = 0.1;
    /**
     * Prose has paragraphs, at least this many lines ending a sentence and one at least every so many lines that run on;
     * and this share of the lines that run on hold a comma or a stop inside them, where a clause or a sentence ended.
     * Verse runs on for many lines with no stop and few marks inside them.
     */
    private static final int MIN_PARAGRAPHS = 2;
    private static final int MAX_LINES_A_PARAGRAPH = 8;
    private static final double MIN_PUNCTUATED_SHARE = 0.25;
    private static final Pattern PUNCTUATION_INSIDE = Pattern.compile("(?:[\u060C,\u061B;:!?\u061F\u00AB\u00BB\"]|\\.(?![0-9]))\\s*\\S");
    /** A line at least this share of the column's width filled it: its paragraph goes on in the next line. */
    private static final double FULL_LINE_SHARE = 0.6;
    /** A line of text has at least this many words; a page's header, its number or a label has fewer or is set apart. */
    private static final int MIN_TEXT_WORDS = 3;
    /** A running header is a few words: the paper's name, its section, the date. */
    private static final int MAX_HEADER_WORDS = 12;
    private static final int MAX_MASTHEAD_WORDS = 6;

    /** A page's number alone on its line, perhaps between dashes: 5, - 6 -. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("[-\u2013\u2014\\s]*[0-9\u0660-\u0669]{1,3}[-\u2013\u2014\\s]*");
    /** Cells of a layout set apart by a wide gap (الصباح            اقتصادi): a page's header, no line of running text. */
    private static final Pattern WIDE_GAP = Pattern.compile("\\S[ \t\u00A0]{3,}\\S");
    /** A list's item begins with a bullet or a number (1- الأهلي 58 نقطة). */
    private static final Pattern LIST_ITEM = Pattern.compile("(?:[•▪◾●◦\\-*–—]|\\(?[0-9٠-٩]{1,2}\\s*[-.)\\u066B])\\s+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    static Unwrapped unwrap(List<String> raw) {
        List<String> lines = raw.stream().map(Lines::trim).toList();
        int width = columnWidth(lines);
        if (width < 0) return new Unwrapped(raw, List.of());

        BitSet furniture = pageFurniture(lines);
        List<String> out = new ArrayList<>(lines);
        List<Dropped> dropped = new ArrayList<>();
        for (int i = furniture.nextSetBit(0); i >= 0; i = furniture.nextSetBit(i + 1)) {
            dropped.add(new Dropped(i + 1, lines.get(i)));
            out.set(i, "");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (furniture.get(i) || !isText(lines.get(i))) continue;
            StringBuilder paragraph = new StringBuilder(lines.get(i));
            int last = i;
            int next;
            while (runsOn(lines.get(last), width) && (next = continuation(lines, last, furniture)) >= 0) {
                String line = lines.get(next);
                if (endsHyphenated(paragraph) && Character.isLetter(line.codePointAt(0))) {
                    // خط- / وطاً: one word, خطوطاً.
                    paragraph.setLength(paragraph.length() - 1);
                } else {
                    paragraph.append(' ');
                }
                paragraph.append(line);
                out.set(next, "");
                last = next;
            }
            out.set(i, paragraph.toString());
            i = last;
        }
        return new Unwrapped(List.copyOf(out), List.copyOf(dropped));
    }

    /**
     * The width of the column the lines were broken at, the median length of those that run on into the next; -1 when
     * the lines are no paste of a printed page.
     */
    static int columnWidth(List<String> lines) {
        List<Integer> text = new ArrayList<>();
        List<Integer> runOn = new ArrayList<>();
        int sentenceEnds = 0;
        int punctuatedInside = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!isText(line) || Lines.wordCount(line) < MIN_TEXT_WORDS) continue;
            text.add(line.length());
            if (ArticleReader.endsSentence(line)) {
                sentenceEnds++;
            } else if (i + 1 < lines.size() && isText(lines.get(i + 1))) {
                runOn.add(line.length());
                if (PUNCTUATION_INSIDE.matcher(line).find()) punctuatedInside++;
            }
        }
        if (runOn.size() < MIN_RUN_ON_LINES || runOn.size() < MIN_RUN_ON_SHARE * text.size()) return -1;
        // Prose, not verse: its paragraphs end with a stop, and its sentences and clauses end inside the lines too.
        if (sentenceEnds < MIN_PARAGRAPHS || sentenceEnds * MAX_LINES_A_PARAGRAPH < runOn.size()
                || punctuatedInside < MIN_PUNCTUATED_SHARE * runOn.size()) return -1;
        int width = median(runOn);
        if (width < MIN_COLUMN_CHARS || width > MAX_COLUMN_CHARS) return -1;
        long even = runOn.stream().filter(n -> Math.abs(n - width) <= WIDTH_TOLERANCE * width).count();
        long wide = text.stream().filter(n -> n > WIDE_LINE_FACTOR * width).count();
        return even >= MIN_EVEN_SHARE * runOn.size() && wide <= MAX_WIDE_SHARE * text.size() ? width : -1;
    }

    private static int median(List<Integer> values) {
        int[] sorted = values.stream().mapToInt(Integer::intValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    /**
     * The page's furniture inside a paste: its numbers on lines of their own, and its running header printed again, a
     * line that opens with the words of the first page's header (الصباح   اقتصادي, then الصباح | اقتصادي الأحد 9 شباط
     * 2025) or repeats another line's words, dates and numbers aside. The first line stays: the paper's masthead.
     */
    private static BitSet pageFurniture(List<String> lines) {
        BitSet furniture = new BitSet();
        boolean first = true;
        // The first page's header, the paper's name and its section: the words the running header opens with.
        List<String> masthead = List.of();
        java.util.Set<List<String>> layouts = new java.util.HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) continue;
            if (PAGE_NUMBER.matcher(line).matches()) {
                furniture.set(i);
                continue;
            }
            boolean headerShaped = Lines.wordCount(line) <= MAX_HEADER_WORDS && !ArticleReader.endsSentence(line) && !LIST_ITEM.matcher(line).lookingAt();
            List<String> words = letterWords(line);
            if (first) {
                first = false;
                if (headerShaped && words.size() <= MAX_MASTHEAD_WORDS) masthead = words;
                continue;
            }
            if (!headerShaped || words.isEmpty()) continue;
            // A line of text that opens with a word of a one-word masthead (الصباح الباكر شهد …) runs on; a header is set out in
            // cells, or stands apart under the page's break, the masthead's words all at its start.
            boolean apart = lines.get(i - 1).isEmpty() || furniture.get(i - 1);
            boolean repeats = !masthead.isEmpty() && words.size() >= masthead.size() && words.subList(0, masthead.size()).equals(masthead)
                    && (!isText(line) || apart && masthead.size() >= 2);
            if (repeats) {
                furniture.set(i);
            } else if (!isText(line)) {
                // A header set out in cells (a bar or a wide gap between them), printed again on the next page.
                if (layouts.contains(words)) furniture.set(i);
                layouts.add(words);
            }
        }
        return furniture;
    }

    /** The words of a line that hold a letter, in their loose form: a header's words without its bars, dates and page numbers. */
    private static List<String> letterWords(String line) {
        return Arrays.stream(SPACES.split(MatchKey.of(line))).filter(word -> word.codePoints().anyMatch(Character::isLetter)).toList();
    }

    /** A line of running text: Arabic words, no cells set apart by bars or wide gaps, no list's bullet, no picture's marker. */
    private static boolean isText(String line) {
        return !line.isEmpty() && line.codePoints().anyMatch(PastedPage::isArabicLetter) && !WIDE_GAP.matcher(line).find()
                && line.indexOf('|') < 0 && line.indexOf('\uFF5C') < 0 && !LIST_ITEM.matcher(line).lookingAt() && !line.startsWith("[");
    }

    /** A line as wide as the column with no stop at its end: its sentence goes on in the next line. */
    private static boolean runsOn(String line, int width) {
        return isText(line) && !ArticleReader.endsSentence(line) && line.length() >= FULL_LINE_SHARE * width;
    }

    /**
     * Where the text a line leaves off goes on: the next line, or across the page's break (blank lines and the page's
     * furniture, one line of it at least) the first line of text after it; -1 when a blank line alone ends the paragraph.
     */
    private static int continuation(List<String> lines, int at, BitSet furniture) {
        boolean pageBreak = false;
        for (int j = at + 1; j < lines.size(); j++) {
            String line = lines.get(j);
            if (furniture.get(j)) {
                pageBreak = true;
            } else if (!line.isEmpty()) {
                return (j == at + 1 || pageBreak) && isText(line) ? j : -1;
            }
        }
        return -1;
    }

    /** A word broken at the line's end by a hyphen glued to it (خط-), not a dash after a space (بين الفاو -). */
    private static boolean endsHyphenated(CharSequence text) {
        int end = text.length();
        if (end < 2 || "-\u2010\u00AD".indexOf(text.charAt(end - 1)) < 0) return false;
        int before = end - 2;
        while (before > 0 && Character.getType(text.charAt(before)) == Character.NON_SPACING_MARK) before--;
        return Character.isLetter(text.charAt(before));
    }

    private static boolean isArabicLetter(int c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
    }
}
