package org.nashra.translate.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Organisations' names in English where every word has an English one; "-": spelt out by the transliterator. */
class OrganisationNamesTest {

    private static final OrganisationNames NAMES = OrganisationNames.load();

    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            البنك المركزي المصري         | Central Bank of Egypt
            هيئة الأركان العامة          | General Staff
            الهيئة المستقلة للانتخاب     | Independent Election Commission
            مجلس النواب العشرين          | 20th Council of Representatives
            مجلس النواب الحادي والعشرين  | 21st Council of Representatives
            مجموعة العشرين               | G20
            وزارة الشؤون الدينية والأوقاف | Ministry of Religious Affairs and Endowments
            وزارة الفلاحة والتنمية الريفية | Ministry of Agriculture and Rural Development
            لجنة الوساطة                 | Mediation Committee
            مكتب النائب العام            | Attorney General's Office
            المركز الوطني للأرصاد والإنذار المبكر | National Centre of Meteorology and Early Warning
            حزب الميثاق الوطني           | National Charter Party
            البنك المركزي العراقي        | Central Bank of Iraq
            البنك المركزي الكويتي        | Central Bank of Kuwait
            المعهد الملكي للثقافة الأمازيغية | Royal Institute of Amazigh Culture
            لجنة الطوارئ الحكومية        | Government Emergency Committee
            المركز الوطني للسلامة المعلوماتية | National Information Safety Centre
            السرايا الحكومية             | Grand Serail
            رويترز                       | Reuters
            حزب الله                     | Hezbollah
            البيت الأبيض                 | White House
            وكالة الأنباء العربية السورية | Syrian Arab News Agency
            وزارة الكهرباء والطاقة المتجددة      | Ministry of Electricity and Renewable Energy
            وزارة التعليم العالي والبحث العلمي   | Ministry of Higher Education and Scientific Research
            حزب العدالة والتنمية                 | Justice and Development Party
            حركة العدل والمساواة                 | Movement of Justice and Equality
            وكالة فرانس برس              | AFP
            ا ف ب                        | AFP
            ريال مدريد                   | Real Madrid
            الزمالك                      | Zamalek
            وزارة الخارجية العراقية      | Iraqi Ministry of Foreign Affairs
            وزارة الخارجيه العراقيه      | Iraqi Ministry of Foreign Affairs
            وزارة التعليم العالي         | Ministry of Higher Education
            وزارة الحج والعمرة           | Ministry of Hajj and Umrah
            وزارة السياحة والآثار        | Ministry of Tourism and Antiquities
            وزارة الطاقة والثروة المعدنية | Ministry of Energy and Mineral Resources
            وزارة الإسكان والتخطيط العمراني | Ministry of Housing and Urban Planning
            وزارة النفط والغاز           | Ministry of Oil and Gas
            هيئة الكهرباء والماء          | Authority of Electricity and Water
            وزارة السياحة والقطط         | -
            وزارة الطاقة والمناجم        | Ministry of Energy and Mines
            وزارة الشؤون البلدية والقروية والإسكان | Ministry of Municipal and Rural Affairs and Housing
            وزارة الشؤون البلدية والقططية | -
            هيئة الكهرباء والحكومة الإلكترونية | -
            هيئة الكهرباء والماء والقطط   | -
            وزارة القطط والسياحة         | -
            المجلس الاقتصادي والقططي      | -
            وزارة الخارجية ونظيرتها       | -
            وكالة الأنباء العراقية       | Iraqi News Agency
            مجلس النواب العراقي          | Iraqi Council of Representatives
            الحزب الديمقراطي الكردستاني  | Kurdistan Democratic Party
            القوات المسلحة المصرية       | Egyptian Armed Forces
            هيئة النزاهة الاتحادية       | Federal Integrity Authority
            وزارة المالية والاقتصاد الوطني | Ministry of Finance and National Economy
            وزارة التجارة الخارجية | Ministry of Foreign Trade
            وزارة التجارة الخارجية وترقية الصادرات | Ministry of Foreign Trade and Export Promotion
            وزارة الدفاع الوطني          | Ministry of National Defence
            وزارة الاقتصاد الوطني والتخطيط | Ministry of National Economy and Planning
            منظمة العمل الدولية          | International Labour Organization
            المصرف التجاري الوطني        | National Commercial Bank
            مديرية الدفاع المدني         | Civil Defence Directorate
            الهلال الأحمر العراقي        | Iraqi Red Crescent
            جهاز المخابرات العراقي       | Iraqi Intelligence Service
            وزارة الدفاع الأميركية       | US Ministry of Defence
            مجلس الأمن الدولي            | UN Security Council
            مجلس الأمة                   | National Assembly
            مجلس الوزراء                 | Council of Ministers
            البنك الدولي                 | World Bank
            جامعة الدول العربية          | Arab League
            الجامعة العربية              | Arab League
            منظمة التحرير الفلسطينية     | Palestinian Liberation Organisation
            محكمة العدل الدولية          | International Court of Justice
            المعهد الوطني للجيوفيزياء    | National Institute of Geophysics
            محكمة الاستئناف              | Court of Appeal
            المحكمة الابتدائية           | Court of First Instance
            المنظمة الدولية للهجرة       | International Organization for Migration
            منظمة البلدان المصدرة للبترول | OPEC
            أوبك                         | OPEC
            اللجنة المالية النيابية      | Parliamentary Finance Committee
            اللجنة الأمنية المشتركة      | Joint Security Committee
            وزارة المالية                | Ministry of Finance
            الجزيرة نت                   | Al Jazeera Net
            محكمة التحقيق المختصة        | Specialised Court of Investigation
            وزارة الصحة العامة           | Ministry of Public Health
            لجنة تسعير المشتقات النفطية  | Oil Derivatives Pricing Committee
            لجنة تسعير المشتقات القططية  | -
            هيئة الرقابة الإدارية        | Administrative Control Authority
            هيئة الرقابة المالية         | Financial Regulatory Authority
            مجلس المفوضين                | Board of Commissioners
            وزارة التربية والتعليم        | Ministry of Education
            وزارة التربية والتعليم العالي | Ministry of Education and Higher Education
            الجمعية الوطنية              | National Assembly
            الجمعية الوطنية الموريتانية  | Mauritanian National Assembly
            الجمعية الخيرية              | -
            الإسماعيلي                   | Ismaily
            شفق نيوز                     | Shafaq News
            بوابة الأهرام                | Ahram Gate
            النهار                       | An-Nahar
            سبق                          | Sabq
            العربي الجديد                | The New Arab
            مايكروسوفت                   | Microsoft
            أرامكو السعودية              | Saudi Aramco
            وام                          | WAM
            بنا                          | BNA
            الأناضول                     | Anadolu Agency
            الهيئة العامة للاستثمار      | General Authority of Investment
            حزب القوات اللبنانية         | Lebanese Forces Party
            هيئة أسواق المال             | Capital Markets Authority
            مركز الأمن البحري            | Maritime Security Centre
            المنظمة البحرية الدولية      | International Maritime Organization
            الخطوط الجوية التركية        | Turkish Airlines
            وزارة المياه والري           | Ministry of Water and Irrigation
            وزارة الموارد المائية والري المصرية | Egyptian Ministry of Water Resources and Irrigation
            هيئة المواصفات والمقاييس     | Standards and Metrology Authority
            المنظمة التونسية للأطباء الشبان | Tunisian Organisation of Young Doctors
            الهيئة الملكية للجبيل        | -
            الهيئة الملكية الأردنية       | Jordanian Royal Commission
            هيئة الملكية الفكرية السعودية | Saudi Intellectual Property Authority
            الأكاديمية الملكية           | Royal Academy
            المركز الوطني للأمن السيبراني | National Cyber Security Centre
            وزارة الشؤون الاجتماعية      | Ministry of Social Affairs
            المنظمة التونسية للأطباء القطط | -
            المحكمة الجزائية الاتحادية   | Federal Criminal Court
            المحكمة الكبرى الجنائية الرابعة | Fourth High Criminal Court
            المحكمة الكبرى المدنية       | High Civil Court
            محكمة الاستئناف العليا       | Supreme Court of Appeal
            المحكمة الكبرى القطط         | -
            بنك المغرب                   | Bank Al-Maghrib
            حزب الشرطة                   | -
            وزارة الدولة للصحفيين        | -
            حزب الليكود                  | -
            وزارة                        | -
            الجيش العراقي الباسل         | -
            العراقي الجيش                | -
            الاتحاد الدولي لكرة القدم    | FIFA
            الاتحاد المصري لكرة القدم    | Egyptian Football Union
            الاتحاد المصري لكرة السلة    | -
            جامعة العلوم والتكنولوجيا    | University of Science and Technology
            جامعة العلوم والتكنولوجيا الأردنية | Jordanian University of Science and Technology
            جامعة العلوم والقطط          | -
            لجنة المال والموازنة          | Committee of Finance and Budget
            وزارة المال                  | Ministry of Finance
            اللجنة العليا للمشاريع والإرث | Supreme Committee of Projects and Legacy
            اللجنة العليا                | Supreme Committee
            محكمة الجنايات المصرية       | Egyptian Criminal Court
            محكمة الجنايات القطط         | -
            الاتحاد العام التونسي للشغل  | Tunisian General Labour Union
            شركة تسويق النفط العراقية    | Iraqi Oil Marketing Company
            شركة تسويق القطط             | -
            نقابة العاملين               | Workers' Union
            الهيئة العامة للسلع التموينية | General Authority of Supply Commodities
            لجنة المسابقات               | Competitions Committee
            مؤسسة الموانئ الكويتية       | Kuwaiti Ports Foundation
            هيئة الطاقة الهيدروجينية     | Authority of Hydrogen Energy
            منظمة اليونسكو               | UNESCO
            منظمة اليونسكو القطط         | -
            مجلس قروي                    | -
            مؤسسة البترول الكويتية       | Kuwait Petroleum Corporation
            حكومة الوحدة الوطنية         | Government of National Unity
            حكومة الوحدة                 | -
            جبهة الموقف الوطني           | National Stance Front
            جماعة العدل الكوردستانية     | Kurdistan Justice Group
            العربية للطيران              | Air Arabia
            الطيران المدني               | -
            الاتحاد المصري للإسكواش      | Egyptian Squash Union
            الاتحاد المصري لكرة القدم    | Egyptian Football Union
            الهيئة العامة لمكافحة الفساد | General Anti-Corruption Authority
            هيئة التراث                  | Heritage Authority
            هيئة التحكيم                 | Arbitration Authority
            الهيئة العامة للغذاء والدواء | General Food and Drug Authority
            هيئة التراث القطط            | -
            مستشفى الحرس الوطني          | National Guard Hospital
            المستشفى الجامعي             | University Hospital
            المركز الطبي التخصصي         | Specialist Medical Centre
            مستشفى الملك خالد الجامعي    | -
            مدينة الملك سعود الطبية      | -
            الهيئة الاتحادية للهوية       | Federal Authority of Identity
            لجنة العفو                   | Committee of Pardon
            منظمة العفو الدولية          | Amnesty International
            وزارة الخزانة                | Ministry of Treasury
            جهاز حرس السواحل             | Coast Guard
            حرس السواحل الليبي           | Libyan Coast Guard
            جهاز حرس القطط               | -
            الهيئة العامة للجمارك        | General Authority of Customs
            الحرس الوطني                 | -
            """)
    void anOrganisationNamedWithListedWordsOnlyIsTranslated(String arabic, String english) {
        assertEquals(english.equals("-") ? Optional.empty() : Optional.of(english), NAMES.english(arabic));
    }

    /** A place right after the head: before the rest in English, after "of" for central banks; "-": spelt out. */
    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            محكمة أبوظبي الجزائية الاتحادية | Abu Dhabi Federal Criminal Court
            مصرف ليبيا المركزي              | Central Bank of Libya
            مصرف سوريا المركزي              | Central Bank of Syria
            محكمة جنايات المنصورة           | Mansoura Criminal Court
            محكمة جنايات القطط              | -
            بلدية أبوظبي                    | -
            محكمة القطط الاتحادية           | -
            المحكمة الاتحادية أبوظبي        | -
            طيران الرياض                    | Riyadh Air
            طيران القطط                     | -
            """)
    void aPlaceAfterTheHeadIsNamedInEnglish(String arabic, String english) {
        java.util.Map<String, String> places = java.util.Map.of("أبوظبي", "Abu Dhabi", "ليبيا", "Libya", "سوريا", "Syria", "المنصورة", "Mansoura", "الرياض", "Riyadh");
        assertEquals(english.equals("-") ? Optional.empty() : Optional.of(english),
                NAMES.english(arabic, arabic, name -> Optional.ofNullable(places.get(name))));
    }

    /**
     * A body named after a person: the title in English, the name as {@code spell} spells it, the head's adjectives, the
     * head; any other name after a head is spelt out before it; "-": spelt out whole.
     */
    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            مدينة الملك سعود الطبية          | King Saud Medical City
            مدينة الملك فهد الطبية           | King Fahad Medical City
            مستشفى الملك خالد الجامعي        | King Khalid University Hospital
            مطار الملك عبدالعزيز الدولي      | King Abdulaziz International Airport
            جامع الشيخ زايد                  | Sheikh Zayed Mosque
            جامعة الملك سعود                 | King Saud University
            مستشفى الملك فيصل التخصصي        | King Faisal Specialist Hospital
            مؤسسة السلطان قابوس              | Sultan Qaboos Foundation
            جامعة الملك عبدالله للعلوم والتكنولوجيا | King Abdullah University of Science and Technology
            جامعة الملك عبدالله للقطط               | -
            جائزة الشيخ زايد للكتاب                 | -
            مستشفى الشفاء                    | al-Shifa Hospital
            جامعة سعود الملك                 | Saud al-Malak University
            مدينة الرياض الطبية              | -
            مطار القاهرة الدولي              | -
            الملك سعود الطبية                | -
            مدينة الملك الطبية               | -
            مدينة الملك                      | -
            """)
    void aBodyNamedAfterAPersonIsTheTitleAndNameThenTheHead(String arabic, String english) {
        java.util.Map<String, String> spellings = java.util.Map.of("سعود", "Saud", "فهد", "Fahad", "خالد", "Khalid",
                "عبدالعزيز", "Abdulaziz", "زايد", "Zayed", "قابوس", "Qaboos", "فيصل", "Faisal", "الشفاء", "al-Shifa", "سعود الملك", "Saud al-Malak",
                "عبدالله", "Abdullah");
        assertEquals(english.equals("-") ? Optional.empty() : Optional.of(english),
                NAMES.withHeadTranslated(arabic, words -> spellings.getOrDefault(words, "")));
    }

    /** A name two organisations share is the one the article's other words tell; "-": none, it is spelt out. */
    @ParameterizedTest(name = "{1} ⇒ {2}")
    @CsvSource(delimiter = '|', textBlock = """
            الأهلي | الأهلي يهزم الزمالك 2-1 ويبتعد بصدارة الدوري المصري                  | Al Ahly
            الأهلي | توج الأهلي بلقب كأس السوبر المصري بعد فوزه على غريمه الزمالك        | Al Ahly
            الأهلي | وأقيمت المباراة على ستاد القاهرة الدولي وفاز فيها الأهلي             | Al Ahly
            الأهلي | فاز الأهلي على الاتحاد في دوري روشن السعودي                          | -
            الأهلي | تعاقد الأهلي مع مدرب جديد استعدادا للموسم                              | -
            الأهلي | الأهلي المصري يواجه الهلال السعودي في كأس العالم للأندية               | -
            الزمالك | فاز الأهلي على الزمالك في الدوري المصري                                | Zamalek
            الاتحاد الوطني | قال رئيس الاتحاد الوطني بافل طالباني في السليمانية                | Patriotic Union of Kurdistan
            الاتحاد الوطني | فاز الاتحاد الوطني بالانتخابات البلدية                             | National Union
            حركة التغيير   | وحصلت حركة التغيير (كوران) على مقعد في برلمان كوردستان             | Gorran Movement
            حركة التغيير   | أعلنت حركة التغيير مقاطعة الانتخابات                               | -
            مجلس النواب    | والحكومة المكلفة من مجلس النواب الليبي برئاسة أسامة حماد في بنغازي  | House of Representatives
            مجلس النواب    | صوت مجلس النواب اللبناني على الموازنة                              | Council of Representatives
            الجهاز المركزي للإحصاء | أعلن الجهاز المركزي للإحصاء نتائج التعداد في العراق          | Central Statistical Organization
            الجهاز المركزي للإحصاء | أعلن الجهاز المركزي للإحصاء في القاهرة معدل التضخم في مصر      | Central Service of Statistics
            """)
    void aNameTwoOrganisationsShareIsTheOneTheArticleTells(String arabic, String article, String english) {
        assertEquals(english.equals("-") ? Optional.empty() : Optional.of(english), NAMES.english(arabic, article));
    }

    /**
     * A generic body's name, each country having one, is a head and common words only; not one with a nation, a proper
     * name, a word of a body beyond one country, or a head whose names are a body's own (a front, a party).
     */
    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            مجلس الوزراء            | true
            وزارة الصحة             | true
            المصرف المركزي          | true
            مجلس الوزراء السعودي    | false
            البنك الدولي            | false
            الاتحاد الدولي للصحفيين | false
            جبهة الموقف الوطني      | false
            الحزب الديمقراطي        | false
            الجمعية الوطنية         | true
            مجلس الأمة              | true
            """)
    void aGenericBodyIsNamedByAHeadAndCommonWordsOnly(String arabic, boolean generic) {
        assertEquals(generic, NAMES.isGeneric(arabic));
    }

    /** A nationality adjective, with the article or not: a word whose own first letters fold to the article too. */
    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            الفرنسي  | French
            فرنسية   | French
            الألماني | German
            ألمانية  | German
            الألمانية | German
            المانيا  | —
            الماني   | German
            """)
    void aNationalityIsReadWithTheArticleOrWithout(String arabic, String english) {
        assertEquals(english, NAMES.nationality(arabic).orElse("—"));
    }

    @org.junit.jupiter.api.Test
    void aNationIsFoundByItsEnglishInBothGenders() {
        assertEquals(java.util.List.of("اماراتي", "اماراتيه"), NAMES.nationWords("Emirati"));
        assertEquals(java.util.List.of(), NAMES.nationWords("Atlantean"));
    }
}
