package org.nashra.translate.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nashra.arabic.ArabicText;

/**
 * English names for organisations the gazetteer does not know, made from the words of their Arabic names
 * ({@code organisation-words.tsv}): البنك المركزي المصري → Central Bank of Egypt, وزارة التعليم العالي →
 * Ministry of Higher Education. Only a name every word of which is listed gets one: a name with a proper
 * name in it (حزب الليكود) is spelt out by the transliterator, as before.
 */
public final class OrganisationNames {

    private static final String RESOURCE = "organisation-words.tsv";
    private static final String ARTICLE = "ال";

    enum Kind { HEAD, BODY, OF, MOD, ADJ, INNER, NATION, NAME, OUTLET, PRESS, AIRLINE, BYPLACE, PLACE, EPONYM, TITLE, ORDINAL }

    record Word(Kind kind, String english) {}

    /** A noun of the name, with the adjectives that follow it in Arabic, in their order; joined to the one before by و or not. */
    private record Phrase(String noun, List<String> adjectives, boolean conjoined) {
        String english() {
            List<String> words = new ArrayList<>(adjectives);
            Collections.reverse(words);
            words.add(noun);
            return String.join(" ", words);
        }
    }

    /**
     * A listed word as read in a name, whether و joined it to the word before (الكهرباء والطاقة), and the key (without
     * the article) of its first Arabic word, whose ending tells its gender.
     */
    private record Read(Word word, boolean conjoined, String arabic) {}

    private static final String AND = "و";
    /** لـ with the article, as written before a noun: للهجرة. */
    private static final String FOR_THE = "لل";

    private final Map<String, Word> words;
    private final Map<String, String> outlets;
    /** Words an outlet's name may begin with, naming what it is (صحيفة, جريدة): the outlet is the name after them. */
    private final java.util.Set<String> press;
    /** Words that before a place name an airline (طيران), with their English, which follows the place's. */
    private final Map<String, String> airlines;
    /** English for people of a nation where it is not the adjective plus s (US → Americans), by Arabic key; "-" for none. */
    private final Map<String, String> peoples;
    /** Heads read only before a person's title (مدينة, مطار), with their English: مدينة الملك سعود الطبية → King Saud Medical City. */
    private final Map<String, String> eponyms;
    /** Titles a person a body is named after is called by (الملك, الشيخ), with their English. */
    private final Map<String, String> titles;
    /** Ordinals numbering a body's term after its name, with their English in figures: العشرين → 20th. */
    private final Map<String, String> ordinals;
    private final int longestOrdinal;
    /** The English of heads whose place English names after "of": مصرف ليبيا المركزي → Central Bank of Libya. */
    private final java.util.Set<String> byPlace;
    /** Names two organisations share, told apart by the article they stand in ({@code names-in-context.tsv}). */
    private final NamesInContext inContext;
    private final int longest;

    OrganisationNames(Map<String, Word> words) {
        this(words, Map.of(), NamesInContext.none());
    }

    OrganisationNames(Map<String, Word> words, Map<String, String> outlets, NamesInContext inContext) {
        this(words, outlets, Map.of(), inContext);
    }

