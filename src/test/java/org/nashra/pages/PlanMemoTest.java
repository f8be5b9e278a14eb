package org.nashra.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.nashra.analyse.Analyser;
import org.nashra.analyse.ListedPlaces;
import org.nashra.analyse.Analysis;
import org.nashra.extract.topics.Topic;
import org.nashra.ingest.Article;
import org.nashra.ingest.Block;
import org.nashra.link.Corpus;
import org.nashra.link.Linker;
import org.nashra.link.Related;
import org.nashra.translate.Glossary;

/** A rebuild that reuses unchanged pages plans exactly what planning from scratch would. */
class PlanMemoTest {

    private static final Topic MEETINGS = new Topic("meetings", "الاجتماعات", "Meetings", "", "",
            List.of("الاجتماع", "النقاش"));
    private static final List<String> PLACES = List.of("بغداد", "البصرة", "الموصل", "كربلاء");
    private static final UiStrings UI = UiStrings.load(Path.of("data/ui")).strings();

    private static final Analyser ANALYSER = ListedPlaces.analyser(List.of(MEETINGS), PLACES);

    /** Article {@code i}: a meeting in one of two places, a day apart from the one before. */
    private static Analysis article(int i, String extra) {
        String text = "قال المسؤول إن الاجتماع انتهى اليوم في " + PLACES.get(i % 2) + " بعد ساعات من النقاش." + extra;
        return ANALYSER.analyse(new Article(String.format("%03d-a", i), Path.of("seeds/" + i + ".txt"), "عنوان الخبر رقم " + i,
                false, Optional.of(LocalDate.of(2024, 1, 1).plusDays(i)), Optional.empty(), Optional.empty(),
                List.of(Block.paragraph(text, 2)), List.of()));
    }

    private static List<Analysis> corpus(int count) {
        List<Analysis> analyses = new ArrayList<>();
        for (int i = 0; i < count; i++) analyses.add(article(i, ""));
        return analyses;
    }

    private static Corpus link(List<Analysis> analyses) {
        return new Linker(List.of(MEETINGS), Related.Weights.defaults()).link(analyses);
    }

    /** Every page planned afresh. */
    private static SitePlan fromScratch(UiStrings ui, List<Analysis> analyses) {
        return new PagePlanner(ui, SiteSettings.defaults(), Glossary.empty()).plan(link(analyses));
    }

    /**
     * What the content writer keeps, as a map: each page as last handed on, by path. A page handed on
     * unchanged must be the one kept there; the plan as the site will hold it is the pages kept.
     */
    private static final class Content implements PageSink {
        final Map<String, ContentFile> files = new java.util.HashMap<>();
        private final List<ContentFile> run = new ArrayList<>();
        /** The paths the last plan handed on planned afresh. */
        final List<String> afresh = new ArrayList<>();
        int unchanged;

        @Override
        public boolean holds(String path) {
            return files.containsKey(path);
        }

        @Override
        public void accept(PlannedPage page) {
            if (page instanceof ContentFile file) {
                files.put(file.path(), file);
                run.add(file);
                afresh.add(file.path());
            } else {
                assertTrue(files.containsKey(page.path()), "handed on unchanged, but never written: " + page.path());
                unchanged++;
                run.add(files.get(page.path()));
            }
        }

        SitePlan plan(PagePlanner planner, Corpus corpus, org.nashra.link.Changes changes) {
            run.clear();
            afresh.clear();
            unchanged = 0;
            Map<String, String> others = planner.plan(corpus, changes, this);
            return new SitePlan(run, others);
        }
    }

    /** Plans with one memo, each time into the content the last plan left. */
    private static final class Replanned {
        final PlanMemo memo = new PlanMemo();
        final Content content = new Content();

        SitePlan plan(UiStrings ui, List<Analysis> analyses) {
            SitePlan plan = content.plan(new PagePlanner(ui, SiteSettings.defaults(), Glossary.empty(), memo), link(analyses),
                    org.nashra.link.Changes.everything(0));
            assertEquals(memo.reused(), content.unchanged, "every page reused is handed on unchanged");
            return plan;
        }
    }

