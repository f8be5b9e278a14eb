package org.nashra.pages;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The pages a long-lived process planned last time, each with everything it was made from, so that a
 * rebuild plans again only the pages whose inputs changed. Inputs are compared with {@code equals},
 * never by hash, so a reused page is exactly the page that planning would make again. The planner
 * states a page's inputs next to the code that reads them; what every page reads (UI strings,
 * settings, glossary, topics) is the memo's context, and a change of context forgets every page.
 */
public final class PlanMemo {

    private record Planned(Object inputs, List<ContentFile> files) {}

    private final Map<String, Planned> planned = new ConcurrentHashMap<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private Object context;
    private int reused;
    /** False for a single build: pages are planned, never kept, and their inputs never gathered. */
    private final boolean remembers;

    /** A memo for a long-lived process. */
    public PlanMemo() {
        this(true);
    }

    private PlanMemo(boolean remembers) {
        this.remembers = remembers;
    }

    /** A memo that keeps nothing, for a process that plans once: each page is freed once it is written. */
    public static PlanMemo none() {
        return new PlanMemo(false);
    }

    /** Starts a planning run under a context; pages planned under another context are forgotten. */
    synchronized void begin(Object context) {
        if (!context.equals(this.context)) planned.clear();
        this.context = context;
        used.clear();
        reused = 0;
    }

    /** The files planned last time for this key when their inputs are equal to these; planned afresh otherwise. */
    List<ContentFile> plan(String key, Supplier<?> gatherInputs, Supplier<List<ContentFile>> planner) {
        if (!remembers) return List.copyOf(planner.get());
        used.add(key);
        Object inputs = gatherInputs.get();
        Planned before = planned.get(key);
        if (before != null && before.inputs().equals(inputs)) {
            synchronized (this) {
                reused += before.files().size();
            }
            return before.files();
        }
        List<ContentFile> files = List.copyOf(planner.get());
        planned.put(key, new Planned(inputs, files));
        return files;
    }

    /** Ends a run: pages this run did not plan (a removed article or entity) are forgotten. */
    synchronized void end() {
        planned.keySet().retainAll(used);
    }

    /** How many content files the last run took from the memo rather than planning them. */
    synchronized int reused() {
        return reused;
    }
}
