package org.nashra.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.nashra.analyse.Analyser;
import org.nashra.analyse.Analysis;
import org.nashra.analyse.AnalysisCache;
import org.nashra.bake.Baker;
import org.nashra.check.HtmlValidity;
import org.nashra.check.SiteChecker;
import org.nashra.core.Problem;
import org.nashra.extract.entities.CombinedRecogniser;
import org.nashra.extract.entities.GazetteerRecogniser;
import org.nashra.extract.resolve.EntityResolver;
import org.nashra.extract.resolve.Gazetteer;
import org.nashra.extract.resolve.GazetteerEntry;
import org.nashra.extract.resolve.Loaded;
import org.nashra.extract.resolve.RoleLexicon;
import org.nashra.extract.topics.TopicTaxonomy;
import org.nashra.ingest.Article;
import org.nashra.ingest.BoilerplateRules;
import org.nashra.ingest.Duplicates;
import org.nashra.ingest.Ingest;
import org.nashra.ingest.IngestResult;
import org.nashra.ingest.Overrides;
import org.nashra.link.Corpus;
import org.nashra.link.Linker;
import org.nashra.link.Related;
import org.nashra.pages.ContentWriter;
import org.nashra.pages.PagePlanner;
import org.nashra.pages.SiteSettings;
import org.nashra.pages.UiStrings;
import org.nashra.translate.Edition;
import org.nashra.translate.Editions;
import org.nashra.translate.Glossary;
import org.nashra.translate.mt.CachingTranslator;
import org.nashra.translate.mt.Translator;
import org.nashra.translate.mt.TranslatorConfig;
import org.nashra.translate.mt.Translators;
import org.nashra.translate.names.PlaceLexicon;
import org.nashra.translate.names.Transliterator;

/**
 * The one place that knows every stage, in order: ingest, analyse, plan pages, write content, bake,
 * check. Each stage reports problems instead of stopping; a stage whose input is unusable is skipped.
 */
final class Pipeline {

    private final Map<String, Long> timings = new java.util.LinkedHashMap<>();
    private long lastLap = System.nanoTime();

    /**
     * What a long-lived process ({@code nashra serve}) keeps from one build to the next, so that a
     * rebuild loads no model again and analyses, writes and checks only what changed. A fresh JVM
     * starts with an empty one and relies on what the last build left on disk: the analyses, the pages
     * planned and the content files written, the site's page facts.
     */
    static final class Memory {
        /** False for a single build ({@link #forOneBuild}): what a build holds is freed as soon as it is used. */
        private final boolean longLived;
        /** The fingerprint of code and data the analyser and the analyses below were made under. */
        private String fingerprint = "";
        private Supplier<Analyser> analyser;
        /** The last analysis of each article, by id. */
        private final Map<String, Analysis> analyses = new java.util.concurrent.ConcurrentHashMap<>();
        /** Read from what the last build in a fresh JVM left, at the first build of a long-lived process. */
        private ContentWriter.Memory content;
        private org.nashra.pages.PlanMemo plans;
        /** Whether {@link #content}, {@link #plans} and {@link #site} have been started from what is on disk. */
        private boolean seeded;
        /** Each article's edition in the last build, by id. */
        private final Map<String, Edition> editions = new java.util.HashMap<>();
        /** What the last linking derived, so that relinking redoes only what a change reaches. */
        private final Linker.Memory links = new Linker.Memory();
        private final org.nashra.bake.Baker.Memory bakes = new org.nashra.bake.Baker.Memory();
        private final Duplicates.Memory duplicates = new Duplicates.Memory();
        /** Seeds read under the boilerplate rules of {@link #rulesText}. */
        private Ingest.Memory seeds = new Ingest.Memory();
        private String rulesText;
        /** Read from the facts the last build in a fresh JVM left, at the first build of a long-lived process. */
        private SiteChecker.Memory site = new SiteChecker.Memory();
        /** Told when a build has put a changed site in place, before the site checks run. */
        private volatile Runnable siteUpdated = () -> {};

