package org.nashra.translate.mt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import org.nashra.core.Lang;

/**
 * An OpenAI-compatible chat-completions service (Ollama, llama.cpp server, vLLM, hosted APIs):
 * {@code POST {url}/v1/chat/completions} with a fixed system prompt and temperature 0, answer in
 * {@code choices[0].message.content}. The prompt lives in {@code system-prompt.txt}.
 */
final class OpenAiTranslator extends HttpTranslator {

    /** Reasoning models may think aloud before answering; the thinking is not the translation. */
    private static final Pattern THINKING = Pattern.compile("(?s)^\\s*<think>.*?</think>");

    private final String model;
    private final Optional<String> apiKey;
    private final String promptTemplate;
    private final Properties languageNames;

    OpenAiTranslator(TranslatorConfig config, Optional<String> apiKey) {
        super(config, resolve(config.url(), config.url().getPath().endsWith("/v1") || config.url().getPath().endsWith("/v1/")
                ? "/chat/completions" : "/v1/chat/completions"));
        this.model = config.model();
        this.apiKey = apiKey;
        this.promptTemplate = resource("system-prompt.txt");
        this.languageNames = new Properties();
        try {
            languageNames.load(new java.io.StringReader(resource("language-names.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String name() {
        return TranslatorConfig.Backend.OPENAI.key();
    }

    @Override
    List<String> headers() {
        return apiKey.map(key -> List.of("Authorization", "Bearer " + key)).orElse(List.of());
    }

    @Override
    Object requestBody(String text, Lang from, Lang to) {
        String prompt = promptTemplate
                .replace("{from}", languageNames.getProperty(from.code(), from.code()))
                .replace("{to}", languageNames.getProperty(to.code(), to.code()))
                .strip();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", model);
        body.put("messages", List.of(message("system", prompt), message("user", text)));
        body.put("temperature", 0);
        body.put("stream", false);
        return body;
    }

    @Override
    Answer read(Object body) {
        if (Json.at(body, "choices", 0, "message", "content") instanceof String content) {
            String translation = THINKING.matcher(content).replaceFirst("").strip();
            if (!translation.isEmpty()) return Answer.of(translation);
            return Answer.refused("empty translation in the response");
        }
        Object error = Json.at(body, "error", "message");
        return Answer.refused(error != null ? "service error: " + error : "no choices[0].message.content in the response");
    }

    private static Map<String, Object> message(String role, String content) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("role", role);
        message.put("content", content);
        return message;
    }

    private static String resource(String name) {
        try (InputStream in = OpenAiTranslator.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
