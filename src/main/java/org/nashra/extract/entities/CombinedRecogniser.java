package org.nashra.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nashra.extract.EntityType;
import org.nashra.extract.Mention;

/**
 * The gazetteer, the rules and the statistical model together. Where mentions overlap, the editors'
 * gazetteer beats the names seen in training ({@link SeenNames}) and the names after a head word or cue,
 * which beat the other rules (titles, listed organisations), which beat the model, which beats the list of
 * countries and large cities ({@link PlaceNames}); then the longer span, then the earlier. No name is found inside a
 * phrase the editors say names nothing ({@code السلم الأهلي}, "civil peace", holds no club {@code الأهلي}). When the model
 * agrees with a rule on the type, the span is the rule's for a listed name and for a longer name after a
 * title, and the model's otherwise: a head word or cue tells the kind of name, the model knows better
 * where it ends, unless the model took the head word alone ({@code حزب} of {@code حزب الليكود}). A model
 * mention other than a person that begins with a title or role ({@code وزير الدفاع}, {@code مستشار الأمن
 * القومي}) is a role, not a name, and is dropped, as is a word alone that reads as a common noun or adjective where it
 * stands ({@link RuleRecogniser#withoutCommonNounsAlone}: شهرياً, كابل بحري, المجلس الرئاسي الليبي), as is a head or cue word alone without the article ({@code نادي} of
 * {@code نادي برشلونة}; {@code البنك} alone stands for the bank named before it), a person that begins with a currency ({@code دينار ليبي}, a sum), and a person that is one title word as written ({@code وكيل}
 * read as {@code و} and {@code كيل}); a place before a masculine nationality adjective is a
 * club named after it ({@link RuleRecogniser#clubsNamedAfterPlaces}), and a nationality adjective a person
 * begins with is the title's ({@code الليبي محمد المنفي} → {@code محمد المنفي}). A person is widened over an unknown
 * first name just before it, and a person of a given name and one more word over a family name never seen after it
 * that closes the clause ({@code عادل منصور البنا،}). The result never overlaps and is sorted by offset. Then each name found is
 * looked for again in the rest of the text, and with {@link #recogniseEach} in every part of the document, so a name the model caught once, or a person's
 * surname alone ({@code برنين} after {@code جون دبليو برنين}), is found everywhere it recurs. Last, an
 * item of a list of persons or places is taken for one more of them ({@link RuleRecogniser#listedNames}:
 * بغداد ، والبصرة ، والموصل; بغداد والبصرة والموصل), a place named by a common word is taken where the words
 * around it say so ({@link RuleRecogniser#placesInContext}: منتخبات مالي, not دعم مالي), two persons a space apart, neither holding a
 * common word, are one ({@code محمود صبري ابو تريكة}), and a person of one word after و that ends a list of
 * organisations is one more ({@code غوغل وأنثروبيك وميتا}), and a club named like a city at one end of a route whose
 * other end is a place is the city ({@code من إسطنبول إلى برشلونة}), an organisation marked with a tick or a cross in a
 * list is a player ({@code بيراميدز: فيستون ماييلي ✔}), a place closing a dateline is its outlet ({@code بغداد - الأناضول},
 * {@link RuleRecogniser#datelineOutlets}), and a name of two words or more given a person anywhere in the
 * document is the person wherever it was given an organisation ({@code بيرهانو تسيغو}), and a name of one word the
 * document gives a company, after its head or before one in apposition ({@code شركة إريكسون}, {@code زين الكويت،
 * الشركة}), is the company wherever the model took it for a person. A name in Latin letters after a head word is
 * found as written ({@code شركة Palo Alto Networks}), and the model's adjective of relation after it names nothing
 * ({@code الأمريكية}); a model person that is exactly a listed city of two words is the city ({@code أديس أبابا}); a
 * team named by a word never seen in a name is a club only in a document on its game ({@code فريق الاستجابة}).
 */
public final class CombinedRecogniser implements EntityRecogniser {

    private final GazetteerRecogniser gazetteer;
    /** Listed names of one common word (المستقلة, "independent"), taken only between brackets or quotation marks. */
    private final java.util.Set<String> bracketedOnly;
    private final RuleRecogniser rules;
    private final StatisticalRecogniser statistical;
    private final GazetteerRecogniser seenNames;
    private final GazetteerRecogniser places;
    /** The place lexicon's towns of several words begun by a word of their kind: بني وليد, سيدي بلعباس ({@link PlaceNames#compounds}). */
    private final GazetteerRecogniser compoundPlaces;
    /** The place lexicon's names, folded: a list's row labelled by most of them labels each row by a place. */
    private final java.util.Set<String> lexiconPlaces;
    /** Words before a list's row's place and not part of it (rules/place-heads.txt, row-place-heads.txt): ولاية الجلفة, مديرية تريم. */
    private final PhraseList rowPlaceHeads = PhraseList.of(java.util.stream.Stream.concat(PhraseList.resourceLines("rules/place-heads.txt").stream(),
            PhraseList.resourceLines("rules/row-place-heads.txt").stream()).toList());
    /** Phrases the editors say name nothing (السلم الأهلي, "civil peace"): no name is found inside them. */
    private final GazetteerRecogniser hidden;