        /** A memory for a long-lived process, whose builds follow one another. */
        Memory() {
            this(true);
        }

        private Memory(boolean longLived) {
            this.longLived = longLived;
            // A single build reads the last build's from disk instead, and a long-lived process starts from it (writeContent).
            this.content = longLived ? new ContentWriter.Memory() : null;
            this.plans = longLived ? new org.nashra.pages.PlanMemo() : null;
        }

        /** A memory for one build: pages are written as they are planned and nothing is kept for another build. */
        static Memory forOneBuild() {
            return new Memory(false);
        }

        /**
         * Loads the models and analyses one remembered article, its result thrown away, so that the
         * first edit in a new serve pays neither for loading nor for running cold code. A rebuild that
         * needs the models meanwhile waits for the loading under way instead of starting another.
         */
        void warmUp() {
            Supplier<Analyser> models = analyser;
            if (models == null) return;
            analyses.values().stream().min(java.util.Comparator.comparing(Analysis::id))
                    .ifPresent(any -> models.get().analyse(any.article()));
        }

        /**
         * Whether the last build left {@code file}, a file of the project's {@code content/}, as it now is
         * (see {@link ContentWriter.Memory#wrote}): false for an editor's change saved while it ran.
         */
        boolean wroteContent(java.nio.file.Path content, java.nio.file.Path file, java.nio.file.attribute.BasicFileAttributes now) {
            String relative = content.relativize(file).toString().replace(java.io.File.separatorChar, '/');
            return this.content.wrote(relative, new org.nashra.core.FileStamp(now.fileKey(), now.size(), now.lastModifiedTime()));
        }

        /** Waits for what the last build still writes in the background, and stops a search index under way; before the process exits. */
        void settle() {
            bakes.settle();
        }

        /** Who is told of each search index made in the background after a build (see {@link Baker.Memory#onSearchIndexed}). */
        void onSearchIndexed(java.util.function.BiConsumer<List<Problem>, java.time.Duration> listener) {
            bakes.onSearchIndexed(listener);
        }

        /**
         * Who is told each time a build has put a changed site in place: open pages can reload then, while
         * the site checks, which change nothing in the site, still run. Not told of a bake that failed
         * (the last good site stays) or changed nothing.
         */
        void onSiteUpdated(Runnable listener) {
            siteUpdated = java.util.Objects.requireNonNull(listener, "listener");
        }

        /** Keeps an article's analysis for the next build, in a long-lived process. */
        private void remember(Analysis analysis) {
            if (longLived) analyses.put(analysis.id(), analysis);
        }

        /** The seeds read last time; for a single build, a memory that lives only as long as reading. */
        private Ingest.Memory seeds() {
            return longLived ? seeds : new Ingest.Memory();
        }

        /** The last linking's; for a single build, one that lives only as long as the corpus. */
        private Linker.Memory links() {
            return longLived ? links : new Linker.Memory();
        }

        /** The matching form of each body; for a single build, one that lives only as long as the search. */
        private Duplicates.Memory duplicates() {
            return longLived ? duplicates : new Duplicates.Memory();
        }
    }

    private void lap(String stage) {
        long now = System.nanoTime();
        timings.merge(stage, (now - lastLap) / 1_000_000, Long::sum);
        lastLap = now;
    }

    /** Milliseconds spent in each stage of the last run, in stage order. */
    Map<String, Long> timings() {
        return java.util.Collections.unmodifiableMap(timings);
    }

    /**
     * Starts loading the models on a thread of their own (not the pool's, which reads the seeds meanwhile). The
     * first article to need them waits for the load under way; a load that fails here is tried again there,
     * which reports it.
     */
    private static void loadAhead(Supplier<Analyser> analyser) {
        Thread loading = new Thread(() -> {
            try {
                analyser.get();
            } catch (RuntimeException | LinkageError e) {
                // reported by the article that needs the models
            }
        }, "nashra-models");
        loading.setDaemon(true);
        loading.start();
    }

