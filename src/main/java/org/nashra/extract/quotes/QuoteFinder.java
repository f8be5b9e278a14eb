package org.nashra.extract.quotes;

import org.nashra.extract.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.nashra.arabic.ArabicStemmer;
import org.nashra.arabic.ArabicText;
import org.nashra.arabic.Clitics;
import org.nashra.arabic.Sentences;
import org.nashra.arabic.Tokens;
import org.nashra.arabic.Tokens.Token;

/**
 * Finds the quotations of an article and who said them.
 *
 * <p>A quotation is text between quotation marks ({@link ArabicText#quotations}); one of one or two
 * words counts only when it is clearly speech (after إن، أن، بأنها، مشيرا إلى, a colon, or right
 * after the speaker), so quoted names such as “التحالف” are left out; after a word that names it (المعروف بـ،
 * ما سمي، شعار، رواية، شركة، عبر، ملعب، بتهمة) a quotation of any length is a name or a title, not speech, as is one of a few
 * words a noun in the construct state governs (عدد زوار "موسم الرياض 2024"، رأي "نداء الوطن"), one joined by و to a quoted
 * name, or a title in Latin letters (فعالية "Riyadh Season Cup"), and so is one of a
 * few words opening with the head of a document or a body (بـ"إعلان جدة") or naming again what the article quoted as a
 * name (أن "لولو" تدير, after شركة "لولو ريتيل"); a quoted name right after the verb before أن, or after شركة, is
 * the one who speaks (وأضافت «إيني» أن). The speaker comes from the
 * nearest speech verb before it in the same sentence (قال، وأضاف، مضيفاً، نقلت … عن، وجاء في …), or
 * from one right after it ("…"، قال X): the words after the verb, stripped of ranks and roles and of
 * the club, place or body a role governs (مدرب ليفربول أرني سلوت، رئيس إدارة الإطفاء في واشنطن جون دونيلي;
 * with no name after them, the whole phrase: السفارة الأمريكية في بيروت، مدرب ليفربول),
 * give a name (running on through بن and آل: محمد بن راشد آل مكتوم; السيد before a family name alone is its given
 * name: وزير الزراعة السيد القصير), which is resolved to the fullest form the article has used so far (وقال ليستر →
 * تشارلز ليستر), or a name right after the acronym in brackets that ends the phrase (مدير وكالة الفضاء
 * الأميركية (ناسا) بيل نيلسون); a description (مسؤول دفاعي أميركي كبير) is a speaker too, or the person named
 * before with its role (سمو الأمير → أمير دولة الكويت الشيخ مشعل الأحمد الجابر الصباح), unless it is plural (قوات
 * الدعم السريع); a participle (…، قائلا إن "…") is said by the speaker of its sentence, else by the subject of the
 * verb the sentence opens with (أبدى مدرب الزمالك جوزيه غوميز استياءه …); a verb alone (وأضاف، "…")
 * means the subject of the verb its sentence opens with (ووصل الفريق مهندس كامل الوزير، …، وأكد أن "…"), else the last
 * speaker of the same gender within three paragraphs, as does a description of that speaker (وأضاف ابن مدينة فاس), and with none, the name right after
 * the word its sentence opens with (وأدى عون اليمين …، وقال: "…" → عون). A quotation left open at the end
 * of a paragraph runs to its end; a paragraph that opens with a quotation mark continues it. A statement issued
 * by others (بيان مشترك صادر عن السعودية وإيران والصين), published by them (بيان نشره النادي، بيان أصدرته الوزارة) or
 * owned by them (وجاء في بيان للنادي) is theirs, after وفق or بحسب too (وفق بيان صادر عن الاتحاد; وفق أرقام المؤسسة
 * cites figures, not speech); after a verb of describing and its subject, a definite noun that is no
 * adjective of origin is the object (ووصف الوزير القرار بأنه → الوزير); those a speaker calls on are no part of the
 * speaker (دعا المتحدث … المواطنين والمقيمين إلى); the subject before the verb of a كان sentence speaks, a
 * description too (وكانت وزارة الدفاع قد أعلنت أن "…"); a word the recogniser's lexicon knows only outside names
 * starts no name (لكرة القدم، بولاية). In a briefing given as questions and answers (س: … / ج: …), each answer is
 * a quotation of the one last named as speaking (one who holds a press conference speaks: عقد المدرب خيسوس كاساس
 * مؤتمراً صحفياً; a name between commas after an adjective of origin is the role's: ، الإسباني خيسوس كاساس،), as is, where two or more questions are set apart (> كيف تقيّمون …؟, or in
 * bold), the paragraph after each and those after it opening with a dash; in an interview given as a transcript (صليبي: هل …؟ / عون: أنا متفائل …),
 * each turn of the one who does not ask is a quotation of the one its label names (عون → النائب آلان عون). A subject that
 * opens the sentence and runs straight into the speech verb speaks, the words after the verb being its object (المرشد
 * الأعلى علي خامنئي يدعو الناخبين …، مضيفاً: "…"; وزارة الداخلية تعلن تمديد التصويت). A verb alone is said first by
 * the speaker of a verb of its gender before it in its sentence (كما نعته الفنانة يسرا …، وكتبت: "…"); a quoted name
 * after كان speaks (وكانت "فاو" قد أفادت), as does one after the verb before where it was said (وقالت «إيني» في بيان
 * إن); a role set off by commas after a name is that person's (أسامة ربيع، رئيس هيئة قناة السويس، → رئيس الهيئة
 * later); a role may speak for another before the speaker's own role and name (وكيل الدفاع عن سلامة المحامي مارك
 * حبقة), as may the body one sits for before one's name (النائب عن فريق التقدم والاشتراكية رشيد حموني), and a name set
 * off by commas after the phrase may carry its role (دفاع أسرة المجني عليها، المحامي خالد عبد الرحمن، إن); a common
 * plural in ات ends a name (محمد سعد برادة انتقادات), a role's feminine form closing it before أن is its family name
 * (عزمي محافظة أن), as is في before إن (مولي في إن); a body's name in Latin letters is no part of the name after it (مؤسسة RAND Corporation ديريك غروسمان); and
 * what a speaker calls for after دعا … إلى is a quotation however short (ويدعو أنصاره إلى "عدم التهاون"), those called
 * on being no speaker. A subject set before فـ by أما speaks (أما الناشط أحمد عصيد فاعتبر أن), as does one after إلا أن
 * or غير أن (إلا أن المحكمة أكدت), never a phrase opened by a preposition (وبهذه المناسبة، قالت …); a participle after a
 * clause of another subject is that subject's (…، بينما أقر أودينغا بالهزيمة، متمنياً); a statement read out by one is
 * theirs (البيان الذي تلاه المتحدث), a report issued its issuer's (أصدرت اللجنة التقرير …، وجاء فيه); and a product
 * sold by its name (باقة "5.5G بلا حدود") is no quotation. Words cited after قول are the words of the one named after
 * it, a blessing after the name no part of it (واستدلت الفتوى بقول النبي ﷺ: «…» → النبي). When none of this gives an answer the speaker stays empty.
 * Word lists (verbs, ranks, roles, stop words) live next to this class.
 */
public final class QuoteFinder {

    private static final Map<String, Verb> VERBS = loadVerbs();
    /**
     * The verbs listed with a final ى (رأى، نفى), matching form: written with ي instead they are the noun of the same
     * letters (رأي "opinion", نفي "denial"), as in تعبّر عن رأي كاتبها.
     */
    private static final Set<String> VERBS_WITH_ALIF_MAQSURA = WordLists.rows(Quote.class, "speech-verbs.tsv").stream()
            .map(row -> row.get(0)).filter(verb -> verb.endsWith("\u0649")).map(WordLists::key)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> ARTICLE_PREFIXES = Set.of("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل");
    private static final Set<String> NAME_WORDS = Set.copyOf(WordLists.rows(Quote.class, "name-words.txt").stream()
            .map(row -> row.get(0)).toList());
    private static final Set<String> TITLES = WordLists.matchingSet(Quote.class, "titles.txt");
    /** Titles that are also given names (السيد): before a family name alone, the name's first word. */
    private static final Set<String> GIVEN_NAME_TITLES = Set.copyOf(WordLists.rows(Quote.class, "titles.txt").stream()
            .filter(row -> row.size() > 1 && row.get(1).equals("given name")).map(row -> WordLists.key(row.get(0))).toList());
    private static final Set<String> ROLES = WordLists.matchingSet(Quote.class, "roles.txt");
    private static final Set<String> STOPS = WordLists.matchingSet(Quote.class, "attribution-stops.txt");
    /** Words that end a speaker's name as spelled, though a name without their hamza (أمام "before", not إمام). */
    private static final Set<String> STOPS_AS_SPELLED = Set.copyOf(WordLists.rows(Quote.class,
            "/org/nashra/extract/entities/rules/stop-words-as-spelled.txt").stream().map(row -> row.get(0)).toList());
    private static final Set<String> CONTEXTS = WordLists.matchingSet(Quote.class, "speech-contexts.txt");
    /**
     * Words the recogniser's lexicon has seen at least twice outside names and never in a person's name, and that
     * no list of given names or surnames holds (لكرة، بولاية، مشترك، صادر): never a word of the one who speaks.
     */
    private static final Set<String> COMMON_WORDS = loadCommonWords();
    private static final Set<String> STANCES = WordLists.matchingSet(Quote.class, "stance-nouns.txt");
    private static final List<String> PRONOUN_SUFFIXES = List.of("هما", "هم", "ها", "ه");
    /** Given names whose first letter is also a proclitic (وليد، وسام): the recogniser's list. */
    private static final Set<String> CLITIC_LETTER_NAMES = WordLists.matchingSet(Quote.class,
            "/org/nashra/extract/entities/rules/names-beginning-with-clitic-letters.txt");
    private static final Map<String, String> INTERVIEW_LINES = loadInterviewLines();
    /** An honorific with a pronoun on it (سموه، جلالته), matching form, with the role words of the one it stands for. */
    private static final Map<String, Set<String>> HONORIFIC_PRONOUNS = loadHonorificPronouns();
    /** Speech verbs with another sense before some words (ورد إليها سؤال, "came to it"): see other-senses.tsv. */
    private static final Map<String, Set<String>> OTHER_SENSES = loadOtherSenses();
    /** Words that say "of the country" after a role (مفتي الجمهورية، مفتي الديار المصرية): see country-words.txt. */
    private static final Set<String> COUNTRY_WORDS = WordLists.matchingSet(Quote.class, "country-words.txt");
    private static final Set<String> CALLING = WordLists.matchingSet(Quote.class, "calling-verbs.txt");
    private static final Set<String> THANKING = WordLists.matchingSet(Quote.class, "thanking-verbs.txt");
    private static final Set<String> ISSUED_BY = WordLists.matchingSet(Quote.class, "issued-by.txt");
    private static final Set<String> BODIES = WordLists.matchingSet(Quote.class, "bodies.txt");
    private static final Set<String> ADDRESSED_OUTLETS = WordLists.matchingSet(Quote.class, "addressed-outlets.txt");
    private static final Set<String> SPEAKING_FOR = WordLists.matchingSet(Quote.class, "speaking-for.txt");
    private static final Set<String> ISSUING = WordLists.matchingSet(Quote.class, "issuing-verbs.txt");
    private static final Set<String> NEGATIONS = WordLists.matchingSet(Quote.class, "negations.txt");
    private static final Set<String> DESCRIBING = WordLists.matchingSet(Quote.class, "describing-verbs.txt");
    private static final Set<String> STATEMENTS = WordLists.matchingSet(Quote.class, "statements.txt");
    private static final Set<String> LETTER_NAMES = WordLists.matchingSet(Quote.class, "latin-letter-names.txt");
    private static final Set<String> RANKS_AFTER_NAMES = WordLists.matchingSet(Quote.class, "ranks-after-names.txt");
    /** Ordinals numbering a monarch or patriarch of the name, part of it (مار إغناطيوس يوسف الثالث يونان). */
    private static final Set<String> REGNAL_NUMBERS = WordLists.matchingSet(Quote.class, "regnal-numbers.txt");
    /** Pronouns after ل that own a statement (كلمة له), with the gender of the one they stand for. */
    private static final Map<String, Character> OWNING_PRONOUNS = Map.of("له", 'm', "لها", 'f', "لهم", 'p');
    private static final List<List<String>> CUES = WordLists.phrases(Quote.class, "quote-cues.txt");
    /** What one holds and answers questions in (مؤتمر صحفي، إحاطة إعلامية), after a verb of holding. */
    private static final List<List<String>> HELD_BRIEFINGS = WordLists.phrases(Quote.class, "held-briefings.txt");
    private static final List<List<String>> NAME_CUES = WordLists.phrases(Quote.class, "quoted-name-cues.txt");
    /**
     * Words that open a quoted name (إعلان جدة، هيئة تنظيم الخدمات العامة): documents and plans, and the first words of
     * organisations in the recogniser's list, those without the article (الهيئة "…" may be what the body said).
     */
    private static final Set<String> NAME_HEADS = java.util.stream.Stream.concat(
            WordLists.matchingSet(Quote.class, "quoted-name-heads.txt").stream(),
            WordLists.matchingSet(Quote.class, "/org/nashra/extract/entities/rules/organisation-heads.txt").stream()
                    .filter(head -> ARTICLE_PREFIXES.stream().noneMatch(head::startsWith)))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Phrases opening a description of the one who spoke last (وأضاف ابن مدينة فاس), not of someone new. */
    private static final List<List<String>> EPITHETS = WordLists.phrases(Quote.class, "epithets.txt");
    /** Blessings after a name (ﷺ، صلى الله عليه وسلم، رحمه الله), which end the phrase naming who speaks. */
    private static final List<List<String>> BLESSINGS = WordLists.phrases(Quote.class, "blessings.txt");
    /** The longest quoted name that may be the one who speaks (وأضافت «إيني» أن) or be named again. */
    private static final int MAX_QUOTED_NAME = 4;
    /**
     * Words before the quoted title of a work (فيلم، رواية، برنامج), the recogniser's list; those with the article
     * are left out, as the quotation can be what is said of the work (إن الفيلم "يعكس معاناة الناس").
     */
    private static final Set<String> WORK_CUES = WordLists.matchingSet(Quote.class,
            "/org/nashra/extract/entities/rules/work-cues.txt").stream()
            .filter(cue -> ARTICLE_PREFIXES.stream().noneMatch(cue::startsWith)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> WORK_WORDS = WordLists.matchingSet(Quote.class, "work-words.txt");
    /** A year right after a quotation (و"رمال الذاكرة" عام 1988): the title of a work and when it came out. */
    private static final java.util.regex.Pattern DATED_WORK = java.util.regex.Pattern.compile(
            "[\\s\"\u201D\u00BB]*(?:\\(\\s*)?(?:(?:في\\s+)?(?:عام|العام|سنة))?\\s*[0-9\u0660-\u0669]{4}(?![0-9\u0660-\u0669])");
    /** Prepositions written apart before a quotation (المعروف بـ"حميدتي"). Matching form. */
    private static final Set<String> DETACHED_PREPOSITIONS = Set.of("ب", "ل");
    private static final Set<String> COMPLEMENTISERS = Set.of("ان", "انه", "انها", "بان", "بانه", "بانها", "وان");
    /** إن and أن with a pronoun on them, which a verb right after them has for its subject (إنه كتب). */
    private static final Set<String> PRONOUN_COMPLEMENTISERS = Set.of("انه", "انها", "بانه", "بانها", "وانه", "وانها");
    /** Given names (يوسف، أحمد): a role word with the article right after one is a family name (يوسف الشاهد). */
    private static final Set<String> GIVEN_NAMES = WordLists.matchingSet(Quote.class, "/org/nashra/arabic/given-names.txt");
    /**
     * Titles of several words the name finder lists that open with a given name (أمين سر "secretary", رائد الفضاء
     * "astronaut"): written whole they are a role, not a person named أمين or رائد, and the name comes after them.
     */
    private static final List<List<String>> TITLE_PHRASES = WordLists.phrases(Quote.class,
            "/org/nashra/extract/entities/rules/person-titles.txt").stream()
            .filter(phrase -> phrase.size() > 1 && GIVEN_NAMES.contains(phrase.get(0))).toList();
    /** Months of the Hijri calendar that are also men's names (رجب، شعبان، رمضان). Matching form. */
    private static final Set<String> GIVEN_NAME_MONTHS = Set.of("رجب", "شعبان", "رمضان");
    /** The first word of a Hijri month of two words that is also a name (ربيع الأول; أسامة ربيع). Matching form. */
    private static final Set<String> NAMED_MONTH_FIRST_WORDS = Set.of("ربيع");
    /** The second word of such a month (ربيع الأول، ربيع الآخر); another definite word makes it a name (محمد ربيع الخليع). */
    private static final Set<String> NAMED_MONTH_SECOND_WORDS = Set.of(WordLists.key("الأول"), WordLists.key("الثاني"),
            WordLists.key("الآخر"));
    /** Prepositions that tie a role to its place or body (رئيس إدارة الإطفاء في واشنطن، المندوب لدى الأمم المتحدة). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of(WordLists.key("في"), WordLists.key("لدى"));
    private static final String IN = WordLists.key("في");
    /** How many words before a name a role may stand, its body or place between (المتحدث باسم حكومة الإقليم، بيشوا هوراماني). */
    private static final int ROLE_REACH = 6;
    private static final String SENTENCE_ENDS = ".:!?\u061F\u061B";
    /** The words of a phrase that says only when (في الأيام المقبلة), and those of them that are prepositions. */
    private static final Set<String> TIME_WORDS = WordLists.matchingSet(Quote.class, "time-phrases.txt");
    private static final List<List<String>> CLAUSE_OPENERS = WordLists.phrases(Quote.class, "clause-openers.txt");
    /** Words that set a topic before its clause (أما X فقال), the one the verb after ف is said of. Matching form. */
    private static final Set<String> TOPIC_MARKERS = WordLists.matchingSet(Quote.class, "topic-markers.txt");
    private static final Set<String> AWARD_CUES = WordLists.matchingSet(Quote.class, "award-cues.txt");
    private static final Set<String> LABEL_CUES = WordLists.matchingSet(Quote.class, "label-cues.txt");
    private static final Set<String> TIME_PREPOSITIONS = Set.of("في", "خلال", "منذ", "حتى", "قبل", "بعد", "غضون", "مطلع", "بداية",
            "نهاية", "أواخر", "أوائل").stream().map(WordLists::key).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** في with a pronoun standing for what was sent (جاء فيها، ورد فيه). Matching form. */
    private static final Set<String> IN_IT = Set.of(WordLists.key("فيها"), WordLists.key("فيه"));
    /** The preposition after a role of one who speaks for another (وكيل الدفاع عن سلامة المحامي مارك حبقة). */
    private static final String FOR = WordLists.key("عن");
    /** The word a role's word for the country stands as (مفتي الجمهورية → مفتي البلاد). */
    private static final String COUNTRY = WordLists.key("البلاد");
    /** من after a description of one (الناجي من القصف), before the name of the one described. */
    private static final String FROM = WordLists.key("من");
    /** Prepositions after those a speaker calls on (دعا المواطنين إلى، حث الأطراف على). Matching form. */
    private static final Set<String> CALLED_TO = Set.of(WordLists.key("إلى"), WordLists.key("على"));
    /** What a verb of thanking or praising takes its quotation after: شكر قطر على "…"، أشاد بـ"…". */
    private static final Set<String> THANKED_FOR = Set.of(WordLists.key("على"), WordLists.key("ب"));
    private static final Set<String> RELATIVES = Set.of(WordLists.key("الذي"), WordLists.key("التي"));
    private static final Set<String> QUANTIFIERS = Set.of("بعض", "كل", "جميع", "غير");
    /** الله, which ends given names (تقي الله، نصر الله، فتح الله) as a word of their own. */
    private static final String GOD = WordLists.key("الله");
    /** The second word of a compound given name (عبد الله aside): تقي الله، ضياء الدين، صلاح الدين. */
    private static final Set<String> COMPOUND_SECONDS = Set.of(GOD, WordLists.key("الدين"));
    /** Words inside a name joining the word after them (عبد الله، بن راشد، آل مكتوم، ولد الشيخ); they add no length to it. */
    private static final Set<String> NAME_LINKS = Set.of("عبد", "ابو", "ابي", "ابن", "بن", "بنت", "ولد", "ام", WordLists.key("آل"));
    /** The links that join a father's name (بن، بنت، and in Mauritanian names ولد): محمد ولد الغزواني. */
    private static final Set<String> PATRONYMIC_LINKS = Set.of("ابن", "بن", "بنت", "ولد");
    private static final String CLAUSE_PUNCTUATION = "\u060C,:;\u061B.!?\u061F()[]\u00AB\u00BB\"\u201C\u201D\u2014\u2013";
    private static final int MAX_PHRASE = 16;
    /** What governs a run of name words: nothing, a role or common noun in the construct state, or في or لدى. */
    private static final int NONE = 0;
    private static final int ROLE = 1;
    private static final int PLACE = 2;
    private static final int MAX_NAME = 4;
    /** How many paragraphs back a verb without a subject (وأضاف، "…") may look for its speaker. */
    private static final int PRONOUN_REACH = 3;

    private QuoteFinder() {
    }

    /**
     * Whether a speaker is a person named in full: two to four words in Arabic letters, the first a given name and
     * none after it a role or a word of no name (نادية تهامي، فهد الشريعان; not وزير الخارجية, not محمد وزير المالية);
     * a family name that is also a role word ends the name (يوسف الشاهد), a word joining the next (آل, بن) cannot.
     */
    private static boolean namesAPerson(String speaker) {
        List<String> words = wordsOfAName(speaker);
        if (words == null || !GIVEN_NAMES.contains(WordLists.key(words.get(0)))) return false;
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            String key = WordLists.key(word);
            if (ArabicStemmer.isStopword(key) && !NAME_WORDS.contains(word)) return false;
            boolean familyName = i == words.size() - 1 && key.startsWith("ال");
            if (!familyName && Clitics.stems(key).stream().anyMatch(QuoteFinder::isRoleWord)) return false;
        }
        return true;
    }

