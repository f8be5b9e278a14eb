package org.nashra.summarise;

import java.util.List;
import org.nashra.arabic.ArabicText;

/**
 * Tells a photo's caption from the news it illustrates. A gallery writes its captions as paragraphs under a label
 * (الصورة 1: عناصر من الحماية المدنية يحاولون إخماد النيران …): they describe a picture the page does not show, so
 * a summary or a key point takes one only when nothing else is left. A sentence is a caption when it opens with a
 * label of {@code caption-labels.txt}, a number or none, and a colon or dash.
 */
public final class Captions {

    private static final List<String> LABELS = Resources.lines(Captions.class, "caption-labels.txt").stream()
            .map(ArabicText::normaliseForMatching).toList();

    private Captions() {}

    public static boolean isCaption(String sentence) {
        if (sentence == null) return false;
        String s = sentence.strip();
        for (String label : LABELS) {
            String opening = ArabicText.normaliseForMatching(s.substring(0, Math.min(s.length(), label.length() + 2)));
            if (!opening.startsWith(label)) continue;
            int i = label.length();
            // the label's own length in the sentence: normalising drops nothing a label is written with
            while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || Character.isDigit(s.charAt(i)))) i++;
            if (i < s.length() && (s.charAt(i) == ':' || s.charAt(i) == '-' || s.charAt(i) == '–')) return true;
        }
        return false;
    }
}
