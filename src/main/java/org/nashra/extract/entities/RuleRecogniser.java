package org.nashra.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.nashra.extract.EntityType;
import org.nashra.extract.Mention;

/**
 * What news Arabic signals in so many words, read from editable lists under {@code rules/}:
 * a title or role before a person ({@code اللواء سعد معن}, {@code وزير الدفاع العراقي ثابت العباسي}),
 * an organisation's head word and the words that continue it ({@code وكالة الأنباء العراقية}),
 * a word announcing an organisation ({@code قناة الحرة} → {@code الحرة}),
 * organisations known by a fixed name ({@code الأمم المتحدة}, {@code داعش}), and place cues
 * ({@code محافظة الأنبار} → {@code الأنبار}, {@code نهر الفرات} → {@code الفرات}), and the quoted title
 * of a work after a word that announces one ({@code برنامج « حوار من القلب »}, a MISC name).
 * A person's first name must be a known name word, so a title used as a common noun ({@code الفريق جاهز})
 * finds nothing.
 */
public final class RuleRecogniser implements EntityRecogniser {

    private static final List<String> NO_CLITICS = List.of();
    private static final List<String> CONJUNCTIONS = List.of("و", "ف");
    private static final List<String> SURNAME_ENDINGS_IN_ALEF = PhraseList.resourceLines("rules/surname-endings-in-alef.txt").stream()
            .map(ArabicText::fold).toList();
    /** One-letter conjunctions, prepositions and the future prefix that attach to the next word. */
    private static final Set<String> WORD_PREFIXES = Set.of("و", "ف", "ب", "ل", "س");
    private static final List<String> HEAD_CLITICS = List.of("ول", "فل", "و", "ف", "ل");
    private static final int MAX_NAME_WORDS = 4;
    private static final int MAX_PERSON_WORDS = 6;
    private static final int MAX_TITLE_WORDS = 6;

    private final PhraseList titles;
    /** Adjectives of a statement, not a body, after a body's adjective ({@code rules/statement-adjectives.txt}). */
    private final PhraseList statementAdjectives;
    private final Set<String> titleWords;
    private final PhraseList organisationHeads;
    private final PhraseList organisationNames;
    private final PhraseList organisationCues;
    private final PhraseList movementCues;
    private final PhraseList cuesThatAreActions;
    /**
     * Cues of a club's name that also head a team of workers, each with the words of a document on its game
     * ({@code rules/team-cues.tsv}): فريق, and المباراة, الشوط, الملعب.
     */
    private final java.util.Map<String, Set<String>> teamCues;
    /** Words before a body's name in Latin letters ({@code rules/latin-name-heads.txt}): شركة Palo Alto Networks. */
    private final PhraseList latinNameHeads;
    /** Words before a list of places ({@code rules/place-list-heads.txt}): مدن أكادير وتيزنيت. */
    private final PhraseList placeListHeads;
    /** Heads of a body's name that needs a complement of purpose ({@code rules/organisation-heads-with-purpose.txt}): المركز. */
    private final PhraseList purposeHeads;
    /** Words of when a title was held, between it and the name ({@code rules/title-modifiers.txt}): الأسبق. */
    private final PhraseList titleModifiers;
    private final PhraseList placeHeads;
    private final PhraseList placeOpeners;
    private final PhraseList placeNameHeads;
    private final PhraseList namesakeHeads;
    private final PhraseList stopWords;
    private final PhraseList nameParticles;
    private final PhraseList familyParticles;
    private final java.util.Set<String> stopWordsAsSpelled;
    private final PhraseList organisationModifiers;
    private final PhraseList workCues;
    private final PhraseList communeHeads;
    private final PhraseList townOpeners;
    private final PhraseList nationalities;
    private final PhraseList months;
    private final PhraseList numberWords;
    private final PhraseList ordinals;
    private final PhraseList dualNouns;
    /** Nouns of manner with ب an adjective follows in an adverbial phrase (بشكل, بصورة), folded. */
    private final PhraseList mannerNouns;
    private final PhraseList verbParticles;
    private final PhraseList appointmentVerbs;
    private final PhraseList descriptiveAdjectives;
    private final PhraseList objectNouns;
    private final PhraseList eventHeads;
    private final PhraseList competitionHeads;
    private final PhraseList ageWords;
    /** Places named by a common word, by folded name: the folded words before it that make it the place. */
    private final java.util.Map<String, Set<String>> placesInContext;
    /** Clubs named by common words, each with the words any of which a document names when it speaks of them. */
    private final java.util.Map<String, Set<String>> clubsInContext;
    private final NameLexicon lexicon;
    private final WordLists wordLists;

    RuleRecogniser(NameLexicon lexicon, WordLists wordLists) {
        this.titles = PhraseList.resource("rules/person-titles.txt");
        this.titleWords = titles.words();
        this.organisationHeads = PhraseList.resource("rules/organisation-heads.txt");
        this.organisationNames = PhraseList.resource("rules/organisation-names.txt");
        this.organisationCues = PhraseList.resource("rules/organisation-cues.txt");
        this.movementCues = PhraseList.resource("rules/movement-cues.txt");
        this.cuesThatAreActions = PhraseList.resource("rules/movement-cues-that-are-actions.txt");
        this.teamCues = teamCues(PhraseList.resourceLines("rules/team-cues.tsv"));
        this.latinNameHeads = PhraseList.resource("rules/latin-name-heads.txt");
        this.placeListHeads = PhraseList.resource("rules/place-list-heads.txt");
        this.purposeHeads = PhraseList.resource("rules/organisation-heads-with-purpose.txt");
        this.titleModifiers = PhraseList.resource("rules/title-modifiers.txt");
        this.placeHeads = PhraseList.resource("rules/place-heads.txt");
        this.placeOpeners = PhraseList.resource("rules/place-name-openers.txt");
        this.placeNameHeads = PhraseList.resource("rules/place-name-heads.txt");
        this.namesakeHeads = PhraseList.resource("rules/namesake-heads.txt");
        this.stopWords = PhraseList.resource("rules/stop-words.txt");
        this.nameParticles = PhraseList.resource("rules/name-particles.txt");
        this.familyParticles = PhraseList.resource("rules/family-particles.txt");
        this.stopWordsAsSpelled = java.util.Set.copyOf(PhraseList.resourceLines("rules/stop-words-as-spelled.txt"));
        this.organisationModifiers = PhraseList.resource("rules/organisation-modifiers.txt");
        this.statementAdjectives = PhraseList.resource("rules/statement-adjectives.txt");
        this.workCues = PhraseList.resource("rules/work-cues.txt");
        this.communeHeads = PhraseList.resource("rules/commune-heads.txt");
        this.townOpeners = PhraseList.resource("rules/compound-place-openers.txt");
        this.nationalities = PhraseList.resource("rules/nationalities.txt");
        this.months = PhraseList.resource("rules/months.txt");
        this.numberWords = PhraseList.resource("rules/number-words.txt");
        this.ordinals = PhraseList.resource("rules/ordinal-words.txt");
        this.dualNouns = PhraseList.resource("rules/dual-nouns.txt");
        this.mannerNouns = PhraseList.resource("rules/manner-nouns.txt");
        this.verbParticles = PhraseList.resource("rules/verb-particles.txt");
        this.appointmentVerbs = PhraseList.resource("rules/appointment-verbs.txt");
        this.descriptiveAdjectives = PhraseList.resource("rules/descriptive-adjectives.txt");
        this.objectNouns = PhraseList.resource("rules/object-nouns.txt");
        this.eventHeads = PhraseList.resource("rules/event-heads.txt");
        this.competitionHeads = PhraseList.resource("rules/competition-heads.txt");
        this.ageWords = PhraseList.resource("rules/age-words.txt");
        this.placesInContext = placesInContext(PhraseList.resourceLines("rules/places-that-are-words.tsv"));
        this.clubsInContext = clubsInContext(PhraseList.resourceLines("rules/clubs-that-are-words.tsv"));
        this.lexicon = lexicon;
        this.wordLists = wordLists;
    }

    /** The bundled rule lists, with the bundled model's word lexicon to tell names from common words. */
    public static RuleRecogniser bundled() {
        return new RuleRecogniser(NameLexicon.bundled(), WordLists.bundled());
    }

    /** How far a rule's span can be trusted: a listed name exactly, a name after a title from its start. */
    enum Evidence { LISTED_NAME, AFTER_TITLE, AFTER_CUE }

    /** A mention and the kind of rule that found it. */
    record Found(Mention mention, Evidence evidence) {}

    @Override
    public List<Mention> recognise(String text) {
        return find(text).stream().map(Found::mention).toList();
    }

    List<Found> find(String text) {
        if (text == null || text.isBlank()) return List.of();
        List<Found> found = new ArrayList<>();
        for (List<Tokens.Token> sentence : Tokens.sentences(text)) {
            recogniseSentence(text, sentence, found);
            personsBeforeAge(text, sentence, found);
        }
        found.sort(Comparator.comparingInt((Found f) -> f.mention().start()).thenComparingInt(f -> f.mention().end()));
        return List.copyOf(found);
    }

