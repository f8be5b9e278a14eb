package org.nashra.translate.mt;

import java.util.Map;
import java.util.Optional;
import org.nashra.core.Lang;

/** Builds the translator a configuration names. The one place that knows every backend. */
public final class Translators {

    private Translators() {}

    /**
     * @param config      the validated configuration
     * @param environment where {@code config.apiKeyEnv()} is looked up, normally {@code System.getenv()}
     */
    public static Translator create(TranslatorConfig config, Map<String, String> environment) {
        Optional<String> apiKey = config.apiKeyEnv().isEmpty()
                ? Optional.empty()
                : Optional.ofNullable(environment.get(config.apiKeyEnv())).map(String::strip).filter(k -> !k.isEmpty());
        return switch (config.backend()) {
            case NONE -> none();
            case LIBRETRANSLATE -> new LibreTranslateTranslator(config, apiKey);
            case OPENAI -> new OpenAiTranslator(config, apiKey);
        };
    }

    /** A translator that never translates: the English edition uses its own structured text. */
    public static Translator none() {
        return new Translator() {
            @Override
            public Optional<Translation> translate(String text, Lang from, Lang to) {
                return Optional.empty();
            }

            @Override
            public String name() {
                return TranslatorConfig.Backend.NONE.key();
            }
        };
    }
}
