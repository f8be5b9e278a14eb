package org.nashra.pages;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the site will hold: the content files JBake bakes into pages, and files written as they
 * are (feeds, sitemap), keyed by their path in the site.
 */
public record SitePlan(List<ContentFile> content, Map<String, String> files) {

    public SitePlan {
        content = List.copyOf(content);
        files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
    }
}
