package org.nashra.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nashra.extract.EntityType;
import org.nashra.extract.Mention;

/**
 * What news Arabic signals in so many words, read from editable lists under {@code rules/}:
 * a title or role before a person ({@code اللواء سعد معن}, {@code وزير الدفاع العراقي ثابت العباسي}),
 * an organisation's head word and the words that continue it ({@code وكالة الأنباء العراقية}),
 * organisations known by a fixed name ({@code الأمم المتحدة}, {@code داعش}), and place cues
 * ({@code محافظة الأنبار} → {@code الأنبار}; {@code في} before a known place word).
 */
public final class RuleRecogniser implements EntityRecogniser {

    private static final List<String> NO_CLITICS = List.of();
    private static final List<String> CONJUNCTIONS = List.of("و", "ف");
    private static final List<String> HEAD_CLITICS = List.of("ول", "فل", "و", "ف", "ل");
    private static final int MAX_NAME_WORDS = 4;

    private final PhraseList titles;
    private final PhraseList organisationHeads;
    private final PhraseList organisationNames;
    private final PhraseList placeHeads;
    private final PhraseList placePrepositions;
    private final PhraseList stopWords;
    private final NameLexicon lexicon;
    private final WordLists wordLists;

    RuleRecogniser(NameLexicon lexicon, WordLists wordLists) {
        this.titles = PhraseList.resource("rules/person-titles.txt");
        this.organisationHeads = PhraseList.resource("rules/organisation-heads.txt");
        this.organisationNames = PhraseList.resource("rules/organisation-names.txt");
        this.placeHeads = PhraseList.resource("rules/place-heads.txt");
        this.placePrepositions = PhraseList.resource("rules/place-prepositions.txt");
        this.stopWords = PhraseList.resource("rules/stop-words.txt");
        this.lexicon = lexicon;
        this.wordLists = wordLists;
    }

    /** The bundled rule lists, with the bundled model's word lexicon to tell names from common words. */
    public static RuleRecogniser bundled() {
        return new RuleRecogniser(StatisticalRecogniser.bundled().lexicon(), WordLists.bundled());
    }

    @Override
    public List<Mention> recognise(String text) {
        if (text == null || text.isBlank()) return List.of();
        List<Mention> mentions = new ArrayList<>();
        for (List<Tokens.Token> sentence : Tokens.sentences(text)) {
            recogniseSentence(text, sentence, mentions);
        }
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return List.copyOf(mentions);
    }

    private void recogniseSentence(String text, List<Tokens.Token> tokens, List<Mention> out) {
        List<String> folded = tokens.stream().map(t -> ArabicText.fold(t.text())).toList();
        int i = 0;
        while (i < tokens.size()) {
            int next = organisationName(text, tokens, folded, i, out);
            if (next < 0) next = organisationWithHead(text, tokens, folded, i, out);
            if (next < 0) next = personAfterTitle(text, tokens, folded, i, out);
            if (next < 0) next = placeAfterHead(text, tokens, folded, i, out);
            if (next < 0) next = knownPlaceAfterPreposition(text, tokens, folded, i, out);
            i = next < 0 ? i + 1 : next;
        }
    }

    private int organisationName(String text, List<Tokens.Token> tokens, List<String> folded, int i, List<Mention> out) {
        PhraseList.Match name = organisationNames.longestAt(folded, i, Clitics.PROCLITICS);
        if (name == null) return -1;
        add(text, tokens, name.from(), name.clitic(), name.to(), EntityType.ORGANISATION, out);
        return name.to();
    }

    private int organisationWithHead(String text, List<Tokens.Token> tokens, List<String> folded, int i, List<Mention> out) {
        PhraseList.Match head = organisationHeads.longestAt(folded, i, HEAD_CLITICS);
        if (head == null) return -1;
        int end = head.to();
        while (end < tokens.size() && end - head.to() < MAX_NAME_WORDS - 1) {
            String word = folded.get(end);
            boolean first = end == head.to();
            boolean continues = word.startsWith("ال") ? !stopWords.containsWord(word) && word.length() > 3
                    : first && isNameWord(tokens.get(end).text(), word);
            if (!continues) break;
            end++;
        }
        if (end == head.to()) return -1;
        add(text, tokens, head.from(), head.clitic(), end, EntityType.ORGANISATION, out);
        return end;
    }

