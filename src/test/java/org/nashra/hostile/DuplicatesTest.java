package org.nashra.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.nashra.core.Problem;
import org.nashra.ingest.Article;
import org.nashra.ingest.Block;
import org.nashra.ingest.Duplicates;

/** The same article under two seed files is reported once, on the later file, naming the earlier one. */
class DuplicatesTest {

    static Article article(String file, String title, String... paragraphs) {
        List<Block> body = new java.util.ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) body.add(Block.paragraph(paragraphs[i], i + 3));
        return new Article(file.replace(".txt", ""), Path.of("seeds", file), title, false,
                Optional.empty(), Optional.empty(), Optional.empty(), body, List.of());
    }

    static final String TEXT = "قال المتحدث إن مجلس الوزراء عقد جلسته في بغداد يوم الأحد 12 أيار.";

    @Test
    void theLaterFileIsWarnedNamingTheEarlierOne() {
        List<Problem> problems = Duplicates.find(List.of(article("b.txt", "عنوان", TEXT), article("a.txt", "عنوان", TEXT)));
        assertEquals(List.of(Problem.warning(Path.of("seeds", "b.txt"), "same article text as a.txt (both are built; remove one of them)")),
                problems);
    }

    @Test
    void diacriticsLetterVariantsDigitsSpacingAndHeadlineDoNotMakeItDifferent() {
        String variant = "قالَ  المتحدث إنّ مجلس الوزراء عقد جلسته في بغداد يوم الأحد ١٢ ايار.";
        assertEquals(1, Duplicates.find(List.of(article("a.txt", "عنوان", TEXT), article("b.txt", "عنوان آخر", variant))).size());
    }

    @Test
    void differentTextOrEmptyBodiesAreNotDuplicates() {
        assertEquals(List.of(), Duplicates.find(List.of(article("a.txt", "ع", TEXT), article("b.txt", "ع", TEXT + " وأضاف أن الجلسة طويلة."))));
        assertEquals(List.of(), Duplicates.find(List.of(article("a.txt", "ع"), article("b.txt", "ع"))));
    }

    @Test
    void threeCopiesGiveTwoWarningsBothNamingTheFirst() {
        List<Problem> problems = Duplicates.find(List.of(article("c.txt", "ع", TEXT), article("a.txt", "ع", TEXT), article("b.txt", "ع", TEXT)));
        assertEquals(List.of("seeds/b.txt: warning: same article text as a.txt (both are built; remove one of them)",
                "seeds/c.txt: warning: same article text as a.txt (both are built; remove one of them)"),
                problems.stream().map(Problem::toString).toList());
    }

    @Test
    void aMemoryFollowsBodiesThatChangeBetweenSearches() {
        Duplicates.Memory memory = new Duplicates.Memory();
        Article a = article("a.txt", "ع", TEXT);
        Article b = article("b.txt", "ع", TEXT + " وأضاف أن الجلسة طويلة.");
        assertEquals(0, Duplicates.find(List.of(a, b), memory).size());
        // b edited to a's text: a new body, put in matching form again, while a's is taken over.
        Article bEdited = article("b.txt", "ع", TEXT);
        assertEquals(1, Duplicates.find(List.of(a, bEdited), memory).size());
        assertEquals(1, Duplicates.find(List.of(a, bEdited), memory).size());
        assertEquals(0, Duplicates.find(List.of(a, b), memory).size(), "and back");
    }
}
