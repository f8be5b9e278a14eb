package org.nashra.analyse;

import java.util.ArrayList;
import java.util.List;

import org.nashra.ingest.Article;

/** Analyses one article at a time; pure, so articles can be analysed in any order or in parallel. */
public final class Analyser {

    private static final int LEAD_SENTENCES = 2;

    public Analysis analyse(Article article) {
        return new Analysis(article, leadSentences(article.paragraphs()));
    }

    /** The first sentences of the first paragraphs: the lead of a news article carries its main fact. */
    static List<String> leadSentences(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        for (String paragraph : paragraphs) {
            for (String sentence : roughSentences(paragraph)) {
                if (out.size() == LEAD_SENTENCES) return out;
                out.add(sentence);
            }
        }
        return out;
    }

    private static List<String> roughSentences(String paragraph) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            boolean end = c == '؟' || c == '!' || c == '?'
                    || (c == '.' && (i + 1 == paragraph.length() || Character.isWhitespace(paragraph.charAt(i + 1))));
            if (end) {
                String s = paragraph.substring(start, i + 1).strip();
                if (!s.isEmpty()) out.add(s);
                start = i + 1;
            }
        }
        String rest = paragraph.substring(start).strip();
        if (!rest.isEmpty()) out.add(rest);
        return out;
    }
}
