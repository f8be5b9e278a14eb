package org.nashra.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nashra.analyse.FigureFound;

/**
 * The lines of a briefing's key figures, the same on both pages. A sentence whose figures another sentence states
 * again, all of them, restates that one (a headline, a pull quote, a lead's total given again in the body): its
 * figures are not listed a second time, though the measure or place a restated figure is per or in carries over (67.30
 * دينار للغرام in the headline, 67.30 ديناراً in the body: "67.3 dinars per gram"). A lone figure restates another only
 * when its number is too precise to recur by chance (987 ألف درهم, not 6 نقاط: two offences may cost 6 points each). A
 * figure a row gives in another (68412 نازحاً في 382 مركزاً) is one line with it, "68,412 displaced people in 382
 * centres", and a list's row gives its figure under the name it is labelled with (- محافظة بيروت: 36905 نازحين:
 * "Beirut: 36,905 displaced people").
 */
final class FigureEntries {

    private FigureEntries() {
    }

    /**
     * What a page knows of a figure in English: the figure as HTML, with the measure or currency it is per but without
     * its place ({@code figure}; empty when the glossary lacks what it counts), the same without what it is per
     * ({@code core}), the place it is in as HTML to follow it (" in Iraq"), its number alone, and the English of a
     * name a row labels its figure with (its block and the label's offsets).
     */
    interface English {
        Optional<String> figure(FigureFound f);

        Optional<String> core(FigureFound f);

        Optional<String> place(FigureFound f);

        Optional<String> number(FigureFound f);

        Optional<String> label(int block, int start, int end);
    }

    /**
     * One line: a figure, the figure it is given in when a row joins them by في, the English of the name the row is
     * labelled with, the figure's English as HTML ({@code bare} when that is the number alone, the glossary lacking
     * what it counts, or nothing, the figure naming no number) and the place it is in.
     */
    record Entry(FigureFound figure, Optional<FigureFound> within, Optional<String> label, String english, String place, boolean bare) {

        /** The block the line links to. */
        int block() {
            return figure.block();
        }

        /** The line's Arabic words in its block: the figure's, to the end of the one it is given in. */
        String surface(List<String> blocks) {
            if (within.isEmpty()) return figure.figure().surface();
            return blocks.get(figure.block()).substring(figure.figure().start(), within.get().figure().end());
        }
    }

    /**
     * A figure read for comparing: its English, the place it is in, and its label and English without what it is per
     * ({@code key}, null for a figure without English); {@code comparable} when it names a number.
     */
    private record Read(FigureFound found, Optional<String> label, String english, String core, String place, String key, boolean comparable) {

        /** The same figure: the same key, and the same place or one of the two none. */
        boolean same(Read other) {
            return key.equals(other.key) && (place.isEmpty() || other.place.isEmpty() || place.equals(other.place));
        }
    }

    /**
     * The lines of {@code figures}, in the order they are first stated; a figure with no English at all gives a line
     * whose English is empty, which the English page leaves out.
     */
    static List<Entry> of(List<FigureFound> figures, List<String> blocks, English english) {
        List<Read> reads = new ArrayList<>();
        for (FigureFound f : figures) {
            Optional<String> text = english.figure(f);
            if (text.isEmpty()) {
                reads.add(new Read(f, Optional.empty(), english.number(f).orElse(""), "", "", null, false));
                continue;
            }
            Optional<String> label = label(f, figures, blocks, english);
            String core = english.core(f).orElse(text.get());
            // a quantity in words (آلاف المتظاهرين) names no number that could be stated again
            boolean comparable = f.figure().surface().chars().anyMatch(Character::isDigit) || f.figure().low() == f.figure().high();
            reads.add(new Read(f, label, text.get(), core, english.place(f).orElse(""), label.map(name -> name + ": ").orElse("") + core, comparable));
        }
        Map<Integer, Integer> restating = restatements(reads, blocks);
        // the measure a restated figure was per, or the place it was in, passes to the figure stating it again if it has none
        for (Map.Entry<Integer, Integer> restated : restating.entrySet()) {
            Read dropped = reads.get(restated.getKey());
            Read kept = reads.get(restated.getValue());
            String per = kept.english().equals(kept.core()) ? dropped.english() : kept.english();
            String place = kept.place().isEmpty() ? dropped.place() : kept.place();
            reads.set(restated.getValue(), new Read(kept.found(), kept.label(), per, kept.core(), place, kept.key(), true));
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < reads.size(); i++) {
            if (restating.containsKey(i)) continue;
            Read r = reads.get(i);
            if (r.key() == null) {
                entries.add(new Entry(r.found(), Optional.empty(), Optional.empty(), r.english(), "", true));
                continue;
            }
            // a figure given in the next one: 68412 نازحاً في 382 مركزاً (68,412 displaced people in 382 centres)
            Read in = i + 1 < reads.size() && !restating.containsKey(i + 1) && reads.get(i + 1).key() != null && r.place().isEmpty()
                    && givenIn(r.found(), reads.get(i + 1).found(), blocks) ? reads.get(i + 1) : null;
            if (in == null) {
                entries.add(new Entry(r.found(), Optional.empty(), r.label(), r.english(), r.place(), false));
            } else {
                entries.add(new Entry(r.found(), Optional.of(in.found()), r.label(), r.english() + " in " + in.english(), in.place(), false));
                i++;
            }
        }
        return List.copyOf(entries);
    }

