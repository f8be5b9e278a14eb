package org.nashra.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nashra.analyse.Analysis;
import org.nashra.analyse.DateFound;
import org.nashra.analyse.EntityFound;
import org.nashra.analyse.FigureFound;
import org.nashra.extract.EntityType;
import org.nashra.extract.resolve.CorpusEntity;
import org.nashra.extract.quotes.Quote;
import org.nashra.core.Lang;
import org.nashra.extract.topics.TopicRef;
import org.nashra.ingest.Article;
import org.nashra.ingest.Block;
import org.nashra.link.Related;
import org.nashra.summarise.KeyPoint;
import org.nashra.translate.Edition;

/** The two pages of each article: the Arabic briefing with its text, and the English brief. */
final class BriefingPages {

    private static final int MAX_REASON_ENTITIES = 4;

    private final PageContext ctx;

    BriefingPages(PageContext ctx) {
        this.ctx = ctx;
    }

    List<ContentFile> plan(Analysis a) {
        return List.of(arabic(a), english(a));
    }

    /**
     * Everything {@link #plan} reads for one article, beyond the planner's context. Of a related briefing
     * the page shows its headline and what it shares, not its score; of an entity, its name and link, not
     * its counts: so a change elsewhere in the corpus that moves only those leaves this page as it was.
     */
    record Inputs(Analysis article, Edition edition, List<Shown> related, List<Analysis> relatedArticles,
                  List<Edition> relatedEditions, List<java.util.Optional<PageContext.Named>> entities) {}

    /** A related briefing as its page shows it. */
    record Shown(String articleId, List<String> sharedEntities, List<String> sharedTopics) {}

    /**
     * True when none of what {@link #inputs} gathers can differ from last time: the article, its edition,
     * its related briefings and their articles, the names of the entities it shows.
     */
    boolean unreached(Analysis a, org.nashra.link.Changes changes) {
        if (changes.articles().contains(a.id()) || changes.related().contains(a.id())) return false;
        if (changes.renamed().isEmpty() && changes.articles().isEmpty()) return true;
        for (Related.Match match : ctx.corpus.related().getOrDefault(a.id(), List.of())) {
            if (changes.articles().contains(match.articleId())) return false;
            for (String id : match.sharedEntities()) if (changes.renamed().contains(id)) return false;
        }
        for (var e : a.entities()) if (changes.renamed().contains(e.id())) return false;
        return true;
    }

    Inputs inputs(Analysis a) {
        List<Related.Match> related = ctx.corpus.related().getOrDefault(a.id(), List.of());
        // The article's own entities, and those a related briefing is shown to share with it.
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        a.entities().forEach(e -> ids.add(e.id()));
        related.forEach(match -> ids.addAll(match.sharedEntities()));
        return new Inputs(a, ctx.corpus.edition(a.id()),
                related.stream().map(m -> new Shown(m.articleId(), m.sharedEntities(), m.sharedTopics())).toList(),
                related.stream().map(match -> ctx.article(match.articleId())).toList(),
                related.stream().map(match -> ctx.corpus.edition(match.articleId())).toList(),
                ids.stream().map(ctx::named).toList());
    }

    /** Anchor of a block of the article text, so facts can link to where they were found. */
    static String anchor(int block) {
        return "p-" + (block + 1);
    }

    private Map<String, Object> view(Analysis a, Lang lang, String description) {
        SitePath self = SitePaths.briefing(lang, a.id());
        Map<String, Object> view = ctx.view("briefing", lang, self, SitePaths.briefing(lang.other(), a.id()),
                ctx.title(a, lang), description);
        view.put("meta", meta(a, lang));
        return view;
    }

    private ContentFile arabic(Analysis a) {
        Lang lang = Lang.AR;
        Article article = a.article();
        String description = a.summary().sentences().isEmpty() ? a.title() : Text.asProse(a.summary().shown().get(0));
        Map<String, Object> view = view(a, lang, description);
        if (article.titleDerived()) view.put("title_note", ctx.ui(lang, "headline_derived"));

        Html body = new Html();
        Edition edition = ctx.corpus.edition(a.id());
        if (edition.summaryAr().isPresent()) {
            summary(body, lang, edition.summaryAr().get().text(), ctx.origin(edition.summaryAr().get(), lang));
        } else if (!a.summary().sentences().isEmpty()) {
            summary(body, lang, String.join(" ", a.summary().shown().stream().map(Text::asProse).toList()), null);
        }
        if (!a.keyPoints().isEmpty()) {
            body.heading(2, "key-points", ctx.ui(lang, "key_points"));
            StringBuilder list = new StringBuilder("<ul class=\"key-points\">\n");
            for (KeyPoint point : a.keyPoints()) {
                list.append("<li>").append(Markdown.html(Text.withoutListMark(point.text()))).append(' ')
                        .append(sourceLink(lang, a.id(), point.paragraph())).append("</li>\n");
            }
            body.raw(list.append("</ul>").toString());
        }
        body.heading(2, "article-text", ctx.ui(lang, "article_text"));
        for (int b = 0; b < article.body().size(); b++) {
            Block block = article.body().get(b);
            int rows = listRows(article.body(), b);
            if (rows > 0) {
                body.raw(list(article.body(), b, rows));
                b += rows - 1;
                continue;
            }
            switch (block.kind()) {
                case PARAGRAPH -> body.paragraph(anchor(b), block.text());
                case SUBHEADING -> body.heading(3, anchor(b), block.text());
                case EMBEDDED_POST -> body.raw("<figure class=\"embedded-post\" id=\"" + anchor(b) + "\"><blockquote><p>"
                        + Markdown.html(block.text()) + "</p></blockquote><figcaption><bdi>"
                        + Markdown.html(block.attribution().orElse("")) + "</bdi></figcaption></figure>");
            }
        }
        facts(a, lang, body);
        edition.sourceUrl().ifPresent(url -> body.raw("<p>" + Html.link(url, ctx.ui(lang, "original_source")) + "</p>"));
        return new ContentFile(SitePaths.briefing(lang, a.id()).contentFile(), header(a, lang), view, body.toString());
    }

