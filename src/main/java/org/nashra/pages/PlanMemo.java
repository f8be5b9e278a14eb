package org.nashra.pages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
 *
 * <p>A process that plans once keeps the memo on disk instead ({@link #readFrom}, {@link #writeTo}): each
 * page's inputs are kept as their digest ({@link InputDigest}), and nothing is taken on trust, since
 * linkings are numbered within one process.
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
    /** False for a memo that keeps nothing: pages are planned, never kept, and their inputs never gathered. */
    private final boolean remembers;
    /** For a memo kept on disk, what its digests were made under (Nashra's code); null for one kept in memory. */
    private final String fingerprint;
    /** Digests this run's inputs when the memo is kept on disk; null otherwise. Read by planning threads. */
    private volatile InputDigest digester;
    /** Whether the last run ran to its end, so that what the memo holds is a whole plan's. */
    private boolean ended;
    /** Whether some inputs may still be known only by their digest ({@link #seededFrom}), until a run ends. */
    private boolean seeded;
    /** The folder whose paths are digested as within it (the project), so that a project moved keeps its plans; null for none. */
    private Path place;

    /** A memo for a long-lived process. */
    public PlanMemo() {
        this(true, null);
    }

    private PlanMemo(boolean remembers, String fingerprint) {
        this.remembers = remembers;
        this.fingerprint = fingerprint;
    }

    /** A memo that keeps nothing: every page is planned afresh and freed once it is handed on. */
    public static PlanMemo none() {
        return new PlanMemo(false, null);
    }

    /** Bumped whenever what {@link #writeTo} writes changes, so that older files are not misread. */
    private static final int FORMAT = 1;
    private static final com.fasterxml.jackson.core.JsonFactory JSON = new com.fasterxml.jackson.core.JsonFactory();

    /**
     * The memo a build in an earlier process left with {@link #writeTo}, for a process that plans once; its
     * digests are trusted only under the same {@code fingerprint} (Nashra's code, which makes the pages). A
     * missing, unreadable, older or otherwise fingerprinted file gives an empty memo: every page is then
     * planned afresh, as without one. Paths inside {@code place} (the project folder; null for none) are
     * digested as within it: an article's inputs name its seed, and a project moved, copied or checked out
     * elsewhere keeps its plans.
     */
    public static PlanMemo readFrom(Path file, String fingerprint, Path place) {
        PlanMemo memo = new PlanMemo(true, java.util.Objects.requireNonNull(fingerprint, "fingerprint"));
        memo.place = place == null ? null : place.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) return memo;
        try (JsonParser in = JSON.createParser(file.toFile())) {
            if (in.nextToken() != JsonToken.START_OBJECT || !"format".equals(in.nextFieldName()) || in.nextIntValue(-1) != FORMAT
                    || !"fingerprint".equals(in.nextFieldName()) || !fingerprint.equals(in.nextTextValue())
                    || !"context".equals(in.nextFieldName()) || in.nextTextValue() == null) {
                return memo;
            }
            String context = in.getText();
            if (!"plans".equals(in.nextFieldName()) || in.nextToken() != JsonToken.START_OBJECT) return memo;
            Map<String, Planned> plans = new java.util.HashMap<>();
            String key;
            while ((key = in.nextFieldName()) != null) {
                if (in.nextToken() != JsonToken.START_ARRAY) return memo;
                String inputs = in.nextTextValue();
                List<UnchangedPage> pages = new java.util.ArrayList<>();
                while (in.nextToken() == JsonToken.START_ARRAY) pages.add(page(in));
                if (inputs == null || in.currentToken() != JsonToken.END_ARRAY) return memo;
                plans.put(key, new Planned(inputs, List.copyOf(pages)));
            }
            if (in.currentToken() != JsonToken.END_OBJECT) return memo;
            memo.context = context;
            memo.planned.putAll(plans);
        } catch (java.io.IOException | RuntimeException e) {
            memo.planned.clear();
        }
        return memo;
    }

    /**
     * A memo for a long-lived process, started from what the last build in a fresh JVM wrote down
     * ({@link #readFrom}): its first run compares each page's inputs with the digest kept, and from then on
     * the memo keeps the inputs themselves, as {@link #PlanMemo()} does. {@code place} as for {@link #readFrom}.
     */
    public static PlanMemo seededFrom(Path file, String fingerprint, Path place) {
        PlanMemo stored = readFrom(file, fingerprint, place);
        PlanMemo memo = new PlanMemo();
        memo.place = stored.place;
        if (stored.context instanceof String context) {
            memo.context = new Digested(context);
            memo.seeded = true;
            stored.planned.forEach((key, plan) -> memo.planned.put(key, new Planned(new Digested((String) plan.inputs()), plan.pages())));
        }
        return memo;
    }

    /** Inputs known only by their digest, in a memo kept in memory that was started from one written down. */
    private record Digested(String digest) {}

    /** A page as {@link #writeTo} writes it: its path, then what the sitemap says of it, if anything. */
    private static UnchangedPage page(JsonParser in) throws java.io.IOException {
        String path = in.nextTextValue();
        if (path == null) throw new java.io.IOException("no path");
        if (in.nextToken() == JsonToken.END_ARRAY) return new UnchangedPage(path, Optional.empty());
        String lang = in.getValueAsString();
        String counterpartUrl = in.nextTextValue();
        String counterpartLang = in.nextTextValue();
        String lastModified = in.nextTextValue();
        if (lang == null || in.nextToken() != JsonToken.END_ARRAY) throw new java.io.IOException("not a page: " + path);
        Optional<Feeds.SitemapEntry.Counterpart> counterpart = counterpartUrl == null ? Optional.empty()
                : Optional.of(new Feeds.SitemapEntry.Counterpart(counterpartUrl, counterpartLang));
        return new UnchangedPage(path, Optional.of(new Feeds.SitemapEntry(lang, counterpart, Optional.ofNullable(lastModified))));
    }

    /**
     * Writes the pages of the last whole plan, each with its inputs' digest, for {@link #readFrom}; nothing
     * when the last run did not end. A failure to write only costs the next build time.
     */
    public synchronized void writeTo(Path file) {
        if (fingerprint == null || !ended || !(context instanceof String digest)) return;
        try {
            org.nashra.core.FileWrites.replace(file, stream -> {
                try (JsonGenerator out = JSON.createGenerator(stream, JsonEncoding.UTF8)) {
                    out.writeStartObject();
                    out.writeNumberField("format", FORMAT);
                    out.writeStringField("fingerprint", fingerprint);
                    out.writeStringField("context", digest);
                    out.writeObjectFieldStart("plans");
                    for (Map.Entry<String, Planned> plan : new java.util.TreeMap<>(planned).entrySet()) {
                        out.writeArrayFieldStart(plan.getKey());
                        out.writeString((String) plan.getValue().inputs());
                        for (UnchangedPage page : plan.getValue().pages()) writePage(page, out);
                        out.writeEndArray();
                    }
                    out.writeEndObject();
                    out.writeEndObject();
                }
            });
        } catch (java.io.IOException | RuntimeException e) {
            // the next build plans every page afresh, as without this file
        }
    }

    private static void writePage(UnchangedPage page, JsonGenerator out) throws java.io.IOException {
        out.writeStartArray();
        out.writeString(page.path());
        if (page.sitemap().isPresent()) {
            Feeds.SitemapEntry entry = page.sitemap().get();
            out.writeString(entry.lang());
            out.writeString(entry.counterpart().map(Feeds.SitemapEntry.Counterpart::url).orElse(null));
            out.writeString(entry.counterpart().map(Feeds.SitemapEntry.Counterpart::lang).orElse(null));
            out.writeString(entry.lastModified().orElse(null));
        }
        out.writeEndArray();
    }

    /**
     * Starts a planning run under a context, handing pages to {@code sink}; pages planned under another
     * context are forgotten.
     */
    synchronized void begin(Object context, Changes changes, PageSink sink) {
        // A memo started from one written down compares by digest until a run of it has ended.
        digester = fingerprint != null || seeded ? new InputDigest(place) : null;
        Object comparable = comparable(context);
        boolean sameContext = comparable != null && same(this.context, comparable, context);
        if (!sameContext) planned.clear();
        this.context = comparable;
        this.changes = changes;
        this.sink = sink;
        // A plan cut short leaves some pages from an older linking: then nothing is taken on trust.
        trusted = remembers && fingerprint == null && sameContext && changes.since(linking) ? changes : null;
        linking = 0;
        used.clear();
        reused = 0;
        takenOnTrust = 0;
        ended = false;
    }

    /**
     * Digests ahead, on every core, values that many pages' inputs hold (each analysis), so that the pages
     * planned one after another on one thread find them digested; nothing for a memo kept in memory.
     */
    void digestAhead(List<?> shared) {
        InputDigest digests = digester;
        if (digests != null) shared.parallelStream().forEach(digests::of);
    }

    /** What inputs are compared as: themselves in memory, their digest on disk (null when they have none). */
    private Object comparable(Object inputs) {
        return fingerprint == null ? inputs : digester.of(inputs);
    }

    /** Whether inputs kept from before are those now, given as compared ({@code comparable}) and as they are. */
    private boolean same(Object before, Object comparable, Object inputs) {
        if (before instanceof Digested digested) return digested.digest().equals(digester.of(inputs));
        return comparable.equals(before);
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
        Object gathered = gatherInputs.get();
        Object inputs = comparable(gathered);
        Planned before = planned.get(key);
        if (inputs != null && before != null && same(before.inputs(), inputs, gathered) && held(before)) {
            if (before.inputs() instanceof Digested) planned.put(key, new Planned(inputs, before.pages()));
            synchronized (this) {
                reused += before.pages().size();
            }
            return List.copyOf(before.pages());
        }
        List<ContentFile> files = List.copyOf(planner.get());
        if (inputs == null) {
            planned.remove(key); // inputs that cannot be compared: planned afresh every time
        } else {
            planned.put(key, new Planned(inputs, files.stream().map(UnchangedPage::of).toList()));
        }
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
        digester = null;
        if (remembers && fingerprint == null) linking = changes.linking();
        ended = true;
        seeded = false;
    }

    /** How many content files the last run took over without gathering their inputs, on the linker's word. */
    synchronized int takenOnTrust() {
        return takenOnTrust;
    }

    /** How many content files the last run took from the memo rather than planning them. */
    public synchronized int reused() {
        return reused;
    }
}