    public CombinedRecogniser(GazetteerRecogniser gazetteer, RuleRecogniser rules, StatisticalRecogniser statistical) {
        this(gazetteer, java.util.Set.of(), new GazetteerRecogniser(List.of()), rules, statistical);
    }

    private CombinedRecogniser(GazetteerRecogniser gazetteer, java.util.Set<String> bracketedOnly, GazetteerRecogniser hidden,
            RuleRecogniser rules, StatisticalRecogniser statistical) {
        this.gazetteer = gazetteer;
        this.bracketedOnly = bracketedOnly;
        this.hidden = hidden;
        this.rules = rules;
        this.statistical = statistical;
        this.seenNames = new GazetteerRecogniser(statistical.seenNames());
        this.places = new GazetteerRecogniser(PlaceNames.bundled(statistical.lexicon()));
        this.compoundPlaces = new GazetteerRecogniser(PlaceNames.compounds());
        this.lexiconPlaces = PlaceNames.lexiconKeys();
    }

    /** The given model with the bundled rules and a gazetteer of the given names (may be empty). */
    public static CombinedRecogniser of(StatisticalRecogniser statistical, List<GazetteerRecogniser.Entry> gazetteer) {
        return of(statistical, gazetteer, java.util.Set.of());
    }

    /**
     * The same, with names of the gazetteer taken only between brackets or quotation marks ("تابعتها (المستقلة)"):
     * a common word (المستقلة, "independent") that elsewhere would take a word out of other names
     * (المفوضية العليا المستقلة للانتخابات).
     */
    public static CombinedRecogniser of(StatisticalRecogniser statistical, List<GazetteerRecogniser.Entry> gazetteer,
            java.util.Set<String> bracketedOnly) {
        return of(statistical, gazetteer, bracketedOnly, List.of());
    }

    /**
     * The same, with phrases of common words that name nothing, inside which no name is looked for: the
     * suppressed names of the gazetteer of two words or more (السلم الأهلي, "civil peace", holds no club الأهلي;
     * بالخير واليمن والبركات, "with good, blessing and bounty", no Yemen).
     */
    public static CombinedRecogniser of(StatisticalRecogniser statistical, List<GazetteerRecogniser.Entry> gazetteer,
            java.util.Set<String> bracketedOnly, List<String> hidden) {
        GazetteerRecogniser hiddenPhrases = new GazetteerRecogniser(java.util.stream.Stream.concat(hidden.stream(),
                        PhraseList.resourceLines("rules/phrases-naming-nothing.txt").stream())
                .map(phrase -> new GazetteerRecogniser.Entry(phrase, EntityType.MISC)).toList());
        java.util.Set<String> folded = bracketedOnly.stream().map(ArabicText::fold)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        NameLexicon lexicon = statistical.lexicon().with(gazetteer.stream().map(GazetteerRecogniser.Entry::name)
                .filter(name -> !folded.contains(ArabicText.fold(name))).toList(), 10)
                .withPersons(gazetteer.stream().filter(e -> e.type() == EntityType.PERSON).map(GazetteerRecogniser.Entry::name).toList());
        return new CombinedRecogniser(new GazetteerRecogniser(gazetteer), folded, hiddenPhrases,
                new RuleRecogniser(lexicon, WordLists.bundled()), statistical);
    }

    /** The bundled model and rules with a gazetteer of the given names (may be empty). */
    public static CombinedRecogniser bundled(List<GazetteerRecogniser.Entry> gazetteer) {
        return of(StatisticalRecogniser.bundled(), gazetteer);
    }

    /** The bundled model and rules with a gazetteer, some of whose names are taken only between brackets. */
    public static CombinedRecogniser bundled(List<GazetteerRecogniser.Entry> gazetteer, java.util.Set<String> bracketedOnly) {
        return of(StatisticalRecogniser.bundled(), gazetteer, bracketedOnly);
    }

    /** The bundled model and rules with a gazetteer, names taken only between brackets and phrases that name nothing. */
    public static CombinedRecogniser bundled(List<GazetteerRecogniser.Entry> gazetteer, java.util.Set<String> bracketedOnly,
            List<String> hidden) {
        return of(StatisticalRecogniser.bundled(), gazetteer, bracketedOnly, hidden);
    }

    /**
     * Where mentions overlap, the higher priority wins. A name the annotators gave in training is evidence
     * as good as a head word or cue before a name (حزب, فريق), and better than a title or a listed
     * organisation (F1 pooled over five folds: 74.08 with seen names level with every rule, 74.27 above
     * them all, 74.33 level with the head and cue rules and above the others, 74.17 level with all but
     * the title rules).
     */
    private static final int EDITORS = 4;
    private static final int SEEN_NAMES = 3;
    private static final int CUED = 3;
    private static final int RULES = 2;
    private static final int MODEL = 1;
    private static final int PLACES = 0;

