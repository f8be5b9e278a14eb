package org.nashra.pages;

/**
 * A page's place in the site, as a path without extension relative to the site root
 * ({@code ar/000-abc}, {@code index}). Links between pages are relative, so the site works at a
 * domain root, under a base path, and from the file system alike.
 */
record SitePath(String path) {

    String contentFile() { return path + ".md"; }

    String htmlFile() { return path + ".html"; }

    /** {@code ../} once per folder level: the way from this page back to the site root. */
    String root() {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /** The relative URL from this page to another page. */
    String linkTo(SitePath other) {
        return root() + other.htmlFile();
    }

    /** The relative URL from this page to itself. */
    String self() {
        int slash = path.lastIndexOf('/');
        return (slash < 0 ? path : path.substring(slash + 1)) + ".html";
    }
}
