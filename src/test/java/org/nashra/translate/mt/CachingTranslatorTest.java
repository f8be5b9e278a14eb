package org.nashra.translate.mt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nashra.core.Lang;
import org.nashra.translate.mt.FakeServer.Reply;

class CachingTranslatorTest {

    private static final String ARABIC = "أعلن التحالف الدولي انتهاء مهمته القتالية في العراق.";
    private static final String LIBRE_OK = "{\"translatedText\":\"The coalition announced the end of its combat mission in Iraq.\"}";

    @TempDir
    Path cache;

    private static Translator libre(URI url) {
        return Translators.create(TranslatorConfig.libreTranslate(url).withRetries(0, Duration.ZERO), Map.of());
    }

    private static Translator openAi(URI url, String model) {
        return Translators.create(TranslatorConfig.openAi(url, model).withRetries(0, Duration.ZERO), Map.of());
    }

    private static String openAiOk(String text) {
        return "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":" + Json.write(text) + "}}]}";
    }

    @Test
    void aCachedTranslationIsNeverRequestedAgain() throws IOException {
        try (FakeServer server = new FakeServer(Reply.ok(LIBRE_OK))) {
            CachingTranslator translator = new CachingTranslator(libre(server.url()), cache);
            Optional<Translation> first = translator.translate(ARABIC, Lang.AR, Lang.EN);
            Optional<Translation> second = translator.translate(ARABIC, Lang.AR, Lang.EN);
            assertTrue(first.isPresent());
            assertEquals(first, second);
            assertEquals(1, server.requests());

            // A later build, with the service gone: the cache alone answers.
            CachingTranslator rebuild = new CachingTranslator(libre(FakeServer.closedPort()), cache);
            assertEquals(first, rebuild.translate(ARABIC, Lang.AR, Lang.EN));
            assertEquals(List.of(), rebuild.failures());
        }
    }

    @Test
    void theKeyHoldsBackendModelLanguagesAndText() throws IOException {
        try (FakeServer libreServer = new FakeServer(Reply.ok(LIBRE_OK));
             FakeServer chatServer = new FakeServer(Reply.ok(openAiOk("by model A")), Reply.ok(openAiOk("by model B")))) {
            CachingTranslator libre = new CachingTranslator(libre(libreServer.url()), cache);
            CachingTranslator modelA = new CachingTranslator(openAi(chatServer.url(), "model-a"), cache);
            CachingTranslator modelB = new CachingTranslator(openAi(chatServer.url(), "model-b"), cache);

            libre.translate(ARABIC, Lang.AR, Lang.EN);
            assertEquals(Optional.of("by model A"), modelA.translate(ARABIC, Lang.AR, Lang.EN).map(Translation::text));
            assertEquals(Optional.of("by model B"), modelB.translate(ARABIC, Lang.AR, Lang.EN).map(Translation::text));
            assertEquals(Optional.of("by model A"), modelA.translate(ARABIC, Lang.AR, Lang.EN).map(Translation::text));
            assertEquals(1, libreServer.requests());
            assertEquals(2, chatServer.requests(), "one request per model, then the cache");
        }
        String base = CachingTranslator.key("openai", "m", Lang.AR, Lang.EN, "نص");
        assertNotEquals(base, CachingTranslator.key("openai", "m", Lang.EN, Lang.AR, "نص"));
        assertNotEquals(base, CachingTranslator.key("openai", "m", Lang.AR, Lang.EN, "نص "));
        assertNotEquals(CachingTranslator.key("a", "bc", Lang.AR, Lang.EN, "x"), CachingTranslator.key("ab", "c", Lang.AR, Lang.EN, "x"));
        assertEquals(64, base.length());
    }

    @Test
    void entriesAreSmallReadableFilesWithNoTemporaryLeftOver() throws IOException, Json.Malformed {
        try (FakeServer server = new FakeServer(Reply.ok(LIBRE_OK))) {
            CachingTranslator translator = new CachingTranslator(libre(server.url()), cache);
            translator.translate(ARABIC, Lang.AR, Lang.EN);
            translator.translate("نص آخر", Lang.AR, Lang.EN);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(cache)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertEquals(2, files.size(), files::toString);
        for (Path file : files) {
            String name = file.getFileName().toString();
            assertTrue(name.matches("[0-9a-f]{64}\\.json"), name);
            assertEquals(name.substring(0, 2), file.getParent().getFileName().toString());
        }
        Path entry = new CachingTranslator(libre(URI.create("http://127.0.0.1:9")), cache).entryFile(ARABIC, Lang.AR, Lang.EN);
        Object json = Json.parse(Files.readString(entry, StandardCharsets.UTF_8));
        assertEquals(ARABIC, Json.at(json, "source"));
        assertEquals("libretranslate", Json.at(json, "backend"));
        assertEquals("ar", Json.at(json, "from"));
        assertEquals("The coalition announced the end of its combat mission in Iraq.", Json.at(json, "translation"));
    }

    @Test
    void aFailureIsNotCachedSoTheNextBuildTriesAgain() throws IOException {
        try (FakeServer server = new FakeServer(Reply.status(400, "{\"error\":\"busy\"}"), Reply.ok(LIBRE_OK))) {
            CachingTranslator translator = new CachingTranslator(libre(server.url()), cache);
            assertEquals(Optional.empty(), translator.translate(ARABIC, Lang.AR, Lang.EN));
            assertTrue(translator.translate(ARABIC, Lang.AR, Lang.EN).isPresent());
            assertEquals(2, server.requests());
            assertEquals(1, translator.failures().size(), translator.failures()::toString);
        }
    }

    @Test
    void aDamagedEntryIsReportedAndReplaced() throws IOException {
        try (FakeServer server = new FakeServer(Reply.ok(LIBRE_OK))) {
            CachingTranslator translator = new CachingTranslator(libre(server.url()), cache);
            Path entry = translator.entryFile(ARABIC, Lang.AR, Lang.EN);
            Files.createDirectories(entry.getParent());
            Files.writeString(entry, "{\"translation\": \"half");

            assertTrue(translator.translate(ARABIC, Lang.AR, Lang.EN).isPresent());
            assertEquals(1, server.requests());
            assertEquals(1, translator.failures().size());
            assertTrue(translator.failures().get(0).startsWith("translation cache: ignoring unreadable cache entry"),
                    translator.failures().get(0));
            assertTrue(Files.readString(entry).contains("Iraq"), "entry repaired");
        }
    }

    @Test
    void anEntryForAnotherTextIsNotTrusted() throws IOException {
        try (FakeServer server = new FakeServer(Reply.ok(LIBRE_OK))) {
            CachingTranslator translator = new CachingTranslator(libre(server.url()), cache);
            Path entry = translator.entryFile(ARABIC, Lang.AR, Lang.EN);
            Files.createDirectories(entry.getParent());
            Files.writeString(entry, "{\"backend\":\"libretranslate\",\"model\":\"\",\"from\":\"ar\",\"to\":\"en\","
                    + "\"source\":\"something else\",\"translation\":\"wrong\"}");
            assertEquals(Optional.of("The coalition announced the end of its combat mission in Iraq."),
                    translator.translate(ARABIC, Lang.AR, Lang.EN).map(Translation::text));
            assertTrue(translator.failures().get(0).endsWith("it does not match its key"), translator.failures()::toString);
        }
    }

    @Test
    void anUnwritableCacheStillTranslates() throws IOException {
        Path notADirectory = Files.writeString(cache.resolve("file"), "x");
        try (FakeServer server = new FakeServer(Reply.ok(LIBRE_OK))) {
            CachingTranslator translator = new CachingTranslator(libre(server.url()), notADirectory);
            assertTrue(translator.translate(ARABIC, Lang.AR, Lang.EN).isPresent());
            assertEquals(1, translator.failures().size(), translator.failures()::toString);
            assertTrue(translator.failures().get(0).startsWith("translation cache: cannot write cache entry"),
                    translator.failures().get(0));
        }
    }

    @Test
    void backendFailuresShowThroughTheCache() throws IOException {
        CachingTranslator translator = new CachingTranslator(libre(FakeServer.closedPort()), cache);
        assertEquals(Optional.empty(), translator.translate(ARABIC, Lang.AR, Lang.EN));
        assertEquals(1, translator.failures().size());
        assertTrue(translator.failures().get(0).startsWith("libretranslate http://127.0.0.1:"), translator.failures().get(0));
    }
}
