package org.nashra.analyse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.nashra.arabic.ArabicText;
import org.nashra.arabic.Sentences;
import org.nashra.core.Span;
import org.nashra.extract.EntityType;
import org.nashra.extract.Mention;
import org.nashra.extract.dates.DateFinder;
import org.nashra.extract.entities.EntityRecogniser;
import org.nashra.extract.resolve.EntityRef;
import org.nashra.extract.resolve.EntityResolver;
import org.nashra.extract.dates.DateMention;
import org.nashra.extract.dates.MonthNaming;
import org.nashra.extract.figures.Figure;
import org.nashra.extract.figures.FigureFinder;
import org.nashra.extract.quotes.Quote;
import org.nashra.extract.quotes.QuoteFinder;
import org.nashra.extract.topics.Topic;
import org.nashra.extract.topics.TopicFinder;
import org.nashra.ingest.Article;
import org.nashra.ingest.Block;
import org.nashra.summarise.HeadlineDeriver;
import org.nashra.summarise.KeyPoint;
import org.nashra.summarise.KeyPoints;
import org.nashra.summarise.SentenceRef;
import org.nashra.summarise.Summariser;
import org.nashra.summarise.Summary;
import org.nashra.summarise.TextRankSummariser;

/**
 * Runs every extractor over one article. Pure and thread-safe: articles can be analysed in any
 * order or in parallel, and the same article always gives the same analysis.
 */
public final class Analyser {

    private final Summariser summariser = new TextRankSummariser();
    private final KeyPoints keyPoints = new KeyPoints();
    private final HeadlineDeriver headlines = new HeadlineDeriver();
    private final TopicFinder topics;
    private final EntityRecogniser recogniser;
    private final EntityResolver resolver;

    public Analyser(List<Topic> taxonomy, EntityRecogniser recogniser, EntityResolver resolver) {
        this.topics = new TopicFinder(taxonomy);
        this.recogniser = recogniser;
        this.resolver = resolver;
    }

    public Analysis analyse(Article article) {
        List<String> blocks = article.body().stream().map(Block::text).toList();
        List<SentenceRef> sentences = sentences(article, Block.Kind.PARAGRAPH, Block.Kind.EMBEDDED_POST);
        // The summariser recognises headings itself and must not quote an embedded post as the article's word.
        Summary summary = summariser.summarise(sentences(article, Block.Kind.PARAGRAPH, Block.Kind.SUBHEADING),
                article.titleDerived() ? "" : article.title());
        String title = article.titleDerived()
                ? headlines.derive(summary).orElse(article.title())
                : article.title();

        List<DateFound> dates = new ArrayList<>();
        List<List<DateMention>> datesOfBlocks = DateFinder.findEach(blocks, article.published(), article.removed());
        for (int b = 0; b < blocks.size(); b++) {
            for (DateMention mention : datesOfBlocks.get(b)) {
                dates.add(new DateFound(b, mention));
            }
        }
        List<DatedEvent> events = events(dates, sentences, article);
        // A headline the outlet wrote is read for names like a paragraph; one derived from the body repeats its words.
        List<Quote> quotes = QuoteFinder.find(blocks);
        // the lines read off the article's head (its outlet, its dateline) say which country it is from
        List<String> heading = new ArrayList<>(article.removed());
        article.outlet().ifPresent(outlet -> heading.add(0, outlet));
        List<EntityFound> entities = entities(article.titleDerived() ? "" : article.title(), blocks, quotes, heading);
        // A figure's place (2500 جندي في العراق) is a place the names found, never any word after في (في الربع الثالث).
        Predicate<String> isPlace = placeNames(entities);
        List<FigureFound> figures = new ArrayList<>();
        // and the name of someone, something or somewhere after a number is not what it counts (الزمالك 29 (13 - 17) 33
        // فيزبريم); other names (دولار) may be
        List<org.nashra.core.Span> named = entities.stream()
                .filter(e -> e.ref().type() == EntityType.PERSON || e.ref().type() == EntityType.ORGANISATION || e.ref().type() == EntityType.PLACE)
                .flatMap(e -> e.spans().stream()).filter(span -> !span.headline()).toList();
        List<List<Figure>> figuresOfBlocks = FigureFinder.findEach(blocks, isPlace, named);
        for (int b = 0; b < blocks.size(); b++) {
            String text = blocks.get(b);
            for (Figure figure : figuresOfBlocks.get(b)) {
                figures.add(new FigureFound(b, figure, clauseAround(text, sentences, b, figure.start(), figure.end())));
            }
        }
        List<KeyPoint> points = keyPoints.select(keyFacts(events, figures, quotes, sentences), summary, sentences);
        MonthNaming naming = MonthNaming.detect(String.join("\n", blocks));
        return new Analysis(article, title, sentences, summary, points, dates, events, figures, quotes, entities,
                topics.find(blocks, organisationNames(entities), article.titleDerived() ? "" : article.title()), naming, article.author().map(resolver::personInEnglish),
                speakerRoles(quotes));
    }

