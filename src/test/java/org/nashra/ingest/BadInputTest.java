package org.nashra.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nashra.core.Problem;
import org.nashra.core.Severity;

/** Files that are not clean UTF-8 article text: reported, never thrown; legacy encodings read the same. */
class BadInputTest {

    private static final Ingest INGEST = new Ingest(BoilerplateRules.defaults());
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static String seedText(String name) throws IOException {
        return Files.readString(TestFiles.seeds().resolve(name), StandardCharsets.UTF_8);
    }

    /** The article as read from its seed, with the source replaced so copies elsewhere can be compared. */
    private static Article withSource(Article a, Path source) {
        return new Article(a.id(), source, a.title(), a.titleDerived(), a.published(), a.outlet(), a.author(), a.body(), a.removed());
    }

    private static void assertOneErrorNaming(Path file, IngestResult result, String messagePart) {
        assertEquals(Optional.empty(), result.article(), "no article expected for " + file);
        assertEquals(1, result.problems().size(), () -> "one problem expected: " + result.problems());
        Problem problem = result.problems().get(0);
        assertEquals(Severity.ERROR, problem.severity(), problem::toString);
        assertEquals(file, problem.file(), problem::toString);
        assertTrue(problem.message().contains(messagePart), () -> "'" + messagePart + "' not in: " + problem);
        assertTrue(problem.toString().startsWith(file.toString()), problem::toString);
    }

    @Test
    void aFileNameThatCannotBeDecodedIsOneErrorAndTheOtherSeedsAreRead() throws IOException {
        // Java reads bytes of a file name it cannot decode (an Arabic name under the POSIX locale) as U+FFFD.
        Path undecoded = write("\ufffd\ufffd\ufffd-\ufffd\ufffd.txt", seedText("000_0bd4bb5b0ab38dc1.txt").getBytes(StandardCharsets.UTF_8));
        Path arabic = write("خبر-عاجل.txt", seedText("001_ae965bdf7bbc0df8.txt").getBytes(StandardCharsets.UTF_8));
        List<IngestResult> results = INGEST.readAll(dir);
        IngestResult ofUndecoded = results.stream().filter(r -> r.source().equals(undecoded)).findFirst().orElseThrow();
        assertOneErrorNaming(undecoded, ofUndecoded, "cannot be decoded");
        assertTrue(ofUndecoded.problems().get(0).message().contains("LC_ALL=C.UTF-8"), ofUndecoded.problems()::toString);
        IngestResult ofArabic = results.stream().filter(r -> r.source().equals(arabic)).findFirst().orElseThrow();
        assertEquals(Slugs.fromFileName("خبر-عاجل.txt"), ofArabic.article().orElseThrow().id());
        assertEquals(List.of(), ofArabic.problems());
    }

    @Test
    void emptyFileIsOneError() throws IOException {
        Path file = write("empty.txt", new byte[0]);
        assertOneErrorNaming(file, INGEST.read(file), "empty file");
    }

