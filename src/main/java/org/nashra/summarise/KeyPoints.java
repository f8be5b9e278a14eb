package org.nashra.summarise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.nashra.arabic.ArabicText;

/**
 * Picks the key points listed beside a summary: the most salient of the facts the caller found
 * (quotes, figures, dated events), topped up with the best-ranked sentences the summary left out;
 * questions and headings come last, and the fixed wording of official texts ({@link Formulae}) or a page's date line or count of
 * views ({@link #stamp}) is never one.
 * A point is dropped when it repeats the summary or an earlier point: it overlaps it in the text,
 * or most of its content terms are already there.
 */
public final class KeyPoints {

    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}\\p{M}]+");

    /**
     * @param min             fewest key points when there are enough distinct facts and sentences
     * @param max             most key points
     * @param sentencesPer    one key point per this many eligible sentences of the article, plus two
     * @param maxTermOverlap  share of a point's content terms already said elsewhere that makes it a repeat
     * @param sentenceWeight  a sentence's salience is its rank score relative to the best, times this,
     *                        so a caller's fact outranks a sentence of equal standing
     */
    public record Settings(int min, int max, int sentencesPer, double maxTermOverlap, double sentenceWeight) {

        public Settings {
            if (min < 0 || max < min || sentencesPer < 1) throw new IllegalArgumentException("bad key point counts");
        }

        public static Settings defaults() {
            return new Settings(3, 6, 3, 0.6, 0.8);
        }
    }

    private static final Set<String> STAMP_WORDS = Resources.lines(KeyPoints.class, "stamp-words.txt").stream()
            .flatMap(line -> Arrays.stream(ArabicText.normaliseForMatching(line).split("\\s+")))
            .collect(Collectors.toUnmodifiableSet());

    private final Settings settings;
    private final Terms terms = new Terms();

    public KeyPoints() {
        this(Settings.defaults());
    }

    public KeyPoints(Settings settings) {
        this.settings = settings;
    }

    /**
     * @param facts   candidate facts found in the article, in any order
     * @param articleSummary the article's summary; its ranking supplies sentence candidates
     * @return between {@code min} and {@code max} key points (fewer only when the article has no more
     *         distinct material), in reading order
     */
    public List<KeyPoint> select(List<KeyPoint> facts, Summary articleSummary) {
        return select(facts, articleSummary, List.of());
    }

    /**
     * As {@link #select(List, Summary)}, knowing the article's sentences: a fact that stands in a question
     * ({@link Questions}), like a sentence that is one, is what was asked, not news, and one in a photo's caption
     * ({@link Captions}) describes a picture, and one in a match sheet's line ({@link SheetLines}) or a list of names
     * ({@link Enumerations}) lists: each is taken only when nothing else is left.
     *
     * @param sentences the article's sentences, with paragraph indexes and offsets as the facts'
     */
    public List<KeyPoint> select(List<KeyPoint> facts, Summary articleSummary, List<SentenceRef> sentences) {
        List<SentenceRef> questions = sentences == null ? List.of()
                : sentences.stream().filter(s -> s != null && asked(s.text())).toList();
        // an item of a list stands in a paragraph of its own, whatever marker (- , 4.) opens it
        Set<Integer> items = sentences == null ? Set.of() : Enumerations.listItems(sentences).stream()
                .map(SentenceRef::paragraph).collect(Collectors.toUnmodifiableSet());
        // a heading (a digest's item title: 2) التضخم يتراجع إلى 0.6%) names what the sentences below tell
        Set<Integer> headings = sentences == null ? Set.of() : headings(sentences);
        List<SentenceRef> formulae = sentences == null ? List.of()
                : sentences.stream().filter(s -> s != null && Formulae.isFormula(s.text())).toList();
        Summary summary = articleSummary == null ? Summary.empty() : articleSummary;
        List<KeyPoint> pool = new ArrayList<>();
        for (KeyPoint fact : facts == null ? List.<KeyPoint>of() : facts) {
            if (fact == null || fact.text().isBlank()) continue;
            // a fact's sentence is shown without the label or live blog's clock time that opens it (14:00 - أكد …)
            SentenceRef bare = Enumerations.withoutLabel(new SentenceRef(fact.paragraph(), fact.start(), fact.end(), fact.text()));
            pool.add(bare.text().equals(fact.text()) ? fact
                    : new KeyPoint(bare.text(), fact.kind(), fact.salience(), fact.paragraph(), bare.start(), fact.end()));
        }
        double best = summary.ranking().isEmpty() ? 1 : summary.ranking().get(0).score();
        for (RankedSentence ranked : summary.ranking()) {
            if (summary.sentences().contains(ranked.sentence())) continue;
            double relative = best > 0 ? ranked.score() / best : 0;
            pool.add(KeyPoint.of(ranked.sentence(), settings.sentenceWeight() * relative));
        }
        // Whether a point is asked (or a list's item) is found once for each, not at every comparison of the sort.
        java.util.Map<KeyPoint, Boolean> isAsked = new java.util.IdentityHashMap<>();
        // an answer without its question (نحو 4 مليارات دولار after • كم يكلّف؟) is no statement; a speaker's quote is
        // one, and so is an answer the text gives its speaker with a label (ج: لا نريد رفع سقف التوقعات)
        Set<SentenceRef> answers = sentences == null ? Set.of() : Questions.answers(sentences);
        Set<Integer> spoken = answers.stream().filter(s -> !Enumerations.withoutLabel(s).text().equals(s.text()))
                .map(SentenceRef::paragraph).collect(Collectors.toSet());
        Set<SentenceRef> unsaid = answers.stream().filter(s -> !spoken.contains(s.paragraph())).collect(Collectors.toSet());
        for (KeyPoint k : pool) isAsked.put(k, asked(k, questions) || items.contains(k.paragraph()) || headings.contains(k.paragraph())
                || k.kind() != KeyPoint.Kind.QUOTE && unsaid.stream().anyMatch(a -> a.paragraph() == k.paragraph() && a.start() <= k.start() && k.start() < a.end()));
        pool.sort(Comparator.comparing((KeyPoint k) -> isAsked.get(k))
                .thenComparingDouble((KeyPoint k) -> -salience(k))
                .thenComparingInt(KeyPoint::paragraph).thenComparingInt(KeyPoint::start)
                .thenComparing(KeyPoint::text));

        List<Set<String>> said = new ArrayList<>();
        for (SentenceRef s : summary.sentences()) said.add(new TreeSet<>(terms.of(s.text())));
        int wanted = Math.max(settings.min(),
                Math.min(settings.max(), summary.ranking().size() / settings.sentencesPer() + 2));
        List<KeyPoint> chosen = new ArrayList<>();
        for (KeyPoint candidate : pool) {
            if (chosen.size() == wanted) break;
            Set<String> candidateTerms = new TreeSet<>(terms.of(candidate.text()));
            boolean repeatsSummary = summary.sentences().stream()
                    .anyMatch(s -> candidate.overlaps(s.paragraph(), s.start(), s.end()));
            boolean repeatsPoint = chosen.stream()
                    .anyMatch(c -> candidate.overlaps(c.paragraph(), c.start(), c.end()));
            boolean repeatsTerms = said.stream().anyMatch(s -> mostlyIn(candidateTerms, s));
            // what every decree says (ويعمل به من تاريخ صدوره), or a stamp, is never news, whatever is left
            boolean formula = Formulae.isFormula(candidate.text()) || formulae.stream().anyMatch(f -> candidate.overlaps(f.paragraph(), f.start(), f.end()));
            // a table's row (الحوض الشرقي: 71,4% / 10,2%) means nothing without the table's header
            // and so does a row set out in cells (المخالفة: … الغرامة: …) or as a list's item that prices an entry
            boolean row = SheetLines.isTableRow(candidate.text()) || candidate.kind() != KeyPoint.Kind.QUOTE && SheetLines.isListingRow(candidate.text())
                    || SheetLines.isCellRow(candidate.text()) || items.contains(candidate.paragraph()) && SheetLines.isItemRow(candidate.text());
            if (candidateTerms.isEmpty() || noWords(candidate.text()) || stamp(candidate.text()) || counter(candidate.text()) || footnote(candidate.text()) || note(candidate.text()) || row || formula || repeatsSummary || repeatsPoint || repeatsTerms) continue;
            chosen.add(candidate);
            said.add(candidateTerms);
        }
        chosen.sort(Comparator.comparingInt(KeyPoint::paragraph).thenComparingInt(KeyPoint::start));
        // a point cut from a quotation over several sentences shows the marks it is quoted with, both of them
        return chosen.stream().map(k -> new KeyPoint(Summary.balanced(k.text()), k.kind(), k.salience(), k.paragraph(), k.start(), k.end())).toList();
    }

    /** Most words of a heading: a paragraph of one short sentence that ends without a stop, as the summariser reads one. */
    static final int MAX_HEADING_WORDS = 15;

    /** The paragraphs that are headings: one sentence of at most {@value #MAX_HEADING_WORDS} words, ending without a stop. */
    static Set<Integer> headings(List<SentenceRef> sentences) {
        java.util.Map<Integer, List<SentenceRef>> byParagraph = new java.util.TreeMap<>();
        for (SentenceRef s : sentences) {
            if (s != null && s.text().codePoints().anyMatch(Character::isLetter)) byParagraph.computeIfAbsent(s.paragraph(), p -> new ArrayList<>()).add(s);
        }
        Set<Integer> headings = new TreeSet<>();
        for (java.util.Map.Entry<Integer, List<SentenceRef>> p : byParagraph.entrySet()) {
            String text = p.getValue().get(0).text().strip();
            if (p.getValue().size() == 1 && text.split("\\s+").length <= MAX_HEADING_WORDS && !TextRankSummariser.endsLikeSentence(text)) headings.add(p.getKey());
        }
        return headings;
    }

    /** Whether a point is, or stands in, a question, a photo's caption, a match sheet's line or a list of names. */
    private static boolean asked(KeyPoint k, List<SentenceRef> questions) {
        return asked(k.text())
                || questions.stream().anyMatch(q -> q.paragraph() == k.paragraph() && q.start() <= k.start() && k.end() <= q.end());
    }

    private static boolean asked(String text) {
        return Questions.isQuestion(text) || Questions.isBareAnswer(text) || Captions.isCaption(text) || SheetLines.isSheetLine(text) || Enumerations.isList(text);
    }

    /** No word of letters: a stamp (4-9-2024 | 18:05), no statement. */
    private static boolean noWords(String text) {
        return text.codePoints().noneMatch(Character::isLetter);
    }

    /** An entry of the list of references under a study ([2] مؤتمر صحفي لكاوست، 18 سبتمبر 2024): a source, no news. */
    static boolean footnote(String text) {
        return FOOTNOTE.matcher(text).lookingAt();
    }

    private static final Set<String> NOTE_LABELS = Resources.lines(KeyPoints.class, "note-labels.txt").stream()
            .map(ArabicText::normaliseForMatching).collect(Collectors.toUnmodifiableSet());
    /** A note's label: a bullet or star perhaps, one or two words, then a colon. */
    private static final java.util.regex.Pattern NOTE = java.util.regex.Pattern.compile("\\s*[*•\\-–]?\\s*([\\p{L}\\p{M}]+(?:\\s+[\\p{L}\\p{M}]+)?)\\s*:");

    /** A note on the article itself ({@code note-labels.txt}: * تصحيح: …, إفصاح: …): about the text, not the news. */
    static boolean note(String text) {
        java.util.regex.Matcher m = NOTE.matcher(text);
        return m.lookingAt() && NOTE_LABELS.contains(ArabicText.normaliseForMatching(m.group(1)));
    }

    /** A dateline's place and agency: up to four words, perhaps split by a slash or comma, then a dash. */
    private static final java.util.regex.Pattern DATELINE =
            java.util.regex.Pattern.compile("\\s*[\\p{L}\\p{M}]+(?:\\s*[/،,]?\\s*[\\p{L}\\p{M}]+){0,3}\\s*[-–—]\\s*");

    private static final java.util.regex.Pattern FOOTNOTE = java.util.regex.Pattern.compile("\\s*[\\[(][0-9٠-٩]{1,3}[\\])]\\s*\\S");

    /**
     * A number whose every word is a stamp's ({@code stamp-words.txt}): a date line, a reading time or a count of views
     * (الجمعة 3 ذو القعدة 1445 - 10 مايو 2024 | 21:05، 👁 125,430 مشاهدة), with no verb to say what happened, perhaps
     * after a dateline's place and agency.
     */
    static boolean stamp(String text) {
        if (text.codePoints().noneMatch(Character::isDigit)) return false;
        // a dateline names the place and the agency before the date (طهران / ارنا - ١٢ آذر ۱۴۰۳ (٢ ديسمبر ٢٠٢٤))
        java.util.regex.Matcher dateline = DATELINE.matcher(text);
        if (dateline.lookingAt() && dateline.end() < text.length() && stamp(text.substring(dateline.end()))) return true;
        String[] words = NOT_LETTERS.split(ArabicText.normaliseForMatching(text));
        return Arrays.stream(words).filter(w -> !w.isEmpty()).allMatch(STAMP_WORDS::contains);
    }

    /** A count of comments or views in brackets (312 تعليقاً), the closing words of a line of few words. */
    private static final java.util.regex.Pattern COUNT_TAIL =
            java.util.regex.Pattern.compile("\\(\\s*[0-9٠-٩][0-9٠-٩,٬.]*\\s+([\\p{L}\\p{M}]+)\\s*\\)\\s*$");
    /** Most words before such a count: a page's invitation (سجّل دخولك للتعليق على المباراة), not a report. */
    static final int COUNTED_LINE_WORDS = 8;

    /** A line of a page's furniture that closes with a count of comments or views: سجّل دخولك للتعليق على المباراة (312 تعليقاً). */
    static boolean counter(String text) {
        java.util.regex.Matcher m = COUNT_TAIL.matcher(text.strip());
        if (!m.find() || !STAMP_WORDS.contains(ArabicText.normaliseForMatching(m.group(1)))) return false;
        String before = text.strip().substring(0, m.start()).strip();
        return before.isEmpty() || before.split("\\s+").length <= COUNTED_LINE_WORDS;
    }

    private boolean mostlyIn(Set<String> candidate, Set<String> other) {
        long shared = candidate.stream().filter(other::contains).count();
        return shared >= settings.maxTermOverlap() * candidate.size();
    }

    private static double salience(KeyPoint k) {
        return Double.isNaN(k.salience()) ? 0 : k.salience();
    }
}
