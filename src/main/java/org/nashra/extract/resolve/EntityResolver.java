package org.nashra.extract.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nashra.extract.EntityType;
import org.nashra.extract.Mention;
import org.nashra.translate.names.NameKey;
import org.nashra.translate.names.PlaceLexicon;
import org.nashra.translate.names.Transliteration;
import org.nashra.translate.names.OrganisationNames;
import org.nashra.translate.names.Transliterator;

/**
 * Turns one article's mentions into entity references. In order of trust:
 * <ol>
 * <li>the editors' gazetteer, by spelling-tolerant name key (suppressed entities are dropped, merged ids folded);</li>
 * <li>a short form within the article: a mention whose words end a longer name mentioned in the same
 *     article is that name ({@code برنين} is {@code جون دبليو برنين}; {@code عباسي} is {@code ثابت العباسي}), and an
 *     organisation named without the nationality it was named with before is that one ({@code البنك المركزي}
 *     after {@code البنك المركزي الأردني}), or without words joined by و ({@code وزارة الصحة} for
 *     {@code وزارة الصحة والسكان}); a first name alone is the one person of the article it begins ({@code الملك حمد}
 *     for {@code حمد بن عيسى آل خليفة}), never one whose father's name it is ({@code تميم بن حمد});</li>
 * <li>a surname of exactly one gazetteer person (a father's name after {@code بن} is none: {@code زايد} is not
 *     {@code محمد بن زايد});</li>
 * <li>otherwise a new entity whose id is the slug of its English name (place lexicon for places, the words of
 *     {@code organisation-words.tsv} for organisations named only with them, and for a name two places or two
 *     organisations share the one the article's words tell, {@code names-in-context.tsv},
 *     the transliterator for the rest), so the same name in another article gets the same id.</li>
 * </ol>
 * Immutable; {@link #resolve} is a pure function of its arguments.
 */
public final class EntityResolver {

    private static final java.util.regex.Pattern WORD_GAPS = java.util.regex.Pattern.compile("[\\s،,:؛]+");

    private static final String ARTICLE = "\u0627\u0644";
    /** و, "and", which Arabic writes onto the word after it. */
    private static final String AND = "\u0648";

    private final Gazetteer gazetteer;
    private final RoleLexicon roles;
    /**
     * The roles as the words alone make them, organisations named by their own English only: whether a word alone
     * stands for a listed person's surname is judged by them, as it was tuned to (النائب عن فريق التقدم والاشتراكية
     * رشيد حموني is no listed رشيد, though the gazetteer names his party).
     */
    private final RoleLexicon wordRoles;
    /** English for organisations' names made of words English translates (البنك المركزي المصري → Central Bank of Egypt). */
    /** The organisation words, read once for the resolver and the roles made of them ({@link RoleComposer}). */
    static final OrganisationNames ORGANISATIONS = OrganisationNames.load();

    private final Transliterator transliterator;
    private final PlaceLexicon places;
    private final Map<String, List<String>> personIdsBySurname;
    /** Surnames (as {@link #coreWords} gives them) some listed person bears without the article. */
    private final java.util.Set<String> surnamesWithoutArticle;