    /** Links and plans as serve does: from the last linking's memory, told what changed since. */
    private static final class AsServe {
        final Linker linker = new Linker(List.of(MEETINGS), Related.Weights.defaults());
        final Linker.Memory links = new Linker.Memory();
        final PlanMemo memo = new PlanMemo();
        final PagePlanner planner = new PagePlanner(UI, SiteSettings.defaults(), Glossary.empty(), memo);
        final Content content = new Content();

        SitePlan plan(List<Analysis> analyses, Map<String, org.nashra.translate.Edition> editions) {
            Corpus corpus = linker.link(analyses, editions, links);
            SitePlan plan = content.plan(planner, corpus, links.changes());
            assertEquals(memo.reused(), content.unchanged, "every page reused is handed on unchanged");
            return plan;
        }
    }

    /**
     * Plans as builds in fresh processes do: each reads the memo the last one wrote (inputs as digests),
     * and plans into the content the last one left.
     */
    private static final class Stored {
        final Path file;
        final Content content = new Content();
        PlanMemo memo;

        Stored(Path file) {
            this.file = file;
        }

        SitePlan plan(UiStrings ui, List<Analysis> analyses, String fingerprint) {
            memo = PlanMemo.readFrom(file, fingerprint, null);
            SitePlan plan = content.plan(new PagePlanner(ui, SiteSettings.defaults(), Glossary.empty(), memo), link(analyses),
                    org.nashra.link.Changes.everything(0));
            assertEquals(memo.reused(), content.unchanged, "every page reused is handed on unchanged");
            memo.writeTo(file);
            return plan;
        }

        SitePlan plan(List<Analysis> analyses) {
            return plan(UI, analyses, "code-1");
        }
    }

    private static Map<String, ContentFile> byPath(SitePlan plan) {
        Map<String, ContentFile> out = new java.util.LinkedHashMap<>();
        plan.content().forEach(f -> out.put(f.path(), f));
        return out;
    }

    @Test
    void aRebuildWithNothingChangedReusesEveryBriefingEntityTopicTimelineSourcesAndLaterHomePage() {
        Replanned replanned = new Replanned();
        PlanMemo memo = replanned.memo;
        List<Analysis> analyses = corpus(30);
        SitePlan first = replanned.plan(UI, analyses);
        assertEquals(0, memo.reused());
        SitePlan second = replanned.plan(UI, analyses);
        assertEquals(first, second);
        long memoised = first.content().stream()
                .filter(f -> List.of("briefing", "entity", "topic", "timeline").contains(f.view().get("kind"))
                        || f.path().matches("(ar|en)/page/\\d+\\.md|(ar|en)/sources(/page/\\d+)?\\.md"))
                .count();
        assertTrue(first.content().stream().anyMatch(f -> f.path().equals("ar/page/2.md")), "fixture has a second home page");
        assertTrue(memoised > 60, "fixture has such pages: " + memoised);
        assertEquals(memoised, memo.reused());
    }

    /** Each row: which article changes and how; the memo's plan must be the plan made from scratch. */
    @Test
    void changesGiveThePlanMadeFromScratch() {
        record Change(String what, java.util.function.UnaryOperator<List<Analysis>> apply, boolean reuses) {
            Change(String what, java.util.function.UnaryOperator<List<Analysis>> apply) {
                this(what, apply, true);
            }
        }
        List<Change> changes = List.of(
                new Change("a paragraph added", list -> replace(list, 7, article(7, " وأضاف أن الاجتماع المقبل في الموصل."))),
                new Change("a new place named", list -> replace(list, 3, article(3, " ثم سافر الوفد إلى كربلاء."))),
                // In this small corpus every briefing is related to the one removed: nothing is left to reuse.
                new Change("an article removed", list -> { List<Analysis> out = new ArrayList<>(list); out.remove(12); return out; }, false),
                new Change("an article added", list -> { List<Analysis> out = new ArrayList<>(list); out.add(article(30, "")); return out; }),
                new Change("nothing", list -> list));
        for (Change change : changes) {
            Replanned replanned = new Replanned();
            PlanMemo memo = replanned.memo;
            List<Analysis> before = corpus(30);
            replanned.plan(UI, before);
            List<Analysis> after = change.apply().apply(before);
            SitePlan reusing = replanned.plan(UI, after);
            SitePlan fromScratch = fromScratch(UI, after);
            assertEquals(byPath(fromScratch).keySet(), byPath(reusing).keySet(), change.what());
            byPath(fromScratch).forEach((path, file) -> assertEquals(file, byPath(reusing).get(path), change.what() + ": " + path));
            assertEquals(fromScratch, reusing, change.what());
            if (change.reuses()) assertTrue(memo.reused() > 0, change.what() + ": unchanged pages reused");
        }
    }

