package org.nashra.pages;

import org.nashra.core.Lang;

/** Where each kind of page lives in the site; the one place that decides URLs. */
final class SitePaths {

    private SitePaths() {}

    /** The Arabic home page is the site's front door; the English one sits beside the English pages. */
    static SitePath home(Lang lang) {
        return new SitePath(lang == Lang.AR ? "index" : "en/index");
    }

    /** Page {@code n} of a language's home list; page 1 is the home page itself. */
    static SitePath home(Lang lang, int n) {
        return n == 1 ? home(lang) : new SitePath(lang.code() + "/page/" + n);
    }

    static SitePath briefing(Lang lang, String id) {
        return new SitePath(lang.code() + "/" + id);
    }

    static SitePath topics(Lang lang) {
        return new SitePath(lang.code() + "/topics/index");
    }

    static SitePath topic(Lang lang, String id) {
        return new SitePath(lang.code() + "/topics/" + id);
    }

    /** Page {@code n} of a topic's briefings; page 1 is the topic page itself. */
    static SitePath topic(Lang lang, String id, int n) {
        return n == 1 ? topic(lang, id) : new SitePath(lang.code() + "/topics/" + id + "/page/" + n);
    }

    static SitePath entities(Lang lang) {
        return new SitePath(lang.code() + "/entities/index");
    }

    private static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Entity ids are ASCII slugs; anything else is refused rather than written as a path. */
    static SitePath entity(Lang lang, String id) {
        if (!SLUG.matcher(id).matches()) throw new IllegalArgumentException("entity id is not a slug: " + id);
        return new SitePath(lang.code() + "/entities/" + id);
    }

    /** Page {@code n} of the briefings that mention an entity; page 1 is the entity page itself. */
    static SitePath entity(Lang lang, String id, int n) {
        return n == 1 ? entity(lang, id) : new SitePath(entity(lang, id).path() + "/page/" + n);
    }

    static SitePath timeline(Lang lang) {
        return new SitePath(lang.code() + "/timeline");
    }

    /** Page {@code n} of the timeline; page 1 is the timeline itself. */
    static SitePath timeline(Lang lang, int n) {
        return n == 1 ? timeline(lang) : new SitePath(lang.code() + "/timeline/page/" + n);
    }

    static SitePath sources(Lang lang) {
        return new SitePath(lang.code() + "/sources");
    }

    /** Page {@code n} of the sources; page 1 is the sources page itself. */
    static SitePath sources(Lang lang, int n) {
        return n == 1 ? sources(lang) : new SitePath(lang.code() + "/sources/page/" + n);
    }

    static SitePath notFound(Lang lang) {
        return new SitePath(lang == Lang.AR ? "404" : "en/404");
    }
}
