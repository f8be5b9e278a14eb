package org.nashra.extract.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.nashra.extract.EntityType;
import org.nashra.extract.Mention;
import org.nashra.translate.names.PlaceLexicon;
import org.nashra.translate.names.Transliterator;

class EntityResolverTest {

    private static final Pattern MARK = Pattern.compile("«([^|»]+)\\|(PERS|ORG|LOC|MISC)»");
    private static Transliterator transliterator;
    private static PlaceLexicon places;
    private static EntityResolver resolver;

    @BeforeAll
    static void load() {
        transliterator = Transliterator.load();
        places = PlaceLexicon.load();
        resolver = new EntityResolver(Gazetteer.load(Path.of("data/entities.yml")).value(),
                RoleLexicon.load(Path.of("data/roles.yml")).value(), transliterator, places);
    }

    /** An article's outlet in English: the editors' gazetteer (by name or alias) first, then the agencies and organisations' words. */
    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            رووداو                   | Rudaw
            المستقلة                 | Al-Mustaqilla Press Agency
            رويترز                   | Reuters
            أ ف ب                    | AFP
            ا ف ب                    | AFP
            وكالة الأناضول           | Anadolu Agency
            وكالة الأنباء العراقية   | Iraqi News Agency (INA)
            بوابة نيوز               | ''
            الجزيرة + وكالات         | Al Jazeera + agencies
            الشرق الأوسط             | Asharq Al-Awsat
            بوابة نيوز + وكالات      | ''
            الجزيرة نت + مجلة لانسيت | Al Jazeera Net + The Lancet
            صحيفة الاقتصادية         | Al Eqtisadiah
            جريدة الجريدة            | Al Jarida
            جريدة الجريدة الكويتية   | Al Jarida
            صحراء ميديا              | Sahara Medias
            يلا كورة                 | Yallakora
            صحيفة أخبار الخليج       | Akhbar Al Khaleej
            في الفن                  | FilFan
            صحيفة الفن               | ''
            صحيفة الشرق الأوسط       | Asharq Al-Awsat
            صحيفة محلية              | ''
            الجزيرة نت + مجلة صحية   | Al Jazeera Net
            مجلة صحية + الجزيرة نت   | ''
            العمانية                 | Oman News Agency (ONA)
            أرقام                    | Argaam
            الاقتصادي                | Al-Iqtisadi
            عمون                     | Ammon News
            أرقام قياسية             | ''
            المنطقة الاقتصادية لقناة السويس | Suez Canal Economic Zone (SCZONE)
            وزارة التراث والسياحة    | Heritage and Tourism Ministry
            كووورة                   | Kooora
            كوورة                    | Kooora
            عنب بلدي                 | Enab Baladi
            النشرة                   | Al-Nashra
            الأخبار                  | Al-Akhbar
            العربية Business         | Al Arabiya Business
            الجديد                   | Al Jadeed
            بي بي سي نيوز عربي       | BBC News Arabic
            الشروق أونلاين           | Echorouk Online
            موزاييك أف أم            | Mosaique FM
            الرياضية                 | Arriyadiyah
            وزارة النفط والغاز       | Ministry of Oil and Gas
            صحيفة الرياض             | Al Riyadh
            عدن الغد                 | Aden Al-Ghad
            الرياض                   | ''
            موزاييك                  | Mosaique FM
            في الجول                 | FilGoal
            أثير                     | Atheer
            رؤيا الإخباري            | Roya News
            رؤيا                     | Roya News
            قراءات إفريقية           | Qiraat Afrikiya
            عرب 48                   | Arab 48
            الصباح                   | Al-Sabah
            دمشق الآن                | Damascus Now
            Zain                     | Zain
            """)
    void anOutletsEnglishNameComesFromTheGazetteerThenTheAgencies(String outlet, String english) {
        Gazetteer gazetteer = Gazetteer.load(Path.of("data/entities.yml")).value();
        assertEquals(english.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(english),
                EntityResolver.organisationInEnglish(gazetteer, outlet));
    }

    /**
     * A place's head word right before a name, a conjunction or preposition on it or the line broken between them, makes a
     * listed organisation's name (الفاو, FAO) a place: وقضاء الفاو is the Al-Faw district.
     */
    @ParameterizedTest(name = "{0} ⇒ {2}")
    @CsvSource(delimiter = '|', textBlock = """
            يربط الميناء وقضاء الفاو بطول 30 كم  | الفاو | true
            في منطقة الفاو                       | الفاو | true
            في مشروع ميناء/الفاو الكبير          | الفاو | true
            بمنطقة الفاو                         | الفاو | true
            وقالت الفاو إن الأسعار ارتفعت        | الفاو | false
            """)
    void aNameAfterAPlaceHeadIsAPlace(String text, String name, boolean afterHead) {
        String lines = text.replace('/', '\n');
        int at = lines.indexOf(name);
        assertEquals(afterHead, EntityResolver.afterPlaceHead(new Mention(name, at, at + name.length(), EntityType.ORGANISATION), lines));
    }

    /** An article whose marks are removed, with the marked names as mentions. */
    record Marked(String text, List<Mention> mentions) {
        static Marked of(String marked) {
            StringBuilder text = new StringBuilder();
            List<Mention> mentions = new ArrayList<>();
            Matcher matcher = MARK.matcher(marked);
            int last = 0;
            while (matcher.find()) {
                text.append(marked, last, matcher.start());
                int start = text.length();
                text.append(matcher.group(1));
                mentions.add(new Mention(matcher.group(1), start, text.length(), EntityType.ofConllTag(matcher.group(2))));
                last = matcher.end();
            }
            text.append(marked.substring(last));
            return new Marked(text.toString(), mentions);
        }
    }

    static Stream<Arguments> cases() throws IOException {
        return SeedResolutionTest.table("resolution-cases.tsv").stream().map(r -> Arguments.of(r[0], r[1]));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("cases")
    void resolves(String markedArticle, String expected) {
        Marked article = Marked.of(markedArticle);
        List<EntityRef> refs = resolver.resolve(article.text(), article.mentions());
        Map<Mention, String> idOf = new TreeMap<>((a, b) -> Integer.compare(a.start(), b.start()));
        refs.forEach(ref -> ref.mentions().forEach(m -> idOf.put(m, ref.entityId())));
        String[] expectations = expected.split(" ; ");
        assertEquals(expectations.length, article.mentions().size(), "one expectation per marked name");
        Map<String, String> madeUp = new TreeMap<>();
        for (int i = 0; i < expectations.length; i++) {
            Mention mention = article.mentions().get(i);
            String[] nameAndId = expectations[i].split("=");
            assertEquals(nameAndId[0], mention.surface());
            String actual = idOf.get(mention);
            String want = nameAndId[1];
            if (want.equals("-")) {
                assertEquals(null, actual, () -> "'" + SeedResolutionTest.visible(mention.surface()) + "' names no entity");
            } else if (want.startsWith("?")) {
                assertTrue(actual != null && actual.matches("[a-z0-9]+(-[a-z0-9]+)*"), () -> "ASCII slug id, got " + actual);
                String previous = madeUp.putIfAbsent(want, actual);
                if (previous != null) assertEquals(previous, actual, () -> want + " must be one entity");
                else madeUp.forEach((letter, id) -> { if (!letter.equals(want)) assertNotEquals(id, actual, want + " vs " + letter); });
            } else {
                assertEquals(want, actual, () -> "'" + SeedResolutionTest.visible(mention.surface()) + "'");
            }
        }
    }

    /** A club named by its city alone, spelt with other long vowels than the place lexicon's (مغدبورغ), is the city's English. */
    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = ';', textBlock = """
            ويلتقي الزمالك الفائز من مواجهة «ماغدبورغ|ORG» الألماني.                 ; Magdeburg
            """)
    void aClubNamedByItsCityIsTheCitysEnglish(String marked, String english) {
        Marked article = Marked.of(marked);
        assertEquals(english, resolver.resolve(article.text(), article.mentions()).get(0).nameEn());
    }

    /** The Latin spelling an article gives in brackets after a name is its English name; the id stays the Arabic's. */
    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = ';', textBlock = """
            وسجل الفرنسي «كيليان مبابي|PERS» (Kylian Mbappé) هدفين.                 ; Kylian Mbappé       ; true
            والتقى «جان نويل بارو|PERS» ( Jean-Noël   Barrot ) في باريس.             ; Jean-Noël Barrot    ; true
            قال «جان نويل بارو|PERS» (وزير الخارجية) إن الاتفاق قريب.                ; Jan Noel Baro       ; false
            تبنت «حركة الشباب المجاهدين|ORG» (Al-Shabaab) الهجوم.                    ; Al-Shabaab          ; true
            قال «كيليان مبابي|PERS» (kylian) شيئا.                                   ; Cillian Mbappe      ; false
            استهدفت ناقلة النفط "«سونيون|ORG»" (SOUNION) قبالة الحديدة.               ; SOUNION             ; true
            استهدفت ناقلة النفط «سونيون|ORG» ثم "قبالة" (Hodeidah).                  ; Sonni               ; false
            أعلنت منصة "رواتب" (Rawateb) جولة، وقال مؤسس «رواتب|ORG» إنها نجحت.      ; Rawateb             ; true
            أعلنت منصة «رواتب|ORG» جولة لدفع رواتب (Salaries) الموظفين.             ; Rouateb             ; false
            """)
    void aLatinSpellingInBracketsAfterANameIsItsEnglishName(String marked, String english, boolean fromTheArticle) {
        Marked article = Marked.of(marked);
        EntityRef ref = resolver.resolve(article.text(), article.mentions()).get(0);
        assertEquals(english, ref.nameEn());
        if (fromTheArticle) assertFalse(ref.englishTransliterated(), "the article's own spelling is not marked as transliterated");
        Marked without = Marked.of("وفي خبر آخر قال «" + article.mentions().get(0).surface() + "|" + (ref.type() == EntityType.PERSON ? "PERS" : "ORG") + "» شيئا.");
        assertEquals(resolver.resolve(without.text(), without.mentions()).get(0).entityId(), ref.entityId(), "one id, with the Latin or without");
    }

    /**
     * A body the article names in Latin letters alone (شركة Palo Alto Networks) is an entity of that name in English too,
     * its id the name's slug; two such names are two entities.
     */
    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = ';', textBlock = """
            من إنتاج شركة «Palo Alto Networks|ORG» الأمريكية، ورصدت شركة «Volexity|ORG» الهجمات.   ; Palo Alto Networks ; palo-alto-networks ; 2
            فيما أطلقت وحدة «Unit 42|ORG» على الحملة اسماً.                                       ; Unit 42            ; unit-42            ; 1
            """)
    void aBodyNamedInLatinLettersIsAnEntityOfThatName(String marked, String english, String id, int entities) {
        Marked article = Marked.of(marked);
        List<EntityRef> refs = resolver.resolve(article.text(), article.mentions());
        assertEquals(entities, refs.size());
        assertEquals(english, refs.get(0).nameEn());
        assertEquals(id, refs.get(0).entityId());
        assertFalse(refs.get(0).englishTransliterated());
    }

    /** An organisation's English: its words where the list knows them all, else its head in English after the rest spelt out. */
    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = ';', textBlock = """
            وقال «البنك المركزي الأردني|ORG» إن التضخم تراجع.    ; Central Bank of Jordan
            وقال «البنك المركزي الكويتي|ORG» إن التضخم تراجع.    ; Central Bank of Kuwait
            وقالت «شركة إريكسون السويدية|ORG» إن الشبكة جاهزة.   ; Ericsson
            وأيدت «محكمة الاستئناف|ORG» في «دبي|LOC» الحكم.      ; Dubai Court of Appeal
            وأيدت «محكمة الاستئناف|ORG» في «بغداد|LOC» الحكم.    ; Baghdad Court of Appeal
            وقضت «محكمة الاستئناف|ORG» ب«الدار البيضاء|LOC» بالسجن. ; Casablanca Court of Appeal
            وقضت «محكمة التمييز|ORG» في «بغداد|LOC» بالسجن.       ; Iraqi Court of Cassation
            وقضت «محكمة الاستئناف|ORG» في «العراق|LOC» بالسجن.    ; Iraqi Court of Appeal
            وقال «بنك الخليج الأول|ORG» إن الطرح نجح.            ; Al-Khalic al-Ole Bank
            وقال «نادي الزوراء|ORG» إن المباراة أجلت.            ; Al-Zora Club
            وقال «مايكروسوفت|ORG» إن الخدمة عادت.                 ; Microsoft
            وقال «مجلس قروي|ORG» إن المستوطنين هاجموا القرية.     ; Village Council
            وقالت «منظمة اليونسكو|ORG» إن الموقع مهدد.            ; UNESCO
            """)
    void anOrganisationsHeadIsTranslatedEvenWhereItsOtherWordsAreSpeltOut(String marked, String english) {
        Marked article = Marked.of(marked);
        assertEquals(english, resolver.resolve(article.text(), article.mentions()).get(0).nameEn());
    }

    /** A person's roles in English: not a title the English name already begins with, nor an honorific. */
    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = ';', textBlock = """
            استقبل جلالة الملك «الملك عبد الله الثاني|PERS» الوفد.        ; ''
            وقال الملك «عبد الله الثاني|PERS» إن الأردن ثابت.             ; ''
            وقال رئيس الوزراء «عبد الله الثاني|PERS» إن الأردن ثابت.     ; Prime Minister
            وقال المهندس «بدر المير|PERS» إن الرحلات تبدأ.                ; ''
            وقال رئيس الوزراء الدكتور «بدر المير|PERS» إن الرحلات تبدأ.    ; Prime Minister
            وقال الشيخ «بدر المير|PERS» إن الرحلات تبدأ.                  ; ''
            وقال وزير الصحة الشيخ «بدر المير|PERS» إن الرحلات تبدأ.       ; Minister of Health
            وقال رئيس مجلس الأمة «أحمد السعدون|PERS» إن الجلسة رفعت.      ; Speaker of the National Assembly
            وقال والي بنك المغرب «عبد اللطيف الجواهري|PERS» إن التضخم تراجع. ; governor of Bank Al-Maghrib
            وقال «عزيز أخنوش|PERS»، رئيس الحكومة، إن الأمازيغية رصيد مشترك في «المغرب|LOC» و«الرباط|LOC». ; Head of Government
            وقال «نواف سلام|PERS»، رئيس الحكومة، إن القانون أقر في «لبنان|LOC» و«بيروت|LOC». ; Prime Minister
            وقال «عزيز أخنوش|PERS»، رئيس الحكومة، إن الأمازيغية رصيد مشترك. ; Prime Minister
            وقال «محمد أحمد عثمان|PERS»، المدير الفني للزمالك، إن الفارق بدني. ; Zamalek head coach
            وقالت الرئيس التنفيذي لزين الكويت «إيمان الروضان|PERS» إن الشبكة جديدة. ; CEO of Zain Kuwait
            ورحب رئيس الاتحاد الوطني الكوردستاني «بافل طالباني|PERS» بالقرار. ; head of the Patriotic Union of Kurdistan
            والتقى «محمد علي|PERS»، ورئيس الوزراء، الوفد.                ; ''
            والتقى «محمد علي|PERS»، رئيس الوزراء عمر حسن، الوفد.          ; ''
            """)
    void aPersonsRolesRepeatNoTitleOfTheNameAndNoHonorific(String marked, String roles) {
        Marked article = Marked.of(marked);
        assertEquals(roles, String.join("; ", resolver.resolve(article.text(), article.mentions()).get(0).rolesEn()));
    }

    /**
     * A speaker that is a role alone in English, as roles before names are composed; "—" when a word is no part of the
     * role (a name after it) or English has no word for part of it.
     */
    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            السفير الفرنسي                | French Ambassador
            وزير الخارجية                 | Foreign Minister
            والمتحدث باسم الجيش الإسرائيلي | spokesman for the Israeli Army
            مدير الدفاع المدني في الكرك    | —
            مدير المشروع                  | —
            وزير الخارجية أيمن الصفدي      | —
            أيمن الصفدي                   | —
            """)
    void aSpeakerThatIsARoleAloneHasTheRolesEnglish(String speaker, String english) {
        assertEquals(english, resolver.roleInEnglish(speaker).orElse("—"));
    }

    @Test
    void anOrganisationNamedByItsHeadAloneIsTheLastOneNamedWithThatHead() {
        Marked article = Marked.of("رفع «البنك المركزي التركي|ORG» سعر الفائدة، وقال «حزب العدالة والتنمية|ORG» إن القرار صائب. "
                + "وقال «البنك|ORG» في بيان إن التشديد سيستمر، وأيد «الحزب|ORG» ذلك.");
        List<EntityRef> refs = resolver.resolve(article.text(), article.mentions());
        assertEquals(2, refs.size(), refs.toString());
        assertEquals(List.of("البنك المركزي التركي", "البنك"), refs.get(0).mentions().stream().map(Mention::surface).toList());
        assertEquals(List.of("حزب العدالة والتنمية", "الحزب"), refs.get(1).mentions().stream().map(Mention::surface).toList());

        Marked alone = Marked.of("وقال «البنك|ORG» في بيان إن التشديد سيستمر.");
        assertEquals(List.of(), resolver.resolve(alone.text(), alone.mentions()), "a head word with nothing named before it is no name");
    }

    /** The lines read off an article's head, its dateline and its outlet, tell the country of a generic body it names. */
    @ParameterizedTest(name = "{1} ⇒ {2}")
    @CsvSource(delimiter = ';', textBlock = """
            أصدر «مجلس الوزراء|ORG» مرسوماً.; نواكشوط، 24/08/2024 (وما) -; mauritanian-council-of-ministers
            أصدر «مجلس الوزراء|ORG» مرسوماً.; الوكالة الموريتانية للأنباء|الرياض - واس; council-of-ministers
            أصدر «مجلس الوزراء|ORG» مرسوماً.; الرئيسية / محليات / مرور; council-of-ministers
            وقال «البنك الدولي|ORG» إن النمو تباطأ.; الرياض - واس; world-bank
            أقر «مجلس النواب|ORG» القانون.; القاهرة - أ ش أ; egyptian-house-of-representatives
            أقر «مجلس النواب|ORG» القانون.; العقبة - بترا; jordanian-house-of-representatives
            أقر «مجلس النواب|ORG» القانون.; الرباط - و م ع; moroccan-house-of-representatives
            أقر «مجلس النواب|ORG» القانون.; بيروت - الوكالة الوطنية; lebanese-parliament
            أقر «مجلس الأمة|ORG» القانون.; الكويت - كونا; kuwaiti-national-assembly
            أقر «مجلس الأمة|ORG» القانون.; الجزائر - واج; algerian-council-of-the-nation
            أعلنت «لجنة التحكيم|ORG» أن «وزارة الصحة|ORG» جاهزة.; الرياض - واس; saudi-ministry-of-health
            أقر «مجلس النواب|ORG» القانون.; المنامة - بنا; bahraini-council-of-representatives
            أقر «مجلس النواب|ORG» القانون.; الرئيسية / محليات / مرور; council-of-representatives
            أقرت «الجمعية الوطنية|ORG» القانون.; نواكشوط، 24/08/2024 (وما) -; mauritanian-national-assembly
            أقرت «الجمعية الوطنية|ORG» القانون.; الرئيسية / محليات / مرور; national-assembly
            وضم الوفد التركي: رئيس «جهاز الاستخبارات الوطنية|ORG».; القاهرة - أ ش أ; turkish-national-intelligence-service
            وضم الوفد المصري: رئيس «جهاز الاستخبارات الوطنية|ORG».; القاهرة - أ ش أ; egyptian-national-intelligence-service
            وقال الرئيس التركي إن «وزارة الصحة|ORG» جاهزة.; القاهرة - أ ش أ; egyptian-ministry-of-health
            وضم الوفد التركي وزراء. وقالت «وزارة الصحة|ORG» إنها جاهزة.; القاهرة - أ ش أ; egyptian-ministry-of-health
            """)
    void theHeadingTellsTheCountryOfAGenericBody(String marked, String heading, String id) {
        Marked article = Marked.of(marked);
        List<EntityRef> refs = resolver.resolve(article.text(), article.mentions(), List.of(heading.split("\\|")));
        assertEquals(id, refs.get(0).entityId());
    }

    @Test
    void madeUpIdsAreTheSlugOfTheEnglishAndStableAcrossArticles() {
        Marked one = Marked.of("قال «كريم الزبيدي|PERS» شيئاً.");
        Marked two = Marked.of("وفي خبر آخر التقى الوزير «كريم الزبيدى|PERS» بالوفد.");
        EntityRef first = resolver.resolve(one.text(), one.mentions()).get(0);
        EntityRef second = resolver.resolve(two.text(), two.mentions()).get(0);
        assertEquals(first.entityId(), second.entityId());
        assertEquals(EntityResolver.slug(first.nameEn()), first.entityId());
        assertTrue(first.englishTransliterated() || !first.nameEn().isEmpty());
        assertTrue(first.nameEn().matches("[A-Z][a-z]+ al-[A-Z][a-z]+"), first.nameEn());
    }

    @Test
    void gazetteerNamesCarryTheEditorsEnglish() {
        Marked article = Marked.of("قال «محمد شياع السودانى|PERS» ذلك.");
        EntityRef ref = resolver.resolve(article.text(), article.mentions()).get(0);
        assertEquals("Mohammed Shia al-Sudani", ref.nameEn());
        assertEquals("محمد شياع السوداني", ref.nameAr());
        assertFalse(ref.englishTransliterated());
    }

    @Test
    void oddInputGivesNoEntitiesRatherThanAnError() {
        assertEquals(List.of(), resolver.resolve("", List.of()));
        assertEquals(List.of(), resolver.resolve(null, List.of(new Mention("123 ...", 0, 7, EntityType.PERSON))));
        List<EntityRef> beyondText = resolver.resolve("قصير", List.of(new Mention("داعش", 40, 44, EntityType.ORGANISATION)));
        assertEquals("isis", beyondText.get(0).entityId());
    }

    @Test
    void slugs() {
        assertEquals("mohammed-shia-al-sudani", EntityResolver.slug("Mohammed Shia al-Sudani"));
        assertEquals("recep-tayyip-erdogan", EntityResolver.slug("Recep Tayyip Erdoğan"));
        assertEquals("john-w-brennan", EntityResolver.slug("John W. Brennan"));
    }
}
