package org.nashra.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashra.ingest.Article;
import org.nashra.ingest.Block;

/**
 * What a cache gives back, under which key, what it leaves on disk, and when it may be called empty
 * (before a build knows any article, it decides whether every one will be analysed).
 */
class AnalysisCacheTest {

    private static final Analyser ANALYSER = ListedPlaces.analyser(List.of(), List.of("بغداد", "البصرة"));

    @TempDir
    Path project;

    private AnalysisCache cache() {
        return new AnalysisCache(project.resolve(".nashra/cache/analysis"), "fingerprint");
    }

    @Test
    void aCacheNeverWrittenIsEmpty() {
        assertTrue(cache().isEmpty());
    }

    @Test
    void foldersAndUnfinishedWritesAloneLeaveItEmpty() throws IOException {
        Path folder = Files.createDirectories(project.resolve(".nashra/cache/analysis/ab"));
        Files.writeString(folder.resolve(".entry-123.tmp"), "{");
        assertTrue(cache().isEmpty());
    }

    @Test
    void oneEntryMakesItNotEmpty() throws IOException {
        Path folder = Files.createDirectories(project.resolve(".nashra/cache/analysis/ab"));
        Files.writeString(folder.resolve("ab12.json"), "{}");
        assertFalse(cache().isEmpty());
    }

    private static Article article(String id, String text) {
        return new Article(id, Path.of("/somewhere/seeds/" + id + ".txt"), "عنوان " + id, false,
                Optional.of(LocalDate.of(2024, 3, 10)), Optional.empty(), Optional.empty(), List.of(Block.paragraph(text, 2)), List.of());
    }

    @Test
    void anAnalysisStoredAfterAMissIsGivenBackForTheSameArticleAndNoOther() throws IOException {
        Article first = article("001-a", "وصل الوفد إلى بغداد في ١٠ آذار ٢٠٢٤.");
        Article second = article("002-b", "غادر الوفد البصرة أمس.");
        AnalysisCache building = cache();
        for (Article article : List.of(first, second)) {
            assertEquals(Optional.empty(), building.get(article), "a new cache misses");
            building.put(ANALYSER.analyse(article));
        }

        AnalysisCache next = cache();
        assertEquals(Optional.of(ANALYSER.analyse(first)), next.get(first), "the next build is given the same analysis");
        assertEquals(Optional.of(ANALYSER.analyse(second)), next.get(second));
        Article moved = first.withSource(Path.of("/elsewhere/seeds/001-a.txt"));
        assertEquals(Optional.of(ANALYSER.analyse(moved)), next.get(moved), "the project's folder is not part of the key");
        assertEquals(Optional.empty(), next.get(article("001-a", "وصل الوفد إلى بغداد في ١١ آذار ٢٠٢٤.")), "another text misses");
        assertEquals(Optional.empty(), new AnalysisCache(project.resolve(".nashra/cache/analysis"), "other code").get(first),
                "another fingerprint misses");

        try (Stream<Path> files = Files.walk(project.resolve(".nashra/cache/analysis"))) {
            List<String> names = files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).toList();
            assertEquals(2, names.size(), "one file an entry, nothing left of the writes: " + names);
            assertTrue(names.stream().allMatch(name -> name.endsWith(".json") && !name.startsWith(".")), names.toString());
        }
    }

    @Test
    void anAnalysisStoredWithoutALookupIsKeyedTheSameWay() {
        Article article = article("003-c", "وصل الوفد إلى بغداد.");
        cache().put(ANALYSER.analyse(article));
        assertEquals(Optional.of(ANALYSER.analyse(article)), cache().get(article));
    }
}
