package org.nashra.summarise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;

/**
 * Graph-ranking summariser (LexRank with continuous edge weights). Sentences are nodes; an edge is
 * the cosine of their TF-IDF vectors over Lucene-normalised, light-stemmed content terms.
 * Centrality is PageRank whose random jump favours early sentences (the news lead) and sentences
 * close to the headline. The best-ranked sentences are taken greedily, skipping any too similar to
 * one already taken, and returned in reading order.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * <p>Not eligible: very short sentences, headings (a paragraph that is one short unpunctuated line),
 * sentences that are mostly a quotation with too few words of their own to say who speaks, and questions
 * ({@link Questions}), captions, match sheets' lines, lists of names and formulae while any other sentence is
 * eligible. A sentence numbered as an item (أولاً: …) is taken without its label ({@link Enumerations}).
 */
public final class TextRankSummariser implements Summariser {

    /**
     * Tuning knobs.
     *
     * @param minWords           fewer words than this and a sentence is never chosen
     * @param maxHeadingWords    an unpunctuated one-sentence paragraph up to this long is a heading
     * @param minContextWords    a sentence mostly inside quotation marks needs this many words outside them
     * @param damping            PageRank damping: share of score that flows along edges rather than jumping
     * @param leadExponent       jump weight of the k-th eligible sentence is {@code 1 / (k+1)^leadExponent}
     * @param titleWeight        jump weight is multiplied by {@code 1 + titleWeight * cosine(title, sentence)}
     * @param maxSimilarity      a candidate at least this similar to a chosen sentence is redundant
     * @param iterations         most power iterations
     * @param tolerance          stop once no score moves by more than this
     * @param sentencesPerLength summary length: 2 sentences up to the first count of eligible sentences,
     *                           3 up to the second, 4 beyond
     */
    public record Settings(int minWords, int maxHeadingWords, int minContextWords, double damping,
                           double leadExponent, double titleWeight, double maxSimilarity,
                           int iterations, double tolerance, List<Integer> sentencesPerLength) {

        public Settings {
            sentencesPerLength = List.copyOf(sentencesPerLength);
            if (damping < 0 || damping >= 1) throw new IllegalArgumentException("damping must be in [0, 1)");
            if (sentencesPerLength.size() != 2) throw new IllegalArgumentException("two length thresholds expected");
        }

        public static Settings defaults() {
            return new Settings(6, 15, 2, 0.7, 0.5, 3.0, 0.5, 200, 1e-9, List.of(6, 14));
        }

        int summaryLength(int eligible) {
            int wanted = eligible <= sentencesPerLength.get(0) ? 2 : eligible <= sentencesPerLength.get(1) ? 3 : 4;
            return Math.min(wanted, eligible);
        }
    }

    /** Most items of a digest whose leads sum it up. */
    static final int MAX_DIGEST_LEADS = 4;

    private final Settings settings;
    private final Terms terms = new Terms();
    private final QuoteMarks quotes = QuoteMarks.load();

    public TextRankSummariser() {
        this(Settings.defaults());
    }

    public TextRankSummariser(Settings settings) {
        this.settings = settings;
    }

