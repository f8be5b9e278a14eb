package org.nashra.translate.mt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nashra.core.Lang;
import org.nashra.translate.mt.FakeServer.Reply;

/** Both HTTP protocols against a local service, including every way the service can let us down. */
class HttpTranslatorTest {

    private static final String ARABIC = "قال المبعوث إن \"مهمة التحالف لم تنته بعد\".\nوأضاف أن لا خطة للانسحاب.";
    private static final String ENGLISH = "The envoy said the \"coalition's mission is not over\".";
    private static final Duration FAST_BACKOFF = Duration.ofMillis(10);

    /** What each protocol's service says when it succeeds or refuses. */
    enum Protocol {
        LIBRETRANSLATE(url -> TranslatorConfig.libreTranslate(url),
                text -> "{\"translatedText\":" + Json.write(text) + "}",
                message -> "{\"error\":" + Json.write(message) + "}"),
        OPENAI(url -> TranslatorConfig.openAi(url, "qwen2.5:7b-instruct"),
                text -> "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,"
                        + "\"message\":{\"role\":\"assistant\",\"content\":" + Json.write(text) + "},\"finish_reason\":\"stop\"}]}",
                message -> "{\"error\":{\"message\":" + Json.write(message) + ",\"type\":\"invalid_request_error\"}}");

        final Function<URI, TranslatorConfig> config;
        final Function<String, String> success;
        final Function<String, String> error;

        Protocol(Function<URI, TranslatorConfig> config, Function<String, String> success, Function<String, String> error) {
            this.config = config;
            this.success = success;
            this.error = error;
        }

        Translator translator(URI url, int retries, Duration timeout) {
            return Translators.create(config.apply(url).withRetries(retries, FAST_BACKOFF).withTimeout(timeout), Map.of());
        }