    /**
     * Each person mention widened leftwards over one word that may be a first name the model did not
     * know ({@code تنظيم الدولة ألن مكاري}: {@code ألن مكاري} from {@code مكاري}): a word never seen in
     * training and in no title, with no clitic and no article, outside every other mention, and itself right
     * after another name or a title word, or listed as a person-name word ({@code الأرجنتيني ليونيل ميسي}).
     */
    List<Mention> withFirstNames(String text, List<Mention> mentions) {
        List<Tokens.Token> tokens = Tokens.tokenise(text);
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            Mention widened = m;
            if (m.type() == EntityType.PERSON) {
                int index = -1;
                for (int i = 0; i < tokens.size() && tokens.get(i).end() <= m.start(); i++) index = i;
                if (index >= 1 && text.substring(tokens.get(index).end(), m.start()).equals(" ")) {
                    Tokens.Token before = tokens.get(index);
                    Tokens.Token boundary = tokens.get(index - 1);
                    String folded = ArabicText.fold(before.text());
                    boolean free = mentions.stream().noneMatch(o -> o.start() < before.end() && before.start() < o.end());
                    boolean afterName = mentions.stream().anyMatch(o -> o.end() == boundary.end())
                            || titleWords.contains(ArabicText.fold(boundary.text()));
                    // never seen, or seen only in persons' names (لودوفيك of لودوفيك فابريغاس, which training saw once)
                    boolean unseen = lexicon.count(folded) == 0 && !lexicon.isCommonWord(folded)
                            || lexicon.personCount(folded) == lexicon.count(folded) && lexicon.outsideCount(folded) == 0;
                    boolean listed = wordLists.listsOf(ArabicText.withoutPrefix(folded)).contains("PERS")
                            && lexicon.outsideCount(folded) == 0;
                    // a name that begins "son of" (ولد عبد الجليل) lacks its first name, whatever it is (الداه ولد عبد الجليل)
                    boolean sonOf = SONS.contains(ArabicText.fold(Tokens.tokenise(m.surface()).get(0).text()));
                    // after a title, a word with the preposition ل is what the title heads, not a first name
                    // (الرئيس المدير العام لسوناطراك رشيد حشيشي: "of Sonatrach")
                    boolean ofBody = titleWords.contains(ArabicText.fold(boundary.text())) && folded.startsWith("ل")
                            && lexicon.count(folded) == 0 && !isKnownNameWord(folded);
                    // a given name of the bundled list right before a family name the model knew alone is its first
                    // name, however often training saw it (وقع وليد جمال الدين: Waleed, not "signed")
                    boolean given = GIVEN_NAMES.contains(folded) && !before.text().startsWith("ال") && !stopWords.containsWord(folded)
                            && Tokens.tokenise(m.surface()).size() >= 2;
                    boolean firstName = !ofBody && (NAME_OPENERS.contains(folded) || given || (sonOf ? isNameWord(before.text(), folded) || hasArticle(before.text(), folded)
                            && folded.codePoints().allMatch(Character::isLetter) && !stopWords.containsWord(folded) && !isNisba(folded)
                            : (afterName || listed) && unseen && !before.text().startsWith("ال") && isNameWord(before.text(), folded)
                                    && mayContinuePerson(folded)));
                    if (free && firstName && !titleWords.contains(folded) && !isPresentTenseVerb(folded)) {
                        widened = new Mention(text.substring(before.start(), m.end()), before.start(), m.end(), m.type());
                    }
                }
            }
            out.add(widened);
        }
        return List.copyOf(out);
    }

    /**
     * Each person of two words that opens with a listed given name widened rightwards over one word never seen in
     * training, in names or out of them, that may end a name and closes the clause (a comma, a full stop, the end):
     * the family name of a three-part name the model cut ({@code والمقاول عادل منصور البنا،}). A word seen anywhere
     * (اليوم, الوفد) or a clitic, title or stop word ends the name where the model did.
     */
    List<Mention> withFamilyNames(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Mention widened = m;
            List<Tokens.Token> words = Tokens.tokenise(m.surface());
            if (m.type() == EntityType.PERSON && words.size() == 2 && GIVEN_NAMES.contains(ArabicText.fold(words.get(0).text()))) {
                int from = m.end();
                while (from < text.length() && text.charAt(from) == ' ') from++;
                int to = from;
                while (to < text.length() && Character.isLetter(text.charAt(to))) to++;
                String raw = text.substring(from, to);
                String folded = ArabicText.fold(raw);
                boolean closes = to == text.length() || ".,،؛:".indexOf(text.charAt(to)) >= 0;
                int wordStart = from;
                int wordEnd = to;
                boolean free = mentions.stream().noneMatch(o -> o.start() < wordEnd && wordStart < o.end());
                if (from > m.end() && closes && free && folded.length() >= 3 && lexicon.count(folded) == 0
                        && lexicon.outsideCount(folded) == 0 && !stopWords.containsWord(folded) && !titles.containsWord(folded)
                        // with the article, a final alef is no accusative's (البنا), as a plural in ايا is no name (الضحايا)
                        && (isNameWord(raw, folded) || isNisbaSurname(folded))
                        && (mayContinuePerson(folded) || folded.startsWith("ال") && !folded.endsWith("ايا"))
                        && !isPresentTenseVerb(folded) && !(folded.startsWith("ال") && folded.endsWith("يه"))) {
                    widened = new Mention(text.substring(m.start(), to), m.start(), to, m.type());
                }
            }
            out.add(widened);
        }
        return List.copyOf(out);
    }

    /**
     * Whether a person of one word joined by و to an organisation is paired with it, each with its nationality adjective
     * after it: two clubs or firms of two countries (برشلونة الإسباني وماغدبورغ الألماني), the second as the first.
     */
    private boolean pairedByNationality(String text, Mention organisation, int wordStart, Mention person) {
        if (organisation.type() != EntityType.ORGANISATION || wordStart < organisation.end()) return false;
        String between = text.substring(organisation.end(), wordStart).strip();
        String after = nextWord(text, person.end());
        return between.startsWith("ال") && between.codePoints().allMatch(Character::isLetter)
                && isNationalityOfEitherGender(ArabicText.fold(between)) && after.startsWith("ال") && isNationalityOfEitherGender(after);
    }

    /**
     * A person of one word joined by و to a list of two organisations or more is one more organisation
     * ({@code شركات مثل غوغل وأنثروبيك وميتا}: the model's person ميتا is the company).
     */
    List<Mention> personsListedWithOrganisations(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int i = 1; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.type() != EntityType.PERSON || Tokens.tokenise(m.surface()).size() != 1) continue;
            int wordStart = m.start();
            while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) wordStart--;
            if (wordStart == m.start() || text.charAt(wordStart) != '\u0648') continue;
            Mention before = out.get(i - 1);
            Mention first = i >= 2 ? out.get(i - 2) : before;
            if (i >= 2 && before.type() == EntityType.ORGANISATION && first.type() == EntityType.ORGANISATION
                    && listGap(text, before.end(), wordStart) && listGap(text, first.end(), before.start())
                    || pairedByNationality(text, before, wordStart, m)) {
                out.set(i, new Mention(m.surface(), m.start(), m.end(), EntityType.ORGANISATION));
            }
        }
        return List.copyOf(out);
    }

    /** Whether only spaces, a comma or و stand between two items of a list. */
    private static boolean listGap(String text, int from, int to) {
        if (from > to) return false;
        String gap = text.substring(from, to).strip();
        return gap.isEmpty() || gap.equals("\u0648") || gap.equals("\u060C") || gap.equals(",");
    }

    /**
     * Two persons side by side, a single space apart, are one person named at length (محمود صبري ابو تريكة),
     * but not the one a spokesman speaks for and the spokesman (المتحدث باسم الصدر صالح محمد العراقي).
     */
    List<Mention> adjacentPersonsJoined(String text, List<Mention> mentions) {
        return adjacentPersonsJoined(text, mentions, Set.of());
    }

    /**
     * The same, except after the surname alone of a person named in full elsewhere in the document: that is the person,
     * and the name after it another one ({@code وعين ستارمر راشيل ريفز وزيرة}, "Starmer appointed Rachel Reeves minister").
     */
    List<Mention> adjacentPersonsJoined(String text, List<Mention> mentions, Set<String> surnames) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Mention last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.type() == EntityType.PERSON && m.type() == EntityType.PERSON
                    && text.substring(last.end(), m.start()).equals(" ") && allNameWords(last) && allNameWords(m)
                    && !spokenFor(text, last.start()) && !surnames.contains(last.surface())) {
                out.set(out.size() - 1, new Mention(text.substring(last.start(), m.end()), last.start(), m.end(), EntityType.PERSON));
            } else {
                out.add(m);
            }
        }
        return List.copyOf(out);
    }

    /** Whether the word, as spelled, is one that is no name though its folded letters are (أمام, not إمام). */
    private boolean isStopAsSpelled(String word) {
        return stopWordsAsSpelled.contains(org.nashra.arabic.ArabicText.withoutMarks(word, true));
    }

    /** Whether the word before {@code start} is باسم ("in the name of"), so that what starts there is the one spoken for. */
    private static boolean spokenFor(String text, int start) {
        String before = text.substring(0, start).stripTrailing();
        int from = before.length();
        while (from > 0 && !Character.isWhitespace(before.charAt(from - 1))) from--;
        return ArabicText.fold(before.substring(from)).equals("باسم");
    }

    /** No word of the mention is a common word, alone or after a one-letter prefix, and none begins with و. */
    private boolean allNameWords(Mention m) {
        for (Tokens.Token t : Tokens.tokenise(m.surface())) {
            String folded = ArabicText.fold(t.text());
            if (folded.isEmpty() || isKnownNameWord(folded)) continue;
            if (lexicon.isCommonWord(folded) || folded.startsWith("و")) return false;
            if (folded.length() > 3 && WORD_PREFIXES.contains(folded.substring(0, 1)) && lexicon.isCommonWord(folded.substring(1))) return false;
        }
        return true;
    }

    /**
     * Names in a list of names of one kind: an item between commas, or begun by a word with و, of one to
     * three name words is a person or a place when the items on both sides of it are, or when one is and its
     * first word is a known name word of that kind ({@code ، ومحمد منير ، وعلي الحجار ، ونيكول سابا};
     * {@code بغداد ، والبصرة ، والموصل}). Returns only the new mentions.
     */
    List<Mention> listedNames(String text, List<Mention> found) {
        List<Mention> out = new ArrayList<>();
        for (List<Tokens.Token> sentence : Tokens.sentences(text)) {
            List<int[]> items = new ArrayList<>(); // token ranges between list separators
            int from = 0;
            for (int i = 0; i <= sentence.size(); i++) {
                if (i == sentence.size() || LIST_SEPARATORS.contains(sentence.get(i).text())) {
                    if (i > from) items.add(new int[] {from, i});
                    from = i + 1;
                } else if (i > from && startsWithAnd(sentence.get(i).text())) { // بغداد والبصرة: و joins items too
                    items.add(new int[] {from, i});
                    from = i;
                }
            }
            List<Mention> known = new ArrayList<>(found);
            boolean grew = true;
            while (grew) { // a name taken from a list may vouch for the next item
                grew = false;
                for (int k = 0; k < items.size(); k++) {
                    int[] item = items.get(k);
                    if (listedKind(sentence, item, known, true) != null || item[1] - item[0] > 3) continue;
                    // a value after a label's colon is vouched for by nothing before it (مديرية تريم: خمس حالات وفاة,
                    // "Tarim district: five deaths": no place خمس)
                    boolean afterLabel = item[0] > 0 && sentence.get(item[0] - 1).text().equals(":");
                    EntityType before = k > 0 && !afterLabel ? listedKind(sentence, items.get(k - 1), known, false) : null;
                    // a label before a colon is vouched for by nothing after it (المفوضية: تشاد تستقبل..., "the Commission: Chad takes in")
                    boolean labelled = item[1] < sentence.size() && sentence.get(item[1]).text().equals(":");
                    EntityType after = k + 1 < items.size() && !labelled ? listedKind(sentence, items.get(k + 1), known, true) : null;
                    EntityType type = before != null ? before : after;
                    if (type == null || (before != null && after != null && before != after)) continue;
                    Tokens.Token first = sentence.get(item[0]);
                    int start = first.start() + Clitics.nameStart(first.text(), lexicon);
                    String firstWord = ArabicText.fold(text.substring(start, first.end()));
                    if (!(before != null && after != null) && !isKnownNameWordOf(type, firstWord)) continue;
                    // وزير الخارجية after a name is the name's post: its وزير is no و and a name زير
                    boolean titleAsWritten = titleWords.contains(withoutConjunction(ArabicText.fold(first.text())))
                            || titleWords.contains(ArabicText.fold(first.text()));
                    boolean names = firstWord.length() >= 2 && !titleWords.contains(firstWord) && !stopWords.containsWord(firstWord)
                            && !titleAsWritten && !Clitics.isRole(firstWord) // شوقي علام، مفتي الجمهورية: his post, not a second person
                            && firstWord.codePoints().allMatch(Character::isLetter)
                            && (type == EntityType.PLACE || !firstWord.startsWith("ال"))
                            // a place's head word is the common noun it is alone (في الجهراء والمطار, "and the airport")
                            && !(type == EntityType.PLACE && placeHeads.containsWord(ArabicText.withoutPrefix(firstWord)))
                            // a word with tanwin is indefinite, an adverb or a noun, never a name (منير الرياحي والياً,
                            // "as governor": no second person ياً)
                            && text.substring(first.start(), first.end()).indexOf('\u064B') < 0;
                    // The name runs over the words that may continue it; the rest of the item is the clause it stands in.
                    int last = item[0];
                    while (last + 1 < item[1] && continuesListedName(type, sentence.get(last + 1).text())) last++;
                    int end = sentence.get(last).end();
                    // a word before a name found in the same item heads it (وحكومة سلطنة عمان, "and the government of the
                    // Sultanate of Oman"): no name of its own
                    int itemEnd = sentence.get(item[1] - 1).end();
                    int nextStart = last + 1 < item[1] ? sentence.get(last + 1).start() : -1;
                    boolean heads = nextStart >= 0 && known.stream().anyMatch(m -> m.start() == nextStart && m.end() <= itemEnd);
                    boolean free = !heads && known.stream().noneMatch(m -> m.start() < end && start < m.end());
                    if (free && names && start < end) {
                        Mention listed = new Mention(text.substring(start, end), start, end, type);
                        out.add(listed);
                        known.add(listed);
                        grew = true;
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return List.copyOf(out);
    }

    private static java.util.Map<String, Set<String>> placesInContext(List<String> lines) {
        java.util.Map<String, Set<String>> places = new java.util.TreeMap<>();
        for (String line : lines) {
            String[] fields = line.split("\t");
            if (fields.length != 2) throw new IllegalStateException("rules/places-that-are-words.tsv: not name TAB words: " + line);
            places.put(ArabicText.fold(fields[0].strip()), Tokens.tokenise(fields[1]).stream()
                    .map(t -> ArabicText.fold(t.text())).collect(java.util.stream.Collectors.toUnmodifiableSet()));
        }
        return java.util.Map.copyOf(places);
    }

    /**
     * Places whose names are also common words ({@code places-that-are-words.tsv}: مالي, "financial"), where the words
     * around them say so: right after a word that makes them the place ({@code منتخبات مالي}, {@code في مالي}), or as an
     * item of a list with a place found, after it ({@code السنغال ومالي}) or before it when no noun the name could
     * qualify stands before ({@code مع مالي وزامبيا}, not {@code دعم مالي}). Returns only the new mentions, each clear of
     * every mention given.
     */
    List<Mention> placesInContext(String text, List<Mention> found) {
        List<Mention> out = new ArrayList<>();
        List<Mention> places = found.stream().filter(m -> m.type() == EntityType.PLACE).toList();
        List<Tokens.Token> tokens = Tokens.tokenise(text);
        for (int i = 0; i < tokens.size(); i++) {
            Tokens.Token token = tokens.get(i);
            String folded = ArabicText.fold(token.text());
            int clitic = placesInContext.containsKey(folded) ? 0 : 1; // ومالي: the name after و
            Set<String> cues = placesInContext.get(folded.substring(Math.min(clitic, folded.length())));
            if (cues == null || clitic == 1 && !folded.startsWith("و")) continue;
            int start = token.start() + clitic;
            int end = token.end();
            if (found.stream().anyMatch(m -> m.start() < end && start < m.end())) continue;
            String before = i > 0 ? withoutConjunction(ArabicText.fold(tokens.get(i - 1).text())) : "";
            boolean cued = clitic == 0 && cues.contains(before);
            boolean afterPlace = places.stream().anyMatch(p -> p.end() <= start && listGap(text, p.end(), start));
            boolean beforePlace = places.stream().anyMatch(p -> p.start() >= end && listGap(text, end, p.start()))
                    && (clitic == 1 || i == 0 || cues.contains(before) || stopWords.containsWord(before)
                        || !before.codePoints().allMatch(Character::isLetter));
            if (cued || afterPlace || beforePlace) out.add(new Mention(text.substring(start, end), start, end, EntityType.PLACE));
        }
        return List.copyOf(out);
    }

    private static java.util.Map<String, Set<String>> clubsInContext(List<String> lines) {
        java.util.Map<String, Set<String>> clubs = new java.util.LinkedHashMap<>();
        for (String line : lines) {
            String[] fields = line.split("\t");
            if (fields.length != 2) throw new IllegalStateException("rules/clubs-that-are-words.tsv: not names TAB words: " + line);
            Set<String> cues = java.util.Arrays.stream(fields[1].split(",")).map(w -> ArabicText.fold(w.strip()))
                    .filter(w -> !w.isEmpty()).collect(java.util.stream.Collectors.toUnmodifiableSet());
            for (String club : fields[0].split(",")) {
                if (!club.isBlank()) clubs.merge(club.strip(), cues, (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream())
                        .collect(java.util.stream.Collectors.toUnmodifiableSet()));
            }
        }
        return java.util.Collections.unmodifiableMap(clubs);
    }

    /**
     * The clubs named by common words ({@code clubs-that-are-words.tsv}: الشرطة, "the police"; الكهرباء, "electricity")
     * that a document on their game speaks of: one of whose words, alone or after a proclitic ({@code الدوري},
     * {@code للدوري}), it names. Elsewhere the words keep their common meaning.
     */
    List<String> clubsSpokenOf(String document) {
        if (document == null || document.isBlank() || clubsInContext.isEmpty()) return List.of();
        Set<String> words = wordsOf(document);
        return clubsInContext.entrySet().stream().filter(club -> club.getValue().stream().anyMatch(words::contains))
                .map(java.util.Map.Entry::getKey).toList();
    }

    private static java.util.Map<String, Set<String>> teamCues(List<String> lines) {
        java.util.Map<String, Set<String>> cues = new java.util.TreeMap<>();
        for (String line : lines) {
            String[] fields = line.split("\t");
            if (fields.length != 2) throw new IllegalStateException("rules/team-cues.tsv: not a cue TAB words: " + line);
            cues.put(ArabicText.fold(fields[0].strip()), java.util.Arrays.stream(fields[1].split(",")).map(w -> ArabicText.fold(w.strip()))
                    .filter(w -> !w.isEmpty()).collect(java.util.stream.Collectors.toUnmodifiableSet()));
        }
        return java.util.Collections.unmodifiableMap(cues);
    }

    /**
     * The team cues ({@code rules/team-cues.tsv}) after which a word never seen in a name names a club in this document:
     * those whose game the document speaks of, naming one of its words (المباراة, الشوط, الملعب).
     */
    Set<String> teamCuesOfGamesSpokenOf(String document) {
        if (document == null || document.isBlank()) return Set.of();
        Set<String> words = wordsOf(document);
        Set<String> spoken = new java.util.TreeSet<>();
        teamCues.forEach((cue, game) -> {
            if (game.stream().anyMatch(words::contains)) spoken.add(cue);
        });
        return spoken;
    }

    /** The folded words of a document, each also without a proclitic before it (للدوري: الدوري). */
    private static Set<String> wordsOf(String document) {
        Set<String> words = new java.util.HashSet<>();
        for (Tokens.Token token : Tokens.tokenise(document)) {
            String folded = ArabicText.fold(token.text());
            words.add(folded);
            for (String clitic : Clitics.NAME_PROCLITICS) {
                if (folded.startsWith(clitic) && folded.length() > clitic.length() + 1) words.add(folded.substring(clitic.length()));
            }
        }
        return words;
    }

    /**
     * Whether an organisation is one word with the article never seen in a name, right after a word of {@code
     * team-cues.tsv} not in {@code clubCues}: a team of workers (فريق الاستجابة, "the response team") in a document on
     * no game of that cue.
     */
    boolean isTeamOfCommonWord(String text, Mention m, Set<String> clubCues) {
        List<Tokens.Token> words = Tokens.tokenise(m.surface());
        if (m.type() != EntityType.ORGANISATION || words.size() != 1) return false;
        String folded = ArabicText.fold(words.get(0).text());
        String cue = previousWord(text, m.start()).replaceAll("^[^\\p{L}]+", "");
        for (String clitic : HEAD_CLITICS) {
            if (cue.startsWith(clitic) && teamCues.containsKey(cue.substring(clitic.length()))) cue = cue.substring(clitic.length());
        }
        return folded.startsWith("ال") && lexicon.count(folded) == 0 && teamCues.containsKey(cue) && !clubCues.contains(cue);
    }

    /** A word without the conjunction و or ف before it, when what is left is a word of its own. */
    private static String withoutConjunction(String folded) {
        return (folded.startsWith("و") || folded.startsWith("ف")) && folded.length() >= 3 ? folded.substring(1) : folded;
    }

    private static boolean startsWithAnd(String word) {
        return word.startsWith("و") && word.length() >= 4;
    }

    private static final Set<String> LIST_SEPARATORS = Set.of("\u060C", ",", "\u061B", ";", ":", ".", "\u061F", "?", "!");

    /**
     * The kind of the person or place a list item begins with (its first word, a leading clitic aside) or, with
     * {@code atStart} false, ends with (the item before may be a clause ending in a name: أن بغداد); else null.
     */
    private static EntityType listedKind(List<Tokens.Token> sentence, int[] item, List<Mention> found, boolean atStart) {
        int start = sentence.get(item[0]).start();
        int firstEnd = sentence.get(item[0]).end();
        int end = sentence.get(item[1] - 1).end();
        for (Mention m : found) {
            if (m.type() != EntityType.PERSON && m.type() != EntityType.PLACE) continue;
            boolean begins = m.start() >= start && m.start() < firstEnd && m.end() <= end;
            boolean ends = m.end() == end && m.start() >= start;
            if (atStart ? begins : ends) return m.type();
        }
        return null;
    }

    /** A place name goes on over words with the article (دير الزور); a person's over name words (علي الحجار). */
    private boolean continuesListedName(EntityType type, String word) {
        String folded = ArabicText.fold(word);
        if (stopWords.containsWord(folded) || !folded.codePoints().allMatch(Character::isLetter)) return false;
        if (type == EntityType.PLACE) return folded.startsWith("ال") && !isNisba(folded) && !lexicon.isCommonWord(folded);
        return isNameWord(word, folded) && mayContinuePerson(folded) && !titleWords.contains(folded);
    }

    private boolean isKnownNameWordOf(EntityType type, String folded) {
        if (type == EntityType.PERSON) return isKnownNameWord(folded);
        return lexicon.count(folded) > lexicon.outsideCount(folded)
                || wordLists.listsOf(ArabicText.withoutPrefix(folded)).contains("LOC");
    }

    /**
     * A place right before a masculine nationality adjective is an organisation named after it: cities are
     * feminine in Arabic, so {@code هامبورغ الالماني} and {@code تشلسي الإنجليزي} agree with an unsaid
     * نادي or فريق (the club), where the city would be {@code هامبورغ الألمانية}.
     */
    List<Mention> clubsNamedAfterPlaces(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        List<Tokens.Token> tokens = null;
        for (Mention m : mentions) {
            Mention kept = m;
            if (m.type() == EntityType.PLACE) {
                if (tokens == null) tokens = Tokens.tokenise(text);
                Tokens.Token next = null;
                for (Tokens.Token t : tokens) {
                    if (t.start() >= m.end()) {
                        next = t;
                        break;
                    }
                }
                if (next != null && text.substring(m.end(), next.start()).equals(" ")) {
                    String folded = ArabicText.fold(next.text());
                    if (next.text().endsWith("ي") && isNationality(folded)) {
                        kept = new Mention(m.surface(), m.start(), m.end(), EntityType.ORGANISATION);
                    }
                }
            }
            out.add(kept);
        }
        return List.copyOf(out);
    }

    /**
     * A masculine adjective of a country or city: its stem, or the stem with ا, يا or ه, is a place word
     * (الفرنسي, الألماني, البلجيكي, القطري), where a relation adjective (النووي, المركزي) is not.
     */
    private boolean isNationality(String folded) {
        if (!isNisba(folded) || folded.endsWith("يه") || stopWords.containsWord(folded)) return false;
        if (nationalities.containsWord(folded)) return true;
        String stem = folded.substring(2, folded.length() - 1);
        for (String place : List.of(stem, stem + "ا", stem + "يا", stem + "ه")) {
            if (wordLists.listsOf(ArabicText.withoutPrefix(place)).contains("LOC")) return true;
        }
        return false;
    }

    /** A place that is a month's name alone ({@code من شعبان}, "of Shaaban"): a date, not a place. */
    private boolean isMonthAsPlace(Mention m) {
        List<Tokens.Token> words = Tokens.tokenise(m.surface());
        return m.type() == EntityType.PLACE && words.size() == 1 && months.containsWord(ArabicText.fold(words.get(0).text()));
    }

    /**
     * The mentions without those whose every word is a common word, never seen in a name and without the
     * article, or words that are no name as spelled: the adjective after a cue ({@code أمام فريق عظيم}), a verb
     * ({@code الشعب الفلسطيني عانى كثيرا}), or words that count ({@code ومئتي} of {@code ثلاثة ملايين ومئتي ألف}); and
     * without a place that is a month's name alone.
     */
    List<Mention> withoutCommonWordsAlone(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            List<Tokens.Token> words = Tokens.tokenise(m.surface());
            boolean common = true;
            for (Tokens.Token t : words) {
                String folded = ArabicText.fold(t.text());
                common &= isStopAsSpelled(t.text()) || numberWords.containsWord(folded) || dualNouns.containsWord(folded) || (!folded.startsWith("ال") && lexicon.isCommonWord(folded)
                        && !isKnownNameWord(folded) && !wordLists.listsOf(folded).contains(m.type() == EntityType.PERSON ? "PERS"
                                : m.type() == EntityType.PLACE ? "LOC" : "ORG"));
            }
            if (!common && !isMonthAsPlace(m)) out.add(m);
        }
        return List.copyOf(out);
    }

    /**
     * The mentions without those of one word that read as a common noun or an adjective in the sentence: a word written
     * with tanwin ({@code شهرياً}, "monthly"), an adverb or an indefinite noun, which a name never takes; a place without
     * the article before an adjective of relation without it, which it qualifies as a noun (a name is definite and takes an adjective
     * with the article: {@code كابل بحري}, "an undersea cable", is no Kabul); and a person that is a nationality
     * adjective alone after a word with the article, whose adjective it is ({@code المجلس الرئاسي الليبي}), or an organisation that is one after a quoted name ({@code صحيفة "ريكورد" البرتغالية}); and a word
     * without the article after an adjective of relation without it, one more adjective ({@code شمالي غربي بارد}); a
     * person in the middle of a construct ({@code نسبة نجاح الزراعة}); a place training saw only with the article,
     * written without it ({@code رؤية كويت جديدة}).
     */
    List<Mention> withoutCommonNounsAlone(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            List<Tokens.Token> words = Tokens.tokenise(m.surface());
            if (words.size() != 1) {
                out.add(m);
                continue;
            }
            String word = words.get(0).text();
            String folded = ArabicText.fold(word);
            String stem = folded.endsWith("ا") ? folded.substring(0, folded.length() - 1) : folded; // محمداً is محمد
            // a word cut off its proclitic is no name with tanwin, whatever its letters alone spell (ودياً, "friendly": no دياً)
            boolean cut = m.start() > 0 && Character.isLetter(text.charAt(m.start() - 1));
            // only a person's name is declined with tanwin (محمداً); a body or place written with it is an indefinite
            // noun, whatever names its word is seen in (• سوقاً شعبية, "a popular market", of سوق باب جنين)
            boolean tanwin = word.indexOf('\u064B') >= 0 && (cut || m.type() != EntityType.PERSON
                    || lexicon.count(stem) == 0 && lexicon.count(folded) == 0);
            boolean qualified = m.type() == EntityType.PLACE && !folded.startsWith("ال") && isAdjectiveAfterNoun(nextWord(text, m.end()));
            String previous = previousWord(text, m.start());
            // after a compass adjective without the article, a word without it is one more adjective of the same noun
            // (تيار هوائي شمالي غربي بارد, "a cold north-westerly current": no Bard); only after a compass point, as
            // many given names end like an adjective of relation (حمدي، فتحي) and come before a family name without the
            // article (a person only: a direction before a place is a preposition, شمالي ألمانيا, "north of Germany")
            boolean secondAdjective = m.type() == EntityType.PERSON && !cut && !folded.startsWith("ال") && COMPASS_ADJECTIVES.contains(previous);
            boolean nationality = m.type() == EntityType.PERSON && isNationalityOfEitherGender(folded)
                    && previous.startsWith("ال") && !titles.containsWord(previous) // الرئيس السيسي is the president
                    // a nationality adjective with the article right after a quoted name names no body: it says whose the
                    // body named is (صحيفة "ريكورد" البرتغالية, "the Portuguese paper Record"); alone elsewhere it may
                    // stand for an agency (وقالت الفرنسية, AFP)
                    || m.type() == EntityType.ORGANISATION && folded.startsWith("ال") && isNationalityOfEitherGender(folded)
                            && afterClosingQuote(text, m.start());
            // a word right before an adverb written with tanwin is the verb it qualifies (أشرف شخصياً على المفاوضات,
            // "personally supervised"): a name is followed by its family name or its post, not by an adverb
            boolean beforeAdverb = m.type() == EntityType.PERSON && !cut && rawNextWord(text, m.end()).indexOf('\u064B') >= 0
                    && !isKnownNameWord(nextWord(text, m.end()));
            // an adjective of relation never seen in a name after a verbal noun without the article qualifies it
            // (وارتفاع شهري 2.1%, "and a monthly rise"): a given name comes after a title or a verb (وقال عباسي), not
            // after such a noun; nor after a passive participle (ومرسوم سلطاني, "and a royal decree") or the noun of a
            // preposition (على أساس شهري, "on a monthly basis"), which no verb is
            String noun = previous.startsWith("و") ? previous.substring(1) : previous;
            boolean adjectiveOfNoun = m.type() == EntityType.PERSON && !cut && isRelationAdjective(folded)
                    && (isVerbalNoun(noun) || isPassiveParticiple(noun) || PREPOSITIONS.contains(withoutAnd(previousWord(text, wordStart(text, m.start())))))
                    && lexicon.isCommonWord(noun);
            // a common noun with a possessive pronoun never seen in a name (في قضاء حاجاته, "his needs") is no place:
            // a name takes no pronoun suffix, and a place that ends like one (أبها، بنها) is listed or seen in names
            boolean possessed = m.type() == EntityType.PLACE && !cut && !folded.startsWith("ال") && lexicon.count(folded) == 0
                    && !wordLists.listsOf(folded).contains("LOC") && POSSESSIVE_SUFFIXES.stream().anyMatch(suffix ->
                            word.endsWith(suffix) && isNounBeforePronoun(ArabicText.fold(word.substring(0, word.length() - suffix.length()))));
            // a word without the article after a noun of manner is the adjective of an adverbial phrase (بشكل عادل,
            // "fairly"; بصورة سليمة), however often it is a given name
            boolean manner = m.type() == EntityType.PERSON && !cut && !folded.startsWith("ال") && mannerNouns.containsWord(previous);
            // a word that is also a common noun, between a noun in construct written with ة and a common noun with the
            // article, is the middle of the construct (نسبة نجاح الزراعة, "the rate of success of the planting"), no given
            // name: a name after such a noun (حكومة نجيب ميقاتي) is followed by its family name, not by a common noun
            String written = rawPreviousWord(text, m.start());
            String after = nextWord(text, m.end());
            boolean constructMiddle = m.type() == EntityType.PERSON && !cut && !folded.startsWith("ال") && lexicon.outsideCount(folded) > 0
                    && written.endsWith("\u0629") && !written.startsWith("ال") && !titles.containsWord(previous) && lexicon.isCommonWord(previous)
                    && after.startsWith("ال") && lexicon.isCommonWord(after) && !isNisba(after) && !isKnownNameWord(after);
            // a place training saw only with the article (الكويت), written without it, is a common noun made of the name (رؤية
            // كويت جديدة, "the vision of a new Kuwait"), no mention of the place as named
            boolean withoutItsArticle = m.type() == EntityType.PLACE && !cut && !folded.startsWith("ال") && lexicon.count(folded) == 0
                    && lexicon.count("ال" + folded) > 0;
            if (!tanwin && !qualified && !nationality && !secondAdjective && !beforeAdverb && !adjectiveOfNoun && !possessed && !manner
                    && !constructMiddle && !withoutItsArticle) out.add(m);
        }
        return List.copyOf(out);
    }

    /** Whether the last character before {@code start}, spaces aside, closes a quotation. */
    private static boolean afterClosingQuote(String text, int start) {
        int k = start - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) k--;
        return k >= 0 && "\"»”'".indexOf(text.charAt(k)) >= 0;
    }

    /**
     * The mentions with an organisation of two words or more typed a person where a tick or a cross marks it as an item
     * of a list opened by a dash or a colon: the players of a penalty shoot-out after their club ({@code بيراميدز:
     * فيستون ماييلي ✔ - سيف الجزيري ✘}) are persons, whatever the club before them makes of their names.
     */
    List<Mention> markedListItemsAsPersons(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String after = text.substring(m.end()).stripLeading();
            String before = text.substring(0, m.start()).stripTrailing();
            boolean marked = !after.isEmpty() && LIST_MARKS.indexOf(after.charAt(0)) >= 0
                    && !before.isEmpty() && (before.endsWith(":") || isHyphen(before.charAt(before.length() - 1)));
            out.add(marked && m.type() == EntityType.ORGANISATION && Tokens.tokenise(m.surface()).size() >= 2
                    ? new Mention(m.surface(), m.start(), m.end(), EntityType.PERSON) : m);
        }
        return List.copyOf(out);
    }

    /**
     * The mentions with a place that closes a dateline typed as the outlet it is: a short line opening with a place and
     * going on in parts between dashes or slashes names its outlet last ({@code بغداد - الأناضول}, {@code بيروت / وسيم
     * سيف الدين / الأناضول}: Anadolu, the agency, not Anatolia). A place between the two (a district after its city) stays, and
     * so does a country or large city of {@code listedPlaces}, a second place of a story between two (أربيل - بغداد).
     */
    List<Mention> datelineOutlets(String text, List<Mention> mentions, List<Mention> listedPlaces) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int i = 1; i < out.size(); i++) {
            Mention last = out.get(i);
            if (last.type() != EntityType.PLACE || listedPlaces.stream().anyMatch(p -> p.start() == last.start() && p.end() == last.end())) continue;
            int lineStart = text.lastIndexOf('\n', last.start()) + 1;
            int lineEnd = text.indexOf('\n', last.end());
            if (lineEnd < 0) lineEnd = text.length();
            if (!text.substring(last.end(), lineEnd).isBlank()) continue;
            Mention opening = out.stream().filter(m -> m.start() >= lineStart).findFirst().orElse(null);
            if (opening == null || opening == last || opening.type() != EntityType.PLACE
                    || !text.substring(lineStart, opening.start()).isBlank()) continue;
            String before = text.substring(opening.end(), last.start()).strip();
            if (before.isEmpty() || !isDatelineSeparator(before.charAt(before.length() - 1))
                    || !isDatelineSeparator(text.substring(opening.end()).strip().charAt(0))
                    || Tokens.tokenise(text.substring(lineStart, lineEnd)).size() > 10) continue;
            out.set(i, new Mention(last.surface(), last.start(), last.end(), EntityType.ORGANISATION));
        }
        return List.copyOf(out);
    }

    private static boolean isDatelineSeparator(char c) {
        return c == '/' || c == '\u2013' || c == '\u2014' || isHyphen(c);
    }

    private static final String LIST_MARKS = "\u2714\u2718\u2717\u2713\u2716";

    /**
     * The mentions with an organisation of one word at one end of a route whose other end is a place typed as a place:
     * {@code من إسطنبول إلى برشلونة} goes to the city, not the club; {@code انضم إلى برشلونة} stays the club.
     */
    List<Mention> routesBetweenPlaces(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int i = 0; i + 1 < out.size(); i++) {
            Mention from = out.get(i);
            Mention to = out.get(i + 1);
            String between = text.substring(from.end(), to.start()).strip();
            // a line between two places written with a dash (خط كركوك - جيهان, the pipeline) ends at a place too: a
            // word alone the model took for a given name there is the place; not in a dateline, which opens its
            // line with the place and names the outlet after the dash (دمشق - سانا)
            if (between.length() == 1 && isHyphen(between.charAt(0)) && from.type() == EntityType.PLACE
                    && !text.substring(text.lastIndexOf('\n', from.start()) + 1, from.start()).isBlank()
                    && to.type() == EntityType.PERSON && Tokens.tokenise(to.surface()).size() == 1) {
                out.set(i + 1, new Mention(to.surface(), to.start(), to.end(), EntityType.PLACE));
                continue;
            }
            if (!ArabicText.fold(between).equals(ArabicText.fold("إلى"))) continue;
            String before = previousWord(text, from.start());
            if (!before.equals("من") && !before.equals("ومن")) continue;
            if (from.type() == EntityType.PLACE && to.type() == EntityType.ORGANISATION && Tokens.tokenise(to.surface()).size() == 1) {
                out.set(i + 1, new Mention(to.surface(), to.start(), to.end(), EntityType.PLACE));
            } else if (to.type() == EntityType.PLACE && from.type() == EntityType.ORGANISATION && Tokens.tokenise(from.surface()).size() == 1) {
                out.set(i, new Mention(from.surface(), from.start(), from.end(), EntityType.PLACE));
            }
        }
        return List.copyOf(out);
    }

    /**
     * A masculine relation adjective without the article never seen in a name, whatever the lists of name words say
     * ({@code بحري} is listed as a place and a person): after a noun without the article it qualifies the noun. Folded.
     */
    private boolean isAdjectiveAfterNoun(String folded) {
        return isRelationAdjective(folded)
                && !stopWords.containsWord(folded); // شمالي ألمانيا, "north of Germany", is no adjective of the place before
    }

    /** A common word, or a feminine plural (حاجات, قرارات), which a possessive pronoun may follow. Folded. */
    private boolean isNounBeforePronoun(String stem) {
        return lexicon.isCommonWord(stem) || stem.length() >= 5 && stem.endsWith("ات") && lexicon.count(stem) == 0;
    }

    /**
     * A verbal noun of the patterns افتعال, انفعال, استفعال, إفعال, with an alef before its last letter (ارتفاع,
     * انخفاض, استقرار, إنتاج), which no verb of those patterns has (اعتبر, استمر). Folded.
     */
    /** Prepositions written apart, whose noun is no verb (folded). */
    private static final Set<String> PREPOSITIONS = Set.of("علي", "في", "من", "عن", "الي", "مع", "حسب", "عبر", "بعد", "قبل");

    private static boolean isVerbalNoun(String folded) {
        return folded.length() >= 5 && folded.startsWith("ا") && folded.charAt(folded.length() - 2) == 'ا';
    }

    /** Possessive pronouns written after a noun: ـه, ـها, ـهم, ـهما, ـهن. */
    private static final List<String> POSSESSIVE_SUFFIXES = List.of("ه", "ها", "هم", "هما", "هن");

    /** The compass adjectives without the article, as {@link #previousWord} gives them (folded). */
    private static final Set<String> COMPASS_ADJECTIVES = Set.of("شمالي", "جنوبي", "شرقي", "غربي");

    /** A masculine relation adjective without the article never seen in a name, nationalities aside ({@code غربي}). Folded. */
    private boolean isRelationAdjective(String folded) {
        return folded.length() >= 4 && folded.endsWith("ي") && !folded.startsWith("ال") && !folded.startsWith("و")
                && lexicon.count(folded) == 0 && lexicon.personCount(folded) == 0 && !nationalities.containsWord(folded);
    }

    /** The folded word right after {@code end} when only spaces stand between, else the empty string. */
    private static String nextWord(String text, int end) {
        int from = end;
        while (from < text.length() && text.charAt(from) == ' ') from++;
        if (from == end) return "";
        int to = from;
        while (to < text.length() && Character.isLetter(text.charAt(to)) || to < text.length() && isDiacritic(text.charAt(to))) to++;
        if (to < text.length() && !Character.isWhitespace(text.charAt(to)) && ".,،؛:!?؟)»\"".indexOf(text.charAt(to)) < 0) return "";
        return ArabicText.fold(text.substring(from, to));
    }

    /**
     * The mentions without a place of one word that is a noun of a measure ({@code measure-nouns.txt}) written with ب
     * before a number and a unit ({@code بقطر 800 مليمتر}, "800 mm in diameter": no Qatar), even one the editors list:
     * a measure is what the words say there, whatever place they spell elsewhere ({@code كأس العالم بقطر 2022} stays).
     */
    List<Mention> withoutMeasures(String text, List<Mention> mentions) {
        return mentions.stream().filter(m -> !(m.type() == EntityType.PLACE && m.start() > 0 && text.charAt(m.start() - 1) == '\u0628'
                && (m.start() == 1 || !Character.isLetter(text.charAt(m.start() - 2)) || text.charAt(m.start() - 2) == '\u0648')
                && MEASURE_NOUNS.contains(ArabicText.fold(m.surface())) && isMeasured(text, m.end()))).toList();
    }

    /** Whether a number in digits and a unit of length follow {@code end}: {@code 800 مليمتر}. */
    private static boolean isMeasured(String text, int end) {
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("\\G\\s+[0-9\u0660-\u0669][0-9\u0660-\u0669.,٫]*\\s*")
                .matcher(text).region(end, text.length());
        return number.lookingAt() && LENGTH_UNITS.contains(nextWordFrom(text, number.end()));
    }

    /** The folded word of letters starting at {@code from}. */
    private static String nextWordFrom(String text, int from) {
        int to = from;
        while (to < text.length() && (Character.isLetter(text.charAt(to)) || isDiacritic(text.charAt(to)))) to++;
        return ArabicText.fold(text.substring(from, to));
    }

    /** The word right before {@code start} as written, without diacritics, when only spaces stand between, else the empty string. */
    private static String rawPreviousWord(String text, int start) {
        int to = start;
        while (to > 0 && text.charAt(to - 1) == ' ') to--;
        if (to == start) return "";
        int from = to;
        while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || isDiacritic(text.charAt(from - 1)))) from--;
        StringBuilder letters = new StringBuilder();
        text.substring(from, to).chars().filter(c -> !isDiacritic((char) c)).forEach(c -> letters.append((char) c));
        return letters.toString();
    }

    /** The word right after {@code end} as written, diacritics and all, when only spaces stand between, else the empty string. */
    private static String rawNextWord(String text, int end) {
        int from = end;
        while (from < text.length() && text.charAt(from) == ' ') from++;
        if (from == end) return "";
        int to = from;
        while (to < text.length() && (Character.isLetter(text.charAt(to)) || isDiacritic(text.charAt(to)))) to++;
        return text.substring(from, to);
    }

    /** The folded word right before {@code start} when only spaces stand between, else the empty string. */
    private static String previousWord(String text, int start) {
        int to = start;
        while (to > 0 && text.charAt(to - 1) == ' ') to--;
        if (to == start) return "";
        int from = to;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) from--;
        return ArabicText.fold(text.substring(from, to));
    }

    private static String withoutAnd(String folded) {
        return folded.startsWith("و") && folded.length() > 2 ? folded.substring(1) : folded;
    }

    private static final PhraseList PRAYERS = PhraseList.resource("rules/prayer-names.txt");
    private static final java.util.regex.Pattern CLOCK_TIME = java.util.regex.Pattern.compile("\\G[\\s:]*[0-9\u0660-\u0669]{1,2}[:.][0-9\u0660-\u0669]{2}");
    private static final Set<String> PRAYER_NOUNS = Set.of("صلاه", "اذان", "موعد", "وقت");

    /**
     * The mentions without a prayer's name ({@code rules/prayer-names.txt}) before a clock time or after صلاة, أذان,
     * موعد or وقت: in a timetable ({@code المغرب 20:07}) or {@code صلاة المغرب} the word is the sunset prayer, not Morocco.
     */
    List<Mention> withoutPrayers(String text, List<Mention> mentions) {
        return mentions.stream().filter(m -> !(PRAYERS.containsWord(ArabicText.fold(m.surface()))
                && (CLOCK_TIME.matcher(text).region(m.end(), text.length()).lookingAt()
                    || PRAYER_NOUNS.contains(withoutClitic(previousWord(text, m.start())))))).toList();
    }

    private static String withoutClitic(String folded) {
        for (String c : Clitics.PROCLITICS) {
            if (folded.startsWith(c) && PRAYER_NOUNS.contains(folded.substring(c.length()))) return folded.substring(c.length());
        }
        return folded;
    }

    /**
     * The mentions with a name cut from the first letter of its word (a proclitic و ب ل ف taken off) given back that letter,
     * or dropped, where the word whole says what it is. Right after a place's head word without the article, which stands
     * in construct with the name and takes no preposition between ({@code بإقليم برشيد}: the province Berrechid, no
     * person رشيد), and where the word whole is a known place and what follows its letter is no name ever seen
     * ({@code وهران} is Oran, no و and هران; {@code knownPlace} tells), the word whole is the place. Where the word whole is
     * a word that is no name, a dual, a number or a title as written ({@code وفاتان}, "two deaths"; {@code وكيل الأزهر},
     * "the deputy of Al-Azhar"), and what follows its letter is no name ever seen, there is no name.
     */
    List<Mention> wholeWords(String text, List<Mention> mentions, java.util.function.Predicate<String> knownPlace) {
        return wholeWords(text, mentions, knownPlace, java.util.Map.of());
    }

    /**
     * The same, where a name the document gives whole elsewhere ({@code foundWhole}: folded name to its type) is that name
     * wherever its word was cut ({@code كلمات دالة: …، برشيد} after {@code بإقليم برشيد}).
     */
    List<Mention> wholeWords(String text, List<Mention> mentions, java.util.function.Predicate<String> knownPlace,
            java.util.Map<String, EntityType> foundWhole) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int from = m.start();
            while (from > 0 && Character.isLetter(text.charAt(from - 1)) || from > 0 && isDiacritic(text.charAt(from - 1))) from--;
            List<Tokens.Token> words = Tokens.tokenise(m.surface());
            String clitic = ArabicText.fold(text.substring(from, m.start()));
            if (from == m.start() || words.isEmpty() || !Clitics.PROCLITICS.contains(clitic)) {
                out.add(m);
                continue;
            }
            String whole = ArabicText.fold(text.substring(from, m.start() + words.get(0).end()));
            String rest = ArabicText.fold(words.get(0).text());
            boolean restSeen = lexicon.count(rest) > 0 || lexicon.isListedPersonWord(rest);
            String head = previousWord(text, from);
            for (String c : Clitics.NAME_PROCLITICS) {
                if (head.startsWith(c) && placeHeads.containsWord(head.substring(c.length()))) {
                    head = head.substring(c.length());
                    break;
                }
            }
            boolean afterPlaceHead = placeHeads.containsWord(head) && !head.startsWith("ال");
            EntityType wholeType = foundWhole.get(ArabicText.fold(text.substring(from, m.end())));
            if (wholeType != null) {
                out.add(new Mention(text.substring(from, m.end()), from, m.end(), wholeType));
            } else if (afterPlaceHead || knownPlace.test(whole) && !knownPlace.test(rest) && !restSeen) {
                out.add(new Mention(text.substring(from, m.end()), from, m.end(), EntityType.PLACE));
            } else if (!restSeen && (dualNouns.containsWord(whole) || numberWords.containsWord(whole) || titleWords.contains(whole))) {
                continue; // وفاتان, وكيل: the word, no name after a letter
            } else {
                out.add(m);
            }
        }
        return List.copyOf(out);
    }

    /** Where the word before {@code start} begins, spaces between aside. */
    private static int wordStart(String text, int start) {
        int from = start;
        while (from > 0 && text.charAt(from - 1) == ' ') from--;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) from--;
        return from;
    }

    private static boolean isDiacritic(char c) {
        return c >= '\u064B' && c <= '\u0652' || c == '\u0640';
    }

    /**
     * The mentions without a person of one word that is a word of outlets' and firms' names ({@link #isOnlyInOtherNames}):
     * نيوز of شفق نيوز is no person. Taken last, after a person listed with organisations became one (وميتا).
     */
    List<Mention> withoutPersonsOfOtherNameWords(List<Mention> mentions) {
        return mentions.stream().filter(m -> m.type() != EntityType.PERSON || Tokens.tokenise(m.surface()).size() != 1
                || !isOnlyInOtherNames(ArabicText.fold(m.surface())) && !isMostlyInOtherNames(ArabicText.fold(m.surface()))).toList();
    }

    /**
     * A word never seen in a person's name, nor in one the editors list, and seen in other names more often than outside
     * them: a common noun of the names of places and tribes (أولاد of أولاد تايمة; والشؤون المتعلقة بالمتقاعدين
     * وأولاد الشهداء, "martyrs' children"), which alone is no person, whatever lists of name words hold it.
     */
    private boolean isMostlyInOtherNames(String folded) {
        return lexicon.personCount(folded) == 0 && lexicon.count(folded) > lexicon.outsideCount(folded)
                && !lexicon.isListedPersonWord(folded);
    }

    /**
     * The mentions without the verb a person was begun with: the word right after a particle a verb follows (قد, لم,
     * سوف) is a verb, and the name, if any, begins after it ({@code قد كلّف حسان} → {@code حسان}); so is a verb of
     * appointment or dismissal, which comes before the name of the one appointed ({@code كلف جلالة الملك}: no person كلف).
     */
    List<Mention> withoutLeadingVerbs(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON || !afterVerbParticle(text, m.start()) && !beginsWithAppointmentVerb(m)
                    && !beginsWithPresentTenseVerb(m)) {
                out.add(m);
                continue;
            }
            List<Tokens.Token> words = Tokens.tokenise(m.surface());
            if (words.size() < 2) continue;
            int start = m.start() + words.get(1).start();
            out.add(new Mention(text.substring(start, m.end()), start, m.end(), m.type()));
        }
        return List.copyOf(out);
    }

    /**
     * The mentions without an organisation that is a head with the article and an adjective of what the body does
     * ({@code descriptive-adjectives.txt}), with no complement of its own after: {@code اللجنة المنظمة}, "the organising
     * committee", and {@code المنظمة المساعدة الطبية الأولية} (the organisation's teams gave first aid) are common noun
     * phrases; {@code اللجنة المنظمة لكأس العالم}, whose complement names what it organises, is kept.
     */
    List<Mention> withoutDescribedHeads(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            List<String> folded = Tokens.tokenise(m.surface()).stream().map(t -> ArabicText.fold(t.text())).toList();
            boolean described = m.type() == EntityType.ORGANISATION && folded.size() >= 2 && folded.get(0).startsWith("ال")
                    && organisationHeads.containsWord(folded.get(0)) && descriptiveAdjectives.containsWord(folded.get(1))
                    && folded.subList(1, folded.size()).stream().allMatch(w -> w.startsWith("ال"));
            if (!described) out.add(m);
        }
        return List.copyOf(out);
    }

    /** Whether the mention's first word is a verb of appointment or dismissal, alone or after و or ف: كلف, وعين, يقيل. */
    private boolean beginsWithAppointmentVerb(Mention m) {
        List<Tokens.Token> words = Tokens.tokenise(m.surface());
        if (words.isEmpty()) return false;
        String first = ArabicText.fold(words.get(0).text());
        return appointmentVerbs.containsWord(first) || appointmentVerbs.containsWord(withoutConjunction(first));
    }

    /**
     * Whether the mention's first word, alone or after و or ف, is a verb in the present tense with a name after it: the
     * verb of a sentence whose subject is the name ({@code ويبلغ كاسترو 24 عاماً}, "Castro is 24"; يحيى, يوسف stay).
     */
    private boolean beginsWithPresentTenseVerb(Mention m) {
        List<Tokens.Token> words = Tokens.tokenise(m.surface());
        if (words.size() < 2) return false;
        String first = ArabicText.fold(words.get(0).text());
        return isPresentTenseVerb(first) || first.length() > 4 && CONJUNCTIONS.contains(first.substring(0, 1))
                && isPresentTenseVerb(first.substring(1));
    }

    /** Whether the word before {@code start} is a particle a verb follows, alone or after و or ف: قد, وقد, لم. */
    private boolean afterVerbParticle(String text, int start) {
        String before = text.substring(0, start);
        if (before.isEmpty() || !Character.isWhitespace(before.charAt(before.length() - 1))) return false;
        before = before.stripTrailing();
        int from = before.length();
        while (from > 0 && !Character.isWhitespace(before.charAt(from - 1))) from--;
        String word = ArabicText.fold(before.substring(from));
        return verbParticles.containsWord(word) || verbParticles.containsWord(withoutConjunction(word));
    }

    /**
     * The mentions without a word of one or two letters joined by a hyphen to the next word or the one before: a
     * syllable of a name written in parts ({@code جد} and {@code كا} of the pharaoh {@code جد-كا-رع}), no name.
     */
    List<Mention> withoutSyllables(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean joined = m.start() > 0 && isHyphen(text.charAt(m.start() - 1))
                    || m.end() < text.length() && isHyphen(text.charAt(m.end()));
            if (joined && Tokens.tokenise(m.surface()).size() == 1 && ArabicText.fold(m.surface()).length() <= 2) continue;
            out.add(m);
        }
        return List.copyOf(out);
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /**
     * Words between brackets or quotation marks right after an organisation's name that stand for it ({@code وكالة
     * الأنباء الكويتية (كونا)}, {@code شركة تسويق النفط العراقية "سومو"}): the surfaces of such mentions of one word,
     * whatever type they were given.
     */
    Set<String> abbreviationsOfOrganisations(String text, List<Mention> mentions) {
        Set<String> out = new java.util.TreeSet<>();
        for (int i = 1; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Mention before = mentions.get(i - 1);
            if (before.type() != EntityType.ORGANISATION || Tokens.tokenise(m.surface()).size() != 1) continue;
            if (m.start() < 1 || m.end() >= text.length()) continue;
            int opening = "(\"«“".indexOf(text.charAt(m.start() - 1));
            if (opening < 0 || text.charAt(m.end()) != ")\"»”".charAt(opening)) continue;
            if (!text.substring(before.end(), m.start() - 1).isBlank()) continue;
            out.add(m.surface());
        }
        // a word the model takes for an organisation, quoted right after a definite noun, is in apposition to the
        // name of one that was not found whole (شركة تسويق النفط العراقية "سومو"): its short name too
        for (Mention m : mentions) {
            if (m.type() != EntityType.ORGANISATION || Tokens.tokenise(m.surface()).size() != 1 || m.start() < 2
                    || m.end() >= text.length() || "\"«“".indexOf(text.charAt(m.start() - 1)) < 0
                    || ")\"»”".indexOf(text.charAt(m.end())) < 0 || text.charAt(m.start() - 2) != ' ') continue;
            String previous = previousWord(text, m.start() - 1);
            if (!previous.startsWith("ال") || stopWords.containsWord(previous)) continue;
            out.add(m.surface());
        }
        return out;
    }

    /**
     * An item of a numbered list that is a quoted name and a change in per cent, {@code 3. "جرير": +4.2%}: a share of a
     * ranking of the market's movers, so the name is a listed company, never a person or a place.
     */
    private static final java.util.regex.Pattern RANKED_SHARE = java.util.regex.Pattern.compile(
            "(?m)^\\s*\\d{1,2}\\s*[.)\\-]\\s*[\"«“]([^\"«»“”\\n]{2,40})[\"»”]\\s*:\\s*[+\\-−]?\\d+(?:[.,٫]\\d+)?\\s*[%٪]");

    /** The mentions with the name of each share of a ranked list ({@link #RANKED_SHARE}) an organisation, whole as quoted. */
    List<Mention> rankedSharesAsOrganisations(String text, List<Mention> mentions) {
        java.util.regex.Matcher share = RANKED_SHARE.matcher(text);
        if (!share.find()) return mentions;
        List<Mention> out = new ArrayList<>(mentions);
        do {
            int start = share.start(1);
            int end = share.end(1);
            out.removeIf(m -> m.start() < end && start < m.end());
            out.add(new Mention(text.substring(start, end), start, end, EntityType.ORGANISATION));
        } while (share.find());
        out.sort(java.util.Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return List.copyOf(out);
    }

    /**
     * The mentions with an organisation named right after the word of an event ({@code event-heads.txt}: مهرجان) made
     * the event's name, that word and all, an "other" name: {@code "مهرجان اللبان العُماني"} is a festival, not a body
     * named اللبان العماني. So is a place right after the word of a competition ({@code competition-heads.txt}: كأس آسيا is
     * the Asian Cup, no place Asia). The word may carry و, ف, ب or ل.
     */
    List<Mention> eventsAsOther(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            PhraseList heads = m.type() == EntityType.ORGANISATION ? eventHeads : m.type() == EntityType.PLACE ? competitionHeads : null;
            if (heads == null) {
                out.add(m);
                continue;
            }
            int to = m.start();
            while (to > 0 && text.charAt(to - 1) == ' ') to--;
            int from = to;
            while (from > 0 && Character.isLetter(text.charAt(from - 1)) || from > 0 && isDiacritic(text.charAt(from - 1))) from--;
            String word = ArabicText.fold(text.substring(from, to));
            if (to < m.start() && !heads.containsWord(word) && word.length() > 1 && "وفبل".indexOf(word.charAt(0)) >= 0
                    && heads.containsWord(word.substring(1))) {
                from++;
                word = word.substring(1);
            }
            out.add(to < m.start() && heads.containsWord(word)
                    ? new Mention(text.substring(from, m.end()), from, m.end(), EntityType.MISC) : m);
        }
        return List.copyOf(out);
    }

    /**
     * The mentions with a word alone right after a number typed "other": it is what is counted, a unit or a currency
     * ({@code 103.4 مليار ريال}, "riyals", not an organisation; {@code 27.15 ريال}), as ANERcorp tags {@code مليون دولار}.
     * A name of two words or more is kept as it is.
     */
    List<Mention> countedNounsAsOther(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String before = text.substring(0, Math.min(m.start(), text.length())).stripTrailing();
            int from = before.length();
            while (from > 0 && !Character.isWhitespace(before.charAt(from - 1))) from--;
            String word = before.substring(from);
            // a number a comma closes counts nothing after it (نديم ريميلي 9، يحيى الدرع 6: scorers and goals); a list's
            // number does (2- السكر (كيلو): sugar, no name)
            boolean closed = !word.isEmpty() && "\u060C,\u061B;".indexOf(word.charAt(word.length() - 1)) >= 0;
            boolean counted = Tokens.tokenise(m.surface()).size() == 1 && isNumber(word, ArabicText.fold(word)) && !closed;
            out.add(counted ? new Mention(m.surface(), m.start(), m.end(), EntityType.MISC) : m);
        }
        return List.copyOf(out);
    }

    /** A number in digits (with its decimal point, after a preposition as in بـ121.3) or a word that counts (مليار, آلاف). */
    private boolean isNumber(String raw, String folded) {
        return raw.codePoints().anyMatch(Character::isDigit) || numberWords.containsWord(folded);
    }

    /**
     * Each person mention right after باسم cut after its first word when that word has the article: it is the one
     * spoken for, the name after it the spokesman ({@code المتحدث باسم الصدر صالح محمد العراقي} → {@code صالح محمد
     * العراقي}).
     */
    List<Mention> withoutSpokenFor(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            List<Tokens.Token> words = Tokens.tokenise(m.surface());
            if (m.type() == EntityType.PERSON && words.size() >= 3 && spokenFor(text, m.start())
                    && hasArticle(words.get(0).text(), ArabicText.fold(words.get(0).text()))) {
                int start = m.start() + words.get(1).start();
                out.add(new Mention(text.substring(start, m.end()), start, m.end(), m.type()));
            } else {
                out.add(m);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Each person mention cut after a nationality adjective it begins with: the adjective is said of the
     * title or body before it, not of the name ({@code رئيس المجلس الرئاسي الليبي محمد المنفي} → {@code محمد
     * المنفي}, {@code الأرجنتيني ليونيل ميسي} → {@code ليونيل ميسي}).
     */
    List<Mention> withoutLeadingNationalities(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Mention cut = m;
            if (m.type() == EntityType.PERSON) {
                List<Tokens.Token> words = Tokens.tokenise(m.surface());
                int k = 0;
                while (k + 1 < words.size() && isNationalityOfEitherGender(ArabicText.fold(words.get(k).text()))) k++;
                if (k > 0) {
                    int start = m.start() + words.get(k).start();
                    cut = new Mention(text.substring(start, m.end()), start, m.end(), m.type());
                }
            }
            out.add(cut);
        }
        return List.copyOf(out);
    }

    /** A nationality adjective, masculine ({@code الليبي}) or feminine ({@code الليبيه}). */
    private boolean isNationalityOfEitherGender(String folded) {
        return isNationality(folded.endsWith("يه") ? folded.substring(0, folded.length() - 1) : folded);
    }

    /**
     * An organisation found running on into the title of the man after it ({@code الهيئة القاضي}) ends before the
     * title. A person found running on into a title after the name ({@code محمد بن سلمان بن عبدالعزيز آل سعود ولي العهد}) ends
     * before the title: a title of two words or more (ولي العهد), or one of a word with more words after it after two
     * words of name at least; never after a particle (عبد الملك). A one-word title at the end may be a surname
     * (محمد حسين الشيخ).
     */
    List<Mention> withoutTrailingTitles(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Mention cut = m;
            if (m.type() == EntityType.ORGANISATION || m.type() == EntityType.PERSON) {
                boolean person = m.type() == EntityType.PERSON;
                List<Tokens.Token> words = Tokens.tokenise(m.surface());
                List<String> folded = words.stream().map(t -> ArabicText.fold(t.text())).toList();
                for (int k = 1; k < words.size(); k++) {
                    if (person && nameParticles.containsWord(folded.get(k - 1))) continue;
                    PhraseList.Match title = titles.longestAt(folded, k, List.of());
                    if (title == null) continue;
                    // "رئيس الهيئة القاضي حيدر حنون": a body, then the title of the man who heads it
                    boolean titleEnds = person ? title.to() - title.from() >= 2 || k >= 2 && title.to() < words.size()
                            : title.to() == words.size();
                    if (titleEnds) {
                        int end = m.start() + words.get(k - 1).end();
                        cut = new Mention(text.substring(m.start(), end), m.start(), end, m.type());
                        break;
                    }
                }
            }
            out.add(cut);
        }
        return List.copyOf(out);
    }

    /**
     * A person cut before a word past its first that reads as a verb in the present tense, the news's verb of what
     * the person does: {@code وزير الداخلية إبراهيم مراد يتفقد} is إبراهيم مراد, and a headline's {@code السيسي يستقبل
     * أردوغان} is two persons. Such a verb begins with ي and is no known name word (يعقوب, يشار stay); a word of four
     * letters is one only when it is a common word (يزور), one of five or more (يتفقد, يستقبل) also when unseen.
     */
    private Mention beforeVerb(String text, Mention m) {
        if (m.type() != EntityType.PERSON) return m;
        List<Tokens.Token> words = Tokens.tokenise(m.surface());
        for (int k = 1; k < words.size(); k++) {
            String folded = ArabicText.fold(words.get(k).text());
            if (nameParticles.containsWord(ArabicText.fold(words.get(k - 1).text()))) continue;
            if (isPresentTenseVerb(folded) || isVowelledPresentTenseVerb(words.get(k).text(), folded)) {
                int end = m.start() + words.get(k - 1).end();
                return new Mention(text.substring(m.start(), end), m.start(), end, m.type());
            }
        }
        return m;
    }

    /**
     * An organisation, place or other name cut before a preposition or another function word it runs on into: the
     * model's {@code الاتحاد عند} of {@code تجمد رصيد الاتحاد عند 35 نقطة} is الاتحاد. No name ends in one.
     */
    private Mention withoutTrailingStopWords(String text, Mention m) {
        if (m.type() == EntityType.PERSON) return m; // a person's last word has rules of its own (علي is a name too)
        List<Tokens.Token> words = Tokens.tokenise(m.surface());
        int last = words.size() - 1;
        while (last > 0 && stopWords.containsWord(ArabicText.fold(words.get(last).text()))
                && !nameParticles.containsWord(ArabicText.fold(words.get(last - 1).text()))) {
            last--;
        }
        if (last == words.size() - 1) return m;
        int end = m.start() + words.get(last).end();
        return new Mention(text.substring(m.start(), end), m.start(), end, m.type());
    }

    /**
     * A word of four letters or more written with a damma on its first letter ي and no known name word: the vowel of a
     * verb of the form أفعل or فعّل in the present tense ({@code يُعفي}, "dismisses"; {@code يُقيل}), however rarely seen.
     */
    private boolean isVowelledPresentTenseVerb(String raw, String folded) {
        return raw.length() > 1 && raw.charAt(0) == 'ي' && raw.charAt(1) == '\u064F' && folded.length() >= 4
                && folded.codePoints().allMatch(Character::isLetter) && !isKnownNameWord(folded)
                && !wordLists.listsOf(folded).contains("PERS");
    }

    private boolean isPresentTenseVerb(String folded) {
        if (!folded.startsWith("ي") || folded.length() < 4 || !folded.codePoints().allMatch(Character::isLetter)) return false;
        if (isKnownNameWord(folded) || wordLists.listsOf(folded).contains("PERS")) return false;
        return folded.length() >= 5 || lexicon.isCommonWord(folded);
    }

    /**
     * Each name other than a person's cut before a function word it ends in ({@link #withoutTrailingStopWords}), a person before a verb
     * ({@link #beforeVerb}), and each person mention of two words or more before a last word that cannot end a name: an unknown
     * word ending in tanwin alef ({@code مها أحمد برنامجا}), a common word never seen in a name ({@code حمد بن
     * خليفة آل ثاني أمير}), or a common word after a conjunction or a preposition ({@code الحسن وسوف},
     * {@code إيتو بتمزق}). The model sometimes runs a name on into the next word. Masculine nisbas stay:
     * السوداني is a family name too (dev F1 over five folds 73.02 to 73.12). A word after a particle of
     * {@code name-particles.txt} (عبد, أبو, بن, آل) is never cut off: a name does not end in one
     * ({@code عثمان عبد الجليل}, whose الجليل is a common word).
     */
    List<Mention> withoutTrailingWords(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Mention cut = withoutTrailingStopWords(text, beforeVerb(text, m));
            while (cut.type() == EntityType.PERSON) {
                List<Tokens.Token> words = Tokens.tokenise(cut.surface());
                if (words.size() < 2) break;
                Tokens.Token last = words.get(words.size() - 1);
                String folded = ArabicText.fold(last.text());
                // After عبد, أبو, بن, آل the name goes on: عثمان عبد الجليل is never cut to عثمان عبد.
                if (nameParticles.containsWord(ArabicText.fold(words.get(words.size() - 2).text()))) break;
                // a family name closing its clause, the name set off by a comma or a full stop, stays (محمد سمير ندا،)
                if (closesClause(text, cut.end()) && isPlainNameWord(folded)) break;
                // a word that counts is what the name has or got, never its last word (شبلي الملاط صوتان, "two votes")
                boolean spelledStop = isStopAsSpelled(last.text()) || numberWords.containsWord(folded) || dualNouns.containsWord(folded)
                        || ordinals.containsWord(folded);
                boolean endsName = !folded.isEmpty() && !spelledStop && (isKnownNameWord(folded)
                        || (mayContinuePerson(folded) && !(lexicon.isCommonWord(folded) && !isNisbaSurname(folded))
                                && !(folded.length() > 3 && WORD_PREFIXES.contains(folded.substring(0, 1))
                                        && lexicon.isCommonWord(folded.substring(1)))));
                // a passive participle never seen in a person's name before a phrase of بـ is the predicate
                // (جيهان مرهون بحل الخلافات, "Ceyhan depends on settling the disputes"): the word before it is
                // its subject, no given name of a person, so nothing of the mention is kept
                if (isPassiveParticiple(folded) && lexicon.personCount(folded) == 0
                        && nextWord(text, cut.end()).startsWith("ب") && words.size() == 2) {
                    cut = null;
                    break;
                }
                // a word never seen in a person's name and no given name, before a common noun with the article never
                // seen in a name, is the head of a noun phrase (نسب النجاح, "pass rates"): nothing of it is a name
                String head = ArabicText.fold(words.get(0).text());
                if (words.size() == 2 && folded.startsWith("ال") && !isNisba(folded) && lexicon.isCommonWord(folded)
                        && lexicon.personCount(head) == 0 && !GIVEN_NAMES.contains(head) && !lexicon.isListedPersonWord(head)
                        && !lexicon.isListedPersonWord(folded)) {
                    cut = null;
                    break;
                }
                // a common noun with the article, seen outside names and never in one, after a full name is what the
                // person does or gets (وتسلم قائد الزمالك عمر جابر الكأس, "received the cup"), whatever the word
                // without the article may be (كاس is a given name); a family name with the article is a nisba or a
                // word seen in names, or one never seen at all (بدر محمد المير)
                // ...but not a father's compound name after "son of" (محمد أحمد ولد محمد الأمين, بن محمد المختار)
                boolean fathersName = words.size() >= 3 && SONS.contains(ArabicText.fold(words.get(words.size() - 3).text()));
                boolean nounAfterFullName = words.size() >= 3 && folded.startsWith("ال") && !isNisba(folded)
                        && lexicon.isCommonWord(folded) && !lexicon.isListedPersonWord(folded) && !fathersName;
                // a word with tanwin is an indefinite noun or adverb, which a name never ends in (بتسمية منير الرياحي
                // والياً, "as governor")
                String raw = text.substring(cut.start() + last.start(), cut.start() + last.end());
                boolean indefinite = raw.indexOf('\u064B') >= 0 || raw.indexOf('\u064C') >= 0;
                if ((endsName || fathersName && folded.startsWith("ال")) && !nounAfterFullName && !indefinite) break;
                int end = cut.start() + words.get(words.size() - 2).end();
                cut = new Mention(text.substring(cut.start(), end), cut.start(), end, cut.type());
            }
            if (cut != null) out.add(cut);
        }
        return List.copyOf(out);
    }

    private void recogniseSentence(String text, List<Tokens.Token> tokens, List<Found> out) {
        List<String> folded = tokens.stream().map(t -> ArabicText.fold(t.text())).toList();
        int i = 0;
        while (i < tokens.size()) {
            int next = latinNameAfterHead(text, tokens, folded, i, out);
            if (next < 0) next = titleOfWork(text, tokens, folded, i, out);
            if (next < 0) next = titleBeforeItsMaker(text, tokens, folded, i, out);
            if (next < 0) next = placeNamedAfterPerson(text, tokens, folded, i, out);
            if (next < 0) next = organisationName(text, tokens, folded, i, out);
            if (next < 0) next = organisationWithHead(text, tokens, folded, i, out);
            if (next < 0) next = organisationAfterCue(text, tokens, folded, i, out);
            if (next < 0 && i > 0 && PLACE_LIST_BEFORE.contains(folded.get(i - 1))) next = placeWithOpener(text, tokens, folded, i, out);
            if (next < 0) next = personAfterTitle(text, tokens, folded, i, out);
            if (next < 0) next = placeAfterHead(text, tokens, folded, i, out);
            if (next < 0) next = placesListedAfterHead(text, tokens, folded, i, out);
            i = next < 0 ? i + 1 : next;
        }
    }

    /** Most words of a body's name written in Latin letters after its head (Palo Alto Networks). */
    private static final int MAX_LATIN_WORDS = 5;

    /**
     * A body's name in Latin letters right after a head or cue word ({@code rules/latin-name-heads.txt}, organisation heads
     * and cues): the run of Latin words and numbers that begins with a capital ({@code شركة Palo Alto Networks
     * الأمريكية} → {@code Palo Alto Networks}; {@code وحدة Unit 42}). Returns the index after it, or -1.
     */
    private int latinNameAfterHead(String text, List<Tokens.Token> tokens, List<String> folded, int i, List<Found> out) {
        PhraseList.Match head = latinNameHeads.longestAt(folded, i, HEAD_CLITICS);
        if (head == null) head = organisationHeads.longestAt(folded, i, HEAD_CLITICS);
        if (head == null) head = organisationCues.longestAt(folded, i, HEAD_CLITICS);
        if (head == null || head.to() >= tokens.size()) return -1;
        String first = tokens.get(head.to()).text();
        if (!isLatinWord(first) || !Character.isUpperCase(first.codePointAt(0))) return -1;
        int end = head.to() + 1;
        while (end < tokens.size() && end - head.to() < MAX_LATIN_WORDS
                && (isLatinWord(tokens.get(end).text()) || tokens.get(end).text().chars().allMatch(c -> c >= '0' && c <= '9'))
                && text.substring(tokens.get(end - 1).end(), tokens.get(end).start()).equals(" ")) {
            end++;
        }
        add(text, tokens, head.to(), 0, end, EntityType.ORGANISATION, Evidence.AFTER_CUE, out);
        return end;
    }

    /** A word of Latin letters only, digits allowed after the first (Volexity, Shadowserver, X). */
    private static boolean isLatinWord(String word) {
        return !word.isEmpty() && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.LATIN
                && word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN || Character.isDigit(c));
    }

    /**
     * The quoted title of a work after a word that announces one, over adjectives between them ({@code الفيلم
     * السوداني "وداعا جوليا"}), and the titles joined to it by و or a comma ({@code أبرزها "سواق الأتوبيس"
     * و"العار"}). Returns the index after the last title, or -1.
     */
    private int titleOfWork(String text, List<Tokens.Token> tokens, List<String> folded, int i, List<Found> out) {
        PhraseList.Match cue = workCues.longestAt(folded, i, CONJUNCTIONS);
        if (cue == null) return -1;
        int open = cue.to();
        while (open < tokens.size() && open - cue.to() < 2 && isAdjectiveOfWork(folded.get(open))) open++;
        int end = quotedTitle(text, tokens, open, out);
        while (end > 0 && end + 1 < tokens.size() && TITLE_JOINERS.contains(tokens.get(end).text())) {
            int next = quotedTitle(text, tokens, end + 1, out);
            if (next < 0) break;
            end = next;
        }
        return end;
    }

    private static final Set<String> TITLE_JOINERS = Set.of("و", "\u060C", ",");

    /** Nouns for a work's maker after ل, with the article ({@code rules/work-author-nouns.txt}: الكاتب, الروائية). */
    private static final Set<String> WORK_AUTHOR_NOUNS = Set.copyOf(PhraseList.resourceLines("rules/work-author-nouns.txt")
            .stream().map(ArabicText::fold).toList());

    /**
     * A quoted title followed by its maker after ل, "by": a nationality adjective or a noun of the trade
     * ({@code و«وادي الفراشات» للعراقي أزهر جرجيس}, {@code «صلاة القلق» للكاتب …}), a MISC name as after a cue word,
     * never a valley or a body. Returns the index after the title, or -1.
     */
    private int titleBeforeItsMaker(String text, List<Tokens.Token> tokens, List<String> folded, int i, List<Found> out) {
        List<Found> title = new ArrayList<>();
        int end = quotedTitle(text, tokens, i, title);
        if (end < 0 || end >= tokens.size() || !isMakerAfterFor(folded.get(end))) return -1;
        out.addAll(title);
        // the maker's name after the noun and its adjectives, closing the clause: للعراقي أزهر جرجيس،
        int from = end + 1;
        while (from < tokens.size() && isNisba(folded.get(from))) from++;
        int to = from;
        while (to < tokens.size() && to - from < MAX_MAKER_WORDS && tokens.get(to).text().codePoints().allMatch(Character::isLetter)
                && !stopWords.containsWord(folded.get(to))) to++;
        if (to > from + 1 && (to == tokens.size() || CLAUSE_ENDS.contains(tokens.get(to).text()))) {
            add(text, tokens, from, 0, to, EntityType.PERSON, Evidence.AFTER_TITLE, out);
            return to;
        }
        return end;
    }

    /** Most words of a work's maker's name after the title: أحمد فال الدين. */
    private static final int MAX_MAKER_WORDS = 4;

    /** للعراقي, للبنانية, للكاتب: ل with a nationality adjective or a maker's noun (its article's alef dropped). */
    private static boolean isMakerAfterFor(String folded) {
        if (!folded.startsWith("لل")) return false;
        String withArticle = "ال" + folded.substring(2);
        return WORK_AUTHOR_NOUNS.contains(withArticle) || folded.length() >= 6 && (folded.endsWith("ي") || folded.endsWith("يه"));
    }

    /**
     * An adjective of relation between a work and its title: with the article of either gender (السوداني,
     * الروائية), without it masculine only (وثائقي), since a feminine noun ends the same way (البرنامج قضية «...»).
     */
    private static boolean isAdjectiveOfWork(String folded) {
        return isNisba(folded) || folded.length() >= 5 && folded.endsWith("ي") && folded.codePoints().allMatch(Character::isLetter);
    }

    /** A title between quotation marks opening at {@code open}, a MISC name: the index after it, or -1. */
    private static int quotedTitle(String text, List<Tokens.Token> tokens, int open, List<Found> out) {
        if (open + 2 >= tokens.size()) return -1;
        String close = switch (tokens.get(open).text()) {
            case "\u00AB" -> "\u00BB";
            case "\"" -> "\"";
            default -> null;
        };
        if (close == null) return -1;
        int start = open + 1;
        for (int end = start; end < tokens.size() && end - start <= MAX_TITLE_WORDS; end++) {
            String word = tokens.get(end).text();
            if (word.equals(close)) {
                if (end == start) return -1;
                add(text, tokens, start, 0, end, EntityType.MISC, Evidence.AFTER_CUE, out);
                return end + 1;
            }
            if (!word.codePoints().allMatch(Character::isLetterOrDigit)) return -1;
        }
        return -1;
    }

    private int organisationName(String text, List<Tokens.Token> tokens, List<String> folded, int i, List<Found> out) {
        PhraseList.Match name = organisationNames.longestAt(folded, i, Clitics.PROCLITICS);
        if (name == null) return -1;
        add(text, tokens, name.from(), name.clitic(), name.to(), EntityType.ORGANISATION, Evidence.LISTED_NAME, out);
        return name.to();
    }

    private static final java.util.Set<String> PORTFOLIO_HEADS = java.util.stream.Stream.of("وزارة", "الوزارة", "هيئة", "الهيئة", "لجنة", "اللجنة")
            .map(ArabicText::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private int organisationWithHead(String text, List<Tokens.Token> tokens, List<String> folded, int i, List<Found> out) {
        PhraseList.Match head = organisationHeads.longestAt(folded, i, HEAD_CLITICS);
        // a city or hospital named after a king or prince is a body: مدينة الملك سعود الطبية (a medical city, not King Saud)
        if (head == null) head = namesakeHead(tokens, folded, i);
        // المركز الوطني للسلامة المعلوماتية: a head that names a body only with what the body is for
        boolean needsPurpose = head == null;
        if (head == null) head = purposeHeads.longestAt(folded, i, HEAD_CLITICS);
        if (head == null) return -1;
        // 22 ألف جهاز معرض للثغرة ("22,000 devices exposed to the flaw"): after a number the head is what is counted
        if (head.from() > 0 && isNumber(tokens.get(head.from() - 1).text(), folded.get(head.from() - 1))) return -1;
        int end = head.to();
        // a head with the article (الهيئة) is no first term of a construct: a proper name after it begins another name
        // (رئيس الهيئة فاروق بوعسكر, "the head of the authority, Farouk Bouasker")
        String headWord = folded.get(head.to() - 1).substring(head.to() - 1 == head.from() ? head.clitic() : 0);
        boolean definiteHead = headWord.startsWith("ال");
        // bodies named by two portfolios joined by و (وزارة السياحة والآثار, هيئة الكهرباء والماء, لجنة الشؤون الخارجية والدفاع)
        boolean namedByPortfolios = PORTFOLIO_HEADS.contains(headWord) || needsPurpose;
        boolean afterNisba = false;
        // a body named after a person by title and name right after a head without the article: جامعة الملك سعود,
        // جامعة الأمير محمد بن فهد (not رئيس الهيئة القاضي حيدر حنون, the head of the authority and then a judge)
        boolean namesake = false;
        boolean purpose = false;
        while (end < tokens.size() && end - head.to() < (namedByPortfolios ? MAX_PORTFOLIO_WORDS : MAX_NAME_WORDS - 1)) {
            String word = folded.get(end);
            boolean first = end == head.to();
            // past the words of any name, only one more portfolio goes on (لجنة الشؤون المالية والاقتصادية | المشروع), with
            // its adjective (الإدارة العامة للعلاقات والإعلام الأمني), not the nation's (وزارة الموارد المائية والري | المصرية)
            if (end - head.to() >= MAX_NAME_WORDS - 1 && !word.startsWith("و")
                    && !(isNisba(word) && folded.get(end - 1).startsWith("وال") && !statementAdjectives.containsWord(word)
                            && !isNationalityOfEitherGender(word))) break;
            if (!first && isPurposeComplement(word)) { // الهيئة العامة للترفيه, المصرف العربي للتنمية
                afterNisba = false;
                namesake = false;
                purpose = true;
                end++;
                continue;
            }
            // a portfolio of a noun and its complement after و: وزارة النقل والاتصالات وتقنية المعلومات
            if (!first && namedByPortfolios && isPortfolioInConstruct(tokens, folded, end)) {
                afterNisba = false;
                end += 2;
                continue;
            }
            String previous = first ? "" : folded.get(end - 1);
            if (!first && !word.startsWith("ال") && (namesake || !definiteHead && end - 1 == head.to() && previous.startsWith("ال") && titles.containsWord(previous))
                    && (isNameWord(tokens.get(end).text(), word) || nameParticles.containsWord(word))
                    && !stopWords.containsWord(word) && !titleWords.contains(word)) {
                namesake = true;
                end++;
                continue;
            }
            namesake = false;
            // a body of two portfolios: وزارة السياحة والآثار, وزارة الصحة والسكان
            if (!first && namedByPortfolios && word.startsWith("وال")
                    && (folded.get(end - 1).startsWith("ال") || folded.get(end - 1).startsWith("لل"))
                    && !stopWords.containsWord(word.substring(1)) && word.length() > 4
                    // a plural an adjective follows is what the body deals with (وزارة الصحة والمستشفيات الخاصة); one the name
                    // goes on after is a portfolio (وزارة النقل والاتصالات وتقنية المعلومات)
                    && (!isPluralWithArticle(word.substring(1)) || end + 1 < tokens.size() && folded.get(end + 1).startsWith("و")
                            && !folded.get(end + 1).startsWith("ال"))) {
                afterNisba = false;
                end++;
                continue;
            }
            boolean continues = word.startsWith("ال") ? !stopWords.containsWord(word) && word.length() > 3
                    : first && !definiteHead && isNameWord(tokens.get(end).text(), word) && !word.endsWith("يه") && !isIndefiniteAdjective(word)
                            || !first && isOnlyInOtherNames(word) && isNameWord(tokens.get(end).text(), word); // وكالة شفق نيوز
            if (afterNisba && !isNisba(word) && !organisationModifiers.containsWord(word)) continues = false;
            // بيان المصرف المركزي الرسمي: after the body's adjective, "official" describes the statement
            if (afterNisba && statementAdjectives.containsWord(word)) continues = false;
            // يتولى الأمير ومجلس الوزراء الاختصاصات المخولة: a plural noun after a definite word is the object, not a name word
            if (!first && folded.get(end - 1).startsWith("ال") && isPluralWithArticle(word)) continues = false;
            // ...and so after a head with the article, a plural never seen in a name (وتدعو القيادة المواطنين, "the command
            // calls on citizens")
            if (first && definiteHead && (isPluralWithArticle(word) || isMasculinePluralWithArticle(word)) && lexicon.count(word) == 0) {
                continues = false;
            }
            // وأيدت محكمة الاستئناف الحكم ("upheld the ruling"), تشتري وزارة المياه المتر المكعب: after the body's own
            // complement, a noun of object-nouns.txt begins what the verb acts on (هيئة الحكم, its first word, is kept)
            if (!first && (folded.get(end - 1).startsWith("ال") || folded.get(end - 1).startsWith("لل")) && objectNouns.containsWord(word)) {
                continues = false;
            }
            // رئيس اللجنة الداه ولد عبد الجليل: a word before "son of" is a person's first name, not the body's
            if (end + 1 < tokens.size() && SONS.contains(folded.get(end + 1))) continues = false;
            if (!continues) break;
            afterNisba = isNisba(word);
            end++;
        }
        if (end == head.to() || needsPurpose && !purpose) return -1;
        add(text, tokens, head.from(), head.clitic(), end, EntityType.ORGANISATION, Evidence.AFTER_CUE, out);
        return end;
    }

    /** Most words after the head of a body named by its portfolios: النقل والاتصالات وتقنية المعلومات. */
    private static final int MAX_PORTFOLIO_WORDS = 6;

    /**
     * Whether the word at {@code k}, after a word with the article, is و and a noun without the article in construct with
     * a noun with it that ends the name: one more portfolio of a ministry (وتقنية المعلومات, وشؤون المغتربين); not the
     * head of another body or a title (وزارة الصحة ومنظمة الصحة العالمية, وزارة الداخلية وقوات الأمن).
     */
    private boolean isPortfolioInConstruct(List<Tokens.Token> tokens, List<String> folded, int k) {
        if (k + 1 >= tokens.size() || !(folded.get(k - 1).startsWith("ال") || folded.get(k - 1).startsWith("وال"))) return false;
        String word = folded.get(k);
        if (!word.startsWith("و") || word.startsWith("وال") || word.length() < 4) return false;
        String noun = word.substring(1);
        String complement = folded.get(k + 1);
        boolean endsName = k + 2 >= tokens.size() || !folded.get(k + 2).startsWith("ال");
        return noun.codePoints().allMatch(Character::isLetter) && !stopWords.containsWord(noun) && !titles.containsWord(noun)
                && organisationHeads.longestAt(List.of(noun), 0, NO_CLITICS) == null && organisationCues.longestAt(List.of(noun), 0, NO_CLITICS) == null
                && movementCues.longestAt(List.of(noun), 0, NO_CLITICS) == null && purposeHeads.longestAt(List.of(noun), 0, NO_CLITICS) == null
                && latinNameHeads.longestAt(List.of(noun), 0, NO_CLITICS) == null && placeHeads.longestAt(List.of(noun), 0, NO_CLITICS) == null
                && !Clitics.ROLE_NOUNS.contains(noun)
                && complement.startsWith("ال") && complement.length() > 3 && !stopWords.containsWord(complement) && !isNisba(complement)
                && endsName;
    }

    /**
     * A head of {@code namesake-heads.txt} without the article right before a title with the article and a name word
     * (مدينة الملك فهد, مستشفى الملك خالد), or null: elsewhere the head keeps its own rules (مستشفى جنين الحكومي names Jenin).
     */
    private PhraseList.Match namesakeHead(List<Tokens.Token> tokens, List<String> folded, int i) {
        PhraseList.Match head = namesakeHeads.longestAt(folded, i, HEAD_CLITICS);
        if (head == null || head.to() + 1 >= tokens.size()) return null;
        String headWord = folded.get(head.to() - 1).substring(head.to() - 1 == head.from() ? head.clitic() : 0);
        String title = folded.get(head.to());
        String name = folded.get(head.to() + 1);
        return !headWord.startsWith("ال") && title.startsWith("ال") && titles.containsWord(title)
                && isNameWord(tokens.get(head.to() + 1).text(), name) && !name.startsWith("ال") ? head : null;
    }

    /**
     * An adjective of relation without the article, masculine or feminine, never seen in a name and in no list of name
     * words: after a head word it says what kind of body or place, not which one ({@code مجلس تشريعي مؤقت}, "an interim
     * legislative council"; {@code 14 منطقة ترفيهية}, "14 entertainment zones").
     */
    private boolean isIndefiniteAdjective(String folded) {
        return folded.length() >= 4 && (folded.endsWith("ي") || folded.length() >= 5 && folded.endsWith("يه"))
                && !folded.startsWith("ال") && lexicon.count(folded) == 0
                && wordLists.listsOf(ArabicText.withoutPrefix(folded)).isEmpty();
    }

    /**
     * An adjective of relation without the article, either gender, never seen in a name and seen outside names or in no
     * list of name words: فنية of سهرات فنية ("art evenings").
     */
    private boolean isAdjectiveOfCommonNoun(String folded) {
        return folded.length() >= 4 && (folded.endsWith("ي") || folded.endsWith("يه")) && !folded.startsWith("ال")
                && lexicon.count(folded) == 0 && (lexicon.outsideCount(folded) > 0 || wordLists.listsOf(ArabicText.withoutPrefix(folded)).isEmpty());
    }

    private int organisationAfterCue(String text, List<Tokens.Token> tokens, List<String> folded, int i, List<Found> out) {
        PhraseList.Match cue = organisationCues.longestAt(folded, i, HEAD_CLITICS);
        boolean strict = cue == null;
        if (strict) cue = movementCues.longestAt(folded, i, HEAD_CLITICS);
        if (cue == null || cue.to() >= tokens.size()) return -1;
        if (cue.from() > 0 && isNumber(tokens.get(cue.from() - 1).text(), folded.get(cue.from() - 1))) return -1;
        int start = cue.to();
        PhraseList.Match known = organisationNames.longestAt(folded, start, NO_CLITICS);
        if (known != null) {
            add(text, tokens, start, 0, known.to(), EntityType.ORGANISATION, Evidence.LISTED_NAME, out);
            return known.to();
        }
        if (communeHeads.longestAt(folded, i, HEAD_CLITICS) != null && townOpeners.containsWord(folded.get(start))) {
            return communeNamed(text, tokens, folded, start, out);
        }
        String first = folded.get(start);
        // اللجنة الداه ولد عبد الجليل: a word before "son of" is a person's first name, not the body's
        if (start + 1 < tokens.size() && SONS.contains(folded.get(start + 1))) return -1;
        boolean nameWord = isNameWord(tokens.get(start).text(), first)
                || (!strict && first.startsWith("ال") && !stopWords.containsWord(first) && !isNisba(first));
        if (!nameWord || (strict && (lexicon.isCommonWord(first) || isPluralWithArticle(first)))) return -1;
        // حركة البيع في السوق ("the movement of sales"): after a cue that is itself an action, a verbal noun is what it acts on
        if (strict && cuesThatAreActions.longestAt(folded, i, HEAD_CLITICS) != null && isVerbalNounOfThreeLetters(first)) return -1;
        // قدمنا مباراة كبيرة أمام فريق عظيم: a common word without the article after the cue is an adjective, and so is
        // one seen more often outside names than in them (ربط قناة جديدة, "a new pipe")
        if (!first.startsWith("ال") && (lexicon.isCommonWord(first) || lexicon.outsideCount(first) > lexicon.count(first))) return -1;
        // تنظيم سهرات فنية ("organising art evenings"): a word without the article that an adjective of relation without it
        // qualifies is an indefinite noun; a name is definite, and its adjective takes the article (تنظيم داعش الإرهابي)
        if (!first.startsWith("ال") && start + 1 < tokens.size() && isAdjectiveOfCommonNoun(folded.get(start + 1))) return -1;
        int end = start + 1;
        while (end < tokens.size() && end - start < MAX_NAME_WORDS && (folded.get(end).startsWith("ال") || isOnlyInOtherNames(folded.get(end)))
                && !isNisba(folded.get(end)) && isNameWord(tokens.get(end).text(), folded.get(end))) {
            end++;
        }
        add(text, tokens, start, 0, end, EntityType.ORGANISATION, Evidence.AFTER_CUE, out);
        return end;
    }

    /**
     * A commune or village named after {@code rules/commune-heads.txt} by a word a town's name begins with and up to two
     * more name words, the last of them with the article too (سيدي رحال الشاطئ): a place. Returns the index after it.
     */
    private int communeNamed(String text, List<Tokens.Token> tokens, List<String> folded, int start, List<Found> out) {
        int end = start + 1;
        while (end < tokens.size() && end - start < 3 && isNameWord(tokens.get(end).text(), folded.get(end))
                && !isNisba(folded.get(end)) && !titleWords.contains(folded.get(end))) {
            end++;
        }
        if (end == start + 1) return -1;
        add(text, tokens, start, 0, end, EntityType.PLACE, Evidence.AFTER_CUE, out);
        return end;
    }

    /**
     * A word seen in training only inside names, and never in a person's, nor listed as a person-name word nor in the
     * name of a person the editors list (غوتيريش of أنطونيو غوتيريش): a word of
     * the names of outlets, firms and the like ({@code نيوز} of {@code سكاي نيوز}), which goes on with the name after a
     * cue ({@code وكالة شفق نيوز}) and alone is no person.
     */
    boolean isOnlyInOtherNames(String folded) {
        return lexicon.count(folded) > 0 && lexicon.outsideCount(folded) == 0 && lexicon.personCount(folded) == 0
                && !lexicon.isListedPersonWord(folded) && !isKnownNameWord(folded);
    }

    /**
     * لل + a singular noun with the article (its alef unwritten) after a body's head and its first word: what the body
     * is for, part of its name ({@code الهيئة العامة للترفيه}, {@code المنظمة الدولية للهجرة}); a plural of people is
     * whom it serves, not its name ({@code قدمت الهيئة العامة للمواطنين}).
     */
    private boolean isPurposeComplement(String folded) {
        if (!folded.startsWith("لل") || folded.length() < 5) return false;
        String definite = "ال" + folded.substring(2);
        // a feminine plural is a field the body works in (للدراسات, للانتخابات), a masculine one whom it serves
        return !stopWords.containsWord(definite) && !definite.endsWith("ين") && !definite.endsWith("ون");
    }

    /**
     * A feminine plural with the article, a common noun: after حركة it is the traffic of things, not a
     * movement ({@code توقفت حركة القطارات}, {@code حركة الشاحنات}).
     */
    /**
     * A definite word of three letters after the article, never seen inside a name nor listed as a name's word: the
     * verbal noun فَعْل of a root ({@code البيع} "selling", {@code الشحن} "shipping", {@code النقل} "transport"); a
     * movement named so is known by name ({@code حركة العدل والمساواة}, seen in names).
     */
    private boolean isVerbalNounOfThreeLetters(String folded) {
        return folded.startsWith("ال") && folded.length() == 5 && lexicon.count(folded) == 0
                && wordLists.listsOf(ArabicText.withoutPrefix(folded)).isEmpty();
    }

    /** A sound masculine plural with the article: المواطنين, المسؤولون. */
    private static boolean isMasculinePluralWithArticle(String folded) {
        return folded.startsWith("ال") && folded.length() > 6 && (folded.endsWith("ين") || folded.endsWith("ون"));
    }

    private static boolean isPluralWithArticle(String folded) {
        return folded.startsWith("ال") && folded.length() > 5 && folded.endsWith("ات");
    }

    /**
     * A person after a title: its first word a known name word (or one before a known name word), then
     * name words; a word with the article continues the name only as a masculine nisba or a known name word
     * (اللاعب محمد زيدان المحترف stops before المحترف).
     */
    private int personAfterTitle(String text, List<Tokens.Token> tokens, List<String> folded, int i, List<Found> out) {
        PhraseList.Match title = titles.longestAt(folded, i, Clitics.PROCLITICS);
        if (title == null) return -1;
        int start = title.to();
        int portfolio = 0;
        boolean apposition = false;
        // a nationality adjective closed the title (رئيس الوزراء الكيني الأسبق رايلا أودينغا)
        boolean nationality = false;
        for (int guard = 0; guard < 8 && start < tokens.size(); guard++) {
            PhraseList.Match another = titles.longestAt(folded, start, CONJUNCTIONS);
            if (another != null && isFirstNameBeforeSon(folded, start)) break;
            int organisationEnd = organisationName(text, tokens, folded, start, out);
            if (organisationEnd < 0) organisationEnd = organisationWithHead(text, tokens, folded, start, out);
            if (another != null) start = another.to();
            else if (organisationEnd > start) start = organisationEnd;
            // the name in apposition after the whole title, set off by a comma (وزيرة المالية الاتحادية، طيف سامي)
            // (not another title after it, which opens the next person of a list: نائب الأمير، ومعالي الشيخ محمد)
            else if (isComma(tokens.get(start).text()) && start + 1 < tokens.size()
                    && titles.longestAt(folded, start + 1, CONJUNCTIONS) == null) {
                start++;
                apposition = true;
                break;
            }
            else if (titleModifiers.containsWord(folded.get(start))) start++;
            else if (isNisba(folded.get(start)) || isComplement(folded.get(start))) {
                nationality |= isNationality(folded.get(start));
                start++;
            }
            // the body the title heads, named by one word seen in training in names other than persons', before a given
            // name (رئيس مجلس إدارة النصر إبراهيم المهيدب)
            else if (isBodyWordBeforeGivenName(tokens, folded, start)) start++;
            // after "spokesman for", the body spoken for and a comma before the name (المتحدث باسم حكومة الإقليم، بيشوا هوراماني،)
            else if (folded.get(title.to() - 1).equals("باسم") && !apposition && commaWithin(tokens, start, 4) > start) {
                start = commaWithin(tokens, start, 4) + 1;
                apposition = true;
                break;
            }
            // where the body the title names works (الناطقة باسم المنظمة في ليبيا صفا مسهلي)
            else if (folded.get(start).equals("في") && start + 1 < tokens.size()
                    && wordLists.listsOf(ArabicText.withoutPrefix(folded.get(start + 1))).contains("LOC")
                    && !isKnownNameWord(folded.get(start + 1))) start += 2;
            else if (portfolio < 2 && isPortfolio(tokens.get(start).text(), folded.get(start))) {
                start++;
                portfolio++;
            } else break;
        }
        if (start >= tokens.size()) return title.to();
        String first = folded.get(start);
        // a listed given name with the article opens the name when a name word without it follows (المكلف الحافظ بخيت)
        boolean givenWithArticle = GIVEN_NAMES_WITH_ARTICLE.contains(first) && start + 1 < tokens.size()
                && !hasArticle(tokens.get(start + 1).text(), folded.get(start + 1))
                && isNameWord(tokens.get(start + 1).text(), folded.get(start + 1))
                && (isKnownNameWord(folded.get(start + 1)) || GIVEN_NAMES.contains(folded.get(start + 1)));
        if (!givenWithArticle && (hasArticle(tokens.get(start).text(), first)
                || !(isNameWord(tokens.get(start).text(), first) || isFirstNameBeforeSon(folded, start)))) return title.to();
        boolean knownNext = start + 1 < tokens.size() && isKnownNameWord(folded.get(start + 1))
                && isNameWord(tokens.get(start + 1).text(), folded.get(start + 1));
        boolean beforeSon = isFirstNameBeforeSon(folded, start);
        if (!givenWithArticle && !isKnownNameWord(first) && !knownNext && !beforeSon && !closedName(text, tokens, folded, start, apposition, nationality)) return title.to();
        int end = start + 1;
        while (end < tokens.size() && end - start < MAX_PERSON_WORDS) {
            String word = folded.get(end);
            boolean afterParticle = nameParticles.containsWord(folded.get(end - 1));
            boolean continues = (beforeSon && end == start + 1) || afterParticle ? word.codePoints().allMatch(Character::isLetter) && !stopWords.containsWord(word)
                    : (isNameWord(tokens.get(end).text(), word) || isNisbaSurname(word))
                            && titles.longestAt(folded, end, CONJUNCTIONS) == null && mayContinuePerson(word)
                            && !Clitics.ROLE_NOUNS.contains(word)
                            && !(hasArticle(tokens.get(end).text(), word) && !isNisbaSurname(word) && !isKnownNameWord(word));
            // a father's compound name after "son of" goes on over a word with the article (ولد محمد الأمين)
            // ...but not over a noun never seen in a person's name with a nisba adjective after it, a thing the person
            // issues or gives (السلطان هيثم بن طارق المرسوم السلطاني, "the sultanic decree")
            boolean fathersName = end - start >= 2 && SONS.contains(folded.get(end - 2)) && hasArticle(tokens.get(end).text(), word)
                    && word.codePoints().allMatch(Character::isLetter) && !stopWords.containsWord(word) && !isNisba(word)
                    && !(lexicon.personCount(word) == 0 && end + 1 < tokens.size() && isNisba(folded.get(end + 1))
                            && lexicon.personCount(folded.get(end + 1)) == 0)
                    && titles.longestAt(folded, end, CONJUNCTIONS) == null;
            // a word with the article never seen in training after a listed given name is its family name (إبراهيم المهيدب)
            boolean unseenFamilyName = end == start + 1 && GIVEN_NAMES.contains(folded.get(start)) && hasArticle(tokens.get(end).text(), word)
                    && word.length() >= 5 && word.codePoints().allMatch(Character::isLetter) && lexicon.count(word) == 0
                    && lexicon.outsideCount(word) == 0 && titles.longestAt(folded, end, CONJUNCTIONS) == null;
            if (!continues && !fathersName && !unseenFamilyName && !isNameSpelledAsStopWord(tokens, folded, end)
                    && !isFamilyNameClosingClause(tokens, folded, start, end)) break;
            end++;
        }
        add(text, tokens, start, 0, end, EntityType.PERSON, Evidence.AFTER_TITLE, out);
        return end;
    }

    /** Whether a comma, a full stop or a semicolon follows {@code at} in the text, spaces apart. */
    private static boolean closesClause(String text, int at) {
        int k = at;
        while (k < text.length() && text.charAt(k) == ' ') k++;
        return k < text.length() && CLAUSE_ENDS.contains(String.valueOf(text.charAt(k)));
    }

    /**
     * A word of letters that is no common word, title, role, function word, number, month, nisba (nor a people's plural,
     * البلجيكيين), verb or phrase of a preposition: one a family name may be (ندا, الشرفا; not الكأس of وتسلم قائد الزمالك عمر
     * جابر الكأس., nor بالتراضي of باتريس بوميل بالتراضي،).
     */
    private boolean isPlainNameWord(String word) {
        return word.length() >= 3 && !lexicon.isCommonWord(word) && word.codePoints().allMatch(Character::isLetter) && !stopWords.containsWord(word)
                && !titleWords.contains(word) && !Clitics.ROLE_NOUNS.contains(word) && !numberWords.containsWord(word)
                && !months.containsWord(word) && !isNisba(word) && !isPresentTenseVerb(word) && !dualNouns.containsWord(word)
                && !ordinals.containsWord(word) && !isStopAsSpelled(word) && !word.endsWith("يين") && !word.endsWith("يون")
                && CLITIC_AND_ARTICLE.stream().noneMatch(word::startsWith);
    }

    /** A preposition or conjunction on the article (بالتراضي, "by mutual consent"), which no family name begins with. */
    private static final List<String> CLITIC_AND_ARTICLE = List.of("بال", "كال", "وال", "فال", "لل");

    /** Words that close a clause right after them: a comma, a full stop, a semicolon. */
    private static final Set<String> CLAUSE_ENDS = Set.of("\u060C", ",", ".", "\u061B", ";");

    /**
     * Whether the word at {@code k}, after two name words at least from {@code start}, is the family name the clause closes
     * on: a word of letters no title, role or function word, right before a comma or a full stop (للكاتب المصري محمد سمير
     * ندا،, whose ندا, "dew", is a common word; للفلسطيني وليد الشرفا.).
     */
    private boolean isFamilyNameClosingClause(List<Tokens.Token> tokens, List<String> folded, int start, int k) {
        if (k - start < 2 || k + 1 >= tokens.size() || !CLAUSE_ENDS.contains(tokens.get(k + 1).text())) return false;
        return titles.longestAt(folded, k, CONJUNCTIONS) == null && isPlainNameWord(folded.get(k));
    }

    /**
     * Whether the word at {@code k} has the article, names bodies far more often than persons in training (النصر, a club)
     * and is followed by a listed given name without the article: the body a title heads, not the person's first word.
     */
    private boolean isBodyWordBeforeGivenName(List<Tokens.Token> tokens, List<String> folded, int k) {
        if (k + 1 >= tokens.size()) return false;
        String word = folded.get(k);
        String next = folded.get(k + 1);
        return hasArticle(tokens.get(k).text(), word) && !GIVEN_NAMES.contains(word) && !lexicon.isListedPersonWord(word)
                && lexicon.count(word) > 2 * lexicon.personCount(word) && !isNisba(word)
                && !next.startsWith("ال") && GIVEN_NAMES.contains(next);
    }

    /** The index of the first comma among the {@code most} tokens from {@code from}, or -1. */
    private static int commaWithin(List<Tokens.Token> tokens, int from, int most) {
        for (int k = from; k < tokens.size() && k < from + most; k++) if (isComma(tokens.get(k).text())) return k;
        return -1;
    }

    private static boolean isComma(String token) {
        return token.equals("\u060C") || token.equals(",");
    }

    /** Words after a name that end the clause it is the subject of: إن and أن of what was said. */
    private static final Set<String> SAID_THAT = Set.of("ان");

    /**
     * Two name words no list knows, right after a title, closed as a name is closed: by a comma in apposition
     * ({@code المتحدث باسم حكومة الإقليم، بيشوا هوراماني،}), or by what the person said or to whom ({@code بيشوا هوراماني إن},
     * {@code ضرار العلي لـ"القبس"}, {@code صفا مسهلي لوكالة}). Neither is a common word, so a title used as a common noun
     * ({@code الفريق جاهز}) names nobody.
     */
    private boolean closedName(String text, List<Tokens.Token> tokens, List<String> folded, int start, boolean apposition,
                               boolean afterNationality) {
        if (start + 2 >= tokens.size()) return false;
        for (int k = start; k < start + 2; k++) {
            String raw = tokens.get(k).text();
            String word = folded.get(k);
            // a word with ل after a title is what the title heads (الملك لكرة القدم), and a word with the article goes on
            // with a name only as a family name (ضرار العلي), never as the noun of a phrase (القدم)
            boolean article = hasArticle(raw, word);
            if (!isNameWord(raw, word) || article && (k == start || !isNisbaSurname(word)) || k == start && word.startsWith("ل")
                    || lexicon.isCommonWord(word) || word.length() < 3
                    || titles.longestAt(folded, k, CONJUNCTIONS) != null || k > start && !mayContinuePerson(word) || isPresentTenseVerb(word)) {
                return false;
            }
        }
        String after = tokens.get(start + 2).text();
        String next = folded.get(start + 2);
        if (isComma(after)) return true;
        // after a nationality adjective that closes the title, two unknown name words and then a word of no name are the
        // person (رئيس الوزراء الكيني الأسبق رايلا أودينغا إثر الجولة, "after the round")
        if (afterNationality && !apposition && !isNameWord(after, next) && !titles.containsWord(next)) return true;
        return !apposition && (SAID_THAT.contains(next) || next.startsWith("ل") && next.length() >= 4 && lexicon.isCommonWord(next.substring(1))
                || next.equals("ل") || next.equals("لـ"));
    }

    /**
     * A name word whose folded letters are a stop word's, written as the name with a final ي, with another name word
     * after it: the father's name علي of {@code وزير الكهرباء زياد علي فاضل}, not the preposition على, which a
     * verbal noun or a word with the article follows ({@code أكد الوزير زياد علي أهمية}).
     */
    private boolean isNameSpelledAsStopWord(List<Tokens.Token> tokens, List<String> folded, int k) {
        if (k + 1 >= tokens.size()) return false;
        String raw = tokens.get(k).text();
        String next = folded.get(k + 1);
        return stopWords.containsWord(folded.get(k)) && raw.endsWith("\u064A") && GIVEN_NAMES.contains(folded.get(k))
                && isNameWord(tokens.get(k + 1).text(), next) && !hasArticle(tokens.get(k + 1).text(), next)
                && (isKnownNameWord(next) || GIVEN_NAMES.contains(next)) && titles.longestAt(folded, k + 1, CONJUNCTIONS) == null;
    }

    /**
     * The name of a stadium, street, square or resort named after a person, without the head word, an "other" name
     * (ANERcorp's MISC): a title, name particles and name words (ملعب الأمير مولاي عبد الله, شارع الحبيب بورقيبة),
     * up to a word with a clitic (بالرباط), a common word or punctuation. Returns the index after it, or -1.
     */
    /** A preposition and a head word that together mean "by way of", folded. */
    private static final Set<String> BY_WAY_OF = Set.of("عن طريق");

    private int placeNamedAfterPerson(String text, List<Tokens.Token> tokens, List<String> folded, int i, List<Found> out) {
        PhraseList.Match head = placeNameHeads.longestAt(folded, i, HEAD_CLITICS);
        if (head == null || head.to() >= tokens.size()) return -1;
        // عن طريق is "by way of": the person after it is named, no road
        if (i > 0 && BY_WAY_OF.contains(folded.get(i - 1) + " " + folded.get(i))) return -1;
        // named after a person: a title or a person's name word first; otherwise the name is the place's own (شارع المنارة)
        String after = folded.get(head.to());
        if (!titleWords.contains(after) && !isKnownNameWord(after)) return -1;
        int end = head.to();
        boolean named = false;
        while (end < tokens.size() && end - head.to() < MAX_NAME_WORDS + 1) {
            String raw = tokens.get(end).text();
            String word = folded.get(end);
            boolean afterParticle = end > head.to() && nameParticles.containsWord(folded.get(end - 1));
            boolean title = titleWords.contains(word) && !named;
            boolean name = isNameWord(raw, word) || nameParticles.containsWord(word)
                    || afterParticle && word.codePoints().allMatch(Character::isLetter) && !stopWords.containsWord(word);
            if (!title && !name) break;
            named |= name;
            end++;
        }
        if (!named) return -1;
        add(text, tokens, head.to(), 0, end, EntityType.MISC, Evidence.AFTER_CUE, out);
        return end;
    }

    /** Punctuation between a person and their age: نائل البرغوثي، 67 عاما; محمد الطوس (69 عاما). */
    private static final Set<String> BEFORE_AGE = Set.of("،", ",", "(");

    /**
     * A person of two name words or more right before their age in years, as lists of prisoners, victims or
     * candidates give it ({@code - نائل البرغوثي، 67 عاما، رام الله}; {@code محمد الطوس (69 عاما)}): the name
     * runs back from the comma or bracket over name words, the first without the article. A common word stops it,
     * so {@code تأسيس الشركة (50 عاما)} names nobody.
     */
    private void personsBeforeAge(String text, List<Tokens.Token> tokens, List<Found> out) {
        for (int k = 2; k + 1 < tokens.size(); k++) {
            if (!tokens.get(k).text().chars().allMatch(Character::isDigit) || !ageWords.containsWord(ArabicText.fold(tokens.get(k + 1).text()))
                    || !BEFORE_AGE.contains(tokens.get(k - 1).text())) continue;
            int end = k - 1;
            int start = end;
            while (start > 0 && end - start < MAX_NAME_WORDS && isNameWord(tokens.get(start - 1).text(), ArabicText.fold(tokens.get(start - 1).text()))
                    && titles.longestAt(List.of(ArabicText.fold(tokens.get(start - 1).text())), 0, NO_CLITICS) == null) start--;
            // the name begins at its first name, which has no article (البرغوثي is the family's, نائل the man's)
            while (start < end && hasArticle(tokens.get(start).text(), ArabicText.fold(tokens.get(start).text()))) start++;
            if (end - start < 2) continue;
            int from = start;
            if (out.stream().anyMatch(f -> f.mention().start() < tokens.get(end - 1).end() && tokens.get(from).start() < f.mention().end())) continue;
            add(text, tokens, start, 0, end, EntityType.PERSON, Evidence.AFTER_CUE, out);
        }
    }

    /** Given names ({@code arabic/given-names.txt}), folded. */
    private static final Set<String> GIVEN_NAMES = Set.copyOf(PhraseList.resourceLines("/org/nashra/arabic/given-names.txt").stream()
            .map(ArabicText::fold).toList());

    /** Whether a person's first word is a given name, known from training or listed, with no article: فتحي of فتحي الزياني. */
    boolean beginsWithGivenName(Mention m) {
        List<Tokens.Token> words = Tokens.tokenise(m.surface());
        if (words.size() < 2) return false;
        String first = ArabicText.fold(words.get(0).text());
        return !first.startsWith("ال") && (GIVEN_NAMES.contains(first) || isKnownNameWord(first));
    }

    /** Given names written with the article ({@code rules/given-names-with-article.txt}), folded: الحافظ of الحافظ بخيت. */
    private static final Set<String> GIVEN_NAMES_WITH_ARTICLE = Set.copyOf(PhraseList.resourceLines("rules/given-names-with-article.txt")
            .stream().map(ArabicText::fold).toList());

    /** Nouns of a measure ({@code rules/measure-nouns.txt}) and the units after the number they take, folded. */
    private static final Set<String> MEASURE_NOUNS = Set.copyOf(PhraseList.resourceLines("rules/measure-nouns.txt").stream()
            .map(ArabicText::fold).toList());
    private static final Set<String> LENGTH_UNITS = Set.copyOf(PhraseList.resourceLines("rules/length-units.txt").stream()
            .map(ArabicText::fold).toList());

    /** Words that open a Maghrebi given name and belong to it: سيدي محمد ولد الشيخ, مولاي عبد الله. */
    private static final Set<String> NAME_OPENERS = Set.copyOf(PhraseList.resourceLines("rules/name-openers.txt").stream()
            .map(ArabicText::fold).toList());

    private static final Set<String> SON_OF = Set.of("بن", "ابن");
    /** Words for "son of" or "daughter of" inside a name, the Mauritanian ولد among them. */
    private static final Set<String> SONS = Set.of("بن", "ابن", "بنت", "ولد");

    /** A title word right before بن is a first name: {@code مستشار الأمن الوطني مساعد بن محمد العيبان} (Musaed, not "assistant"). */
    private static boolean isFirstNameBeforeSon(List<String> folded, int i) {
        return i + 1 < folded.size() && SON_OF.contains(folded.get(i + 1)) && folded.get(i).codePoints().allMatch(Character::isLetter)
                && !folded.get(i).startsWith("ال");
    }

    /** Words before a place in a list or after a preposition of place, folded: تيميمون، برج باجي مختار; في بني سويف. */
    private static final Set<String> PLACE_LIST_BEFORE = Set.of("،", ",", ":", "في", "من", "الى", "إلى", "الي");

    /**
     * A place whose own name begins with a word of its kind ({@code rules/place-name-openers.txt}) and goes on with name
     * words, a person's among them: {@code برج باجي مختار}, {@code عين صالح}, {@code بني محمد سلطان}; one place, not
     * the person. Up to three name words, the first alone with the article (عين الحلوة); a word with the article after
     * them is an adjective (قرية بني محمد سلطان التابعة). Returns the index after it, or -1.
     */
    /** Whether a mention begins with a word a place's own name begins with ({@code rules/place-name-openers.txt}): بني سويف. */
    boolean opensPlaceName(Mention m) {
        List<Tokens.Token> words = Tokens.tokenise(m.surface());
        return words.size() >= 2 && placeOpeners.containsWord(ArabicText.fold(words.get(0).text()));
    }

    private int placeWithOpener(String text, List<Tokens.Token> tokens, List<String> folded, int i, List<Found> out) {
        PhraseList.Match opener = placeOpeners.longestAt(folded, i, NO_CLITICS);
        if (opener == null || opener.to() >= tokens.size()) return -1;
        int end = opener.to();
        while (end < tokens.size() && end - opener.to() < 3 && isNameWord(tokens.get(end).text(), folded.get(end))
                && (end == opener.to() || !folded.get(end).startsWith("ال")) && !titleWords.contains(folded.get(end))) {
            end++;
        }
        if (end == opener.to()) return -1;
        add(text, tokens, i, 0, end, EntityType.PLACE, Evidence.AFTER_CUE, out);
        return end;
    }

    private int placeAfterHead(String text, List<Tokens.Token> tokens, List<String> folded, int i, List<Found> out) {
        PhraseList.Match head = placeHeads.longestAt(folded, i, HEAD_CLITICS);
        if (head == null || head.to() >= tokens.size()) return -1;
        int start = head.to();
        if (placeHeads.longestAt(folded, start, NO_CLITICS) != null) return start;
        // a village or town whose name begins with a word of its kind is that place whole (قرية بني محمد سلطان)
        int opened = placeWithOpener(text, tokens, folded, start, out);
        if (opened >= 0) return opened;
        if (!isNameWord(tokens.get(start).text(), folded.get(start)) || isNisba(folded.get(start)) && !isPlaceNisba(tokens, folded, start)
                || isIndefiniteAdjective(folded.get(start)) || isCommonPlural(folded.get(start))
                || isCommonNounOfNoPlace(folded.get(start))) return -1;
        int end = start + 1;
        while (end < tokens.size() && end - start < 3 && folded.get(end).startsWith("ال") && !isNisba(folded.get(end))
                && isNameWord(tokens.get(end).text(), folded.get(end))) {
            end++;
        }
        add(text, tokens, start, 0, end, EntityType.PLACE, Evidence.AFTER_CUE, out);
        return end;
    }

    /** Most words of one place in a list after a head of {@code place-list-heads.txt}: سيد صادق. */
    private static final int MAX_LISTED_PLACE_WORDS = 3;

    /**
     * Places listed after a plural place head or a word of where things come from ({@code rules/place-list-heads.txt}),
     * two at least, joined by و, with or without a comma: {@code مدن أكادير وتيزنيت والحسيمة}, {@code أقضية حلبجة وخورمال
     * وسيد صادق وبيارة}. Each item is one to three name words; a word that is no name, or a comma before a word without
     * و, ends the list. Returns the index after the last item, or -1.
     */
    private int placesListedAfterHead(String text, List<Tokens.Token> tokens, List<String> folded, int i, List<Found> out) {
        PhraseList.Match head = placeListHeads.longestAt(folded, i, HEAD_CLITICS);
        if (head == null) return -1;
        List<int[]> items = new ArrayList<>(); // token from, clitic letters, token to
        int k = head.to();
        while (k < tokens.size()) {
            int clitic = 0;
            if (!items.isEmpty()) {
                if (isComma(tokens.get(k).text())) k++;
                if (k >= tokens.size() || !folded.get(k).startsWith("و") || folded.get(k).length() < 3) break;
                clitic = 1;
            }
            int from = k;
            int end = k;
            while (end < tokens.size() && end - from < MAX_LISTED_PLACE_WORDS && isListedPlaceWord(tokens, folded, end, end == from ? clitic : 0)
                    && (end == from || !folded.get(end).startsWith("و"))) {
                end++;
            }
            if (end == from) break;
            items.add(new int[] {from, clitic, end});
            k = end;
        }
        if (items.size() < 2) return -1;
        for (int[] item : items) add(text, tokens, item[0], item[1], item[2], EntityType.PLACE, Evidence.AFTER_CUE, out);
        return items.get(items.size() - 1)[2];
    }

    /** Whether the word at {@code k}, after {@code clitic} letters of و, may be a word of a listed place's name. */
    private boolean isListedPlaceWord(List<Tokens.Token> tokens, List<String> folded, int k, int clitic) {
        String raw = tokens.get(k).text().substring(clitic);
        String word = folded.get(k).substring(clitic);
        if (word.length() < 2 || isPresentTenseVerb(word) || isNisba(word) && !word.endsWith("يه") || isCommonNounOfNoPlace(word)) return false;
        // a common noun with the article names a part of the country, no place of its own (محافظات الوسط والشمال)
        if (word.startsWith("ال") && lexicon.outsideCount(word) >= 2 && lexicon.outsideCount(word) > lexicon.count(word)) return false;
        // a given name or title word names a place here (سيد صادق), but no stop word or word of no name does
        return !stopWords.containsWord(word) && word.codePoints().allMatch(Character::isLetter)
                && (isNameWord(raw, word) || titles.containsWord(word) && !raw.startsWith("ال"));
    }

    /**
     * A feminine adjective of relation with the article right after a head without it is no adjective of the head, which
     * would be indefinite as the head is: it is the place's own name (محافظة النبطية, محافظة الشرقية).
     */
    private static boolean isPlaceNisba(List<Tokens.Token> tokens, List<String> folded, int k) {
        return folded.get(k).endsWith("يه") && tokens.get(k).text().startsWith("ال");
    }

    /**
     * A word without the article seen in training more often outside names than in them, never in a person's, nor listed
     * as a place's: a common noun in construct after the head, whatever given name it also spells (منطقة دول مجلس التعاون, "the region of the GCC
     * countries": no place دول).
     */
    private boolean isCommonNounOfNoPlace(String folded) {
        return !folded.startsWith("ال") && lexicon.outsideCount(folded) >= 2 && lexicon.outsideCount(folded) > lexicon.count(folded)
                && lexicon.personCount(folded) == 0 && !wordLists.listsOf(ArabicText.withoutPrefix(folded)).contains("LOC");
    }

    /**
     * A feminine plural with the article never seen in a name nor listed as a place word: a common noun, which after a
     * head that is also a verbal noun makes no place ({@code مع مقاطعة التربصات}, "boycotting the internships").
     */
    private boolean isCommonPlural(String folded) {
        return isPluralWithArticle(folded) && lexicon.count(folded) == 0
                && !wordLists.listsOf(ArabicText.withoutPrefix(folded)).contains("LOC");
    }

    /** A word that may belong to a name: letters only, no attached clitic, neither a stop word nor a common word. */
    private boolean isNameWord(String raw, String folded) {
        if (folded.length() < 2 || !folded.codePoints().allMatch(Character::isLetter)) return false;
        if (stopWords.containsWord(folded) || titles.containsWord(folded)) return false;
        if (Clitics.nameStart(raw, lexicon) > 0) return false;
        String bare = ArabicText.withoutPrefix(folded);
        if (lexicon.isCommonWord(folded) && !wordLists.listsOf(bare).contains("PERS")) return false;
        boolean pronounSuffix = folded.length() > 4 && (folded.endsWith("ها") || folded.endsWith("هم") || folded.endsWith("كم"));
        return !pronounSuffix || isKnownNameWord(folded);
    }

    /**
     * Past the first name, a word that looks like an adjective or an adverb ends the name unless it is a
     * known name word: a feminine nisba with the article (الرمضانية), or an unknown word ending in
     * tanwin alef (برنامجا). Masculine nisba surnames (السوداني) continue it.
     */
    private boolean mayContinuePerson(String folded) {
        if (isKnownNameWord(folded)) return true;
        if (folded.startsWith("ال") && folded.endsWith("يه")) return false;
        // A word ending in alef is mostly an adverb or an accusative noun after a name (أيضا، برنامجا); one the corpus
        // never saw, with the ending of a foreign surname, ends the name (ماريا زاخاروفا، كريستالينا غورغييفا).
        return !folded.endsWith("ا") || (lexicon.count(folded) == 0 && lexicon.outsideCount(folded) == 0
                && folded.length() >= 6 && SURNAME_ENDINGS_IN_ALEF.stream().anyMatch(folded::endsWith));
    }

    /**
     * A noun with the article, or joined by و with the article, that a title governs: the portfolio of
     * a minister the lists do not give whole ({@code وزير الاقتصاد والمالية نادية فتاح العلوي}).
     */
    private boolean isPortfolio(String raw, String folded) {
        String noun = folded.startsWith("وال") ? folded.substring(1) : folded;
        return (hasArticle(raw, folded) || folded.startsWith("وال")) && noun.length() > 4 && !isKnownNameWord(noun)
                && !stopWords.containsWord(noun) && noun.codePoints().allMatch(Character::isLetter);
    }

    /**
     * A word with the preposition ل that continues a title rather than starting a name: the title's
     * complement, as in المبعوث الأمريكي للتحالف الدولي لمحاربة تنظيم الدولة ألن مكاري.
     */
    private boolean isComplement(String folded) {
        return folded.startsWith("ل") && folded.length() >= 5 && !isKnownNameWord(folded);
    }

    /** A masculine nisba with the article, which after a first name is a family name: السوداني, الشمري. */
    private boolean isNisbaSurname(String folded) {
        return isNisba(folded) && !folded.endsWith("يه") && !stopWords.containsWord(folded);
    }

    /**
     * A word seen in person names in training more than a quarter as often as outside names, or listed as a
     * person-name word and rare outside names: بوش, لويد, فلاديمير, but not قوة.
     */
    private boolean isKnownNameWord(String folded) {
        int asPerson = lexicon.personCount(folded);
        int outside = lexicon.outsideCount(folded);
        if (asPerson > 0 && 4 * asPerson >= outside) return true;
        return outside < 5 && wordLists.listsOf(ArabicText.withoutPrefix(folded)).contains("PERS");
    }

    /** A word that may stand alone for a person already named in full: not a common word, not an adverb. */
    boolean maySurname(String word) {
        String folded = ArabicText.fold(word);
        return folded.length() >= 3 && !folded.startsWith("ال") && !stopWords.containsWord(folded)
                && !lexicon.isCommonWord(folded) && mayContinuePerson(folded);
    }

    /** True for a word that makes the name after it a family's, which stands for a person alone ({@code آل الشيخ}). */
    boolean isFamilyParticle(String word) {
        return familyParticles.containsWord(ArabicText.fold(word));
    }

    /** True when the mention is an organisation's head word and nothing more ({@code حزب}, {@code وزارة}): no name yet. */
    boolean isHeadAlone(Mention mention) {
        List<String> folded = Tokens.tokenise(mention.surface()).stream().map(t -> ArabicText.fold(t.text())).toList();
        PhraseList.Match head = folded.isEmpty() ? null : organisationHeads.longestAt(folded, 0, HEAD_CLITICS);
        return head != null && head.to() == folded.size();
    }

    /**
     * True when the mention is a word written before an organisation's or a place's name and nothing more ({@code نادي},
     * {@code قناة}, {@code ميناء} of {@code ميناء الدقم}): the word that announces a name is not the name.
     */
    boolean isCueAlone(Mention mention) {
        List<String> folded = Tokens.tokenise(mention.surface()).stream().map(t -> ArabicText.fold(t.text())).toList();
        if (folded.isEmpty()) return false;
        PhraseList.Match cue = organisationCues.longestAt(folded, 0, HEAD_CLITICS);
        if (cue == null) cue = placeHeads.longestAt(folded, 0, HEAD_CLITICS);
        return cue != null && cue.to() == folded.size();
    }

    /**
     * True when the mention begins with a person's title or role ({@code مستشار الأمن القومي العراقي},
     * {@code وزير الدفاع}): a role is not an organisation, a place or a work, whatever the model says.
     */
    /**
     * Whether the mention lies inside one word that, as written with its proclitics, is a title alone or begins a
     * title of several words: the model's {@code كيل} of {@code وأوضح وكيل وزارة الصحة} is the role {@code وكيل}
     * ("undersecretary") after {@code و}, and {@code رائد} of {@code رائد الفضاء} ("astronaut") is no Raed. So is a
     * mention of two words that a title covers whole: {@code أمانة سر}, the court's clerk, before the clerk's name.
     */
    boolean isTitleWord(String text, Mention mention) {
        int from = mention.start();
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) from--;
        List<String> folded = Tokens.tokenise(text.substring(from, mention.end())).stream()
                .map(t -> ArabicText.fold(t.text())).toList();
        if (folded.isEmpty() || folded.size() > 2) return false;
        List<String> onwards = Tokens.tokenise(text.substring(from)).stream().limit(MAX_TITLE_WORDS)
                .map(t -> ArabicText.fold(t.text())).toList();
        PhraseList.Match match = titles.longestAt(onwards, 0, Clitics.PROCLITICS);
        return match != null && match.to() >= folded.size();
    }

    /**
     * A person's name without the indefinite role noun in apposition after it and what follows: {@code كارلوس ساينز
     * سائق فيراري} ("Carlos Sainz, Ferrari driver") is {@code كارلوس ساينز}. Other mentions are returned as they are.
     */
    Mention beforeApposition(Mention mention) {
        if (mention.type() != EntityType.PERSON) return mention;
        List<Tokens.Token> tokens = Tokens.tokenise(mention.surface());
        for (int k = 1; k < tokens.size(); k++) {
            if (Clitics.ROLE_NOUNS.contains(ArabicText.fold(tokens.get(k).text()))) {
                int end = mention.start() + tokens.get(k - 1).end();
                return new Mention(mention.surface().substring(0, tokens.get(k - 1).end()), mention.start(), end, mention.type());
            }
        }
        return mention;
    }

    /** Heads of a company's name, which is often a person's: {@code شركة سعود بهوان للسيارات} is Saud Bahwan's company. */
    private static final Set<String> COMPANY_HEADS = java.util.stream.Stream.of("شركة", "الشركة", "مجموعة", "مؤسسة")
            .map(ArabicText::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * A person's name right after {@code شركة} ("company"), or another company head, with or without a proclitic
     * ({@code لمجموعة زين}), is the company's: {@code شركة سعود بهوان} is an organisation, head and all, not Saud Bahwan;
     * a name of one word is the company's name alone, as it recurs ({@code شركة إريكسون السويدية} → {@code إريكسون}), a
     * nationality adjective after it saying whose the company is. Other mentions are returned as they are.
     */
    Mention companyNamedAfterPerson(String text, Mention mention) {
        if (mention.type() != EntityType.PERSON) return mention;
        int headStart = companyHeadBefore(text, mention.start());
        if (headStart < 0) return mention;
        List<Tokens.Token> words = Tokens.tokenise(mention.surface());
        int kept = words.size();
        while (kept > 1 && words.get(kept - 1).text().startsWith("ال") && isNationalityOfEitherGender(ArabicText.fold(words.get(kept - 1).text()))) {
            kept--;
        }
        int end = mention.start() + words.get(kept - 1).end();
        int start = kept == 1 ? mention.start() : headStart;
        return new Mention(text.substring(start, end), start, end, EntityType.ORGANISATION);
    }

    /**
     * Where the company head right before {@code start} begins, after its proclitic ({@code لمجموعة}: at {@code مجموعة}),
     * or -1 when the word there is no company head.
     */
    private static int companyHeadBefore(String text, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        int from = end;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) from--;
        if (from == end || end == start) return -1;
        String word = ArabicText.fold(text.substring(from, end));
        if (COMPANY_HEADS.contains(word)) return from;
        for (String clitic : List.of("ول", "وب", "ل", "ب", "و", "ف")) {
            if (word.startsWith(clitic) && COMPANY_HEADS.contains(word.substring(clitic.length()))) return from + clitic.length();
        }
        return -1;
    }

    /**
     * Whether a mention of one word names a company: an organisation right after a company head (شركة إريكسون), or a
     * name a company head with the article follows in apposition, after the country of the company's branch or not
     * (أعلنت زين الكويت، الشركة الرائدة في تقديم خدمات الاتصالات: Zain, whatever the model made of the word).
     */
    boolean isCompanyName(String text, Mention m, List<Mention> mentions) {
        if (Tokens.tokenise(m.surface()).size() != 1) return false;
        if (m.type() == EntityType.ORGANISATION && companyHeadBefore(text, m.start()) >= 0) return true;
        if (m.type() != EntityType.PERSON && m.type() != EntityType.ORGANISATION) return false;
        int end = m.end();
        for (Mention place : mentions) {
            if (place.type() == EntityType.PLACE && place.start() > end && text.substring(end, place.start()).isBlank()) {
                end = place.end();
                break;
            }
        }
        java.util.regex.Matcher apposition = APPOSITION.matcher(text).region(end, text.length());
        if (!apposition.lookingAt()) return false;
        String head = ArabicText.fold(apposition.group(1));
        return head.startsWith("ال") && COMPANY_HEADS.contains(head);
    }

    /** A comma and the word after it, right after a name: {@code ، الشركة}. */
    private static final java.util.regex.Pattern APPOSITION = java.util.regex.Pattern.compile("\\s*[\u060C,]\\s*(\\p{L}+)");

    /**
     * True when every word of the mention, less a leading و or ف, is a stop word: days of the week joined by و
     * ({@code الخميس والجمعة}) name nothing.
     */
    /**
     * Whether a person is a noun with the article never seen in a person's name and an ordinal with the article: who
     * stands where in an order (الشاهد الأول, "the first witness"; المتهم الثاني, "the second defendant"), no name. A
     * given name with the article before a regnal number (الحسن الثاني) is seen in persons' names.
     */
    boolean isNounWithOrdinal(Mention mention) {
        List<Tokens.Token> words = Tokens.tokenise(mention.surface());
        if (mention.type() != EntityType.PERSON || words.size() != 2) return false;
        String noun = ArabicText.fold(words.get(0).text());
        String ordinal = ArabicText.fold(words.get(1).text());
        return noun.startsWith("ال") && ordinal.startsWith("ال") && ordinals.containsWord(ordinal.substring(2))
                && lexicon.personCount(noun) == 0 && !GIVEN_NAMES_WITH_ARTICLE.contains(noun);
    }

    /** Whether the last word of a mention is a title word (الملك of جامعة الملك), which ends no name. */
    boolean endsWithTitle(Mention mention) {
        List<Tokens.Token> words = Tokens.tokenise(mention.surface());
        return !words.isEmpty() && titleWords.contains(ArabicText.fold(words.get(words.size() - 1).text()));
    }

    boolean isStopWordsOnly(Mention mention) {
        List<Tokens.Token> tokens = Tokens.tokenise(mention.surface());
        if (tokens.isEmpty()) return false;
        for (Tokens.Token token : tokens) {
            String folded = ArabicText.fold(token.text());
            String bare = (folded.startsWith("و") || folded.startsWith("ف")) && folded.length() > 3 ? folded.substring(1) : folded;
            if (!stopWords.containsWord(folded) && !stopWords.containsWord(bare)) return false;
        }
        return true;
    }

    /** Currencies as the figures read them ({@code figures/currencies.txt}), folded. */
    private static final java.util.Set<String> CURRENCIES = PhraseList.resourceLines("/org/nashra/extract/figures/currencies.txt")
            .stream().map(ArabicText::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * True when the mention begins with a currency: {@code دينار ليبي} after a figure is the Libyan dinar, a sum of
     * money, not a person whose surname is a nationality.
     */
    boolean startsWithCurrency(Mention mention) {
        List<Tokens.Token> tokens = Tokens.tokenise(mention.surface());
        if (tokens.isEmpty()) return false;
        String first = ArabicText.fold(tokens.get(0).text());
        return CURRENCIES.contains(first) || first.startsWith("ال") && CURRENCIES.contains(first.substring(2));
    }

    boolean startsWithTitle(Mention mention) {
        List<String> folded = Tokens.tokenise(mention.surface()).stream().map(t -> ArabicText.fold(t.text())).toList();
        return !folded.isEmpty() && titles.longestAt(folded, 0, Clitics.PROCLITICS) != null;
    }

    /**
     * True when the word starts with the definite article. A written hamza tells a name apart whose
     * first letters fold the same way: ألن, ألبرت, ألكسندر begin with أل, never with the article ال.
     */
    private static boolean hasArticle(String word, String folded) {
        return folded.startsWith("ال") && !(word.startsWith("أل") || word.startsWith("إل") || word.startsWith("آل"));
    }

    /** A nationality or relation adjective with the article: العراقي, الأمريكية, الأميركيه. */
    /** The pattern مفعول, folded: مرهون, مشروط, مسموح. */
    private static boolean isPassiveParticiple(String folded) {
        return folded.length() == 5 && folded.charAt(0) == 'م' && folded.charAt(3) == 'و';
    }

    private static boolean isNisba(String folded) {
        return folded.startsWith("ال") && folded.length() > 4 && (folded.endsWith("ي") || folded.endsWith("يه"));
    }

    private static void add(String text, List<Tokens.Token> tokens, int from, int cliticLetters, int to,
                            EntityType type, Evidence evidence, List<Found> out) {
        Tokens.Token first = tokens.get(from);
        int start = first.start() + Clitics.originalIndex(first.text(), cliticLetters);
        int end = tokens.get(to - 1).end();
        if (start < end) out.add(new Found(new Mention(text.substring(start, end), start, end, type), evidence));
    }
}
