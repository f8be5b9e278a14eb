package org.nashra.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nashra.core.Problem;

/** A saved web page is read as the article an editor would have copied from it, and nothing of its markup. */
class WebPageTest {

    private static final Ingest INGEST = new Ingest(BoilerplateRules.defaults());

    @TempDir
    Path dir;

    private static String page() throws IOException {
        try (var in = WebPageTest.class.getResourceAsStream("web-page.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path seed(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theArticleOfASavedPageWithItsHeadlineDateAuthorAndSite() throws IOException {
        Article article = INGEST.read(seed("budget.html", page())).article().orElseThrow();
        assertEquals("البرلمان العراقي يقر الموازنة العامة لعام 2025", article.title());
        assertEquals(Optional.of(LocalDate.of(2025, 1, 14)), article.published());
        assertEquals(Optional.of("شبكة الأخبار"), article.outlet());
        assertEquals(Optional.of("سارة الجبوري"), article.author());
        List<String> blocks = article.body().stream().map(Block::text).toList();
        assertEquals(4, blocks.size(), blocks.toString());
        assertTrue(blocks.get(0).startsWith("صوت مجلس النواب العراقي"));
        assertTrue(blocks.get(3).startsWith("\"هذه الموازنة تضمن رواتب الموظفين"), "a quoted paragraph is one block");
        String all = String.join("\n", blocks);
        for (String furniture : List.of("dataLayer", "الرئيسية", "اقرأ أيضا", "جانب من جلسة البرلمان", "إعلان", "جميع الحقوق", "اشترك", "<", "display")) {
            assertFalse(all.contains(furniture), "no " + furniture + " in the text: " + all);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"budget.htm", "budget.txt"})
    void aWholeDocumentIsAWebPageWhateverItsName(String name) throws IOException {
        Article article = INGEST.read(seed(name, page())).article().orElseThrow();
        assertEquals("البرلمان العراقي يقر الموازنة العامة لعام 2025", article.title());
        assertEquals(4, article.body().size());
    }

    @Test
    void aProblemIsToldOnThePagesOwnLine() throws IOException {
        String html = page().replace("<blockquote>", "<p>شكرا</p>\n<blockquote>").replace("</blockquote>", "</blockquote>\n<p>تفاصيل لاحقة</p>");
        int line = (int) html.lines().takeWhile(l -> !l.contains("<p>تفاصيل لاحقة</p>")).count() + 1;
        IngestResult result = INGEST.read(seed("budget.html", html));
        List<Problem> shortLast = result.problems().stream().filter(p -> p.message().contains("short last line")).toList();
        assertEquals(1, shortLast.size(), result.problems().toString());
        assertEquals(line, shortLast.get(0).line());
    }

    @Test
    void aPageWithoutParagraphsIsReadByItsBlocksAndLineBreaks() throws IOException {
        String html = "<!doctype html><html><head><title>عنوان الخبر هنا</title></head><body><div class=\"text\">"
                + "أعلنت الحكومة اليوم عن خطة جديدة لتطوير شبكة النقل العام في العاصمة خلال العامين المقبلين بكلفة كبيرة.<br><br>"
                + "وأوضح المتحدث باسم الوزارة أن الخطة تشمل خطوطا جديدة للحافلات وتحديث المحطات القائمة وتوسيع الطرق الرئيسية."
                + "</div></body></html>";
        Article article = INGEST.read(seed("plan.html", html)).article().orElseThrow();
        assertEquals("عنوان الخبر هنا", article.title());
        assertEquals(2, article.body().size(), article.body().toString());
    }

    @Test
    void aPageWithNoArticleTextIsOneClearError() throws IOException {
        String html = "<!DOCTYPE html><html><head><title>الرئيسية</title></head><body><nav><a href=\"/\">الرئيسية</a></nav>"
                + "<footer>جميع الحقوق محفوظة</footer></body></html>";
        IngestResult result = INGEST.read(seed("home.html", html));
        assertTrue(result.article().isEmpty());
        assertEquals(1, result.problems().size(), result.problems().toString());
        assertTrue(result.problems().get(0).message().startsWith("no article text in this web page"), result.problems().toString());
    }

    @Test
    void markupInAPastedArticleIsNotAWebPage() {
        assertFalse(WebPage.isDocument("<b>عنوان</b> فيه <script>alert(1)</script> وسوم"));
        assertTrue(WebPage.isDocument("\uFEFF  <!-- saved --> <!DOCTYPE html><html>"));
        assertTrue(WebPage.isDocument("<html lang=\"ar\">"));
    }

    @Test
    void savedPagesAreSeedsAndOtherFilesAreNot() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("budget.html"), page(), StandardCharsets.UTF_8);
        Files.writeString(seeds.resolve("notes.pdf"), "%PDF", StandardCharsets.UTF_8);
        List<IngestResult> read = INGEST.readAll(seeds);
        assertEquals(1, read.size());
        List<Problem> notRead = Ingest.notRead(seeds, read.stream().map(IngestResult::source).toList());
        assertEquals(1, notRead.size());
        assertTrue(notRead.get(0).file().endsWith("notes.pdf") && notRead.get(0).message().contains("*.html"), notRead.toString());
    }
}