    /**
     * The same changes, each planned by a build in a fresh process from the memo the last one left on disk,
     * over articles analysed afresh (equal, never the same objects): the plan made from scratch every time.
     */
    @Test
    void changesPlannedInAFreshProcessFromTheMemoOnDiskGiveThePlanMadeFromScratch(@org.junit.jupiter.api.io.TempDir Path dir) {
        List<java.util.function.UnaryOperator<List<Analysis>>> changes = List.of(
                list -> replace(list, 7, article(7, " وأضاف أن الاجتماع المقبل في الموصل.")),
                list -> replace(list, 3, article(3, " ثم سافر الوفد إلى كربلاء.")),
                list -> { List<Analysis> out = new ArrayList<>(list); out.add(article(30, "")); return out; },
                list -> replace(list, 9, dated(list.get(9), LocalDate.of(2023, 6, 1))),
                list -> list);
        for (int row = 0; row < changes.size(); row++) {
            Stored stored = new Stored(dir.resolve("plans-" + row + ".json"));
            SitePlan first = stored.plan(corpus(30));
            assertEquals(0, stored.memo.reused(), "no memo on disk yet");
            List<Analysis> after = changes.get(row).apply(corpus(30));
            SitePlan reusing = stored.plan(after);
            SitePlan fromScratch = fromScratch(UI, after);
            for (var file : fromScratch.content()) assertEquals(file, byPath(reusing).get(file.path()), "change " + row + ": " + file.path());
            assertEquals(fromScratch, reusing, "change " + row);
            assertTrue(stored.memo.reused() > 0, "change " + row + ": unchanged pages reused");
            if (row == changes.size() - 1) {
                Replanned inMemory = new Replanned();
                inMemory.plan(UI, corpus(30));
                inMemory.plan(UI, corpus(30));
                assertEquals(inMemory.memo.reused(), stored.memo.reused(), "nothing changed: every page reused that serve's memo reuses");
                assertTrue(stored.memo.reused() > first.content().size() * 9 / 10, "most pages");
            }
        }
    }

    /**
     * A memo on disk is taken only as it was written, under the fingerprint it was written with, for the
     * same UI strings: otherwise every page is planned afresh, and the plan is still the plan made from scratch.
     */
    @Test
    void aMemoOnDiskFromOtherCodeOtherStringsOrCutShortReusesNothing(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        List<Analysis> analyses = corpus(10);
        SitePlan fromScratch = fromScratch(UI, analyses);
        Stored stored = new Stored(dir.resolve("plans.json"));
        stored.plan(analyses);
        byte[] written = java.nio.file.Files.readAllBytes(stored.file);
        stored.plan(analyses);
        assertTrue(stored.memo.reused() > 0, "the same code and strings reuse pages");

        assertEquals(fromScratch, stored.plan(UI, analyses, "code-2"));
        assertEquals(0, stored.memo.reused(), "written by other code");

        Map<org.nashra.core.Lang, Map<String, String>> renamed = new java.util.EnumMap<>(org.nashra.core.Lang.class);
        for (org.nashra.core.Lang lang : org.nashra.core.Lang.values()) {
            Map<String, String> strings = new java.util.TreeMap<>(UI.all(lang));
            strings.put("site_name", strings.get("site_name") + "!");
            renamed.put(lang, strings);
        }
        stored.plan(UI, analyses, "code-2");
        assertEquals(fromScratch(UiStrings.of(renamed), analyses), stored.plan(UiStrings.of(renamed), analyses, "code-2"));
        assertEquals(0, stored.memo.reused(), "other UI strings");

        java.nio.file.Files.write(stored.file, java.util.Arrays.copyOf(written, written.length / 2));
        assertEquals(fromScratch, stored.plan(analyses));
        assertEquals(0, stored.memo.reused(), "a file cut short");
        java.nio.file.Files.writeString(stored.file, "{\"format\": 0}");
        assertEquals(fromScratch, stored.plan(analyses));
        assertEquals(0, stored.memo.reused(), "an older format");
    }

