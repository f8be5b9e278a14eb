package org.nashra.link;

import java.util.Set;

/**
 * What changed since an earlier linking, so that a planner that planned from that linking can leave
 * alone what no change reaches. Linkings are numbered once per process; 0 is none.
 *
 * @param previous   the linking this one took over from; 0 when it took over nothing (everything is new)
 * @param linking    this linking's number
 * @param articles   ids of articles added, removed, or whose analysis or edition is not the very object it was
 * @param entities   ids of entities whose page may read something else: the entities those articles name
 *                   (before and after), every entity whose record is not equal to the one it was, and every
 *                   entity one of whose companions is among {@code renamed}
 * @param renamed    ids of entities whose type or names changed, that came or went, or that gained their first
 *                   briefing or lost their last: what a page naming or linking them shows
 * @param topics     ids of topics the changed articles have (before and after)
 * @param related    ids of articles whose related briefings are not equal to the last ones
 */
public record Changes(long previous, long linking, Set<String> articles, Set<String> entities, Set<String> renamed,
                      Set<String> topics, Set<String> related) {
    public Changes {
        articles = Set.copyOf(articles);
        entities = Set.copyOf(entities);
        renamed = Set.copyOf(renamed);
        topics = Set.copyOf(topics);
        related = Set.copyOf(related);
    }

    /** A linking that took over nothing. */
    public static Changes everything(long linking) {
        return new Changes(0, linking, Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    /** True when these are the changes since linking {@code earlier}, so what they leave out is as it was then. */
    public boolean since(long earlier) {
        return previous != 0 && previous == earlier;
    }
}