    private int personAfterTitle(String text, List<Tokens.Token> tokens, List<String> folded, int i, List<Mention> out) {
        PhraseList.Match title = titles.longestAt(folded, i, Clitics.PROCLITICS);
        if (title == null) return -1;
        int start = title.to();
        for (int guard = 0; guard < 6 && start < tokens.size(); guard++) {
            PhraseList.Match another = titles.longestAt(folded, start, CONJUNCTIONS);
            if (another != null) start = another.to();
            else if (isNisba(folded.get(start))) start++;
            else break;
        }
        if (start >= tokens.size()) return title.to();
        String first = folded.get(start);
        if (first.startsWith("ال") || !isNameWord(tokens.get(start).text(), first)) return title.to();
        if ("وفبلك".indexOf(first.charAt(0)) >= 0 && !isKnownNameWord(first)) return title.to();
        int end = start + 1;
        while (end < tokens.size() && end - start < MAX_NAME_WORDS && isNameWord(tokens.get(end).text(), folded.get(end))) {
            end++;
        }
        add(text, tokens, start, 0, end, EntityType.PERSON, out);
        return end;
    }

    private int placeAfterHead(String text, List<Tokens.Token> tokens, List<String> folded, int i, List<Mention> out) {
        PhraseList.Match head = placeHeads.longestAt(folded, i, HEAD_CLITICS);
        if (head == null || head.to() >= tokens.size()) return -1;
        int start = head.to();
        if (!isNameWord(tokens.get(start).text(), folded.get(start))) return -1;
        int end = start + 1;
        while (end < tokens.size() && end - start < 3 && folded.get(end).startsWith("ال") && !isNisba(folded.get(end))
                && isNameWord(tokens.get(end).text(), folded.get(end))) {
            end++;
        }
        add(text, tokens, start, 0, end, EntityType.PLACE, out);
        return end;
    }

    private int knownPlaceAfterPreposition(String text, List<Tokens.Token> tokens, List<String> folded, int i,
                                           List<Mention> out) {
        PhraseList.Match preposition = placePrepositions.longestAt(folded, i, CONJUNCTIONS);
        if (preposition == null || preposition.to() >= tokens.size()) return -1;
        int at = preposition.to();
        String word = folded.get(at);
        if (!wordLists.listsOf(ArabicText.withoutPrefix(word)).contains("LOC") || lexicon.isCommonWord(word)
                || stopWords.containsWord(word)) {
            return -1;
        }
        add(text, tokens, at, 0, at + 1, EntityType.PLACE, out);
        return at + 1;
    }

    /** A word that may belong to a name: letters only, no attached clitic, neither a stop word nor a common word. */
    private boolean isNameWord(String raw, String folded) {
        if (folded.length() < 2 || !folded.codePoints().allMatch(Character::isLetter)) return false;
        if (stopWords.containsWord(folded) || titles.containsWord(folded)) return false;
        if (Clitics.nameStart(raw, lexicon) > 0) return false;
        String bare = ArabicText.withoutPrefix(folded);
        if (lexicon.isCommonWord(folded) && !wordLists.listsOf(bare).contains("PERS")) return false;
        return true;
    }

    /** A word seen in names in training or listed as a person-name word: بوش, لويد, فلاديمير. */
    private boolean isKnownNameWord(String folded) {
        return lexicon.count(folded) > 0 || wordLists.listsOf(ArabicText.withoutPrefix(folded)).contains("PERS");
    }

    /** A nationality or relation adjective with the article: العراقي, الأمريكية, الأميركيه. */
    private static boolean isNisba(String folded) {
        return folded.startsWith("ال") && folded.length() > 4 && (folded.endsWith("ي") || folded.endsWith("يه"));
    }

    private static void add(String text, List<Tokens.Token> tokens, int from, int cliticLetters, int to,
                            EntityType type, List<Mention> out) {
        Tokens.Token first = tokens.get(from);
        int start = first.start() + Clitics.originalIndex(first.text(), cliticLetters);
        int end = tokens.get(to - 1).end();
        if (start < end) out.add(new Mention(text.substring(start, end), start, end, type));
    }
}