    /** The English of each speaker that is a role alone (السفير الألماني → German Ambassador), for pages in English. */
    private java.util.Map<String, String> speakerRoles(List<Quote> quotes) {
        java.util.Map<String, String> roles = new java.util.HashMap<>();
        for (Quote q : quotes) {
            q.speaker().filter(speaker -> !roles.containsKey(speaker))
                    .ifPresent(speaker -> resolver.roleInEnglish(speaker).ifPresent(english -> roles.put(speaker, english)));
        }
        return roles;
    }

    /**
     * Where the article names organisations: a topic's phrase inside one (التكنولوجيا in جامعة العلوم والتكنولوجيا) is
     * part of a name, not what the article speaks of.
     */
    private static List<Span> organisationNames(List<EntityFound> entities) {
        return entities.stream().filter(e -> e.ref().type() == EntityType.ORGANISATION)
                .flatMap(e -> e.spans().stream()).filter(sp -> !sp.headline()).toList();
    }

    /**
     * Whether words name one of the places found in the article, as its name or as written in the text, or two of
     * them joined by و (العراق وسوريا).
     */
    private static Predicate<String> placeNames(List<EntityFound> entities) {
        Set<String> names = new java.util.HashSet<>();
        for (EntityFound e : entities) {
            if (e.ref().type() != EntityType.PLACE) continue;
            names.add(ArabicText.normaliseForMatching(e.ref().nameAr()));
            for (Mention m : e.ref().mentions()) names.add(ArabicText.normaliseForMatching(m.surface()));
        }
        return words -> {
            String key = ArabicText.normaliseForMatching(words);
            if (names.contains(key)) return true;
            int and = key.lastIndexOf(" و");
            return and > 0 && names.contains(key.substring(0, and)) && names.contains(key.substring(and + 2));
        };
    }

