package org.nashra.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nashra.arabic.SpecTable;

class FigureFinderTest {

    static Stream<Arguments> figures() {
        return SpecTable.cases(FigureFinderTest.class, "figures.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void find(SpecTable.Case c) {
        List<Figure> found = FigureFinder.find(c.input());
        assertEquals(SpecTable.visible(c.expected()), SpecTable.visible(render(found)), c.toString());
        found.forEach(f -> assertEquals(f.surface(), c.input().substring(f.start(), f.end()), c + " offsets of " + f));
    }

    /** The figures of the seed articles, one line per figure: file name ⇒ rendering as in figures.txt. */
    @Test
    void seeds() throws IOException {
        Path seeds = Path.of("seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds));
        for (String name : List.of("000_0bd4bb5b0ab38dc1.txt", "001_ae965bdf7bbc0df8.txt", "002_ea332c4c9957a7af.txt",
                "003_eeb4d30400637bf5.txt", "004_49de97497ddda336.txt")) {
            Path file = seeds.resolve(name);
            Assumptions.assumeTrue(Files.exists(file));
            String expected = SpecTable.read(FigureFinderTest.class, "seed-figures.txt").stream()
                    .filter(c -> c.input().equals(name)).map(SpecTable.Case::expected).collect(Collectors.joining("\n"));
            String actual = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .flatMap(line -> FigureFinder.find(line).stream()).map(f -> render(List.of(f)))
                    .collect(Collectors.joining("\n"));
            assertEquals(expected, actual, name);
        }
    }

    @Test
    void aGazetteerDecidesWhatIsAPlace() {
        String text = "نشرت 2500 جندي في العراق و900 جندي في المنطقة، و300 جندي في الولايات المتحدة.";
        java.util.Set<String> places = java.util.Set.of("العراق", "الولايات المتحدة");
        assertEquals("«2500 جندي» 2500 جندي @العراق ; «900 جندي» 900 جندي ; «300 جندي» 300 جندي @الولايات المتحدة",
                render(FigureFinder.find(text, places::contains)));
        assertEquals("«2500 جندي» 2500 جندي @العراق ; «900 جندي» 900 جندي @المنطقة ; «300 جندي» 300 جندي @الولايات المتحدة",
                render(FigureFinder.find(text)));
    }

    /** A name after a number is not what it counts (a match card's sides), unless it begins with a noun numbers count. */
    @Test
    void aNameAfterANumberIsNotWhatItCounts() {
        String card = "الزمالك 29 (13 - 17) 33 فيزبريم";
        assertEquals("«33 فيزبريم» 33 فيزبريم", render(FigureFinder.find(card)));
        assertEquals("", render(FigureFinder.find(card, place -> true,
                List.of(new int[] {0, 7}, new int[] {card.indexOf("فيزبريم"), card.length()}))));
        String devices = "يوجد أكثر من 22 ألف جهاز معرض للثغرة حول العالم";
        int name = devices.indexOf("جهاز");
        assertEquals("«أكثر من 22 ألف جهاز» 22000~ جهاز", render(FigureFinder.find(devices, place -> true,
                List.of(new int[] {name, devices.indexOf(" حول")}))));
    }

    @Test
    void oddInputNeverThrows() {
        assertTrue(FigureFinder.find(null).isEmpty());
        assertTrue(FigureFinder.find("").isEmpty());
        for (String odd : List.of("بين", "ما بين 5", "من 3 إلى", "99999999999999999999999 جندي", "1.2.3.4 شخص",
                "٪%", "نحو", "10-", "- 5 -", "و", "آلاف", "\u200f١\u200f")) {
            FigureFinder.find(odd);
        }
        for (String odd : org.nashra.arabic.OddText.samples(7L, 1000)) {
            for (Figure f : FigureFinder.find(odd)) {
                assertEquals(f.surface(), odd.substring(f.start(), f.end()), SpecTable.visible(odd));
                assertTrue(f.low() <= f.high() && !f.counted().isEmpty(), SpecTable.visible(odd) + " " + f);
            }
        }
    }

    static String render(List<Figure> figures) {
        return figures.stream().map(f -> "«" + f.surface() + "» " + number(f.low())
                + (f.high() != f.low() ? "–" + number(f.high()) : "") + (f.approximate() ? "~" : "")
                + " " + f.counted() + (f.prisonTerm() ? " in prison" : "")
                + f.scores().stream().map(s -> " " + number(s.first()) + "-" + number(s.second()))
                        .collect(Collectors.joining("", f.scores().isEmpty() ? "" : " score", ""))
                + f.per().map(p -> " per " + p).orElse("") + f.place().map(p -> " @" + p).orElse(""))
                .collect(Collectors.joining(" ; "));
    }

    private static String number(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