    /**
     * How many paragraphs from {@code first} on are the rows of one list: two or more in a row, each opening with a
     * bullet, or each with the number after the one before (1- … 2- … 3- …); 0 when they are not a list.
     */
    static int listRows(List<Block> blocks, int first) {
        Text.ListRow start = row(blocks, first);
        if (start == null) return 0;
        int rows = 1;
        for (Text.ListRow next = row(blocks, first + 1); next != null; next = row(blocks, first + rows)) {
            boolean continues = start.number() == null ? next.number() == null : next.number() != null && next.number() == start.number() + rows;
            if (!continues) break;
            rows++;
        }
        return rows >= 2 ? rows : 0;
    }

    private static Text.ListRow row(List<Block> blocks, int b) {
        return b < blocks.size() && blocks.get(b).kind() == Block.Kind.PARAGRAPH ? Text.listRow(blocks.get(b).text()) : null;
    }

    /** The rows as a Markdown list, numbered from the article's first number, each row keeping its paragraph's anchor. */
    private static String list(List<Block> blocks, int first, int rows) {
        StringBuilder list = new StringBuilder();
        Integer number = row(blocks, first).number();
        for (int r = 0; r < rows; r++) {
            list.append(number == null ? "-" : (number + r) + ".").append(" <span id=\"").append(anchor(first + r)).append("\"></span>")
                    .append(Markdown.escape(row(blocks, first + r).text())).append('\n');
        }
        return list.toString();
    }

    private void summary(Html body, Lang lang, String text, String origin) {
        body.raw("<section class=\"summary\" aria-labelledby=\"summary\">");
        body.heading(2, "summary", ctx.ui(lang, "summary"));
        body.paragraph(null, text);
        if (origin != null) body.raw("<p class=\"origin\">" + Markdown.html(origin) + "</p>");
        body.raw("</section>");
    }

    private ContentFile english(Analysis a) {
        Lang lang = Lang.EN;
        Edition edition = ctx.corpus.edition(a.id());
        String description = edition.summaryEn().map(Edition.Wording::text).orElse(ctx.ui(lang, "english_pending"));
        Map<String, Object> view = view(a, lang, description);
        edition.titleEn().ifPresent(t -> view.put("title_note", ctx.origin(t, lang)));
        Html body = new Html();
        if (edition.summaryEn().isPresent()) {
            summary(body, lang, edition.summaryEn().get().text(), ctx.origin(edition.summaryEn().get(), lang));
        } else {
            body.raw("<p class=\"notice\">" + Markdown.html(ctx.ui(lang, "english_pending")) + "</p>");
        }
        body.heading(2, "original-headline", ctx.ui(lang, "original_headline"));
        body.raw("<p>" + Html.foreign(a.article().title(), Lang.AR, "span") + "</p>");
        SitePath self = SitePaths.briefing(lang, a.id());
        body.raw("<p>" + "<a href=\"" + Markdown.html(self.linkTo(SitePaths.briefing(Lang.AR, a.id())))
                + "\" hreflang=\"ar\">" + Markdown.html(ctx.ui(lang, "read_arabic")) + "</a></p>");
        edition.sourceUrl().ifPresent(url -> body.raw("<p>" + Html.link(url, ctx.ui(lang, "original_source")) + "</p>"));
        facts(a, lang, body);
        return new ContentFile(self.contentFile(), header(a, lang), view, body.toString());
    }

    /** Figures, quotes, dates, topics and related briefings: the same facts on both pages, each in the page's language. */
    private void facts(Analysis a, Lang lang, Html body) {
        entities(a, lang, body);
        figures(a, lang, body);
        quotes(a, lang, body);
        List<DateFound> resolved = a.dates().stream().filter(d -> d.mention().resolved()).toList();
        if (!resolved.isEmpty()) {
            body.heading(2, "dates", ctx.ui(lang, "dates_found"));
            body.raw(dateList(resolved, a, lang));
        }
        if (!a.topics().isEmpty()) {
            body.heading(2, "topics", ctx.ui(lang, "topics"));
            StringBuilder list = new StringBuilder("<ul class=\"topic-list\">\n");
            SitePath self = SitePaths.briefing(lang, a.id());
            for (TopicRef ref : a.topics()) {
                list.append("<li>").append(Html.link(self.linkTo(SitePaths.topic(lang, ref.topicId())),
                        ctx.topicName(ctx.topic(ref.topicId()), lang))).append("</li>\n");
            }
            body.raw(list.append("</ul>").toString());
        }
        List<Related.Match> related = ctx.corpus.related().getOrDefault(a.id(), List.of());
        if (!related.isEmpty()) {
            // Left out of site search: the titles and reasons here are other briefings' words, and a search
            // should find a briefing for its own. It also keeps a briefing's search entry unchanged when only
            // its related briefings change, so the search index is made again for fewer pages.
            body.unsearchedHeading(2, "related", ctx.ui(lang, "related"));
            StringBuilder list = new StringBuilder("<ul class=\"related-list\" data-pagefind-ignore>\n");
            SitePath self = SitePaths.briefing(lang, a.id());
            for (Related.Match match : related) {
                Analysis other = ctx.article(match.articleId());
                // The reason a reader sees: the shared people, organisations and places, then the shared topics.
                List<String> reasons = new ArrayList<>();
                match.sharedEntities().stream().flatMap(id -> ctx.entity(id).stream())
                        .limit(MAX_REASON_ENTITIES).forEach(e -> reasons.add(ctx.entityName(e, lang)));
                match.sharedTopics().forEach(t -> reasons.add(ctx.topicName(ctx.topic(t), lang)));
                list.append("<li>").append(Html.link(self.linkTo(SitePaths.briefing(lang, other.id())), ctx.title(other, lang)))
                        .append(" <span class=\"reason\">").append(Markdown.html(ctx.ui(lang, "also_about")))
                        .append(' ').append(Markdown.html(String.join(lang == Lang.AR ? "، " : ", ", reasons)))
                        .append("</span></li>\n");
            }
            body.raw(list.append("</ul>").toString());
        }
    }

