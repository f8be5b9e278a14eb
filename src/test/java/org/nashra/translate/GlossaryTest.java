package org.nashra.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nashra.extract.figures.FigureFinder;

class GlossaryTest {

    static final Glossary GLOSSARY = Glossary.load(Path.of("data/glossary.yml")).glossary();

    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            القوات الأميركية البالغ عددها 2500 جندي في العراق | 2,500 troops
            لديه ما بين 1500 و3000 مقاتل في العراق          | 1,500–3,000 fighters
            تابع نحو 500 هجوم لتنظيم داعش                    | about 500 attacks
            سيطر على ١١٠ آلاف كلم٢ من الأراضي                | 110,000 km²
            ما يقارب من ٨ ملايين شخص                          | about 8 million people
            وعشرات الدول الأخرى                               | dozens of countries
            وأسفر القصف عن مئات القتلى                        | hundreds of dead
            فر عشرات الآلاف من اللاجئين                        | tens of thousands of refugees
            بفارق أربع نقاط عن برشلونة                        | 4 points
            نشر نحو ثلاثة آلاف جندي                           | about 3,000 troops
            ارتفع عشرات بالمئة                                | ''
            الإبقاء على سعر عائد الإيداع عند ٢٧٫٢٥٪           | 27.25%
            تراجع التضخم إلى 26.5% في أكتوبر                  | 26.5%
            نزح نحو 1.25 مليون شخص من منازلهم                 | about 1.25 million people
            نزح 1234567 شخصا من منازلهم                       | 1,234,567 people
            نزح ما بين 1.5 و3 ملايين شخص                      | 1.5–3 million people
            نزح ما بين 500 ألف و1.2 مليون شخص                 | 500,000–1,200,000 people
            خصصت الحكومة 2.5 مليار دولار للمشروع               | 2.5 billion dollars
            إن الموازنة تبلغ 200 تريليون دينار                  | 200 trillion dinars
            بلغ عدد السكان 1000000 شخص                        | 1 million people
            رفع سعر الفائدة بمقدار 500 نقطة أساس               | 500 basis points
            ارتفعت الحصيلة إلى 35 ألفا و456 شهيدا              | 35,456 killed
            قتل أكثر من 40 ألف شخص                             | more than 40,000 people
            نزح ما يزيد على مليون شخص                          | more than 1 million people
            شارك بأكثر من 500 جندي                             | more than 500 troops
            أصيب أقل من 10 أشخاص                               | less than 10 people
            انتشر ما لا يقل عن 300 مقاتل                        | at least 300 fighters
            ارتفع التضخم إلى %5.2 في نوفمبر                     | 5.2%
            ويتصدر الترتيب برصيد 66 نقطة                       | 66 points
            أفرجت السلطات عن 150 معتقلا                        | 150 detainees
            وصلت الليرة إلى 31,9 ليرة للدولار                   | 31.9 lira to the dollar
            وهبط الجنيه إلى نحو 49.5 جنيه للدولار في البنوك       | about 49.5 pounds to the dollar
            تراجع إلى 50 جنيها مقابل الدولار                      | 50 pounds to the dollar
            بلغ 1.08 دولار لليورو                                 | 1.08 dollars to the euro
            بلغ السعر 27,800 درهم للمتر المربع                     | 27,800 dirhams per square metre
            بنحو 2,100 درهم للقدم المربعة                          | about 2,100 dirhams per square foot
            دفع 500 درهم للمحامي                                  | 500 dirhams
            عفو لفائدة 8 آلاف و113 محبوسا                        | 8,113 prisoners
            يدرس 50 تلميذا في قسم واحد                            | 50 pupils
            مباراة توظيف 20 ألف أستاذ                             | 20,000 teachers
            عبر 3,890 صفقة                                       | 3,890 deals
            طعنها 19 طعنة بسكين                                  | 19 stab wounds
            أجرى أكثر من 200 تجربة علمية                          | more than 200 experiments
            تقدمت الجامعة 44 مرتبة                                | 44 places
            وتحتل المرتبة 368 عالميا                              | ''
            من 30.85 جنيه، وهو السعر الرسمي                      | 30.85 pounds
            ارتفعت حصيلة الزلزال إلى 2012 قتيلا                | 2,012 killed
            وأصيب في الزلزال 2059 جريحا                        | 2,059 wounded
            وأسفر الهجوم عن 12 قتيلا                           | 12 killed
            وبلغت قوته 6,8 درجات على مقياس ريختر               | magnitude 6.8
            ضرب زلزال بقوة 5 درجات بمقياس ريختر                 | magnitude 5
            بلغت الحرارة 45 درجة في الظل                        | ''
            بلغت الحرارة 45 درجة مئوية                          | 45 degrees Celsius
            182.3 كيلوغراما من اليورانيوم المخصب              | 182.3 kg
            قد تتجاوز سرعة الرياح 50 كيلومترا في الساعة          | 50 km/h
            مع ارتفاع الأمواج إلى أكثر من 7 أقدام                | more than 7 feet
            وكان مركزه على عمق 8 كيلومترات                     | 8 kilometres
            على بعد 40 كيلومترا من الحدود                      | 40 kilometres
            على بعد 25 ميلاً بحرياً جنوب شرق رأس مدركة         | 25 nautical miles
            ويعمل بضغط 30 باراً بدلاً من 55 باراً              | 30 bar ; 55 bar
            بسماكة 20 نانومتراً                                | 20 nanometres
            الشريحة الثانية: 385 فلساً للمتر المكعب             | 385 fils
            دينار و250 فلساً للمتر المكعب                      | 1.25 dinars
            وأغلق سعر صرف الدولار عند 0.308 دينار              | 0.308 dinars
            طاقم من 16 فرداً                                   | 16 people
            هبطت الرحلة 237 من الدوحة في أنقرة                 | ''
            أطلقت الطائرة رمز الطوارئ 7700 فوق البحر الأسود     | ''
            على بعد 12 كم من المدينة                            | 12 km
            أحكام بالسجن تتراوح بين 13 و66 عاما                 | 13–66 years
            خطة تمويل على مدى ثلاث إلى خمس سنوات               | 3–5 years
            ارتفع التضخم بين %5 و%7                             | 5–7%
            ارتفع خام برنت إلى 82,1 دولار للبرميل               | 82.1 dollars a barrel
            ارتفع الذهب 1.5% إلى 2720 دولارا للأوقية            | 1.5% ; 2,720 dollars an ounce
            ستمدد خفضا قدره 3,66 مليون برميل يوميا              | 3.66 million barrels a day
            انتشلت فرق الإنقاذ مئات الجثث من البحر              | hundreds of bodies
            أفرج عن 105 محتجزين                                 | 105 detainees
            قضت المحكمة بالإعدام على 5 متهمين                   | 5 defendants
            أطلقت روسيا 90 طائرة مسيرة على المدن                 | 90 drones
            وإن نحو 10 آلاف آخرين في عداد المفقودين             | about 10,000 others
            دُرّب على أكثر من 116 مليار كلمة عربية               | more than 116 billion words
            أدى أكثر من مليون وثمانمائة ألف حاج الركن الأعظم      | more than 1.8 million pilgrims
            وقدم الراحل أكثر من 170 فيلما ومسلسلا                | more than 170 films
            وحضرها أكثر من 60 ألف متفرج                          | more than 60,000 spectators
            بلغ إجمالي النفقات 211 تريليوناً و900 مليار دينار     | 211.9 trillion dinars
            بلغت 211 تريليون دينار وعجزها 64 تريليوناً            | 211 trillion dinars ; 64 trillion dinars
            إن "لولو" تدير 240 متجراً كبيراً                     | 240 stores
            وشارك في القمة 22 وفداً                              | 22 delegations
            ويلتقط صوراً بدقة تصل إلى 50 سنتيمتراً لكل بكسل       | 50 cm
            الإفراج عن 90 أسيرة وطفلاً                           | 90 women prisoners
            منها 8 ذهبيات                                        | 8 gold medals
            في مكافحة 3500 فدان                                  | 3,500 feddans
            دمرت أسراب الجراد آلاف الهكتارات                     | thousands of hectares
            أي نحو 2.58 مليار سهم                                | about 2.58 billion shares
            تبلغ نحو 2.5 تريليون قدم مكعبة من الغاز              | about 2.5 trillion cubic feet
            تم الدفع بـ 25 سيارة إسعاف                           | 25 ambulances
            وتشغل الهيئة نحو 1300 رحلة قطار يومياً               | about 1,300 train trips a day
            أقلعت 40 رحلة من المطار                              | 40 flights
            تراوحت الأسعار بين 230 و250 يورو للميغاواط/ساعة       | 230–250 euros per MWh
            اشترى 25 سيارة جديدة                                 | 25 cars
            أحدثت الحكومة أكثر من 200 ألف منصب شغل              | more than 200,000 jobs
            ما زال السعر الرسمي 1310 دنانير للدولار              | 1,310 dinars to the dollar
            وعلى متنها 60 راكبا وأربعة من أفراد الطاقم           | 60 passengers
            وشارك أكثر من 85 ألف مشارك، بينهم نحو 150 رئيس دولة وحكومة | more than 85,000 participants ; about 150 heads of state and government
            وأسفرت الحرب عن مقتل عشرات الآلاف وتشريد أكثر من 12 مليون شخص | tens of thousands killed ; more than 12 million people
            أسفر القصف عن مقتل أكثر من 40 وإصابة 7 في المدينة      | more than 40 killed ; 7 injured
            بمشاركة 1345 دار نشر من 80 دولة                       | 1,345 publishing houses ; 80 countries
            ويتضمن أكثر من 600 فعالية ثقافية وفنية                 | more than 600 events
            جرت الاثنين الماضي في 15 محافظة                       | 15 provinces
            وافقت الحكومة على بناء 500 وحدة سكنية                  | 500 housing units
            ومضاعفة قدرة الطاقة المتجددة ثلاث مرات بحلول عام 2030 | 3 times
            ورفع ليفربول رصيده إلى 34 نقطة في الصدارة              | 34 points
            سيوفر المشروع 600 مليون قدم مكعب من الغاز يوميا         | 600 million cubic feet
            تنتج أكثر من مليوني طائرة مسيرة سنويا                  | more than 2 million drones a year
            إن المسيرات أنقذت آلاف الأرواح                         | thousands of lives
            جهزت الوزارة 52 ألف فريق تطعيم                         | 52,000 teams
            فرق ثابتة في 5 آلاف وحدة صحية                           | 5,000 health units
            بمشاركة 24 منتخبا                                       | 24 teams
            وبحوزتهم نحو مليوني حبة كبتاغون                          | about 2 million pills
            أعلنت إحباط عشرات محاولات التهريب                         | dozens of attempts
            كميات الأمطار تتراوح بين 200 و500 ملم                     | 200–500 mm
            ارتفاع الأمواج إلى ما بين 8 و12 مترا                       | 8–12 metres
            تراجع الخزين إلى أقل من 10 مليارات متر مكعب                | less than 10 billion cubic metres
            يحجز نحو 11 مليار متر مكعب من المياه                      | about 11 billion cubic metres
            أدلى نحو 2.8 مليون ناخب من أصل 9.7 مليون مسجل             | about 2.8 million voters ; 9.7 million registered voters
            جهزت 4 آلاف متطوع لتوزيع الوجبات                          | 4,000 volunteers
            تخصيص 22 ألف عبوة ماء زمزم يوميا                          | 22,000 bottles of water
            رفع سعر عائد الإيداع لليلة واحدة إلى 27.25 بالمئة          | 27.25%
            فتح نحو 58 ألف مركز اقتراع أبوابها                        | about 58,000 polling stations
            أكثر من 8 آلاف عون و529 شاحنة إطفاء جندوا لمواجهة 97 حريقاً | more than 8,000 personnel ; 529 trucks ; 97 fires
            كلفت الاقتصاد الليبي عشرات المليارات من الدولارات          | tens of billions of dollars
            وتزوج عام 1972 وأنجبا أربعة أبناء                          | 4 children
            ترفع السمنة خطر الإصابة بأكثر من ثلاثة أضعاف              | more than 3 times
            سيصل عدد المصابين إلى 136 مليوناً بحلول عام 2045          | ''
            افتتح التسجيل في الدقيقة 17 بضربة رأس                     | ''
            بلغ المعدل 19.7% (فاصل الثقة 95%: 18.2%-21.3%)             | 19.7%
            انخفض الخطر بنسبة 27% (نسبة الخطر 0.73؛ فاصل الثقة 95%: 0.66-0.81) | 27%
            12 سنة سجناً لمهرّب تسبب في غرق 23 مهاجراً                 | 12 years in prison ; 23 migrants
            تجاوز عدد النازحين اثني عشر مليون شخص                      | 12 million people
            عبر أكثر من ثلاثة ملايين ومئتي ألف شخص الحدود              | more than 3.2 million people
            تتطلب الخطة أربعة مليارات ومئتي مليون دولار                | 4.2 billion dollars
            نحو ثلاثة عشر مليون طفل بحاجة إلى مساعدة                   | about 13 million children
            فيما امتنع 5 نواب عن التصويت                               | 5 MPs
            بينهم 15 وزيراً جديداً وثلاث سيدات                          | 15 ministers ; 3 women
            وخرج مئات المحتجين ليلاً                                     | hundreds of protesters
            ويضم الموسم 11 بطولة عالمية و100 حفل غنائي                  | 11 championships ; 100 concerts
            إلى جانب 30 تمثالاً صغيراً من الخشب                          | 30 statues
            👁 125,430 مشاهدة                                            | ''
            وعلى متنها طاقم من 16 فرداً بينهم 13 هندياً و3 سريلانكيين     | 16 people ; 13 Indians ; 3 Sri Lankans
            أنقذت البحرية 5 مصريات و12 أمريكياً و4 لبنانيين              | 5 Egyptians ; 12 Americans ; 4 Lebanese
            حلت الجامعة في المرتبة 45 عالمياً و3 عربياً                  | ''
            وصل 15 كردستانياً إلى المطار                                  | ''
            المتوفين هم: 2 من الجنسية الهندية، و3 من الجنسية النيبالية     | 2 Indians ; 3 Nepalis
            وكان المصابون من 5 جنسيات مختلفة                               | 5 nationalities
            قطع مسافة السباق البالغة 57 لفة                               | 57 laps
            تضم الشبكة 85 محطة وثلاثة تحالفات دولية                         | 85 stations ; 3 alliances
            تمتلك أكثر من 100 بعثة دبلوماسية                                | more than 100 missions
            استحوذوا على 1.2 تيرابايت من البيانات                          | 1.2 terabytes
            تمثال يبلغ وزنه 83 طناً                                        | 83 tonnes
            بلغ 37 حملة شملت 11 منتجاً                                     | 37 campaigns ; 11 products
            سعر ثالث للبنزين بقيمة ٥,٠٠٠ تومان للتر الواحد                  | 5,000 tomans
            على أن يطبق القرار اعتباراً من ۱۵ آذر الجاري                    | ''
            التواصل مع الوكيل عبر الرقم المجاني 1800444 لحجز موعد          | ''
            نسبة الإضراب يومي 1 و2 جويلية بلغت 95% في المستشفيات            | 95%
            رياح تتراوح سرعتها بين 20 و35 عقدة                             | 20–35 knots
            بلغ عدد المسافرين 5.5 ملايين مسافر                            | 5.5 million passengers
            يشارك 10 أندية و28 محترفة                                      | 10 clubs ; 28 professionals
            اقتلع نحو 300 شجرة يملكها أربعة مزارعين                        | about 300 trees ; 4 farmers
            تسليم 1,060 شقة سكنية                                          | 1,060 flats
            بلغ نحو 210 ملايين ريال عُماني                                  | about 210 million Omani rials
            بلغ 500 مليون ريال                                              | 500 million riyals
            تمتلك العائلة 3 مزارع                                           | ''
            جبهة الموقف الوطني: 2 مقعدان                                     | 2 seats
            قدم استجواباً من ثلاثة محاور                                      | 3 axes
            لم يقدم إجابات عن 14 سؤالاً برلمانياً                              | 14 questions
            متقدماً بفارق ثمانية أطوال                                       | 8 lengths
            كان على متنها 25 بحاراً                                          | 25 sailors
            منها 39 طلبية مؤكدة و33 خياراً                                    | 39 orders ; 33 options
            فازت بـ 2 مقعدين                                                 | 2 seats
            تضم 2 فنانين                                                     | ''
            بعدما قطع مسافة الـ2000 متر على المضمار الرملي                   | 2,000 metres
            في سباقات 42.195 كيلومتراً                                      | 42.195 kilometres
            بمشاركة أكثر من 30 ألف متسابق                                   | more than 30,000 runners
            بينها 6 لمقيمين في 11 فرعاً                                      | 6 residents ; 11 branches
            أطلقت المدفعية 21 طلقة                                          | 21 rounds
            لعام 1445 هجرياً                                                 | ''
            عبر 4 آلاف منفذ لشركة فوري                                       | 4,000 outlets
            أغلقت 3 منافذ حدودية                                             | 3 border crossings
            لقي سبعة منقبين حتفهم ومنحت نحو 85 ألف ترخيص                      | 7 miners ; about 85,000 permits
            يتوافد آلاف الشباب على المناجم                                   | thousands of young people
            تضم ستة مواقع من أكثر من 12 ألف موقع أثري                        | 6 sites ; more than 12,000 sites
            إلى أكثر من 170 وجهة                                             | more than 170 destinations
            بإيرادات بلغت 7 مليارات و364 مليون دولار                          | 7.364 billion dollars
            بلغت الإيرادات 7364 مليون دولار                                   | 7.364 billion dollars
            صدّرت 3 ملايين و375 ألف برميل                                    | 3,375,000 barrels
            بعد فوزه بركلات الترجيح 8-7، عقب انتهاء الوقت الأصلي بالتعادل 1-1 | 8–7 on penalties ; 1–1 draw
            فاز الأهلي على الترجي 3-1                                         | 3–1
            فازت على ريباكينا بنتيجة 6-7 و6-4 و6-1                            | 6–7, 6–4, 6–1
            خسر الفريق 1-3 أمام ضيفه                                          | 1–3
            فاز الفريق بثلاثة أهداف مقابل هدف                                  | 3–1
            الجزائر 2-0 تونس                                                  | ''
            وبلغ عدد المترشحين 730 مترشحاً                                    | 730 candidates
            اقتناء 18 قطاراً فائق السرعة                                      | 18 trains
            بمشاركة 40 جهة حكومية وخاصة                                       | 40 organisations
            نفاد 65 ألف تذكرة                                                 | 65,000 tickets
            تضم 4 مناطق صناعية و6 موانئ بحرية                                 | 4 industrial zones ; 6 ports
            وتمتد على مساحة 461 كيلومتراً مربعاً                              | 461 square kilometres
            رياح تتجاوز سرعتها 55 كم/ساعة                                     | 55 km/h
            بطاقة إنتاجية 2 جيجاوات سنوياً                                    | 2 gigawatts a year
            عبر خطي نقل بجهد 400 كيلوفولت                                     | 400 kV
            يبلغ سعر الكيلوواط ساعة 8.5 سنتات أمريكية                         | 8.5 US cents
            إن أكثر من 1,400 فلسطيني قتلوا                                    | more than 1,400 Palestinians
            قتل 1,450 فلسطيني                                                 | ''
            غير مرهون لأكثر من 50% من قيمته                                   | more than 50%
            "الكابلات السعودية": +9.96% إلى 138.60 ريال                      | +9.96% ; 138.6 riyals
            "أنعام القابضة": -5.3% إلى 1.25 ريال                             | −5.3% ; 1.25 riyals
            تراوحت الزيادة بين 2-5% هذا العام                                 | 2–5%
            سعر غرام الذهب عيار 21 قيراطاً                                    | ''
            رفع سعر البنزين أوكتان 90 بمقدار 15 فلساً                         | 15 fils
            ارتفع السعر 5 بمقدار                                              | ''
            بلغ خلال أيلول 73.5 دولار للبرميل، مقارنة بـ79.2 دولار في آب       | 73.5 dollars a barrel ; 79.2 dollars
            بلغ 73 دولاراً للبرميل، وأنفقت 5 مليارات دولار                    | 73 dollars a barrel ; 5 billion dollars
            حتى كانون الثاني 2024                                             | ''
            بينهم 23.2 مليون من الذكور و22.9 مليون من الإناث                  | 23.2 million males ; 22.9 million females
            ودمرت 17 عربة قتالية وأعطبت 3 عربات                               | 17 combat vehicles ; 3 vehicles
            وتدير الشركة ثلاثة خطوط إنتاج                                     | 3 production lines
            تجاوز ثلاثة خطوط حمراء                                            | ''
            بعقد يمتد ثلاثة مواسم                                             | 3 seasons
            انتقل حتى الآن 8 بنوك إلى عدن                                     | 8 banks
            14,800 ليرة سورية للمبيع، بارتفاع قدره 150 ليرة                   | 14,800 Syrian pounds ; 150 Syrian pounds
            * تصحيح: ورد في نسخة سابقة أن عدد المقاعد 124 مقعداً، والصحيح 126 مقعداً. | 126 seats
            بلغ عدد المقاعد 124 مقعداً، والصحيح أن المجلس لم يجتمع             | 124 seats
            تراجع المحصول الزراعي إلى 31 مليون قنطار من الحبوب                 | 31 million quintals
            تضم 10 بلديات و4 دوائر                                           | 10 municipalities ; 4 districts
            بلغ عدد الإناث 875,027 حاجة                                      | 875,027 women pilgrims
            وصل 1,546,345 حاجاً جواً، و60,251 براً، و4,714 بحراً               | 1,546,345 pilgrims ; 60,251 by land ; 4,714 by sea
            بينهم 3 آسيويين وبحريني                                          | 3 Asians
            رصد تحويلات مشبوهة عبر 41 حساباً                                 | 41 accounts
            إرساء 5 حقول ورقع استكشافية من أصل 29 رقعة معروضة                 | 5 fields ; 29 blocks
            فيما عُقدت 1,450 اجتماعاً في السوق                                | 1,450 meetings
            طوابير الانتظار التي تجاوزت 90 ألف طلب إسكاني                     | 90,000 applications
            إذ سجل 312 حادثاً في 2023                                         | 312 accidents
            المساحة: نحو 65 ألف كلم²                                         | about 65,000 km²
            بموافقة 41 عضواً من إجمالي الحضور البالغ 62، ورفض 20 وامتناع عضو واحد | 41 members ; 62 present ; 20 against ; 1 abstaining
            وسجلت البورصة 151,250 ديناراً مقابل 100 دولار                      | 151,250 dinars per 100 dollars
            بلغ سعر البيع 152,250 ديناراً لكل 100 دولار                        | 152,250 dinars per 100 dollars
            سجل 151,250 ديناراً مقابل ١٠٠ دولار                                 | 151,250 dinars per 100 dollars
            ارتفع إلى 1500 دينار مقابل 1400 دينار أمس                          | 1,500 dinars ; 1,400 dinars
            بسعر 15 ديناراً شهرياً للأفراد                                      | 15 dinars a month
            سرعات تحميل تصل إلى 10 غيغابت في الثانية                           | 10 gigabits per second
            وزمن استجابة يقل عن 5 أجزاء من الألف من الثانية                     | less than 5 milliseconds
            عاقبتهما المحكمة بالحبس 5 و3 سنوات                                 | 5 years in prison ; 3 years in prison
            قضت بمصادرة 11 هاتفاً متحركاً و46 شريحة اتصال                       | 11 mobile phones ; 46 SIM cards
            وشهد الحفل توقيع ١٢ مذكرة تفاهم                                     | 12 memoranda of understanding
            إضافة إلى 74 شركة صرافة                                             | 74 exchange companies
            بينهم 387 ألف مواطن سوري و166 ألفاً و240 مواطناً لبنانياً            | 387,000 Syrians ; 166,240 Lebanese
            شارك في الحملة 500 مواطن عادي                                       | 500 citizens
            وسيحتفظ العمال النيجريون البالغ عددهم نحو 800 بوظائفهم              | about 800 workers
            برأس السنة الأمازيغية الجديدة 2975، في ثاني مناسبة                  | Amazigh year 2975
            ضبط 18 جوالاً مسروقاً                                            | ''
            """)
    void figuresInEnglishOnlyWhenTheGlossaryKnowsWhatIsCounted(String arabic, String english) {
        List<String> found = FigureFinder.find(arabic).stream().flatMap(f -> GLOSSARY.figure(f).stream()).toList();
        assertEquals(english.isEmpty() ? List.of() : List.of(english.split(" ; ")), found);
    }

    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            بلغ عدد الإناث 875,027 حاجة                         | 875,027 women pilgrims
            ضبط 18 جوالاً مسروقاً                                | 18
            تمتد على نحو 65 ألف فرسخ                             | about 65,000
            خسر 31 مليون شيء                                     | 31 million
            تراوحت بين 4 و68 شيئاً                               | 4–68
            وحضر عشرات الشيوخ                                    | ''
            """)
    void aFigureWhoseWordIsUnknownKeepsItsNumberInEnglish(String arabic, String english) {
        List<String> found = FigureFinder.find(arabic).stream()
                .flatMap(f -> GLOSSARY.figure(f).or(() -> GLOSSARY.number(f)).stream()).toList();
        assertEquals(english.isEmpty() ? List.of() : List.of(english), found);
    }

    @ParameterizedTest(name = "{0} in {1} ⇒ {2}")
    @CsvSource(delimiter = '|', textBlock = """
            وتقاسم لقب هداف البطولة برصيد 3 أهداف              | sport    | 3 goals
            سجل ميسي 838 هدفا في مسيرته                         | ''       | 838 goals
            وأحرز المهاجم ثلاثة أهداف في الشوط الثاني           | economy  | 3 goals
            حددت الخطة 3 أهداف للعام المقبل                     | economy  | ''
            حددت الخطة 3 أهداف للعام المقبل                     | ''       | ''
            نشرت 2500 جندي في العراق                            | sport    | 2,500 troops
            جندوا لمواجهة الحرائق في 16 ولاية                   | algeria  | 16 provinces
            جندوا لمواجهة الحرائق في 16 ولاية                   | ''       | 16 states
            قضت المحكمة بالسجن 12 عاما على المتهم               | ''       | 12 years in prison
            قضت بسجن متهمين هما (ف.ب) و(ح.ك)، مدة 6 سنوات لكل منهما | ''  | 6 years in prison
            قضت المحكمة بحبسه مدة 18 شهرا                        | ''       | 18 months in prison
            أمضى 18 شهرا في المفاوضات قبل أن يعود              | ''       | 18 months
            عاد إلى بلده بعد 12 عاما من الغياب                  | ''       | ''
            خرج من السجن. وعاد بعد 12 عاما                       | ''       | ''
            نشرت الحسابات الصورة وحصدت أكثر من 15 ألف مشاركة      | ''       | more than 15,000 shares
            سجلت المسابقة أكثر من 15 ألف مشاركة                   | ''       | ''
            أبرم الصندوق حتى الآن 47 عقداً مع شركات مصرية         | ''       | 47 contracts
            شهدت المنطقة ثلاثة عقود من الحرب                     | ''       | ''
            فوزها على جيليس بثلاثة أشواط مقابل شوطين             | sport    | 3 games
            فتح باب التسجيل في 600 بعثة خارجية لمرحلة البكالوريوس | ''      | 600 scholarships
            أرسلت الأمم المتحدة 3 بعثات إلى المنطقة               | ''       | 3 missions
            الإفراج عن 487 نزيلاً أمضوا نصف مدة العقوبة           | ''       | 487 inmates
            استقبل الفندق 300 نزيل خلال العطلة                    | ''       | ''
            صناع المحتوى الذين يتجاوز عدد متابعيهم مليون متابع     | ''       | 1 million followers
            بمتوسط إنتاجية يبلغ 18 جوالاً للفدان                  | ''       | 18 sacks
            وأوضح أن 16 مصرفاً قامت بتلبية الطلبات               | economy  | 16 banks
            حفر المزارعون 16 مصرفاً لتصريف المياه                 | ''       | ''
            رصد 37 جهازاً مكشوفاً على الإنترنت                    | ''       | 37 devices
            نشر 3 أجهزة أمنية في المدينة                          | ''       | ''
            الحارس الذي تصدى لـ14 كرة                             | ''       | 14 saves
            سدد اللاعب 14 كرة نحو المرمى                          | ''       | ''
            ضبط 18 جوالاً مسروقاً                                 | ''       | ''
            """)
    void aWordOfManySensesTakesTheSenseOfItsStory(String arabic, String topic, String english) {
        java.util.Set<String> topics = topic.isEmpty() ? java.util.Set.of() : java.util.Set.of(topic);
        List<String> found = FigureFinder.find(arabic).stream().flatMap(f -> GLOSSARY.figure(f, topics, arabic).stream()).toList();
        assertEquals(english.isEmpty() ? List.of() : List.of(english), found);
    }
}
