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

    /** Where {@code label} (in matching form) ends in {@code s}, written with or without diacritics; -1 when s does not open with it. */
    private static int labelEnd(String s, String label) {
        for (int end = label.length(); end <= Math.min(s.length(), 2 * label.length() + 2); end++) {
            String opening = ArabicText.normaliseForMatching(s.substring(0, end));
            if (opening.equals(label)) return end;
            if (opening.length() > label.length()) return -1;
        }
        return -1;
    }

    public static boolean isCaption(String sentence) {
        if (sentence == null) return false;
        String s = sentence.strip();
        for (String label : LABELS) {
            int i = labelEnd(s, label);
            if (i < 0) continue;
            while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || Character.isDigit(s.charAt(i)))) i++;
            if (i < s.length() && (s.charAt(i) == ':' || s.charAt(i) == '-' || s.charAt(i) == '–')) return true;
        }
        return false;
    }
}