    /**
     * The figures that restate another, by index, with the index of the figure that states them again: of a sentence
     * whose comparable figures are all in another sentence (the same label and English but for what they are per or
     * in), or in an earlier one with no other, when the sentence has two figures or more, or one with three significant
     * digits or more.
     */
    private static Map<Integer, Integer> restatements(List<Read> reads, List<String> blocks) {
        Map<Long, List<Integer>> sentences = new LinkedHashMap<>();
        for (int i = 0; i < reads.size(); i++) {
            Read r = reads.get(i);
            if (r.key() == null || !r.comparable()) continue;
            long sentence = ((long) r.found().block() << 32) | sentenceIndex(blocks.get(r.found().block()), r.found().figure().start());
            sentences.computeIfAbsent(sentence, k -> new ArrayList<>()).add(i);
        }
        List<Long> order = new ArrayList<>(sentences.keySet());
        Map<Integer, Integer> restating = new java.util.TreeMap<>();
        for (int s = 0; s < order.size(); s++) {
            List<Integer> figures = sentences.get(order.get(s));
            if (figures.size() == 1 && significantDigits(reads.get(figures.get(0)).found()) < 3) continue;
            for (int t = 0; t < order.size(); t++) {
                List<Integer> other = sentences.get(order.get(t));
                if (t == s || other.stream().anyMatch(restating::containsKey)) continue;   // not stated again by what restates
                Map<Integer, Integer> matched = matches(reads, figures, other);
                if (matched == null || t > s && matches(reads, other, figures) != null) continue;   // of two alike, the first stays
                restating.putAll(matched);
                break;
            }
        }
        return restating;
    }

    /** Each figure of {@code figures} with the first of {@code other} that is the same figure; null when one has none. */
    private static Map<Integer, Integer> matches(List<Read> reads, List<Integer> figures, List<Integer> other) {
        Map<Integer, Integer> matched = new java.util.TreeMap<>();
        for (int f : figures) {
            Integer same = null;
            for (int g : other) {
                if (reads.get(g).same(reads.get(f))) {
                    same = g;
                    break;
                }
            }
            if (same == null) return null;
            matched.put(f, same);
        }
        return matched;
    }

    /** The significant digits of a figure's number: 3 of 987,000 and of 67.3, 2 of 1.2 million, 1 of 600. */
    private static int significantDigits(FigureFound f) {
        String digits = new java.math.BigDecimal(Double.toString(f.figure().low())).stripTrailingZeros().unscaledValue().abs().toString();
        return digits.length();
    }

    /** How many sentences end before an offset of a block: a full stop, question or exclamation mark before a space, or a line break. */
    private static int sentenceIndex(String block, int offset) {
        int index = 0;
        for (int i = 0; i < offset && i < block.length(); i++) {
            char c = block.charAt(i);
            boolean end = c == '\n' || (c == '.' || c == '!' || c == '?' || c == '\u061F') && i + 1 < block.length() && Character.isWhitespace(block.charAt(i + 1));
            if (end) index++;
        }
        return index;
    }

    /** Whether only في stands between figure {@code f} and the next, {@code g}, in one block: f is given in g. */
    private static boolean givenIn(FigureFound f, FigureFound g, List<String> blocks) {
        if (f.block() != g.block() || g.figure().start() < f.figure().end()) return false;
        String between = blocks.get(f.block()).substring(f.figure().end(), g.figure().start());
        return between.strip().equals("\u0641\u064A") && !between.equals(between.strip());
    }