    /** The people, organisations and places the article names, by type, with the roles it gives them. */
    private void entities(Analysis a, Lang lang, Html body) {
        List<EntityFound> shown = a.entities().stream()
                .filter(e -> EntityPages.WITH_PAGES.contains(e.ref().type())).toList();
        if (shown.isEmpty()) return;
        SitePath self = SitePaths.briefing(lang, a.id());
        body.heading(2, "entities", ctx.ui(lang, "in_this_briefing"));
        for (EntityType type : EntityPages.WITH_PAGES) {
            List<EntityFound> ofType = shown.stream().filter(e -> e.ref().type() == type).toList();
            if (ofType.isEmpty()) continue;
            body.raw("<h3 id=\"entities-" + EntityPages.typeKey(type) + "\">" + Markdown.html(ctx.ui(lang, EntityPages.typeKey(type))) + "</h3>");
            StringBuilder list = new StringBuilder("<ul class=\"entity-list\">\n");
            for (EntityFound e : ofType) {
                java.util.Optional<CorpusEntity> entity = ctx.entity(e.id());
                if (entity.isEmpty()) continue;
                list.append("<li>").append(ctx.entityLink(self, entity.get(), lang));
                List<String> roles = lang == Lang.AR ? e.ref().rolesAr() : e.ref().rolesEn();
                if (!roles.isEmpty()) {
                    list.append(" <span class=\"role\">").append(Markdown.html(String.join(lang == Lang.AR ? "، " : "; ", roles))).append("</span>");
                }
                list.append("</li>\n");
            }
            body.raw(list.append("</ul>").toString());
        }
    }

    /**
     * The entity a quote's speaker names, when the article mentions one whose name or mention matches it; else the
     * person whose name of two words or more ends the speaker's words, after the body or place of the role (الرئيس
     * التنفيذي لتوتال إنرجيز باتريك بويانيه is Patrick Pouyanné), but not after باسم (the one spoken for is not the speaker);
     * else, for a family name alone, the person named with it last before the quote ({@link #byFamilyName}); else, for a
     * full name, the person the article names by its last word alone ({@link #byLastWord}); else, for the head of a body
     * alone, the body of that kind named last before the quote ({@link #byHead}); else a place the article
     * names, speaking for its government. A name the article wrote with a title before it (مار إغناطيوس …) is that person
     * ({@link #byTitledName}).
     */
    private java.util.Optional<CorpusEntity> speaker(Analysis a, String speaker, Quote first) {
        return named(a, speaker, EntityType.PERSON, EntityType.ORGANISATION)
                .or(() -> withoutOrigin(speaker).flatMap(body -> named(a, body, EntityType.ORGANISATION)))
                .or(() -> withoutPlace(a, speaker).flatMap(body -> named(a, body, EntityType.ORGANISATION)))
                .or(() -> endingWithAPerson(a, speaker))
                .or(() -> byHead(a.entities(), blockTexts(a), speaker, first.paragraph(), first.start()).flatMap(ctx::entity))
                .or(() -> byFamilyName(a.entities(), speaker, first.paragraph(), first.start()).flatMap(ctx::entity))
                .or(() -> byRole(a.entities(), blockTexts(a), speaker).flatMap(ctx::entity))
                .or(() -> byTitledName(a.entities(), speaker).flatMap(ctx::entity))
                // الديوان الملكي الهاشمي is a body, not a person whose family name is its last word
                .or(() -> bodyHead(speaker) ? java.util.Optional.empty() : byLastWord(a.entities(), speaker).flatMap(ctx::entity))
                // a capital or a country speaks for its government (الذي تصفه بكين بأنه "انفصالي خطير")
                .or(() -> named(a, speaker, EntityType.PLACE));
    }

    /**
     * The id of the person a family name alone names (قال الشرع إن "…"): of the people named in two words or more
     * ending with it (أحمد الشرع; with or without the article: عباسي is ثابت العباسي), the one named last before
     * block {@code block}, offset {@code start}. Empty when none was named before it.
     */
    static java.util.Optional<String> byFamilyName(List<EntityFound> entities, String speaker, int block, int start) {
        String family = withoutArticle(org.nashra.arabic.ArabicText.normaliseForMatching(speaker).strip());
        if (family.length() < 3 || family.indexOf(' ') >= 0) return java.util.Optional.empty();
        return namedLastBefore(entities, EntityType.PERSON, name -> {
            int space = name.lastIndexOf(' ');
            return space >= 0 && withoutArticle(name.substring(space + 1)).equals(family);
        }, block, start);
    }

    /**
     * The id of the one person holding the role a speaker's words are alone (وكتب ولي العهد: "…"): a role written
     * before one of their mentions (the editors' role, ولي العهد, or it with an adjective of origin, ولي العهد
     * السعودي), or in apposition after one (الأمير الحسين بن عبدالله الثاني، ولي العهد،); a role naming its body
     * (رئيس الهيئة) is also the longer name of that body cut short (رئيس الهيئة العامة للمنطقة الاقتصادية). Empty when no person or
     * more than one holds it: a role shared is no name. {@code blocks} are the texts of the article's blocks.
     */
    static java.util.Optional<String> byRole(List<EntityFound> entities, List<String> blocks, String speaker) {
        String role = org.nashra.arabic.ArabicText.normaliseForMatching(speaker).strip();
        if (role.isEmpty()) return java.util.Optional.empty();
        // the role ends at a comma, a full stop or the block's end, not inside a longer phrase (ولي العهد السعودي);
        // a role and the head of its body (رئيس الهيئة) is the body's longer name cut short
        // (وليد جمال الدين، رئيس الهيئة العامة للمنطقة الاقتصادية لقناة السويس،)
        String[] roleWords = role.split("\\s+");
        boolean ofABody = roleWords.length == 2 && bodyHead(roleWords[1]);
        java.util.regex.Pattern inApposition = java.util.regex.Pattern.compile(
                "\\s*[،,]\\s*" + java.util.regex.Pattern.quote(role) + (ofABody ? "(\\s*[،,.؛]|\\s*$|\\s+[^\\s،,.؛]+)" : "(\\s*[،,.؛]|\\s*$)"));
        java.util.Set<String> holders = new java.util.LinkedHashSet<>();
        for (EntityFound e : entities) {
            if (e.ref().type() != EntityType.PERSON) continue;
            boolean before = e.ref().rolesAr().stream()
                    .map(r -> org.nashra.arabic.ArabicText.normaliseForMatching(r).strip())
                    .anyMatch(r -> r.equals(role) || isRoleOfOrigin(r, role) || isRoleAtAPost(r, role) || (ofABody && r.startsWith(role + " ")));
            boolean after = false;
            for (org.nashra.core.Span s : e.spans()) {
                if (s.headline() || s.block() >= blocks.size()) continue;
                String rest = org.nashra.arabic.ArabicText.normaliseForMatching(blocks.get(s.block()).substring(s.end()));
                if (inApposition.matcher(rest).lookingAt()) after = true;
            }
            if (before || after) holders.add(e.id());
        }
        return holders.size() == 1 ? java.util.Optional.of(holders.iterator().next()) : java.util.Optional.empty();
    }