    /**
     * Serve started after a build in a fresh JVM: its memo starts from the one written down. Its first plan
     * takes over by digest the pages whose inputs are as they were; its later plans compare and take over
     * pages as a memo kept in memory does. Every plan is the plan made from scratch.
     */
    @Test
    void aServeMemoStartedFromTheMemoOnDiskGivesThePlanMadeFromScratch(@org.junit.jupiter.api.io.TempDir Path dir) {
        Stored stored = new Stored(dir.resolve("plans.json"));
        SitePlan built = stored.plan(corpus(30));
        stored.plan(corpus(30));

        Linker linker = new Linker(List.of(MEETINGS), Related.Weights.defaults());
        Linker.Memory links = new Linker.Memory();
        PlanMemo memo = PlanMemo.seededFrom(stored.file, "code-1", null);
        PagePlanner planner = new PagePlanner(UI, SiteSettings.defaults(), Glossary.empty(), memo);
        Content content = stored.content;
        List<Analysis> analyses = new ArrayList<>(corpus(30));
        analyses.set(7, article(7, " وأضاف أن الاجتماع المقبل في الموصل."));
        SitePlan first = content.plan(planner, linker.link(analyses, Map.of(), links), links.changes());
        assertEquals(fromScratch(UI, analyses), first);
        assertEquals(memo.reused(), content.unchanged, "every page reused is handed on unchanged");
        assertTrue(memo.reused() > built.content().size() / 2, "the unchanged pages taken over by digest: " + memo.reused());
        assertEquals(0, memo.takenOnTrust(), "nothing on the linker's word before a whole plan of this process");

        analyses.set(3, article(3, " ثم سافر الوفد إلى كربلاء."));
        SitePlan second = content.plan(planner, linker.link(analyses, Map.of(), links), links.changes());
        assertEquals(fromScratch(UI, analyses), second);
        assertTrue(memo.takenOnTrust() > 0, "then on the linker's word, as serve does");

        assertEquals(0, PlanMemo.seededFrom(stored.file, "code-2", null).reused());
        PlanMemo other = PlanMemo.seededFrom(stored.file, "code-2", null);
        SitePlan otherCode = content.plan(new PagePlanner(UI, SiteSettings.defaults(), Glossary.empty(), other),
                linker.link(analyses, Map.of(), new Linker.Memory()), org.nashra.link.Changes.everything(0));
        assertEquals(fromScratch(UI, analyses), otherCode);
        assertEquals(0, other.reused(), "written down by other code: nothing taken over");
    }

