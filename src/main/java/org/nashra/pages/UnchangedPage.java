package org.nashra.pages;

import java.util.Optional;

/**
 * A page the last build wrote, planned again from equal inputs while its file still holds what was
 * written: nothing is to be rendered or written. Only the path and what the sitemap lists are kept,
 * a few hundred bytes where the page's text and view are tens of kilobytes.
 *
 * @param sitemap what the sitemap says of the page; empty for a page it does not list
 */
record UnchangedPage(String path, Optional<Feeds.SitemapEntry> sitemap) implements PlannedPage {

    /** What is kept of a page once planned. */
    static UnchangedPage of(ContentFile file) {
        return new UnchangedPage(file.path(), Feeds.SitemapEntry.of(file));
    }
}
