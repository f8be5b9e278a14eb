package org.nashra.extract.topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.nashra.arabic.ArabicText;
import org.nashra.arabic.Clitics;
import org.nashra.arabic.Normalised;
import org.nashra.arabic.Tokens;
import org.nashra.core.Span;
import org.nashra.extract.WordLists;

/**
 * Assigns taxonomy topics to an article from evidence phrases found in its text. A topic needs at
 * least {@link #MIN_DISTINCT_PHRASES} different phrases in different places, so one incidental word never puts an
 * article on a topic page (a phrase found inside another's match is not a second one), and not all in one sentence that excludes it (ولا يشمل). Matching is on the normalised form (hamza, alef, ya, ta marbuta, diacritics folded);
 * a phrase's first word may carry proclitics (و ف ب ل ك ال). Phrases found only in portfolios' names ({@code portfolio-words.txt}:
 * وزيرة للسياحة والآثار) never set a topic: a cabinet list names every ministry, and is about none of them; they count
 * beside a phrase found elsewhere (التضخم, then وزير الاقتصاد). So do phrases inside the name of an organisation the
 * names found: جامعة العلوم والتكنولوجيا is a university, and says nothing of technology, but صندوق النقد الدولي beside
 * التضخم is economy news. A topic's {@code supporting} phrases (مرحلتين, المرحلة الأولى of the coalition's mission) are as
 * common outside it as in it: they count as a second phrase, but only an evidence phrase found outside names and
 * portfolios sets the topic.
 */
public final class TopicFinder {

    static final int MIN_DISTINCT_PHRASES = 2;
    /** Repeats of one phrase add to the score, but only up to this many occurrences. */
    static final int MAX_COUNTED_REPEATS = 3;
    /** Words that exclude what a sentence names ({@code exclusion-words.txt}: لا يشمل, باستثناء), in matching form. */
    private static final List<List<String>> EXCLUSIONS = WordLists.rows(TopicFinder.class, "exclusion-words.txt").stream()
            .map(row -> words(ArabicText.normaliseForMatching(row.get(0)))).toList();
    private static final int[] NOWHERE = {};
    /** Words that name a portfolio, in matching form. */
    private static final Set<String> PORTFOLIO = WordLists.rows(TopicFinder.class, "portfolio-words.txt").stream()
            .map(row -> ArabicText.normaliseForMatching(row.get(0))).collect(Collectors.toUnmodifiableSet());
    /** Heads of organisations' names whose words are no evidence of a subject ({@code name-heads.txt}: جامعة, شركة). */
    private static final Set<String> NAME_HEADS = WordLists.rows(TopicFinder.class, "name-heads.txt").stream()
            .map(row -> ArabicText.normaliseForMatching(row.get(0))).collect(Collectors.toUnmodifiableSet());
    /** How many words joined by و after a portfolio word still name the portfolio (وزير الثقافة والسياحة والآثار). */
    private static final int MAX_JOINED = 3;

    private final List<Topic> topics;
    private final Map<String, List<List<String>>> phraseTokens = new LinkedHashMap<>();

    public TopicFinder(List<Topic> topics) {
        this.topics = List.copyOf(topics);
        for (Topic topic : this.topics) {
            for (String phrase : phrases(topic)) {
                phraseTokens.computeIfAbsent(phrase, p -> List.of(words(ArabicText.normaliseForMatching(p))));
            }
        }
    }

    /** Topics of a text given as blocks (paragraphs, headings), best first; ties by taxonomy order. */
    public List<TopicRef> find(List<String> blocks) {
        return find(blocks, List.of());
    }

    /**
     * Topics of a text given as blocks, where {@code names} are the spans of organisations' names in those blocks: a
     * phrase inside a longer one headed by a word of {@code name-heads.txt} (جامعة, شركة) counts only beside a phrase found
     * outside such names and portfolios. A phrase that is the whole name (غوغل) is the organisation the editors listed.
     */
    public List<TopicRef> find(List<String> blocks, List<Span> names) {
        return find(blocks, names, "");
    }