    /** لدى and في, which tie a role to where it is held (السفير الألماني لدى دولة قطر), in matching form. */
    private static final List<String> POSTED_AT = List.of(org.nashra.arabic.ArabicText.normaliseForMatching("لدى"),
            org.nashra.arabic.ArabicText.normaliseForMatching("في"));

    /**
     * Whether a role written is {@code role}, ending with an adjective of origin, then where it is held: the German
     * ambassador (السفير الألماني) is the one written السفير الألماني لدى دولة قطر; a role without its country
     * (السفير) names no one by it.
     */
    private static boolean isRoleAtAPost(String written, String role) {
        int space = role.lastIndexOf(' ');
        if (space < 0 || !isRoleOfOrigin(role, role.substring(0, space))) return false;
        return POSTED_AT.stream().anyMatch(at -> written.startsWith(role + " " + at + " "));
    }

    /** Whether a role written is {@code role} followed by one adjective of origin (ولي العهد السعودي). */
    private static boolean isRoleOfOrigin(String written, String role) {
        if (!written.startsWith(role + " ")) return false;
        String adjective = written.substring(role.length() + 1);
        return adjective.indexOf(' ') < 0 && adjective.startsWith("ال") && (adjective.endsWith("ي") || adjective.endsWith("يه") || adjective.endsWith("ية"));
    }

    private static List<String> blockTexts(Analysis a) {
        return a.article().body().stream().map(b -> b.text()).toList();
    }

    /**
     * The id of the organisation a body's head alone names (وجاء في بيان نشره النادي → نادي مولودية الجزائر): of the
     * organisations named with a mention opening with that head, or written right after it (بيان لشركة أرامكو,
     * the name أرامكو: {@code blocks} are the texts of the article's blocks), the one named last before block
     * {@code block}, offset {@code start}. Empty for a speaker of more than one word, or when none was named before it.
     */
    static java.util.Optional<String> byHead(List<EntityFound> entities, List<String> blocks, String speaker, int block, int start) {
        String head = org.nashra.arabic.ArabicText.normaliseForMatching(speaker).strip();
        if (!head.startsWith("ال") || head.indexOf(' ') >= 0) return java.util.Optional.empty();
        String bare = head.substring(2);
        // named without the article (مصرف الإمارات المركزي) or with it (المصرف المركزي)
        java.util.function.BiPredicate<String, org.nashra.core.Span> opensWithHead = (name, span) ->
                name.startsWith(bare + " ") || name.startsWith(head + " ")
                        || bodyHead(bare) && bare.equals(wordBefore(blocks, span));
        return namedLastBefore(entities, EntityType.ORGANISATION, opensWithHead, block, start);
    }

    /**
     * The word written right before a span, folded, without a preposition or conjunction glued to it (لمجمع → مجمع,
     * وشركة → شركة); empty at a block's start or outside the blocks (the headline).
     */
    private static String wordBefore(List<String> blocks, org.nashra.core.Span span) {
        if (span.block() < 0 || span.block() >= blocks.size() || span.start() > blocks.get(span.block()).length()) return "";
        String before = blocks.get(span.block()).substring(0, span.start()).stripTrailing();
        int space = before.lastIndexOf(' ');
        String word = org.nashra.arabic.ArabicText.normaliseForMatching(before.substring(space + 1));
        return word.length() > 3 && "\u0644\u0628\u0648\u0641\u0643".indexOf(word.charAt(0)) >= 0 && bodyHead(word.substring(1))
                ? word.substring(1) : word;
    }

    /** The id of the entity of this type named last before block {@code block}, offset {@code start}, by a mention the test takes (folded). */
    private static java.util.Optional<String> namedLastBefore(List<EntityFound> entities, EntityType type,
                                                              java.util.function.Predicate<String> mentionNames, int block, int start) {
        return namedLastBefore(entities, type, (name, span) -> mentionNames.test(name), block, start);
    }

    /** As above, the test also told where the mention stands. */
    private static java.util.Optional<String> namedLastBefore(List<EntityFound> entities, EntityType type,
                                                              java.util.function.BiPredicate<String, org.nashra.core.Span> mentionNames,
                                                              int block, int start) {
        String found = null;
        org.nashra.core.Span last = null;
        for (EntityFound e : entities) {
            if (e.ref().type() != type) continue;
            for (int m = 0; m < e.ref().mentions().size() && m < e.spans().size(); m++) {
                String name = org.nashra.arabic.ArabicText.normaliseForMatching(e.ref().mentions().get(m).surface()).strip();
                org.nashra.core.Span span = e.spans().get(m);
                if (!mentionNames.test(name, span)) continue;
                boolean before = span.block() < block || (span.block() == block && span.end() <= start);
                boolean later = last == null || span.block() > last.block() || (span.block() == last.block() && span.start() > last.start());
                if (before && later) {
                    found = e.id();
                    last = span;
                }
            }
        }
        return java.util.Optional.ofNullable(found);
    }

