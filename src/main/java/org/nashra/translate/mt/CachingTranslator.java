package org.nashra.translate.mt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.nashra.core.Lang;
import org.nashra.core.Sha256;

/**
 * Remembers every translation on disk, so a rebuild never asks the service again and gives the same
 * text. One small JSON file per entry, named by the SHA-256 of (backend, model, source language,
 * target language, text) and kept under a two-letter subfolder: {@code <dir>/3f/3fa9….json}. Files are
 * written to a temporary name and moved into place, so a crash never leaves half an entry. The file
 * repeats its key fields, and an entry whose fields do not match is ignored. Failed translations are
 * not cached: the next build tries again.
 */
public final class CachingTranslator implements Translator {

    private final Translator delegate;
    private final Path directory;
    private final List<String> failures = new ArrayList<>();

    /** @param directory cache folder, e.g. {@code .nashra/cache/mt}; created on first write */
    public CachingTranslator(Translator delegate, Path directory) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    @Override
    public Optional<Translation> translate(String text, Lang from, Lang to) {
        if (text == null || from == null || to == null) return delegate.translate(text, from, to);
        Path entry = entryFile(text, from, to);
        Optional<Translation> cached = read(entry, text, from, to);
        if (cached.isPresent()) return cached;
        Optional<Translation> fresh = delegate.translate(text, from, to);
        fresh.filter(Translation::machine).ifPresent(t -> write(entry, text, from, to, t));
        return fresh;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public String model() {
        return delegate.model();
    }

    /** The backend's failures, then the cache's own (unreadable or unwritable entries). */
    @Override
    public List<String> failures() {
        List<String> all = new ArrayList<>(delegate.failures());
        synchronized (failures) {
            all.addAll(failures);
        }
        return List.copyOf(all);
    }

    Path entryFile(String text, Lang from, Lang to) {
        String key = key(delegate.name(), delegate.model(), from, to, text);
        return directory.resolve(key.substring(0, 2)).resolve(key + ".json");
    }

    /** SHA-256 over the length-prefixed fields, so no two different field lists hash the same bytes. */
    static String key(String backend, String model, Lang from, Lang to, String text) {
        StringBuilder fields = new StringBuilder();
        for (String field : List.of(backend, model, from.code(), to.code(), text)) {
            fields.append(field.length()).append(':').append(field).append('\n');
        }
        return Sha256.of(fields.toString());
    }

    private Optional<Translation> read(Path entry, String text, Lang from, Lang to) {
        // A miss; when the folder is unusable, writing the entry reports it.
        if (!Files.isRegularFile(entry)) return Optional.empty();
        String json;
        try {
            json = Files.readString(entry, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            fail("cannot read cache entry " + entry + ": " + e);
            return Optional.empty();
        }
        try {
            Object parsed = Json.parse(json);
            boolean matches = delegate.name().equals(Json.at(parsed, "backend"))
                    && delegate.model().equals(Json.at(parsed, "model"))
                    && from.code().equals(Json.at(parsed, "from"))
                    && to.code().equals(Json.at(parsed, "to"))
                    && text.equals(Json.at(parsed, "source"));
            if (matches && Json.at(parsed, "translation") instanceof String translation) {
                return Optional.of(new Translation(translation, delegate.name(), true));
            }
            fail("ignoring cache entry " + entry + ": it does not match its key");
        } catch (Json.Malformed e) {
            fail("ignoring unreadable cache entry " + entry + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    private void write(Path entry, String text, Lang from, Lang to, Translation translation) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("backend", delegate.name());
        fields.put("model", delegate.model());
        fields.put("from", from.code());
        fields.put("to", to.code());
        fields.put("source", text);
        fields.put("translation", translation.text());
        Path temporary = null;
        try {
            Files.createDirectories(entry.getParent());
            temporary = Files.createTempFile(entry.getParent(), ".", ".tmp");
            Files.writeString(temporary, Json.write(fields) + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, entry, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            fail("cannot write cache entry " + entry + ": " + e);
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // The failure above is already reported; a stray temporary file is harmless.
                }
            }
        }
    }

    private void fail(String problem) {
        synchronized (failures) {
            failures.add("translation cache: " + problem);
        }
    }
}
