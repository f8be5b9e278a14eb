package org.nashra.summarise;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scaffolding of a statement that numbers its items and of a sentence that lists names: neither is what a
 * summary should show.
 *
 * <p>An item's label (أولاً: أعلنت المؤسسة الوطنية للنفط …، ثانياً - يبلغ إنتاج الحقل …), a word of
 * {@code enumeration-labels.txt} before a colon or dash, is left out of the sentence, which reads on its own.
 *
 * <p>A list (وضم الوفد المصري كلاً من: الدكتور مصطفى مدبولي رئيس مجلس الوزراء، وسامح شكري وزير الخارجية، …) names
 * who was there, not what happened: after a colon, at least {@value #LIST_ITEMS} items between commas, none of them
 * longer than {@value #ITEM_WORDS} words, and no quotation. So does an item of such a list given as a sentence of its own
 * (السيد علي بن خلفان المنصوري، سفيراً فوق العادة مفوضاً لدى جمهورية الهند.): an honorific of {@code honorifics.txt}, a
 * name of at most {@value #NAME_WORDS} words, a comma, and a title of at most {@value #ITEM_WORDS} words with no further
 * comma or quotation.
 */
public final class Enumerations {

    static final int LIST_ITEMS = 4;
    static final int ITEM_WORDS = 12;
    private static final Set<String> LABELS = Resources.lines(Enumerations.class, "enumeration-labels.txt").stream()
            .map(SheetLines::key).collect(Collectors.toUnmodifiableSet());
    static final int NAME_WORDS = 6;
    private static final Set<String> HONORIFICS = Resources.lines(Enumerations.class, "honorifics.txt").stream()
            .map(SheetLines::key).collect(Collectors.toUnmodifiableSet());
    private static final String QUOTES = "\"“”«»'";

    private Enumerations() {}

    /** The sentence without the label that numbers it, or the sentence itself when it has none. */
    public static SentenceRef withoutLabel(SentenceRef sentence) {
        String text = sentence.text();
        int word = 0;
        while (word < text.length() && !Character.isWhitespace(text.charAt(word))
                && text.charAt(word) != ':' && text.charAt(word) != '-' && text.charAt(word) != '–') word++;
        if (word == 0 || !LABELS.contains(SheetLines.key(text.substring(0, word)))) return sentence;
        int mark = word;
        while (mark < text.length() && Character.isWhitespace(text.charAt(mark))) mark++;
        if (mark >= text.length() || ":-–".indexOf(text.charAt(mark)) < 0) return sentence;
        int rest = mark + 1;
        while (rest < text.length() && Character.isWhitespace(text.charAt(rest))) rest++;
        if (rest >= text.length()) return sentence;
        return new SentenceRef(sentence.paragraph(), sentence.start() + rest, sentence.end(), text.substring(rest));
    }

    /** Whether the sentence is mostly a list of names and titles after a colon, or one item of such a list. */
    public static boolean isList(String sentence) {
        if (sentence == null) return false;
        if (isNameItem(sentence)) return true;
        int colon = sentence.indexOf(':');
        if (colon < 0) return false;
        String after = sentence.substring(colon + 1).strip();
        if (after.isEmpty() || after.chars().anyMatch(c -> QUOTES.indexOf(c) >= 0)) return false;
        String[] items = after.split("[،,]");
        if (items.length < LIST_ITEMS) return false;
        for (String item : items) {
            if (item.strip().split("\\s+").length > ITEM_WORDS) return false;
        }
        // the list is most of the sentence, not a tail to a statement
        return after.length() * 2 > sentence.length();
    }

    /** An honorific, a name, a comma and a title: who was named to what, not what happened. */
    static boolean isNameItem(String sentence) {
        String s = sentence.strip().replaceFirst("^(?:[0-9٠-٩]{1,3}\\s*[.)\\-–]|[-–•*])\\s*", "");
        if (s.chars().anyMatch(c -> QUOTES.indexOf(c) >= 0)) return false;
        int comma = s.indexOf('،') >= 0 ? s.indexOf('،') : s.indexOf(',');
        if (comma < 0) return false;
        String[] name = s.substring(0, comma).strip().split("\\s+");
        String title = s.substring(comma + 1).strip();
        if (name.length < 2 || name.length > NAME_WORDS + 1 || !HONORIFICS.contains(SheetLines.key(name[0]))) return false;
        return !title.isEmpty() && title.indexOf('،') < 0 && title.indexOf(',') < 0
                && title.split("\\s+").length <= ITEM_WORDS;
    }
}