    /**
     * As serve plans: linked from the last linking's memory (unchanged articles and lists stay the very
     * same objects), one change after another, an English headline alone among them; each plan must be
     * the plan made from scratch.
     */
    @Test
    void relinkedFromMemoryEveryChangeGivesThePlanMadeFromScratch() {
        AsServe serve = new AsServe();
        PlanMemo memo = serve.memo;
        List<Analysis> analyses = new ArrayList<>(corpus(30));
        Map<String, org.nashra.translate.Edition> editions = new java.util.TreeMap<>();
        serve.plan(analyses, editions);
        String headlined = analyses.get(5).id();
        List<Runnable> changes = List.of(
                () -> editions.put(headlined, new org.nashra.translate.Edition(Optional.of(new org.nashra.translate.Edition.Wording(
                        "Ministers meet in Baghdad", org.nashra.translate.Edition.Origin.EDITOR, "")), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty())),
                () -> analyses.set(7, article(7, " وأضاف أن الاجتماع المقبل في الموصل.")),
                () -> analyses.set(3, article(3, " ثم سافر الوفد إلى كربلاء.")),
                () -> editions.remove(headlined),
                () -> { });
        for (int step = 0; step < changes.size(); step++) {
            changes.get(step).run();
            SitePlan reusing = serve.plan(analyses, editions);
            SitePlan fromScratch = new PagePlanner(UI, SiteSettings.defaults(), Glossary.empty(), new PlanMemo())
                    .plan(new Linker(List.of(MEETINGS), Related.Weights.defaults()).link(analyses, editions));
            int at = step;
            byPath(fromScratch).forEach((path, file) -> assertEquals(file, byPath(reusing).get(path), "change " + at + ": " + path));
            assertEquals(fromScratch, reusing, "change " + at);
            assertTrue(memo.reused() > 0, "change " + at + ": unchanged pages reused");
            if (step == 0) {
                assertTrue(byPath(reusing).entrySet().stream().anyMatch(f -> f.getKey().startsWith("en/entities/")
                        && f.getValue().body().contains("Ministers meet in Baghdad")), "an entity page shows the headline");
            }
        }
        assertTrue(byPath(serve.plan(analyses, editions)).values().stream()
                .noneMatch(f -> f.body().contains("Ministers meet in Baghdad")), "the headline is gone again");
    }

    /**
     * As serve plans, a long random chain of changes (articles edited, added, removed and redated, places
     * gained and lost, English headlines set and dropped): each plan is the plan made from scratch, and
     * entity pages no change reaches are taken over without their inputs gathered.
     */
    @Test
    void aRandomChainOfChangesRelinkedFromMemoryGivesThePlanMadeFromScratch() {
        AsServe serve = new AsServe();
        List<Analysis> analyses = new ArrayList<>(corpus(30));
        Map<String, org.nashra.translate.Edition> editions = new java.util.TreeMap<>();
        serve.plan(analyses, editions);
        java.util.Random random = new java.util.Random(20241204);
        int next = 30;
        int takenOnTrust = 0;
        for (int step = 0; step < 40; step++) {
            int at = random.nextInt(analyses.size());
            String what;
            switch (random.nextInt(6)) {
                case 0 -> {
                    String place = PLACES.get(random.nextInt(PLACES.size()));
                    analyses.set(at, article(Integer.parseInt(analyses.get(at).id().substring(0, 3)), " ثم سافر الوفد إلى " + place + "."));
                    what = "a place added to " + analyses.get(at).id();
                }
                case 1 -> {
                    analyses.add(article(next++, random.nextBoolean() ? "" : " وزار الوفد " + PLACES.get(random.nextInt(PLACES.size())) + "."));
                    what = "an article added";
                }
                case 2 -> {
                    what = "article " + analyses.remove(at).id() + " removed";
                }
                case 3 -> {
                    Analysis a = analyses.get(at);
                    analyses.set(at, dated(a, a.article().published().orElseThrow().plusDays(random.nextInt(61) - 30)));
                    what = "article " + a.id() + " redated";
                }
                case 4 -> {
                    editions.put(analyses.get(at).id(), new org.nashra.translate.Edition(Optional.of(new org.nashra.translate.Edition.Wording(
                            "Headline " + step, org.nashra.translate.Edition.Origin.EDITOR, "")), Optional.empty(), Optional.empty(), Optional.empty(),
                            Optional.empty()));
                    what = "an English headline for " + analyses.get(at).id();
                }
                default -> {
                    what = editions.isEmpty() ? "nothing" : "the English headline of " + editions.keySet().iterator().next() + " dropped";
                    if (!editions.isEmpty()) editions.remove(editions.keySet().iterator().next());
                }
            }
            SitePlan reusing = serve.plan(analyses, editions);
            takenOnTrust += serve.memo.takenOnTrust();
            SitePlan fromScratch = new PagePlanner(UI, SiteSettings.defaults(), Glossary.empty(), new PlanMemo())
                    .plan(new Linker(List.of(MEETINGS), Related.Weights.defaults()).link(analyses, editions));
            String change = "step " + step + ", " + what;
            byPath(fromScratch).forEach((path, file) -> assertEquals(file, byPath(reusing).get(path), change + ": " + path));
            assertEquals(fromScratch, reusing, change);
        }
        assertTrue(takenOnTrust > 0, "some entity pages were taken over on the linker's word");
    }