        Translator translator(URI url, int retries) {
            return translator(url, retries, Duration.ofSeconds(5));
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void translates(Protocol protocol) throws IOException {
        try (FakeServer server = new FakeServer(Reply.ok(protocol.success.apply(ENGLISH)))) {
            Translator translator = protocol.translator(server.url(), 2);
            assertEquals(Optional.of(new Translation(ENGLISH, protocol.name().toLowerCase(), true)),
                    translator.translate(ARABIC, Lang.AR, Lang.EN));
            assertEquals(1, server.requests());
            assertEquals("POST", server.received().get(0).method());
            assertEquals("application/json", server.received().get(0).contentType());
            assertEquals(List.of(), translator.failures());
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void retriesAfterAServerError(Protocol protocol) throws IOException {
        try (FakeServer server = new FakeServer(Reply.status(500, protocol.error.apply("model is loading")),
                Reply.ok(protocol.success.apply(ENGLISH)))) {
            Translator translator = protocol.translator(server.url(), 2);
            assertEquals(Optional.of(ENGLISH), translator.translate(ARABIC, Lang.AR, Lang.EN).map(Translation::text));
            assertEquals(2, server.requests());
            assertEquals(List.of(), translator.failures(), "a retry that succeeds is not a failure");
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void givesUpAfterTheLastRetry(Protocol protocol) throws IOException {
        try (FakeServer server = new FakeServer(Reply.status(503, protocol.error.apply("overloaded")))) {
            Translator translator = protocol.translator(server.url(), 2);
            assertEquals(Optional.empty(), translator.translate(ARABIC, Lang.AR, Lang.EN));
            assertEquals(3, server.requests(), "one attempt and two retries");
            assertOneFailure(translator, "HTTP 503: overloaded after 3 attempts");
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void doesNotRetryARefusal(Protocol protocol) throws IOException {
        try (FakeServer server = new FakeServer(Reply.status(400, protocol.error.apply("ar is not supported")),
                Reply.ok(protocol.success.apply(ENGLISH)))) {
            Translator translator = protocol.translator(server.url(), 3);
            assertEquals(Optional.empty(), translator.translate(ARABIC, Lang.AR, Lang.EN));
            assertEquals(1, server.requests());
            assertOneFailure(translator, "HTTP 400: ar is not supported (not retried)");
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void givesUpOnASlowService(Protocol protocol) throws IOException {
        try (FakeServer server = new FakeServer(Reply.slow(Duration.ofSeconds(5), protocol.success.apply(ENGLISH)))) {
            Translator translator = protocol.translator(server.url(), 1, Duration.ofMillis(300));
            long started = System.nanoTime();
            assertEquals(Optional.empty(), translator.translate(ARABIC, Lang.AR, Lang.EN));
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(millis < 4_000, "waited " + millis + " ms for two attempts of 300 ms");
            assertEquals(2, server.requests(), "a timeout is retried");
            assertOneFailure(translator, "no answer within 300 ms after 2 attempts");
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void reportsAMalformedAnswer(Protocol protocol) throws IOException {
        try (FakeServer server = new FakeServer(Reply.ok("{\"translatedText\": \"The envoy"))) {
            Translator translator = protocol.translator(server.url(), 2);
            assertEquals(Optional.empty(), translator.translate(ARABIC, Lang.AR, Lang.EN));
            assertEquals(1, server.requests(), "the same answer would come again");
            assertOneFailure(translator, "malformed JSON in the response: unterminated string at offset 29");
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void reportsAnAnswerWithoutATranslation(Protocol protocol) throws IOException {
        try (FakeServer server = new FakeServer(Reply.ok("{\"result\": \"The envoy\"}"))) {
            Translator translator = protocol.translator(server.url(), 0);
            assertEquals(Optional.empty(), translator.translate(ARABIC, Lang.AR, Lang.EN));
            assertEquals(1, translator.failures().size());
            assertTrue(translator.failures().get(0).contains("in the response"), translator.failures()::toString);
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void reportsAServiceThatIsNotThere(Protocol protocol) throws IOException {
        URI nowhere = FakeServer.closedPort();
        Translator translator = protocol.translator(nowhere, 1);
        assertEquals(Optional.empty(), translator.translate(ARABIC, Lang.AR, Lang.EN));
        assertEquals(1, translator.failures().size(), translator.failures()::toString);
        String failure = translator.failures().get(0);
        assertTrue(failure.startsWith(protocol.name().toLowerCase() + " " + nowhere), failure);
        assertTrue(failure.contains("cannot reach the service") && failure.endsWith("after 2 attempts"), failure);
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void leavesBlankTextAndSameLanguageAloneWithoutAsking(Protocol protocol) throws IOException {
        try (FakeServer server = new FakeServer(Reply.ok(protocol.success.apply(ENGLISH)))) {
            Translator translator = protocol.translator(server.url(), 0);
            assertEquals(Optional.of(new Translation(" \n", translator.name(), false)), translator.translate(" \n", Lang.AR, Lang.EN));
            assertEquals(Optional.of(new Translation("نص", translator.name(), false)), translator.translate("نص", Lang.AR, Lang.AR));
            assertEquals(Optional.empty(), translator.translate(null, Lang.AR, Lang.EN));
            assertEquals(0, server.requests());
        }
    }

    @Test
    void libreTranslateRequest() throws IOException, Json.Malformed {
        try (FakeServer server = new FakeServer(Reply.ok("{\"translatedText\":\"x\"}"))) {
            TranslatorConfig config = TranslatorConfig.libreTranslate(URI.create(server.url() + "/")).withApiKeyEnv("LT_KEY");
            Translators.create(config, Map.of("LT_KEY", "secret-1")).translate(ARABIC, Lang.AR, Lang.EN);
            Translators.create(config, Map.of()).translate(ARABIC, Lang.AR, Lang.EN);

            FakeServer.Request withKey = server.received().get(0);
            assertEquals("/translate", withKey.path());
            Object body = Json.parse(withKey.body());
            assertEquals(ARABIC, Json.at(body, "q"));
            assertEquals("ar", Json.at(body, "source"));
            assertEquals("en", Json.at(body, "target"));
            assertEquals("text", Json.at(body, "format"));
            assertEquals("secret-1", Json.at(body, "api_key"));
            assertNull(Json.at(Json.parse(server.received().get(1).body()), "api_key"), "no key in the environment, none sent");
        }
    }

    @Test
    void openAiRequest() throws IOException, Json.Malformed {
        try (FakeServer server = new FakeServer(Reply.ok(Protocol.OPENAI.success.apply("x")))) {
            TranslatorConfig config = TranslatorConfig.openAi(server.url(), "llama3.1:8b").withApiKeyEnv("MT_TOKEN");
            Translators.create(config, Map.of("MT_TOKEN", "tok-2")).translate(ARABIC, Lang.AR, Lang.EN);
            Translators.create(config, Map.of()).translate(ARABIC, Lang.AR, Lang.EN);

            FakeServer.Request request = server.received().get(0);
            assertEquals("/v1/chat/completions", request.path());
            assertEquals("Bearer tok-2", request.authorization());
            assertNull(server.received().get(1).authorization());
            Object body = Json.parse(request.body());
            assertEquals("llama3.1:8b", Json.at(body, "model"));
            assertEquals(0, ((java.math.BigDecimal) Json.at(body, "temperature")).signum());
            assertEquals("system", Json.at(body, "messages", 0, "role"));
            String prompt = (String) Json.at(body, "messages", 0, "content");
            assertTrue(prompt.contains("Arabic news text into English") && prompt.contains("Output only the translation"), prompt);
            assertFalse(prompt.contains("{"), "every placeholder filled: " + prompt);
            assertEquals("user", Json.at(body, "messages", 1, "role"));
            assertEquals(ARABIC, Json.at(body, "messages", 1, "content"));
        }
    }

    @Test
    void openAiBaseAddressMayAlreadyEndInV1() throws IOException {
        try (FakeServer server = new FakeServer(Reply.ok(Protocol.OPENAI.success.apply("x")))) {
            Translators.create(TranslatorConfig.openAi(URI.create(server.url() + "/v1"), "m"), Map.of())
                    .translate(ARABIC, Lang.AR, Lang.EN);
            assertEquals("/v1/chat/completions", server.received().get(0).path());
        }
    }

    @Test
    void openAiThinkingIsNotPartOfTheTranslation() throws IOException {
        String answer = "<think>\nThe user wants English.\n</think>\n\n" + ENGLISH;
        try (FakeServer server = new FakeServer(Reply.ok(Protocol.OPENAI.success.apply(answer)))) {
            Translator translator = Protocol.OPENAI.translator(server.url(), 0);
            assertEquals(Optional.of(ENGLISH), translator.translate(ARABIC, Lang.AR, Lang.EN).map(Translation::text));
        }
    }

    @Test
    void noBackendTranslatesNothingAndNeverFails() {
        Translator none = Translators.create(TranslatorConfig.none(), Map.of());
        assertEquals("none", none.name());
        assertEquals(Optional.empty(), none.translate(ARABIC, Lang.AR, Lang.EN));
        assertEquals(List.of(), none.failures());
    }

    private static void assertOneFailure(Translator translator, String ending) {
        List<String> failures = translator.failures();
        assertEquals(1, failures.size(), failures::toString);
        assertTrue(failures.get(0).startsWith(translator.name() + " http://127.0.0.1:"), failures.get(0));
        assertTrue(failures.get(0).endsWith(ending), () -> failures.get(0) + "\n  should end with: " + ending);
    }
}
