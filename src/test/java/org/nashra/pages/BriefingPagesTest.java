package org.nashra.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nashra.analyse.EntityFound;
import org.nashra.core.Span;
import org.nashra.extract.EntityType;
import org.nashra.extract.Mention;
import org.nashra.extract.resolve.EntityRef;
import org.nashra.extract.resolve.RoleMention;

/** How a briefing tells which person a quote's speaker is. */
class BriefingPagesTest {

    /**
     * A family name alone as the speaker (قال الشرع إن "…") ⇒ the person named with it last before the quote.
     * People are "id=mention@block:offset" joined by ";"; the quote stands at "block:offset"; "—" for none.
     */
    @ParameterizedTest(name = "[{index}] {0} ← {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            الشرع   | ahmed-al-sharaa=أحمد الشرع@0:40                             | 4:10 | ahmed-al-sharaa
            الشرع   | ahmed-al-sharaa=أحمد الشرع@6:0                              | 4:10 | —
            الأسد   | hafez-al-assad=حافظ الأسد@0:0;bashar-al-assad=بشار الأسد@2:0 | 3:0  | bashar-al-assad
            الأسد   | bashar-al-assad=بشار الأسد@2:0;hafez-al-assad=حافظ الأسد@0:0 | 3:0  | bashar-al-assad
            الأسد   | hafez-al-assad=حافظ الأسد@0:0;bashar-al-assad=بشار الأسد@3:20 | 3:10 | hafez-al-assad
            عباسي   | thabit-al-abbasi=ثابت العباسي@0:0                            | 1:0  | thabit-al-abbasi
            ميقاتي  | najib-mikati=نجيب ميقاتي@2:0                                 | 3:0  | najib-mikati
            الشرع   | al-sharaa=الشرع@0:0                                          | 3:0  | —
            أحمد الشرع | ahmed-al-sharaa=أحمد الشرع@0:0                            | 3:0  | —
            الشرع   | ahmed-al-sharaa=أحمد الشرعي@0:0                              | 3:0  | —
            """)
    void aFamilyNameAloneIsThePersonNamedWithItLastBeforeTheQuote(String speaker, String people, String at, String expected) {
        List<EntityFound> entities = new ArrayList<>();
        for (String person : people.split(";")) {
            String id = person.substring(0, person.indexOf('='));
            String surface = person.substring(person.indexOf('=') + 1, person.indexOf('@'));
            String[] where = person.substring(person.indexOf('@') + 1).split(":");
            int block = Integer.parseInt(where[0]);
            int start = Integer.parseInt(where[1]);
            EntityRef ref = new EntityRef(id, EntityType.PERSON, surface, id, false,
                    List.of(new Mention(surface, start, start + surface.length(), EntityType.PERSON)), List.of());
            entities.add(new EntityFound(ref, List.of(new Span(block, start, start + surface.length()))));
        }
        String[] quote = at.split(":");
        assertEquals(expected, BriefingPages.byFamilyName(entities, speaker, Integer.parseInt(quote[0]), Integer.parseInt(quote[1]))
                .orElse("—"));
    }

    /**
     * A role alone as the speaker (وكتب ولي العهد: "…") ⇒ the one person of the article holding it: written before a
     * mention (after "^", as the resolver gives it) or in apposition after one in the text; "—" when none or two hold it.
     * People are "id=mention" or "id=mention^role" joined by ";", each found in the text.
     */
    @ParameterizedTest(name = "[{index}] {0} ← {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ولي العهد    | كريمة الأمير الحسين بن عبدالله الثاني، ولي العهد، وسمو الأميرة رجوة الحسين | crown-prince=الحسين بن عبدالله الثاني;rajwa=رجوة الحسين | crown-prince
            ولي العهد    | أكد ولي العهد السعودي الأمير محمد بن سلمان أن                            | mbs=محمد بن سلمان^ولي العهد السعودي                    | mbs
            وزير الخارجية | التقى وزير الخارجية أيمن الصفدي بنظيره                                  | safadi=أيمن الصفدي^وزير الخارجية                        | safadi
            الوزير       | التقى وزير الخارجية أيمن الصفدي بنظيره                                  | safadi=أيمن الصفدي^وزير الخارجية                        | —
            ولي العهد    | كريمة الأمير الحسين بن عبدالله الثاني، ولي العهد السعودي الأسبق          | crown-prince=الحسين بن عبدالله الثاني                   | —
            الوزير       | قال الوزير علي وأكد الوزير عمر                                          | ali=علي^الوزير;omar=عمر^الوزير                          | —
            رئيس الوزراء | بحضور جعفر حسان، رئيس الوزراء.                                          | hassan=جعفر حسان                                        | hassan
            ولي العهد    | بحضور جعفر حسان، رئيس الوزراء.                                          | hassan=جعفر حسان                                        | —
            رئيس الهيئة  | وقع وليد جمال الدين، رئيس الهيئة العامة للمنطقة الاقتصادية، عقداً بحضور مصطفى مدبولي، رئيس مجلس الوزراء | walid=وليد جمال الدين;madbouly=مصطفى مدبولي | walid
            رئيس الهيئة  | التقى رئيس الهيئة العامة للاستثمار حسام هيبة بالوفد                      | heiba=حسام هيبة^رئيس الهيئة العامة للاستثمار              | heiba
            رئيس الهيئة  | وقع وليد جمال الدين، رئيس الهيئة العامة للاستثمار، مع أحمد علي، رئيس الهيئة العربية للتصنيع | walid=وليد جمال الدين;ali=أحمد علي | —
            الرئيس       | بحضور جعفر حسان، الرئيس التنفيذي للشركة                                  | hassan=جعفر حسان                                        | —
            السفير الألماني | استقبل الوزير السفير الألماني لدى دولة قطر ألكسندر شميدت               | schmidt=ألكسندر شميدت^السفير الألماني لدى دولة قطر       | schmidt
            السفير الفرنسي | استقبل الوزير السفير الألماني لدى دولة قطر ألكسندر شميدت                | schmidt=ألكسندر شميدت^السفير الألماني لدى دولة قطر       | —
            السفير       | استقبل الوزير السفير الألماني لدى دولة قطر ألكسندر شميدت                | schmidt=ألكسندر شميدت^السفير الألماني لدى دولة قطر       | —
            """)
    void aRoleAloneIsTheOnePersonHoldingIt(String speaker, String text, String people, String expected) {
        List<EntityFound> entities = new ArrayList<>();
        for (String person : people.split(";")) {
            String id = person.substring(0, person.indexOf('='));
            String[] named = person.substring(person.indexOf('=') + 1).split("\\^");
            int start = text.indexOf(named[0]);
            List<RoleMention> roles = named.length < 2 ? List.of()
                    : List.of(new RoleMention(named[1], named[1], text.indexOf(named[1]), text.indexOf(named[1]) + named[1].length()));
            EntityRef ref = new EntityRef(id, EntityType.PERSON, named[0], id, false,
                    List.of(new Mention(named[0], start, start + named[0].length(), EntityType.PERSON)), roles);
            entities.add(new EntityFound(ref, List.of(new Span(0, start, start + named[0].length()))));
        }
        assertEquals(expected, BriefingPages.byRole(entities, List.of(text), speaker).orElse("—"));
    }