    /**
     * As {@link #find(List, List)}, knowing the outlet's headline: evidence found in one sentence that excludes it
     * still counts when a phrase of the topic is in the headline too: the article is about it.
     */
    public List<TopicRef> find(List<String> blocks, List<Span> names, String headline) {
        BlockTokens headed = BlockTokens.of(headline == null ? "" : headline);
        List<BlockTokens> tokenised = new ArrayList<>();
        for (String block : blocks) tokenised.add(BlockTokens.of(block));
        List<TopicRef> found = new ArrayList<>();
        for (Topic topic : topics) {
            List<TopicRef.Evidence> evidence = new ArrayList<>();
            Set<TopicRef.Evidence> inNames = new HashSet<>();
            Set<String> core = new HashSet<>(topic.evidence());
            for (String phrase : phrases(topic)) {
                List<String> wanted = phraseTokens.get(phrase).get(0);
                for (int b = 0; b < tokenised.size(); b++) {
                    for (int[] span : tokenised.get(b).find(wanted)) {
                        TopicRef.Evidence e = new TopicRef.Evidence(phrase, b, span[0], span[1]);
                        evidence.add(e);
                        if (span[2] == 1 || insideName(names, blocks.get(b), b, span[0], span[1])) inNames.add(e);
                    }
                }
            }
            evidence = withoutGlosses(outermost(evidence), blocks);
            double score = score(evidence);
            long distinct = evidence.stream().map(TopicRef.Evidence::phrase).distinct().count();
            boolean beyondNames = evidence.stream().anyMatch(e -> !inNames.contains(e) && core.contains(e.phrase()));
            if (distinct >= MIN_DISTINCT_PHRASES && beyondNames && (notExcluded(evidence, blocks) || inHeadline(topic, headed))) found.add(new TopicRef(topic.id(), score, evidence));
        }
        found.sort((a, b) -> Double.compare(b.score(), a.score()));
        return List.copyOf(found);
    }

    /**
     * Whether the evidence lies in more than one sentence, or in one that does not exclude what it names: a sentence
     * holding a word of {@code exclusion-words.txt} (ولا يشمل الجدول محافظات إقليم كردستان الثلاث (أربيل والسليمانية
     * ودهوك)) says what the article is not about.
     */
    static boolean notExcluded(List<TopicRef.Evidence> evidence, List<String> blocks) {
        Set<Long> sentences = new HashSet<>();
        for (TopicRef.Evidence e : evidence) {
            sentences.add(((long) e.block() << 32) | sentenceIndex(blocks.get(e.block()), e.start()));
            if (sentences.size() > 1) return true;
        }
        if (evidence.isEmpty()) return true;
        TopicRef.Evidence first = evidence.get(0);
        String block = blocks.get(first.block());
        int index = sentenceIndex(block, first.start());
        int start = 0;
        while (start < block.length() && sentenceIndex(block, start) < index) start++;
        int end = start;
        while (end < block.length() && sentenceIndex(block, end) == index) end++;
        BlockTokens sentence = BlockTokens.of(block.substring(start, end));
        return EXCLUSIONS.stream().noneMatch(words -> !sentence.find(words).isEmpty());
    }

    /** A topic's evidence phrases, then its supporting ones: of two equal matches the one listed first stays. */
    private static List<String> phrases(Topic topic) {
        List<String> all = new ArrayList<>(topic.evidence());
        all.addAll(topic.supporting());
        return all;
    }

    private boolean inHeadline(Topic topic, BlockTokens headline) {
        return topic.evidence().stream().anyMatch(phrase -> !headline.find(phraseTokens.get(phrase).get(0)).isEmpty());
    }

    /** How many sentences end before an offset of a block: a full stop, question or exclamation mark before a space, or a line break. */
    private static int sentenceIndex(String block, int offset) {
        int index = 0;
        for (int i = 0; i < offset && i < block.length(); i++) {
            char c = block.charAt(i);
            boolean end = c == '\n' || (c == '.' || c == '!' || c == '?' || c == '؟') && i + 1 < block.length() && Character.isWhitespace(block.charAt(i + 1));
            if (end) index++;
        }
        return index;
    }

    private static boolean headsNoSubject(String name) {
        List<String> words = words(ArabicText.normaliseForMatching(name));
        return !words.isEmpty() && Clitics.stems(words.get(0)).stream().anyMatch(NAME_HEADS::contains);
    }

    private static boolean insideName(List<Span> names, String text, int block, int start, int end) {
        for (Span name : names) {
            if (name.block() != block || name.end() > text.length() || !headsNoSubject(text.substring(name.start(), name.end()))) continue;
            boolean within = name.block() == block && name.start() <= start && end <= name.end();
            if (within && end - start < name.end() - name.start()) return true;
        }
        return false;
    }

    /** Words that gloss a place just named with the larger one it lies in (أربيل، عاصمة إقليم كوردستان), in matching form. */
    private static final List<List<String>> GLOSSES = WordLists.rows(TopicFinder.class, "gloss-words.txt").stream()
            .map(row -> words(ArabicText.normaliseForMatching(row.get(0)))).toList();

    /**
     * The evidence without the phrases that gloss the one just before them: in وفي أربيل، عاصمة إقليم كوردستان the
     * region is named to say where the city is, one passing mention, not a second phrase of the region's topic
     * ({@code gloss-words.txt}: عاصمة، كبرى مدن).
     */
    private static List<TopicRef.Evidence> withoutGlosses(List<TopicRef.Evidence> evidence, List<String> blocks) {
        List<TopicRef.Evidence> kept = new ArrayList<>(evidence.size());
        for (TopicRef.Evidence e : evidence) {
            boolean gloss = false;
            for (TopicRef.Evidence named : evidence) {
                if (named.block() != e.block() || named.end() > e.start() || named.phrase().equals(e.phrase())) continue;
                String between = blocks.get(e.block()).substring(named.end(), e.start());
                if (between.length() > 40) continue;
                List<String> words = words(ArabicText.normaliseForMatching(between.replaceAll("[\u060C,()\\-\u2013]", " ")));
                gloss |= GLOSSES.contains(words);
            }
            if (!gloss) kept.add(e);
        }
        return kept;
    }

