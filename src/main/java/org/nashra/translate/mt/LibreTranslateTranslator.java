package org.nashra.translate.mt;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.nashra.core.Lang;

/** A LibreTranslate-compatible service: {@code POST {url}/translate} with {@code {q, source, target, format}}. */
final class LibreTranslateTranslator extends HttpTranslator {

    private final Optional<String> apiKey;

    LibreTranslateTranslator(TranslatorConfig config, Optional<String> apiKey) {
        super(config, resolve(config.url(), "/translate"));
        this.apiKey = apiKey;
    }

    @Override
    public String name() {
        return TranslatorConfig.Backend.LIBRETRANSLATE.key();
    }

    @Override
    Object requestBody(String text, Lang from, Lang to) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("q", text);
        body.put("source", from.code());
        body.put("target", to.code());
        body.put("format", "text");
        apiKey.ifPresent(key -> body.put("api_key", key));
        return body;
    }

    @Override
    Answer read(Object body) {
        if (Json.at(body, "translatedText") instanceof String translated && !translated.isBlank()) {
            return Answer.of(translated.strip());
        }
        Object error = Json.at(body, "error");
        return Answer.refused(error != null ? "service error: " + error : "no translatedText in the response");
    }
}