    /**
     * Whether a speaker is a person named in full, given the word the text writes right before the name: a name as
     * {@link #namesAPerson(String)} has it, or, right after a rank or a role (القاضية جمانة الغلاي، النائب مهلهل
     * المضف) or a nationality adjective (الكرواتي), two to four words in Arabic letters whose given name the list lacks, none but the last definite, a role
     * or a word of no name, and none with a preposition on it (not دبي لسباق الخيل).
     */
    public static boolean namesAPerson(String speaker, String wordBefore) {
        if (namesAPerson(speaker)) return true;
        String before = wordBefore == null ? "" : WordLists.key(wordBefore.strip());
        String feminine = before.endsWith("ه") ? before.substring(0, before.length() - 1) : before;
        // مدرب بيراميدز الكرواتي كرونوسلاف يورتشيتش: a nationality adjective closes the role phrase as a role word does
        boolean nationality = before.startsWith("ال") && before.endsWith("ي") && before.length() >= 6;
        boolean ranked = TITLES.contains(before) || TITLES.contains(feminine) || nationality
                || Clitics.stems(before).stream().anyMatch(QuoteFinder::isRoleWord);
        return ranked && shapedAsAName(speaker);
    }

    /**
     * Whether a speaker is a person named in full, given the words the text writes before the name (the last
     * nearest): as {@link #namesAPerson(String, String)} has it for the word right before, or a name of that shape
     * after a role whose body, place or quoted name stands between them, a few words back in the same clause (المتحدث
     * باسم حكومة الإقليم، بيشوا هوراماني; مدير إدارة الأرصاد الجوية بالإنابة ضرار العلي; الناطقة باسم المنظمة في
     * ليبيا صفا مسهلي); a verb of speech, إن or أن, or the end of a sentence stops the search.
     */
    public static boolean namesAPerson(String speaker, List<String> wordsBefore) {
        if (namesAPerson(speaker, wordsBefore.isEmpty() ? null : wordsBefore.get(wordsBefore.size() - 1))) return true;
        for (int k = wordsBefore.size() - 1; k >= 0 && k >= wordsBefore.size() - ROLE_REACH; k--) {
            String written = wordsBefore.get(k).strip();
            if (k < wordsBefore.size() - 1 && SENTENCE_ENDS.indexOf(written.isEmpty() ? ' ' : written.charAt(written.length() - 1)) >= 0) {
                return false;
            }
            String key = WordLists.key(written.replaceAll("^[\\p{Punct}\u060C\u061B\u00AB\u00BB\u201C\u201D]+|[\\p{Punct}\u060C\u061B\u00AB\u00BB\u201C\u201D]+$", ""));
            String verb = key.length() > 3 && "وف".indexOf(key.charAt(0)) >= 0 && !VERBS.containsKey(key) ? key.substring(1) : key;
            if (key.isEmpty() || VERBS.containsKey(verb) || COMPLEMENTISERS.contains(key)) return false;
            if (TITLES.contains(key) || Clitics.stems(key).stream().anyMatch(QuoteFinder::isRoleWord)) return shapedAsAName(speaker);
        }
        return false;
    }

