package org.nashra.translate.mt;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which machine-translation service to use and how patiently.
 *
 * @param backend   {@code none} (the default: no machine translation), {@code libretranslate} or {@code openai}
 * @param url       base address of the service, e.g. {@code http://127.0.0.1:5000} or {@code http://127.0.0.1:11434}
 * @param model     model name for OpenAI-compatible services (Ollama, llama.cpp server, vLLM); empty otherwise
 * @param apiKeyEnv name of the environment variable holding the API key, or empty; the key itself never
 *                  appears in configuration
 * @param timeout   longest wait to connect and for a response
 * @param retries   extra attempts after a server error (5xx), a timeout or a connection failure; 4xx is not retried
 * @param backoff   wait before the first retry; each further retry waits twice as long
 */
public record TranslatorConfig(Backend backend, URI url, String model, String apiKeyEnv,
                               Duration timeout, int retries, Duration backoff) {

    public enum Backend {
        NONE, LIBRETRANSLATE, OPENAI;

        /** The name used in configuration files and cache keys. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Backend ofKey(String key) {
            for (Backend b : values()) {
                if (b.key().equals(key)) return b;
            }
            throw new IllegalArgumentException("unknown translation backend '" + key + "'; expected one of none, libretranslate, openai");
        }
    }

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_RETRIES = 2;
    public static final Duration DEFAULT_BACKOFF = Duration.ofMillis(500);

    private static final Set<String> KEYS = Set.of("backend", "url", "model", "apiKeyEnv", "timeout", "retries", "backoff");

    public TranslatorConfig {
        Objects.requireNonNull(backend, "backend");
        model = model == null ? "" : model.strip();
        apiKeyEnv = apiKeyEnv == null ? "" : apiKeyEnv.strip();
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        backoff = backoff == null ? DEFAULT_BACKOFF : backoff;
        if (backend != Backend.NONE) {
            if (url == null || url.getScheme() == null || !url.getScheme().matches("https?") || url.getHost() == null) {
                throw new IllegalArgumentException("translation backend " + backend.key() + " needs an http(s) url, got " + url);
            }
        }
        if (backend == Backend.OPENAI && model.isEmpty()) {
            throw new IllegalArgumentException("translation backend openai needs a model");
        }
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("translation timeout must be positive");
        if (backoff.isNegative()) throw new IllegalArgumentException("translation backoff must not be negative");
        if (retries < 0 || retries > 10) throw new IllegalArgumentException("translation retries must be 0 to 10, got " + retries);
    }

    /** No machine translation. */
    public static TranslatorConfig none() {
        return new TranslatorConfig(Backend.NONE, null, "", "", DEFAULT_TIMEOUT, 0, DEFAULT_BACKOFF);
    }

    public static TranslatorConfig libreTranslate(URI url) {
        return new TranslatorConfig(Backend.LIBRETRANSLATE, url, "", "", DEFAULT_TIMEOUT, DEFAULT_RETRIES, DEFAULT_BACKOFF);
    }

    public static TranslatorConfig openAi(URI url, String model) {
        return new TranslatorConfig(Backend.OPENAI, url, model, "", DEFAULT_TIMEOUT, DEFAULT_RETRIES, DEFAULT_BACKOFF);
    }

    public TranslatorConfig withApiKeyEnv(String variable) {
        return new TranslatorConfig(backend, url, model, variable, timeout, retries, backoff);
    }

    public TranslatorConfig withTimeout(Duration value) {
        return new TranslatorConfig(backend, url, model, apiKeyEnv, value, retries, backoff);
    }

    public TranslatorConfig withRetries(int value, Duration firstBackoff) {
        return new TranslatorConfig(backend, url, model, apiKeyEnv, timeout, value, firstBackoff);
    }

    /**
     * Reads a configuration section as parsed from YAML. Durations are ISO-8601 ({@code PT30S}) or
     * whole seconds. Unknown keys are rejected, so a misspelt option is an error rather than ignored.
     *
     * @throws IllegalArgumentException naming the offending key or value
     */
    public static TranslatorConfig fromMap(Map<String, ?> section) {
        Set<String> unknown = new TreeSet<>(section.keySet());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown translation settings " + unknown + "; known: " + new TreeSet<>(KEYS));
        }
        Backend backend = Backend.ofKey(text(section, "backend", "none"));
        String url = text(section, "url", "");
        return new TranslatorConfig(backend,
                url.isEmpty() ? null : URI.create(url),
                text(section, "model", ""),
                text(section, "apiKeyEnv", ""),
                duration(section, "timeout", DEFAULT_TIMEOUT),
                count(section, "retries", backend == Backend.NONE ? 0 : DEFAULT_RETRIES),
                duration(section, "backoff", DEFAULT_BACKOFF));
    }

    private static String text(Map<String, ?> section, String key, String fallback) {
        Object value = section.get(key);
        if (value instanceof List || value instanceof Map) {
            throw new IllegalArgumentException("translation setting '" + key + "' must be a single value");
        }
        return value == null ? fallback : value.toString().strip();
    }

    private static int count(Map<String, ?> section, String key, int fallback) {
        String value = text(section, key, "");
        if (value.isEmpty()) return fallback;
        if (!value.matches("\\d{1,3}")) throw new IllegalArgumentException("translation setting '" + key + "' is not a count: " + value);
        return Integer.parseInt(value);
    }

    private static Duration duration(Map<String, ?> section, String key, Duration fallback) {
        String value = text(section, key, "");
        if (value.isEmpty()) return fallback;
        try {
            return value.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(value)) : Duration.parse(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("translation setting '" + key + "' is not a duration: " + value);
        }
    }
}
