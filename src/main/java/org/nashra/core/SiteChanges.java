package org.nashra.core;

import java.util.Set;

/**
 * How one bake changed a site folder, for a later stage that remembers the folder as it was. Each state
 * of the site a bake leaves gets a fresh {@code after} token; {@code before} names the state the changes
 * apply to, and is empty when the bake replaced the whole folder (anything may have changed).
 *
 * @param written files written or replaced, relative to the site, with forward slashes
 * @param removed files deleted, relative to the site, with forward slashes
 */
public record SiteChanges(String before, String after, Set<String> written, Set<String> removed) {

    public SiteChanges {
        written = Set.copyOf(written);
        removed = Set.copyOf(removed);
    }

    /** The whole folder was replaced: nothing of an earlier state holds. */
    public static SiteChanges everything(String after) {
        return new SiteChanges("", after, Set.of(), Set.of());
    }

    /** Nothing to go by: no bake named the state of the folder. */
    public static final SiteChanges UNKNOWN = everything("");

    /** True when the bake left the folder as it found it: not replaced, no file written or removed. */
    public boolean none() {
        return !before.isEmpty() && written.isEmpty() && removed.isEmpty();
    }

    /** True when these changes apply to the state {@code token} names. */
    public boolean follow(String token) {
        return !before.isEmpty() && before.equals(token);
    }
}