    /**
     * Pages whose files no longer hold what was written (an editor removed or changed them) are planned
     * afresh, whether the memo compares their inputs or takes them over on the linker's word; every
     * other page is handed on unchanged, and the plan is the plan made from scratch.
     */
    @Test
    void aPageWhoseFileNoLongerHoldsItIsPlannedAfresh() {
        AsServe serve = new AsServe();
        List<Analysis> analyses = new ArrayList<>(corpus(30));
        SitePlan first = serve.plan(analyses, Map.of());
        String briefing = "ar/" + analyses.get(4).id() + ".md";
        String entity = "en/entities/basrah.md";
        String timeline = "ar/timeline.md";
        for (String path : List.of(briefing, entity, timeline)) {
            assertTrue(byPath(first).containsKey(path), "fixture has " + path);
            serve.content.files.remove(path);
        }
        SitePlan again = serve.plan(analyses, Map.of());
        List<String> handedOnAfresh = serve.content.afresh;
        assertTrue(serve.memo.takenOnTrust() > 0, "nothing changed: pages are taken over on the linker's word");
        assertTrue(handedOnAfresh.containsAll(List.of(briefing, entity, timeline)), "planned afresh: " + handedOnAfresh);
        assertEquals(fromScratch(UI, analyses), again);
        assertEquals(first.content().size() - handedOnAfresh.size(), serve.memo.reused(), "the rest reused");
    }

    /**
     * Baghdad is spelt two ways; the spelling most articles use names it. An article that names Baghdad
     * alone changes the majority, so Basra's page, which lists Baghdad among its companions, shows the
     * new name though no article naming Basra changed.
     */
    @Test
    void aCompanionRenamedByAnArticleThatDoesNotNameTheEntityReachesTheEntitysPage() {
        AsServe serve = new AsServe();
        List<Analysis> analyses = new ArrayList<>(List.of(
                article(0, " وزار الوفد البصرة."), spelt(article(2, ""), "بغداد", "بغداد العاصمة"), article(4, "")));
        serve.plan(analyses, Map.of());
        analyses.set(2, spelt(analyses.get(2), "بغداد", "بغداد العاصمة"));
        SitePlan reusing = serve.plan(analyses, Map.of());
        SitePlan fromScratch = fromScratch(UI, analyses);
        assertTrue(byPath(fromScratch).get("ar/entities/basrah.md").body().contains("بغداد العاصمة"), "Basra's page names the new spelling");
        assertEquals(byPath(fromScratch).get("ar/entities/basrah.md"), byPath(reusing).get("ar/entities/basrah.md"));
        assertEquals(fromScratch, reusing);
    }

    /**
     * The first briefing names Baghdad and Basra; five name Basra alone, and are its related briefings;
     * six name Baghdad alone, three spelling it one way and three the other. Baghdad is named by the
     * spelling most use; one of the six changing its spelling renames Baghdad on the first briefing,
     * though that one is not among its related briefings and none of those names Baghdad.
     */
    @Test
    void anEntityRenamedByAnArticleOutsideABriefingsRelatedReachesThatBriefing() {
        AsServe serve = new AsServe();
        List<Analysis> analyses = new ArrayList<>();
        analyses.add(article(0, " وزار الوفد البصرة."));
        for (int i = 1; i < 10; i += 2) analyses.add(article(i, ""));
        for (int i = 2; i < 14; i += 2) analyses.add(i < 8 ? spelt(article(i, ""), "بغداد", "بغداد العاصمة") : article(i, ""));
        serve.plan(analyses, Map.of());
        String first = analyses.get(0).id();
        Analysis renaming = analyses.get(analyses.size() - 1);
        List<Related.Match> related = new Linker(List.of(MEETINGS), Related.Weights.defaults()).link(analyses).related().get(first);
        assertTrue(related.stream().noneMatch(m -> m.articleId().equals(renaming.id()) || m.sharedEntities().contains("baghdad")),
                "no related briefing of the first one names Baghdad: " + related);
        analyses.set(analyses.size() - 1, spelt(renaming, "بغداد", "بغداد العاصمة"));
        SitePlan reusing = serve.plan(analyses, Map.of());
        SitePlan fromScratch = fromScratch(UI, analyses);
        String page = "ar/" + first + ".md";
        assertTrue(byPath(fromScratch).get(page).body().contains("بغداد العاصمة"), "the first briefing names the new spelling");
        assertEquals(byPath(fromScratch).get(page), byPath(reusing).get(page));
        assertEquals(fromScratch, reusing);
    }

