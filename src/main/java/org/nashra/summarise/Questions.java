package org.nashra.summarise;

import java.util.Set;
import java.util.TreeSet;
import org.nashra.arabic.ArabicText;

/**
 * Tells a question from a statement. A question put to a speaker (س: هل يمكن القول إن الاتفاق بات وشيكا؟)
 * is what the reader would ask, not news: the answer is. A sentence is a question when it ends in a question
 * mark (before any closing quote mark or bracket) or opens with a word of {@code question-openers.txt} and a
 * colon or dash.
 */
public final class Questions {

    private static final Set<String> OPENERS = openers();
    private static final Set<String> ANSWERS = Set.copyOf(Resources.lines(Questions.class, "answer-words.txt").stream()
            .map(Questions::key).toList());
    private static final String CLOSERS = "\"'“”«»()[]{}\u200f\u200e";

    private Questions() {}

    public static boolean isQuestion(String sentence) {
        if (sentence == null) return false;
        String s = sentence.strip();
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == '؟' || c == '?') return true;
            if (!Character.isWhitespace(c) && CLOSERS.indexOf(c) < 0) break;
        }
        int word = 0;
        while (word < s.length() && Character.isLetter(s.charAt(word))) word++;
        if (word == 0) return false;
        String rest = s.substring(word).stripLeading();
        boolean marked = rest.startsWith(":") || rest.startsWith("-") || rest.startsWith("–");
        return marked && OPENERS.contains(key(s.substring(0, word)));
    }

    /**
     * Whether the sentence is an answer that cannot stand without its question: it opens with a word of
     * {@code answer-words.txt} and a comma (نعم، يطبق النظام على جميع حاملي رخص القيادة).
     */
    public static boolean isBareAnswer(String sentence) {
        if (sentence == null) return false;
        String s = sentence.strip();
        int word = 0;
        while (word < s.length() && Character.isLetter(s.charAt(word))) word++;
        if (word == 0) return false;
        String rest = s.substring(word).stripLeading();
        return (rest.startsWith("،") || rest.startsWith(",")) && ANSWERS.contains(key(s.substring(0, word)));
    }

    /**
     * The sentences that answer a question of the text: those after it in its paragraph (س: …؟ ج: الحالة جيدة جداً. أنهينا
     * التحضيرات …), or, when the question closes its paragraph (• كم يكلّف؟), those of the next paragraph. Without the
     * question an answer (نحو 4 مليارات دولار …) says nothing of what it answers.
     */
    public static java.util.Set<SentenceRef> answers(java.util.List<SentenceRef> sentences) {
        java.util.Set<SentenceRef> answers = new java.util.HashSet<>();
        int answering = -1;
        SentenceRef previous = null;
        for (SentenceRef s : sentences) {
            if (s == null) continue;
            boolean asked = isQuestion(s.text());
            if (previous != null && isQuestion(previous.text()) && !asked) answering = s.paragraph();
            if (!asked && s.paragraph() == answering) answers.add(s);
            else if (s.paragraph() != answering) answering = -1;
            previous = s;
        }
        return answers;
    }

    private static Set<String> openers() {
        Set<String> openers = new TreeSet<>();
        for (String line : Resources.lines(Questions.class, "question-openers.txt")) {
            openers.add(key(line));
            if (line.length() > 1) openers.add(key("ال" + line));
        }
        return Set.copyOf(openers);
    }

    private static String key(String word) {
        return ArabicText.normaliseForMatching(word);
    }
}