    /**
     * The head of a body alone as the speaker (وجاء في بيان نشره النادي) ⇒ the organisation named last before the quote
     * with a mention opening with that head or written right after it (the text of block 0, when given); organisations
     * as the people above; "—" for none.
     */
    @ParameterizedTest(name = "[{index}] {0} ← {1}")
    @CsvSource(delimiter = '|', textBlock = """
            النادي   | mc-alger=نادي مولودية الجزائر@0:20                                      | 2:0 | mc-alger |
            النادي   | mc-alger=نادي مولودية الجزائر@0:20;cr-belouizdad=نادي شباب بلوزداد@1:0 | 2:0 | cr-belouizdad |
            النادي   | mc-alger=نادي مولودية الجزائر@3:0                                       | 2:0 | — |
            النادي   | mc-alger=مولودية الجزائر@0:20                                           | 2:0 | — |
            الوزارة  | agriculture=وزارة الزراعة@0:0                                           | 1:0 | agriculture |
            نادي     | mc-alger=نادي مولودية الجزائر@0:20                                      | 2:0 | — |
            الوزارة الخطوة | agriculture=وزارة الزراعة@0:0                                     | 1:0 | — |
            المصرف   | uae-central-bank=المصرف المركزي@1:10                                     | 2:0 | uae-central-bank |
            المصرف   | fed=المصرفية الفيدرالية@1:10                                           | 2:0 | — |
            الشركة   | aramco=أرامكو@0:11                                                      | 1:0 | aramco | أعلنت شركة أرامكو أن
            الشركة   | aramco=أرامكو@0:18                                                      | 1:0 | aramco | جاء في بيان لشركة أرامكو
            الوزارة  | aramco=أرامكو@0:11                                                      | 1:0 | —      | أعلنت شركة أرامكو أن
            الرئيس   | aramco=أرامكو@0:9                                                       | 1:0 | —      | قال رئيس أرامكو إن
            """)
    void aBodysHeadAloneIsTheOrganisationNamedWithItLastBeforeTheQuote(String speaker, String bodies, String at, String expected, String block0) {
        List<EntityFound> entities = new ArrayList<>();
        for (String body : bodies.split(";")) {
            String id = body.substring(0, body.indexOf('='));
            String surface = body.substring(body.indexOf('=') + 1, body.indexOf('@'));
            String[] where = body.substring(body.indexOf('@') + 1).split(":");
            int block = Integer.parseInt(where[0]);
            int start = Integer.parseInt(where[1]);
            EntityRef ref = new EntityRef(id, EntityType.ORGANISATION, surface, id, false,
                    List.of(new Mention(surface, start, start + surface.length(), EntityType.ORGANISATION)), List.of());
            entities.add(new EntityFound(ref, List.of(new Span(block, start, start + surface.length()))));
        }
        String[] quote = at.split(":");
        List<String> blocks = block0 == null ? List.of() : List.of(block0);
        assertEquals(expected, BriefingPages.byHead(entities, blocks, speaker, Integer.parseInt(quote[0]), Integer.parseInt(quote[1]))
                .orElse("—"));
    }