    private static boolean holdsFiles(java.nio.file.Path folder) {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(folder)) {
            return files.anyMatch(java.nio.file.Files::isRegularFile);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) value = supplier.get();
                return value;
            }
        };
    }

    /** How many articles the last build analysed afresh rather than taking from the cache. */
    int analysedAfresh() {
        return analysed.get();
    }

    /** Whether the last build stopped before reading any seed, for errors in the project's settings ({@code data/}). */
    private boolean stoppedBySettings;

    /** What a build that stopped for its settings says instead of what it built. */
    static final String NOTHING_BUILT = "Nothing built (the data files named above have errors; the site is as the last build left it)";

    /** Whether the last bake had errors, so that it left {@code site/} as it was. */
    private boolean siteKept;

    /** Whether the last bake had errors: {@code site/} is then as the last bake without errors left it. */
    boolean siteKept() {
        return siteKept;
    }

    /** What a build or bake whose bake had errors says of the site instead of how many pages it has. */
    static final String SITE_KEPT = "site/ not updated (the bake has the errors above; the site is as the last good bake left it)";

    /**
     * What the last build says it did, {@code built} saying how many articles: that and the site's pages, or
     * that the site was not updated, or that its settings stopped it.
     */
    String done(String built, Report report) {
        if (stoppedBySettings) return NOTHING_BUILT;
        return siteKept ? built + " into content/, but " + SITE_KEPT : built + ", " + report.pages() + " pages";
    }

    /** Whether the last build asked a translation service in vain, so that the same inputs may build otherwise next time. */
    private boolean translationFailed;

    /** True when the same inputs would build the same again: no translation service failed the last build. */
    boolean repeatable() {
        return !translationFailed;
    }

    /** How many content files the last build took over as planned before rather than planning them afresh. */
    int pagesTakenOver() {
        return pagesTakenOver;
    }

    /** How many pages the last build's site checks parsed rather than took from what the checks before read. */
    int pagesParsed() {
        return pagesParsed;
    }

    /** What a run did. */
    record Report(int articles, int seeds, Optional<ContentWriter.Outcome> content, int pages, List<Problem> problems) {
        Report {
            problems = List.copyOf(problems);
        }

        boolean failed() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    private final Project project;
    private final Progress progress;
    private final Memory memory;
    /** Articles analysed afresh in the last build (the rest came from the cache). */
    private final java.util.concurrent.atomic.AtomicInteger analysed = new java.util.concurrent.atomic.AtomicInteger();
    private int pagesTakenOver;
    private int pagesParsed;

    Pipeline(Project project) {
        this(project, Progress.silent());
    }

    /** A pipeline for one build (a command line run): nothing is kept for a next build. */
    Pipeline(Project project, Progress progress) {
        this(project, progress, Memory.forOneBuild());
    }

    /** A pipeline whose builds share {@code memory} (one per project, used by one build at a time). */
    Pipeline(Project project, Progress progress, Memory memory) {
        this.project = project;
        this.progress = progress;
        this.memory = memory;
    }

    /** Seeds to site. */
    Report build(Set<String> regenerate) {
        return build(regenerate, false);
    }

    /**
     * The same, told whether {@code content/} is known to be as the last build of this memory left it
     * (a watcher saw no change there): then the files that build wrote are taken at the stamps it took.
     */
    Report build(Set<String> regenerate, boolean contentAsLeft) {
        // An index under way reads pages this build may change, and would take its CPU.
        memory.bakes.holdSearch();
        timings.clear();
        analysed.set(0);
        lastLap = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        BoilerplateRules.Loaded rules = BoilerplateRules.load(project.data().resolve("boilerplate.yml"));
        problems.addAll(rules.problems());
        UiStrings.Loaded ui = UiStrings.load(project.data().resolve("ui"));
        problems.addAll(ui.problems());
        SiteSettings.Loaded settings = SiteSettings.load(project.data().resolve("site.yml"));
        problems.addAll(settings.problems());
        Glossary.Loaded glossary = Glossary.load(project.data().resolve("glossary.yml"));
        problems.addAll(glossary.problems());
        TopicTaxonomy.Loaded taxonomy = TopicTaxonomy.load(project.data().resolve("topics.yml"));
        problems.addAll(taxonomy.problems());
        Loaded<Gazetteer> gazetteer = Gazetteer.load(project.data().resolve("entities.yml"));
        problems.addAll(gazetteer.problems());
        Loaded<RoleLexicon> roles = RoleLexicon.load(project.data().resolve("roles.yml"));
        problems.addAll(roles.problems());
        // Settings are checked before any article is read: nothing is built on a misconfigured project.
        stoppedBySettings = problems.stream().anyMatch(Problem::isError);
        if (stoppedBySettings) return new Report(0, 0, Optional.empty(), 0, problems);

        Written written = writeContent(regenerate, contentAsLeft, rules, ui, settings, glossary, taxonomy, gazetteer, roles, problems);
        // The files just written or found unchanged are listed for the bake by the stamps taken then, and the
        // folders by the entries the writer found in them.
        Report baked = bake(Map.of(), written.stamps(), written.entries());
        problems.addAll(baked.problems());
        return new Report(written.articles(), written.seeds(), Optional.of(written.outcome()), baked.pages(), problems);
    }

    /**
     * What writing the content did, the stamps of the files it wrote or found unchanged, and the folders of
     * {@code content/} as it left them; all a build keeps of it while baking.
     */
    private record Written(int articles, int seeds, ContentWriter.Outcome outcome,
                           java.util.function.Function<String, org.nashra.core.FileStamp> stamps,
                           java.util.function.Function<String, org.nashra.core.FolderEntries> entries) {}

    /**
     * Seeds to {@code content/}: read, analyse, translate, link, plan and write. Its own method so that
     * the articles, analyses and corpus are no longer reachable once it returns, while the site bakes.
     */
    private Written writeContent(Set<String> regenerate, boolean contentAsLeft, BoilerplateRules.Loaded rules, UiStrings.Loaded ui,
                                 SiteSettings.Loaded settings, Glossary.Loaded glossary, TopicTaxonomy.Loaded taxonomy,
                                 Loaded<Gazetteer> gazetteer, Loaded<RoleLexicon> roles, List<Problem> problems) {
        AnalysisCache cache = new AnalysisCache(project.root().resolve(".nashra/cache/analysis"),
                AnalysisCache.fingerprint(List.of(project.data().resolve("topics.yml"),
                        project.data().resolve("entities.yml"), project.data().resolve("roles.yml"))));
        boolean newFingerprint = !cache.fingerprint().equals(memory.fingerprint);
        if (newFingerprint) {
            // Models load only when some article is not in the cache: a no-change rebuild never pays for them.
            memory.fingerprint = cache.fingerprint();
            memory.analyser = memoize(() -> new Analyser(taxonomy.topics(), recogniser(gazetteer.value()),
                    new EntityResolver(gazetteer.value(), roles.value(), Transliterator.load(), PlaceLexicon.load())));
            memory.analyses.clear();
        }
        Supplier<Analyser> analyser = memory.analyser;
        // With no analysis kept anywhere, every article will be analysed: the models load while the seeds are read.
        if (memory.analyses.isEmpty() && cache.isEmpty() && holdsFiles(project.seeds())) loadAhead(analyser);
        String rulesText = readOrEmpty(project.data().resolve("boilerplate.yml"));
        // Reading a seed depends on Nashra's code and these rules alone. A build in a fresh process reads only the
        // seeds that changed since the last one wrote down what it read, and serve starts from that too.
        String seedsKey = AnalysisCache.fingerprint(List.of()) + " " + org.nashra.core.Sha256.of(rulesText);
        if (!rulesText.equals(memory.rulesText)) {
            memory.rulesText = rulesText;
            memory.seeds = memory.longLived ? Ingest.Memory.readFrom(seedsRead(), seedsKey, project.seeds()) : new Ingest.Memory();
        }
        Ingest.Memory seeds = memory.longLived ? memory.seeds() : Ingest.Memory.readFrom(seedsRead(), seedsKey, project.seeds());
        List<IngestResult> ingested = new Ingest(rules.rules(), seeds).readAll(project.seeds());
        if (!memory.longLived) seeds.writeTo(seedsRead(), seedsKey, project.seeds());
        ingested.forEach(result -> problems.addAll(result.problems()));
        problems.addAll(Ingest.notRead(project.seeds(), ingested.stream().map(IngestResult::source).toList()));
        Overrides.Loaded overrides = Overrides.loadAll(project.data().resolve("articles"));
        problems.addAll(overrides.problems());
        List<Article> articles = ingested.stream().flatMap(r -> r.article().stream())
                .map(a -> overrides.byArticle().getOrDefault(a.id(), Overrides.none(a.id())).applyTo(a))
                .toList();
        problems.addAll(Duplicates.find(articles, memory.duplicates()));
        Set<String> ids = articles.stream().map(Article::id).collect(java.util.stream.Collectors.toSet());
        overrides.byArticle().values().stream().filter(o -> !ids.contains(o.articleId())).forEach(o ->
                problems.add(Problem.warning(o.file(), "no article with id '" + o.articleId() + "'; these overrides apply to nothing")));
        lap("read");
        List<Analysis> analyses = analyse(articles, analyser, cache, problems);
        // Every article went through the cache, so what it was not asked for no article needs. A long-lived
        // process prunes only when the fingerprint changes (its first build, an edited data file), so an
        // edit's old entry stays until then.
        if (newFingerprint) cache.pruneUnused();
        memory.analyses.keySet().retainAll(ids);
        lap("analyse");

        Translator translator = translator(settings.settings(), problems);
        Editions editions = new Editions(translator);
        Map<String, Edition> byArticle = new java.util.TreeMap<>();
        for (Analysis a : analyses) {
            Overrides o = overrides.byArticle().getOrDefault(a.id(), Overrides.none(a.id()));
            String summary = String.join(" ", a.summary().shown());
            Edition edition = editions.make(a.title(), summary, o.titleEn(), o.summaryEn(), o.summaryAr(),
                    o.url().map(Object::toString), a.article().outlet().flatMap(outlet -> EntityResolver.organisationInEnglish(gazetteer.value(), outlet)));
            // The very edition of last time when equal: every page that shows the article compares it, and
            // the same object compares at once.
            Edition before = memory.editions.get(a.id());
            byArticle.put(a.id(), edition.equals(before) ? before : edition);
        }
        if (memory.longLived) {
            memory.editions.clear();
            memory.editions.putAll(byArticle);
        }
        translator.failures().forEach(f -> problems.add(Problem.warning(project.data().resolve("site.yml"),
                "machine translation failed, the structured English brief is shown instead: " + f)));
        translationFailed = !translator.failures().isEmpty();

        lap("translate");
        Linker.Memory links = memory.links();
        Corpus corpus = new Linker(taxonomy.topics(), Related.Weights.defaults()).link(analyses, byArticle, links);
        lap("link");
        if (memory.longLived && !memory.seeded) {
            // What the last build in a fresh JVM left spares serve's first build from planning and checking every page.
            memory.content = ContentWriter.Memory.readFrom(contentFiles());
            memory.plans = org.nashra.pages.PlanMemo.seededFrom(pagePlans(), cache.fingerprint(), project.root());
            memory.site = SiteChecker.Memory.readFrom(siteFacts());
            memory.seeded = true;
        }
        ContentWriter.Memory content = memory.longLived ? memory.content : ContentWriter.Memory.readFrom(contentFiles());
        org.nashra.pages.PlanMemo plans = memory.longLived ? memory.plans : org.nashra.pages.PlanMemo.readFrom(pagePlans(), cache.fingerprint(), project.root());
        // Taken, not shared: a build stopped half-way leaves neither, and the next one plans every page afresh.
        if (!memory.longLived) forget(contentFiles(), pagePlans());
        ContentWriter writer = new ContentWriter(project.content(), content);
        ContentWriter.Run run = writer.start(regenerate, contentAsLeft);
        Map<String, String> files = new PagePlanner(ui.strings(), settings.settings(), glossary.glossary(), plans)
                .plan(corpus, links.changes(), run);
        List<Problem> written = run.writeFiles(files);
        ContentWriter.Outcome outcome = run.finish();
        pagesTakenOver = plans.reused();
        if (!memory.longLived) {
            plans.writeTo(pagePlans());
            content.writeTo(contentFiles());
        }
        problems.addAll(outcome.problems());
        problems.addAll(written);
        lap("write content");
        return new Written(analyses.size(), ingested.size(), outcome, content::stamp, content::entries);
    }

    /**
     * Where a build in a fresh JVM leaves, for the next one, the pages it planned (each with its inputs'
     * digest) and the content files it wrote (each with its stamp): what {@code serve} keeps in memory.
     */
    private java.nio.file.Path pagePlans() {
        return project.root().resolve(".nashra/cache/page-plans.json");
    }

    /** The seeds the last build in a fresh process read, and what each gave: {@code Ingest.Memory} written down. */
    private java.nio.file.Path seedsRead() {
        return project.root().resolve(".nashra/cache/seeds.json");
    }

    private java.nio.file.Path contentFiles() {
        return project.root().resolve(".nashra/cache/content-files.json");
    }

    private static void forget(java.nio.file.Path... files) {
        for (java.nio.file.Path file : files) {
            try {
                java.nio.file.Files.deleteIfExists(file);
            } catch (java.io.IOException e) {
                // left as it was: its stamps no longer hold for the files this build rewrites
            }
        }
    }


    private static String readOrEmpty(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.isRegularFile(file) ? java.nio.file.Files.readString(file) : "";
        } catch (java.io.IOException | RuntimeException e) {
            return "\u0000unreadable " + System.nanoTime(); // never equal: nothing is reused
        }
    }

    /**
     * The statistical name finder, news rules, and every name and alias of the editors' gazetteer; a suppressed
     * name of two words or more (السلم الأهلي) is a phrase inside which no name is looked for.
     */
    private static CombinedRecogniser recogniser(Gazetteer gazetteer) {
        List<GazetteerRecogniser.Entry> names = new ArrayList<>();
        java.util.Set<String> bracketedOnly = new java.util.HashSet<>();
        for (GazetteerEntry entry : gazetteer.entries()) {
            if (entry.suppressed()) continue;
            for (String name : entry.arabicNames()) names.add(new GazetteerRecogniser.Entry(name, entry.type()));
            bracketedOnly.addAll(entry.bracketedAliases());
        }
        return CombinedRecogniser.bundled(names, bracketedOnly, gazetteer.phrasesNamingNothing());
    }

    /** The configured translation backend, cached on disk; none when unset or misconfigured (reported). */
    private Translator translator(SiteSettings settings, List<Problem> problems) {
        if (settings.translation().isEmpty()) return Translators.none();
        try {
            TranslatorConfig config = TranslatorConfig.fromMap(settings.translation());
            if (config.backend() == TranslatorConfig.Backend.NONE) return Translators.none();
            return new CachingTranslator(Translators.create(config, System.getenv()),
                    project.root().resolve(".nashra/cache/mt"));
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(project.data().resolve("site.yml"), e.getMessage()));
            return Translators.none();
        }
    }

    /**
     * Analyses articles on every core; each article is independent. Unchanged articles come from the
     * cache. An analysis that fails is reported against its seed and the article is left out.
     */
    private List<Analysis> analyse(List<Article> articles, Supplier<Analyser> analyser, AnalysisCache cache, List<Problem> problems) {
        Map<String, String> failures = new java.util.concurrent.ConcurrentHashMap<>();
        progress.start(articles.size());
        List<Optional<Analysis>> results = articles.parallelStream().map(article -> {
            Optional<Analysis> result = analyseOne(article, analyser, cache, failures);
            progress.step();
            return result;
        }).toList();
        progress.finish();
        List<Analysis> analyses = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            if (results.get(i).isPresent()) {
                analyses.add(results.get(i).get());
            } else {
                problems.add(Problem.error(articles.get(i).source(), "analysis failed, article left out (please report this): "
                        + failures.getOrDefault(articles.get(i).id(), "unknown cause")));
            }
        }
        return analyses;
    }

    private Optional<Analysis> analyseOne(Article article, Supplier<Analyser> analyser, AnalysisCache cache,
                                          Map<String, String> failures) {
        Analysis remembered = memory.analyses.get(article.id());
        if (remembered != null && remembered.article().equals(article)) return Optional.of(remembered);
        Optional<Analysis> cached = cache.get(article);
        if (cached.isPresent()) {
            memory.remember(cached.get());
            return cached;
        }
        try {
            Analysis fresh = analyser.get().analyse(article);
            cache.put(fresh);
            memory.remember(fresh);
            analysed.incrementAndGet();
            return Optional.of(fresh);
        } catch (RuntimeException | StackOverflowError e) {
            failures.put(article.id(), e.toString());
            return Optional.empty();
        }
    }

    /** Pages the rehearsal renders aside: enough to cover every template and run each hot path many times. */
    private static final int REHEARSED_PAGES = 64;

    /**
     * Readies a long-lived process for the first change while it waits for one: a rebuild (with nothing
     * changed it writes nothing, but runs every comparison a rebuild runs) and a few pages rendered aside.
     * Its problems are not reported: they are the last build's, which was. Nothing is rehearsed when no
     * bake vouches for the site: the rebuild would bake the whole site (and index it, with search on).
     */
    void rehearse() {
        if (!memory.bakes.vouchesForSite()) return;
        build(Set.of());
        new Baker(project.root(), Baker.Listener.NONE, memory.bakes).rehearse(REHEARSED_PAGES);
    }

    /** Content to site, then the site checks. */
    Report bake() {
        return bake(Map.of(), path -> null, folder -> null);
    }

    private Report bake(Map<String, String> files, java.util.function.Function<String, org.nashra.core.FileStamp> known,
                        java.util.function.Function<String, org.nashra.core.FolderEntries> listed) {
        Baker.Result result = new Baker(project.root(), progress, memory.bakes).bake(project.site(), files, known, listed);
        lap("bake");
        siteKept = result.failed();
        List<Problem> problems = new ArrayList<>(result.problems());
        if (!result.failed() && !result.changes().none()) memory.siteUpdated.run();
        if (!result.failed()) {
            // A long-lived process remembers pages itself; a single build takes over what the last one read.
            SiteChecker.Memory pages = memory.longLived ? memory.site : SiteChecker.Memory.readFrom(siteFacts());
            problems.addAll(SiteChecker.check(project.site(), pages, result.changes()));
            pagesParsed = pages.pagesParsed();
            if (!memory.longLived) pages.writeTo(siteFacts());
        }
        lap("check");
        return new Report(0, 0, Optional.empty(), result.pages(), problems);
    }

    private java.nio.file.Path siteFacts() {
        return project.root().resolve(".nashra/cache/site-facts.json");
    }

    /** The site checks, and with {@code html} every page through the Nu Html Checker as well. */
    Report check(boolean html) {
        List<Problem> problems = new ArrayList<>(SiteChecker.check(project.site()));
        if (html) problems.addAll(HtmlValidity.check(project.site()));
        return new Report(0, 0, Optional.empty(), 0, problems);
    }
}