    /**
     * The evidence without what lies inside another phrase's match: "قطاع غزة" is one mention, not "قطاع غزة" and
     * "غزة", and "المحكمة" matched by both "محكمة" and "المحكمة" is one. Of two equal matches the phrase listed first stays.
     */
    private static List<TopicRef.Evidence> outermost(List<TopicRef.Evidence> evidence) {
        List<TopicRef.Evidence> kept = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            TopicRef.Evidence e = evidence.get(i);
            boolean inside = false;
            for (int j = 0; j < evidence.size() && !inside; j++) {
                TopicRef.Evidence other = evidence.get(j);
                if (j == i || other.block() != e.block() || other.start() > e.start() || other.end() < e.end()) continue;
                boolean equal = other.start() == e.start() && other.end() == e.end();
                inside = !equal || j < i;
            }
            if (!inside) kept.add(e);
        }
        return kept;
    }

    private static double score(List<TopicRef.Evidence> evidence) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (TopicRef.Evidence e : evidence) counts.merge(e.phrase(), 1, Integer::sum);
        double score = 0;
        for (int count : counts.values()) score += 1 + 0.5 * (Math.min(count, MAX_COUNTED_REPEATS) - 1);
        return score;
    }

    private static List<String> words(String normalised) {
        return Tokens.tokenise(normalised).stream().map(Tokens.Token::text).toList();
    }

    /**
     * One block's tokens in matching form, with their offsets in the original block text, and where each
     * word's proclitic-free forms ({@link Clitics#stems}) occur, so that a phrase is looked for only where
     * its first word can be.
     */
    private record BlockTokens(List<String> words, Map<String, int[]> positionsByStem, int[] starts, int[] ends, boolean[] portfolio) {

        static BlockTokens of(String block) {
            Normalised normalised = ArabicText.normaliseWithOffsets(block);
            List<Tokens.Token> tokens = Tokens.tokenise(normalised.text());
            int[] starts = new int[tokens.size()];
            int[] ends = new int[tokens.size()];
            List<String> words = new ArrayList<>();
            Map<String, Positions> positions = new HashMap<>();
            for (int i = 0; i < tokens.size(); i++) {
                words.add(tokens.get(i).text());
                starts[i] = normalised.originalStart(tokens.get(i).start());
                ends[i] = normalised.originalEnd(tokens.get(i).end());
                for (String stem : Clitics.stems(tokens.get(i).text())) {
                    positions.computeIfAbsent(stem, k -> new Positions()).add(i);
                }
            }
            Map<String, int[]> positionsByStem = new HashMap<>(positions.size() * 4 / 3 + 1);
            for (Map.Entry<String, Positions> stem : positions.entrySet()) positionsByStem.put(stem.getKey(), stem.getValue().toArray());
            return new BlockTokens(words, positionsByStem, starts, ends, portfolio(words));
        }

        /** The indexes of the words a stem occurs in, each once, in order. */
        private static final class Positions {
            private int[] at = new int[2];
            private int size;

            void add(int word) {
                // a word whose readings give the same stem twice is one position
                if (size > 0 && at[size - 1] == word) return;
                if (size == at.length) at = java.util.Arrays.copyOf(at, size * 2);
                at[size++] = word;
            }

            int[] toArray() {
                return java.util.Arrays.copyOf(at, size);
            }
        }

        /**
         * Which words name a portfolio: the word after a portfolio word, and up to {@link #MAX_JOINED} words after it that
         * each join the one before with و (وزيرة للسياحة والآثار: للسياحة and والآثار).
         */
        private static boolean[] portfolio(List<String> words) {
            boolean[] in = new boolean[words.size()];
            for (int i = 1; i < words.size(); i++) {
                if (!isPortfolioWord(words.get(i - 1))) continue;
                in[i] = true;
                for (int k = i + 1; k < words.size() && k <= i + MAX_JOINED && words.get(k).startsWith("و"); k++) in[k] = true;
            }
            return in;
        }

        private static boolean isPortfolioWord(String word) {
            return Clitics.stems(word).stream().anyMatch(PORTFOLIO::contains);
        }

        List<int[]> find(List<String> wanted) {
            List<int[]> spans = new ArrayList<>();
            if (wanted.isEmpty()) return spans;
            outer:
            for (int i : positionsByStem.getOrDefault(wanted.get(0), NOWHERE)) {
                if (i + wanted.size() > words.size()) break;
                for (int k = 1; k < wanted.size(); k++) {
                    if (!words.get(i + k).equals(wanted.get(k))) continue outer;
                }
                spans.add(new int[] {starts[i], ends[i + wanted.size() - 1], portfolio[i] ? 1 : 0});
            }
            return spans;
        }
    }
}