    private record Candidate(Mention mention, int priority) {}

    @Override
    public List<Mention> recognise(String text) {
        return recogniseEach(java.util.Collections.singletonList(text)).get(0);
    }

    @Override
    public List<List<Mention>> recogniseEach(List<String> parts) {
        String document = String.join("\n", parts.stream().map(p -> p == null ? "" : p).toList());
        java.util.Set<String> clubCues = rules.teamCuesOfGamesSpokenOf(document);
        List<List<Mention>> chosen = organisationsAbbreviated(parts, parts.stream().map(p -> withoutRecurrences(p, clubCues)).toList());
        List<Mention> first = chosen.stream().flatMap(List::stream).toList();
        // a club named by a common word is a name wherever a document on its game says it (فريق الشرطة, | الشرطة |)
        List<String> clubs = rules.clubsSpokenOf(document);
        GazetteerRecogniser again = recurrences(first, clubs, rules);
        java.util.Set<String> surnames = surnames(first, rules);
        // a name found whole, at a word's start, is that name where a letter was cut off the same word elsewhere
        java.util.Map<String, EntityType> foundWhole = new java.util.TreeMap<>();
        for (int i = 0; i < parts.size(); i++) {
            String text = parts.get(i);
            for (Mention m : chosen.get(i)) {
                if (m.start() == 0 || !Character.isLetter(text.charAt(m.start() - 1))) {
                    foundWhole.putIfAbsent(ArabicText.fold(m.surface()), m.type());
                }
            }
        }
        List<List<Mention>> out = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            String text = parts.get(i);
            if (text == null || text.isBlank()) {
                out.add(List.of());
                continue;
            }
            List<Candidate> all = new ArrayList<>();
            chosen.get(i).forEach(m -> all.add(new Candidate(m, 1)));
            List<Mention> hiddenHere = hidden.recognise(text);
            again.recognise(text).stream().filter(m -> hiddenHere.stream().noneMatch(h -> overlap(h, m)))
                    .forEach(m -> all.add(new Candidate(m, 0)));
            List<Mention> found = new ArrayList<>(withoutOverlaps(all));
            rules.listedNames(text, found).stream().filter(m -> hiddenHere.stream().noneMatch(h -> overlap(h, m)))
                    .forEach(found::add); // each clear of every other mention
            rules.placesInContext(text, found).stream().filter(m -> hiddenHere.stream().noneMatch(h -> overlap(h, m)))
                    .forEach(found::add);
            found.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
            // a person trimmed down to common words (مترو of the model's مترو بلا) names nobody
            out.add(rules.datelineOutlets(text, rules.rankedSharesAsOrganisations(text, rules.markedListItemsAsPersons(text, rules.routesBetweenPlaces(text, rules.withoutPersonsOfOtherNameWords(rules.personsListedWithOrganisations(text,
                    rules.adjacentPersonsJoined(text, rules.withFamilyNames(text, rules.withFirstNames(text, found)), surnames)))))), places.recognise(text)).stream()
                    .filter(m -> m.type() != EntityType.PERSON || !rules.isStopWordsOnly(m) && !rules.startsWithCurrency(m)).toList());
            out.set(i, rules.withoutPrayers(text, rules.wholeWords(text, out.get(i), KnownPlaces::contains, foundWhole)));
        }
        out = rowsLabelledByPlaces(parts, out);
        out = personsCompletedAsNamedElsewhere(parts, out);
        java.util.Set<String> companies = new java.util.TreeSet<>();
        for (int i = 0; i < parts.size(); i++) {
            String text = parts.get(i);
            List<Mention> here = out.get(i);
            here.stream().filter(m -> rules.isCompanyName(text, m, here)).forEach(m -> companies.add(m.surface()));
        }
        return companiesOverPersons(personsOverOrganisations(out), companies);
    }

    /**
     * Each person mention whose words begin one longer person's name found elsewhere in the document, and which the text
     * goes on with the rest of that name, is that whole name: the headline's محمد سمير of «…» للمصري محمد سمير ندا تفوز,
     * its common last word (ندا, "dew") cut off before a verb, is the محمد سمير ندا the body names whole.
     */
    static List<List<Mention>> personsCompletedAsNamedElsewhere(List<String> parts, List<List<Mention>> found) {
        java.util.Set<List<String>> persons = new java.util.LinkedHashSet<>();
        for (List<Mention> here : found) {
            for (Mention m : here) if (m.type() == EntityType.PERSON) persons.add(foldedWordList(m.surface()));
        }
        List<List<Mention>> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            String text = parts.get(i);
            List<Mention> here = found.get(i);
            List<Mention> completed = new ArrayList<>(here.size());
            for (Mention m : here) {
                Mention whole = m;
                if (m.type() == EntityType.PERSON && text != null) {
                    List<String> words = foldedWordList(m.surface());
                    List<List<String>> longer = persons.stream().filter(p -> p.size() > words.size() && p.subList(0, words.size()).equals(words)).toList();
                    if (longer.size() == 1) {
                        List<String> rest = longer.get(0).subList(words.size(), longer.get(0).size());
                        int end = m.end();
                        for (String word : rest) {
                            java.util.regex.Matcher next = NEXT_WORD.matcher(text).region(end, text.length());
                            if (!next.lookingAt() || !ArabicText.fold(next.group(1)).equals(word)) {
                                end = -1;
                                break;
                            }
                            end = next.end();
                        }
                        int last = end;
                        if (end > 0 && here.stream().noneMatch(o -> o != m && o.start() < last && m.end() <= o.start())) {
                            whole = new Mention(text.substring(m.start(), end), m.start(), end, EntityType.PERSON);
                        }
                    }
                }
                completed.add(whole);
            }
            out.add(completed);
        }
        return out;
    }

    /** One space and the word after it. */
    private static final java.util.regex.Pattern NEXT_WORD = java.util.regex.Pattern.compile(" ([\\p{L}\\p{M}]+)");

    /** A list's row: a bullet or dash perhaps, a label of one to five words of letters, and a colon: {@code • بشار: 06:34 سا}. */
    private static final java.util.regex.Pattern ROW_LABEL = java.util.regex.Pattern.compile(
            "^[\\s\u200e\u200f]*(?:[-–•*▪◦·]\\s*)?([\\p{L}\\p{M}]+(?: [\\p{L}\\p{M}]+){0,4})\\s*:");

    /** Fewest rows of a list whose labels tell what the list is of. */
    private static final int MIN_LIST_ROWS = 3;

    /**
     * The parts' mentions with each label of a list's rows a place when at least half the labels are places the lexicon
     * lists or names found whole are (the provinces of a prayer-times list, • البليدة: 06:06 سا, • بشار: 06:34 سا; the
     * districts of a toll, - مديرية سيئون: ٣ وفيات): a list is of one kind of thing, so a province read alone as a person
     * (بشار, Béchar) or not at all (البليدة) is one more place. A head word before the label (مديرية) says it is a place
     * and is no part of it, and a label of two places joined by و (حورة ووادي العين) is two. Labels named as organisations stay so.
     */
    List<List<Mention>> rowsLabelledByPlaces(List<String> parts, List<List<Mention>> found) {
        List<List<Mention>> out = new ArrayList<>(found);
        int i = 0;
        while (i < parts.size()) {
            int end = i;
            List<List<Mention>> labels = new ArrayList<>();
            while (end < parts.size() && parts.get(end) != null) {
                List<Mention> items = rowPlaces(parts.get(end));
                if (items == null) break;
                labels.add(items);
                end++;
            }
            if (end - i >= MIN_LIST_ROWS) {
                int places = 0;
                for (int k = i; k < end; k++) {
                    List<Mention> here = found.get(k);
                    List<Mention> items = labels.get(k - i);
                    boolean headed = parts.get(k).substring(0, items.get(0).start()).codePoints().anyMatch(Character::isLetter);
                    boolean place = headed || items.stream().allMatch(item -> lexiconPlaces.contains(foldedWords(item.surface()))
                            || here.stream().anyMatch(m -> m.type() == EntityType.PLACE && m.start() <= item.start() && item.end() <= m.end()));
                    if (place) places++;
                }
                if (2 * places >= end - i) {
                    for (int k = i; k < end; k++) out.set(k, withPlaces(found.get(k), labels.get(k - i)));
                }
            }
            i = Math.max(end, i + 1);
        }
        return out;
    }

    /** The places a row's label names (its head word left out, split at و), or null when the part is no list's row. */
    private List<Mention> rowPlaces(String text) {
        java.util.regex.Matcher row = ROW_LABEL.matcher(text);
        if (!row.find()) return null;
        List<Tokens.Token> words = Tokens.tokenise(row.group(1));
        int offset = row.start(1);
        List<String> folded = words.stream().map(t -> ArabicText.fold(t.text())).toList();
        int from = 0;
        PhraseList.Match head = rowPlaceHeads.longestAt(folded, 0, List.of());
        if (head != null && head.to() < words.size()) from = head.to();
        if (words.size() - from > 3 && !lexiconPlaces.contains(String.join(" ", folded.subList(from, folded.size())))) return null;
        List<Mention> items = new ArrayList<>();
        int split = -1;
        if (!lexiconPlaces.contains(String.join(" ", folded.subList(from, folded.size())))) {
            for (int k = from + 1; k < words.size() && split < 0; k++) if (folded.get(k).startsWith("و") && folded.get(k).length() > 3) split = k;
        }
        int[][] spans = split < 0 ? new int[][] {{from, words.size(), 0}} : new int[][] {{from, split, 0}, {split, words.size(), 1}};
        for (int[] span : spans) {
            int start = offset + words.get(span[0]).start() + span[2];
            int stop = offset + words.get(span[1] - 1).end();
            items.add(new Mention(text.substring(start, stop), start, stop, EntityType.PLACE));
        }
        return items;
    }

    private static List<String> foldedWordList(String name) {
        return Tokens.tokenise(name).stream().map(t -> ArabicText.fold(t.text())).toList();
    }

    private static String foldedWords(String name) {
        return String.join(" ", Tokens.tokenise(name).stream().map(t -> ArabicText.fold(t.text())).toList());
    }

    /**
     * The mentions with the places given, each over the persons, places and other names it overlaps (ووادي العين, the
     * conjunction in it, gives way to وادي العين), never over an organisation nor a place found inside it.
     */
    private static List<Mention> withPlaces(List<Mention> mentions, List<Mention> places) {
        List<Mention> out = new ArrayList<>(mentions);
        for (Mention place : places) {
            // a place found inside a longer label stays (دبي of وسط مدينة دبي: the label is a district of it, not a new name)
            if (out.stream().anyMatch(m -> overlap(m, place) && (m.type() == EntityType.ORGANISATION || m.type() == EntityType.PLACE
                    && place.start() <= m.start() && m.end() <= place.end() && !m.equals(place)))) continue;
            out.removeIf(m -> overlap(m, place));
            out.add(place);
        }
        out.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return List.copyOf(out);
    }

    /**
     * The parts' mentions with a person of one word that the document names as a company, after its head (شركة إريكسون,
     * لمجموعة زين) or before one in apposition (زين الكويت، الشركة الرائدة), typed an organisation: the company, wherever
     * the model took its foreign name for a person's.
     */
    static List<List<Mention>> companiesOverPersons(List<List<Mention>> parts, java.util.Set<String> companies) {
        if (companies.isEmpty()) return parts;
        return parts.stream().map(p -> p.stream().map(m -> m.type() == EntityType.PERSON && companies.contains(m.surface())
                ? new Mention(m.surface(), m.start(), m.end(), EntityType.ORGANISATION) : m).toList()).toList();
    }

    /**
     * The parts' mentions with a name of two words or more given a person somewhere in the document and an
     * organisation elsewhere typed a person everywhere: the same words name one thing in one article, and a given name
     * and a surname ({@code بيرهانو تسيغو}, in a sentence and in a table of results) are the person's.
     */
    static List<List<Mention>> personsOverOrganisations(List<List<Mention>> parts) {
        java.util.Set<String> persons = new java.util.HashSet<>();
        parts.forEach(p -> p.stream().filter(m -> m.type() == EntityType.PERSON && Tokens.tokenise(m.surface()).size() >= 2)
                .forEach(m -> persons.add(ArabicText.fold(m.surface()))));
        if (persons.isEmpty()) return List.copyOf(parts);
        return parts.stream().map(p -> p.stream().map(m -> m.type() == EntityType.ORGANISATION
                && persons.contains(ArabicText.fold(m.surface())) ? new Mention(m.surface(), m.start(), m.end(), EntityType.PERSON) : m)
                .toList()).toList();
    }

    /**
     * Gazetteer, rules and model together, before names found are looked for again; {@code clubCues} the team cues (فريق)
     * of the games the document speaks of, after which a common word is a club.
     */
    private List<Mention> withoutRecurrences(String text, java.util.Set<String> clubCues) {
        if (text == null || text.isBlank()) return List.of();
        List<Candidate> candidates = new ArrayList<>();
        List<RuleRecogniser.Found> ruleFinds = rules.find(text);
        // a listed person inside the name of a stadium, centre or satellite named after them (استاد محمد بن زايد) is
        // the namesake, an "other" name, not the person
        List<Mention> namesakes = ruleFinds.stream().map(RuleRecogniser.Found::mention).filter(m -> m.type() == EntityType.MISC).toList();
        gazetteer.recognise(text).stream().filter(m -> !bracketedOnly.contains(ArabicText.fold(m.surface())) || enclosed(text, m))
                .filter(m -> m.type() != EntityType.PERSON || namesakes.stream().noneMatch(n -> n.start() <= m.start() && m.end() <= n.end()))
                .forEach(m -> candidates.add(new Candidate(m, EDITORS)));
        List<Mention> listedPlaces = places.recognise(text);
        List<Mention> model = rules.clubsNamedAfterPlaces(text, statistical.recognise(text).stream()
                .map(m -> withoutProclitic(text, m, listedPlaces)).map(m -> listedPlaceOfWords(m, listedPlaces))
                .map(m -> arabicWordsOnly(text, m)).filter(java.util.Objects::nonNull).filter(m -> !describesLatinName(text, m))
                .map(rules::beforeApposition).map(m -> rules.companyNamedAfterPerson(text, m)).filter(m -> m.type() != EntityType.PERSON || !rules.isStopWordsOnly(m) && !rules.startsWithCurrency(m)
                        && !rules.isNounWithOrdinal(m))
                .filter(m -> m.type() == EntityType.PERSON ? !rules.isTitleWord(text, m) : !rules.startsWithTitle(m))
                .filter(m -> withArticle(text, m) || !rules.isHeadAlone(m) && !rules.isCueAlone(m)).toList());
        java.util.Map<Mention, Integer> modelSpansKept = new java.util.HashMap<>(); // with the rule's priority
        for (RuleRecogniser.Found found : ruleFinds) {
            // a body's name in Latin letters after its head (شركة Palo Alto Networks) is found as written
            Mention rule = found.evidence() == RuleRecogniser.Evidence.AFTER_CUE && !hasArabic(found.mention().surface())
                    ? found.mention() : arabicWordsOnly(text, found.mention());
            // مؤسسة RAND: with the Latin name taken off, the head word alone names nothing
            if (rule == null || rule != found.mention() && (rules.isHeadAlone(rule) || rules.isCueAlone(rule))) continue;
            // فريق الاستجابة: a team of workers, not a club, in a document on no game
            if (rules.isTeamOfCommonWord(text, rule, clubCues)) continue;
            Mention agreeing = model.stream().filter(m -> m.type() == rule.type() && overlap(m, rule)).findFirst().orElse(null);
            boolean ruleSpan = agreeing == null || found.evidence() == RuleRecogniser.Evidence.LISTED_NAME
                    || rules.isHeadAlone(agreeing)
                    // a body named after a ruler is whole where the model stopped at the title (جامعة الملك of جامعة الملك سعود)
                    || rule.start() <= agreeing.start() && agreeing.end() < rule.end() && rules.endsWithTitle(agreeing)
                    // a place named with its opener (بني محمد سلطان) is whole where the model took a part of it (بني)
                    || rule.type() == EntityType.PLACE && rules.opensPlaceName(rule) && rule.start() <= agreeing.start() && agreeing.end() <= rule.end()
                    || (found.evidence() == RuleRecogniser.Evidence.AFTER_TITLE && length(rule) >= length(agreeing));
            // A listed name (المنظمة الدولية للهجرة) ranks with the head and cue rules, so that a shorter seen
            // name inside it (المنظمة الدولية) does not cut it.
            int priority = found.evidence() == RuleRecogniser.Evidence.AFTER_CUE
                    || found.evidence() == RuleRecogniser.Evidence.LISTED_NAME ? CUED : RULES;
            if (found.evidence() == RuleRecogniser.Evidence.AFTER_TITLE && agreeing != null
                    && rule.start() < agreeing.start() && agreeing.end() > rule.end()) {
                // the title tells where the name begins, the model where it ends (مساعد بن محمد العيبان)
                candidates.add(new Candidate(new Mention(text.substring(rule.start(), agreeing.end()), rule.start(), agreeing.end(),
                        rule.type()), priority));
            } else if (found.evidence() == RuleRecogniser.Evidence.AFTER_TITLE && agreeing != null && agreeing.start() < rule.start()) {
                // the model ran the title into the name (رائد الفضاء سلطان النيادي): the name begins after it
                int end = Math.max(rule.end(), agreeing.end());
                candidates.add(new Candidate(new Mention(text.substring(rule.start(), end), rule.start(), end, rule.type()), priority));
            } else if (ruleSpan) candidates.add(new Candidate(rule, priority));
            else modelSpansKept.merge(agreeing, priority, Math::max);
        }
        for (Mention m : model) {
            candidates.add(new Candidate(m, modelSpansKept.getOrDefault(m, MODEL)));
        }
        // a person seen in training that another person found here goes on from (أبو بكر of أبو بكر فقيري, محمد سعد
        // of محمد سعد برادة) is the first names of a longer name, not the whole of it; one that another person ends in,
        // begun by a given name, is its family name (الزياني of العقيد فتحي الزياني, جمال الدين of وليد جمال الدين)
        List<Mention> persons = candidates.stream().map(Candidate::mention).filter(m -> m.type() == EntityType.PERSON).toList();
        seenNames.recognise(text).stream()
                .filter(m -> m.type() != EntityType.PERSON || persons.stream().noneMatch(p -> p.start() == m.start() && p.end() > m.end()
                        || p.end() == m.end() && p.start() < m.start() && rules.beginsWithGivenName(p)))
                .forEach(m -> candidates.add(new Candidate(m, SEEN_NAMES)));
        listedPlaces.forEach(m -> candidates.add(new Candidate(m, PLACES)));
        // a town of several words the lexicon lists (بني وليد) is whole, over a person the model read in it (وليد)
        List<Mention> compounds = compoundPlaces.recognise(text);
        compounds.forEach(m -> candidates.add(new Candidate(m, CUED)));
        // nothing is named inside a phrase that names nothing (الروح القدس, "the Holy Spirit"), but a longer name may hold
        // it whole (جامعة الروح القدس)
        List<Mention> hiddenHere = hidden.recognise(text);
        candidates.removeIf(c -> hiddenHere.stream().anyMatch(h -> overlap(h, c.mention())
                && !(c.mention().start() <= h.start() && h.end() <= c.mention().end() && length(c.mention()) > length(h))));
        List<Mention> kept = new ArrayList<>(withoutOverlaps(candidates));
        // A name the editors listed is whole as listed (كريستالينا غورغييفا): only the others lose a nationality
        // before the name, a title run into after it and a last word that cannot end a name.
        java.util.Set<Mention> listed = new java.util.HashSet<>();
        candidates.stream().filter(c -> c.priority() == EDITORS).forEach(c -> listed.add(c.mention()));
        listed.addAll(compounds);
        List<Mention> found = rules.withoutSpokenFor(text, rules.withoutLeadingNationalities(text,
                rules.withoutTrailingTitles(text, kept.stream().filter(m -> !listed.contains(m)).toList())));
        List<Mention> out = new ArrayList<>(rules.countedNounsAsOther(text, rules.eventsAsOther(text, rules.withoutSyllables(text,
                rules.withoutCommonNounsAlone(text, rules.withoutCommonWordsAlone(rules.withoutTrailingWords(text,
                        rules.withoutDescribedHeads(rules.withoutLeadingVerbs(text, found)))))))));
        kept.stream().filter(listed::contains).forEach(out::add);
        out.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return rules.withoutPrayers(text, rules.wholeWords(text, rules.withoutMeasures(text, out), KnownPlaces::contains));
    }

    private static final class BodyHeads {
        static final PhraseList HEADS = PhraseList.resource("rules/organisation-heads.txt");
    }

    /**
     * Whether a word as written is the head of a body's name ({@code rules/organisation-heads.txt}: لجنة, "committee"): in
     * للجنة the name is اللجنة (ل, the article, and a lam written once for two), not الجنة ("paradise").
     */
    public static boolean isBodyHead(String word) {
        return BodyHeads.HEADS.containsWord(ArabicText.fold(word));
    }

    /** The world's places by Arabic name ({@link org.nashra.translate.names.PlaceLexicon}), read once when first asked. */
    private static final class KnownPlaces {
        static final org.nashra.translate.names.PlaceLexicon LEXICON = org.nashra.translate.names.PlaceLexicon.load();

        static boolean contains(String name) {
            return LEXICON.english(name).isPresent();
        }
    }

    /**
     * A place the model took with the proclitic of its word, begun where the list of places begins it in that word:
     * {@code بطرابلس} → {@code طرابلس}, when the corpus never saw the name to tell where it starts.
     */
    private static Mention withoutProclitic(String text, Mention m, List<Mention> listedPlaces) {
        if (m.type() != EntityType.PLACE) return m;
        for (Mention place : listedPlaces) {
            if (place.end() == m.end() && place.start() > m.start()
                    && Clitics.PROCLITICS.contains(ArabicText.fold(text.substring(m.start(), place.start())))) {
                return new Mention(place.surface(), place.start(), place.end(), m.type());
            }
        }
        return m;
    }

    /**
     * A person the model found whose words are exactly those of a listed country or large city of two words or more, that
     * place: {@code أديس أبابا} (Addis Ababa) is no person, whatever the model makes of two foreign words.
     */
    private static Mention listedPlaceOfWords(Mention m, List<Mention> listedPlaces) {
        if (m.type() != EntityType.PERSON) return m;
        for (Mention place : listedPlaces) {
            if (place.start() == m.start() && place.end() == m.end() && Tokens.tokenise(place.surface()).size() >= 2) {
                return new Mention(m.surface(), m.start(), m.end(), EntityType.PLACE);
            }
        }
        return m;
    }

    /**
     * The longest run of Arabic words of a mention that also holds words in Latin letters, or null when it has
     * none: a name quoted in Latin letters is its own name, not a word of the Arabic one beside it ({@code مؤسسة RAND
     * Corporation ديريك غروسمان} holds the person ديريك غروسمان, and RAND Corporation is found only as listed).
     */
    static Mention arabicWordsOnly(String text, Mention m) {
        List<Tokens.Token> words = Tokens.tokenise(m.surface());
        if (words.stream().noneMatch(t -> isLatin(t.text()))) return m;
        int bestFrom = -1;
        int bestTo = -1;
        for (int from = 0; from < words.size(); ) {
            if (!isArabic(words.get(from).text())) {
                from++;
                continue;
            }
            int to = from;
            while (to + 1 < words.size() && isArabic(words.get(to + 1).text())) to++;
            if (bestFrom < 0 || to - from > bestTo - bestFrom) {
                bestFrom = from;
                bestTo = to;
            }
            from = to + 1;
        }
        if (bestFrom < 0) return null;
        // an adjective of relation right after the Latin name describes that name's body (Palo Alto Networks الأمريكية,
        // Volexity الأمريكية للأمن السيبراني): no name of its own
        String opening = ArabicText.fold(words.get(bestFrom).text());
        if (bestFrom > 0 && isLatin(words.get(bestFrom - 1).text()) && opening.startsWith("ال") && opening.length() > 4
                && (opening.endsWith("ي") || opening.endsWith("يه"))) return null;
        int start = m.start() + words.get(bestFrom).start();
        int end = m.start() + words.get(bestTo).end();
        return new Mention(text.substring(start, end), start, end, m.type());
    }

    private static boolean isLatin(String word) {
        return word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    /**
     * Whether a mention opens with an adjective of relation with the article right after a word in Latin letters: it
     * describes the body named in Latin letters (شركة Volexity الأمريكية للأمن السيبراني, "the American security firm
     * Volexity"), and names nothing.
     */
    static boolean describesLatinName(String text, Mention m) {
        List<Tokens.Token> words = Tokens.tokenise(m.surface());
        if (words.isEmpty()) return false;
        String opening = ArabicText.fold(words.get(0).text());
        if (!opening.startsWith("ال") || opening.length() <= 4 || !(opening.endsWith("ي") || opening.endsWith("يه"))) return false;
        String before = text.substring(0, m.start()).stripTrailing();
        int from = before.length();
        while (from > 0 && !Character.isWhitespace(before.charAt(from - 1))) from--;
        String previous = before.substring(from);
        return !previous.isEmpty() && isLatin(previous) && !hasArabic(previous);
    }

    private static boolean hasArabic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    private static boolean isArabic(String word) {
        return word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    /** Whether the word the mention begins in carries the article, after its proclitics: البنك, للبنك, وبالبنك. */
    private static boolean withArticle(String text, Mention m) {
        int from = m.start();
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) from--;
        String word = ArabicText.fold(text.substring(from, m.end()));
        if (word.startsWith("و") || word.startsWith("ف")) word = word.substring(1);
        return word.startsWith("ال") || word.startsWith("لل") || word.startsWith("بال") || word.startsWith("كال");
    }

    /** Whether a bracket or quotation mark stands right before and right after the mention. */
    private static boolean enclosed(String text, Mention m) {
        String opening = "(«\"“'[";
        String closing = ")»\"”']";
        return m.start() > 0 && m.end() < text.length() && opening.indexOf(text.charAt(m.start() - 1)) >= 0
                && closing.indexOf(text.charAt(m.end())) >= 0;
    }

    private static int length(Mention m) {
        return m.end() - m.start();
    }

    private static boolean overlap(Mention a, Mention b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /**
     * The mentions with every word that stands between brackets for an organisation just named ({@code وكالة الأنباء
     * الكويتية (كونا)}) typed as an organisation, wherever in the document it occurs ({@code الكويت - كونا}).
     */
    private List<List<Mention>> organisationsAbbreviated(List<String> parts, List<List<Mention>> chosen) {
        java.util.Set<String> abbreviations = new java.util.TreeSet<>();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) != null) abbreviations.addAll(rules.abbreviationsOfOrganisations(parts.get(i), chosen.get(i)));
        }
        if (abbreviations.isEmpty()) return chosen;
        return chosen.stream().map(mentions -> mentions.stream().map(m -> abbreviations.contains(m.surface())
                && m.type() != EntityType.ORGANISATION ? new Mention(m.surface(), m.start(), m.end(), EntityType.ORGANISATION) : m)
                .toList()).toList();
    }

    /** Keeps the best candidate of every overlapping group: higher priority, then longer, then earlier. */
    private static List<Mention> withoutOverlaps(List<Candidate> candidates) {
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingInt((Candidate c) -> -c.priority())
                .thenComparingInt(c -> -(c.mention().end() - c.mention().start()))
                .thenComparingInt(c -> c.mention().start())
                .thenComparing(c -> c.mention().type()));
        List<Mention> kept = new ArrayList<>();
        for (Candidate candidate : ranked) {
            Mention m = candidate.mention();
            boolean overlaps = kept.stream().anyMatch(k -> k.start() < m.end() && m.start() < k.end());
            if (!overlaps) kept.add(m);
        }
        kept.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return kept;
    }

    /** The last words of people named in full, which may stand alone for them: one word, or two after آل. */
    private static java.util.Set<String> surnames(List<Mention> found, RuleRecogniser rules) {
        java.util.Set<String> surnames = new java.util.TreeSet<>();
        for (Mention mention : found) {
            List<Tokens.Token> words = Tokens.tokenise(mention.surface());
            if (mention.type() != EntityType.PERSON || words.size() < 2) continue;
            String surname = words.get(words.size() - 1).text();
            // a family name after آل is both words, whatever the last one means alone (تركي آل الشيخ → آل الشيخ)
            if (words.size() > 2 && rules.isFamilyParticle(words.get(words.size() - 2).text())) {
                surnames.add(words.get(words.size() - 2).text() + " " + surname);
            } else if (rules.maySurname(surname)) surnames.add(surname);
        }
        return surnames;
    }

    /** A gazetteer of the names found and the clubs given, plus the surnames of people named in full. */
    private static GazetteerRecogniser recurrences(List<Mention> found, List<String> clubs, RuleRecogniser rules) {
        Map<String, EntityType> names = new TreeMap<>();
        clubs.forEach(club -> names.put(club, EntityType.ORGANISATION));
        for (Mention mention : found) {
            names.putIfAbsent(mention.surface(), mention.type());
        }
        surnames(found, rules).forEach(surname -> names.putIfAbsent(surname, EntityType.PERSON));
        List<GazetteerRecogniser.Entry> entries = new ArrayList<>();
        names.forEach((name, type) -> entries.add(new GazetteerRecogniser.Entry(name, type)));
        return new GazetteerRecogniser(entries);
    }
}