    /**
     * Whether nothing but the block's other figures, spaces, commas and و stand between {@code from} and {@code to}: the
     * figure is one of the values a row gives after its label.
     */
    private static boolean onlyFiguresBetween(String block, int from, int to, FigureFound f, List<FigureFound> figures) {
        StringBuilder rest = new StringBuilder(block.substring(from, to));
        for (FigureFound g : figures) {
            if (g.block() != f.block() || g.figure().start() < from || g.figure().end() > to) continue;
            for (int i = g.figure().start(); i < g.figure().end(); i++) rest.setCharAt(i - from, ' ');
        }
        return rest.toString().matches("[\\s\u0648\u060C,]*");
    }

    /**
     * The English of the label of a table's row written with pipes (حزب إرادة | 90,245 | 6.31% | 3), its first cell, for a
     * figure in one of its other cells; empty for a figure in the first cell or a block of another shape.
     */
    private static Optional<String> tableLabel(FigureFound f, String block, English english) {
        int lineStart = block.lastIndexOf('\n', Math.max(0, f.figure().start() - 1)) + 1;
        int lineEnd = block.indexOf('\n', f.figure().start());
        String line = block.substring(lineStart, lineEnd < 0 ? block.length() : lineEnd);
        int pipe = line.indexOf('|');
        if (pipe < 0 || line.indexOf('|', pipe + 1) < 0 || f.figure().start() < lineStart + pipe) return Optional.empty();
        java.util.regex.Matcher bullet = BULLET.matcher(line);
        int from = bullet.lookingAt() ? bullet.end() : 0;
        String label = line.substring(from, pipe).strip();
        if (label.isEmpty() || label.split("\\s+").length > MAX_LABEL_WORDS) return Optional.empty();
        int labelStart = lineStart + from + line.substring(from, pipe).indexOf(label);
        return english.label(f.block(), labelStart, labelStart + label.length());
    }

    /** A list's bullet or number before a row's label: "- "، "• "، "3) ". */
    private static final java.util.regex.Pattern BULLET = java.util.regex.Pattern.compile("^\\s*(?:[-\u2013\u2022*\u25AA\u25CF]|\\p{Nd}{1,2}[.)\u066B-])?\\s*");

    /** A sentence's end: a full stop not between digits (76.90 is a number), or a question or exclamation mark. */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<!\\p{Nd})\\.|\\.(?!\\p{Nd})|[\u061F!?]");

    /** Words of a row's label at most: a longer text before a colon is a sentence (قال الوزير في مؤتمر صحفي: …). */
    private static final int MAX_LABEL_WORDS = 6;

    /**
     * The English of the label of a list's row whose value the figure is (- محافظة بيروت: 36905 نازحين): the row a line
     * of its own, the label short and without a sentence's punctuation, the figure right after its colon and the value
     * running to the row's end.
     */
    private static Optional<String> label(FigureFound f, List<FigureFound> figures, List<String> blocks, English english) {
        String block = blocks.get(f.block());
        int start = f.figure().start();
        Optional<String> cell = tableLabel(f, block, english);
        if (cell.isPresent() || block.indexOf('\n') >= 0) return cell;
        int colon = block.lastIndexOf(':', start);
        // the row's value may give several figures joined by و (- مديرية تريم: خمس حالات وفاة و٩ مصابين): each is the row's
        if (colon < 0 || !onlyFiguresBetween(block, colon + 1, start, f, figures)) return Optional.empty();
        // a row's value runs to its end (a full stop at most); a sentence goes on (لجنة الطوارئ: 186 ألفاً … .. وجبل لبنان)
        if (SENTENCE_END.matcher(block.substring(colon + 1).strip().replaceAll("[.\u061F!?]+$", "")).find()) return Optional.empty();
        java.util.regex.Matcher bullet = BULLET.matcher(block);
        int from = bullet.lookingAt() ? bullet.end() : 0;
        String label = block.substring(from, colon).strip();
        if (label.isEmpty() || label.split("\\s+").length > MAX_LABEL_WORDS || label.matches(".*[.!?\u061F\u060C,:;\u061B\"«»].*")) {
            return Optional.empty();
        }
        return english.label(f.block(), from, colon);
    }
}
