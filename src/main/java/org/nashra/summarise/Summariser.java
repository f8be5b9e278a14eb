package org.nashra.summarise;

import java.util.List;

/** Picks a few sentences that together say what an article is about. Never throws on odd text. */
public interface Summariser {

    /**
     * @param sentences the sentences of the article's paragraphs and subheadings in reading order, with
     *                  paragraph indexes into the article body; leave embedded posts out, they are
     *                  someone else's words, not the article's
     * @param title     the article's headline, used as a hint of what matters; blank when there is none
     */
    Summary summarise(List<SentenceRef> sentences, String title);

    default Summary summarise(List<SentenceRef> sentences) {
        return summarise(sentences, "");
    }
}