    public EntityResolver(Gazetteer gazetteer, RoleLexicon roles, Transliterator transliterator, PlaceLexicon places) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.wordRoles = Objects.requireNonNull(roles, "roles");
        this.roles = roles.withListedOrganisations(this::listedOrganisationInRole);
        this.transliterator = Objects.requireNonNull(transliterator, "transliterator");
        this.places = Objects.requireNonNull(places, "places");
        Map<String, List<String>> bySurname = new TreeMap<>();
        java.util.Set<String> withoutArticle = new java.util.HashSet<>();
        for (GazetteerEntry entry : gazetteer.entries()) {
            if (entry.type() != EntityType.PERSON) continue;
            for (String name : entry.arabicNames()) {
                List<String> words = coreWords(name);
                // after بن the last word is the father's name, not a surname: حمد alone is not تميم بن حمد; after
                // أبو or أم it is the kunya's child: مازن alone (مازن الفراية) is not أبو مازن
                if (words.size() < 2 || SON_OF.contains(words.get(words.size() - 2))
                        || KUNYA.contains(words.get(words.size() - 2))) continue;
                List<String> ids = bySurname.computeIfAbsent(words.get(words.size() - 1), k -> new ArrayList<>());
                if (!ids.contains(entry.id())) ids.add(entry.id());
                if (!writtenWithArticle(name)) withoutArticle.add(words.get(words.size() - 1));
            }
        }
        this.personIdsBySurname = bySurname;
        this.surnamesWithoutArticle = java.util.Set.copyOf(withoutArticle);
    }

    /**
     * The entities of one article, in order of first mention.
     *
     * @param text     the text the mentions' offsets point into
     * @param mentions the recognised names (any order; empty or unusable ones are ignored)
     */
    public List<EntityRef> resolve(String text, List<Mention> mentions) {
        return resolve(text, mentions, List.of());
    }

    /**
     * As {@link #resolve(String, List)}, with the lines read off the article's head (its outlet, its dateline), which
     * tell the country a generic body (مجلس الوزراء) belongs to: نواكشوط، 24/08/2024 (وما) -, الوكالة الموريتانية للأنباء.
     */
    public List<EntityRef> resolve(String text, List<Mention> mentions, List<String> heading) {
        String safeText = text == null ? "" : text;
        // a listed organisation's name after a place's head word (منطقة الفاو) names a place there and everywhere in the article
        java.util.Set<String> places = mentions.stream().filter(m -> m.type() != EntityType.PERSON && afterPlaceHead(m, safeText)
                && listed(m.surface()).filter(e -> e.type() == EntityType.ORGANISATION).isPresent())
                .map(m -> NameKey.of(m.surface())).collect(java.util.stream.Collectors.toSet());
        List<Mention> whole = mentions.stream().map(m -> places.contains(NameKey.of(m.surface()))
                ? new Mention(m.surface(), m.start(), m.end(), EntityType.PLACE) : withWholeNasab(asOrganisation(m), safeText)).toList();
        List<Mention> sorted = whole.stream()
                .filter(m -> whole.stream().noneMatch(o -> o != m && o.start() <= m.start() && o.end() >= m.end()
                        && o.end() - o.start() > m.end() - m.start() && !mentions.contains(o)))
                .filter(m -> !NameKey.of(m.surface()).isEmpty() || gazetteer.lookup(m.surface()).isPresent() || isLatinName(m))
                .sorted(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end).thenComparing(Mention::surface))
                .toList();
        // 1. gazetteer names; a name listed for two countries (الرأي, a paper in Jordan and one in Kuwait) is the one of the
        // country the article names most
        Map<String, Integer> placesNamed = new java.util.HashMap<>();
        for (Mention mention : sorted) {
            listed(mention.surface()).filter(e -> e.type() == EntityType.PLACE).ifPresent(e -> placesNamed.merge(e.id(), 1, Integer::sum));
        }
        Map<Mention, String> gazetteerId = new LinkedHashMap<>();
        List<Mention> suppressed = new ArrayList<>();
        for (Mention mention : sorted) {
            // an "other" name is not the person it is named after (a stadium's استاد محمد بن زايد, a satellite's)
            listed(mention.surface(), country -> placesNamed.getOrDefault(country, 0)).filter(entry -> mention.type() != EntityType.MISC || entry.type() != EntityType.PERSON)
                    .filter(entry -> entry.type() != EntityType.ORGANISATION || !places.contains(NameKey.of(mention.surface())))
                    .filter(entry -> !isHeadAloneOf(entry, mention) || namedInFull(entry, mention, sorted))
                    .ifPresent(entry -> {
                if (entry.suppressed()) suppressed.add(mention);
                else gazetteerId.put(mention, entry.id());
            });
        }
        // 2. short forms of longer names in the same article, 3. unique gazetteer surnames
        Map<Mention, Mention> fullFormOf = new LinkedHashMap<>();
        for (Mention mention : sorted) {
            if (gazetteerId.containsKey(mention) || suppressed.contains(mention) || isLatinName(mention)) continue;
            if (mention.type() == EntityType.PERSON && roles.english(mention.surface().strip()).isPresent()
                    && !(coreWords(mention.surface()).size() == 1 && personIdsBySurname.containsKey(coreWords(mention.surface()).get(0)))) {
                // الشاهد الأول, "the first witness": a role and nothing else names no one (but الشاهد alone may be يوسف الشاهد)
                suppressed.add(mention);
                continue;
            }
            if (isPurposeWithoutBody(mention)) {
                // شركة STV للاستثمار الجريء: "for venture investment" says what the body before it does
                suppressed.add(mention);
                continue;
            }
            if (isUnitOfABodyNamedBefore(mention)) {
                // المركز الإعلامي للهيئة, مجلس أمناء الجائزة: a unit of the body or prize named before, no name of its own
                suppressed.add(mention);
                continue;
            }
            Optional<Mention> full = longerNameEndingWith(mention, sorted, suppressed);
            if (full.isEmpty() && isBareHead(mention) && !ORGANISATIONS.toldByArticle(mention.surface(), safeText)) {
                // "البنك" after "البنك المركزي التركي": the bank named last; with none named, no name at all.
                full = lastNamedWithHead(mention, sorted, suppressed);
                if (full.isEmpty()) {
                    suppressed.add(mention);
                    continue;
                }
            }
            if (full.isEmpty()) full = lastNamedWithNationality(mention, sorted, suppressed);
            if (full.isEmpty()) full = personNamedFirst(mention, sorted, suppressed);
            if (full.isEmpty()) full = namedWithConjoinedTail(mention, sorted, suppressed);
            if (full.isEmpty()) full = personNamedWithMiddleNames(mention, sorted, suppressed);
            if (full.isEmpty()) full = bodyNamedInFull(mention, sorted, suppressed);
            if (full.isPresent()) {
                fullFormOf.put(mention, full.get());
                continue;
            }
            List<String> words = coreWords(mention.surface());
            List<String> ids = words.size() == 1 ? personIdsBySurname.getOrDefault(words.get(0), List.of()) : List.of();
            // a surname written with the article stands alone only with it: شاهد ("watch", the platform) is no الشاهد
            if (ids.size() == 1 && (mention.type() == EntityType.PERSON || mention.type() == EntityType.MISC)
                    && (writtenWithArticle(mention.surface()) || surnamesWithoutArticle.contains(words.get(0)))
                    && standsAsSurname(mention, words.get(0), safeText)) {
                gazetteerId.put(mention, ids.get(0));
            } else if (!ids.isEmpty() && (mention.type() == EntityType.PERSON || mention.type() == EntityType.MISC)
                    && isWordNotSurname(words.get(0), mention, safeText)) {
                // an everyday word taken for a listed person's surname (التشغيل الكامل, "full operation") names no one
                suppressed.add(mention);
            }
        }
        // 4. group the rest by the name they stand for
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Mention mention : sorted) {
            if (suppressed.contains(mention)) continue;
            Mention head = mention;
            while (fullFormOf.containsKey(head)) head = fullFormOf.get(head);
            if (suppressed.contains(head)) continue;
            String groupKey = gazetteerId.containsKey(head) ? "id:" + gazetteerId.get(head)
                    : isLatinName(head) ? "latin:" + head.type() + ":" + head.surface().strip()
                    : "name:" + head.type() + ":" + NameKey.of(head.surface());
            Group group = groups.computeIfAbsent(groupKey, k -> new Group(new ArrayList<>(), new ArrayList<>()));
            if (!group.heads.contains(head)) group.heads.add(head);
            group.mentions.add(mention);
        }
        Optional<String> nation = nationOf(sorted, safeText, heading);
        Map<Integer, Mention> placesByStart = new java.util.HashMap<>();
        for (Mention mention : sorted) if (mention.type() == EntityType.PLACE) placesByStart.putIfAbsent(mention.start(), mention);
        // a body said to be in a place with bodies of its own (محكمة الاستئناف في دبي) is that place's, here and wherever
        // the article names a body of the same English again without the place
        Map<String, String> ownPlaceOfBody = new java.util.HashMap<>();
        for (Group group : groups.values()) {
            for (Mention mention : group.mentions) {
                Optional<Optional<Mention>> in = inPlace(mention, safeText, placesByStart);
                if (in.isEmpty()) continue;
                Optional<String> body = translatedBody(group, safeText);
                Optional<String> own = in.get().flatMap(place -> englishOfPlace(place, safeText))
                        .filter(place -> ORGANISATIONS.hasOwnBodies(place) || body.filter(b -> ORGANISATIONS.isCitysOwn(b, place)).isPresent());
                if (own.isPresent() && body.isPresent()) ownPlaceOfBody.putIfAbsent(body.get(), own.get());
                break;
            }
        }
        Map<String, EntityRef> byId = new LinkedHashMap<>();
        for (Map.Entry<String, Group> entry : groups.entrySet()) {
            // a body said to be in a place (وزارة المالية في الإقليم, وزارة الصحة في غزة) is that place's, not the country's:
            // of the place's nation where it is a listed country's (مجلس الوزراء في الرياض), of none otherwise
            Optional<String> bodyNation = ownPlaceOfBody.isEmpty() ? nation
                    : translatedBody(entry.getValue(), safeText).map(ownPlaceOfBody::get).or(() -> nation);
            for (Mention mention : entry.getValue().mentions) {
                Optional<Optional<Mention>> in = inPlace(mention, safeText, placesByStart);
                if (in.isPresent()) {
                    bodyNation = in.get().flatMap(place -> nationOfPlace(place, safeText));
                    // محكمة الاستئناف في دبي: an emirate's court is the emirate's (Dubai Court of Appeal), not the nation's
                    // a city's court of appeal is the city's (محكمة الاستئناف بالدار البيضاء, Casablanca Court of Appeal)
                    Optional<String> body = translatedBody(entry.getValue(), safeText);
                    Optional<String> ownPlace = in.get().flatMap(place -> englishOfPlace(place, safeText))
                            .filter(place -> ORGANISATIONS.hasOwnBodies(place) || body.filter(b -> ORGANISATIONS.isCitysOwn(b, place)).isPresent());
                    if (ownPlace.isPresent()) bodyNation = ownPlace;
                    break;
                }
                // named on one country's side of its sentence (الوفد التركي: ... جهاز الاستخبارات الوطنية): that country's
                Optional<String> side = sideNationBefore(mention, safeText);
                if (side.isPresent()) {
                    bodyNation = side;
                    break;
                }
            }
            EntityRef ref = entry.getKey().startsWith("id:")
                    ? known(gazetteer.byId(entry.getKey().substring(3)).orElseThrow(), entry.getValue(), safeText)
                    : unknown(entry.getValue(), safeText, bodyNation);
            if (ref == null) continue;
            // a post as the article's country names it: رئيس الحكومة, Prime Minister, is Morocco's Head of Government
            if (nation.isPresent() && !ref.roles().isEmpty()) {
                ref = new EntityRef(ref.entityId(), ref.type(), ref.nameAr(), ref.nameEn(), ref.englishTransliterated(), ref.mentions(),
                        ref.roles().stream().map(role -> roles.inNation(role, nation)).toList());
            }
            EntityRef previous = byId.get(ref.entityId());
            if (previous == null) {
                byId.put(ref.entityId(), ref);
            } else if (previous.type() == ref.type()) {
                byId.put(ref.entityId(), merge(previous, ref));
            } else if (countryAsOrganisation(previous, ref)) {
                // بلجيكا read as an organisation beside مملكة بلجيكا, the place: one country, not two entities
                byId.put(ref.entityId(), ref.type() == EntityType.PLACE ? merge(ref, previous) : merge(previous, ref));
            } else {
                String id = ref.entityId() + "-" + typeWord(ref.type());
                byId.merge(id, ref.withId(id), EntityResolver::merge);
            }
        }
        return byId.values().stream()
                .sorted(Comparator.comparingInt((EntityRef r) -> r.mentions().get(0).start()).thenComparing(EntityRef::entityId))
                .toList();
    }

    /**
     * The gazetteer's entry for a name, also where ل took the article's alef and lam before a lam: للجنة الدولية
     * is ل + {@code اللجنة الدولية}, though read with the alef alone given back it is {@code الجنة الدولية} ("paradise").
     */
    private Optional<GazetteerEntry> listed(String surface) {
        return listed(surface, country -> 0);
    }

    /** As {@link #listed(String)}, a name entries of several countries share being the one {@code countryWeight} weighs most. */
    private Optional<GazetteerEntry> listed(String surface, java.util.function.ToIntFunction<String> countryWeight) {
        Optional<GazetteerEntry> entry = gazetteer.lookup(surface, countryWeight);
        String name = surface.strip();
        if (entry.isEmpty()) entry = companyAfterHead(name, countryWeight);
        if (entry.isPresent() || !name.startsWith("ل") && !name.startsWith(ARTICLE)) return entry;
        return gazetteer.lookup(ARTICLE + (name.startsWith(ARTICLE) ? name.substring(1) : name), countryWeight);
    }

    /**
     * Whether a mention is only the generic head word its listed body's name opens with (التحالف, "the coalition",
     * for التحالف الدولي): the word names whatever coalition the article is about (in Yemen, the Saudi-led one).
     */
    private static boolean isHeadAloneOf(GazetteerEntry entry, Mention mention) {
        List<String> words = coreWords(mention.surface());
        List<String> entryWords = coreWords(entry.ar());
        return entry.type() == EntityType.ORGANISATION && words.size() == 1 && entryWords.size() > 1
                && words.get(0).equals(entryWords.get(0)) && ORGANISATIONS.isHead(mention.surface().strip());
    }

    /** Whether the article names the entry by a longer name than its head word somewhere. */
    private boolean namedInFull(GazetteerEntry entry, Mention headAlone, List<Mention> mentions) {
        return mentions.stream().anyMatch(other -> other != headAlone && coreWords(other.surface()).size() > 1
                && listed(other.surface()).filter(e -> e.id().equals(entry.id())).isPresent());
    }

    /** Words that head a company's name before the name it goes by ({@code company-heads.txt}: شركة, مجموعة). */
    private static final java.util.Set<String> COMPANY_HEADS = wordsOf("/org/nashra/extract/resolve/company-heads.txt");

    /**
     * The listed company a name of a company's head, its own name and its nation's adjectives is: شركة إريكسون السويدية
     * is Ericsson, the Swedish company, not an "Ericsson al-Swedia Company"; empty when the name between is no listed
     * organisation.
     */
    private Optional<GazetteerEntry> companyAfterHead(String name, java.util.function.ToIntFunction<String> countryWeight) {
        String[] words = name.split("\\s+");
        if (words.length < 2 || coreWords(words[0]).size() != 1 || !COMPANY_HEADS.contains(coreWords(words[0]).get(0))) {
            return Optional.empty();
        }
        int end = words.length;
        while (end > 2 && ORGANISATIONS.nationality(words[end - 1]).isPresent()) end--;
        return gazetteer.lookup(String.join(" ", java.util.Arrays.copyOfRange(words, 1, end)), countryWeight)
                .filter(entry -> entry.type() == EntityType.ORGANISATION);
    }

    private record Group(List<Mention> heads, List<Mention> mentions) {}

    /** A name without the لـ ("of") written onto it: الرئيس التنفيذي لطيران ناس. */
    private static String withoutFor(String name) {
        return name.startsWith("ل") && !name.startsWith(ARTICLE) && name.length() > 3 ? name.substring(1) : name;
    }

    private boolean isKnownOrganisation(String name) {
        return listed(name).isEmpty() && places.english(name).isEmpty() && ORGANISATIONS.knownByName(name);
    }

    /**
     * A name read as a place that is an organisation English knows by name and no place or listed entry: طيران ناس
     * is flynas wherever it stands, never also a place "Tayran Nas".
     */
    private Mention asOrganisation(Mention mention) {
        if (mention.type() != EntityType.PLACE) return mention;
        String name = mention.surface().strip();
        // a body's head word alone (والمجلس, "and the council") is no place: it is the body named before, or no name
        boolean bareHead = name.indexOf(' ') < 0 && withoutAnd(name).startsWith(ARTICLE) && ORGANISATIONS.isHead(withoutAnd(name))
                && listed(name).isEmpty() && places.english(name).isEmpty() && places.english(withoutAnd(name)).isEmpty();
        return bareHead || isKnownOrganisation(name) || isKnownOrganisation(withoutFor(name))
                ? new Mention(mention.surface(), mention.start(), mention.end(), EntityType.ORGANISATION) : mention;
    }

    /**
     * A listed person named after بن, ابن or بنت is the father of the person named before it: سمو الشيخ حمدان بن
     * محمد بن راشد آل مكتوم is Hamdan, not Mohammed. The whole chain is then the name (one given name, or two after
     * عبد or أبو, before each link); a mention that is no listed person, or stands after no such link, stays as it is.
     */
    private Mention withWholeNasab(Mention mention, String text) {
        if (mention.type() == EntityType.MISC || mention.end() > text.length()) return mention;
        Optional<GazetteerEntry> entry = listed(mention.surface());
        if (entry.isEmpty() || entry.get().type() != EntityType.PERSON) return mention;
        int start = mention.start();
        while (true) {
            int link = wordStartBefore(text, start);
            if (link < 0 || !SON_OF.contains(NameKey.of(text.substring(link, start).strip()))) break;
            int given = wordStartBefore(text, link);
            if (given < 0 || !isArabicWord(text.substring(given, link).strip())) break;
            int compound = wordStartBefore(text, given);
            if (compound >= 0 && COMPOUND_GIVEN.contains(NameKey.of(text.substring(compound, given).strip()))) given = compound;
            start = given;
        }
        return start == mention.start() ? mention : new Mention(text.substring(start, mention.end()), start, mention.end(), EntityType.PERSON);
    }

    /**
     * Whether the word right before a mention, the line perhaps broken between them, is a place's head word (place-heads.txt:
     * منطقة, مدينة, محافظة), a conjunction or preposition perhaps on it: وقضاء الفاو, بمنطقة الفاو.
     */
    static boolean afterPlaceHead(Mention mention, String text) {
        if (mention.end() > text.length()) return false;
        int wordEnd = mention.start();
        while (wordEnd > 0 && Character.isWhitespace(text.charAt(wordEnd - 1))) wordEnd--;
        if (wordEnd == mention.start() && wordEnd > 0) return false;
        int start = wordEnd;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
        if (start == wordEnd) return false;
        String head = NameKey.of(text.substring(start, wordEnd));
        if (PLACE_HEADS.contains(head)) return true;
        return head.length() > 3 && "وفب".indexOf(head.charAt(0)) >= 0 && PLACE_HEADS.contains(head.substring(1));
    }

    private static final java.util.Set<String> PLACE_HEADS = keysOf("/org/nashra/extract/entities/rules/place-heads.txt");

    private static java.util.Set<String> keysOf(String resource) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        try (var in = EntityResolver.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("bundled " + resource + " is missing from the classpath");
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) keys.add(NameKey.of(line.strip()));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return java.util.Set.copyOf(keys);
    }

    /** Words that open a given name of two words (عبد الله, أبو بكر). */
    private static final java.util.Set<String> COMPOUND_GIVEN = java.util.Set.of(NameKey.of("عبد"), NameKey.of("أبو"));

    /** Where the word right before {@code end} (after one run of spaces) starts, or -1 where none stands there. */
    private static int wordStartBefore(String text, int end) {
        int position = end;
        int spaces = 0;
        while (position > 0 && text.charAt(position - 1) == ' ') { position--; spaces++; }
        if (spaces == 0 && position == end && end != 0 && Character.isLetter(text.charAt(end - 1))) return -1;
        int wordEnd = position;
        while (position > 0 && Character.isLetter(text.charAt(position - 1))) position--;
        return position == wordEnd ? -1 : position;
    }

    private static boolean isArabicWord(String word) {
        return !word.isEmpty() && word.chars().allMatch(c -> c >= 0x0621 && c <= 0x064A || c >= 0x064B && c <= 0x0652);
    }

    private EntityRef known(GazetteerEntry entry, Group group, String text) {
        if (entry.suppressed()) return null;
        return new EntityRef(entry.id(), entry.type(), entry.ar(), entry.en(), false, sortedMentions(group.mentions), rolesOf(group.mentions, text, entry.en()));
    }

    /** A dateline's place: one or two words, then a dash, comma, slash or bracket. */
    private static final Pattern DATELINE_PLACE = Pattern.compile("(\\p{IsArabic}+(?: \\p{IsArabic}+)?)\\s*[-–،,/(]");
    /** The most words of a heading line read as an outlet's name, whose nationality adjective tells its country. */
    private static final int MOST_OUTLET_WORDS = 5;

    /** في ("in") after a name, before the place it is in. */
    private static final Pattern IN = Pattern.compile("\\s+\u0641\u064a\\s+");
    /** بـ ("in"), written onto the place after a name. */
    private static final Pattern IN_GLUED = Pattern.compile("\\s+\u0628");

    /**
     * The place a name is said to be in, after في: a place named there ({@code placesByStart}), or none named but a place's
     * head word with the article, which stands for a place named before (في الإقليم, في المحافظة); empty when it is in none.
     */
    private static Optional<Optional<Mention>> inPlace(Mention mention, String text, Map<Integer, Mention> placesByStart) {
        if (mention.end() > text.length()) return Optional.empty();
        // بـ written onto a place is في too: محكمة الاستئناف بالدار البيضاء, the court in Casablanca (a place named there only)
        Matcher at = IN_GLUED.matcher(text).region(mention.end(), text.length());
        if (at.lookingAt() && placesByStart.containsKey(at.end())) return Optional.of(Optional.of(placesByStart.get(at.end())));
        Matcher in = IN.matcher(text).region(mention.end(), text.length());
        if (!in.lookingAt()) return Optional.empty();
        if (placesByStart.containsKey(in.end())) return Optional.of(Optional.of(placesByStart.get(in.end())));
        int end = in.end();
        while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
        String word = text.substring(in.end(), end);
        return word.startsWith(ARTICLE) && PLACE_HEADS.contains(NameKey.of(word.substring(ARTICLE.length())))
                ? Optional.of(Optional.empty()) : Optional.empty();
    }

    /** Nouns that with a nationality adjective stand for one country's side (country-sides.txt: الوفد التركي). */
    private static final java.util.Set<String> COUNTRY_SIDES = wordsOf("/org/nashra/extract/resolve/country-sides.txt");

    /** Where a sentence ends: a full stop, a question or exclamation mark, or the end of a paragraph. */
    private static final String SENTENCE_ENDS = ".!?؟\n";

    /**
     * The nation of the last country's side named before a mention in its sentence, a noun of {@code country-sides.txt}
     * and a nationality adjective (فيما ضم الوفد التركي: → Turkish); empty where none is.
     */
    private static Optional<String> sideNationBefore(Mention mention, String text) {
        if (mention.end() > text.length()) return Optional.empty();
        int start = mention.start();
        while (start > 0 && SENTENCE_ENDS.indexOf(text.charAt(start - 1)) < 0) start--;
        String[] words = WORD_GAPS.split(text.substring(start, mention.start()));
        Optional<String> found = Optional.empty();
        for (int i = 1; i < words.length; i++) {
            String noun = words[i - 1].startsWith(AND) && !COUNTRY_SIDES.containsAll(coreWords(words[i - 1]))
                    ? words[i - 1].substring(AND.length()) : words[i - 1];
            List<String> core = coreWords(noun);
            if (core.size() != 1 || !COUNTRY_SIDES.contains(core.get(0))) continue;
            Optional<String> nation = ORGANISATIONS.nationality(words[i]);
            if (nation.isPresent()) found = nation;
        }
        return found;
    }

    /** The nation of the country a place mention names or lies in ({@code nations-of-places.tsv}): الرياض → Saudi. */
    private Optional<String> nationOfPlace(Mention place, String text) {
        return englishOfPlace(place, text).flatMap(ORGANISATIONS::nationOfPlace);
    }

    /** A place mention's English, as the gazetteer or the place lexicon gives it. */
    private Optional<String> englishOfPlace(Mention place, String text) {
        return listed(place.surface()).filter(e -> e.type() == EntityType.PLACE).map(GazetteerEntry::en)
                .or(() -> places.english(withoutConjunction(place.surface().strip(), EntityType.PLACE), text));
    }

    /** How many more times than any other the article's places must name one country for its generic bodies to be that country's. */
    private static final int NATION_LEAD = 2;

    /**
     * The nation (its English adjective) of the country an article is plainly about: the one whose country and cities
     * ({@code nations-of-places.tsv}) its places name at least twice, and more than {@link #NATION_LEAD} times as often
     * as any other's; none when that is not clear.
     */
    private Optional<String> nationOf(List<Mention> mentions, String text, List<String> heading) {
        Map<String, Integer> named = new TreeMap<>();
        for (String line : heading) {
            // a dateline's place, before a dash, comma, slash or bracket (الرياض - واس), counts as two places named;
            // a nationality adjective of the outlet's or agency's name (الوكالة الموريتانية للأنباء) as one
            Matcher dateline = DATELINE_PLACE.matcher(line.strip());
            if (dateline.lookingAt()) {
                // read with the article and the line itself, whose agency tells a shared name (عمان - بترا: Amman)
                places.english(dateline.group(1).strip(), line + "\n" + text).flatMap(ORGANISATIONS::nationOfPlace)
                        .ifPresent(nation -> named.merge(nation, 2, Integer::sum));
            }
            if (line.strip().split("\\s+").length <= MOST_OUTLET_WORDS) {
                for (String word : line.strip().split("\\s+")) {
                    ORGANISATIONS.nationality(word).ifPresent(nation -> named.merge(nation, 1, Integer::sum));
                }
            }
        }
        for (Mention mention : mentions) {
            if (mention.type() != EntityType.PLACE) continue;
            nationOfPlace(mention, text).ifPresent(nation -> named.merge(nation, 1, Integer::sum));
        }
        List<Map.Entry<String, Integer>> ranked = named.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).toList();
        if (ranked.isEmpty() || ranked.get(0).getValue() < 2) return Optional.empty();
        if (ranked.size() > 1 && ranked.get(0).getValue() <= NATION_LEAD * ranked.get(1).getValue()) return Optional.empty();
        return Optional.of(ranked.get(0).getKey());
    }

    /** The English the words of a group's name give it, for an organisation: محكمة الاستئناف → Court of Appeal. */
    private Optional<String> translatedBody(Group group, String text) {
        Mention head = headOf(group);
        if (head.type() != EntityType.ORGANISATION) return Optional.empty();
        String nameAr = withoutConjunction(head.surface().strip(), head.type());
        return ORGANISATIONS.english(nameAr, text, place -> places.english(place, text));
    }

    /** The mention that names a group in full: the one of most words, the first of them. */
    private static Mention headOf(Group group) {
        return group.heads.stream()
                .max(Comparator.comparingInt((Mention m) -> coreWords(m.surface()).size()).thenComparing(Mention::start, Comparator.reverseOrder()))
                .orElseThrow();
    }

    /**
     * The entity of a name the gazetteer does not list; {@code nation} is the English a generic body of it is named with,
     * first: its nation's adjective (Saudi Council of Ministers) or a place with bodies of its own (Dubai Court of Appeal).
     */
    private EntityRef unknown(Group group, String text, Optional<String> nation) {
        Mention head = headOf(group);
        if (isLatinName(head)) {
            // a body the article names in Latin letters (شركة Palo Alto Networks) goes by that name in English too
            String name = head.surface().strip();
            String id = slug(name);
            Optional<GazetteerEntry> editorial = gazetteer.byId(id);
            if (editorial.isPresent() && editorial.get().type() == head.type()) {
                return editorial.get().suppressed() ? null : known(editorial.get(), group, text);
            }
            if (editorial.isPresent()) id = id + "-" + typeWord(head.type());
            return new EntityRef(id, head.type(), name, name, false, sortedMentions(group.mentions), rolesOf(group.mentions, text, name));
        }
        String nameAr = withoutConjunction(head.surface().strip(), head.type());
        // English a lexicon gives, translated rather than spelt out; a name it does not give is transliterated.
        Optional<String> translated = head.type() == EntityType.PLACE ? places.english(nameAr, text)
                : head.type() == EntityType.ORGANISATION ? ORGANISATIONS.english(nameAr, text, place -> places.english(place, text))
                        .or(() -> clubNamedByAPlaceSpeltOtherwise(nameAr)) : Optional.empty();
        // a generic body (مجلس الوزراء) of an article plainly about one country is that country's, one entity with the body
        // named with its nation (مجلس الوزراء السعودي, Saudi Council of Ministers), never another country's namesake
        if (translated.isPresent() && nation.isPresent() && head.type() == EntityType.ORGANISATION
                && !ORGANISATIONS.toldByArticle(nameAr, text) && ORGANISATIONS.isGeneric(nameAr)) {
            // the body listed under its nation's name (المصرف المركزي الإماراتي, Central Bank of the UAE) is that entry
            for (String adjective : ORGANISATIONS.nationWords(nation.get())) {
                Optional<GazetteerEntry> entry = gazetteer.lookup(nameAr + " " + ARTICLE + adjective)
                        .filter(e -> e.type() == EntityType.ORGANISATION && !e.suppressed());
                if (entry.isPresent()) return known(entry.get(), group, text);
            }
            translated = Optional.of(ORGANISATIONS.withNation(translated.get(), nation.get()));
        }
        Transliteration english = translated.map(name -> new Transliteration(name, true)).orElseGet(() -> head.type() == EntityType.PERSON
                ? transliterator.personToEnglish(nameAr)
                : head.type() == EntityType.ORGANISATION
                        ? ORGANISATIONS.withHeadTranslated(nameAr, words -> transliterator.toEnglish(words).english())
                                .map(name -> new Transliteration(name, false)).orElseGet(() -> transliterator.toEnglish(nameAr))
                        : transliterator.toEnglish(nameAr));
        // The id stays the one the Arabic gives, so that every article naming it, with the Latin or without, names one entity.
        Optional<String> spelled = translated.isPresent() ? Optional.empty() : latinSpelling(group.mentions, text);
        String id = slug(english.english());
        if (id.isEmpty()) id = "entity-" + Integer.toHexString(NameKey.of(nameAr).hashCode() & 0xFFFFFF);
        // an id an editor folded into an entry resolves to that entry
        Optional<GazetteerEntry> editorial = gazetteer.byId(id);
        if (editorial.isPresent()) {
            GazetteerEntry entry = editorial.get();
            boolean folded = !entry.id().equals(id);
            if (entry.suppressed() && (folded || entry.type() == head.type())) return null;
            if (folded || entry.type() == head.type()) return known(entry, group, text);
            id = id + "-" + typeWord(head.type());
        }
        return new EntityRef(id, head.type(), nameAr, spelled.orElse(english.english()),
                translated.isEmpty() && spelled.isEmpty() && !english.fromLexicon(), sortedMentions(group.mentions), rolesOf(group.mentions, text, spelled.orElse(english.english())));
    }

    /**
     * A place's name without the و ("and") written onto it (an organisation's without لـ), where the lexicon knows the name without it and not with
     * it: ورام الله is Ramallah, وبلجيكا Belgium; وهران stays Oran.
     */
    private String withoutConjunction(String nameAr, EntityType type) {
        // an organisation English knows by name, after لـ: لطيران ناس is flynas
        if (type == EntityType.ORGANISATION && !withoutFor(nameAr).equals(nameAr) && isKnownOrganisation(withoutFor(nameAr))
                && !isKnownOrganisation(nameAr)) return withoutFor(nameAr);
        if (type != EntityType.PLACE || !nameAr.startsWith(AND) || nameAr.length() < AND.length() + 3) return nameAr;
        String rest = nameAr.substring(AND.length());
        return places.english(nameAr).isEmpty() && places.english(rest).isPresent() ? rest : nameAr;
    }

    /**
     * A body named by its city alone, a club (ماغدبورغ الألماني, SC Magdeburg), spelt with other long vowels than the place
     * lexicon's (مغدبورغ): the city's English. (The lexicon's own spelling is the transliterator's to give, as برشلونة.)
     */
    private Optional<String> clubNamedByAPlaceSpeltOtherwise(String nameAr) {
        return places.english(nameAr).isPresent() ? Optional.empty() : places.englishOfVowelVariant(nameAr);
    }

    /** A place and an organisation under one id, the organisation named by a name the place lexicon gives as a place. */
    private boolean countryAsOrganisation(EntityRef a, EntityRef b) {
        EntityRef organisation = a.type() == EntityType.ORGANISATION ? a : b;
        EntityRef place = a.type() == EntityType.PLACE ? a : b;
        return organisation != place && organisation.type() == EntityType.ORGANISATION && place.type() == EntityType.PLACE
                && places.english(organisation.nameAr()).isPresent();
    }

    /**
     * A name in Latin letters in brackets right after an Arabic one, {@code جان نويل بارو (Jean-Noël Barrot)}, also
     * after the quotation mark that closes it: {@code ناقلة النفط "سونيون" (SOUNION)}.
     */
    private static final Pattern LATIN_IN_BRACKETS = Pattern.compile("[\"”»’]?\\s*\\(\\s*(\\p{IsLatin}[\\p{IsLatin}\\p{M}'’. -]{0,58}[\\p{IsLatin}.])\\s*\\)");
    private static final int MOST_LATIN_WORDS = 6;

    /** The spelling the article itself gives a name, in Latin letters in brackets after one of its mentions. */
    private static Optional<String> latinSpelling(List<Mention> mentions, String text) {
        for (Mention mention : sortedMentions(mentions)) {
            if (mention.end() > text.length()) continue;
            Optional<String> latin = latinAt(text, mention.end());
            if (latin.isPresent()) return latin;
        }
        // the name written where no mention was read, in quotation marks with its spelling after it (منصة "رواتب" (Rawateb)
        // while only a later رواتب was read): the article's spelling all the same, the name being the whole word there
        for (String surface : sortedMentions(mentions).stream().map(m -> m.surface().strip()).distinct().toList()) {
            if (surface.isEmpty()) continue;
            for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
                int end = at + surface.length();
                boolean quoted = at > 0 && OPENING_QUOTES.indexOf(text.charAt(at - 1)) >= 0
                        && end < text.length() && CLOSING_QUOTES.indexOf(text.charAt(end)) >= 0;
                Optional<String> latin = quoted ? latinAt(text, end) : Optional.empty();
                if (latin.isPresent()) return latin;
            }
        }
        return Optional.empty();
    }

    /** Quotation marks a name is set in: a word so quoted and spelt after is a name, not the word (رواتب (Salaries)). */
    private static final String OPENING_QUOTES = "\"«“'";
    private static final String CLOSING_QUOTES = "\"»”'";

    /** A Latin spelling in brackets at {@code end}, right after a name. */
    private static Optional<String> latinAt(String text, int end) {
        Matcher m = LATIN_IN_BRACKETS.matcher(text).region(end, text.length());
        if (!m.lookingAt()) return Optional.empty();
        String latin = m.group(1).strip().replaceAll("\\s+", " ");
        if (Character.isUpperCase(latin.codePointAt(0)) && latin.split(" ").length <= MOST_LATIN_WORDS) {
            return Optional.of(Normalizer.normalize(latin, Normalizer.Form.NFC));
        }
        return Optional.empty();
    }

    /**
     * The roles written before a person's mentions, but not a title the English name already begins with: جلالة الملك
     * عبدالله الثاني is King Abdullah II, not "King Abdullah II, King".
     */
    private List<RoleMention> rolesOf(List<Mention> mentions, String text, String nameEn) {
        List<RoleMention> found = new ArrayList<>();
        for (Mention mention : sortedMentions(mentions)) {
            // titles and posts belong to people; "الرئيس" before a country name is not its role
            if (mention.start() > text.length() || mention.type() != EntityType.PERSON) continue;
            for (RoleMention role : roles.rolesBefore(text, mention.start())) {
                if (!found.contains(role) && !nameEn.startsWith(role.en() + " ")) found.add(role);
            }
            // and those set off by commas after it: عزيز أخنوش، رئيس الحكومة،
            for (RoleMention role : roles.rolesAfter(text, mention.end())) {
                if (!found.contains(role) && !nameEn.startsWith(role.en() + " ")) found.add(role);
            }
        }
        return found;
    }

    private static List<Mention> sortedMentions(List<Mention> mentions) {
        return mentions.stream().distinct()
                .sorted(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end)).toList();
    }

    private static EntityRef merge(EntityRef a, EntityRef b) {
        List<Mention> mentions = new ArrayList<>(a.mentions());
        mentions.addAll(b.mentions());
        List<RoleMention> roles = new ArrayList<>(a.roles());
        b.roles().stream().filter(r -> !roles.contains(r)).forEach(roles::add);
        roles.sort(Comparator.comparingInt(RoleMention::start));
        return new EntityRef(a.entityId(), a.type(), a.nameAr(), a.nameEn(), a.englishTransliterated(), sortedMentions(mentions), roles);
    }

    /**
     * The nearest longer name in the article (before the mention, else after it) whose last words are
     * the mention's words, ignoring the article {@code ال}; a short form of a person may carry any type.
     */
    private static Optional<Mention> longerNameEndingWith(Mention mention, List<Mention> all, List<Mention> suppressed) {
        List<String> words = coreWords(mention.surface());
        Mention before = null;
        Mention after = null;
        for (Mention other : all) {
            if (other == mention || suppressed.contains(other)) continue;
            List<String> otherWords = coreWords(other.surface());
            if (otherWords.size() <= words.size()) continue;
            if (!otherWords.subList(otherWords.size() - words.size(), otherWords.size()).equals(words)) continue;
            String before1 = otherWords.get(otherWords.size() - words.size() - 1);
            if (SON_OF.contains(before1) || KUNYA.contains(before1)) continue; // a father's name, a kunya's child
            // the south of a country is another place: السودان is not جنوب السودان
            if (other.type() == EntityType.PLACE && COMPASS.contains(before1)) continue;
            boolean compatible = other.type() == mention.type() || other.type() == EntityType.PERSON || mention.type() == EntityType.MISC;
            if (!compatible) continue;
            if (other.start() < mention.start()) before = other;
            else if (after == null) after = other;
        }
        return Optional.ofNullable(before != null ? before : after);
    }

    /** Words before a father's name: what follows them is no surname. */
    private static final java.util.Set<String> SON_OF = java.util.Set.copyOf(coreWords("بن ابن بنت"));

    /** Words that name a part of the place after them (جنوب السودان, شمال سيناء). */
    private static final java.util.Set<String> COMPASS = java.util.Set.copyOf(coreWords("جنوب شمال شرق غرب وسط شمالي جنوبي شرقي غربي"));

    /** Words that make a kunya of the name after them ("father of", "mother of"): that name is no surname. */
    private static final java.util.Set<String> KUNYA = java.util.Set.copyOf(coreWords("أبو أبي أبا أم"));

    /**
     * A person named by a first name alone ({@code الملك حمد}), or by the first words of a longer name ({@code علي أبوبكر}
     * of {@code علي أبوبكر الورفلي}), is the one person of the article whose name begins with them ({@code حمد بن عيسى آل
     * خليفة}); with two such people, none. The nearest before, else the first after.
     */
    private static Optional<Mention> personNamedFirst(Mention mention, List<Mention> all, List<Mention> suppressed) {
        if (mention.type() != EntityType.PERSON && mention.type() != EntityType.MISC) return Optional.empty();
        List<String> words = coreWords(mention.surface());
        if (words.isEmpty() || words.size() > 1 && mention.type() != EntityType.PERSON) return Optional.empty();
        Mention before = null;
        Mention after = null;
        List<String> longest = List.of();
        for (Mention other : all) {
            if (other == mention || other.type() != EntityType.PERSON || suppressed.contains(other)) continue;
            List<String> otherWords = coreWords(other.surface());
            if (otherWords.size() <= words.size() || !otherWords.subList(0, words.size()).equals(words)) continue;
            // first words of several stand for a longer name only before one family name with the article (علي أبوبكر of
            // علي أبوبكر الورفلي), not before more names run on (فيصل بن نواف of a longer chain of fathers)
            if (words.size() > 1 && (otherWords.size() != words.size() + 1
                    || !other.surface().strip().substring(other.surface().strip().lastIndexOf(' ') + 1).startsWith(ARTICLE))) continue;
            // two people of that first name (حمد بن عيسى, حمد بن جاسم): the short form names neither
            List<String> shorter = otherWords.size() < longest.size() ? otherWords : longest;
            List<String> longer = otherWords.size() < longest.size() ? longest : otherWords;
            if (!longer.subList(0, shorter.size()).equals(shorter)) return Optional.empty();
            longest = longer;
            if (other.start() < mention.start()) before = other;
            else if (after == null) after = other;
        }
        return Optional.ofNullable(before != null ? before : after);
    }

    /**
     * Whether a word alone stands for the one listed person whose surname it is: not where it is a word of the title
     * before the next name ({@code حافظ} of {@code وزير العدل حافظ الأختام} is no {@code عبد الحليم حافظ}), and a word
     * that is also a given name ({@code رشيد} of {@code رشيد حموني}) only right after a title ({@code الرئيس رشيد}).
     */
    private boolean standsAsSurname(Mention mention, String word, String text) {
        if (mention.end() > text.length()) return true;
        int position = mention.end();
        for (int next = 0; next < MOST_TITLE_WORDS_AFTER; next++) {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) position++;
            if (position >= text.length() || !Character.isLetter(text.charAt(position))) break;
            while (position < text.length() && Character.isLetter(text.charAt(position))) position++;
            int nameStart = position;
            while (nameStart < text.length() && Character.isWhitespace(text.charAt(nameStart))) nameStart++;
            for (RoleMention role : wordRoles.rolesBefore(text, nameStart)) {
                if (role.start() <= mention.start() && role.end() >= mention.end()) return false;
            }
        }
        return !GIVEN_NAMES.contains(word) && !WORDS_NOT_SURNAMES.contains(word) || !wordRoles.rolesBefore(text, mention.start()).isEmpty();
    }

    /** Whether a word alone is an everyday word ({@code surnames-that-are-words.txt}) with no title or role right before it. */
    private boolean isWordNotSurname(String word, Mention mention, String text) {
        return WORDS_NOT_SURNAMES.contains(word) && (mention.end() > text.length() || wordRoles.rolesBefore(text, mention.start()).isEmpty());
    }

    /**
     * Surnames that are everyday adjectives or nouns ({@code كامل}, "full"; {@code الكبير}, "big"), in the form
     * {@link #coreWords} gives: alone, a listed person's only right after a title ({@code اللواء كامل}).
     */
    private static final java.util.Set<String> WORDS_NOT_SURNAMES = wordsOf("/org/nashra/extract/entities/rules/surnames-that-are-words.txt");

    /** How many words after a mention a title it opens may run on (وزير العدل حافظ الأختام). */
    private static final int MOST_TITLE_WORDS_AFTER = 3;

    /** Given names, as a byline opens with them ({@code given-names.txt}), in the form {@link #coreWords} gives. */
    private static final java.util.Set<String> GIVEN_NAMES = givenNames();

    private static java.util.Set<String> givenNames() {
        return wordsOf("/org/nashra/arabic/given-names.txt");
    }

    /** The words of a bundled list, one entry a line, in the form {@link #coreWords} gives. */
    private static java.util.Set<String> wordsOf(String resource) {
        java.util.Set<String> names = new java.util.HashSet<>();
        try (var in = EntityResolver.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("bundled " + resource + " is missing from the classpath");
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) names.addAll(coreWords(line.strip()));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return java.util.Set.copyOf(names);
    }

    /**
     * A person named by a first name and a surname ({@code محمد الطوس}) is the one person of the article named with
     * them and a father's name between ({@code محمد أحمد الطوس}); with two such people, none, and a name with بن
     * between is a father's, not this one's ({@code محمد بن زايد} is no {@code محمد زايد}).
     */
    private static Optional<Mention> personNamedWithMiddleNames(Mention mention, List<Mention> all, List<Mention> suppressed) {
        if (mention.type() != EntityType.PERSON) return Optional.empty();
        List<String> words = coreWords(mention.surface());
        if (words.size() != 2) return Optional.empty();
        Mention found = null;
        for (Mention other : all) {
            if (other == mention || other.type() != EntityType.PERSON || suppressed.contains(other)) continue;
            List<String> otherWords = coreWords(other.surface());
            if (otherWords.size() < 3 || !otherWords.get(0).equals(words.get(0))
                    || !otherWords.get(otherWords.size() - 1).equals(words.get(1))) continue;
            List<String> middle = otherWords.subList(1, otherWords.size() - 1);
            if (middle.stream().anyMatch(w -> SON_OF.contains(w) || KUNYA.contains(w))) continue;
            if (found != null && !coreWords(found.surface()).equals(otherWords)) return Optional.empty();
            if (found == null) found = other;
        }
        return Optional.ofNullable(found);
    }

    /**
     * An organisation named by its own head and a word or two, then the body or prize it belongs to by its kind alone
     * with the article (المركز الإعلامي للهيئة, "the commission's media centre"; مجلس أمناء الجائزة, "the prize's board
     * of trustees"): the body is one named before, and the unit has no name of its own.
     */
    private static boolean isUnitOfABodyNamedBefore(Mention mention) {
        if (mention.type() != EntityType.ORGANISATION) return false;
        String[] written = mention.surface().strip().split("\\s+");
        String last = written[written.length - 1];
        boolean ofIt = last.startsWith("لل") && last.length() > 3;
        if (written.length < (ofIt ? 2 : 3) || !ORGANISATIONS.isHead(written[0]) && !ORGANISATIONS.isHead(withoutAnd(written[0]))) return false;
        String kind = ofIt ? ARTICLE + last.substring(2) : last;
        return kind.startsWith(ARTICLE) && ORGANISATIONS.isKindOfBody(kind);
    }

    /**
     * An organisation read from words after ل ("for") with no head of a body among them (للاستثمار الجريء, "for venture
     * investment", after شركة STV): what the body named before it is for, no body itself. للجنة الأولمبية, ل with اللجنة,
     * has its head.
     */
    private boolean isPurposeWithoutBody(Mention mention) {
        if (mention.type() != EntityType.ORGANISATION || isLatinName(mention)) return false;
        String[] written = mention.surface().strip().split("\\s+");
        String first = written[0];
        if (!first.startsWith("لل") || first.length() < 4 || listed(mention.surface()).isPresent()
                || ORGANISATIONS.knownByName(withoutFor(mention.surface().strip()))) return false;
        if (ORGANISATIONS.isHead(ARTICLE + first.substring(2)) || ORGANISATIONS.isHead(ARTICLE + first.substring(1))) return false;
        for (int k = 1; k < written.length; k++) if (ORGANISATIONS.isHead(withoutAnd(written[k]))) return false;
        return true;
    }

    private static String withoutAnd(String word) {
        return word.startsWith(AND) && word.length() > 3 ? word.substring(1) : word;
    }

    /**
     * The one organisation of the article whose longer name the mention's words begin: a headline's الهيئة المستقلة is the
     * الهيئة المستقلة للانتخاب named after it, and حزب جبهة, a construct cut short, the حزب جبهة العمل الإسلامي named before or
     * after it; with two such bodies, none.
     */
    private static Optional<Mention> bodyNamedInFull(Mention mention, List<Mention> all, List<Mention> suppressed) {
        if (mention.type() != EntityType.ORGANISATION) return Optional.empty();
        List<String> words = coreWords(mention.surface());
        if (words.size() < 2) return Optional.empty();
        Mention before = null;
        Mention after = null;
        List<String> named = null;
        for (Mention other : all) {
            if (other == mention || other.type() != EntityType.ORGANISATION || suppressed.contains(other)) continue;
            List<String> otherWords = coreWords(other.surface());
            if (otherWords.size() <= words.size() || !otherWords.subList(0, words.size()).equals(words)) continue;
            // only a name cut short: before what the body is for (للانتخاب) or after a noun the next word completes
            // (حزب جبهة, "party of the front of"); وزارة الصحة beside وزارة الصحة العامة may be another ministry
            String[] written = other.surface().strip().split("\\s+");
            String[] shorter = mention.surface().strip().split("\\s+");
            if (written.length <= shorter.length) continue;
            boolean purposeNext = written[shorter.length].startsWith("ل") && !written[shorter.length].startsWith(ARTICLE);
            boolean constructCut = !withoutAnd(shorter[shorter.length - 1]).startsWith(ARTICLE) && shorter.length >= 2;
            // a short form after the whole name may be another body's epithet (المنظمة الدولية, "the international
            // organisation", for the UN after المنظمة الدولية للهجرة): only one that announces the name given below counts
            if (!constructCut && (!purposeNext || other.start() < mention.start())) continue;
            if (named != null && !named.equals(otherWords)) return Optional.empty();
            named = otherWords;
            if (other.start() < mention.start()) before = other;
            else if (after == null) after = other;
        }
        return Optional.ofNullable(before != null ? before : after);
    }

    /** An organisation named by its head word alone, with the article: البنك, الوزارة, الحزب. */
    private static boolean isBareHead(Mention mention) {
        String surface = mention.surface().strip();
        return mention.type() == EntityType.ORGANISATION && surface.startsWith(ARTICLE) && ORGANISATIONS.isHead(surface);
    }

    /** The last organisation named before {@code mention} whose name begins with its head word. */
    private static Optional<Mention> lastNamedWithHead(Mention mention, List<Mention> all, List<Mention> suppressed) {
        List<String> head = coreWords(mention.surface());
        Mention last = null;
        for (Mention other : all) {
            if (other.start() >= mention.start()) break;
            if (other.type() != EntityType.ORGANISATION || suppressed.contains(other)) continue;
            List<String> words = coreWords(other.surface());
            if (words.size() > 1 && words.get(0).equals(head.get(0))) last = other;
        }
        return Optional.ofNullable(last);
    }

    /**
     * The last organisation named before {@code mention} whose name is the mention's followed by a nationality
     * adjective, else the first named after it: {@code البنك المركزي} after {@code البنك المركزي الأردني} is the
     * Jordanian one, and so is a headline's {@code حزب العمال} over a body naming {@code حزب العمال البريطاني}.
     */
    private static Optional<Mention> lastNamedWithNationality(Mention mention, List<Mention> all, List<Mention> suppressed) {
        if (mention.type() != EntityType.ORGANISATION) return Optional.empty();
        List<String> words = coreWords(mention.surface());
        Mention last = null;
        for (Mention other : all) {
            if (other.start() >= mention.start() && last != null) break;
            if (other == mention || other.type() != EntityType.ORGANISATION || suppressed.contains(other)) continue;
            List<String> otherWords = coreWords(other.surface());
            List<String> written = java.util.Arrays.asList(other.surface().strip().split("\\s+"));
            if (otherWords.size() == words.size() + 1 && otherWords.subList(0, words.size()).equals(words)
                    && ORGANISATIONS.nationality(written.get(written.size() - 1)).isPresent()) {
                last = other;
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * The organisation of the article whose name is the mention's followed by words joined by و: {@code وزارة الصحة}
     * is the {@code وزارة الصحة والسكان} named before (else after) it, one ministry under its short name.
     */
    private static Optional<Mention> namedWithConjoinedTail(Mention mention, List<Mention> all, List<Mention> suppressed) {
        if (mention.type() != EntityType.ORGANISATION) return Optional.empty();
        List<String> words = coreWords(mention.surface());
        Mention before = null;
        Mention after = null;
        for (Mention other : all) {
            if (other == mention || other.type() != EntityType.ORGANISATION || suppressed.contains(other)) continue;
            List<String> otherWords = coreWords(other.surface());
            String[] written = other.surface().strip().split("\\s+");
            if (otherWords.size() <= words.size() || written.length != otherWords.size()
                    || !otherWords.subList(0, words.size()).equals(words)
                    || !NameKey.of(written[words.size()]).startsWith("وال")) continue;
            if (other.start() < mention.start()) before = other;
            else if (after == null) after = other;
        }
        return Optional.ofNullable(before != null ? before : after);
    }

    /**
     * The core words of the names met lately on this thread: resolving an article compares every mention with
     * every other, each time by its core words. Bounded, so a long-lived process keeps no more than a few articles' worth.
     */
    private static final class CoreWordsKept {
        // a holder, so that the constants made of core words above can be made before it
        static final ThreadLocal<Map<String, List<String>>> BY_NAME = ThreadLocal.withInitial(java.util.HashMap::new);
        static final int MOST = 4096;
    }

    /** Whether the last word of a name is written with the article: السوداني, not سوداني. */
    private static boolean writtenWithArticle(String name) {
        List<String> keys = NameKey.tokenKeys(name);
        return !keys.isEmpty() && keys.get(keys.size() - 1).startsWith(ARTICLE);
    }

    /** Name keys of the words, with the article taken off ({@code العباسي} and {@code عباسي} meet); immutable. */
    static List<String> coreWords(String name) {
        Map<String, List<String>> kept = CoreWordsKept.BY_NAME.get();
        List<String> words = kept.get(name);
        if (words != null) return words;
        List<String> found = new ArrayList<>();
        for (String key : NameKey.tokenKeys(name)) {
            found.add(key.startsWith(ARTICLE) && key.length() > ARTICLE.length() + 1 ? key.substring(ARTICLE.length()) : key);
        }
        words = List.copyOf(found);
        if (kept.size() >= CoreWordsKept.MOST) kept.clear();
        kept.put(name, words);
        return words;
    }

    /**
     * The English name of an organisation named outside an article's text (its outlet): the gazetteer's, or
     * the one its words translate to (رويترز, أ ف ب, وكالة الأنباء العراقية).
     */
    public static Optional<String> organisationInEnglish(Gazetteer gazetteer, String arabicName) {
        // An outlet named in Latin letters (Zain, as a letterhead prints it) is named so in English too.
        if (arabicName.codePoints().anyMatch(Character::isLetter) && arabicName.codePoints().filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)) {
            return Optional.of(arabicName.strip());
        }
        // An outlet is an organisation: الشرق الأوسط the paper, not the region the gazetteer lists.
        Optional<GazetteerEntry> listed = gazetteer.lookup(arabicName)
                .filter(entry -> !entry.suppressed() && entry.type() == EntityType.ORGANISATION);
        if (listed.isPresent()) return Optional.of(listed.get().en());
        Optional<String> words = ORGANISATIONS.outlet(arabicName);
        if (words.isPresent() || !arabicName.contains("+")) return words;
        // Sources joined by a plus (الجزيرة + وكالات): each in English. The first is the outlet that published the
        // article and must have an English name; a source after it without one (الجزيرة نت + مجلة لانسيت, a journal the
        // report drew on) is left out rather than leaving the whole line in Arabic.
        List<String> parts = new ArrayList<>();
        for (String part : arabicName.split("\\+")) {
            Optional<String> english = part.isBlank() ? Optional.empty() : organisationInEnglish(gazetteer, part.strip());
            if (english.isEmpty() && parts.isEmpty()) return Optional.empty();
            english.ifPresent(parts::add);
        }
        return Optional.of(String.join(" + ", parts));
    }

    /**
     * A person's name in English, as for the author of an article: the editors' gazetteer's when it lists the
     * person, else spelt out as any person's name is ({@code سامر الخطيب} → Samer al-Khatib).
     */
    public String personInEnglish(String arabicName) {
        return gazetteer.lookup(arabicName).filter(entry -> !entry.suppressed() && entry.type() == EntityType.PERSON)
                .map(GazetteerEntry::en).orElseGet(() -> transliterator.personToEnglish(arabicName).english());
    }

    /**
     * The English of a description that is one role and nothing else, as roles before names are read (مدير الدفاع
     * المدني في الكرك → director of the Civil Defence in Karak; السفير الألماني → German Ambassador); empty when a
     * word of it is no part of the role (a name after it, مدير المشروع أحمد) or its English keeps an Arabic word.
     */
    public Optional<String> roleInEnglish(String description) {
        String text = description.strip();
        List<RoleMention> found = roles.rolesBefore(text, text.length());
        if (found.size() != 1 || found.get(0).end() != text.length() || found.get(0).start() > 1) return Optional.empty();
        RoleMention role = found.get(0);
        // a role may begin after a conjunction glued to it (والسفير), never after a word of its own
        if (role.start() == 1 && "\u0648\u0641".indexOf(text.charAt(0)) < 0) return Optional.empty();
        boolean arabicLeft = role.en().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
        return arabicLeft || role.en().isBlank() ? Optional.empty() : Optional.of(role.en());
    }

    /**
     * The English of an organisation the gazetteer lists, as a role names it (after لـ too: الرئيس التنفيذي لزين الكويت،
     * المدير الفني للزمالك),
     * without the acronym in brackets the entry adds (Patriotic Union of Kurdistan (PUK) → Patriotic Union of Kurdistan).
     */
    private Optional<String> listedOrganisationInRole(String arabicName) {
        String name = arabicName.strip();
        // للزمالك is ل + الزمالك, the article's alef dropped after the preposition
        String afterFor = name.startsWith("\u0644\u0644") && name.length() > 3 ? ARTICLE + name.substring(2) : withoutFor(name);
        return listed(name).or(() -> listed(afterFor))
                .filter(entry -> entry.type() == EntityType.ORGANISATION && !entry.suppressed())
                .map(entry -> entry.en().replaceFirst("\\s*\\([^()]*\\)$", ""));
    }

    /** Whether the editors' gazetteer or the place lexicon knows the Arabic name as written (لبنان; not البنان). */
    public boolean isKnownName(String arabicName) {
        return gazetteer.lookup(arabicName).isPresent() || places.english(arabicName).isPresent();
    }

    /** ASCII slug: {@code Mohammed Shia al-Sudani} becomes {@code mohammed-shia-al-sudani}. */
    /**
     * Whether a mention is a name written in Latin letters alone, capital first (Palo Alto Networks, Unit 42), which the
     * name finder gives a body named after its head word (شركة, مؤسسة).
     */
    static boolean isLatinName(Mention m) {
        String name = m.surface().strip();
        return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0))
                && Character.UnicodeScript.of(name.codePointAt(0)) == Character.UnicodeScript.LATIN
                && name.codePoints().allMatch(c -> c == ' ' || Character.isDigit(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    public static String slug(String english) {
        String ascii = Normalizer.normalize(english, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    static String typeWord(EntityType type) {
        return switch (type) {
            case PERSON -> "person";
            case ORGANISATION -> "organisation";
            case PLACE -> "place";
            case MISC -> "other";
        };
    }
}
