package org.nashra.analyse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.nashra.extract.dates.MonthNaming;
import org.nashra.extract.quotes.Quote;
import org.nashra.extract.topics.TopicRef;
import org.nashra.ingest.Article;
import org.nashra.summarise.KeyPoint;
import org.nashra.summarise.SentenceRef;
import org.nashra.summarise.Summary;

/**
 * Everything known about one article after analysis. Every fact keeps its place: a block index of
 * {@code article.body()} and character offsets into that block's text.
 *
 * @param title       the headline to show: the article's own, or one derived from the summary
 * @param summary     the summary's chosen sentences ({@link Summary#withoutRanking()}: the ranking is
 *                    the summariser's working, spent on the key points)
 * @param sentences   every sentence of the body's paragraphs and posts, in reading order
 * @param quotes      direct quotes; {@code Quote.paragraph()} is the block index
 * @param entities    the people, organisations and places mentioned, resolved within the article; a name the
 *                    outlet's headline gives has a span in the headline ({@link org.nashra.core.Span#HEADLINE})
 * @param monthNaming the month-name series the outlet writes, for showing dates as it does
 * @param authorEn    the author's name in English, as the editors' gazetteer gives it or spelt out, when the article names one
 * @param speakerRolesEn the English of each quote speaker that is a role and nothing else, when English has a word
 *                    for all of it (مدير الدفاع المدني في الكرك → director of the Civil Defence in Karak)
 */
public record Analysis(Article article, String title, List<SentenceRef> sentences, Summary summary,
                       List<KeyPoint> keyPoints, List<DateFound> dates, List<DatedEvent> events,
                       List<FigureFound> figures, List<Quote> quotes, List<EntityFound> entities,
                       List<TopicRef> topics, MonthNaming monthNaming, Optional<String> authorEn,
                       java.util.Map<String, String> speakerRolesEn) {

    public Analysis {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(title, "title");
        sentences = List.copyOf(sentences);
        summary = Objects.requireNonNull(summary, "summary").withoutRanking();
        keyPoints = List.copyOf(keyPoints);
        dates = List.copyOf(dates);
        events = List.copyOf(events);
        figures = List.copyOf(figures);
        quotes = List.copyOf(quotes);
        entities = List.copyOf(entities);
        topics = List.copyOf(topics);
        Objects.requireNonNull(monthNaming, "monthNaming");
        Objects.requireNonNull(authorEn, "authorEn");
        speakerRolesEn = speakerRolesEn == null ? java.util.Map.of() : java.util.Map.copyOf(speakerRolesEn);
    }

    /** The same analysis with its entity references replaced (same order), as corpus-wide resolution leaves them. */
    public Analysis withEntities(List<EntityFound> resolved) {
        return new Analysis(article, title, sentences, summary, keyPoints, dates, events, figures, quotes, resolved,
                topics, monthNaming, authorEn, speakerRolesEn);
    }

    /**
     * The same analysis holding {@code equal}, an article equal to its own but for where it was read from
     * (an analysis does not depend on that; a problem names the file as it is now).
     */
    public Analysis withArticle(Article equal) {
        if (!equal.withSource(article.source()).equals(article)) throw new IllegalArgumentException("not the analysed article: " + equal.id());
        return new Analysis(equal, title, sentences, summary, keyPoints, dates, events, figures, quotes, entities,
                topics, monthNaming, authorEn, speakerRolesEn);
    }

    public String id() {
        return article.id();
    }
}
