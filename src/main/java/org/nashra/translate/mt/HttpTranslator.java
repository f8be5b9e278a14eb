package org.nashra.translate.mt;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nashra.core.Lang;

/**
 * A translator behind a JSON-over-HTTP service: one POST per text, with a timeout, bounded retries
 * with doubling backoff for server errors (5xx), timeouts and connection failures, and no retry for
 * a refusal (4xx) or an unreadable answer, which a second try would not change. Every failure is
 * recorded and the text comes back untranslated; nothing is thrown.
 */
abstract class HttpTranslator implements Translator {

    /** What a service answered, reduced to the translation or a reason there is none. */
    record Answer(Optional<String> translation, String problem) {
        static Answer of(String translation) {
            return new Answer(Optional.of(translation), "");
        }

        static Answer refused(String problem) {
            return new Answer(Optional.empty(), problem);
        }
    }

    private static final int MAX_DETAIL = 200;

    private final TranslatorConfig config;
    private final URI endpoint;
    private final HttpClient client;
    private final List<String> failures = new ArrayList<>();

    HttpTranslator(TranslatorConfig config, URI endpoint) {
        this.config = config;
        this.endpoint = endpoint;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The JSON request body for one text. */
    abstract Object requestBody(String text, Lang from, Lang to);

    /** Extra request headers, name then value. */
    List<String> headers() {
        return List.of();
    }

    /** Reads the translation out of a successful response's parsed body. */
    abstract Answer read(Object body);

    @Override
    public String model() {
        return config.model();
    }

    @Override
    public final Optional<Translation> translate(String text, Lang from, Lang to) {
        if (text == null || from == null || to == null) {
            fail("nothing to translate (text or language missing)");
            return Optional.empty();
        }
        if (text.isBlank() || from == to) return Optional.of(new Translation(text, name(), false));

        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint)
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(requestBody(text, from, to)), StandardCharsets.UTF_8));
        List<String> headers = headers();
        for (int i = 0; i + 1 < headers.size(); i += 2) builder.header(headers.get(i), headers.get(i + 1));
        HttpRequest request = builder.build();

        String problem = "";
        int attempts = config.retries() + 1;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1 && !pause(config.backoff().multipliedBy(1L << (attempt - 2)))) {
                problem += " (interrupted)";
                break;
            }
            HttpResponse<String> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (HttpTimeoutException e) {
                problem = "no answer within " + config.timeout().toMillis() + " ms";
                continue;
            } catch (IOException e) {
                problem = "cannot reach the service: " + describe(e);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                problem = "interrupted";
                break;
            }
            int status = response.statusCode();
            if (status >= 500) {
                problem = "HTTP " + status + errorDetail(response.body());
                continue;
            }
            if (status < 200 || status >= 300) {
                fail("HTTP " + status + errorDetail(response.body()) + " (not retried)");
                return Optional.empty();
            }
            Answer answer;
            try {
                answer = read(Json.parse(response.body()));
            } catch (Json.Malformed e) {
                answer = Answer.refused("malformed JSON in the response: " + e.getMessage());
            }
            if (answer.translation().isPresent()) {
                return Optional.of(new Translation(answer.translation().get(), name(), true));
            }
            fail(answer.problem());
            return Optional.empty();
        }
        fail(problem + " after " + attempts + (attempts == 1 ? " attempt" : " attempts"));
        return Optional.empty();
    }

    @Override
    public final List<String> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    private void fail(String problem) {
        synchronized (failures) {
            failures.add(name() + " " + endpoint + ": " + problem);
        }
    }

    private static boolean pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        Throwable cause = e.getCause();
        if ((message == null || message.isBlank()) && cause != null) message = cause.toString();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " " + message);
    }

    /** The service's own error message ({@code {"error": "..."}} or {@code {"error": {"message": "..."}}}) when it sent one. */
    private static String errorDetail(String body) {
        Object error;
        try {
            Object json = Json.parse(body);
            error = Json.at(json, "error", "message");
            if (error == null) error = Json.at(json, "error");
            if (error == null) error = Json.at(json, "detail");
        } catch (Json.Malformed e) {
            error = body;
        }
        String detail = error == null ? "" : error.toString().strip().replaceAll("\\s+", " ");
        if (detail.length() > MAX_DETAIL) detail = detail.substring(0, MAX_DETAIL) + "…";
        return detail.isEmpty() ? "" : ": " + detail;
    }

    /** {@code base} + {@code path}, without doubling the slash between them. */
    static URI resolve(URI base, String path) {
        String s = base.toString();
        while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
        return URI.create(s + path);
    }
}
