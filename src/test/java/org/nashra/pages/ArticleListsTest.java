package org.nashra.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nashra.ingest.Block;

/** Paragraphs that are the rows of one list are shown as a list; rows that only look like one stay paragraphs. */
class ArticleListsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bullets                          | وبلغت الأسعار كالتالي: ; - بورصة الكفاح: 150,250 دينارا ; - أسواق أربيل: 149,900 دينار ; وكان السعر قد ارتفع. | 2-3
            numbers in order                 | 1- الأهلي 58 نقطة ; 2- بيراميدز 49 نقطة ; 3- الزمالك 47 نقطة                                                    | 1-3
            numbers from another start       | 4) المصري 44 نقطة ; 5) سيراميكا 40 نقطة                                                                        | 1-2
            Arabic-Indic numbers             | ١- الأهلي ; ٢- بيراميدز                                                                                        | 1-2
            two lists                        | • توطين الصناعة ; • دعم القطاع الخاص ; وأضاف الوزير: ; 1. الطاقة ; 2. المياه                                    | 1-2 4-5
            numbers out of order             | 1- الأهلي 58 نقطة ; 3- الزمالك 47 نقطة                                                                         | ''
            a bullet alone is no list        | وقال الوزير إن الخطة تشمل: ; • توطين الصناعة ; وأضاف أن العمل بدأ.                                            | ''
            a number then a bullet           | 1- الأهلي ; - بيراميدز                                                                                         | ''
            years are no numbers of rows     | 2024 عام الانتخابات ; 2025 عام الحكومة                                                                         | ''
            a negative figure is no bullet   | -5 درجات في عمان ; -3 درجات في إربد                                                                            | ''
            """)
    void paragraphsThatAreTheRowsOfOneListAreShownAsOne(String example, String paragraphs, String lists) {
        List<Block> blocks = Arrays.stream(paragraphs.split(";")).map(String::strip).map(p -> Block.paragraph(p, 1)).toList();
        List<String> found = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            int rows = BriefingPages.listRows(blocks, b);
            if (rows > 0) {
                found.add((b + 1) + "-" + (b + rows));
                b += rows - 1;
            }
        }
        assertEquals(lists, String.join(" ", found), example);
    }
}
