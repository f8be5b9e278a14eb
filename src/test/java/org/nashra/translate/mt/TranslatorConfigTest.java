package org.nashra.translate.mt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TranslatorConfigTest {

    @Test
    void readsAConfigurationSection() {
        TranslatorConfig config = TranslatorConfig.fromMap(Map.of("backend", "openai", "url", "http://127.0.0.1:11434",
                "model", "qwen2.5:7b", "apiKeyEnv", "NASHRA_MT_KEY", "timeout", "PT90S", "retries", 3, "backoff", 2));
        assertEquals(new TranslatorConfig(TranslatorConfig.Backend.OPENAI, URI.create("http://127.0.0.1:11434"),
                "qwen2.5:7b", "NASHRA_MT_KEY", Duration.ofSeconds(90), 3, Duration.ofSeconds(2)), config);
    }

    @Test
    void noSectionMeansNoMachineTranslation() {
        assertEquals(TranslatorConfig.none(), TranslatorConfig.fromMap(Map.of()));
    }

    @Test
    void rejectsWhatItDoesNotUnderstand() {
        assertMessage("unknown translation settings [apiKey]", Map.of("backend", "openai", "apiKey", "sk-123"));
        assertMessage("unknown translation backend 'deepl'", Map.of("backend", "deepl"));
        assertMessage("needs an http(s) url", Map.of("backend", "libretranslate"));
        assertMessage("needs an http(s) url", Map.of("backend", "libretranslate", "url", "ftp://host/"));
        assertMessage("needs a model", Map.of("backend", "openai", "url", "http://localhost:8080"));
        assertMessage("'timeout' is not a duration: soon", Map.of("backend", "none", "timeout", "soon"));
        assertMessage("'retries' is not a count: -1", Map.of("backend", "none", "retries", "-1"));
        assertMessage("retries must be 0 to 10", Map.of("backend", "none", "retries", "50"));
        assertMessage("timeout must be positive", Map.of("backend", "none", "timeout", "0"));
    }

    private static void assertMessage(String expected, Map<String, ?> section) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TranslatorConfig.fromMap(section));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