    OrganisationNames(Map<String, Word> words, Map<String, String> outlets, Map<String, String> peoples, NamesInContext inContext) {
        this.peoples = Map.copyOf(peoples);
        Map<String, Word> named = new HashMap<>(words);
        this.press = words.entrySet().stream().filter(e -> e.getValue().kind() == Kind.PRESS).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.airlines = words.entrySet().stream().filter(e -> e.getValue().kind() == Kind.AIRLINE)
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().english()));
        this.eponyms = ofKind(words, Kind.EPONYM);
        this.titles = ofKind(words, Kind.TITLE);
        this.ordinals = ofKind(words, Kind.ORDINAL);
        this.longestOrdinal = ordinals.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
        named.values().removeIf(w -> w.kind() == Kind.BYPLACE || w.kind() == Kind.PRESS || w.kind() == Kind.AIRLINE
                || w.kind() == Kind.EPONYM || w.kind() == Kind.TITLE || w.kind() == Kind.ORDINAL);
        this.words = Map.copyOf(named);
        this.outlets = Map.copyOf(outlets);
        this.byPlace = words.values().stream().filter(w -> w.kind() == Kind.BYPLACE).map(Word::english).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.inContext = inContext;
        this.longest = this.words.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    private static Map<String, String> ofKind(Map<String, Word> words, Kind kind) {
        return words.entrySet().stream().filter(e -> e.getValue().kind() == kind)
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().english()));
    }

    /** The words shipped with Nashra. */
    public static OrganisationNames load() {
        Map<String, Word> words = new HashMap<>();
        Map<String, String> outlets = new HashMap<>();
        Map<String, String> peoples = new HashMap<>();
        try (InputStream in = OrganisationNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] fields = line.strip().split("\t");
                Word word = new Word(Kind.valueOf(fields[0].toUpperCase(java.util.Locale.ROOT)), fields.length > 2 ? fields[2] : "");
                if (fields.length != 3 && !(fields.length == 4 && word.kind() == Kind.NATION)) {
                    throw new IllegalStateException(RESOURCE + ": not kind, Arabic, English (and for a nation, its people): " + line);
                }
                for (String listed : listedKeys(fields[1])) {
                    if (fields.length == 4) peoples.put(listed, fields[3]);
                    if (word.kind() == Kind.OUTLET) {
                        outlets.put(listed, fields[2]);
                        continue;
                    }
                    Word before = words.put(listed, word);
                    if (before != null && !before.equals(word)) {
                        // Spellings that compare alike (أمريكي, أميركي) may be listed each; never with two meanings.
                        throw new IllegalStateException(RESOURCE + ": '" + fields[1] + "' is listed twice, as " + before + " and " + word);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OrganisationNames(words, outlets, peoples, NamesInContext.load(NamesInContext.Kind.ORGANISATION));
    }

    /**
     * The English name of an outlet, as a dateline or source line names it: the outlet's own name when the whole
     * name is listed as one ({@code العمانية}, Oman News Agency, though the word alone is an adjective of other
     * names), else {@link #english(String)}, else, after a word that says what it is ({@code صحيفة}, {@code جريدة}), the
     * outlet the rest names: صحيفة الاقتصادية → Al Eqtisadiah.
     */
    public Optional<String> outlet(String arabicName) {
        List<String> tokens = NameKey.tokenKeys(arabicName);
        String listed = outlets.get(key(tokens));
        if (listed != null) return Optional.of(listed);
        Optional<String> english = english(arabicName);
        if (english.isPresent() || tokens.size() < 2 || !press.contains(key(tokens.subList(0, 1)))) return english;
        // صحيفة الاقتصادية, جريدة الجريدة: the paper is the name after the word that says it is one
        String rest = key(tokens.subList(1, tokens.size()));
        listed = outlets.get(rest);
        if (listed != null) return Optional.of(listed);
        Word named = words.get(rest);
        return named != null && named.kind() == Kind.NAME ? Optional.of(named.english()) : Optional.empty();
    }

    /**
     * The English name of an organisation named in an article: a name two organisations share is the one the
     * article's other words tell (الأهلي in an article naming الزمالك, and not Saudi Arabia, is Al Ahly); else as
     * {@link #english(String)}.
     */
    public Optional<String> english(String arabicName, String article) {
        return inContext.english(arabicName, article).or(() -> english(arabicName));
    }

    /**
     * As {@link #english(String, String)}, where a place {@code place} gives an English name for may stand right after the
     * head (محكمة أبوظبي الجزائية الاتحادية → Abu Dhabi Federal Criminal Court).
     */
    public Optional<String> english(String arabicName, String article, java.util.function.Function<String, Optional<String>> place) {
        return inContext.english(arabicName, article).or(() -> english(arabicName, place));
    }

    /**
     * Whether the article's words tell which organisation a name two share is ({@code names-in-context.tsv}): الاتحاد in an
     * article on the Saudi league is the club, not a union named before.
     */
    public boolean toldByArticle(String arabicName, String article) {
        return inContext.english(arabicName, article).isPresent();
    }

    /** The English name, when the Arabic one is a listed head followed by listed words only. */
    public Optional<String> english(String arabicName) {
        return english(arabicName, written -> Optional.empty());
    }

    private static final int LONGEST_PLACE = 3;

    /**
     * The longest listed noun (of one word or more) read from token {@code i} without its {@code prefix} (لل, و), added
     * to {@code read}; the number of tokens it takes, 0 when none.
     */
    private int nounAfterPrefix(List<String> tokens, int i, String prefix, boolean conjoined, List<Read> read) {
        List<String> rest = new ArrayList<>(tokens.subList(i, tokens.size()));
        rest.set(0, tokens.get(i).substring(prefix.length()));
        for (int n = Math.min(longest, rest.size()); n >= 1; n--) {
            Word word = words.get(key(rest.subList(0, n)));
            if (word != null && (word.kind() == Kind.OF || word.kind() == Kind.MOD)) {
                read.add(new Read(word, conjoined, key(rest.subList(0, 1))));
                return n;
            }
        }
        return 0;
    }

    /** The fewest words of a body's name before the ordinal of its term: مجلس النواب العشرين, not مجموعة العشرين (the G20). */
    private static final int FEWEST_WORDS_BEFORE_ORDINAL = 2;

    private Optional<String> english(String arabicName, java.util.function.Function<String, Optional<String>> place) {
        List<String> tokens = NameKey.tokenKeys(arabicName);
        List<String> written = java.util.Arrays.asList(arabicName.strip().split("\\s+"));
        // a body's term after its name, in figures before it in English: مجلس النواب العشرين → 20th Council of Representatives
        if (written.size() == tokens.size()) {
            for (int n = Math.min(longestOrdinal, tokens.size() - FEWEST_WORDS_BEFORE_ORDINAL); n >= 1; n--) {
                String term = ordinals.get(key(tokens.subList(tokens.size() - n, tokens.size())));
                if (term == null) continue;
                return english(String.join(" ", written.subList(0, written.size() - n)), place).map(body -> term + " " + body);
            }
        }
        // An airline named by its city or country, the place first in English: طيران الرياض → Riyadh Air
        String airline = tokens.size() > 1 ? airlines.get(key(tokens.subList(0, 1))) : null;
        if (airline != null && written.size() == tokens.size() && words.get(key(tokens)) == null) {
            return place.apply(String.join(" ", written.subList(1, written.size()))).map(where -> where + " " + airline);
        }
        List<Read> read = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            int matched = 0;
            for (int n = Math.min(longest, tokens.size() - i); n >= 1 && matched == 0; n--) {
                Word word = words.get(key(tokens.subList(i, i + n)));
                if (word != null) {
                    read.add(new Read(word, false, key(tokens.subList(i, i + 1))));
                    matched = n;
                }
            }
            String token = tokens.get(i);
            // A noun after لـ with the article, which English takes as after "of": المعهد الوطني للجيوفيزياء →
            // National Institute of Geophysics, الوكالة الدولية للطاقة → International Energy Agency.
            if (matched == 0 && i > 0 && token.startsWith(FOR_THE) && token.length() > FOR_THE.length() + 1) {
                matched = nounAfterPrefix(tokens, i, FOR_THE, false, read);
            }
            // A noun joined by و to the one before it: وزارة الكهرباء والطاقة, حزب العدالة والتنمية, والثروة المعدنية.
            if (matched == 0 && i > 1 && token.startsWith(AND) && token.length() > AND.length() + 1) {
                matched = nounAfterPrefix(tokens, i, AND, true, read);
            }
            // A place right after the head, which names its whole: محكمة أبوظبي, مصرف ليبيا المركزي.
            if (matched == 0 && read.size() == 1 && read.get(0).word().kind() == Kind.HEAD && written.size() == tokens.size()) {
                for (int n = Math.min(LONGEST_PLACE, tokens.size() - i); n >= 1 && matched == 0; n--) {
                    Optional<String> english = place.apply(String.join(" ", written.subList(i, i + n)));
                    if (english.isPresent()) {
                        read.add(new Read(new Word(Kind.PLACE, english.get()), false, ""));
                        matched = n;
                    }
                }
            }
            // a word English has none for, a second portfolio too (وزارة السياحة والقطط), leaves the name untranslated:
            // English for part of it would name another body (هيئة المعلومات والحكومة الإلكترونية is no Information Authority)
            if (matched == 0) return Optional.empty();
            i += matched;
        }
        if (read.size() == 1 && read.get(0).word().kind() == Kind.NAME) return Optional.of(read.get(0).word().english());
        // a body each country has, named whole (الجمعية الوطنية, National Assembly): alone that name, else a head as any other
        if (!read.isEmpty() && read.get(0).word().kind() == Kind.BODY) {
            if (read.size() == 1) return Optional.of(read.get(0).word().english());
            read.set(0, new Read(new Word(Kind.HEAD, read.get(0).word().english()), false, read.get(0).arabic()));
        }
        // A head before a name English knows is that body named with its kind: منظمة اليونسكو → UNESCO.
        if (read.size() == 2 && read.get(0).word().kind() == Kind.HEAD && read.get(1).word().kind() == Kind.NAME) {
            return Optional.of(read.get(1).word().english());
        }
        if (read.size() < 2 || read.get(0).word().kind() != Kind.HEAD) return Optional.empty();
        // A head whose name is an organisation's: حزب القوات اللبنانية → Lebanese Forces Party.
        if (read.get(1).word().kind() == Kind.HEAD && written.size() == tokens.size()) {
            Optional<String> named = english(String.join(" ", written.subList(headLength(tokens), written.size())), place);
            return named.map(name -> name + " " + read.get(0).word().english());
        }
        Phrase head = new Phrase(read.get(0).word().english(), new ArrayList<>(), false);
        String where = null;
        List<String> nations = new ArrayList<>();
        List<Phrase> before = new ArrayList<>();
        List<Phrase> after = new ArrayList<>();
        Phrase last = head;
        String lastArabic = read.get(0).arabic();
        for (Read r : read.subList(1, read.size())) {
            Word word = r.word();
            switch (word.kind()) {
                case HEAD, BODY, NAME, BYPLACE -> { return Optional.empty(); }
                case PLACE -> where = word.english();
                case NATION -> nations.add(word.english());
                // an adjective of the other gender than the head's is the noun's before it, which it agrees with: وزارة
                // المالية والاقتصاد الوطني → Ministry of Finance and National Economy (الوطني is no وزارة's adjective)
                case ADJ -> (last != head && agreesWithNounNotHead(r.arabic(), read.get(0).arabic(), lastArabic)
                        ? last : head).adjectives().add(word.english());
                case INNER -> last.adjectives().add(word.english());
                case MOD, OF -> {
                    // A noun joined by و goes where the noun before it went: العدل والمساواة, Justice and Equality.
                    boolean inFront = r.conjoined() && last != head ? before.contains(last) : word.kind() == Kind.MOD;
                    Phrase phrase = new Phrase(word.english(), new ArrayList<>(), r.conjoined());
                    // A noun in the genitive of the one before it comes first in English: لجنة تسعير المشتقات النفطية
                    // (the pricing of oil derivatives) → Oil Derivatives Pricing Committee.
                    int governing = inFront && !r.conjoined() ? before.indexOf(last) : -1;
                    if (governing >= 0) before.add(governing, phrase);
                    else (inFront ? before : after).add(phrase);
                    last = phrase;
                    lastArabic = r.arabic();
                }
            }
        }
        // two words of one English joined by و (التربية والتعليم, both Education) name one thing once; with words of
        // their own they are two (التربية والتعليم العالي, Education and Higher Education)
        withoutRepeats(before);
        withoutRepeats(after);
        // Iraqi | Federal | Integrity | Authority: where, what kind, of what, the head itself.
        List<String> english = new ArrayList<>(nations);
        Collections.reverse(english);
        List<String> adjectives = new ArrayList<>(head.adjectives());
        Collections.reverse(adjectives);
        english.addAll(adjectives);
        for (Phrase phrase : before) {
            if (phrase.conjoined() && !english.isEmpty()) english.add("and");
            english.add(phrase.english());
        }
        english.add(head.noun());
        String name = String.join(" ", english);
        if (!after.isEmpty()) name += " of " + String.join(" and ", after.stream().map(Phrase::english).toList());
        // a head named by its place, its country told by a nation's adjective: البنك المركزي العراقي → Central Bank of Iraq
        if (nations.size() == 1 && where == null) {
            return Optional.of(withNation(name.substring(nations.get(0).length()).strip(), nations.get(0)));
        }
        if (where == null) return Optional.of(name);
        // Central Bank of Libya, but Abu Dhabi Federal Criminal Court: the place first unless the head is one named by it
        return Optional.of(byPlace.contains(name) && nations.isEmpty() ? name + " of " + where : where + " " + name);
    }

    /** Teh marbuta (ة) as name keys write it, the ending of a feminine singular noun or adjective. */
    private static final String FEMININE = "\u0647";
    /** The sound feminine plural's ending (ات), whose nouns take feminine adjectives: الدراسات الاستراتيجية. */
    private static final String FEMININE_PLURAL = "\u0627\u062A";

    /**
     * Whether an adjective, by its gender, agrees with the noun before it and not with the head: a masculine
     * adjective after a feminine head (وزارة الدفاع الوطني), or the other way round. Only an adjective listed in both
     * genders tells its own (وطني, وطنية; not العليا, الكبرى, whose endings are not the feminine's), and only a noun
     * ending in ة or ات is taken for feminine, the rest masculine.
     */
    private boolean agreesWithNounNotHead(String adjective, String head, String noun) {
        Boolean feminine = adjectiveFeminine(adjective);
        return feminine != null && feminine != nounFeminine(head) && feminine == nounFeminine(noun);
    }

    /** The gender of a listed adjective when its other gender is listed too (true feminine), else null. */
    private Boolean adjectiveFeminine(String adjective) {
        if (adjective.endsWith(FEMININE)) {
            Word masculine = words.get(adjective.substring(0, adjective.length() - 1));
            return masculine != null && masculine.kind() == Kind.ADJ ? Boolean.TRUE : null;
        }
        Word feminine = words.get(adjective + FEMININE);
        return feminine != null && feminine.kind() == Kind.ADJ ? Boolean.FALSE : null;
    }

    private static boolean nounFeminine(String noun) {
        return noun.endsWith(FEMININE) || noun.endsWith(FEMININE_PLURAL);
    }

    /** Drops a phrase joined by و whose English is the phrase's before it. */
    private static void withoutRepeats(List<Phrase> phrases) {
        for (int i = phrases.size() - 1; i > 0; i--) {
            if (phrases.get(i).conjoined() && phrases.get(i).english().equals(phrases.get(i - 1).english())) phrases.remove(i);
        }
    }

    /**
     * Whether a name is a generic body's: a head and common words English translates, and no nation, place or proper
     * name (مجلس الوزراء, وزارة الصحة; not مجلس الوزراء السعودي, البنك الدولي, nor a body beyond one country, الاتحاد
     * الدولي, nor a party or front, جبهة الموقف الوطني): each country has one, so the name alone says which only with the article's country.
     */
    public boolean isGeneric(String arabicName) {
        if (knownByName(arabicName)) return false;
        Optional<String> english = english(arabicName);
        if (english.isEmpty()) return false;
        for (String token : NameKey.tokenKeys(arabicName)) {
            Word word = words.get(key(List.of(token)));
            if (word != null && (word.kind() == Kind.NATION || word.kind() == Kind.NAME)) return false;
        }
        return java.util.Arrays.stream(english.get().split(" ")).noneMatch(NATIONS_OF_PLACES.beyond::contains);
    }

    /** The Arabic adjectives, without the article and in both genders, of a nation named by its English adjective: Emirati → إماراتي, إماراتية. */
    public List<String> nationWords(String englishNation) {
        return words.entrySet().stream().filter(e -> e.getValue().kind() == Kind.NATION && e.getValue().english().equals(englishNation))
                .map(Map.Entry::getKey).filter(key -> !key.contains(" ")).sorted().toList();
    }

    /**
     * A body's English name with its nation's: the adjective first (Saudi Council of Ministers), but for a body named by
     * its country ({@code byplace}), the country after "of" where the nation's country is listed (Central Bank of Iraq).
     */
    public String withNation(String english, String nation) {
        // a term's ordinal stays first: 20th Jordanian Council of Representatives
        java.util.regex.Matcher term = TERM.matcher(english);
        if (term.lookingAt()) return term.group() + withNation(english.substring(term.end()), nation);
        String country = byPlace.contains(english) ? NATIONS_OF_PLACES.countries.get(nation) : null;
        return country != null ? english + " of " + country : nation + " " + english;
    }

    /** A term's ordinal in figures, as {@code ordinal} rows give it, before a body's English: "20th ". */
    private static final java.util.regex.Pattern TERM = java.util.regex.Pattern.compile("\\d+(?:st|nd|rd|th) ");

    /** The English adjective of the nation a country or city named in English belongs to ({@code nations-of-places.tsv}): Riyadh → Saudi. */
    public Optional<String> nationOfPlace(String englishPlace) {
        return Optional.ofNullable(NATIONS_OF_PLACES.nations.get(englishPlace));
    }

    /**
     * Whether a place named in English has bodies of its own ({@code own} in {@code nations-of-places.tsv}): a generic body
     * said to be in it is its own, named after it (محكمة الاستئناف في دبي → Dubai Court of Appeal), not its country's.
     */
    public boolean hasOwnBodies(String englishPlace) {
        return NATIONS_OF_PLACES.own.contains(englishPlace);
    }

    /**
     * Whether a body named in English {@code body} (Court of Appeal) said to be in {@code englishPlace} is that place's own:
     * a body each city has ({@code local} in {@code nations-of-places.tsv}) in a listed city, not a country: محكمة الاستئناف
     * بالدار البيضاء → Casablanca Court of Appeal, but محكمة الاستئناف في المغرب stays Morocco's.
     */
    public boolean isCitysOwn(String body, String englishPlace) {
        return NATIONS_OF_PLACES.local.contains(body) && NATIONS_OF_PLACES.nations.containsKey(englishPlace)
                && !NATIONS_OF_PLACES.countries.containsValue(englishPlace);
    }

    /**
     * {@code beyond}: English words of a name that make it no one country's generic body (International; Front, a party's own name);
     * {@code own}: places whose generic bodies are their own; {@code local}: bodies each city has its own of.
     */
    private record NationsOfPlaces(Map<String, String> nations, Map<String, String> countries, java.util.Set<String> beyond,
            java.util.Set<String> own, java.util.Set<String> local) {}

    private static final NationsOfPlaces NATIONS_OF_PLACES = nationsOfPlaces("nations-of-places.tsv");

    private static NationsOfPlaces nationsOfPlaces(String resource) {
        Map<String, String> nations = new HashMap<>();
        Map<String, String> countries = new HashMap<>();
        java.util.Set<String> beyond = new java.util.HashSet<>();
        java.util.Set<String> own = new java.util.HashSet<>();
        java.util.Set<String> local = new java.util.HashSet<>();
        try (InputStream in = OrganisationNames.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] fields = line.strip().split("\t");
                if (fields[0].equals("place") && fields.length == 3) {
                    nations.put(fields[1], fields[2]);
                    countries.putIfAbsent(fields[2], fields[1]); // a nation's country is listed before its cities
                }
                else if ((fields[0].equals("beyond") || fields[0].equals("proper")) && fields.length == 2) beyond.add(fields[1]);
                else if (fields[0].equals("own") && fields.length == 2) own.add(fields[1]);
                else if (fields[0].equals("local") && fields.length == 2) local.add(fields[1]);
                else throw new IllegalStateException(resource + ": not place TAB English TAB nation, nor beyond, proper, own or local TAB English: " + line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NationsOfPlaces(Map.copyOf(nations), Map.copyOf(countries), java.util.Set.copyOf(beyond), java.util.Set.copyOf(own),
                java.util.Set.copyOf(local));
    }

    /** Whether the whole name is one English knows an organisation by (طيران ناس → flynas, البنك الدولي → World Bank). */
    public boolean knownByName(String arabicName) {
        Word word = words.get(key(NameKey.tokenKeys(arabicName)));
        return word != null && word.kind() == Kind.NAME;
    }

    /** How many words the head a name begins with has: 1 for وزارة, 2 for اللجنة المالية. */
    private int headLength(List<String> tokens) {
        for (int n = Math.min(longest, tokens.size()); n > 1; n--) {
            Word word = words.get(key(tokens.subList(0, n)));
            if (word != null && word.kind() == Kind.HEAD) return n;
        }
        return 1;
    }

    /** The English of a nationality adjective (الفرنسي → French), either gender, article or not. */
    public Optional<String> nationality(String arabicWord) {
        List<String> tokens = NameKey.tokenKeys(arabicWord);
        Word word = tokens.size() == 1 ? words.get(key(tokens)) : null;
        return word != null && word.kind() == Kind.NATION ? Optional.of(word.english()) : Optional.empty();
    }

    /**
     * English for people a number counts by their nationality: 13 هندياً → Indians, 3 سريلانكيين → Sri Lankans,
     * 5 مصريات → Egyptians. The counted noun is the nation's adjective in the accusative after 11–99 (an alef
     * added), or its plural after 3–10 (ين, ون; ات for the feminine). English adds s to a demonym in -an, -i, -ab
     * or -ek (Indians, Saudis, Arabs, Greeks) and keeps one in -ese (Lebanese); any other is listed with the
     * nation (US → Americans), or has no people noun and stays unknown. The accusative singular counts only from
     * 11 ({@code count}): after a smaller number it is an adverb (الثالث عالمياً و3 عربياً: third among Arab countries).
     */
    public Optional<String> nationals(String countedNoun, double count) {
        String word = ArabicText.normaliseForMatching(countedNoun.strip());
        if (word.contains(" ") || word.length() < 3) return Optional.empty();
        List<String> forms = new ArrayList<>();
        if (count >= 11 && word.endsWith("ا") && !word.endsWith("اا")) forms.add(word.substring(0, word.length() - 1));
        // after hundreds and thousands the counted word is a genitive singular, with no alef (1,400 فلسطيني)
        if (count >= 100 && count % 100 == 0) forms.add(word);
        if (word.endsWith("ين") || word.endsWith("ون")) forms.add(word.substring(0, word.length() - 2));
        if (word.endsWith("ات")) forms.add(word.substring(0, word.length() - 2) + "ة");
        for (String form : forms) {
            // a nationality is a nisba adjective: the plural of another listed word (دولي → دول) is no people
            if (!form.endsWith("ي") && !form.endsWith("ية") && !form.endsWith("يه")) continue;
            if (nationality(form).isPresent()) return people(form);
        }
        return Optional.empty();
    }

    /**
     * English for the people of the nation a singular adjective names, either gender, article or not: الهندية →
     * Indians (2 من الجنسية الهندية), as {@link #nationals}; empty when it names no nation or the nation no people.
     */
    public Optional<String> nationalsOf(String adjective) {
        String word = ArabicText.normaliseForMatching(adjective.strip());
        if (word.contains(" ") || nationality(word).isEmpty()) return Optional.empty();
        if (word.startsWith("ال")) word = word.substring(2);
        // the people are listed by the masculine (هندي), the feminine adds a teh marbuta (هندية)
        if (word.endsWith("يه") || word.endsWith("ية")) word = word.substring(0, word.length() - 1);
        return people(word);
    }

    /** The people noun of the nation whose adjective is {@code form}: listed, or the demonym English makes plural. */
    private Optional<String> people(String form) {
        Optional<String> adjective = nationality(form);
        if (adjective.isEmpty()) return Optional.empty();
        String listed = peoples.get(key(NameKey.tokenKeys(form)));
        if (listed != null) return listed.equals("-") ? Optional.empty() : Optional.of(listed);
        String en = adjective.get();
        if (en.endsWith("ese")) return Optional.of(en);
        if (en.matches(".*[a-z](an|i|ab|ek)")) return Optional.of(en + "s");
        return Optional.empty();
    }

    /**
     * Whether a single word, article or not, names a kind of body or of named thing (a head: هيئة, شركة; or what is named
     * after someone: جائزة, مطار): with the article alone it refers back to one named before (الهيئة, الجائزة).
     */
    public boolean isKindOfBody(String arabicWord) {
        List<String> tokens = NameKey.tokenKeys(arabicWord);
        return isHead(arabicWord) || tokens.size() == 1 && eponyms.containsKey(key(tokens));
    }

    /** Whether a single word is a head an organisation's name begins with (بنك, وزارة, حزب), article or not. */
    public boolean isHead(String arabicWord) {
        List<String> tokens = NameKey.tokenKeys(arabicWord);
        Word word = tokens.size() == 1 ? words.get(key(tokens)) : null;
        return word != null && word.kind() == Kind.HEAD;
    }

    /**
     * The English of a name this list does not translate whole but whose first word is a head: the rest spelt
     * out by {@code spell}, then the head in English ({@code بنك أبوظبي الأول} → "Abuzbi al-Ole Bank", never a
     * head spelt out as a name, "Pink").
     */
    public Optional<String> withHeadTranslated(String arabicName, java.util.function.UnaryOperator<String> spell) {
        List<String> written = java.util.Arrays.asList(arabicName.strip().split("\\s+"));
        Optional<String> namedAfter = namedAfterPerson(written, spell);
        if (namedAfter.isPresent()) return namedAfter;
        for (int n = Math.min(longest, written.size()); n >= 1; n--) {
            Word head = words.get(key(NameKey.tokenKeys(String.join(" ", written.subList(0, n)))));
            if (head == null || head.kind() != Kind.HEAD) continue;
            // a head of several words is the whole name: اللجنة المالية → Finance Committee
            if (n == written.size()) return n > 1 ? Optional.of(head.english()) : Optional.empty();
            String rest = spell.apply(String.join(" ", written.subList(n, written.size()))).strip();
            return rest.isEmpty() ? Optional.empty() : Optional.of(rest + " " + head.english());
        }
        return Optional.empty();
    }

    /**
     * A body named after a person by their title: a head, a title and the person's name, spelt by {@code spell}, then the
     * head's adjectives, which English puts between the name and the head: مستشفى الملك خالد الجامعي → King Khalid
     * University Hospital, مدينة الملك سعود الطبية → King Saud Medical City. Empty for a head without a title after it.
     */
    private Optional<String> namedAfterPerson(List<String> written, java.util.function.UnaryOperator<String> spell) {
        for (int n = Math.min(longest, written.size() - 2); n >= 1; n--) {
            String headKey = key(NameKey.tokenKeys(String.join(" ", written.subList(0, n))));
            Word word = words.get(headKey);
            String head = word != null && word.kind() == Kind.HEAD ? word.english() : eponyms.get(headKey);
            if (head == null) continue;
            String title = titles.get(key(NameKey.tokenKeys(written.get(n))));
            if (title == null) return Optional.empty();
            // what the body is for, after لل, closes the name and is the head's as in any other name: جامعة الملك
            // عبدالله للعلوم والتكنولوجيا → King Abdullah University of Science and Technology
            int end = n + 1;
            while (end < written.size() && !NameKey.lightForm(written.get(end)).startsWith(FOR_THE)) end++;
            if (end < written.size()) {
                if (end == n + 1 || word == null || word.kind() != Kind.HEAD) return Optional.empty();
                List<String> body = new ArrayList<>(written.subList(0, n));
                body.addAll(written.subList(end, written.size()));
                Optional<String> purpose = english(String.join(" ", body));
                String person = spell.apply(String.join(" ", written.subList(n + 1, end))).strip();
                return person.isEmpty() ? Optional.empty() : purpose.map(name -> title + " " + person + " " + name);
            }
            // adjectives close the name, each with the article the name's definiteness gives it (الطبية, الدولي)
            List<String> adjectives = new ArrayList<>();
            while (end > n + 1) {
                String last = written.get(end - 1);
                Word adjective = words.get(key(NameKey.tokenKeys(last)));
                if (!NameKey.lightForm(last).startsWith(ARTICLE) || adjective == null
                        || adjective.kind() != Kind.ADJ && adjective.kind() != Kind.INNER) break;
                adjectives.add(adjective.english());
                end--;
            }
            if (end == n + 1) return Optional.empty();
            String person = spell.apply(String.join(" ", written.subList(n + 1, end))).strip();
            if (person.isEmpty()) return Optional.empty();
            // read from the end, the adjectives are in English's order already: the first Arabic one nearest the head
            List<String> english = new ArrayList<>(List.of(title, person));
            english.addAll(adjectives);
            english.add(head);
            return Optional.of(String.join(" ", english));
        }
        return Optional.empty();
    }

    /** The key of a word or words: each word's name key without the article. */
    /**
     * The keys a listed word is looked up by: without its article, and, for a word whose own first letters fold to
     * the article (ألماني, whose key would be ماني), also as folded whole, the key its definite form (الألماني) gives.
     */
    private static List<String> listedKeys(String arabic) {
        List<String> tokens = NameKey.tokenKeys(arabic);
        String bare = key(tokens);
        String written = arabic.strip();
        boolean hamzaThenLam = written.length() > 2 && "\u0623\u0625\u0622".indexOf(written.charAt(0)) >= 0 && written.charAt(1) == '\u0644';
        String whole = String.join(" ", tokens);
        return hamzaThenLam && !whole.equals(bare) ? List.of(bare, whole) : List.of(bare);
    }

    private static String key(List<String> tokenKeys) {
        List<String> bare = new ArrayList<>();
        for (String token : tokenKeys) bare.add(token.startsWith(ARTICLE) && token.length() > ARTICLE.length() + 1 ? token.substring(ARTICLE.length()) : token);
        return String.join(" ", bare);
    }
}