    @Override
    public Summary summarise(List<SentenceRef> sentences, String title) {
        if (sentences == null) return Summary.empty();
        List<SentenceRef> eligible = eligible(sentences);
        if (eligible.isEmpty()) return Summary.empty();

        List<Terms.Vector> vectors = tfIdf(eligible, title == null ? "" : title);
        int n = eligible.size();
        Terms.Vector titleVector = vectors.get(n);
        double[][] similarity = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                similarity[i][j] = similarity[j][i] = vectors.get(i).cosine(vectors.get(j));
            }
        }
        double[] jump = new double[n];
        for (int k = 0; k < n; k++) {
            double lead = 1 / Math.pow(k + 1, settings.leadExponent());
            jump[k] = lead * (1 + settings.titleWeight() * titleVector.cosine(vectors.get(k)));
        }
        double[] score = pageRank(similarity, normalise(jump));

        List<RankedSentence> ranking = new ArrayList<>();
        for (int k = 0; k < n; k++) ranking.add(new RankedSentence(eligible.get(k), score[k]));
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < n; k++) order.add(k);
        // Ties go to the earlier sentence, so the order never depends on anything but the input.
        order.sort(Comparator.comparingDouble((Integer k) -> -score[k]).thenComparingInt(k -> k));

        List<Integer> chosen = new ArrayList<>();
        int wanted = settings.summaryLength(n);
        // a digest's items are news of their own: each is summed up by its lead, the first few of them
        if (Digests.isDigestHeadline(title)) {
            for (SentenceRef lead : Digests.itemLeads(sentences, eligible)) {
                if (chosen.size() < MAX_DIGEST_LEADS) chosen.add(eligible.indexOf(lead));
            }
            if (!chosen.isEmpty()) wanted = chosen.size();
        }
        // an answer (ج: الحالة جيدة جداً) leans on its question: a press conference is summed up by its lead, and its
        // answers only when nothing else is left; they stay ranked, as points of their own
        Set<SentenceRef> answers = Questions.answers(sentences);
        for (boolean answersToo : new boolean[] {false, true}) {
            for (int k : order) {
                if (chosen.size() >= wanted) break;
                if (chosen.contains(k) || !answersToo && answered(eligible.get(k), answers)) continue;
                boolean redundant = chosen.stream().anyMatch(c -> similarity[c][k] >= settings.maxSimilarity());
                if (!redundant) chosen.add(k);
            }
        }
        chosen.sort(Comparator.naturalOrder());
        return new Summary(chosen.stream().map(eligible::get).toList(),
                order.stream().map(ranking::get).toList());
    }

    private List<SentenceRef> eligible(List<SentenceRef> sentences) {
        Map<Integer, Integer> perParagraph = new TreeMap<>();
        for (SentenceRef s : sentences) {
            if (s != null) perParagraph.merge(s.paragraph(), 1, Integer::sum);
        }

        List<SentenceRef> eligible = new ArrayList<>();
        boolean insideQuote = false;
        int paragraph = -1;
        for (SentenceRef given : sentences) {
            if (given == null) continue;
            SentenceRef s = Enumerations.withoutLabel(given);
            if (s.paragraph() != paragraph) {
                paragraph = s.paragraph();
                insideQuote = false;
            }
            QuoteMarks.Split split = quotes.split(s.text(), insideQuote);
            insideQuote = split.insideAtEnd();
            int words = split.insideWords() + split.outsideWords();
            boolean heading = perParagraph.get(s.paragraph()) == 1
                    && words <= settings.maxHeadingWords() && !endsLikeSentence(s.text());
            boolean bareQuote = split.insideWords() > split.outsideWords()
                    && split.outsideWords() < settings.minContextWords();
            if (words >= settings.minWords() && !heading && !bareQuote) eligible.add(s);
        }
        // A question put to the speaker says what the reader would ask, not what happened, a photo's caption
        // describes a picture, a match sheet's line or a list of names lists, and a sentence that ends on a colon
        // only announces what follows: they are summed up only when nothing else is left.
        List<SentenceRef> items = Enumerations.listItems(sentences);
        List<SentenceRef> told = eligible.stream()
                .filter(s -> !aside(s.text()) && items.stream().noneMatch(i -> i.paragraph() == s.paragraph())).toList();
        return told.isEmpty() ? eligible : told;
    }

    /** Whether a sentence, perhaps without its label (ج:), is one of the answers. */
    private static boolean answered(SentenceRef s, Set<SentenceRef> answers) {
        return answers.stream().anyMatch(a -> a.paragraph() == s.paragraph() && a.start() <= s.start() && s.end() <= a.end());
    }

    /** Whether a sentence is a question, a caption, a sheet line, a list or a formula: no statement of what happened. */
    static boolean aside(String text) {
        return Questions.isQuestion(text) || Questions.isBareAnswer(text) || Captions.isCaption(text) || SheetLines.isSheetLine(text)
                || Enumerations.isList(text) || Formulae.isFormula(text) || KeyPoints.note(text);
    }

    static boolean endsLikeSentence(String text) {
        String t = text.strip();
        for (int i = t.length() - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if (c == '.' || c == '؟' || c == '?' || c == '!' || c == '…' || c == '؛') return true;
            if (Character.isLetterOrDigit(c)) return false;
        }
        return false;
    }

    /** TF-IDF vectors of the sentences, then of the title, with IDF taken over the sentences. */
    private List<Terms.Vector> tfIdf(List<SentenceRef> sentences, String title) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        for (SentenceRef s : sentences) counts.add(terms.counts(s.text()));
        counts.add(terms.counts(title));
        Map<String, Integer> documentFrequency = new TreeMap<>();
        for (Map<String, Integer> c : counts.subList(0, sentences.size())) {
            for (String term : c.keySet()) documentFrequency.merge(term, 1, Integer::sum);
        }
        Map<String, Integer> ids = new TreeMap<>();
        for (String term : documentFrequency.keySet()) ids.put(term, ids.size());
        double n = sentences.size();
        List<Terms.Vector> vectors = new ArrayList<>();
        for (Map<String, Integer> c : counts) {
            Map<Integer, Double> weights = new TreeMap<>();
            for (Map.Entry<String, Integer> e : c.entrySet()) {
                Integer df = documentFrequency.get(e.getKey());
                if (df == null) continue;   // a title word no sentence uses cannot link anything
                weights.put(ids.get(e.getKey()), (1 + Math.log(e.getValue())) * Math.log((n + 1) / df));
            }
            vectors.add(Terms.Vector.of(weights));
        }
        return vectors;
    }

    /**
     * Power iteration of PageRank with a biased jump. Edge weights are scaled by the largest total
     * weight of any sentence rather than each sentence's own total, and the unused share jumps: a
     * sentence with only faint links to the rest therefore passes most of its score back to the
     * lead and headline prior instead of handing it all to its faint neighbours.
     */
    private double[] pageRank(double[][] weight, double[] jump) {
        int n = jump.length;
        double[] outWeight = new double[n];
        double maxOut = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) outWeight[i] += weight[i][j];
            maxOut = Math.max(maxOut, outWeight[i]);
        }
        double d = settings.damping();
        double[] rank = jump.clone();
        for (int iteration = 0; iteration < settings.iterations(); iteration++) {
            double unused = 0;
            for (int i = 0; i < n; i++) unused += rank[i] * (maxOut > 0 ? 1 - outWeight[i] / maxOut : 1);
            double[] next = new double[n];
            for (int j = 0; j < n; j++) {
                double flow = 0;
                for (int i = 0; i < n; i++) flow += rank[i] * weight[i][j];
                next[j] = (1 - d) * jump[j] + d * ((maxOut > 0 ? flow / maxOut : 0) + unused * jump[j]);
            }
            double change = 0;
            for (int j = 0; j < n; j++) change = Math.max(change, Math.abs(next[j] - rank[j]));
            rank = next;
            if (change < settings.tolerance()) break;
        }
        return rank;
    }

    private static double[] normalise(double[] v) {
        double sum = 0;
        for (double x : v) sum += x;
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = sum > 0 ? v[i] / sum : 1.0 / v.length;
        return out;
    }
}
