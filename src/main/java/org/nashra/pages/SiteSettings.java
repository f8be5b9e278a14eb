package org.nashra.pages;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nashra.core.KnownNames;
import org.nashra.core.Problem;
import org.nashra.core.YamlProblems;

/**
 * Site-wide settings from {@code data/site.yml}.
 *
 * @param url   where the site is published, ending in "/", when configured
 * @param hijri whether Arabic pages show the Hijri date beside the Gregorian one
 * @param translation the machine-translation backend's settings, as written (checked where the backend is made)
 * @param pageSize briefings a page in the lists that grow with the archive (home, topics, entities,
 *                 sources); the timeline shows {@link #TIMELINE_FACTOR} times as many events a page
 * @param feedSize the newest briefings each language's Atom feed holds: a feed reader fetches the whole
 *                 feed on every poll, so it carries what is new rather than the archive
 */
public record SiteSettings(Optional<URI> url, boolean hijri, Map<String, Object> translation, int pageSize, int feedSize) {

    private static final Set<String> KEYS = Set.of("url", "hijri", "translation", "page_size", "feed_size");
    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int DEFAULT_FEED_SIZE = 50;
    static final int TIMELINE_FACTOR = 5;

    public SiteSettings {
        translation = Map.copyOf(translation);
        if (pageSize < 1) throw new IllegalArgumentException("page size must be at least 1: " + pageSize);
        if (feedSize < 1) throw new IllegalArgumentException("feed size must be at least 1: " + feedSize);
    }

    public SiteSettings(Optional<URI> url, boolean hijri, Map<String, Object> translation) {
        this(url, hijri, translation, DEFAULT_PAGE_SIZE, DEFAULT_FEED_SIZE);
    }

    public static SiteSettings defaults() {
        return new SiteSettings(Optional.empty(), false, Map.of());
    }

    /** The same settings with another page size. */
    public SiteSettings withPageSize(int size) {
        return new SiteSettings(url, hijri, translation, size, feedSize);
    }

    /** The same settings with another feed size. */
    public SiteSettings withFeedSize(int size) {
        return new SiteSettings(url, hijri, translation, pageSize, size);
    }

    public record Loaded(SiteSettings settings, List<Problem> problems) {}

    public static Loaded load(Path file) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isRegularFile(file)) return new Loaded(defaults(), problems);
        Object loaded;
        try {
            loaded = YamlProblems.load(file);
        } catch (YamlProblems.Unusable e) {
            problems.add(e.problem());
            return new Loaded(defaults(), problems);
        }
        if (loaded == null) return new Loaded(defaults(), problems);
        if (!(loaded instanceof Map<?, ?> map)) {
            problems.add(Problem.error(file, "expected settings as key: value"));
            return new Loaded(defaults(), problems);
        }
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                problems.add(Problem.error(file, KnownNames.unknown("setting", String.valueOf(key), KEYS)));
            }
        }
        Optional<URI> url = Optional.empty();
        Object rawUrl = map.get("url");
        if (rawUrl != null && !String.valueOf(rawUrl).isBlank()) {
            String text = String.valueOf(rawUrl).strip();
            if (!text.endsWith("/")) text += "/";
            try {
                URI uri = new URI(text);
                if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                    problems.add(Problem.error(file, "url must be an http(s) address, found '" + rawUrl + "'"));
                } else {
                    url = Optional.of(uri);
                }
            } catch (URISyntaxException e) {
                problems.add(Problem.error(file, "url is not a valid address: " + e.getMessage()));
            }
        }
        Object rawHijri = map.get("hijri");
        boolean hijri = false;
        if (rawHijri instanceof Boolean b) {
            hijri = b;
        } else if (rawHijri != null) {
            problems.add(Problem.error(file, "hijri must be true or false, found '" + rawHijri + "'"));
        }
        Map<String, Object> translation = new java.util.TreeMap<>();
        Object rawTranslation = map.get("translation");
        if (rawTranslation instanceof Map<?, ?> section) {
            section.forEach((k, v) -> translation.put(String.valueOf(k), v));
        } else if (rawTranslation != null) {
            problems.add(Problem.error(file, "translation must be a section of settings (backend, url, model, ...)"));
        }
        int pageSize = wholeNumber(map, "page_size", DEFAULT_PAGE_SIZE, file, problems);
        int feedSize = wholeNumber(map, "feed_size", DEFAULT_FEED_SIZE, file, problems);
        return new Loaded(new SiteSettings(url, hijri, translation, pageSize, feedSize), problems);
    }

    /** A setting that is a whole number from 1 to 1000; the default when absent or wrong (reported). */
    private static int wholeNumber(Map<?, ?> map, String key, int otherwise, Path file, List<Problem> problems) {
        Object raw = map.get(key);
        if (raw instanceof Integer n && n >= 1 && n <= 1000) return n;
        if (raw != null) problems.add(Problem.error(file, key + " must be a whole number from 1 to 1000, found '" + raw + "'"));
        return otherwise;
    }

    /** The absolute address of a site path, when the site's address is configured. */
    Optional<String> absolute(String sitePath) {
        return url.map(u -> u.resolve(sitePath).toString());
    }
}