    static Stream<Arguments> blanks() {
        return Stream.of("   \n\t\n", "\u00a0\r\n \r\n", "\ufeff  \n\n", "\u200f\n\u200e", " ")
                .map(content -> Arguments.of("\"" + TestFiles.visible(content) + "\"", content));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blanks")
    void whitespaceOnlyFileIsOneError(String shown, String content) throws IOException {
        Path file = write("blank.txt", content.getBytes(StandardCharsets.UTF_8));
        assertOneErrorNaming(file, INGEST.read(file), "only white space");
    }

    static Stream<Arguments> binaries() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) controls[i] = (byte) (i % 2 == 0 ? 0x01 + i % 8 : 'a');
        return Stream.of(Arguments.of("png header (NUL bytes)", png, "NUL"),
                Arguments.of("control characters", controls, "control characters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("binaries")
    void binaryFileIsOneError(String what, byte[] bytes, String messagePart) throws IOException {
        Path file = write("binary.txt", bytes);
        assertOneErrorNaming(file, INGEST.read(file), messagePart);
    }

    @Test
    void latinGarbageThatIsNotUtf8IsOneErrorWithItsLine() throws IOException {
        byte[] latin1 = "Nashra\nbonjour\nCafé déjà vu, à bientôt\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = write("latin1.txt", latin1);
        IngestResult result = INGEST.read(file);
        assertOneErrorNaming(file, result, "not valid UTF-8");
        assertEquals(3, result.problems().get(0).line(), "first bad byte is on line 3");
    }

    @Test
    void randomHighBytesAreOneError() throws IOException {
        byte[] bytes = {'a', 'b', 'c', (byte) 0xFF, (byte) 0xFE, 'd', 'e', 'f', (byte) 0xC3, '(', 'x', 'y', 'z'};
        Path file = write("garbage.txt", bytes);
        assertOneErrorNaming(file, INGEST.read(file), "not valid UTF-8");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"000_0bd4bb5b0ab38dc1.txt", "001_ae965bdf7bbc0df8.txt", "003_eeb4d30400637bf5.txt"})
    void windows1256CopyReadsLikeTheUtf8Seed(String seed) throws IOException {
        String text = seedText(seed);
        assertTrue(WINDOWS_1256.newEncoder().canEncode(text), seed + " must be expressible in Windows-1256 for this test");
        Path copy = write(seed, text.getBytes(WINDOWS_1256));
        IngestResult legacy = INGEST.read(copy);
        Article original = INGEST.read(TestFiles.seeds().resolve(seed)).article().orElseThrow();

        assertEquals(Optional.of(withSource(original, copy)), legacy.article());
        assertEquals(1, legacy.problems().size(), () -> legacy.problems().toString());
        Problem warning = legacy.problems().get(0);
        assertEquals(Severity.WARNING, warning.severity());
        assertEquals(copy, warning.file());
        assertTrue(warning.message().contains("Windows-1256"), warning::toString);
    }

    static Stream<Arguments> sameArticleVariants() throws IOException {
        return seedNames().flatMap(seed -> Stream.of(
                Arguments.of(seed, "BOM + CRLF", (java.util.function.Function<String, byte[]>) t ->
                        ("\ufeff" + t.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8)),
                Arguments.of(seed, "CR only", (java.util.function.Function<String, byte[]>) t ->
                        t.replace("\n", "\r").getBytes(StandardCharsets.UTF_8)),
                Arguments.of(seed, "final line end", (java.util.function.Function<String, byte[]>) t ->
                        (t + "\n").getBytes(StandardCharsets.UTF_8)),
                Arguments.of(seed, "marks at line ends", (java.util.function.Function<String, byte[]>) t ->
                        t.replace("\n", "\u200f\n\u200e").getBytes(StandardCharsets.UTF_8))));
    }

    static Stream<String> seedNames() throws IOException {
        try (Stream<Path> files = Files.list(TestFiles.seeds())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("sameArticleVariants")
    void lineEndingsAndEdgeMarksDoNotChangeTheArticle(String seed, String variant,
                                                      java.util.function.Function<String, byte[]> encode) throws IOException {
        Path copy = write(seed, encode.apply(seedText(seed)));
        IngestResult result = INGEST.read(copy);
        Article original = INGEST.read(TestFiles.seeds().resolve(seed)).article().orElseThrow();
        assertEquals(List.of(), result.problems());
        assertEquals(Optional.of(withSource(original, copy)), result.article());
    }

    @Test
    void marksInsideALineAreKept() throws IOException {
        String text = "عنوان الخبر\nقال المتحدث إن \u200fالاتفاق\u200f سيبقى قائما حتى نهاية العام المقبل بحسب البيان.\u200f\n";
        Path file = write("marks.txt", text.getBytes(StandardCharsets.UTF_8));
        Article article = INGEST.read(file).article().orElseThrow();
        assertEquals("قال المتحدث إن \u200fالاتفاق\u200f سيبقى قائما حتى نهاية العام المقبل بحسب البيان.",
                article.body().get(0).text(), () -> TestFiles.visible(article.body().get(0).text()));
    }

    @Test
    void utf16WithByteOrderMarkIsReadWithAWarning() throws IOException {
        String seed = "001_ae965bdf7bbc0df8.txt";
        Path copy = write(seed, seedText(seed).getBytes(StandardCharsets.UTF_16));
        IngestResult result = INGEST.read(copy);
        Article original = INGEST.read(TestFiles.seeds().resolve(seed)).article().orElseThrow();
        assertEquals(Optional.of(withSource(original, copy)), result.article());
        assertEquals(Severity.WARNING, result.problems().get(0).severity());
    }

    @Test
    void oversizedFileIsAnErrorNotRead() throws IOException {
        Path file = write("huge.txt", new byte[(int) Ingest.MAX_SEED_BYTES + 1]);
        assertOneErrorNaming(file, INGEST.read(file), "too large");
    }

    @Test
    void missingFileIsAnErrorNamingIt() {
        Path missing = dir.resolve("missing.txt");
        assertOneErrorNaming(missing, INGEST.read(missing), "cannot read");
    }

    @Test
    void missingFolderIsAnErrorNamingIt() {
        Path missing = dir.resolve("no-such-folder");
        List<IngestResult> results = INGEST.readAll(missing);
        assertEquals(1, results.size());
        assertOneErrorNaming(missing, results.get(0), "cannot list");
    }

    @Test
    void readAllKeepsTheGoodArticlesAndReportsTheBrokenFile() throws IOException {
        for (String seed : seedNames().toList()) {
            Files.copy(TestFiles.seeds().resolve(seed), dir.resolve(seed));
        }
        Path broken = write("002b_broken.txt", new byte[] {'x', 0, 0, 1, 2, 3});
        write("notes.md", "not a seed".getBytes(StandardCharsets.UTF_8));

        List<IngestResult> results = INGEST.readAll(dir);

        assertEquals(6, results.size(), "five seeds and the broken file; other extensions are not seeds");
        assertEquals(5, results.stream().filter(r -> r.article().isPresent()).count());
        List<Problem> problems = results.stream().flatMap(r -> r.problems().stream()).toList();
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(broken, problems.get(0).file());
        assertEquals(Severity.ERROR, problems.get(0).severity());
        assertEquals(List.of("000_0bd4bb5b0ab38dc1.txt", "001_ae965bdf7bbc0df8.txt", "002_ea332c4c9957a7af.txt",
                        "002b_broken.txt", "003_eeb4d30400637bf5.txt", "004_49de97497ddda336.txt"),
                results.stream().map(r -> r.source().getFileName().toString()).toList());
    }

    @Test
    void clashingIdsGetASuffixAndAWarning() throws IOException {
        byte[] article = seedText("001_ae965bdf7bbc0df8.txt").getBytes(StandardCharsets.UTF_8);
        Path first = write("a b.txt", article);
        Path second = write("a-b.txt", article);
        Path third = write("a_b-2.txt", article);

        List<IngestResult> results = INGEST.readAll(dir);

        assertEquals(List.of(first, second, third), results.stream().map(IngestResult::source).toList());
        assertEquals(List.of("a-b", "a-b-3", "a-b-2"), results.stream().map(r -> r.article().orElseThrow().id()).toList());
        assertEquals(List.of(), results.get(0).problems());
        assertEquals(1, results.get(1).problems().size());
        Problem clash = results.get(1).problems().get(0);
        assertEquals(Severity.WARNING, clash.severity());
        assertEquals(second, clash.file());
        assertTrue(clash.message().contains("a b.txt") && clash.message().contains("a-b-3"), clash::toString);
        assertEquals(List.of(), results.get(2).problems());
    }
    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of("English news text", "London (Reuters) - The minister met his counterpart on Monday.\n"
                        + "They discussed trade and the talks planned for next year.\n", false),
                Arguments.of("French news text", "Paris (AFP) - Le ministre a rencontré son homologue lundi.\n"
                        + "Ils ont parlé du commerce et des négociations de l'année prochaine.\n", false),
                Arguments.of("English quoting an Arabic phrase", "Baghdad (AP) - Protesters chanted \u201cنريد وطن\u201d"
                        + " outside the ministry on Friday, witnesses said.\n", false),
                Arguments.of("Arabic with Latin names and an address", "قال وزير الخارجية إن الاتفاق مع شركة Microsoft"
                        + " وبنك HSBC سيبقى قائما حتى نهاية العام، بحسب بيان نشر على www.example.com اليوم.\n", true),
                Arguments.of("Arabic copied from a PDF (presentation forms)", "\uFEDE\uFE8E\uFECB \uFEEE\uFEB0\uFEF3\uFEAE"
                        + " \uFE8E\uFEDF\uFEA8\uFE8E\uFEAD\uFEA0\uFEF4\uFE94 \uFE8D\uFEDF\uFEF4\uFEEE\uFEE1.\n", true),
                Arguments.of("Persian news text", "مسعود پزشکیان، رئیس\u200cجمهور ایران، روز چهارشنبه وارد بغداد شد و با محمد شیاع"
                        + " السودانی، نخست\u200cوزیر عراق، دیدار و گفت\u200cوگو کرد. این نخستین سفر خارجی پزشکیان است.\n", false),
                Arguments.of("Urdu news text", "وزیر اعظم شہباز شریف نے کہا ہے کہ حکومت ملک میں معاشی استحکام کے لیے تمام ضروری"
                        + " اقدامات کر رہی ہے۔ انہوں نے یہ بات اسلام آباد میں ایک تقریب سے خطاب کرتے ہوئے کہی۔\n", false),
                Arguments.of("Kurdish (Sorani) news text", "سەرۆکی هەرێمی کوردستان لە هەولێر پێشوازی لە شاندێکی عێراقی کرد و"
                        + " باسی پەیوەندییەکانی نێوان هەرێم و بەغدایان کرد.\n", false),
                Arguments.of("Arabic typed on a Persian keyboard (ی and ک)", "قال رئیس الوزراء العراقی إن الحکومة ستعمل على تعزیز"
                        + " التعاون مع دول الجوار فی المجالات الاقتصادیة والأمنیة خلال العام المقبل.\n", true),
                Arguments.of("Arabic naming a Kurdish party with گ", "التقى رئيس الوزراء العراقي في بغداد رئيس حكومة إقليم كردستان"
                        + " مسرور بارزاني، وبحث معه ملف رواتب موظفي الإقليم بحضور ممثلين عن حركة گوران.\n", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void textThatIsNotArabicIsOneErrorAndArabicWithLatinWordsIsRead(String what, String text, boolean read) throws IOException {
        Path file = write("article.txt", text.getBytes(StandardCharsets.UTF_8));
        IngestResult result = INGEST.read(file);
        if (read) {
            assertTrue(result.article().isPresent(), result.problems()::toString);
            assertTrue(result.problems().stream().noneMatch(p -> p.message().contains("Arabic")), result.problems()::toString);
        } else {
            assertOneErrorNaming(file, result, "not Arabic text");
        }
    }

    @Test
    void hiddenFilesAreNotSeeds() throws IOException {
        Path seed = write("001.txt", seedText("001_ae965bdf7bbc0df8.txt").getBytes(StandardCharsets.UTF_8));
        // What a Mac leaves beside a file copied to another disk, and an editor's copy while it is open.
        write("._001.txt", new byte[] {0, 5, 22, 7, 0, 2, 0, 0, 'M', 'a', 'c', ' ', 'O', 'S', ' ', 'X'});
        write(".001.txt.swp", new byte[] {'b', '0', 'V', 'I', 'M', 0});
        write(".draft.txt", seedText("000_0bd4bb5b0ab38dc1.txt").getBytes(StandardCharsets.UTF_8));

        List<Path> read = INGEST.readAll(dir).stream().map(IngestResult::source).toList();
        assertEquals(List.of(seed), read);
        assertEquals(List.of(), Ingest.notRead(dir, read));
    }

    @Test
    void filesThatAreNotReadAreNamedInWarnings() throws IOException {
        write("001.txt", seedText("001_ae965bdf7bbc0df8.txt").getBytes(StandardCharsets.UTF_8));
        Path notes = write("notes.md", "not a seed".getBytes(StandardCharsets.UTF_8));
        Path word = write("002.docx", new byte[] {'P', 'K', 3, 4});
        Path month = Files.createDirectories(dir.resolve("2024-09"));
        Files.writeString(month.resolve("a.txt"), "خبر");
        Files.writeString(month.resolve("b.TXT"), "خبر");
        Path single = Files.createDirectories(dir.resolve("old"));
        Files.writeString(single.resolve("a.txt"), "خبر");
        Files.createDirectories(dir.resolve("images")).resolve("photo.jpg").toFile().createNewFile();
        // A folder named like a seed is no seed: readAll passes it over, and its seeds are named here.
        Path namedLikeASeed = Files.createDirectories(dir.resolve("2024.txt"));
        Files.writeString(namedLikeASeed.resolve("a.txt"), "خبر");

        List<IngestResult> read = INGEST.readAll(dir);
        List<Problem> problems = Ingest.notRead(dir, read.stream().map(IngestResult::source).toList());

        assertEquals(List.of(word, month, namedLikeASeed, notes, single), problems.stream().map(Problem::file).toList(), problems::toString);
        assertTrue(problems.stream().allMatch(p -> p.severity() == Severity.WARNING), problems::toString);
        assertTrue(problems.get(0).message().contains("*.txt"), problems.get(0)::toString);
        assertTrue(problems.get(1).message().startsWith("2 .txt files in this folder are not read"), problems.get(1)::toString);
        assertTrue(problems.get(2).message().startsWith("1 .txt file in this folder is not read"), problems.get(2)::toString);
        assertTrue(problems.get(4).message().startsWith("1 .txt file in this folder is not read"), problems.get(4)::toString);
        assertEquals(1, read.size(), "only the seed itself is read");
    }
}