    /**
     * Names are recognised block by block (a name never spans blocks) as parts of one document, so a name
     * found in one paragraph is looked for in the others, and resolved over the whole article, so a surname
     * in a later paragraph refers back to the full name given earlier. The headline (empty for none) is one
     * more part, before the blocks: a name it gives is the article's even when the body gives only its
     * adjective (المغرب over a body saying المغربي), and its mentions are spans of the headline.
     */
    private List<EntityFound> entities(String headline, List<String> blocks, List<Quote> quotes, List<String> heading) {
        ArticleText text = ArticleText.of(headline, blocks);
        List<Part> parts = new ArrayList<>();
        if (!headline.isEmpty()) {
            for (int[] chunk : chunks(headline)) parts.add(new Part(headline, 0, chunk[0], chunk[1]));
        }
        for (int b = 0; b < blocks.size(); b++) {
            for (int[] chunk : chunks(blocks.get(b))) parts.add(new Part(blocks.get(b), text.start(b), chunk[0], chunk[1]));
        }
        List<List<Mention>> recognised = recogniser.recogniseEach(parts.stream().map(Part::text).toList());
        List<Mention> mentions = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            Part part = parts.get(p);
            for (Mention m : recognised.get(p)) {
                Mention inHolder = new Mention(m.surface(), m.start() + part.from(), m.end() + part.from(), m.type());
                mentions.add(new Mention(withArticle(part.holder(), inHolder, resolver::isKnownName), inHolder.start() + part.offset(),
                        inHolder.end() + part.offset(), m.type()));
            }
        }
        mentions.addAll(speakersNamed(blocks, text, quotes, mentions, resolver::isKnownName));
        List<EntityFound> found = new ArrayList<>();
        for (EntityRef ref : resolver.resolve(text.text(), mentions, heading)) {
            List<Span> spans = ref.mentions().stream().map(m -> text.span(m.start(), m.end())).toList();
            found.add(new EntityFound(ref, spans));
        }
        return found;
    }

    /**
     * Speakers named in full as persons ({@link QuoteFinder#namesAPerson(String, String)}) where no name was found: who speaks in an
     * article is one of its people even when the name finder missed the name (نادية تهامي قالت), each where the text
     * names them nearest before the quote (else after it, else in a paragraph before). A person the name finder found
     * by the opening words of that name there (a first name alone), not one the gazetteer knows, is the speaker's full
     * name instead: {@code found} loses it.
     */
    private static List<Mention> speakersNamed(List<String> blocks, ArticleText text, List<Quote> quotes, List<Mention> found,
                                               java.util.function.Predicate<String> known) {
        List<Mention> added = new ArrayList<>();
        for (Quote q : quotes) {
            // a phrase quoted inside reported speech (بيسكوف: «لا يخطط حالياً») is no statement of its own
            if (q.speaker().isEmpty() || q.text().strip().split("\\s+").length < MIN_QUOTE_WORDS) continue;
            String speaker = q.speaker().get();
            int paragraph = q.paragraph();
            String block = blocks.get(paragraph);
            int at = block.lastIndexOf(speaker, q.start());
            if (at < 0) at = block.indexOf(speaker, q.start());
            // وقال المضف: the speaker named in full in a paragraph before
            while (at < 0 && paragraph > 0) {
                block = blocks.get(--paragraph);
                at = block.lastIndexOf(speaker);
            }
            if (at < 0) continue;
            // the words before the name: after a rank or a role (القاضية جمانة الغلاي), or its body or place a few words on
            // (الناطقة باسم المنظمة في ليبيا صفا مسهلي), a given name the list lacks will do
            String[] before = block.substring(0, at).strip().split("\\s+");
            if (!QuoteFinder.namesAPerson(speaker, java.util.Arrays.asList(before))) continue;
            int start = text.start(paragraph) + at;
            int end = start + speaker.length();
            List<Mention> overlapping = java.util.stream.Stream.concat(found.stream(), added.stream())
                    .filter(m -> m.start() < end && start < m.end()).toList();
            // مدرب بيراميدز الكرواتي كرونوسلاف يورتشيتش: a person found by part of the name the speaker is named by in full
            // but never a name the gazetteer knows (عبد الرحيم شهيد), which a speaker run on past it cannot lengthen
            boolean part = !overlapping.isEmpty() && overlapping.stream().allMatch(m -> m.type() == EntityType.PERSON
                    && m.start() == start && m.end() < end && !known.test(m.surface()));
            if (part) {
                found.removeAll(overlapping);
                added.removeAll(overlapping);
            }
            if (overlapping.isEmpty() || part) added.add(new Mention(speaker, start, end, EntityType.PERSON));
        }
        return added;
    }

    /** A piece handed to the name finder: {@code [from, to)} of the headline or block {@code holder}, which starts at {@code offset} of the article's text. */
    private record Part(String holder, int offset, int from, int to) {
        String text() {
            return holder.substring(from, to);
        }
    }

    /**
     * Candidate key points: attributed quotes first (who said what is the core of a news story),
     * then figures and dated events, each as the sentence it stands in ({@link Excerpts#point}), so that two
     * facts of one sentence are one point.
     */
    /** Fewest words of a quote listed as a key point: fewer is a phrase, not a statement. */
    static final int MIN_QUOTE_WORDS = 4;

    private static List<KeyPoint> keyFacts(List<DatedEvent> events, List<FigureFound> figures, List<Quote> quotes,
                                           List<SentenceRef> sentences) {
        List<KeyPoint> facts = new ArrayList<>();
        for (Quote q : quotes) {
            // a phrase quoted inside reported speech (بيسكوف: «لا يخطط حالياً») is no statement of its own
            if (q.speaker().isEmpty() || q.text().strip().split("\\s+").length < MIN_QUOTE_WORDS) continue;
            facts.add(new KeyPoint(q.speaker().get() + ": «" + q.text() + "»", KeyPoint.Kind.QUOTE, 0.7,
                    q.paragraph(), q.start(), q.end()));
        }
        for (FigureFound f : figures) {
            SentenceRef s = sentenceAround(sentences, f.block(), f.figure().start(), f.figure().end());
            // a figure in a subheading (موجز الصباح: 5 أخبار تحتاج إلى معرفتها اليوم) titles what follows: no point of its own
            if (s == null && sentences.stream().noneMatch(x -> x.paragraph() == f.block())) continue;
            if (s != null && Excerpts.wholePoint(s.text())) {
                facts.add(new KeyPoint(s.text().strip(), KeyPoint.Kind.FIGURE, 0.8, s.paragraph(), s.start(), s.end()));
            } else {
                String text = s == null ? f.excerpt() : Excerpts.point(s.text(), f.figure().start() - s.start(), f.figure().end() - s.start());
                facts.add(new KeyPoint(text, KeyPoint.Kind.FIGURE, 0.8, f.block(), f.figure().start(), f.figure().end()));
            }
        }
        for (DatedEvent e : events) {
            SentenceRef s = e.sentence();
            String text = Excerpts.wholePoint(s.text()) ? s.text().strip() : Excerpts.goesOn(e.excerpt());
            facts.add(new KeyPoint(text, KeyPoint.Kind.EVENT, e.announced() ? 0.75 : 0.6, s.paragraph(), s.start(), s.end()));
        }
        return facts;
    }

    /** The sentence of block {@code b} that holds {@code [start, end)}, or null. */
    private static SentenceRef sentenceAround(List<SentenceRef> sentences, int b, int start, int end) {
        for (SentenceRef s : sentences) {
            if (s.paragraph() == b && s.start() <= start && end <= s.end()) return s;
        }
        return null;
    }

    /** The clause around a place in a block, from the sentence that holds it. */
    private static String clauseAround(String block, List<SentenceRef> sentences, int b, int start, int end) {
        for (SentenceRef s : sentences) {
            if (s.paragraph() == b && s.start() <= start && end <= s.end()) {
                return Excerpts.around(s.text(), start - s.start(), end - s.start());
            }
        }
        return Excerpts.around(block, start, end);
    }

    /** Longest text handed to the name finder at once; its sequence search does not scale to whole books. */
    static final int MAX_CHUNK = 4000;

    /**
     * A block cut into pieces of at most {@link #MAX_CHUNK} characters, at sentence ends where it can
     * be and at spaces otherwise; a name never spans a sentence, so recognition loses nothing.
     */
    static List<int[]> chunks(String block) {
        List<int[]> out = new ArrayList<>();
        if (block.length() <= MAX_CHUNK) {
            out.add(new int[] {0, block.length()});
            return out;
        }
        int start = 0;
        int end = 0;
        for (Sentences.Sentence s : Sentences.split(block)) {
            if (s.end() - start > MAX_CHUNK && end > start) {
                out.add(new int[] {start, end});
                start = end;
            }
            end = s.end();
            while (end - start > MAX_CHUNK) {
                int cut = block.lastIndexOf(' ', start + MAX_CHUNK);
                if (cut <= start) cut = start + MAX_CHUNK;
                out.add(new int[] {start, cut});
                start = cut;
            }
        }
        if (block.length() > start) out.add(new int[] {start, block.length()});
        return out;
    }

    /**
     * The preposition ل before the article writes لل and drops the alef: in للتحالف the name is
     * التحالف, though only لتحالف follows the detached ل. The name is given back its article, so it
     * meets the same name written elsewhere; the offsets still point at the letters as written.
     */
    static String withArticle(String block, Mention m) {
        return withArticle(block, m, name -> false);
    }

    /**
     * The same, where a name {@code known} as written keeps its ل when the name with the article is not known: in
     * للبنان ("for Lebanon") the name is لبنان, not البنان.
     */
    static String withArticle(String block, Mention m, java.util.function.Predicate<String> known) {
        String surface = m.surface();
        boolean elided = surface.startsWith("ل") && !surface.startsWith("ال") && m.start() > 0
                && block.charAt(m.start() - 1) == 'ل'
                && (m.start() == 1 || !Character.isLetter(block.charAt(m.start() - 2))
                    || block.charAt(m.start() - 2) == 'و' || block.charAt(m.start() - 2) == 'ف');
        if (elided && known.test(surface) && !known.test("ا" + surface)) return surface;
        // للجنة is ل + اللجنة as often as ل + الجنة: where the word as written heads a body's name, its lam is its own
        if (elided && org.nashra.extract.entities.CombinedRecogniser.isBodyHead(surface.split(" ", 2)[0])) return "ال" + surface;
        return elided ? "ا" + surface : surface;
    }

    /** Sentences of the blocks of the given kinds, in reading order, indexed by block. */
    static List<SentenceRef> sentences(Article article, Block.Kind... kinds) {
        List<Block.Kind> wanted = List.of(kinds);
        List<SentenceRef> out = new ArrayList<>();
        for (int b = 0; b < article.body().size(); b++) {
            Block block = article.body().get(b);
            if (!wanted.contains(block.kind())) continue;
            for (Sentences.Sentence s : Sentences.split(block.text())) {
                out.add(new SentenceRef(b, s.start(), s.end(), s.text()));
            }
        }
        return out;
    }

    /** Each sentence holding a resolved date states a dated event; one event per sentence and date. */
    static List<DatedEvent> events(List<DateFound> dates, List<SentenceRef> sentences, Article article) {
        List<DatedEvent> events = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (DateFound found : dates) {
            DateMention mention = found.mention();
            if (mention.value().isEmpty()) continue;
            Optional<SentenceRef> sentence = sentences.stream()
                    .filter(s -> s.paragraph() == found.block() && s.start() <= mention.start() && mention.end() <= s.end())
                    .findFirst();
            if (sentence.isEmpty()) continue;
            String key = found.block() + ":" + sentence.get().start() + ":" + mention.value().get();
            if (!seen.add(key)) continue;
            boolean announced = article.published().isPresent()
                    && mention.value().get().firstDay().isAfter(article.published().get());
            SentenceRef at = sentence.get();
            String excerpt = Excerpts.around(at.text(), mention.start() - at.start(), mention.end() - at.start());
            events.add(new DatedEvent(mention.value().get(), mention.surface(), announced, at, excerpt));
        }
        return events;
    }
}
