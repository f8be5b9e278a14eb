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
            ما يقارب من ٨ ملايين شخص                          | about 8,000,000 people
            وعشرات الدول الأخرى                               | ''
            الإبقاء على سعر عائد الإيداع عند ٢٧٫٢٥٪           | 27.25%
            تراجع التضخم إلى 26.5% في أكتوبر                  | 26.5%
            نزح نحو 1.25 مليون شخص من منازلهم                 | about 1,250,000 people
            """)
    void figuresInEnglishOnlyWhenTheGlossaryKnowsWhatIsCounted(String arabic, String english) {
        List<String> found = FigureFinder.find(arabic).stream().flatMap(f -> GLOSSARY.figure(f).stream()).toList();
        assertEquals(english.isEmpty() ? List.of() : List.of(english), found);
    }
}
