package org.nashra.pages;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.nashra.link.Changes;

/**
 * The pages a long-lived process planned last time, each with everything it was made from, so that a
 * rebuild plans again only the pages whose inputs changed. Inputs are compared with {@code equals},
 * never by hash, so a reused page is exactly the page that planning would make again. Of the pages
 * themselves only their paths are kept ({@link UnchangedPage}): a page is reused only while its file
 * still holds what was written ({@link PageSink#holds}), and planned afresh otherwise. The planner
 * states a page's inputs next to the code that reads them; what every page reads (UI strings,
 * settings, glossary, topics) is the memo's context, and a change of context forgets every page.
 *
 * <p>When the linker says what changed since the very linking the last whole plan was made from
 * ({@link Changes}), pages that no change reaches are taken over without gathering their
 * inputs at all ({@link #trusted}, {@link #takeOver}).
 */
public final class PlanMemo {

    private record Planned(Object inputs, List<UnchangedPage> pages) {}

    private final Map<String, Planned> planned = new ConcurrentHashMap<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private Object context;
    private int reused;
    private int takenOnTrust;
    /** The linking the last plan that ran to its end was made from; 0 when none. */
    private long linking;
    /** This run's changes, when they are the changes since {@link #linking}; null otherwise. Read by planning threads. */
    private volatile Changes trusted;
    private Changes changes;
    /** Where this run's pages go, asked whether each file still holds what was written. Read by planning threads. */
    private volatile PageSink sink;
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

    /**
     * Starts a planning run under a context, handing pages to {@code sink}; pages planned under another
     * context are forgotten.
     */
    synchronized void begin(Object context, Changes changes, PageSink sink) {
        boolean sameContext = context.equals(this.context);
        if (!sameContext) planned.clear();
        this.context = context;
        this.changes = changes;
        this.sink = sink;
        // A plan cut short leaves some pages from an older linking: then nothing is taken on trust.
        trusted = remembers && sameContext && changes.since(linking) ? changes : null;
        linking = 0;
        used.clear();
        reused = 0;
        takenOnTrust = 0;
    }

    /**
     * This run's changes when they are the changes since the very linking the last whole plan was made
     * from, so that a page none of them reaches is as it was; null when they are not to be taken at
     * their word (the first run, a run after one cut short, another context, a memo that keeps nothing).
     */
    Changes trusted() {
        return trusted;
    }

    /** The inputs the files under {@code key} were last planned (or found unchanged) from; null when none. */
    Object inputsOf(String key) {
        Planned before = planned.get(key);
        return before == null ? null : before.inputs();
    }

    /**
     * The pages planned last time under each key, marked as used; null when a key was not planned last
     * time or a file no longer holds its page.
     */
    List<PlannedPage> takeOver(List<String> keys) {
        List<PlannedPage> files = new java.util.ArrayList<>();
        for (String key : keys) {
            Planned before = planned.get(key);
            if (before == null || !held(before)) return null;
            files.addAll(before.pages());
        }
        used.addAll(keys);
        synchronized (this) {
            reused += files.size();
            takenOnTrust += files.size();
        }
        return files;
    }

    /**
     * The pages planned last time for this key, unchanged, when their inputs are equal to these and their
     * files still hold them; planned afresh otherwise.
     */
    List<PlannedPage> plan(String key, Supplier<?> gatherInputs, Supplier<List<ContentFile>> planner) {
        if (!remembers) return List.copyOf(planner.get());
        used.add(key);
        Object inputs = gatherInputs.get();
        Planned before = planned.get(key);
        if (before != null && before.inputs().equals(inputs) && held(before)) {
            synchronized (this) {
                reused += before.pages().size();
            }
            return List.copyOf(before.pages());
        }
        List<ContentFile> files = List.copyOf(planner.get());
        planned.put(key, new Planned(inputs, files.stream().map(UnchangedPage::of).toList()));
        return List.copyOf(files);
    }

    private boolean held(Planned planned) {
        for (UnchangedPage page : planned.pages()) {
            if (!sink.holds(page.path())) return false;
        }
        return true;
    }

    /** Ends a run: pages this run did not plan (a removed article or entity) are forgotten. */
    synchronized void end() {
        planned.keySet().retainAll(used);
        sink = null;
        if (remembers) linking = changes.linking();
    }

    /** How many content files the last run took over without gathering their inputs, on the linker's word. */
    synchronized int takenOnTrust() {
        return takenOnTrust;
    }

    /** How many content files the last run took from the memo rather than planning them. */
    synchronized int reused() {
        return reused;
    }
}