    private static String withoutArticle(String word) {
        return word.startsWith("ال") && word.length() > 4 ? word.substring(2) : word;
    }

    /**
     * Those who speak together (بيان صادر عن السعودية وإيران والصين): the article's entities that the speaker's words
     * name one by one, joined by و; empty unless every part is one.
     */
    private List<CorpusEntity> jointSpeakers(Analysis a, String speaker) {
        List<String> parts = jointParts(speaker);
        if (parts.size() < 2) return List.of();
        List<CorpusEntity> joint = new ArrayList<>();
        for (String p : parts) {
            java.util.Optional<CorpusEntity> one = named(a, p, EntityType.PLACE, EntityType.ORGANISATION, EntityType.PERSON);
            if (one.isEmpty()) return List.of();
            joint.add(one.get());
        }
        return joint;
    }

    /** The words of a speaker split where و joins another to them (السعودية وإيران والصين → السعودية، إيران، الصين). */
    static List<String> jointParts(String speaker) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String word : speaker.strip().split("\\s+")) {
            if (word.length() > 2 && word.charAt(0) == '\u0648' && part.length() > 0) {
                parts.add(part.toString());
                part.setLength(0);
                word = word.substring(1);
            }
            part.append(part.length() > 0 ? " " : "").append(word);
        }
        parts.add(part.toString());
        return List.copyOf(parts);
    }

    /** Links to those who speak together, as the page's language lists them ("A, B and C"). */
    private String jointLinks(Analysis a, Lang lang, List<CorpusEntity> joint) {
        SitePath self = SitePaths.briefing(lang, a.id());
        String links = ctx.entityLink(self, joint.get(0), lang);
        for (int i = 1; i < joint.size(); i++) {
            String key = i == joint.size() - 1 ? "briefing_subject_pair" : "list_more";
            links = ctx.ui(lang, key).replace("{first}", links).replace("{second}", ctx.entityLink(self, joint.get(i), lang));
        }
        return links;
    }

    /**
     * The id of the person the article names by a family name alone whose full name the speaker's words are (ريشي
     * سوناك when only سوناك was found as a person): the last of two or three words, when it is a person's name or
     * mention there. Empty otherwise.
     */
    /**
     * The id of the person whose name the article wrote with one word more before the speaker's (مار إغناطيوس يوسف
     * الثالث يونان for the speaker إغناطيوس يوسف الثالث يونان: a title the recogniser kept in the name), the speaker's name
     * being two words or more. Empty otherwise.
     */
    static java.util.Optional<String> byTitledName(List<EntityFound> entities, String speaker) {
        String name = org.nashra.arabic.ArabicText.normaliseForMatching(speaker).strip();
        if (name.indexOf(' ') < 0) return java.util.Optional.empty();
        java.util.function.Predicate<String> titled = written -> {
            String w = org.nashra.arabic.ArabicText.normaliseForMatching(written).strip();
            return w.endsWith(" " + name) && w.indexOf(' ') == w.length() - name.length() - 1;
        };
        for (EntityFound e : entities) {
            if (e.ref().type() != EntityType.PERSON) continue;
            if (titled.test(e.ref().nameAr()) || e.ref().mentions().stream().anyMatch(m -> titled.test(m.surface()))) {
                return java.util.Optional.of(e.id());
            }
        }
        return java.util.Optional.empty();
    }

    static java.util.Optional<String> byLastWord(List<EntityFound> entities, String speaker) {
        String[] words = org.nashra.arabic.ArabicText.normaliseForMatching(speaker).strip().split("\\s+");
        if (words.length < 2 || words.length > 3) return java.util.Optional.empty();
        String last = words[words.length - 1];
        for (EntityFound e : entities) {
            if (e.ref().type() != EntityType.PERSON) continue;
            boolean same = org.nashra.arabic.ArabicText.normaliseForMatching(e.ref().nameAr()).strip().equals(last)
                    || e.ref().mentions().stream().anyMatch(m -> org.nashra.arabic.ArabicText.normaliseForMatching(m.surface()).strip().equals(last));
            if (same) return java.util.Optional.of(e.id());
        }
        return java.util.Optional.empty();
    }

    private java.util.Optional<CorpusEntity> endingWithAPerson(Analysis a, String speaker) {
        String words = org.nashra.arabic.ArabicText.normaliseForMatching(speaker);
        for (EntityFound e : a.entities()) {
            if (e.ref().type() != EntityType.PERSON) continue;
            for (var m : e.ref().mentions()) {
                String name = org.nashra.arabic.ArabicText.normaliseForMatching(m.surface());
                if (name.indexOf(' ') < 0 || !words.endsWith(" " + name)) continue;
                String before = words.substring(0, words.length() - name.length()).strip();
                String lastBefore = before.substring(before.lastIndexOf(' ') + 1);
                if (!lastBefore.equals(org.nashra.arabic.ArabicText.normaliseForMatching("باسم"))) return ctx.entity(e.id());
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * A figure's place on the English page: the place's English name, or two joined by و (العراق وسوريا: Iraq and
     * Syria), else as the article writes it.
     */
    private String placeInEnglish(Analysis a, Lang lang, String place) {
        java.util.Optional<CorpusEntity> known = named(a, place, EntityType.PLACE);
        if (known.isPresent()) return "<bdi>" + Markdown.html(known.get().nameEn()) + "</bdi>";
        int and = place.lastIndexOf(" \u0648");
        if (and > 0) {
            java.util.Optional<CorpusEntity> first = named(a, place.substring(0, and), EntityType.PLACE);
            java.util.Optional<CorpusEntity> second = named(a, place.substring(and + 2), EntityType.PLACE);
            if (first.isPresent() && second.isPresent()) {
                return Markdown.html(ctx.ui(lang, "briefing_subject_pair"))
                        .replace("{first}", "<bdi>" + Markdown.html(first.get().nameEn()) + "</bdi>")
                        .replace("{second}", "<bdi>" + Markdown.html(second.get().nameEn()) + "</bdi>");
            }
        }
        return Html.foreign(place, Lang.AR, "bdi");
    }

    /** The article's entity of one of the given types whose name, or one of whose mentions, is this text. */
    private java.util.Optional<CorpusEntity> named(Analysis a, String text, EntityType... types) {
        String wanted = org.nashra.arabic.ArabicText.normaliseForMatching(text);
        List<EntityType> wantedTypes = List.of(types);
        for (EntityFound e : a.entities()) {
            if (!wantedTypes.contains(e.ref().type())) continue;
            boolean same = org.nashra.arabic.ArabicText.normaliseForMatching(e.ref().nameAr()).equals(wanted)
                    || e.ref().mentions().stream().anyMatch(m -> org.nashra.arabic.ArabicText.normaliseForMatching(m.surface()).equals(wanted));
            if (same) return ctx.entity(e.id());
        }
        return java.util.Optional.empty();
    }

    private void figures(Analysis a, Lang lang, Html body) {
        if (a.figures().isEmpty()) return;
        // the senses of a word go by the story's topics and the places it is about
        java.util.Set<String> topics = java.util.stream.Stream.concat(
                a.topics().stream().map(org.nashra.extract.topics.TopicRef::topicId),
                a.entities().stream().filter(e -> e.ref().type() == EntityType.PLACE).map(EntityFound::id))
                .collect(java.util.stream.Collectors.toSet());
        List<String> blocks = a.article().body().stream().map(Block::text).toList();
        // one plan for both pages, so that they list the same facts: each once, a row's figures under its label
        List<FigureEntries.Entry> entries = FigureEntries.of(a.figures(), blocks, new FigureEntries.English() {
            @Override
            public java.util.Optional<String> figure(FigureFound f) {
                return ctx.glossary.figure(f.figure(), topics, f.excerpt()).map(Markdown::html);
            }

            @Override
            public java.util.Optional<String> core(FigureFound f) {
                org.nashra.extract.figures.Figure g = f.figure();
                org.nashra.extract.figures.Figure alone = new org.nashra.extract.figures.Figure(g.surface(), g.start(), g.end(), g.low(), g.high(),
                        g.approximate(), g.counted(), java.util.Optional.empty(), java.util.Optional.empty(), g.prisonTerm(), g.scores());
                return ctx.glossary.figure(alone, topics, f.excerpt()).map(Markdown::html);
            }

            @Override
            public java.util.Optional<String> place(FigureFound f) {
                return f.figure().place().map(place -> " " + Markdown.html(ctx.ui(Lang.EN, "figure_in")) + " " + placeInEnglish(a, Lang.EN, place));
            }

            @Override
            public java.util.Optional<String> number(FigureFound f) {
                // Without English for what it counts, the number alone: the Arabic sentence beside it says what
                // it counts, and no Arabic word stands inside the English (875,027 حاجة: 875,027). A quantity
                // with no number in it (عشرات ...) has nothing to give and is left out.
                return ctx.glossary.number(f.figure()).map(Markdown::html);
            }

            @Override
            public java.util.Optional<String> label(int block, int start, int end) {
                return labelInEnglish(a, block, start, end);
            }
        });
        StringBuilder list = new StringBuilder("<ul class=\"fact-list figures\">\n");
        int lines = 0;
        for (FigureEntries.Entry entry : entries) {
            if (lang == Lang.EN && entry.english().isEmpty()) continue;
            lines++;
            list.append("<li>");
            if (lang == Lang.AR) {
                list.append("<strong>").append(Markdown.html(entry.surface(blocks))).append("</strong> — ")
                        .append(Markdown.html(entry.figure().excerpt()));
            } else {
                entry.label().ifPresent(label -> list.append(label).append(": "));
                list.append("<strong>").append(entry.english()).append("</strong>").append(entry.place());
                list.append(" — ").append(Html.foreign(entry.figure().excerpt(), Lang.AR, "span"));
            }
            list.append(' ').append(sourceLink(lang, a.id(), entry.block())).append("</li>\n");
        }
        if (lines == 0) return;
        body.heading(2, "figures", ctx.ui(lang, "key_figures"));
        body.raw(list.append("</ul>").toString());
    }

    /**
     * The English of the names a list's row is labelled with (- محافظة بيروت: …), those of the people, bodies and
     * places the article names within the label, in order, joined by a dash (بعلبك - الهرمل: Baalbek – Hermel), when
     * they are the whole label but for one word before them, the kind of place or body (محافظة); else empty: of
     * محافظة جبل لبنان, a name found in لبنان alone is not what the row is of.
     */
    private java.util.Optional<String> labelInEnglish(Analysis a, int block, int start, int end) {
        java.util.TreeMap<Integer, org.nashra.core.Span> spans = new java.util.TreeMap<>();
        java.util.TreeMap<Integer, String> names = new java.util.TreeMap<>();
        for (EntityFound e : a.entities()) {
            if (e.ref().type() != EntityType.PERSON && e.ref().type() != EntityType.ORGANISATION && e.ref().type() != EntityType.PLACE) continue;
            for (org.nashra.core.Span span : e.spans()) {
                if (span.block() != block || span.start() < start || span.end() > end) continue;
                java.util.Optional<CorpusEntity> entity = ctx.entity(e.id());
                if (entity.isEmpty()) continue;
                spans.put(span.start(), span);
                names.put(span.start(), entity.get().nameEn());
            }
        }
        if (spans.isEmpty()) return java.util.Optional.empty();
        String text = a.article().body().get(block).text();
        int at = start;
        for (org.nashra.core.Span span : spans.values()) {
            String between = text.substring(at, span.start()).strip();
            // before the first name one word at most, the kind of place or body; between names a dash, a comma or و
            boolean fits = at == start ? between.split("\\s+").length <= 1 : between.matches("[-\u2013\u2014\u060C,\u0648]?");
            if (span.start() < at || !fits) return java.util.Optional.empty();
            at = span.end();
        }
        if (!text.substring(at, end).isBlank()) return java.util.Optional.empty();
        return java.util.Optional.of(String.join(" \u2013 ", names.values().stream().distinct().map(name -> "<bdi>" + Markdown.html(name) + "</bdi>").toList()));
    }

    /**
     * One entry for each date as the page writes it, in order of first mention: an article that names the same
     * day four times, in words that differ or not, lists it once, with each wording (on pages in other languages)
     * and a link to each paragraph that names it.
     */
    private String dateList(List<DateFound> resolved, Analysis a, Lang lang) {
        Map<String, List<DateFound>> byDate = new LinkedHashMap<>();
        for (DateFound d : resolved) {
            byDate.computeIfAbsent(ctx.date(d.mention().value().get(), lang, a.monthNaming()), k -> new ArrayList<>()).add(d);
        }
        StringBuilder list = new StringBuilder("<ul class=\"fact-list\">\n");
        byDate.forEach((date, mentions) -> {
            list.append("<li><strong>").append(Markdown.html(date)).append("</strong> ");
            if (lang != Lang.AR) {
                // the Arabic as written, unless it says no more than the date shown (a year: 2023)
                List<String> surfaces = mentions.stream().map(d -> d.mention().surface().strip()).distinct()
                        .filter(surface -> !surface.equals(date.strip())).toList();
                if (!surfaces.isEmpty()) {
                    list.append(String.join(" · ", surfaces.stream().map(surface -> Html.foreign(surface, Lang.AR, "span")).toList())).append(' ');
                }
            }
            list.append(sourceLinks(lang, a.id(), mentions.stream().map(DateFound::block).distinct().toList())).append("</li>\n");
        });
        return list.append("</ul>").toString();
    }

    /** Quotes grouped by speaker, in order of first appearance; unattributed ones last, never guessed. */
    private void quotes(Analysis a, Lang lang, Html body) {
        if (a.quotes().isEmpty()) return;
        java.util.Map<String, List<Quote>> bySpeaker = new java.util.LinkedHashMap<>();
        List<Quote> unattributed = new ArrayList<>();
        Map<String, String> bodiesInEnglish = new java.util.HashMap<>();
        for (Quote q : a.quotes()) {
            java.util.Optional<String> asBody = lang == Lang.AR || q.speaker().isEmpty() ? null
                    : bodyWithoutEntity(a, q.speaker().get(), q);
            if (asBody != null && asBody.isEmpty() && DESCRIPTIONS.english(q.speaker().get()).isPresent()) {
                // الداخلية السورية: a body English names by its common noun, not by its words one by one
                bodiesInEnglish.put(q.speaker().get(), DESCRIPTIONS.english(q.speaker().get()).get());
                bySpeaker.computeIfAbsent(q.speaker().get(), k -> new ArrayList<>()).add(q);
            } else if (asBody != null && asBody.isEmpty()) {
                unattributed.add(q); // an organisation English cannot name is no heading in Arabic on an English page
            } else if (q.speaker().isPresent()) {
                if (asBody != null) bodiesInEnglish.put(q.speaker().get(), asBody.get());
                bySpeaker.computeIfAbsent(q.speaker().get(), k -> new ArrayList<>()).add(q);
            } else {
                unattributed.add(q);
            }
        }
        body.heading(2, "quotes", ctx.ui(lang, "quotes"));
        if (lang != Lang.AR) body.raw("<p class=\"note\">" + Markdown.html(ctx.ui(lang, "quotes_untranslated")) + "</p>");
        int n = 0;
        for (var group : bySpeaker.entrySet()) {
            java.util.Optional<CorpusEntity> who = speaker(a, group.getKey(), group.getValue().get(0));
            List<CorpusEntity> joint = who.isPresent() ? List.of() : jointSpeakers(a, group.getKey());
            // a speaker that is a role alone, with English for all of it (السفير الألماني): the role names them
            String role = lang == Lang.AR ? null : a.speakerRolesEn().get(group.getKey());
            // a speaker described, not named (النيابة العامة، إحدى الأمهات، مصدر أمني): the description in English
            String described = lang == Lang.AR || role != null ? null : DESCRIPTIONS.english(group.getKey()).orElse(null);
            if (lang != Lang.AR && who.isEmpty() && joint.isEmpty() && !bodiesInEnglish.containsKey(group.getKey())
                    && role == null && described == null && !writtenInLatin(group.getKey())) {
                unattributed.addAll(group.getValue()); // a speaker English cannot name (متعامل) is no heading in Arabic
                continue;
            }
            n++;
            String name = who.isPresent() ? ctx.entityLink(SitePaths.briefing(lang, a.id()), who.get(), lang)
                    : !joint.isEmpty() ? jointLinks(a, lang, joint)
                    : bodiesInEnglish.containsKey(group.getKey()) ? Markdown.html(bodiesInEnglish.get(group.getKey()))
                    : role != null ? Markdown.html(roleHeading(role))
                    : described != null ? Markdown.html(described)
                    : Markdown.html(group.getKey());
            body.raw("<h3 id=\"speaker-" + n + "\">" + name + "</h3>");
            body.raw(quoteList(a, lang, group.getValue()));
        }
        if (!unattributed.isEmpty()) {
            unattributed.sort(java.util.Comparator.comparingInt(Quote::paragraph).thenComparingInt(Quote::start));
            body.heading(3, "speaker-unknown", ctx.ui(lang, "quotes_unattributed"));
            body.raw(quoteList(a, lang, unattributed));
        }
    }

    private static final org.nashra.translate.names.OrganisationNames ORGANISATIONS = org.nashra.translate.names.OrganisationNames.load();
    private static final org.nashra.translate.names.SpeakerDescriptions DESCRIPTIONS = org.nashra.translate.names.SpeakerDescriptions.shipped();

    /**
     * A role heading the quotes of the one who holds it: the one holder the article means (German Ambassador → The
     * German Ambassador; director of the Civil Defence in Karak → The director of the Civil Defence in Karak).
     */
    static String roleHeading(String role) {
        return "The " + (role.startsWith("the ") ? role.substring(4) : role);
    }

    /**
     * An organisation speaker without the adjective of origin that ends it (وزارة الموارد المائية والري المصرية →
     * وزارة الموارد المائية والري), the name the article's entity may be found by; empty for one of two words or fewer.
     */
    static java.util.Optional<String> withoutOrigin(String speaker) {
        String[] words = speaker.strip().split("\\s+");
        String last = org.nashra.arabic.ArabicText.normaliseForMatching(words[words.length - 1]);
        if (words.length < 3 || !bodyHead(speaker) || !last.startsWith("ال") || !(last.endsWith("يه") || last.endsWith("ية") || last.endsWith("ي"))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(String.join(" ", java.util.Arrays.copyOf(words, words.length - 1)));
    }

    /**
     * An organisation speaker without the place after في that ends it, when the article names that place
     * (المؤسسة الوطنية للنفط في ليبيا → المؤسسة الوطنية للنفط), the name the article's entity may be found by.
     */
    private java.util.Optional<String> withoutPlace(Analysis a, String speaker) {
        int in = speaker.lastIndexOf(" \u0641\u064A ");
        if (in <= 0 || !bodyHead(speaker) || named(a, speaker.substring(in + 4), EntityType.PLACE).isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(speaker.substring(0, in));
    }

    /** Whether a speaker's first word is the head of an organisation's name (الحكومة، وزارة، النادي). */
    /** A speaker the article writes in Latin letters (قالت شركة Emaar Properties): its own English name. */
    static boolean writtenInLatin(String speaker) {
        return speaker.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN && Character.isLetter(c))
                && speaker.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    static boolean bodyHead(String speaker) {
        String first = speaker.strip().split("\\s+")[0];
        return ORGANISATIONS.isHead(first);
    }

    /**
     * For an organisation speaker that names none of the article's entities, its English from the organisation words
     * (وزارة الزراعة → Ministry of Agriculture), empty when they give none; null for a speaker that is an entity or no
     * organisation.
     */
    private java.util.Optional<String> bodyWithoutEntity(Analysis a, String speaker, Quote first) {
        if (!bodyHead(speaker) || speaker(a, speaker, first).isPresent() || !jointSpeakers(a, speaker).isEmpty()) return null;
        return ORGANISATIONS.english(speaker);
    }

    private String quoteList(Analysis a, Lang lang, List<Quote> quotes) {
        StringBuilder list = new StringBuilder("<ul class=\"quote-list\">\n");
        for (Quote q : quotes) {
            list.append("<li><blockquote lang=\"ar\" dir=\"rtl\"><p>").append(Markdown.html(q.text())).append("</p></blockquote> ")
                    .append(sourceLink(lang, a.id(), q.paragraph())).append("</li>\n");
        }
        return list.append("</ul>").toString();
    }

    /** A link from a fact to the paragraph it was found in, on the Arabic page. */
    private String sourceLink(Lang lang, String id, int block) {
        return "<a class=\"source-link\" href=\"" + Markdown.html(sourceUrl(lang, id, block)) + "\">"
                + Markdown.html(ctx.ui(lang, "in_text")) + "</a>";
    }

    /**
     * A link to the first paragraph as {@link #sourceLink} makes it, then one to each further paragraph numbered
     * from 2, as a note's references are ("in the text 2 3"), each named in full for screen readers.
     */
    private String sourceLinks(Lang lang, String id, List<Integer> blocks) {
        StringBuilder links = new StringBuilder(sourceLink(lang, id, blocks.get(0)));
        String inText = Markdown.html(ctx.ui(lang, "in_text"));
        for (int i = 1; i < blocks.size(); i++) {
            links.append(" <a class=\"source-link\" href=\"").append(Markdown.html(sourceUrl(lang, id, blocks.get(i))))
                    .append("\" aria-label=\"").append(inText).append(' ').append(i + 1).append("\">").append(i + 1).append("</a>");
        }
        return links.toString();
    }

    private static String sourceUrl(Lang lang, String id, int block) {
        return (lang == Lang.AR ? "" : SitePaths.briefing(lang, id).linkTo(SitePaths.briefing(Lang.AR, id))) + "#" + anchor(block);
    }

    private static Map<String, String> header(Analysis a, Lang lang) {
        Map<String, String> header = new LinkedHashMap<>();
        header.put("type", "briefing");
        header.put("status", "published");
        a.article().published().ifPresent(d -> header.put("date", d.toString()));
        header.put("lang", lang.code());
        header.put("translation_key", a.id());
        return header;
    }

    private List<Map<String, Object>> meta(Analysis a, Lang lang) {
        Article article = a.article();
        List<Map<String, Object>> items = new ArrayList<>();
        Map<String, Object> date = new LinkedHashMap<>();
        date.put("label", ctx.ui(lang, "published"));
        date.put("value", ctx.published(a, lang));
        article.published().ifPresent(d -> date.put("datetime", d.toString()));
        items.add(date);
        java.util.Optional<String> outletEnglish = ctx.outletEnglish(a, lang);
        if (outletEnglish.isPresent()) {
            Map<String, Object> outlet = new LinkedHashMap<>();
            outlet.put("label", ctx.ui(lang, "outlet"));
            outlet.put("value", outletEnglish.get());
            items.add(outlet);
        } else {
            items.add(arabicItem(ctx.ui(lang, "outlet"), article.outlet().orElse(null), ctx.ui(lang, "outlet_unknown"), lang));
        }
        if (lang != Lang.AR && a.authorEn().isPresent()) {
            Map<String, Object> author = new LinkedHashMap<>();
            author.put("label", ctx.ui(lang, "author"));
            author.put("value", a.authorEn().get());
            items.add(author);
        } else {
            article.author().ifPresent(author -> items.add(arabicItem(ctx.ui(lang, "author"), author, null, lang)));
        }
        return items;
    }

    /** A meta item whose value is Arabic source text, marked as such on English pages. */
    private static Map<String, Object> arabicItem(String label, String arabic, String fallback, Lang lang) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("label", label);
        if (arabic == null) {
            item.put("value", fallback);
            return item;
        }
        item.put("value", Text.singleLine(arabic));
        if (lang != Lang.AR) {
            item.put("lang", Lang.AR.code());
            item.put("dir", Lang.AR.direction());
        }
        return item;
    }
}