    /** The article with the entity spelt {@code from} spelt {@code to} instead (the same entity). */
    private static Analysis spelt(Analysis a, String from, String to) {
        List<org.nashra.analyse.EntityFound> entities = a.entities().stream().map(found -> {
            org.nashra.extract.resolve.EntityRef r = found.ref();
            return !r.nameAr().equals(from) ? found : new org.nashra.analyse.EntityFound(new org.nashra.extract.resolve.EntityRef(
                    r.entityId(), r.type(), to, r.nameEn(), r.englishTransliterated(), r.mentions(), r.roles()), found.spans());
        }).toList();
        return new Analysis(a.article(), a.title(), a.sentences(), a.summary(), a.keyPoints(), a.dates(), a.events(), a.figures(),
                a.quotes(), entities, a.topics(), a.monthNaming(), a.authorEn(), a.speakerRolesEn());
    }

    /** The same article on another day. */
    private static Analysis dated(Analysis a, LocalDate day) {
        Article before = a.article();
        return ANALYSER.analyse(new Article(before.id(), before.source(), before.title(), before.titleDerived(), Optional.of(day),
                before.outlet(), before.author(), before.body(), before.removed()));
    }

    @Test
    void changedUiStringsReuseNothing() {
        Replanned replanned = new Replanned();
        PlanMemo memo = replanned.memo;
        List<Analysis> analyses = corpus(10);
        replanned.plan(UI, analyses);
        UiStrings other = UiStrings.load(Path.of("data/ui")).strings();
        replanned.plan(other, analyses);
        assertTrue(memo.reused() > 0, "equal strings loaded again are the same context");
        Map<org.nashra.core.Lang, Map<String, String>> renamed = new java.util.EnumMap<>(org.nashra.core.Lang.class);
        for (org.nashra.core.Lang lang : org.nashra.core.Lang.values()) {
            Map<String, String> strings = new java.util.TreeMap<>(UI.all(lang));
            strings.put("site_name", strings.get("site_name") + "!");
            renamed.put(lang, strings);
        }
        SitePlan afterRename = replanned.plan(UiStrings.of(renamed), analyses);
        assertEquals(0, memo.reused());
        assertEquals(fromScratch(UiStrings.of(renamed), analyses), afterRename);
    }

    @Test
    void aPlanHandedOnPageByPageIsTheWholePlanInOrderAndAMemoThatKeepsNothingReusesNothing() {
        List<Analysis> analyses = corpus(300); // more briefings than one batch planned at a time
        SitePlan whole = fromScratch(UI, analyses);
        PlanMemo none = PlanMemo.none();
        List<ContentFile> handedOn = new ArrayList<>();
        Map<String, String> files = new PagePlanner(UI, SiteSettings.defaults(), Glossary.empty(), none)
                .plan(link(analyses), handedOn::add);
        assertEquals(whole, new SitePlan(handedOn, files));
        new PagePlanner(UI, SiteSettings.defaults(), Glossary.empty(), none).plan(link(analyses), f -> {});
        assertEquals(0, none.reused());
    }

    private static List<Analysis> replace(List<Analysis> list, int index, Analysis with) {
        List<Analysis> out = new ArrayList<>(list);
        out.set(index, with);
        return out;
    }
}