    /**
     * Whether a speaker with no entity is an organisation, which an English page names in English or not at all
     * (الحكومة المكلفة), rather than a person, whose name not yet in the gazetteer stays as the article writes it.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            الحكومة المكلفة  | true
            وزارة الزراعة    | true
            النادي           | true
            كرم شعار         | false
            المسؤول الأميركي | false
            """)
    void anOrganisationSpeakerIsToldByTheHeadOfItsName(String speaker, boolean expected) {
        assertEquals(expected, BriefingPages.bodyHead(speaker));
    }

    /** A speaker with no entity, written in Latin letters only, is headed on an English page as written. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Emaar Properties  | true
            BBC               | true
            شركة Emaar        | false
            كرم شعار          | false
            2024              | false
            """)
    void aSpeakerWrittenInLatinLettersIsItsOwnEnglishName(String speaker, boolean expected) {
        assertEquals(expected, BriefingPages.writtenInLatin(speaker));
    }

    /** A role heading the quotes of its one holder, as the analysis gives its English. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            French Ambassador                | The French Ambassador
            spokesman for the Israeli Army   | The spokesman for the Israeli Army
            the head of the Central Bank     | The head of the Central Bank
            """)
    void aRoleAloneHeadsItsHoldersQuotes(String role, String expected) {
        assertEquals(expected, BriefingPages.roleHeading(role));
    }

    /** An organisation speaker ending in an adjective of origin ⇒ the name its entity may go by; "—" for none. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            وزارة الموارد المائية والري المصرية | وزارة الموارد المائية والري
            وزارة المالية الكويتية              | وزارة المالية
            الحكومة السودانية                   | —
            محمد علي الحسيني                    | —
            وزارة الموارد المائية والري         | —
            """)
    void anOrganisationSpeakerIsFoundWithoutItsAdjectiveOfOrigin(String speaker, String expected) {
        assertEquals(expected, BriefingPages.withoutOrigin(speaker).orElse("—"));
    }

    /**
     * Those who speak together (وجاء في بيان صادر عن السعودية وإيران والصين) ⇒ the parts the page looks up one by one,
     * joined by ";": a word opening with و after the first starts another; one part alone is no joint speaker.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            السعودية وإيران والصين                   | السعودية;إيران;الصين
            الحكومة السورية وقوات سوريا الديمقراطية | الحكومة السورية;قوات سوريا الديمقراطية
            وزارة الخارجية                           | وزارة الخارجية
            وليد الركراكي                            | وليد الركراكي
            """)
    void jointSpeakersAreSplitWhereAndJoinsThem(String speaker, String expected) {
        assertEquals(expected, String.join(";", BriefingPages.jointParts(speaker)));
    }

    /**
     * A full name as the speaker (ريشي سوناك) when the article's person is named by the family name alone ⇒ that person;
     * people as above, without where they stand; "—" for none.
     */
    @ParameterizedTest(name = "[{index}] {0} ← {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ريشي سوناك              | sunak=سوناك                  | sunak
            ريشي سوناك              | keir-starmer=كير ستارمر      | —
            مدرب ليفربول أرني سلوت | arne-slot=سلوت               | —
            سوناك                   | sunak=سوناك                  | —
            """)
    void aFullNameIsThePersonNamedByItsLastWord(String speaker, String people, String expected) {
        List<EntityFound> entities = new ArrayList<>();
        for (String person : people.split(";")) {
            String id = person.substring(0, person.indexOf('='));
            String surface = person.substring(person.indexOf('=') + 1);
            EntityRef ref = new EntityRef(id, EntityType.PERSON, surface, id, false,
                    List.of(new Mention(surface, 0, surface.length(), EntityType.PERSON)), List.of());
            entities.add(new EntityFound(ref, List.of(new Span(0, 0, surface.length()))));
        }
        assertEquals(expected, BriefingPages.byLastWord(entities, speaker).orElse("—"));
    }

    /** A speaker's name the article wrote with a title before it (مار) ⇒ that person; "—" for none. */
    @ParameterizedTest(name = "[{index}] {0} ← {1}")
    @CsvSource(delimiter = '|', textBlock = """
            إغناطيوس يوسف الثالث يونان | younan=مار إغناطيوس يوسف الثالث يونان | younan
            إغناطيوس يوسف الثالث يونان | younan=البطريرك مار إغناطيوس يوسف الثالث يونان | —
            يونان                      | younan=مار يونان                     | —
            يوسف يونان                 | younan=مار إغناطيوس يوسف يونان       | —
            """)
    void aNameWithATitleBeforeItIsThatPerson(String speaker, String people, String expected) {
        String id = people.substring(0, people.indexOf('='));
        String surface = people.substring(people.indexOf('=') + 1);
        EntityRef ref = new EntityRef(id, EntityType.PERSON, surface, id, false,
                List.of(new Mention(surface, 0, surface.length(), EntityType.PERSON)), List.of());
        List<EntityFound> entities = List.of(new EntityFound(ref, List.of(new Span(0, 0, surface.length()))));
        assertEquals(expected, BriefingPages.byTitledName(entities, speaker).orElse("—"));
    }
}