    /**
     * Whether a speaker is shaped like a person's name whose given name the list may lack: two to four words in Arabic
     * letters, none but the last definite, a role or a word of no name, and none with a preposition on it.
     */
    private static boolean shapedAsAName(String speaker) {
        List<String> words = wordsOfAName(speaker);
        if (words == null) return false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String key = WordLists.key(word);
            boolean last = i == words.size() - 1;
            if (TITLES.contains(key) || (ArabicStemmer.isStopword(key) && !NAME_WORDS.contains(word)) || COMMON_WORDS.contains(key)) return false;
            if (!last && key.startsWith("ال") && !NAME_LINKS.contains(key)) return false;
            if (i > 0 && (key.startsWith("لل") || key.startsWith("بال") || key.startsWith("وال"))) return false;
            if (!(last && key.startsWith("ال")) && !NAME_LINKS.contains(key) && Clitics.stems(key).stream().anyMatch(QuoteFinder::isRoleWord)) return false;
        }
        return true;
    }

    /**
     * The words of a speaker shaped like a person's name, or null: two to four words in Arabic letters, the last no
     * word that joins the next (رائد آل of رائد آل خطاب is a name cut short).
     */
    private static List<String> wordsOfAName(String speaker) {
        List<String> words = List.of(speaker.strip().split("\\s+"));
        if (words.size() < 2 || words.size() > 4 || NAME_LINKS.contains(WordLists.key(words.get(words.size() - 1)))) return null;
        for (String word : words) {
            if (!word.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC)) return null;
        }
        return words;
    }

    /** The quotations of an article given as its paragraphs, in order. Null or blank paragraphs give none. */
    public static List<Quote> find(List<String> paragraphs) {
        if (paragraphs == null) {
            return List.of();
        }
        Article article = new Article();
        article.turns.putAll(turns(paragraphs));
        article.questions.addAll(markedQuestions(paragraphs));
        article.blocks.putAll(blocks(paragraphs));
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p);
            if (text != null && !text.isBlank()) {
                new Paragraph(article, p, text).run();
            }
        }
        return List.copyOf(article.quotes);
    }

    /**
     * The labels that open the turns of an interview given as a transcript (صليبي: هل سيكون للبنان رئيس؟ / عون: أنا
     * متفائل), as their words' matching forms, each with whether it is the one who asks: at least two labels, each
     * opening two paragraphs or more, one of which mostly asks questions. Labels that open no such exchange
     * (المصدر: …) give none.
     */
    private static Map<List<String>, Boolean> turns(List<String> paragraphs) {
        Map<List<String>, int[]> counts = new java.util.LinkedHashMap<>();
        for (String text : paragraphs) {
            List<Token> tokens = text == null ? List.of() : Tokens.tokenise(text);
            int colon = turnColon(text, tokens);
            if (colon > 0 && !INTERVIEW_LINES.containsKey(WordLists.key(tokens.get(0).text()))) {
                List<String> label = tokens.subList(0, colon).stream().map(t -> WordLists.key(t.text())).toList();
                int[] count = counts.computeIfAbsent(label, l -> new int[2]);
                count[0]++;
                String end = text.stripTrailing();
                if (end.endsWith("؟") || end.endsWith("?")) {
                    count[1]++;
                }
            }
        }
        counts.values().removeIf(count -> count[0] < 2);
        boolean asked = counts.values().stream().anyMatch(count -> 2 * count[1] >= count[0]);
        if (counts.size() < 2 || !asked) {
            return Map.of();
        }
        Map<List<String>, Boolean> turns = new java.util.HashMap<>();
        counts.forEach((label, count) -> turns.put(label, 2 * count[1] >= count[0]));
        return turns;
    }

    /** Opening and closing marks that tell one from the other, as a statement quoted over paragraphs is marked. */
    private static final String BLOCK_OPENING = "\u00AB\u201C";
    private static final String BLOCK_CLOSING = "\u00BB\u201D";
    /** How many paragraphs a quotation left open may run on through before the one that closes it. */
    private static final int BLOCK_REACH = 8;

    /**
     * The paragraphs a quotation runs on through when a paragraph leaves a « or “ open and the following ones do
     * not reopen it (a statement quoted whole: «بتاريخ … / وقد ردّ الجيش … / … المنتشرة.»), each with where the
     * quotation ends in it: the closing mark in the last, the paragraph's end in those between. A quotation never
     * closed within {@link #BLOCK_REACH} paragraphs, or one reopened with a mark, runs through none.
     */
    private static Map<Integer, Integer> blocks(List<String> paragraphs) {
        Map<Integer, Integer> blocks = new java.util.HashMap<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            if (!leftOpen(paragraphs.get(p))) {
                continue;
            }
            for (int q = p + 1; q < paragraphs.size() && q <= p + BLOCK_REACH; q++) {
                String text = paragraphs.get(q) == null ? "" : paragraphs.get(q);
                int open = indexOfAny(text, BLOCK_OPENING);
                int close = indexOfAny(text, BLOCK_CLOSING);
                if (open >= 0 && (close < 0 || open < close)) {
                    break; // reopened: a quotation running on that marks each paragraph, or a new one
                }
                if (close >= 0) {
                    for (int r = p + 1; r < q; r++) {
                        blocks.put(r, paragraphs.get(r) == null ? 0 : paragraphs.get(r).length());
                    }
                    blocks.put(q, close);
                    p = q - 1;
                    break;
                }
            }
        }
        return blocks;
    }

    /** Whether a paragraph's last opening mark of {@link #BLOCK_OPENING} is not closed after it. */
    private static boolean leftOpen(String text) {
        if (text == null) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (BLOCK_OPENING.indexOf(c) >= 0) {
                depth++;
            } else if (BLOCK_CLOSING.indexOf(c) >= 0 && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    private static int indexOfAny(String text, String marks) {
        for (int i = 0; i < text.length(); i++) {
            if (marks.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The paragraphs that are an interviewer's questions set apart by a mark (> كيف تقيّمون العلاقات؟, or a question
     * in bold), when there are two or more: the paragraph after each is the guest's answer.
     */
    private static Set<Integer> markedQuestions(List<String> paragraphs) {
        Set<Integer> questions = new java.util.HashSet<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p) == null ? "" : paragraphs.get(p).strip();
            boolean marked = text.startsWith(">") || (text.startsWith("**") && text.endsWith("**"));
            String words = text.replaceAll("^[>*\\s]+|[*\\s]+$", "");
            if (marked && (words.endsWith("؟") || words.endsWith("?"))) {
                questions.add(p);
            }
        }
        return questions.size() >= 2 ? questions : Set.of();
    }

    /**
     * How many words (one or two, in Arabic letters) open the paragraph before a colon with words after it, as the
     * name or role of one who speaks in a transcript does (عون: …، جورج صليبي: …), or 0.
     */
    private static int turnColon(String text, List<Token> tokens) {
        if (tokens.size() < 2 || !text.substring(0, tokens.get(0).start()).isBlank()) {
            return 0;
        }
        for (int n = 1; n <= 2 && n < tokens.size(); n++) {
            if (!tokens.get(n - 1).isArabic() || tokens.get(n - 1).isNumber()) {
                return 0;
            }
            String gap = text.substring(tokens.get(n - 1).end(), tokens.get(n).start()).strip();
            if (gap.equals(":")) {
                return n;
            }
            if (!gap.isEmpty()) {
                return 0;
            }
        }
        return 0;
    }

    private enum Kind { SAY, PARTICIPLE, SAYING, RELAY, IN, ACCORDING, SEND, HOLD, CITE }

    private record Verb(char gender, Kind kind) {
    }

    /** Someone who speaks: a person's name (named) or a description; keys are bare matching forms. */
    private record Speaker(String label, boolean named, List<String> nameKeys, Set<String> roleKeys) {
    }

    /** A speech event: who, the gender the verb agreed with, and in which paragraph. */
    private record Said(Speaker speaker, char gender, int paragraph) {
    }

    /**
     * What a speech verb in a paragraph gave: the verb token, its sentence, the speaker, the words naming them and the
     * gender the verb agreed with.
     */
    private record Attribution(int verb, int sentence, Speaker speaker, String ref, char gender, int end) {
    }

    /** What is known across the paragraphs of one article. */
    private static final class Article {
        final List<Speaker> people = new ArrayList<>();
        final List<Said> history = new ArrayList<>();
        final List<Quote> quotes = new ArrayList<>();
        /** The attribution of a quotation left open at the end of the last paragraph, continued by a paragraph opening with a mark. */
        Attribution runningQuote;
        /** Whether an answer (ج: …) reported what another said: the questions and answers are the writer's own. */
        boolean writersAnswers;
        /** Whether the last paragraph was a question (س: …), so that an answer (ج: …) may follow it. */
        boolean asked;
        /** The labels of an interview's turns, with whether each is the one who asks (see {@link #turns}). */
        final Map<List<String>, Boolean> turns = new java.util.HashMap<>();
        /** The paragraphs that are marked questions of an interview (see {@link #markedQuestions}). */
        final Set<Integer> questions = new java.util.HashSet<>();
        /** Whether the last paragraph was a marked question, or an answer to one, so that an answer may follow it. */
        boolean askedMarked;
        boolean answeredMarked;
        /** Who answers the questions: the one named as speaking before the first answer. */
        Speaker answerer;
        /**
         * The paragraphs a quotation left open before them runs on through without reopening with a mark, each with
         * where the quotation ends in it (its closing mark, or the paragraph's length): see {@link #blocks}.
         */
        final Map<Integer, Integer> blocks = new java.util.HashMap<>();
        /** The last attribution of the previous paragraph when it ends with a colon (وجاء في بيان صادر عن X:), else null. */
        Attribution introduced;
        /** The paragraph of the first question (س: …, or a marked question), or -1 before any. */
        int firstQuestion = -1;
        /** Whom each label of an answering turn names, as resolved at its first turn (عون → آلان عون). */
        final Map<List<String>, Speaker> turnSpeakers = new java.util.HashMap<>();
        /** Names the article put in quotation marks (شركة "لولو ريتيل"، وأضافت «إيني» أن), as their words' matching forms. */
        final Set<List<String>> quotedNames = new java.util.HashSet<>();
        /** Who spoke in a sentence naming each statement noun (وقالت الوزارة، في بيان), by the noun's matching form. */
        final Map<String, Speaker> issuers = new java.util.HashMap<>();
    }

    private static final class Paragraph {
        private final Article article;
        private final int index;
        private final String text;
        private final List<Token> tokens;
        private final String[] keys;
        private final List<ArabicText.Quotation> quotations;
        private final List<Sentences.Sentence> sentences;
        private final boolean[] quoted;
        private final Verb[] verbs;
        private final boolean[] roles;
        private final boolean[] stopwords;
        private final List<Attribution> attributions = new ArrayList<>();
        /** Where the last quotation taken as a name ends, so that one joined to it by و is a name too; -1 before any. */
        private int lastNameEnd = -1;

        Paragraph(Article article, int index, String text) {
            this.article = article;
            this.index = index;
            this.text = text;
            this.tokens = Tokens.tokenise(text);
            this.keys = new String[tokens.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = WordLists.key(tokens.get(i).text());
            }
            this.quotations = ArabicText.quotations(text);
            this.sentences = Sentences.split(text);
            this.quoted = new boolean[tokens.size()];
            for (ArabicText.Quotation q : quotations) {
                for (int i = 0; i < quoted.length; i++) {
                    quoted[i] |= tokens.get(i).start() >= q.innerStart() && tokens.get(i).end() <= q.innerEnd();
                }
            }
            this.verbs = new Verb[tokens.size()];
            this.roles = new boolean[tokens.size()];
            this.stopwords = new boolean[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                roles[i] = Clitics.stems(keys[i]).stream().anyMatch(QuoteFinder::isRoleWord) || ownersRole(keys[i]) != null;
                stopwords[i] = ArabicStemmer.isStopword(keys[i]) && !NAME_WORDS.contains(tokens.get(i).text());
            }
            markTitlePhrases();
            for (int i = 0; i < tokens.size(); i++) {
                verbs[i] = findVerb(i); // after the roles: بحسب الخبير is speech by the role after it
            }
        }

        /** Marks the words of a title of several words as roles: وقال أمين سر النقابة ربحي علان is said by ربحي علان. */
        private void markTitlePhrases() {
            for (int i = 0; i < tokens.size(); i++) {
                String first = keys[i].length() > 3 && "وف".indexOf(keys[i].charAt(0)) >= 0 ? keys[i].substring(1) : keys[i];
                for (List<String> phrase : TITLE_PHRASES) {
                    if (i + phrase.size() > tokens.size() || !(keys[i].equals(phrase.get(0)) || first.equals(phrase.get(0)))) continue;
                    boolean whole = true;
                    for (int k = 1; k < phrase.size() && whole; k++) whole = keys[i + k].equals(phrase.get(k)) && !quoted[i + k];
                    if (!whole || quoted[i]) continue;
                    for (int k = 0; k < phrase.size(); k++) if (!isTitle(i + k)) roles[i + k] = true;
                }
            }
        }

        void run() {
            boolean[] used = new boolean[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                if (quoted[i] || used[i]) {
                    continue;
                }
                Verb verb = verbAt(i);
                if (verb != null) {
                    int end = attribute(i, verb);
                    for (int k = i; k < end && k < used.length; k++) {
                        used[k] = true;
                    }
                    continue;
                }
                if (isTitle(i) || isRole(i)) {
                    int end = phraseEnd(i);
                    int[] name = nameIn(i, end);
                    int[] apposed = name == null || opensWithRole(i) ? apposition(end) : null;
                    if (apposed != null) {
                        // الممثل الخاص … لشؤون الشرق الأوسط وبلدان أفريقيا، ميخائيل بوغدانوف: the name between commas
                        name = apposed;
                        end = apposed[1];
                    }
                    if (name != null && name[1] - name[0] >= 2) {
                        person(name, roleKeys(i, name[0]));
                    }
                    for (int k = i; k < end; k++) {
                        used[k] = true;
                    }
                }
            }
            Attribution running = article.runningQuote;
            article.runningQuote = null;
            Attribution introduced = article.introduced;
            article.introduced = text.stripTrailing().endsWith(":") && !attributions.isEmpty()
                    ? attributions.get(attributions.size() - 1) : null;
            Integer blockEnd = article.blocks.get(index);
            if (blockEnd != null) {
                runOn(blockEnd, running);
                for (ArabicText.Quotation q : quotations) {
                    if (q.start() > blockEnd) {
                        quote(q, null, null);
                    }
                }
                return;
            }
            String line = lineOpening();
            boolean question = article.questions.contains(index);
            int dash = dashed();
            // after a marked question, the next paragraph answers it, and those after that open with a dash go on
            boolean inLine = !question && line == null && !tokens.isEmpty()
                    && (article.askedMarked || (article.answeredMarked && dash >= 0));
            if ("answer".equals(line) && attributions.stream().anyMatch(a -> a.verb == 1 && a.speaker != null)) {
                // ج: أوضحت الدار أنه يجوز …: an answer that reports what another said is the writer's, and so are the rest
                article.writersAnswers = true;
            }
            if (article.firstQuestion < 0 && (question || "question".equals(line))) {
                article.firstQuestion = index;
            }
            boolean answer = turn()
                    || (article.asked && "answer".equals(line) && !article.writersAnswers && answer(1, tokens.get(0).text()))
                    || (inLine && answer(0, dash >= 0 ? text.substring(dash, dash + 1) : null));
            article.asked = "question".equals(line);
            article.answeredMarked = inLine && answer;
            article.askedMarked = question;
            if (answer) {
                return;
            }
            for (ArabicText.Quotation q : quotations) {
                quote(q, running, introduced);
            }
        }

        /**
         * Adds the words of a paragraph a quotation left open runs on through, up to {@code end}, as said by the one
         * who said its beginning ({@code running}); it runs on to the next paragraph unless it closes here.
         */
        private void runOn(int end, Attribution running) {
            int start = 0;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            int stop = end;
            while (stop > start && Character.isWhitespace(text.charAt(stop - 1))) {
                stop--;
            }
            if (end >= text.length()) {
                article.runningQuote = running;
            }
            if (start >= stop) {
                return;
            }
            Optional<String> speaker = running == null || running.speaker == null ? Optional.empty() : Optional.of(running.speaker.label);
            Optional<String> ref = speaker.isEmpty() ? Optional.empty() : Optional.ofNullable(running.ref);
            article.quotes.add(new Quote(text.substring(start, stop), index, start, stop, speaker, ref));
        }

        /**
         * What the words before a colon opening the paragraph make it ("question", "answer"), or null: س and ج, or
         * the label of one who asks or answers in an interview's transcript.
         */
        private String lineOpening() {
            int colon = turnColon(text, tokens);
            if (colon == 0) {
                return null;
            }
            Boolean asks = article.turns.get(tokenKeys(0, colon));
            if (asks != null) {
                return asks ? "question" : "answer";
            }
            return colon == 1 ? INTERVIEW_LINES.get(keys[0]) : null;
        }

        /**
         * Adds the words of an answering turn in an interview's transcript (عون: أنا متفائل هذه المرة) as a quotation of
         * the one its label names: the person the article named so (النائب آلان عون), the one a role describes, else
         * the label itself; returns false when the paragraph is no such turn.
         */
        private boolean turn() {
            int colon = turnColon(text, tokens);
            if (colon == 0 || !Boolean.FALSE.equals(article.turns.get(tokenKeys(0, colon)))) {
                return false;
            }
            Speaker speaker = article.turnSpeakers.computeIfAbsent(tokenKeys(0, colon), label -> {
                int[] name = nameIn(0, colon);
                if (name != null && name[0] == 0 && name[1] == colon) {
                    return person(name, Set.of());
                }
                int head = afterHonorifics(0, colon);
                return description(span(0, colon), bareKeys(head, colon), isDefinite(head), false);
            });
            int start = tokens.get(colon).start();
            int end = text.stripTrailing().length();
            article.quotes.add(new Quote(text.substring(start, end), index, start, end, Optional.of(speaker.label),
                    Optional.of(span(0, colon))));
            return true;
        }

        /**
         * Adds the words of an answer after a question (ج: … after س: …) as a quotation of the one last named as
         * speaking, who gives the briefing or the interview; returns false when no one was.
         */
        private boolean answer(int first, String ref) {
            Speaker speaker = article.answerer;
            for (int h = article.history.size() - 1; h >= 0 && speaker == null; h--) {
                Said said = article.history.get(h);
                // one named before the questions answers them (an interview, a press conference); one named only in
                // an answer (ج: … وأوضح الوالي أن "…") is quoted by the writer, whose explainer the answers are
                if (said.speaker.named && said.paragraph < article.firstQuestion) {
                    speaker = said.speaker;
                }
            }
            if (speaker == null || first >= tokens.size()) {
                return false;
            }
            article.answerer = speaker;
            int start = tokens.get(first).start();
            int end = text.stripTrailing().length();
            article.quotes.add(new Quote(text.substring(start, end), index, start, end, Optional.of(speaker.label),
                    Optional.ofNullable(ref)));
            return true;
        }

        /** Where the dash opening the paragraph is (- العلاقات في أفضل حالاتها), or -1. */
        private int dashed() {
            String opening = tokens.isEmpty() ? text : text.substring(0, tokens.get(0).start());
            for (int i = 0; i < opening.length(); i++) {
                if ("-–—ـ".indexOf(opening.charAt(i)) >= 0) {
                    return i;
                }
            }
            return -1;
        }

        // ---- speech verbs and their speakers ----

        private Verb verbAt(int i) {
            return verbs[i];
        }

        private Verb findVerb(int i) {
            if (!tokens.get(i).isArabic()) {
                return null;
            }
            String key = keys[i];
            boolean inFollows = i + 1 < tokens.size() && keys[i + 1].equals("في");
            Verb verb = VERBS.get(key);
            if (verb != null && verb.kind == Kind.IN && !inFollows) {
                verb = null; // جاء is speech only as "جاء في"; ورد without في is و + رد, "and replied"
            }
            String verbKey = key;
            if (verb == null && key.length() > 2 && (key.charAt(0) == '\u0648' || key.charAt(0) == '\u0641')) {
                verbKey = key.substring(1);
                verb = VERBS.get(verbKey);
            }
            if (verb != null && i + 1 < tokens.size() && OTHER_SENSES.getOrDefault(verbKey, Set.of()).contains(keys[i + 1])) {
                return null; // ورد إليها سؤال: a question came to it, no one replied
            }
            if (verb != null && isPassive(tokens.get(i).text(), verbKey.length() < key.length())) {
                return null; // وُصفت بالبليغة: "were described as", with no one who speaks
            }
            if (verb != null && VERBS_WITH_ALIF_MAQSURA.contains(verbKey)
                    && org.nashra.arabic.ArabicText.withoutMarks(tokens.get(i).text(), true).endsWith("\u064A")) {
                return null; // رأي كاتبها: the noun, "opinion", not the verb رأى
            }
            if (verb != null && verb.kind == Kind.IN && !inFollows) {
                return null;
            }
            if (verb != null && verb.kind == Kind.SEND) {
                // وبعث الرئيس برقية تعزية … جاء فيها: "…": the sender speaks in what they sent, and only there
                return sentWithWords(i) ? new Verb(verb.gender, Kind.SAY) : null;
            }
            if (verb != null && i > 0 && NEGATIONS.contains(keys[i - 1]) && !startsClause(i)) {
                return null; // ولم يوضح البلاغ أسباب الإعفاء: a verb negated says nothing, its subject is no speaker
            }
            if (verb != null && i > 0 && PLACE_PREPOSITIONS.contains(keys[i - 1]) && !startsClause(i)) {
                return null; // في رد مقتضب: after a preposition the word is a noun, where the speaker spoke
            }
            if (verb != null && verb.kind == Kind.ACCORDING
                    && (i + 1 >= tokens.size() || quoted[i + 1]
                        || !(CONTEXTS.contains(bareKey(keys[i + 1])) || citesOneBeforeThat(i)))) {
                return null; // وفق أرقام المؤسسة is a source of figures; وفق بيان صادر عن الاتحاد is speech
            }
            if (verb != null && verb.kind == Kind.RELAY && relayedFrom(i) < 0) {
                return null; // نقل is speech only as "نقل عن"; ونقل المصابين is carrying the injured
            }
            if (verb != null && verb.kind == Kind.HOLD && heldBriefing(i) < 0) {
                return null; // عقد is speech only with a press conference after it: عقد المجلس اجتماعاً, عقد بقيمة are none
            }
            return verb;
        }

        /**
         * Whether وفق or بحسب at {@code i} cites a role or titled person whose words follow after فإن (بحسب الخبير
         * الاقتصادي محمد جدري، فإن "…"): one who speaks, unlike بحسب المصادر or وفق الأرقام before figures.
         */
        private boolean citesOneBeforeThat(int i) {
            if (!(roles[i + 1] || isTitle(i + 1))) {
                return false;
            }
            int sentence = sentenceOf(tokens.get(i).start());
            for (int k = i + 2; k < tokens.size() && k <= i + 1 + ROLE_REACH + 2; k++) {
                if (sentenceOf(tokens.get(k).start()) != sentence || quoted[k]) {
                    return false;
                }
                if (COMPLEMENTISERS.contains(keys[k]) || keys[k].equals(WordLists.key("فإن"))) {
                    return k + 1 < tokens.size() && quoted[k + 1];
                }
            }
            return false;
        }

        /** Whether a verb is written in the passive, a damma on its first letter (after و or ف if {@code conjoined}). */
        private static boolean isPassive(String word, boolean conjoined) {
            String letters = word.replace("\u0640", "");
            int first = 0;
            if (conjoined) {
                first = 1;
                while (first < letters.length() && letters.charAt(first) >= '\u064B' && letters.charAt(first) <= '\u0652') first++;
            }
            return first + 1 < letters.length() && letters.charAt(first + 1) == '\u064F';
        }

        /**
         * The token after عن a few words after a verb of relaying at {@code i} (نقلت الوكالة عن), or -1; the one who
         * relays may be a quoted name (ونقلت وكالة "رويترز" عن متحدث), a quotation of more words is what was said.
         */
        private int relayedFrom(int i) {
            int run = 0;
            for (int k = i + 1; k < Math.min(tokens.size(), i + 8); k++) {
                run = quoted[k] ? run + 1 : 0;
                if (run > MAX_QUOTED_NAME) {
                    return -1;
                }
                if (!quoted[k] && keys[k].equals("عن")) {
                    return k + 1;
                }
            }
            return -1;
        }

        /**
         * The token opening the press conference or briefing (مؤتمراً صحفياً، الإحاطة الإعلامية) a verb of holding at
         * {@code i} has later in its sentence, outside quotation marks, or right before it, the verb then carrying a
         * pronoun for it (في مؤتمر صحفي عقده المدرب); else -1.
         */
        private int heldBriefing(int i) {
            for (List<String> phrase : HELD_BRIEFINGS) {
                if (i > 0 && !quoted[i - 1] && endsWithPhrase(List.of(phrase), i - 1)) {
                    return i - phrase.size();
                }
            }
            int sentence = sentenceOf(tokens.get(i).start());
            for (int k = i + 1; k < tokens.size() && sentenceOf(tokens.get(k).start()) == sentence && !quoted[k]; k++) {
                for (List<String> phrase : HELD_BRIEFINGS) {
                    int last = k + phrase.size() - 1;
                    if (last < tokens.size() && endsWithPhrase(List.of(phrase), last)) {
                        return k;
                    }
                }
            }
            return -1;
        }

        /**
         * Whether the verb of sending at {@code i} has, later in its sentence, what was sent (برقية، رسالة) and then the
         * words that came in it (جاء فيها، ورد فيه), a pronoun on في standing for what was sent.
         */
        private boolean sentWithWords(int i) {
            int sentence = sentenceOf(tokens.get(i).start());
            boolean sent = false;
            for (int k = i + 1; k < tokens.size() && sentenceOf(tokens.get(k).start()) == sentence && !quoted[k]; k++) {
                String bare = bareKey(keys[k]);
                if (STATEMENTS.contains(bare) || (bare.startsWith("ب") && STATEMENTS.contains(bareKey(bare.substring(1))))) {
                    sent = true;
                } else if (sent && k + 1 < tokens.size() && IN_IT.contains(keys[k + 1])) {
                    String verb = keys[k].startsWith("و") || keys[k].startsWith("ف") ? keys[k].substring(1) : keys[k];
                    Verb in = VERBS.get(verb);
                    if (in != null && in.kind == Kind.IN) return true;
                }
            }
            return false;
        }

        /** Whether the word at {@code i} is a verb of sending or issuing (بعث، أصدرت), which its sender's words follow. */
        private boolean sends(int i) {
            String key = keys[i];
            Verb verb = VERBS.get(key);
            if (verb == null && key.length() > 2 && (key.charAt(0) == '\u0648' || key.charAt(0) == '\u0641')) {
                verb = VERBS.get(key.substring(1));
            }
            return verb != null && verb.kind == Kind.SEND;
        }

        /** Where the words [from, end) reach the first statement they name (التقرير، برقية، ببيان), or {@code end}. */
        private int beforeStatement(int from, int end) {
            for (int k = from + 1; k < end; k++) {
                String bare = bareKey(keys[k]);
                if (STATEMENTS.contains(bare) || (bare.startsWith("ب") && STATEMENTS.contains(bareKey(bare.substring(1))))) {
                    return k;
                }
            }
            return end;
        }

        /** Records the attribution made by the verb at {@code i}; returns the token after its speaker phrase. */
        private int attribute(int i, Verb verb) {
            int sentence = sentenceOf(tokens.get(i).start());
            if (verb.kind == Kind.ACCORDING && attributions.stream().anyMatch(a -> a.sentence == sentence && a.speaker != null)) {
                // وقال سعيّد، وفق مقطع فيديو نشرته الرئاسة: "…": after one who speaks, وفق names where it was heard
                return phraseEnd(i + 1);
            }
            Speaker speaker;
            String ref = tokens.get(i).text();
            int end = i + 1;
            char gender = verb.gender;
            int[] before = verb.kind == Kind.SAY || verb.kind == Kind.HOLD ? subjectBefore(i, sentence) : null;
            if (verb.kind == Kind.SAYING && attributions.stream().anyMatch(a -> a.sentence == sentence && a.speaker != null)) {
                return i + 1; // ورد بيل نيلسون … بالقول إن: the verb before already names who speaks
            }
            boolean pronounSubject = verb.kind == Kind.SAY && i > 0 && !quoted[i - 1] && !startsClause(i)
                    && PRONOUN_COMPLEMENTISERS.contains(keys[i - 1]);
            if (verb.kind == Kind.PARTICIPLE || verb.kind == Kind.SAYING || pronounSubject) {
                // قال ندا إنه كتب الرواية «…»: the pronoun on إنه is the verb's subject, the one who spoke, and the
                // words after the verb are its object
                speaker = mainSpeaker(i, sentence, gender);
            } else if (before != null) {
                // المرشد الأعلى علي خامنئي يدعو الناخبين …: the subject comes first, the words after the verb are its object
                int[] name = nameIn(before[0], before[1]);
                if (name != null) {
                    speaker = person(name, roleKeys(before[0], name[0]));
                    ref = span(name[0], name[1]);
                } else {
                    int head = afterHonorifics(before[0], before[1]);
                    ref = span(before[0], before[1]);
                    if (isPlural(head)) {
                        gender = 'p';
                    }
                    speaker = description(ref, bareKeys(head, before[1]), isDefinite(head), isGroup(head));
                }
            } else {
                int from = i + 1;
                if (verb.kind == Kind.IN) {
                    from = i + 2;
                } else if (verb.kind == Kind.RELAY) {
                    from = relayedFrom(i);
                }
                end = phraseEnd(from);
                if (verb.gender == 'p' && (verb.kind == Kind.SAY || verb.kind == Kind.SEND || verb.kind == Kind.HOLD)) {
                    // a verb before its subject stays singular (وقال المتظاهرون), so the words after a plural one are
                    // its object (تابعوا آخر أخبار "الوكالة الوطنية للإعلام"): those who speak are named before it
                    end = from;
                }
                if (verb.kind == Kind.HOLD && heldBriefing(i) > i) {
                    end = Math.min(end, heldBriefing(i)); // عقد المدرب خيسوس كاساس مؤتمراً صحفياً: the holder, not what is held
                }
                if (end > from && describes(i) && withPreposition(from)) {
                    end = from; // وصفت بالبليغة: described as, a passive or its subject named before
                }
                if (sends(i)) {
                    end = beforeStatement(from, end); // أصدرت اللجنة التقرير اليومي: the sender, not what was sent
                }
                if (end > from && end + 1 < tokens.size() && keys[end].equals("عن") && ISSUED_BY.contains(bareKey(keys[end - 1]))
                        && !quoted[end + 1]) {
                    from = end + 1; // بيان مشترك صادر عن السعودية وإيران والصين: those who issued it speak
                    end = phraseEnd(from);
                }
                if (from + 3 < tokens.size() && STATEMENTS.contains(bareKey(keys[from])) && RELATIVES.contains(keys[from + 1])
                        && ISSUING.contains(keys[from + 2]) && !quoted[from + 3] && !startsClause(from + 3)) {
                    from += 3; // وجاء في البيان الذي تلاه المتحدث باسم الحكومة: the one who read the statement speaks
                    end = phraseEnd(from);
                }
                boolean forBody = false;
                if (end - from >= 3 && ISSUING.contains(keys[from + 1])) {
                    from += 2; // بيان نشره النادي، بيان أصدرته الوزارة: the one who published the statement speaks
                } else if (end - from >= 4 && ISSUING.contains(keys[from + 2])) {
                    from += 3; // مقطع فيديو نشرته الرئاسة: a statement named in two words
                } else if ((verb.kind == Kind.IN || verb.kind == Kind.ACCORDING) && end - from >= 2 && !isDefinite(from)
                        && ownedBy(from + 1)) {
                    from += 1; // وجاء في بيان للنادي، في تقرير لوزارة الصحة: the statement's owner speaks
                    forBody = true;
                }
                Character ownerGender = (end == from + 1 || end == from + 2) && from + 1 < tokens.size() && !quoted[from + 1]
                        && STATEMENTS.contains(bareKey(keys[from])) ? OWNING_PRONOUNS.get(keys[from + 1]) : null;
                if (ownerGender != null && (verb.kind == Kind.IN || verb.kind == Kind.ACCORDING)) {
                    end = from + 2;
                    speaker = pronoun(ownerGender); // وجاء في كلمة له: the one the pronoun stands for
                    attributions.add(new Attribution(i, sentence, speaker, speaker == null ? null : span(from, end), ownerGender, end));
                    return end;
                }
                if (verb.kind == Kind.ACCORDING && from == i + 1 && end - from < 2) {
                    attributions.add(new Attribution(i, sentence, null, null, gender, end));
                    return end; // وفق بيان، فإن "…": a statement of no one named
                }
                int[] quotedName = quotedSpeaker(from, end);
                Speaker honoured = end == from + 1 ? honoured(from) : null;
                if (honoured != null) { // وقال سموه: the one the article named with that rank
                    speaker = honoured;
                    ref = span(from, end);
                } else if (quotedName != null) { // أعلنت شركة «إيني» الإيطالية، وأضافت «إيني» أن
                    speaker = person(quotedName, roleKeys(from, quotedName[0]));
                    ref = span(quotedName[0], quotedName[1]);
                    article.quotedNames.add(tokenKeys(quotedName[0], quotedName[1]));
                    end = quotedName[1];
                } else if (end > from) {
                    int epithet = epithet(from, end);
                    // مصدر في مكتب رئيس الوزراء محمد شياع السوداني: a source or an office speaks, not the one it speaks for
                    boolean speaksForOne = SPEAKING_FOR.contains(bareKey(keys[from]));
                    int[] name = speaksForOne ? null
                            : epithet == 0 ? nameIn(from, end) : from + epithet < end ? nameIn(from + epithet, end) : null;
                    int[] apposed = !speaksForOne && (name == null || opensWithRole(from)) ? apposition(end) : null;
                    if (apposed != null) {
                        // الرئيس التنفيذي لطيران الرياض، توني دوغلاس، أن: after a role and its body, the name between commas speaks
                        name = apposed;
                    }
                    int named = speaksForOne ? -1 : afterBrackets(end);
                    if (named < 0 && !speaksForOne && opensWithRole(from)) {
                        named = afterQuotedBody(end); // محلل الأسواق في "الأهلي المالية" محمد الشميمري
                    }
                    if (name == null && named > 0) { // مدير وكالة الفضاء الأميركية (ناسا) بيل نيلسون
                        int nameEnd = named + 1 < tokens.size() ? phraseEnd(named + 1) : named + 1; // the bracket opens no clause
                        name = nameIn(named, nameEnd);
                        if (name != null && name[0] == named) {
                            end = nameEnd;
                        } else {
                            name = null;
                        }
                    }
                    if (name != null && name[1] - name[0] >= 2 && isDefinite(name[1] - 1) && !NAME_LINKS.contains(keys[name[1] - 2])
                            && known(new int[] {name[0], name[1] - 1}) && !known(name) && !surnameLike(name[1] - 1)) {
                        // ووصفت سينج الشراكة: the definite word is the object; one that can be a family name is not
                        // (المحامي فريد الديب after the judge عصام الدين فريد is someone new)
                        name = new int[] {name[0], name[1] - 1};
                    }
                    if (name != null) {
                        speaker = person(name, roleKeys(from, name[0]));
                        ref = span(name[0], name[1]);
                    } else {
                        if (end - from >= 2 && (describes(i) || isCalling(i))) {
                            // ووصف الوزير القرار بأنه، ودعا النقبي الشركات إلى: القرار، الشركات is what he described, whom he called on
                            end = subjectEnd(from, end);
                        }
                        String description = forBody ? withoutLam(span(from, end)) : span(from, end);
                        if (isPlural(from)) {
                            gender = 'p';
                        }
                        int head = afterHonorifics(from, end);
                        Speaker described = epithet > 0 ? pronoun(gender) : null;
                        String owner = end == from + 1 ? ownersRole(keys[from]) : null;
                        int[] body = owner == null ? null : bodyBefore(from);
                        if (described == null && body != null) { // وقال رئيسها: the head of the body named before
                            String whole = tokens.get(from).text();
                            described = description(whole.substring(whole.startsWith("و") ? 1 : 0, whole.length()
                                    - (keys[from].length() - owner.length() - (keys[from].startsWith("و") ? 1 : 0)))
                                    + " " + span(body[0], body[1]), bareKeys(body[0], body[1]), false, false);
                        }
                        speaker = described != null ? described
                                : description(description, bareKeys(head, end), isDefinite(head), isGroup(head));
                        Speaker issuer = end == from + 1 && isDefinite(from) && speaker.label.equals(description)
                                ? article.issuers.get(bareKey(keys[from])) : null;
                        if (issuer != null) {
                            speaker = issuer; // وأوضح البيان أن, after وقالت الوزارة، في بيان: the ministry's statement
                        }
                        ref = description;
                    }
                } else if (relativeAntecedent(i) != null) {
                    // الخيال الأيرلندي تادغ أوشيا، الذي قال عقب السباق: the one the relative pronoun stands for
                    int[] antecedent = relativeAntecedent(i);
                    speaker = person(antecedent, Set.of());
                    ref = span(antecedent[0], antecedent[1]);
                } else {
                    int[] kana = phraseBefore(i, sentence);
                    int[] subject = kana == null ? null : kana[1] > kana[0] ? nameIn(kana[0], kana[1]) : quotedSubject(kana[0], i);
                    speaker = subject != null ? person(subject, roleKeys(sentenceStartToken(sentence), subject[0])) : null;
                    if (speaker == null && kana != null && kana[1] > kana[0]
                            && (isDefinite(kana[0]) || (kana[1] - kana[0] >= 2 && (isDefinite(kana[0] + 1) || isRole(kana[0]))))) {
                        // وكانت القوات المسلحة الأردنية قد أعلنت، وكانت وزارة الدفاع قد أعلنت: a definite description speaks,
                        // as does a body or a role governing a name (وكانت شرطة دبي قد حذرت)
                        int head = afterHonorifics(kana[0], kana[1]);
                        ref = span(kana[0], kana[1]);
                        speaker = description(ref, bareKeys(head, kana[1]), true, isGroup(head));
                    }
                    if (speaker == null) {
                        // كما نعته الفنانة يسرا عبر حسابها، وكتبت: "…": the subject of a verb before it in the sentence
                        speaker = sameSentence(sentence, gender);
                    }
                    if (speaker == null) {
                        // ووصل الفريق مهندس كامل الوزير …، وأكد أن "…": the subject of the verb the sentence opens with
                        // the verb points to the one who spoke last, the name to someone new
                        int[] clause = clauseSubject(i, sentence);
                        if (clause != null) {
                            Speaker last = pronoun(gender);
                            speaker = person(clause, roleKeys(sentenceStartToken(sentence) + 1, clause[0]));
                            ref = speaker.equals(last) ? ref : span(clause[0], clause[1]);
                        }
                    }
                    if (speaker == null && subject == null) {
                        // المرشح الإصلاحي مسعود بزشكيان يدلي بصوته …، ويقول للصحفيين: the one the sentence opens with
                        int[] opening = openingName(sentenceStartToken(sentence), i);
                        if (opening != null) {
                            opening[1] = beforeLikeVerb(opening, i);
                        }
                        if (opening != null && opening[1] - opening[0] >= 2 || opening != null && known(opening)) {
                            speaker = person(opening, roleKeys(sentenceStartToken(sentence), opening[0]));
                            subject = opening;
                        }
                    }
                    if (speaker == null) {
                        speaker = pronoun(gender);
                    }
                    if (speaker == null) {
                        subject = openingSubject(i, sentence);
                        if (subject != null) speaker = person(subject, Set.of());
                    }
                    if (subject != null) {
                        ref = span(subject[0], subject[1]);
                    }
                }
            }
            if (speaker != null) {
                article.history.add(new Said(speaker, gender, index));
                issued(sentence, speaker);
            }
            attributions.add(new Attribution(i, sentence, speaker, speaker == null ? null : ref, gender, end));
            return end;
        }

        /**
         * The speaker of the clause a participle hangs on: the last one named in the same sentence, unless a clause
         * of another subject comes between them (…، بينما أقر أودينغا بالهزيمة، متمنياً …), else the subject of the verb
         * the sentence opens with, else the last speaker.
         */
        private Speaker mainSpeaker(int participle, int sentence, char gender) {
            for (int k = attributions.size() - 1; k >= 0; k--) {
                Attribution a = attributions.get(k);
                if (a.sentence == sentence && a.speaker != null) {
                    int[] other = laterClauseSubject(a.end, participle);
                    return other != null ? person(new int[] {other[0], other[1]}, roleKeys(other[2], other[0])) : a.speaker;
                }
            }
            int[] subject = clauseSubject(participle, sentence);
            if (subject != null) {
                return person(subject, Set.of());
            }
            int[] described = describedSubject(participle, sentence);
            if (described != null) { // ووجه الملك … الحكومة إلى …، مؤكداً أن "…": the king, not the last to speak
                // a rank speaks, or a role the article named someone with
                int head = afterHonorifics(described[0], described[1]);
                Speaker speaker = description(span(described[0], described[1]), bareKeys(head, described[1]), isDefinite(head), false);
                if (speaker.named || isTitle(head)) {
                    return speaker; // not a body, which may be what the verb governs (ووجه الحكومة إلى)
                }
            }
            int[] kana = kanaSubject(participle, sentence);
            if (kana != null) { // وكانت النيابة العامة قد التمست …، معتبرة أن "…": the subject before قد, whatever the verb
                int[] name = nameIn(kana[0], kana[1]);
                if (name != null) {
                    return person(name, roleKeys(kana[0], name[0]));
                }
                int head = afterHonorifics(kana[0], kana[1]);
                return description(span(kana[0], kana[1]), bareKeys(head, kana[1]), true, isGroup(head));
            }
            return pronoun(gender);
        }

        /**
         * The words [from, end) of the subject of a sentence opening with كان and its subject before قد (وكانت النيابة
         * العامة قد التمست), before the participle at {@code participle}: a definite word or a role opening it; else null.
         */
        private int[] kanaSubject(int participle, int sentence) {
            int first = sentenceStartToken(sentence);
            if (first < 0 || first + 2 >= participle || !Set.of("كان", "كانت", "وكان", "وكانت", "فكان", "فكانت").contains(keys[first])
                    || quoted[first + 1] || !(isDefinite(first + 1) || isRole(first + 1))) {
                return null;
            }
            for (int k = first + 2; k < participle && k <= first + 1 + ROLE_REACH; k++) {
                if (quoted[k] || startsClause(k)) {
                    return null;
                }
                if (keys[k].equals(WordLists.key("قد"))) {
                    return new int[] {first + 1, k};
                }
            }
            return null;
        }

        /**
         * The name of the subject of the last clause that opens between tokens {@code from} and {@code participle}
         * with a word such as بينما or لكن after a comma, a verb, then the name, maybe after its role or rank (…،
         * بينما أقر أودينغا بالهزيمة، متمنياً: Odinga wishes, not the one who spoke before), with where the words
         * before the name start; else null.
         */
        private int[] laterClauseSubject(int from, int participle) {
            for (int k = participle - 1; k >= from; k--) {
                int opener = phraseStart(CLAUSE_OPENERS, k);
                if (opener < from || quoted[k] || !startsClause(opener) || !commaBefore(opener)) {
                    continue;
                }
                int verb = k + 1;
                if (verb + 1 >= participle || quoted[verb] || quoted[verb + 1] || startsClause(verb) || startsClause(verb + 1)) {
                    return null;
                }
                int[] name = nameIn(verb + 1, Math.min(participle, phraseEnd(verb + 1)));
                if (name == null) {
                    return null;
                }
                for (int r = verb + 1; r < name[0]; r++) {
                    if (!isRole(r) && !isTitle(r) && !isDefinite(r)) {
                        return null;
                    }
                }
                return new int[] {name[0], name[1], verb + 1};
            }
            return null;
        }

        /**
         * The words [from, end) of a rank or role right after the verb the sentence opens with, its subject (ووجه الملك
         * في كتاب التكليف الحكومة، وترأس رئيس الوزراء الاجتماع): ranks and roles, with the word a role in the construct
         * state governs; else null.
         */
        private int[] describedSubject(int participle, int sentence) {
            int first = sentenceStartToken(sentence);
            if (first < 0 || first + 1 >= participle || quoted[first] || quoted[first + 1] || startsClause(first + 1)
                    || !tokens.get(first).isArabic() || isDefinite(first) || isStopword(first) || isRole(first) || isTitle(first)
                    || CONTEXTS.contains(bareKey(keys[first])) || isMonth(first)) {
                return null;
            }
            int k = first + 1;
            while (k < participle && !quoted[k] && (k == first + 1 || !startsClause(k)) && (isTitle(k) || isRole(k))) {
                k++;
            }
            if (k == first + 1) {
                return null;
            }
            if (!isDefinite(k - 1) && k < participle && !quoted[k] && !startsClause(k) && isDefinite(k) && !isStopword(k)) {
                k++; // رئيس الوزراء: the word a role governs
            }
            return isGroup(k - 1) ? null : new int[] {first + 1, k};
        }

        /**
         * The one an honorific with a pronoun on it at token {@code k} stands for (سموه، جلالته): the last person the
         * article named with one of its role words; else null.
         */
        private Speaker honoured(int k) {
            Set<String> roles = HONORIFIC_PRONOUNS.get(keys[k]);
            if (roles == null) {
                return null;
            }
            for (int p = article.people.size() - 1; p >= 0; p--) {
                Speaker person = article.people.get(p);
                if (person.named && person.roleKeys.stream().anyMatch(roles::contains)) {
                    return person;
                }
            }
            return null;
        }

        /**
         * "في المقابل، أبدى مدرب الزمالك جوزيه غوميز استياءه …، قائلا إن «…»": the name after the word its sentence
         * opens with (after an opening phrase of a few words closed by a comma), right after that word or after a
         * role or rank; the verb a participle hangs on has its subject there.
         */
        private int[] clauseSubject(int participle, int sentence) {
            int first = sentenceStartToken(sentence);
            if (first < 0) {
                return null;
            }
            for (int k = first + 1; k <= first + 3 && k < participle; k++) {
                if (startsClause(k) && commaBefore(k)) {
                    first = k;
                    break;
                }
            }
            if (first + 1 >= participle || quoted[first] || quoted[first + 1] || startsClause(first + 1)
                    || !tokens.get(first).isArabic() || isDefinite(first) || isStopword(first) || isRole(first) || isTitle(first)) {
                return null;
            }
            int end = Math.min(participle, phraseEnd(first + 1));
            int[] name = nameIn(first + 1, end);
            if (name == null) {
                return null;
            }
            for (int k = first + 1; k < name[0]; k++) {
                if (isRole(k) || isTitle(k)) {
                    return name; // وهنأ خادم الحرمين الشريفين الملك سلمان بن عبد العزيز
                }
            }
            return name[0] == first + 1 ? name : null;
        }

        /** Records the speaker as the issuer of each statement the sentence names without the article (في بيان، ببيان). */
        private void issued(int sentence, Speaker speaker) {
            int first = sentenceStartToken(sentence);
            for (int k = Math.max(0, first); k < tokens.size() && sentenceOf(tokens.get(k).start()) == sentence; k++) {
                String key = keys[k];
                String noun = STATEMENTS.contains(key) ? key
                        : key.length() > 3 && "بو".indexOf(key.charAt(0)) >= 0 && STATEMENTS.contains(key.substring(1)) ? key.substring(1) : null;
                if (noun != null && !quoted[k]) {
                    article.issuers.put(noun, speaker);
                }
            }
        }

        /** The speaker of the last speech verb before in the same sentence, if its gender is {@code gender}. */
        private Speaker sameSentence(int sentence, char gender) {
            for (int k = attributions.size() - 1; k >= 0; k--) {
                Attribution a = attributions.get(k);
                if (a.sentence == sentence && a.speaker != null) {
                    return a.gender == gender ? a.speaker : null;
                }
            }
            return null;
        }

        /** The last speaker the verb's gender agrees with, if one spoke in the last few paragraphs. */
        private Speaker pronoun(char gender) {
            for (int k = article.history.size() - 1; k >= 0; k--) {
                if (article.history.get(k).paragraph < index - PRONOUN_REACH) {
                    break;
                }
                if (article.history.get(k).gender == gender) {
                    return article.history.get(k).speaker;
                }
            }
            return null;
        }

        /**
         * How many words from token {@code from} open a description of one named before (ابن مدينة فاس، بطل العالم),
         * with the place a word in the construct state governs (فاس), or 0. A name may follow them (بطل العالم سفيان البقالي).
         */
        /** Whether a blessing said after a name (ﷺ، صلى الله عليه وسلم) begins at token {@code k}. */
        private boolean blessingAt(int k) {
            // ﷺ is one sign that reads, in matching form, as the words it stands for
            List<String> sign = List.of(keys[k].split(" "));
            for (List<String> blessing : BLESSINGS) {
                if (sign.equals(blessing)) return true;
                if (k + blessing.size() <= tokens.size() && endsWithPhrase(List.of(blessing), k + blessing.size() - 1)) {
                    return true;
                }
            }
            return false;
        }

        private int epithet(int from, int end) {
            for (List<String> phrase : EPITHETS) {
                int last = from + phrase.size() - 1;
                if (last < end && endsWithPhrase(List.of(phrase), last)) {
                    return isDefinite(last) || last + 1 >= end ? phrase.size() : phrase.size() + 1;
                }
            }
            return 0;
        }

        /**
         * The tokens [start, end) of a name in quotation marks that speaks, where the words after the verb stopped at
         * token {@code at}: right after the verb, before أن or إن, or before where it was said and then أن or إن
         * (وأضافت «إيني» أن، وقالت «إيني» في بيان إن), or after the head of a body (أعلنت شركة «إيني» الإيطالية); else null.
         */
        private int[] quotedSpeaker(int from, int at) {
            if (at >= tokens.size() || (at != from && !(at == from + 1 && BODIES.contains(bareKey(keys[from]))))) {
                return null;
            }
            int[] name = quotedNameAt(at);
            if (name == null) {
                return null;
            }
            int after = name[1] < tokens.size() ? name[1] : -1;
            if (at == from && (after < 0 || !onlyMarksBefore(after) || !COMPLEMENTISERS.contains(keys[afterContext(after)]))) {
                return null;
            }
            return name;
        }

        /** Whether nothing but spaces and quotation marks stands between token {@code k} and the one before it. */
        private boolean onlyMarksBefore(int k) {
            return text.substring(tokens.get(k - 1).end(), tokens.get(k).start()).chars()
                    .allMatch(c -> Character.isWhitespace(c) || ArabicText.isQuoteMark((char) c));
        }

        /**
         * The tokens [start, end) of a name of a few words in closed quotation marks whose first word is token
         * {@code at}, the end being the token after the closing mark (or the paragraph's end); else null.
         */
        private int[] quotedNameAt(int at) {
            if (at >= tokens.size() || !quoted[at]) {
                return null;
            }
            ArabicText.Quotation q = null;
            for (ArabicText.Quotation candidate : quotations) {
                if (candidate.closed() && tokens.get(at).start() >= candidate.innerStart() && tokens.get(at).end() <= candidate.innerEnd()
                        && (at == 0 || tokens.get(at - 1).end() <= candidate.innerStart())) {
                    q = candidate;
                }
            }
            if (q == null) {
                return null;
            }
            int after = firstTokenAfter(q.end());
            int stop = after < 0 ? tokens.size() : after;
            return stop - at > MAX_QUOTED_NAME ? null : new int[] {at, stop};
        }

        /**
         * The token after the words at {@code k} that say where something was said (في بيان، في بيان نشرته على موقعها),
         * up to a few words in the same clause, or {@code k} itself when it opens no such words.
         */
        private int afterContext(int k) {
            if (k + 1 >= tokens.size() || !keys[k].equals("في") || !CONTEXTS.contains(bareKey(keys[k + 1])) || quoted[k + 1]) {
                return k;
            }
            for (int j = k + 2; j < tokens.size() && j - k <= 6 && !quoted[j] && !startsClause(j); j++) {
                if (COMPLEMENTISERS.contains(keys[j])) {
                    return j;
                }
            }
            return k;
        }

        /**
         * The words [from, end) of the subject that opens the sentence and runs straight into the speech verb at
         * {@code verb}, as headlines and live updates put it (وزارة الداخلية الإيرانية تعلن تمديد التصويت، المرشد الأعلى
         * علي خامنئي يدعو الناخبين): a role, a rank or a body with what follows it, or a name of two words or one named
         * before; else null.
         */
        private int[] subjectBefore(int verb, int sentence) {
            int first = sentenceStartToken(sentence);
            if (first >= 0 && first + 1 < verb && TOPIC_MARKERS.contains(keys[first]) && keys[verb].startsWith("\u0641")) {
                first++; // أما الناشط أحمد عصيد فاعتبر أن: "as for X, he considered": X, set before فـ, speaks
            }
            boolean afterOpener = false;
            for (int k = verb - 1; first >= 0 && k > first && !quoted[k]; k--) {
                int opener = phraseStart(CLAUSE_OPENERS, k);
                if (opener > first && commaBefore(opener)) {
                    first = k + 1; // …، لكن مستشار قائدها الباشا طبيق كتب: the subject of the clause after the comma
                    afterOpener = true;
                    break;
                }
            }
            if (first < 0 || first >= verb || verb - first > MAX_PHRASE || quoted[first] || !tokens.get(first).isArabic()
                    || phraseEnd(first) != verb || isStopword(first) || CONTEXTS.contains(bareKey(keys[first])) || isMonth(first)
                    || opensWithPreposition(first)) {
                return null;
            }
            if (isRole(first) || isTitle(first) || BODIES.contains(bareKey(keys[first]))) {
                return new int[] {first, verb};
            }
            if (afterOpener && isDefinite(first)) {
                return new int[] {first, verb}; // …، إلا أن المحكمة أكدت: between the opener and the verb, only its subject
            }
            int[] name = openingName(first, verb);
            return name != null && name[1] == verb && (name[1] - name[0] >= 2 || known(name)) ? new int[] {first, verb} : null;
        }

        /**
         * The name that opens a sentence at token {@code first}, after the definite words that describe its bearer
         * (المرشح الإصلاحي مسعود بزشكيان يدلي بصوته …، ويقول), ending before {@code limit}; else null.
         */
        private int[] openingName(int first, int limit) {
            int k = first;
            while (k < limit && !quoted[k] && (k == first || !startsClause(k)) && (isDefinite(k) || isRole(k) || isTitle(k))) {
                k++;
            }
            if (k >= limit || quoted[k] || (k > first && startsClause(k)) || isStopword(first)
                    || CONTEXTS.contains(bareKey(keys[first])) || isMonth(first)) {
                return null;
            }
            int[] name = nameIn(k, Math.min(limit, phraseEnd(k)));
            return name != null && name[0] == k ? name : null;
        }

        /**
         * Where a name of more than two words ends before a verb of the same person as the speech verb at {@code verb}
         * (مسعود بزشكيان يدلي بصوته …، ويقول: يدلي like يقول), which the subject of both governs; else its own end.
         */
        private int beforeLikeVerb(int[] name, int verb) {
            String said = keys[verb].length() > 3 && "وف".indexOf(keys[verb].charAt(0)) >= 0 ? keys[verb].substring(1) : keys[verb];
            if (said.isEmpty() || "يت".indexOf(said.charAt(0)) < 0) {
                return name[1];
            }
            for (int k = name[0] + 2; k < name[1]; k++) {
                if (keys[k].length() >= 3 && keys[k].charAt(0) == said.charAt(0)) {
                    return k;
                }
            }
            return name[1];
        }

        /** "وكان X قد أعلن": the words [from, end) of the subject before the verb, in a sentence opened by كان, or null. */
        private int[] phraseBefore(int verb, int sentence) {
            int first = sentenceStartToken(sentence);
            if (first < 0 || first >= verb || verb - first > MAX_PHRASE) {
                return null;
            }
            String opener = keys[first];
            boolean kana = Set.of("كان", "كانت", "وكان", "وكانت", "فكان", "فكانت").contains(opener);
            if (!kana) {
                return null;
            }
            int end = Math.min(verb, phraseEnd(first + 1)); // not the king after بعث برسالة إلى العاهل المغربي الملك
            if (end - 1 > first && keys[end - 1].equals("قد")) {
                end--;
            }
            return new int[] {first + 1, end};
        }

        /**
         * وكانت "فاو" قد أفادت: the tokens [start, end) of a name in quotation marks at {@code at}, right after كان,
         * that runs into قد or the verb at {@code verb}, its subject; else null.
         */
        private int[] quotedSubject(int at, int verb) {
            int[] name = quotedNameAt(at);
            if (name == null || !(name[1] == verb || (name[1] + 1 == verb && keys[name[1]].equals("قد")))) {
                return null;
            }
            article.quotedNames.add(tokenKeys(name[0], name[1]));
            return name;
        }

        /**
         * "وأدى عون اليمين …، وقال: «…»": with no one who spoke before, a verb alone is said by the name right after
         * the word that opens its sentence with و or ف, the subject of the sentence's first verb.
         */
        private int[] openingSubject(int verb, int sentence) {
            int first = sentenceStartToken(sentence);
            if (first < 0 || first + 1 >= verb || verb - first > MAX_PHRASE || quoted[first] || quoted[first + 1]) {
                return null;
            }
            String opener = keys[first];
            if (opener.length() < 3 || (opener.charAt(0) != '\u0648' && opener.charAt(0) != '\u0641') || startsClause(first + 1)) {
                return null;
            }
            int[] name = nameIn(first + 1, Math.min(verb, phraseEnd(first + 1)));
            return name != null && name[0] == first + 1 ? name : null;
        }

        /** Where a speaker phrase starting at {@code from} ends: punctuation, a quotation, a stop word, a verb. */
        private int phraseEnd(int from) {
            int k = from;
            while (k < tokens.size() && k - from < MAX_PHRASE) {
                if (quoted[k] || startsClause(k) || (k > from && isCalledOn(k)) || (k == from && ownCalledOn(k))) {
                    break;
                }
                if (k > from && blessingAt(k)) {
                    break; // بقول النبي ﷺ، قال الرسول صلى الله عليه وسلم: the blessing is no part of who speaks
                }
                String key = keys[k];
                if (PLACE_PREPOSITIONS.contains(key)) {
                    if (k + 1 >= tokens.size() || CONTEXTS.contains(bareKey(keys[k + 1])) || k == from) {
                        break;
                    }
                } else if ((key.equals(FOR) || key.equals(FROM) && k == from + 1 && isDefinite(from)) && speaksFor(k, from)) {
                    k++; // وكيل الدفاع عن سلامة المحامي مارك حبقة: the one spoken for, then the speaker's role and name
                    continue;
                } else if ((isStopword(k) && !QUANTIFIERS.contains(key)) || STOPS.contains(key) || isStopAsSpelled(k) || isStance(k)
                        || tokens.get(k).isNumber() || verbAt(k) != null || isMonth(k)) {
                    break;
                }
                k++;
            }
            // "قال الوزير في مارس الماضي": the phrase stopped at the month; في with it is when, not who
            // (مولي في إن: before إن it is a family name, see nameIn)
            if (k - 1 > from && keys[k - 1].equals("في") && !(k < tokens.size() && tokens.get(k).text().startsWith("\u0625")
                    && COMPLEMENTISERS.contains(keys[k]))) k--;
            return k;
        }

        /**
         * Whether token {@code k}, right after a verb of calling, is its object with a pronoun on it, those the
         * speaker calls on before إلى or على (ويدعو أنصاره إلى), so that the verb's subject is the one named before.
         */
        private boolean ownCalledOn(int k) {
            if (k == 0 || !isCalling(k - 1) || !hasPronoun(k)) {
                return false;
            }
            for (int j = k + 1; j < tokens.size() && j - k <= 3 && !quoted[j] && !startsClause(j); j++) {
                if (CALLED_TO.contains(keys[j])) {
                    return true;
                }
            }
            return false;
        }

        /** Whether token {@code k} is a definite word after ب or ك (بالبليغة), what a verb of describing calls its object. */
        /**
         * Whether token {@code k} is a preposition on a function word or on a definite noun (وبهذه المناسبة، ولذلك،
         * بالمناسبة): the opening of an adverbial phrase, never a subject that speaks.
         */
        private boolean opensWithPreposition(int k) {
            String key = keys[k];
            String word = key.length() > 3 && "وف".indexOf(key.charAt(0)) >= 0 ? key.substring(1) : key;
            return withPreposition(k) || (word.length() >= 3 && "بلك".indexOf(word.charAt(0)) >= 0
                    && ArabicStemmer.isStopword(word.substring(1)) && !NAME_WORDS.contains(tokens.get(k).text()));
        }

        private boolean withPreposition(int k) {
            return (keys[k].startsWith("بال") || keys[k].startsWith("كال")) && keys[k].length() >= 6;
        }

        /** Whether token {@code k} is one of {@code verbs}, with و or ف attached or not (شكر، وشكر). */
        private boolean isIn(Set<String> verbs, int k) {
            String key = keys[k];
            return verbs.contains(key) || (key.length() > 3 && "وف".indexOf(key.charAt(0)) >= 0 && verbs.contains(key.substring(1)));
        }

        /** Whether token {@code k} is a verb of calling on someone (دعا، ويدعو). */
        private boolean isCalling(int k) {
            String key = keys[k];
            return CALLING.contains(key) || (key.length() > 3 && "وف".indexOf(key.charAt(0)) >= 0 && CALLING.contains(key.substring(1)));
        }

        private boolean hasPronoun(int k) {
            return !tokens.get(k).text().endsWith("\u0629")
                    && PRONOUN_SUFFIXES.stream().anyMatch(suffix -> keys[k].endsWith(suffix) && keys[k].length() - suffix.length() >= 3);
        }

        /**
         * Whether عن at token {@code k} ties a role opening the phrase at {@code from} to the one it speaks for, with the
         * speaker named again by a role or rank a few words on (وكيل الدفاع عن سلامة المحامي مارك حبقة) or by a name
         * of two words closing the phrase (النائب عن فريق التقدم والاشتراكية رشيد حموني:), not what is announced
         * (أعلن الجيش عن مقتل …).
         */
        private boolean speaksFor(int k, int from) {
            // الناجي من القصف الكيمياوي كاروان عبد الله: a description alone, what it tells of, then the name
            boolean described = keys[k].equals(FROM) && k == from + 1 && isDefinite(from);
            if (k <= from || !(isRole(from) || isTitle(from) || described)) {
                return false;
            }
            for (int j = k + 1; j < tokens.size() && j - k <= 5 && !quoted[j] && !startsClause(j); j++) {
                if (j > k + 1 && j - k <= 4 && (isRole(j) || isTitle(j)) && j + 1 < tokens.size() && !startsClause(j + 1)
                        && isNameWord(j + 1)) {
                    return true;
                }
                if (j > k + 1 && nameFollows(j) && !isCommon(j) && !isCommon(j + 1) && endsSpeakerPhrase(j + 2)) {
                    return true; // وسأل النائب عن فريق التقدم والاشتراكية رشيد حموني: the body he sits for, then his name
                }
                if (j > k + 1 && j + 2 < tokens.size() && isNameWord(j) && !isCommon(j) && NAME_LINKS.contains(keys[j + 1])
                        && !startsClause(j + 1) && !startsClause(j + 2) && !quoted[j + 2]
                        && (isNameWord(j + 2) || withArticleAlone(j + 2)) && endsSpeakerPhrase(j + 3)) {
                    return true; // النائبة عن حراك الجيل الجديد سروة عبد الواحد: a name joined by عبد or بن
                }
            }
            return false;
        }

        /**
         * Whether token {@code k} opens those a speaker calls on or urges, the verb's object before إلى or على (دعا
         * المتحدث باسم اللجنة المواطنين والمقيمين إلى): people in a definite plural (not a relation adjective, العرب
         * الفلسطينيين) after a definite word that is not one, up to إلى or على a few words on.
         */
        private boolean isCalledOn(int k) {
            String bare = bareKey(keys[k]);
            if (!withArticleAlone(k) || !withArticleAlone(k - 1) || bare.length() <= 4 || !bare.endsWith("ين") || bare.endsWith("يين")
                    || isPlural(k - 1)) {
                return false;
            }
            for (int j = k + 1; j < tokens.size() && j - k <= 3 && !quoted[j] && !startsClause(j); j++) {
                if (CALLED_TO.contains(keys[j])) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The token after a bracketed short name that opens at token {@code k}, as an acronym follows the body it
         * stands for (وكالة الفضاء الأميركية (ناسا) بيل نيلسون), or -1.
         */
        private int afterBrackets(int k) {
            if (k <= 0 || k >= tokens.size() || !text.substring(tokens.get(k - 1).end(), tokens.get(k).start()).contains("(")) {
                return -1;
            }
            for (int j = k + 1; j < tokens.size() && j - k <= 3; j++) {
                String gap = text.substring(tokens.get(j - 1).end(), tokens.get(j).start());
                if (gap.contains(")")) return gap.strip().equals(")") ? j : -1;
                if (!gap.isBlank()) return -1;
            }
            return -1;
        }

        /**
         * The token after the quoted name of the body a role is held in or for that opens at token {@code k} with في, لدى
         * or عن, its head word before it or not (محلل الأسواق في "الأهلي المالية" محمد الشميمري، النائب عن تحالف "السيادة"
         * رعد الدهلكي), the name of the one who holds it; or -1.
         */
        private int afterQuotedBody(int k) {
            if (k >= tokens.size() - 1) {
                return -1;
            }
            // الرئيس التنفيذي لشركة "رواتب" فيصل الدوسري: the body's head, ل on it, ends the phrase before the name
            boolean headBefore = k > 0 && k < tokens.size() - 1 && quoted[k] && !quoted[k - 1] && keys[k - 1].length() > 3
                    && keys[k - 1].charAt(0) == '\u0644' && isRole(k - 1);
            // الرئيس التنفيذي لـ"رواتب" فيصل الدوسري: ل written apart before the name of the body the role is of
            boolean lam = DETACHED_PREPOSITIONS.contains(keys[k]) && keys[k].startsWith("\u0644");
            if (k >= tokens.size() - 1 || !(PLACE_PREPOSITIONS.contains(keys[k]) || keys[k].equals(FOR) || lam || headBefore)) {
                return -1;
            }
            int first = headBefore ? k : k + 1;
            if (!quoted[first] && first + 1 < tokens.size() && quoted[first + 1] && tokens.get(first).isArabic()
                    && !isDefinite(first) && !CONTEXTS.contains(bareKey(keys[first])) && !isStopword(first)) {
                first++; // النائب عن تحالف "السيادة" رعد الدهلكي: the body's head word, then its quoted name
            }
            if (!quoted[first]) {
                return -1;
            }
            int j = first;
            while (j < tokens.size() && quoted[j] && (j == first || !quoteMarkBetween(j))) j++;
            if (j - first > MAX_QUOTED_NAME || j >= tokens.size() || quoted[j]) {
                return -1;
            }
            // only the closing mark between the name and the one who holds the role (not a comma or a full stop)
            String gap = text.substring(tokens.get(j - 1).end(), tokens.get(j).start()).strip();
            return gap.codePoints().allMatch(c -> ArabicText.isQuoteMark((char) c)) && !gap.isEmpty() ? j : -1;
        }

        private boolean quoteMarkBetween(int k) {
            return text.substring(tokens.get(k - 1).end(), tokens.get(k).start()).chars().anyMatch(c -> ArabicText.isQuoteMark((char) c));
        }

        /** Whether punctuation or a quotation mark stands between token {@code k} and the one before it. */
        private boolean startsClause(int k) {
            int gapStart = k == 0 ? 0 : tokens.get(k - 1).end();
            String gap = text.substring(gapStart, tokens.get(k).start());
            for (int c = 0; c < gap.length(); c++) {
                if (CLAUSE_PUNCTUATION.indexOf(gap.charAt(c)) >= 0 || ArabicText.isQuoteMark(gap.charAt(c))) {
                    return k > 0;
                }
            }
            return false;
        }

        /**
         * The name in tokens [from, end): the run of name words after the last rank (اللواء، الفريق
         * أول ركن), or else the first run; a run is name words, ending with at most one definite
         * surname (قاسم الأعرجي), with عبد/أبو joining the next word (عبد الأمير الشمري). A run right
         * after a word that governs it is that word's place or body, not a name (see {@link #governor}).
         */
        private int[] nameIn(int from, int end) {
            List<int[]> runs = new ArrayList<>();
            int afterTitle = -1;
            int runStart = -1;
            boolean link = false;
            int governor = NONE;
            for (int k = from; k < end; k++) {
                int latin = latinBodyNameEnd(k, from, end);
                if (latin > 0) { // المحلل في مؤسسة RAND Corporation ديريك غروسمان: the body's name, then the person's
                    if (runStart >= 0) {
                        runs.add(new int[] {runStart, k, governor});
                        runStart = -1;
                    }
                    link = false;
                    k = latin - 1;
                    continue;
                }
                boolean familyTitle = runStart >= 0 && link && withArticleAlone(k) && !isRole(k) && notExcluded(k);
                if (isTitle(k) && !familyTitle) { // تركي آل الشيخ: after آل or بن, a rank is the family's name
                    if (runStart >= 0) {
                        runs.add(new int[] {runStart, k, governor});
                        runStart = -1;
                    }
                    afterTitle = runs.size();
                    if (GIVEN_NAME_TITLES.contains(keys[k]) && k + 2 == end && withArticleAlone(k + 1) && !isRole(k + 1)
                            && !isTitle(k + 1) && notExcluded(k + 1)) {
                        runs.add(new int[] {k, end, NONE}); // وزير الزراعة السيد القصير: a given name and a family name
                        break;
                    }
                    continue;
                }
                if (runStart >= 0 && !link && COMPOUND_SECONDS.contains(keys[k])) {
                    continue; // محمد تقي الله الأدهم, حسن نصر الله: a name made with God's runs on
                }
                if (runStart >= 0) {
                    if (k - runStart >= 2 && addressedOutlet(k)) {
                        runs.add(new int[] {runStart, k, governor}); // محمد جدري لهسبريس إن: the outlet he spoke to
                        runStart = -1;
                        continue;
                    }
                    if (k - runStart == 1 && runStart - 1 >= from && isTitle(runStart - 1) && withArticleAlone(k) && isRole(k)
                            && !isTitle(k) && (k + 1 >= tokens.size() || (startsClause(k + 1) && commaBefore(k + 1)))) {
                        runs.add(new int[] {runStart, k + 1, governor}); // الفريق مهندس كامل الوزير، نائب …: a role as family name
                        runStart = -1;
                        continue;
                    }
                    if (k == runStart + 1 && GIVEN_NAMES.contains(keys[runStart]) && withArticleAlone(k) && isRole(k)
                            && !isTitle(k) && notExcluded(k) && (endsNameHere(k + 1) || endsSpeakerPhrase(k + 1))) {
                        runs.add(new int[] {runStart, k + 1, governor}); // يوسف الشاهد في كلمة: a role after a given name is his family name
                        runStart = -1;
                        continue;
                    }
                    if (k + 1 == end && endsSpeakerPhrase(end) && nameLength(runStart, k) < MAX_NAME
                            && (isRole(k) && !isDefinite(k) && tokens.get(k).text().endsWith("\u0629")
                                || keys[k].equals(IN) && end < tokens.size() && tokens.get(end).text().startsWith("\u0625"))) {
                        // عزمي محافظة أن: a role's feminine form closing the name is a family name; مولي في إن: a
                        // preposition takes no إن, so it is a short foreign family name
                        runs.add(new int[] {runStart, k + 1, governor});
                        runStart = -1;
                        continue;
                    }
                    boolean definiteSurname = withArticleAlone(k) && !isRole(k) && !isTitle(k) && notExcluded(k)
                            && (keys[k].endsWith("ي") || endsNameHere(k + 1)
                                || (linked(runStart, k) && k + 1 < tokens.size() && COMPLEMENTISERS.contains(keys[k + 1]))
                                || (k == runStart + 1 && k + 1 < tokens.size() && COMPLEMENTISERS.contains(keys[k + 1]) && surnameLike(k)))
                            // مدرب تونس منذر الكبير أن: after the body a role governs, the family name (see familyNameFollows)
                            || (k == runStart + 1 && runStart - 1 >= from && familyNameFollows(runStart) && isComplement(runStart - 1, from))
                            || rankedSurname(k, runStart, from)
                            || roledSurnameBeforePreposition(k, runStart, from);
                    if (REGNAL_NUMBERS.contains(keys[k]) && !startsClause(k) && !quoted[k] && nameLength(runStart, k) < MAX_NAME) {
                        continue; // إغناطيوس يوسف الثالث يونان: the patriarch's number, and his name goes on after it
                    }
                    if (familyTitle || link && withArticleAlone(k) && !isRole(k) && !isTitle(k) && notExcluded(k)) {
                        link = false;
                        continue;
                    }
                    if (withArticleAlone(k) && !isRole(k) && !isTitle(k) && notExcluded(k) && k + 2 < end
                            && PATRONYMIC_LINKS.contains(keys[k + 1]) && !startsClause(k + 1) && isNameWord(k + 2)) {
                        continue; // محمد الأمين ولد أحمدو: a definite word before ولد or بن is part of the given name
                    }
                    if (k - runStart >= 2 && RANKS_AFTER_NAMES.contains(keys[k]) && k + 1 < tokens.size() && !quoted[k + 1]
                            && isDefinite(k + 1) && !bareKey(keys[k + 1]).endsWith("ي")) {
                        runs.add(new int[] {runStart, k, governor}); // تميم بن حمد آل ثاني أمير البلاد: the rank he holds
                        runStart = -1;
                        continue;
                    }
                    int family = familyNamesEnd(k, runStart);
                    if (family > 0) { // مشعل الأحمد الجابر الصباح،
                        runs.add(new int[] {runStart, family, governor});
                        runStart = -1;
                        k = family - 1;
                        continue;
                    }
                    if (definiteSurname && nameLength(runStart, k) < MAX_NAME) {
                        runs.add(new int[] {runStart, k + 1, governor});
                        runStart = -1;
                        continue;
                    }
                    if (continuesName(k) && nameLength(runStart, k) < MAX_NAME && !(nameLength(runStart, k) >= 2 && commonPlural(k))
                            && !governsPossessed(k)) {
                        link = NAME_LINKS.contains(keys[k]);
                        continue;
                    }
                    runs.add(new int[] {runStart, k, governor});
                    runStart = -1;
                }
                if (isNameWord(k) && !isCommon(k) && !isComplement(k, from)) {
                    runStart = k;
                    governor = governor(k, from);
                    link = NAME_LINKS.contains(keys[k]);
                }
            }
            if (runStart >= 0) {
                runs.add(new int[] {runStart, end, governor});
            }
            for (int r = afterTitle >= 0 ? afterTitle : 0; r < runs.size(); r++) {
                int[] run = runs.get(r);
                if (run[2] == ROLE && run[1] - run[0] == 2 && isDefinite(run[1] - 1) && bareKey(keys[run[1] - 1]).endsWith("ي")
                        && r + 1 < runs.size() && runs.get(r + 1)[2] == NONE && runs.get(r + 1)[1] - runs.get(r + 1)[0] >= 2) {
                    continue; // مدرب بيراميدز الكرواتي كرونوسلاف يورتشيتش: a club and a nationality, then the name
                }
                if (run[2] == NONE || (run[2] == ROLE && run[1] - run[0] >= 2)) {
                    return new int[] {run[0], run[1]};
                }
            }
            return null;
        }

        /**
         * Where a run of words in Latin letters from token {@code k} ends, when it follows an Arabic word of the same
         * clause and a name of two Arabic words follows it: it names the body that word heads (مؤسسة RAND Corporation
         * ديريك غروسمان), no part of the person's name; else -1.
         */
        private int latinBodyNameEnd(int k, int from, int end) {
            if (k <= from || !isLatinWord(k) || !tokens.get(k - 1).isArabic() || startsClause(k)) {
                return -1;
            }
            int j = k + 1;
            while (j < end && isLatinWord(j) && !startsClause(j)) {
                j++;
            }
            return j + 1 < end && tokens.get(j).isArabic() && nameFollows(j) ? j : -1;
        }

        /** Whether token {@code k} is ل before a listed outlet (لهسبريس، للجزيرة): the one spoken to. */
        private boolean addressedOutlet(int k) {
            String key = keys[k];
            return key.startsWith("لل") && ADDRESSED_OUTLETS.contains("ال" + key.substring(2))
                    || key.startsWith("ل") && ADDRESSED_OUTLETS.contains(key.substring(1));
        }

        private boolean isLatinWord(int k) {
            String word = tokens.get(k).text();
            return !tokens.get(k).isArabic() && !word.isEmpty() && Character.isLetter(word.charAt(0));
        }

        /**
         * Whether the definite word {@code k} right before إن, or before أن after a rank or a role, is the family
         * name of the name from {@code runStart} (وقال وزير الداخلية فهد يوسف سعود الصباح إن، وأوضح اللواء فهد العبيد
         * أن): قال takes no object before إن, and a name after a rank is a person's; a plural there is the object of
         * a verb that takes one (أبلغ اللواء محمد الصحفيين أن), and بأن after وصف keeps its object (القرار بأنه).
         */
        private boolean rankedSurname(int k, int runStart, int from) {
            if (k + 1 >= tokens.size() || !withArticleAlone(k) || isRole(k) || isTitle(k) || !notExcluded(k) || isPlural(k)) {
                return false;
            }
            boolean ranked = runStart - 1 >= from && (isTitle(runStart - 1) || isRole(runStart - 1));
            if (tokens.get(k).text().endsWith("\u0629") && (!ranked || COMMON_WORDS.contains(bareKey(keys[k]))
                    || BODIES.contains(bareKey(keys[k])))) {
                // a feminine noun is the verb's object (الحكومة), unless a rank or role names the one it ends: وزير
                // الحج والعمرة الدكتور توفيق الربيعة إن
                return false;
            }
            String bare = bareKey(keys[k]);
            if (bare.endsWith("ين") || bare.endsWith("ون") || bare.endsWith("ات")) {
                return false;
            }
            String next = tokens.get(k + 1).text();
            return next.equals("\u0625\u0646") || ranked && next.equals("\u0623\u0646");
        }

        /**
         * Whether the definite word at token {@code k} closes a name begun at {@code runStart} by a given name, in a phrase
         * opening at {@code from} with a role or rank, before a preposition and its noun (ورحب رئيس حكومة الوحدة الوطنية
         * عبد الحميد الدبيبة بالقرار): a name introduced after a role is given in full, what the verb takes comes after it.
         * Not a word the lists know as a common one, nor a plural.
         */
        private boolean roledSurnameBeforePreposition(int k, int runStart, int from) {
            if (k + 1 >= tokens.size() || quoted[k + 1] || startsClause(k + 1) || !withArticleAlone(k) || isRole(k) || isTitle(k)
                    || !notExcluded(k) || isCommon(k) || isPlural(k) || !opensWithRole(from) || runStart <= from
                    || !(k == runStart + 1 || linked(runStart, k)) || !GIVEN_NAMES.contains(keys[runStart])) {
                return false;
            }
            String next = keys[k + 1];
            return (next.startsWith("بال") || next.startsWith("لل")) && next.length() >= 5;
        }

        /** How many words of a name tokens [runStart, k) hold, not counting those that join the next (محمد بن راشد آل مكتوم: 3). */
        private int nameLength(int runStart, int k) {
            int words = 0;
            for (int j = runStart; j < k; j++) {
                if (!NAME_LINKS.contains(keys[j]) && !COMPOUND_SECONDS.contains(keys[j])) { // تقي الله is one given name
                    words++;
                }
            }
            return words;
        }

        /**
         * What governs a run of name words starting at token {@code k}, making it a place or body rather than the
         * one who speaks: {@link #PLACE} for في or لدى, whatever the run's length (السفارة الأمريكية في بيروت،
         * القائد العسكري في جنوب لبنان); {@link #ROLE} for a role or a common noun (جنوب لبنان) in the construct state, or for و joining it to the word before
         * (السعودية وإيران والصين), which makes a single word
         * its body (رئيس مرصد المجمعة، رئيس حكومة تصريف الأعمال، مدرب ليفربول), while two words may be the name
         * (رئيس إقليم كوردستان نيجيرفان بارزاني: places are roles, so as never to be names); {@link #NONE} for
         * anything else, the name of a company after شركة included.
         */
        private int governor(int k, int from) {
            int head = k - 1;
            if (head < from || startsClause(k)) {
                return NONE;
            }
            if (PLACE_PREPOSITIONS.contains(keys[head]) || keys[head].equals(FOR)) {
                return PLACE;
            }
            if (head == from && BODIES.contains(bareKey(keys[head]))) {
                return NONE;
            }
            if (keys[k].length() > 3 && keys[k].charAt(0) == '\u0648' && !CLITIC_LETTER_NAMES.contains(keys[k])) {
                return ROLE; // بيان صادر عن السعودية وإيران والصين: a word joined by و to the one before, not a name's start
            }
            if (isCommon(head) && !isDefinite(head)) {
                return ROLE; // القائد العسكري في جنوب لبنان: what a common noun in the construct state governs
            }
            if (keys[k].length() > 3 && keys[k].charAt(0) == '\u0644' && !CLITIC_LETTER_NAMES.contains(keys[k])
                    && head > from && isDefinite(head) && !isRole(head) && isRole(head - 1)) {
                return ROLE; // الرئيس التنفيذي لزين الكويت إيمان الروضان: the company of the role, after its adjective
            }
            return isRole(head) && !isDefinite(head) && !keys[head].endsWith("ي") && !isTitle(head) ? ROLE : NONE;
        }

        /**
         * Where a chain of two or more definite family names from token {@code k} ends a given name at
         * {@code runStart}, as it does before a comma, a verb or the phrase's end (مشعل الأحمد الجابر الصباح،), or -1.
         * After a name of two words such words are what the verb governs (ونعى … إبراهيم محلب الفنان الراحل،).
         */
        private int familyNamesEnd(int k, int runStart) {
            int j = k;
            while (j < tokens.size() && j - runStart < MAX_NAME && (j == k || !startsClause(j)) && withArticleAlone(j)
                    && !isRole(j) && !isTitle(j) && notExcluded(j)) {
                j++;
            }
            return k - runStart == 1 && j - k >= 2 && endsNameHere(j) ? j : -1;
        }

        /**
         * Whether token {@code k} is what the word before it governs rather than the start of a name: the
         * club, body or country after a role in the construct state (مدرب ليفربول أرني سلوت), or the place
         * or body after في or لدى (رئيس إدارة الإطفاء في واشنطن جون دونيلي). A name of two words must follow it,
         * as role words include places (رئيس إقليم كوردستان نيجيرفان بارزاني).
         */
        private boolean isComplement(int k, int from) {
            if (k - 1 < from || startsClause(k) || !(nameFollows(k + 1) || familyNameFollows(k + 1))) {
                return false;
            }
            int head = k - 1;
            if (PLACE_PREPOSITIONS.contains(keys[head]) || keys[head].equals(FOR)) {
                return true;
            }
            if (head == from && BODIES.contains(bareKey(keys[head]))) {
                return false; // أعلنت شركة أوبن إيه آي: the company's own name
            }
            return isRole(head) && !isDefinite(head) && !keys[head].endsWith("ي") && !isTitle(head);
        }

        /**
         * Whether the name words [runStart, k) hold بن, أبو, عبد or a compound with الله before the word that ends them, so that a definite word
         * after them is the family name even before إن (سلطان بن أحمد الجابر إن، عبد الرحمن السديس إن), not the object it
         * is after a name without them (وصفت ليندا توماس غرينفيلد القرار بأنه).
         */
        private boolean linked(int runStart, int k) {
            for (int j = runStart; j < k; j++) {
                if (j < k - 1 && NAME_LINKS.contains(keys[j]) || COMPOUND_SECONDS.contains(keys[j])) { // محمد تقي الله الأدهم إن
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether a definite word after a given name and before إن or أن is a family name (فهد الشريعان إن) rather than
         * the verb's object (أبلغ محمد الصحفيين أن، وصفت سينج الشراكة بأنها): a word the name lists do not know as a
         * common one, not feminine in ة nor a plural.
         */
        private boolean surnameLike(int k) {
            String bare = bareKey(keys[k]);
            return !isCommon(k) && !tokens.get(k).text().endsWith("\u0629") && !isPlural(k)
                    && !bare.endsWith("ين") && !bare.endsWith("ون") && !bare.endsWith("ات");
        }

        /**
         * Whether a name word and a definite family name that closes the speaker phrase start at token {@code k}
         * (مدرب تونس منذر الكبير أن: منذر الكبير, after the country the role governs).
         */
        private boolean familyNameFollows(int k) {
            return k + 1 < tokens.size() && isNameWord(k) && !isCommon(k) && !startsClause(k) && !startsClause(k + 1)
                    && !quoted[k + 1] && withArticleAlone(k + 1) && !isTitle(k + 1) && notExcluded(k + 1)
                    && endsSpeakerPhrase(k + 2); // a role word may be a family name there (الكبير)
        }

        /** Whether two name words start at token {@code k} in the same clause. */
        private boolean nameFollows(int k) {
            return k + 1 < tokens.size() && isNameWord(k) && isNameWord(k + 1) && !startsClause(k) && !startsClause(k + 1)
                    && !quoted[k + 1];
        }

        /**
         * "أعلن مسؤول خلية علاقات التحالف الدولي للقضاء على داعش، مارتن وار، أن": a name standing alone between commas
         * just after the phrase, or after its rank or role (وقال دفاع أسرة المجني عليها، المحامي خالد عبد الرحمن، إن).
         */
        private int[] apposition(int end) {
            int comma = end;
            while (comma < tokens.size() && comma - end < 6 && !quoted[comma] && !(startsClause(comma) && commaBefore(comma))) {
                comma++;
            }
            if (comma >= tokens.size() || comma - end >= 6 || quoted[comma]) {
                return null;
            }
            int stop = comma + 1;
            int reach = MAX_NAME;
            while (stop < tokens.size() && stop - comma <= reach && !startsClause(stop)) {
                if (isTitle(stop - 1) || NAME_LINKS.contains(keys[stop - 1])) {
                    reach++; // الشيخ راشد بن دلموك آل مكتوم: a rank and the words joining a name's parts are no more words of it
                }
                stop++;
            }
            if (stop < tokens.size() && !commaBefore(stop)) {
                return null;
            }
            int[] name = nameIn(comma, stop);
            int first = comma;
            while (name != null && first < name[0] && (isTitle(first) || isRole(first) || (isDefinite(first) && isOfOrigin(first)))) {
                // دفاع أسرة المجني عليها، المحامي خالد عبد الرحمن، إن: a role or rank before the name; مدرب المنتخب،
                // الإسباني خيسوس كاساس،: an adjective of origin closes the role as a role word does
                first++;
            }
            // الدكتور شوقي علام، مفتي الجمهورية، إن: a role between commas after a name is no name of its own
            return name != null && name[0] == first && name[1] == stop && stop - name[0] >= 2 && !isRole(name[0]) ? name : null;
        }

        /**
         * The name of two words or more right before a comma and the relative pronoun before the speech verb at
         * {@code verb} (تادغ أوشيا، الذي قال), which stands for it; else null.
         */
        private int[] relativeAntecedent(int verb) {
            int relative = verb - 1;
            if (relative < 1 || !RELATIVES.contains(keys[relative]) || startsClause(verb) || !startsClause(relative)
                    || !commaBefore(relative)) {
                return null;
            }
            int[] best = null;
            for (int j = relative - 1; j >= 0 && relative - j <= MAX_NAME + 2; j--) {
                int[] name = nameIn(j, relative);
                if (name != null && name[0] == j && name[1] == relative && name[1] - name[0] >= 2) {
                    best = name;
                }
                if (startsClause(j)) {
                    break;
                }
            }
            return best;
        }

        /** Whether the phrase at token {@code from} opens with a role or a rank, which a name may follow between commas. */
        private boolean opensWithRole(int from) {
            return from < tokens.size() && (isRole(from) || isTitle(from));
        }

        private boolean commaBefore(int k) {
            String gap = text.substring(tokens.get(k - 1).end(), tokens.get(k).start());
            return gap.contains("\u060C") || gap.contains(",");
        }

        private boolean isNameWord(int k) {
            Token token = tokens.get(k);
            if (token.isNumber() || keys[k].length() < 2) {
                return false;
            }
            boolean latinName = !token.isArabic() && Character.isUpperCase(token.text().charAt(0));
            if (!token.isArabic() && !latinName) {
                return false;
            }
            return !isDefinite(k) && !isRole(k) && !isTitle(k) && notExcluded(k);
        }

        /**
         * Whether token {@code k} is a common word (see {@link #COMMON_WORDS}), or one with a pronoun on it
         * (ولايته): such a word starts no name, and continues none when a preposition or و is written on it
         * (قيس سعيد بولاية), while one without may be a surname (خالد شمال).
         */
        private boolean isCommon(int k) {
            String key = keys[k];
            if (NAME_WORDS.contains(tokens.get(k).text())) {
                return false; // آلان، the name, not الآن "now"
            }
            if (COMMON_WORDS.contains(key)) {
                return true;
            }
            if (tokens.get(k).text().endsWith("\u0629")) {
                return false; // سمية: ة, not the pronoun ه it becomes in matching form
            }
            for (String suffix : PRONOUN_SUFFIXES) {
                if (key.endsWith(suffix) && key.length() - suffix.length() >= 3) {
                    String noun = key.substring(0, key.length() - suffix.length());
                    return COMMON_WORDS.contains(noun) || (noun.endsWith("ت") && COMMON_WORDS.contains(noun.substring(0, noun.length() - 1) + "ه"));
                }
            }
            return false;
        }

        private boolean continuesName(int k) {
            return isNameWord(k) && !(isCommon(k) && "وفبلك".indexOf(keys[k].charAt(0)) >= 0);
        }

        /**
         * Whether token {@code k} is a common word in ات, a plural, which after a name of two words or more is what
         * follows the name (محمد سعد برادة انتقادات فرق المعارضة), not a family name in ات the lexicon knows (محمد
         * عبيدات، بركات).
         */
        /**
         * Whether the word at {@code k} governs a common noun with a pronoun on it right after it (مرشح بلاده, "his
         * country's candidate"): a noun in the construct state, no word of the name before it (إسماعيل عمر جيله مرشح بلاده).
         */
        private boolean governsPossessed(int k) {
            if (k + 1 >= tokens.size() || quoted[k + 1] || startsClause(k + 1) || !tokens.get(k + 1).isArabic()) return false;
            String next = keys[k + 1];
            return isCommon(k + 1) && !isStopword(k + 1) && !COMPLEMENTISERS.contains(next) && !tokens.get(k + 1).text().endsWith("\u0629")
                    && PRONOUN_SUFFIXES.stream().anyMatch(next::endsWith); // not إنه, أنها: what he said follows
        }

        private boolean commonPlural(int k) {
            String bare = bareKey(keys[k]);
            return bare.endsWith("ات") && bare.length() >= 5 && isCommon(k);
        }

        /** Whether the speaker phrase ending before token {@code end} closes there: the text's end, punctuation or إن/أن. */
        private boolean endsSpeakerPhrase(int end) {
            return end >= tokens.size() || startsClause(end) || COMPLEMENTISERS.contains(keys[end]);
        }

        private boolean notExcluded(int k) {
            String key = keys[k];
            return !isStopword(k) && !STOPS.contains(key) && !CONTEXTS.contains(bareKey(key))
                    && verbAt(k) == null && !isMonth(k) && !key.endsWith("يون") && !key.endsWith("يين");
        }

        /**
         * Whether a definite word just before token {@code next} can close a name (ياسر النجار ما …، قاسم
         * الأعرجي أعلن …) rather than be the object after it (ووصفت سينج الشراكة بأنها …).
         */
        private boolean endsNameHere(int next) {
            if (next >= tokens.size() || startsClause(next) || verbAt(next) != null) {
                return true;
            }
            if (COMPLEMENTISERS.contains(keys[next])) {
                return false;
            }
            return isStopword(next) || STOPS.contains(keys[next]);
        }

        /** Whether token {@code k} is a stance with a pronoun on it, what a subject shows (أبدى غوميز استياءه). */
        private boolean isStance(int k) {
            String key = keys[k];
            for (String suffix : PRONOUN_SUFFIXES) {
                if (key.endsWith(suffix) && key.length() - suffix.length() >= 3) {
                    String noun = key.substring(0, key.length() - suffix.length());
                    return STANCES.contains(noun) || (noun.endsWith("ت") && STANCES.contains(noun.substring(0, noun.length() - 1) + "ه"));
                }
            }
            return false;
        }

        private boolean isStopAsSpelled(int k) {
            return STOPS_AS_SPELLED.contains(org.nashra.arabic.ArabicText.withoutMarks(tokens.get(k).text(), true));
        }

        private boolean isStopword(int k) {
            return stopwords[k];
        }

        /**
         * Whether token {@code k} has the article and nothing before it, as a family name has (الأعرجي), unlike a
         * word after a preposition (ورحب أنطونيو غوتيريش بالقرار).
         */
        private boolean withArticleAlone(int k) {
            return keys[k].startsWith("ال") && keys[k].length() >= 4 && !spelledWithMadda(k);
        }

        /** Whether token {@code k} opens with آ, which no article is spelled with (آلان، آلاء), though its matching form is ال…. */
        private boolean spelledWithMadda(int k) {
            return tokens.get(k).text().charAt(0) == '\u0622';
        }

        private boolean isDefinite(int k) {
            if (spelledWithMadda(k)) {
                return false;
            }
            String key = keys[k];
            for (String prefix : ARTICLE_PREFIXES) {
                if (key.startsWith(prefix) && key.length() - prefix.length() >= 2) {
                    return true;
                }
            }
            return false;
        }

        /** Whether token {@code k} heads a description of many: a plural (قوات، مسلحون، السلطات). */
        private boolean isGroup(int k) {
            String bare = bareKey(keys[k]);
            return isPlural(k) || (bare.length() >= 4 && bare.endsWith("ات"));
        }

        private boolean isPlural(int k) {
            String bare = bareKey(keys[k]);
            return bare.length() > 4 && (bare.endsWith("ون") || bare.endsWith("ين"));
        }

        private boolean isTitle(int k) {
            return TITLES.contains(keys[k]) || TITLES.contains(bareKey(keys[k]));
        }

        private boolean isRole(int k) {
            return roles[k];
        }

        private boolean isMonth(int k) {
            if (!MONTHS.contains(bareKey(keys[k]))) return false;
            if (NAMED_MONTH_FIRST_WORDS.contains(keys[k])) {
                // ربيع الأول is a month, أسامة ربيع، a name
                return k + 1 < tokens.size() && !startsClause(k + 1) && NAMED_MONTH_SECOND_WORDS.contains(keys[k + 1]);
            }
            if (GIVEN_NAME_MONTHS.contains(keys[k]) && k > 0 && !startsClause(k) && GIVEN_NAMES.contains(keys[k - 1])) {
                return false; // علي رجب، المدير التنفيذي: after a given name it is the family name
            }
            // رجب طيب أردوغان: a month's name that is also a given name, with a name after it, is the name
            return !(GIVEN_NAME_MONTHS.contains(keys[k]) && k + 1 < tokens.size() && !startsClause(k + 1)
                    && !tokens.get(k + 1).isNumber() && !isDefinite(k + 1) && !isStopword(k + 1));
        }

        // ---- who is who across the article ----

        /** Whether the article has already named the person tokens name[0]..name[1] refer to. */
        private boolean known(int[] name) {
            List<String> nameKeys = nameKeys(name);
            return article.people.stream().anyMatch(p -> samePerson(p.nameKeys, nameKeys));
        }

        private List<String> nameKeys(int[] name) {
            List<String> nameKeys = new ArrayList<>();
            for (int k = name[0]; k < name[1]; k++) {
                nameKeys.add(bareKey(keys[k]));
            }
            return nameKeys;
        }

        /** A reference matches a full name it equals, ends (دبليو برنين), or is one of the later words of (برنين، العباسي). */
        private static boolean samePerson(List<String> full, List<String> ref) {
            return full.equals(ref)
                    || (full.size() > ref.size() && full.subList(full.size() - ref.size(), full.size()).equals(ref))
                    || (ref.size() == 1 && full.size() > 1 && full.subList(1, full.size()).contains(ref.get(0)));
        }

        /**
         * The person named by tokens name[0]..name[1], resolved to the fullest name the article used; the role given
         * between commas right after the name is theirs too (أسامة ربيع، رئيس هيئة قناة السويس، → رئيس الهيئة later).
         */
        private Speaker person(int[] name, Set<String> given) {
            Set<String> roleKeys = given;
            int[] apposition = roleApposition(name[1]);
            if (apposition == null && name[1] + 1 < tokens.size() && RANKS_AFTER_NAMES.contains(keys[name[1]]) && !quoted[name[1] + 1]) {
                apposition = new int[] {name[1], name[1] + 2}; // تميم بن حمد آل ثاني أمير البلاد: later سمو الأمير
            }
            if (apposition != null) {
                Set<String> roles = new java.util.TreeSet<>(given);
                roles.addAll(bareKeys(apposition[0], apposition[1]));
                roleKeys = Set.copyOf(roles);
            }
            List<String> nameKeys = nameKeys(name);
            List<Speaker> people = article.people;
            for (int p = people.size() - 1; p >= 0; p--) {
                Speaker known = people.get(p);
                boolean same = samePerson(known.nameKeys, nameKeys);
                if (same) {
                    if (!roleKeys.isEmpty() && !known.roleKeys.containsAll(roleKeys)) {
                        Set<String> roles = new java.util.TreeSet<>(known.roleKeys);
                        roles.addAll(roleKeys);
                        Speaker updated = new Speaker(known.label, true, known.nameKeys, Set.copyOf(roles));
                        people.set(p, updated);
                        return updated;
                    }
                    return known;
                }
            }
            Speaker speaker = new Speaker(span(name[0], name[1]), true, List.copyOf(nameKeys), roleKeys);
            people.add(speaker);
            return speaker;
        }

        /**
         * The tokens [start, end) of a role set off by commas right after a name at token {@code k} (أسامة ربيع، رئيس
         * هيئة قناة السويس، أن), or null: one that opens with a role word and is closed by a comma.
         */
        private int[] roleApposition(int k) {
            if (k >= tokens.size() || quoted[k] || !startsClause(k) || !commaBefore(k) || !isRole(k)) {
                return null;
            }
            for (int j = k + 1; j < tokens.size() && j - k <= MAX_PHRASE && !quoted[j]; j++) {
                if (startsClause(j)) {
                    return commaBefore(j) ? new int[] {k, j} : null;
                }
            }
            return null;
        }

        /**
         * A description: the person whose role it repeats (رئيس خلية الإعلام الأمني العراقي → سعد معن; one
         * definite word will do: الأمير → أمير دولة الكويت الشيخ مشعل …),
         * or, when it is definite, the earlier description it shortens (المسؤول الدفاعي الأميركي الكبير
         * → مسؤول دفاعي أميركي كبير، البيان → بيان قوات التحالف الدولي), else itself. A {@code group} (قوات الدعم
         * السريع) is no one person, though its words were the role of one (قوات الدعم السريع بقيادة محمد حمدان دقلو).
         */
        private Speaker description(String text, Set<String> words, boolean definite, boolean group) {
            if (!group && words.size() == 1 && definite) {
                String word = words.iterator().next();
                for (int p = article.people.size() - 1; p >= 0; p--) {
                    List<String> name = article.people.get(p).nameKeys;
                    if (name.size() > 1 && name.subList(1, name.size()).contains(word)) {
                        return article.people.get(p); // الأعرجي → قاسم الأعرجي
                    }
                }
            }
            if (!group && !definite && words.size() == 1 && !text.contains(" ")) {
                String word = words.iterator().next();
                for (int p = article.people.size() - 1; p >= 0; p--) {
                    List<String> name = article.people.get(p).nameKeys;
                    if (name.size() > 1 && name.get(name.size() - 1).equals(word)) {
                        return article.people.get(p); // وأضاف سريع after العميد يحيى سريع: a family name that is also a word
                    }
                }
            }
            if (definite && !group) {
                // وذكرت الخارجية after أفادت وزارة الخارجية الروسية: the body that spoke, not one whose role names it
                for (int h = article.history.size() - 1; h >= 0; h--) {
                    Speaker earlier = article.history.get(h).speaker;
                    if (!earlier.named && earlier.roleKeys.size() > words.size() && earlier.roleKeys.containsAll(words)) {
                        return earlier;
                    }
                }
            }
            if (!group && (words.size() >= 2 || definite)) { // سمو الأمير → أمير دولة الكويت الشيخ مشعل …
                for (int p = article.people.size() - 1; p >= 0; p--) {
                    if (article.people.get(p).roleKeys.containsAll(words)) {
                        return article.people.get(p);
                    }
                }
            }
            if (definite) {
                for (int h = article.history.size() - 1; h >= 0; h--) {
                    Speaker earlier = article.history.get(h).speaker;
                    if (!earlier.named && earlier.roleKeys.containsAll(words)) {
                        return earlier;
                    }
                }
            }
            return new Speaker(text, false, List.of(), words);
        }

        /** Where a description starts after its honorifics (سمو الأمير → الأمير), unless it is nothing else. */
        private int afterHonorifics(int from, int end) {
            int first = from;
            while (first + 1 < end && isTitle(first)) {
                first++;
            }
            return first;
        }

        private Set<String> roleKeys(int from, int end) {
            return bareKeys(Math.max(0, from), end);
        }

        private Set<String> bareKeys(int from, int end) {
            Set<String> words = new java.util.TreeSet<>();
            for (int k = from; k < end; k++) {
                if (k > from && COUNTRY_WORDS.contains(keys[k]) && isRole(k - 1)) {
                    // مفتي الجمهورية and مفتي الديار المصرية: any word for the country is one, the mufti of the country
                    words.add(bareKey(keys[k - 1]) + " " + bareKey(COUNTRY));
                } else if (!ArabicStemmer.isStopword(keys[k])) {
                    words.add(bareKey(keys[k]));
                }
            }
            return Set.copyOf(words);
        }

        // ---- quotations ----

        /**
         * Adds the quotation {@code q}; {@code running} is the attribution of a quotation the previous
         * paragraph left open, which a quotation opening this paragraph continues.
         */
        private void quote(ArabicText.Quotation q, Attribution running, Attribution introduced) {
            int start = q.innerStart();
            int end = q.innerEnd();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && (Character.isWhitespace(text.charAt(end - 1)))) {
                end--;
            }
            if (start >= end) {
                return;
            }
            if (!q.closed() && quotations.stream().anyMatch(other -> other.start() > q.start())) {
                return; // a stray mark, not a quotation running to the end of the paragraph
            }
            List<String> words = new ArrayList<>();
            for (int k = 0; k < tokens.size(); k++) {
                if (tokens.get(k).start() >= start && tokens.get(k).end() <= end) {
                    words.add(keys[k]);
                }
            }
            if (isNamed(q, words.size())) {
                article.quotedNames.add(List.copyOf(words));
                lastNameEnd = q.end();
                return;
            }
            if (namedBefore(words)) {
                return; // أن "لولو" تدير, after شركة "لولو ريتيل"
            }
            Attribution attribution = attributionFor(q);
            if (attribution == null && running != null && text.substring(0, q.start()).isBlank()) {
                attribution = running; // a quotation running on over paragraphs reopens each one with a mark
            }
            if (attribution == null && introduced != null && text.substring(0, q.start()).isBlank()) {
                attribution = introduced; // وجاء في بيان صادر عن قيادة الجيش: / «…»: the words the colon announced
            }
            if (words.size() <= 2 && !isSpeech(q, attribution)) {
                return;
            }
            if (isOnlyWhen(words)) {
                return; // سيتوجه إلى القاهرة "في الأيام المقبلة": a hedge on a date, not words anyone said
            }
            if (words.size() <= MAX_QUOTED_NAME && isOnlyAQuantity(text.substring(start, end))) {
                return; // تنقّل الوسطاء "أكثر من ثلاثين مرة": a figure set off, not words anyone said
            }
            if (!q.closed()) {
                article.runningQuote = attribution;
            }
            Optional<String> speaker = Optional.empty();
            Optional<String> ref = Optional.empty();
            if (attribution != null && attribution.speaker != null) {
                speaker = Optional.of(attribution.speaker.label);
                ref = Optional.ofNullable(attribution.ref);
            } else if (lineLabel() != null) {
                // الرئاسة السورية: الجانبان بحثا "…": a digest's line speaks in the words of the one its label names
                int[] label = lineLabel();
                speaker = Optional.of(labelSpeaker(label).label);
                ref = Optional.of(span(label[0], label[1]));
            }
            article.quotes.add(new Quote(text.substring(start, end), index, start, end, speaker, ref));
        }

        /** The longest label of one who speaks before a line's colon: وزير الطاقة محمد البشير. */
        private static final int MAX_LABEL = 4;

        /**
         * The tokens [start, end) of the label that opens a line before its colon and names a body or a person, as
         * a digest's lines are written (📌 الرئاسة السورية: …، عاجل | الخارجية السورية: …، وزارة الداخلية: …): marks and
         * a tag set off by a bar may come before it; its words are Arabic, unquoted, no figure, no verb, and it opens
         * with a name, a role, a rank, a body's head or a definite noun. Null for any other paragraph.
         */
        private int[] lineLabel() {
            int colon = text.indexOf(':');
            if (colon < 0 || tokens.isEmpty() || text.substring(0, tokens.get(0).start()).codePoints().anyMatch(Character::isLetterOrDigit)) {
                return null;
            }
            int from = 0;
            int end = 0;
            while (end < tokens.size() && tokens.get(end).end() <= colon) {
                if (text.substring(tokens.get(end).end(), end + 1 < tokens.size() ? tokens.get(end + 1).start() : text.length())
                        .strip().startsWith("|")) {
                    from = end + 1; // عاجل | الخارجية السورية: the tag before the bar is no part of the label
                }
                end++;
            }
            if (end == from || end - from > MAX_LABEL || !text.substring(tokens.get(end - 1).end(), colon).isBlank()) {
                return null;
            }
            for (int k = from; k < end; k++) {
                if (!tokens.get(k).isArabic() || tokens.get(k).isNumber() || quoted[k] || verbAt(k) != null
                        || (k > from && !text.substring(tokens.get(k - 1).end(), tokens.get(k).start()).isBlank())) {
                    return null;
                }
            }
            boolean speaks = nameIn(from, end) != null || isRole(from) || isTitle(from) || BODIES.contains(bareKey(keys[from]))
                    || (isDefinite(from) && !isStopword(from));
            return speaks ? new int[] {from, end} : null;
        }

        /** The one a line's label names: the person named in it with its role (وزير الطاقة محمد البشير), else the body. */
        private Speaker labelSpeaker(int[] label) {
            int[] name = nameIn(label[0], label[1]);
            if (name != null && name[1] == label[1] && name[1] - name[0] >= 2) {
                return person(name, roleKeys(label[0], name[0]));
            }
            int head = afterHonorifics(label[0], label[1]);
            return description(span(label[0], label[1]), bareKeys(head, label[1]), isDefinite(head), isGroup(head));
        }

        /** The nearest speech verb before the quotation in its sentence, else one right after it behind a comma. */
        private Attribution attributionFor(ArabicText.Quotation q) {
            int sentence = sentenceOf(q.start());
            Attribution best = null;
            for (Attribution a : attributions) {
                if (a.sentence == sentence && tokens.get(a.verb).end() <= q.start()) {
                    best = a;
                }
            }
            if (best != null || !q.closed()) {
                return best;
            }
            int next = firstTokenAfter(q.end());
            if (next < 0) {
                return null;
            }
            String gap = text.substring(q.end(), tokens.get(next).start());
            if (!gap.contains("\u060C") && !gap.contains(",")) {
                return null;
            }
            for (Attribution a : attributions) {
                if (a.verb == next) {
                    return a;
                }
            }
            return null;
        }

        /** Whether quoted words are one figure and nothing else (أكثر من ثلاثين مرة، 40 ألف دولار). */
        private static boolean isOnlyAQuantity(String words) {
            List<org.nashra.extract.figures.Figure> figures = org.nashra.extract.figures.FigureFinder.find(words);
            return figures.size() == 1 && words.substring(0, figures.get(0).start()).isBlank()
                    && words.substring(figures.get(0).end()).replaceAll("[.\u060C,!\u061F?]", "").isBlank();
        }

        /** Whether a quotation of one or two words is speech rather than a quoted name. */
        /** Whether quoted words, three or fewer, only say when (في الأيام المقبلة), with a period among them. */
        private static boolean isOnlyWhen(List<String> words) {
            if (words.isEmpty() || words.size() > 3) return false;
            boolean period = false;
            for (String word : words) {
                String bare = TIME_WORDS.contains(word) || word.length() < 4 || "وب".indexOf(word.charAt(0)) < 0 ? word : word.substring(1);
                if (!TIME_WORDS.contains(bare)) return false;
                period |= !TIME_PREPOSITIONS.contains(bare);
            }
            return period;
        }

        private boolean isSpeech(ArabicText.Quotation q, Attribution attribution) {
            String before = text.substring(0, q.start()).stripTrailing();
            if (before.endsWith(":")) {
                return endsClause(q);
            }
            int prev = lastTokenBefore(q.start());
            if (prev < 0) {
                return false;
            }
            if (endsWithPhrase(CUES, prev)) {
                return true;
            }
            if (attribution == null || attribution.verb > prev) {
                return false; // only a verb before the quotation governs it
            }
            for (int k = attribution.verb + 1; k <= prev; k++) {
                if (COMPLEMENTISERS.contains(keys[k])) {
                    return false;
                }
            }
            if (CALLED_TO.contains(keys[prev]) && isCalling(attribution.verb)) {
                return endsClause(q); // ويدعو أنصاره إلى "عدم التهاون": what the speaker called for
            }
            if (isIn(THANKING, attribution.verb)) {
                return THANKED_FOR.contains(keys[prev]) && endsClause(q); // شكر قطر على "دورها": what they were thanked for
            }
            for (int k = Math.max(attribution.end, attribution.verb + 1); k <= prev; k++) {
                if (startsClause(k) && commaBefore(k)) {
                    return false; // من الرابطة المحترفة الأولى "موبيليس": a later clause, far from the one who speaks
                }
            }
            boolean prepositionBefore = ArabicStemmer.isStopword(keys[prev]) || keys[prev].length() <= 1;
            return !prepositionBefore && endsClause(q);
        }

        /** Whether a quotation of these words (matching forms) is a name the article put in quotation marks before, or its first words. */
        private boolean namedBefore(List<String> words) {
            if (words.isEmpty() || words.size() > MAX_QUOTED_NAME) {
                return false;
            }
            return article.quotedNames.stream().anyMatch(name -> name.size() >= words.size() && name.subList(0, words.size()).equals(words));
        }

        private List<String> tokenKeys(int from, int end) {
            return List.of(java.util.Arrays.copyOfRange(keys, from, end));
        }

        /**
         * Whether the quotation is a name or a title rather than speech: right after a word that names it (المعروف
         * بـ"حميدتي"، ما سمي "…"، شعار "…"، شركة "…"، عبر «تويتر»، بتهمة "…"), or after a work (رواية "…"، فيلم وثائقي
         * "…"), with no colon between; or, of a few words, opening with the head of a document or a body (بـ"إعلان جدة"،
         * إنشاء "هيئة تنظيم الخدمات العامة") where no إن, أن or speech verb introduces it.
         */
        private boolean isNamed(ArabicText.Quotation q, int words) {
            int prev = lastTokenBefore(q.start());
            if (prev >= 0 && text.substring(tokens.get(prev).end(), q.start()).contains(":")) {
                // جائزة لجنة التحكيم: "لا أرض أخرى": a list of winners gives each award its work's title
                return words <= MAX_QUOTED_NAME && isAward(0) && attributions.stream().noneMatch(a -> a.verb < prev);
            }
            if (prev >= 0 && words <= MAX_QUOTED_NAME && isAward(prev)) {
                return true; // الفائزين بجوائز "اليسر": the award's name
            }
            int first = firstTokenAfter(q.innerStart());
            if (first >= 0 && quoted[first] && words <= MAX_QUOTED_NAME && NAME_HEADS.contains(keys[first])
                    && (prev < 0 || (!COMPLEMENTISERS.contains(keys[prev]) && verbAt(prev) == null))) {
                return true;
            }
            if (words <= MAX_QUOTED_NAME && inLatinTitleCase(q)) {
                return true; // فعالية "Riyadh Season Cup": a title in Latin letters, not speech in an Arabic text
            }
            if (words <= MAX_QUOTED_NAME && DATED_WORK.matcher(text.substring(q.end())).lookingAt()
                    && (prev < 0 || (!COMPLEMENTISERS.contains(keys[prev]) && verbAt(prev) == null && !spokenBy(prev)))) {
                return true; // و"على شاطئ الغوص" عام 1996: a work dated by the year it came out, not speech
            }
            if (words <= MAX_QUOTED_NAME && (spelledLetters(q, words) || originAfter(q, prev))) {
                return true; // بقيادة "بكتل" الأميركية و"إف إيه إس تي" الإسبانية: companies, not speech
            }
            if (lastNameEnd >= 0 && lastNameEnd <= q.start() && text.substring(lastNameEnd, q.start()).strip().matches("[و،,]")) {
                return true; // وظيفة "كاتب الوثائق الملكية" و"المشرف على بيت الحياة": listed with a name, a name
            }
            if (prev < 0) {
                return false;
            }
            if (words <= MAX_QUOTED_NAME && keys[prev].equals(FOR) && prev > 0 && !quoted[prev - 1] && endsAName(prev - 1)) {
                return true; // والفلسطيني باسم خندقجي عن «قناع بلون السماء»: the work an author is named for, a title
            }
            if (words <= MAX_QUOTED_NAME && governedName(prev, first)) {
                return true;
            }
            if (endsWithPhrase(NAME_CUES, prev)) {
                return true;
            }
            if (DETACHED_PREPOSITIONS.contains(keys[prev]) && prev > 0 && endsWithPhrase(NAME_CUES, prev - 1)) {
                return true;
            }
            if (words <= 3 && labelledBy(prev)) {
                return true; // من صنفتهم إدارة السجون "مقاتلين غير شرعيين": a class's label, not speech
            }
            for (int cue = prev; cue >= 0 && prev - cue <= 2 && !quoted[cue] && (cue == prev || !startsClause(cue + 1)); cue--) {
                if (isWorkWord(cue)) {
                    return true;
                }
                if (!keys[cue].endsWith("ي")) {
                    break; // فيلم وثائقي "…": only an adjective of relation stands between the work and its title
                }
            }
            return false;
        }

        /**
         * Whether the word at {@code cue} names a work before its title (رواية، ديوان), or does with a pronoun on it (عن
         * روايته "…"), unless إن or أن makes what follows what is said of it (إن ديوانه "يحكي قصة المدينة").
         */
        private boolean isWorkWord(int cue) {
            String key = keys[cue];
            if (WORK_CUES.contains(key) || WORK_WORDS.contains(key)) {
                return true;
            }
            if (cue > 0 && COMPLEMENTISERS.contains(keys[cue - 1])) {
                return false;
            }
            for (String suffix : PRONOUN_SUFFIXES) {
                if (key.endsWith(suffix) && key.length() - suffix.length() >= 3) {
                    String noun = key.substring(0, key.length() - suffix.length());
                    String feminine = noun.endsWith("ت") ? noun.substring(0, noun.length() - 1) + "ه" : noun; // روايته → رواية
                    return WORK_CUES.contains(noun) || WORK_WORDS.contains(noun) || WORK_CUES.contains(feminine) || WORK_WORDS.contains(feminine);
                }
            }
            return false;
        }

        /**
         * Whether a word that classes (صنفتهم، تصنيف) stands at token {@code prev} or up to three words before it, in
         * the same clause, with no quotation, إن or أن between.
         */
        private boolean labelledBy(int prev) {
            for (int k = prev; k >= 0 && prev - k <= 3 && !quoted[k]; k--) {
                String key = keys[k].length() > 3 && "وف".indexOf(keys[k].charAt(0)) >= 0 ? keys[k].substring(1) : keys[k];
                if (LABEL_CUES.contains(key) || LABEL_CUES.contains(bareKey(keys[k]))) {
                    return true;
                }
                if (COMPLEMENTISERS.contains(keys[k]) || (startsClause(k) && commaBefore(k))) {
                    return false;
                }
            }
            return false;
        }

        /** Whether token {@code k} is a word naming an award, with a proclitic or not (جائزة، بجوائز). */
        private boolean isAward(int k) {
            return k < tokens.size() && !quoted[k] && Clitics.stems(keys[k]).stream().anyMatch(AWARD_CUES::contains);
        }

        /** Whether token {@code k} is in the words of one who speaks (وقال الوزير "…"). */
        private boolean spokenBy(int k) {
            return attributions.stream().anyMatch(a -> a.verb <= k && k < a.end);
        }

        /**
         * Whether a quotation of a few words opening at token {@code first} is the name a noun in the construct state
         * governs, the noun right before it (token {@code prev}) with no mark between: عدد زوار "موسم الرياض 2024"،
         * بمنصة "إكس"، رأي "نداء الوطن"، وظيفة "كاتب الوثائق الملكية". Not a word of the one who speaks (وقال عباسي
         * "…"), where it was said (في تغريدة "…"), a noun with a pronoun or tanwin (ضغوطاً "…"), a verb or a particle,
         * nor words holding a particle (خطوة "في الاتجاه الصحيح"، بسبب "الإقبال في بعض المراكز"), which describe
         * rather than name.
         */
        private boolean governedName(int prev, int first) {
            if (first < 0 || !quoted[first] || isStopword(first) || !tokens.get(prev).isArabic() || tokens.get(prev).isNumber()
                    || quoted[prev] || keys[prev].length() < 3 || isDefinite(prev) || isStopword(prev) || verbAt(prev) != null
                    || COMPLEMENTISERS.contains(keys[prev]) || isTitle(prev) || CONTEXTS.contains(bareKey(keys[prev]))
                    || hasPronoun(prev) || isNameWordKnown(prev)) {
                return false;
            }
            String word = tokens.get(prev).text().replaceAll("[\u064B-\u0652]+$", "");
            if (word.endsWith("\u0627")) {
                return false; // ضغوطاً "غير مسبوقة": an indefinite noun, described rather than naming
            }
            if (word.endsWith("\u062A")) {
                return false; // انتقدت "بطء صرف الدفعات": a verb; a noun in the construct state keeps its ة
            }
            String gap = text.substring(tokens.get(prev).end(), tokens.get(first).start());
            if (!gap.chars().allMatch(c -> Character.isWhitespace(c) || ArabicText.isQuoteMark((char) c))) {
                return false;
            }
            for (Attribution a : attributions) {
                if (a.verb < prev && prev < a.end) {
                    return false; // وقال عباسي "…": the speaker's own words
                }
            }
            for (int k = first; k < tokens.size() && quoted[k]; k++) {
                String bare = keys[k].length() >= 3 && "وفبلك".indexOf(keys[k].charAt(0)) >= 0 ? keys[k].substring(1) : keys[k];
                if (isStopword(k) || ArabicStemmer.isStopword(bare) || Clitics.stems(keys[k]).stream().anyMatch(ArabicStemmer::isStopword)) {
                    return false; // بسبب "الإقبال في بعض المراكز"، لبنان "بأي تذكرة": words of a sentence, not a name
                }
            }
            return !verbGoverns(prev);
        }

        /** Whether token {@code k} follows a speech verb right away, as the one who speaks does (وقال حسان "…"). */
        private boolean verbGoverns(int k) {
            return k > 0 && verbAt(k - 1) != null && !startsClause(k);
        }

        /**
         * Whether token {@code k} ends a person's name: the last word of one the article named in two words or more, or
         * of two name words, the first maybe a given name that is also a word (باسم خندقجي), no verb of relaying comes before in the sentence (نقل … عن is whom one relays).
         */
        private boolean endsAName(int k) {
            String bare = bareKey(keys[k]);
            if (article.people.stream().anyMatch(p -> p.named && p.nameKeys.size() >= 2 && p.nameKeys.get(p.nameKeys.size() - 1).equals(bare))) {
                return true;
            }
            int sentence = sentenceOf(tokens.get(k).start());
            return k > 0 && !quoted[k - 1] && !startsClause(k) && (isNameWord(k - 1) && !isCommon(k - 1) || GIVEN_NAMES.contains(keys[k - 1])) && isNameWord(k) && !isCommon(k)
                    && attributions.stream().noneMatch(a -> a.sentence == sentence && verbs[a.verb] != null && verbs[a.verb].kind == Kind.RELAY);
        }

        /** Whether token {@code k} is a word of a person the article named (a name, not a noun governing one). */
        private boolean isNameWordKnown(int k) {
            String bare = bareKey(keys[k]);
            return article.people.stream().anyMatch(p -> p.nameKeys.contains(bare));
        }

        /**
         * Whether the quotation is two or more Latin letters spelled out in Arabic (إف إيه إس تي، إم بي سي): an acronym;
         * or a short name such letters open (يو إس إس ستوكديل).
         */
        private boolean spelledLetters(ArabicText.Quotation q, int words) {
            if (words < 2) {
                return false;
            }
            int letters = 0;
            for (int k = 0; k < tokens.size(); k++) {
                if (tokens.get(k).start() >= q.innerStart() && tokens.get(k).end() <= q.innerEnd()) {
                    if (!LETTER_NAMES.contains(keys[k])) {
                        // "يو إس إس ستوكديل": a short name that an acronym read out opens is a ship's or a firm's
                        return letters >= 2 && words <= MAX_QUOTED_NAME;
                    }
                    letters++;
                }
            }
            return true;
        }

        /**
         * Whether the quotation is followed right away by a definite adjective of origin (الأميركية، الإسبانية), as a
         * company or body is, where no إن, أن or speech verb introduces it.
         */
        private boolean originAfter(ArabicText.Quotation q, int prev) {
            int next = firstTokenAfter(q.end());
            if (next < 0 || quoted[next] || !isDefinite(next) || !isOfOrigin(next)
                    || !text.substring(q.end(), tokens.get(next).start()).isBlank()) {
                return false;
            }
            return prev < 0 || (!COMPLEMENTISERS.contains(keys[prev]) && verbAt(prev) == null);
        }

        /** Whether the quotation is a few words in Latin letters, each opening with a capital (Riyadh Season Cup). */
        private boolean inLatinTitleCase(ArabicText.Quotation q) {
            String inner = text.substring(q.innerStart(), q.innerEnd()).strip();
            if (inner.isEmpty()) {
                return false;
            }
            for (String word : inner.split("\\s+")) {
                if (!word.matches("[A-Z][A-Za-z0-9'&.-]*|[0-9]+|of|the|and|de|du|al")) {
                    return false;
                }
            }
            return true;
        }

        /** Whether one of the phrases ends at token {@code last}. */
        /** Where the longest of the phrases that ends at token {@code last} starts, or -1 when none does. */
        private int phraseStart(List<List<String>> phrases, int last) {
            int start = -1;
            for (List<String> phrase : phrases) {
                int first = last - phrase.size() + 1;
                if (first >= 0 && (start < 0 || first < start)
                        && java.util.stream.IntStream.range(0, phrase.size()).allMatch(k -> keys[first + k].equals(phrase.get(k)))) {
                    start = first;
                }
            }
            return start;
        }

        private boolean endsWithPhrase(List<List<String>> phrases, int last) {
            for (List<String> phrase : phrases) {
                int first = last - phrase.size() + 1;
                if (first < 0) {
                    continue;
                }
                boolean match = true;
                for (int k = 0; k < phrase.size() && match; k++) {
                    match = keys[first + k].equals(phrase.get(k));
                }
                if (match) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the quotation ends a clause: punctuation (not a colon) or the paragraph's end follows it. */
        private boolean endsClause(ArabicText.Quotation q) {
            String after = text.substring(q.end()).stripLeading();
            return after.isEmpty() || ".\u060C,\u061B!?\u061F".indexOf(after.charAt(0)) >= 0;
        }

        // ---- positions ----

        private int sentenceOf(int offset) {
            for (int s = 0; s < sentences.size(); s++) {
                if (offset < sentences.get(s).end()) {
                    return s;
                }
            }
            return sentences.size() - 1;
        }

        private int sentenceStartToken(int sentence) {
            if (sentence < 0 || sentence >= sentences.size()) {
                return -1;
            }
            return firstTokenAfter(sentences.get(sentence).start());
        }

        private int firstTokenAfter(int offset) {
            for (int k = 0; k < tokens.size(); k++) {
                if (tokens.get(k).start() >= offset) {
                    return k;
                }
            }
            return -1;
        }

        private int lastTokenBefore(int offset) {
            int found = -1;
            for (int k = 0; k < tokens.size() && tokens.get(k).end() <= offset; k++) {
                found = k;
            }
            return found;
        }

        /**
         * The name of the body nearest before token {@code k} in the paragraph, from its head (جمعية، شركة) to the first
         * definite word of the construct it opens (جمعية حماية المستهلك), or null.
         */
        private int[] bodyBefore(int k) {
            for (int b = k - 1; b >= 0; b--) {
                if (!quoted[b] && BODIES.contains(bareKey(keys[b])) && !isDefinite(b)) {
                    for (int e = b + 1; e < k && e - b <= MAX_NAME && !startsClause(e); e++) {
                        if (isDefinite(e)) {
                            return new int[] {b, e + 1};
                        }
                    }
                }
            }
            return null;
        }

        /** Whether token {@code k} names an owner after ل (للنادي، لوزارة الصحة), not a pronoun (له، لها). */
        private boolean ownedBy(int k) {
            String key = keys[k];
            return !quoted[k] && key.length() >= 4 && key.startsWith("ل") && !isStopword(k) && !STOPS.contains(key)
                    && !key.substring(1).matches("(ه|ها|هم|هما|نا|كم)");
        }

        /** Text whose first word carries the preposition ل, without it (للنادي → النادي، لوزارة الصحة → وزارة الصحة). */
        private static String withoutLam(String text) {
            return text.startsWith("لل") ? "ال" + text.substring(2) : text.startsWith("ل") ? text.substring(1) : text;
        }

        /** Whether the speech verb at {@code i} takes an object after its subject ({@code describing-verbs.txt}). */
        private boolean describes(int i) {
            String key = keys[i];
            List<String> forms = new ArrayList<>(List.of(key));
            if (key.length() > 3 && (key.startsWith("و") || key.startsWith("ف"))) forms.add(key.substring(1));
            for (String form : List.copyOf(forms)) {
                for (String suffix : PRONOUN_SUFFIXES) {
                    if (form.endsWith(suffix) && form.length() - suffix.length() >= 2) forms.add(form.substring(0, form.length() - suffix.length()));
                }
            }
            return forms.stream().anyMatch(DESCRIBING::contains);
        }

        /**
         * Where the subject of a verb of describing ends: after its head (الوزير) or its construct (وزارة الزراعة) and
         * the adjectives of origin after it (الحكومة السودانية); a definite word after that is the object (القرار).
         */
        private int subjectEnd(int from, int end) {
            int k = afterHonorifics(from, end);
            while (k < end && !isDefinite(k)) k++;
            if (k >= end) return end;
            k++;
            while (k < end && isDefinite(k) && isOfOrigin(k)) k++;
            return k < end && isDefinite(k) ? k : end;
        }

        /** An adjective of origin or kind (السودانية، الاقتصادي، الرسميون), which stays with the noun it follows. */
        private boolean isOfOrigin(int k) {
            String bare = bareKey(keys[k]);
            return bare.length() >= 3 && (bare.endsWith("ي") || bare.endsWith("يه") || bare.endsWith("ية") || bare.endsWith("يون")
                    || bare.endsWith("يين"));
        }

        private String span(int from, int end) {
            return text.substring(tokens.get(from).start(), tokens.get(end - 1).end());
        }
    }

    private static final Set<String> MONTHS = loadMonths();

    /** A listed role word, or its feminine or plural form (عسكرية، عسكريون، عسكريات → عسكري). */
    private static boolean isRoleWord(String stem) {
        if (ROLES.contains(stem)) {
            return true;
        }
        for (String ending : List.of("ه", "ون", "ين", "ات")) {
            if (stem.endsWith(ending) && stem.length() - ending.length() >= 3
                    && ROLES.contains(stem.substring(0, stem.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The role a word names with a pronoun on it, the role of one the article named before (رئيسها → رئيس), or null.
     */
    private static String ownersRole(String key) {
        for (String suffix : PRONOUN_SUFFIXES) {
            String noun = key.startsWith("و") ? key.substring(1) : key;
            if (noun.endsWith(suffix) && noun.length() - suffix.length() >= 3) {
                noun = noun.substring(0, noun.length() - suffix.length());
                return ROLES.contains(noun) ? noun : null;
            }
        }
        return null;
    }

    /** A word's matching form without an attached article (الأعرجي → اعرجي، للتحالف → تحالف). */
    static String bareKey(String key) {
        for (String prefix : List.of("ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال")) {
            if (key.startsWith(prefix) && key.length() - prefix.length() >= 2) {
                return key.substring(prefix.length());
            }
        }
        return key;
    }

    private static Map<String, Verb> loadVerbs() {
        Map<String, Verb> verbs = new TreeMap<>();
        for (List<String> row : WordLists.rows(Quote.class, "speech-verbs.tsv")) {
            verbs.put(WordLists.key(row.get(0)), new Verb(row.get(1).charAt(0), Kind.valueOf(row.get(2).toUpperCase(java.util.Locale.ROOT))));
        }
        return Map.copyOf(verbs);
    }

    private static Map<String, Set<String>> loadOtherSenses() {
        Map<String, Set<String>> senses = new TreeMap<>();
        for (List<String> row : WordLists.rows(Quote.class, "other-senses.tsv")) {
            Set<String> words = new java.util.TreeSet<>();
            for (String word : row.get(1).strip().split("\\s+")) {
                words.add(WordLists.key(word));
            }
            senses.put(WordLists.key(row.get(0)), Set.copyOf(words));
        }
        return Map.copyOf(senses);
    }

    private static Map<String, Set<String>> loadHonorificPronouns() {
        Map<String, Set<String>> honorifics = new TreeMap<>();
        for (List<String> row : WordLists.rows(Quote.class, "honorific-pronouns.tsv")) {
            Set<String> roles = new java.util.TreeSet<>();
            for (String word : row.get(1).split("\\s+")) {
                roles.add(bareKey(WordLists.key(word)));
            }
            honorifics.put(WordLists.key(row.get(0)), Set.copyOf(roles));
        }
        return Map.copyOf(honorifics);
    }

    private static Map<String, String> loadInterviewLines() {
        Map<String, String> lines = new TreeMap<>();
        for (List<String> row : WordLists.rows(Quote.class, "interview-lines.tsv")) {
            lines.put(WordLists.key(row.get(0)), row.get(1));
        }
        return Map.copyOf(lines);
    }

    private static Set<String> loadCommonWords() {
        Set<String> personWords = new java.util.HashSet<>();
        for (List<String> row : WordLists.rows(Quote.class, "/org/nashra/extract/entities/ner-ar-word-lists.tsv")) {
            if (row.size() > 1 && row.get(1).equals("PERS")) {
                personWords.add(WordLists.key(row.get(0)));
            }
        }
        Set<String> common = new java.util.HashSet<>();
        for (List<String> row : WordLists.rows(Quote.class, "/org/nashra/extract/entities/ner-ar-name-words.tsv")) {
            String key = WordLists.key(row.get(0));
            if (row.size() > 3 && Integer.parseInt(row.get(3).strip()) == 0 && Integer.parseInt(row.get(2).strip()) >= 2
                    && !personWords.contains(key)) {
                common.add(key);
            }
        }
        for (List<String> row : WordLists.rows(Quote.class, "/org/nashra/extract/entities/ner-ar-name-words.tsv")) {
            if (row.size() > 3 && Integer.parseInt(row.get(3).strip()) > 0) {
                common.remove(WordLists.key(row.get(0))); // a word folded alike with one seen in a person's name
            }
        }
        return Set.copyOf(common);
    }

    private static Set<String> loadMonths() {
        Set<String> months = new java.util.TreeSet<>();
        for (String month : WordLists.matchingSet(Quote.class, "/org/nashra/extract/figures/months.txt")) {
            months.add(bareKey(month));
        }
        return Set.copyOf(months);
    }
}
