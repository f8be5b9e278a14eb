package org.nashra.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nashra.analyse.FigureFound;
import org.nashra.extract.figures.Figure;
import org.nashra.extract.figures.FigureFinder;
import org.nashra.translate.Glossary;

/** The key figures a briefing lists: each once, a figure given in another joined to it, a list's row under its label. */
class FigureEntriesTest {

    private static final Glossary GLOSSARY = Glossary.load(Path.of("data/glossary.yml")).glossary();

    /**
     * Blocks joined by " ¶ " ⇒ the lines in English, joined by " ; ". A row's label is given here as the row writes
     * it (the page gives the English of the names it holds).
     */
    @ParameterizedTest(name = "[{index}] {0} ⇒ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            186 ألفاً و338 نازحاً في 1016 مركز إيواء ¶ بلغ عدد المراكز 1016 مركزاً، منها 853 مركزاً، وبلغ عدد النازحين 186338 نازحاً | 1,016 centres ; 853 centres ; 186,338 displaced people
            - محافظة بيروت: 36905 نازحين في 168 مركزاً ¶ - محافظة النبطية: 2306 نازحين في 5 مراكز | محافظة بيروت: 36,905 displaced people in 168 centres ; محافظة النبطية: 2,306 displaced people in 5 centres
            قال الوزير في مؤتمر صحفي عقده اليوم في العاصمة: 500 شخص نزحوا | 500 people
            لجنة الطوارئ: 186 ألفاً و338 نازحاً.. وجبل لبنان يستضيف العدد الأكبر | 186,338 displaced people
            وبلغ إجمالي ما استوليا عليه 987 ألف درهم من 37 ضحية ¶ 987 ألف درهم استولى عليها المتهمان | 987,000 dirhams ; 37 victims
            عاقبتهما بالحبس 5 و3 سنوات وغرامة 1.2 مليون درهم ¶ وقضت بحبسهما خمس سنوات وثلاث سنوات، وتغريمهما مليون و200 ألف درهم | 5 years in prison ; 3 years in prison ; 1.2 million dirhams
            يعادل 67.30 دينار للغرام ¶ سجل سعر الغرام 67.30 ديناراً، مقابل 66.10 ديناراً أمس | 67.3 dinars per gram ; 66.1 dinars
            تجاوز الإشارة الحمراء (6 نقاط) ¶ القيادة بسرعة زائدة (6 نقاط) | 6 points ; 6 points
            خفض السعر 25 نقطة أساس من 4.90% إلى 4.65% ¶ وخفض بنك آخر 25 نقطة أساس إلى 5%، وخفض ثالث 30 نقطة أساس إلى 4.90% | 25 basis points ; 4.9% ; 4.65% ; 25 basis points ; 5% ; 30 basis points ; 4.9%
            قدرت الزكاة عام 1444 بـ15 جنيهاً، وعام 1443 بـ15 جنيهاً | 15 pounds ; 15 pounds
            قتل 5 أشخاص في غزة ¶ قتل 5 أشخاص في لبنان | 5 people in غزة ; 5 people in لبنان
            - مديرية تريم: خمس حالات وفاة و٩ مصابين ¶ - مديرية سيئون: ٣ وفيات، و٦ مصابين | مديرية تريم: 5 deaths ; مديرية تريم: 9 injured ; مديرية سيئون: 3 deaths ; مديرية سيئون: 6 injured
            القائمة ¦ الأصوات ¦ النسبة ¦ المقاعد ¶ حزب إرادة ¦ 90,245 ¦ 6.31% ¦ 3 | حزب إرادة: 90,245 votes ; حزب إرادة: 6.31% ; حزب إرادة: 3 seats
            """)
    void eachFigureOnceAndARowUnderItsLabel(String text, String expected) {
        // ¦ stands for a table's pipe, which the table's own columns take
        List<String> blocks = List.of(text.replace('¦', '|').split(" ¶ "));
        List<FigureFound> figures = new ArrayList<>();
        List<List<Figure>> found = FigureFinder.findEach(blocks, place -> true);
        for (int b = 0; b < blocks.size(); b++) {
            for (Figure f : found.get(b)) figures.add(new FigureFound(b, f, blocks.get(b)));
        }
        List<FigureEntries.Entry> entries = FigureEntries.of(figures, blocks, new FigureEntries.English() {
            @Override
            public Optional<String> figure(FigureFound f) {
                return GLOSSARY.figure(f.figure());
            }

            @Override
            public Optional<String> core(FigureFound f) {
                Figure g = f.figure();
                return GLOSSARY.figure(new Figure(g.surface(), g.start(), g.end(), g.low(), g.high(), g.approximate(), g.counted(),
                        Optional.empty(), Optional.empty(), g.prisonTerm(), g.scores()));
            }

            @Override
            public Optional<String> place(FigureFound f) {
                return f.figure().place().map(place -> " in " + place);
            }

            @Override
            public Optional<String> number(FigureFound f) {
                return GLOSSARY.number(f.figure());
            }

            @Override
            public Optional<String> label(int block, int start, int end) {
                return Optional.of(blocks.get(block).substring(start, end).strip());
            }
        });
        assertEquals(expected, entries.stream().filter(e -> !e.english().isEmpty())
                .map(e -> e.label().map(label -> label + ": ").orElse("") + e.english() + e.place()).collect(Collectors.joining(" ; ")));
    }
}
