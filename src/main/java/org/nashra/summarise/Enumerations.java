package org.nashra.summarise;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scaffolding of a statement that numbers its items and of a sentence that lists names: neither is what a
 * summary should show.
 *
 * <p>An item's label (أولاً: أعلنت المؤسسة الوطنية للنفط …، ثانياً - يبلغ إنتاج الحقل …), a word of
 * {@code enumeration-labels.txt} before a colon or dash, is left out of the sentence, which reads on its own. So is a
 * section's lead-in opening a paragraph (الحملة: نفذت الإدارة العامة للمباحث …), one or two words before a colon when
 * the rest goes on telling the story ({@link #narrates}); a speaker's name before their words is no such lead-in.
 *
 * <p>A list (وضم الوفد المصري كلاً من: الدكتور مصطفى مدبولي رئيس مجلس الوزراء، وسامح شكري وزير الخارجية، …) names
 * who was there, not what happened: after a colon, at least {@value #LIST_ITEMS} items between commas, none of them
 * longer than {@value #ITEM_WORDS} words, and no quotation. So does an item of such a list given as a sentence of its own
 * (السيد علي بن خلفان المنصوري، سفيراً فوق العادة مفوضاً لدى جمهورية الهند.): an honorific of {@code honorifics.txt}, a
 * name of at most {@value #NAME_WORDS} words, a comma, and a title of at most {@value #ITEM_WORDS} words with no further
 * comma or quotation.
 */
public final class Enumerations {

    private static final java.util.regex.Pattern ITEM_MARK = java.util.regex.Pattern.compile("^(?:[0-9٠-٩]{1,3}\\s*[.)\\-–]|[-–•*])\\s*");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern LIST_SEPARATORS = java.util.regex.Pattern.compile("[،,]|\\s[-–—]\\s");

    static final int LIST_ITEMS = 4;
    static final int ITEM_WORDS = 12;
    private static final Set<String> LABELS = Resources.lines(Enumerations.class, "enumeration-labels.txt").stream()
            .map(SheetLines::key).collect(Collectors.toUnmodifiableSet());
    static final int NAME_WORDS = 6;
    private static final Set<String> HONORIFICS = Resources.lines(Enumerations.class, "honorifics.txt").stream()
            .map(SheetLines::key).collect(Collectors.toUnmodifiableSet());
    private static final String QUOTES = "\"“”«»'";
    /** A live blog's clock time before a dash (14:00 - أكد رئيس الحكومة …): when, not what happened. */
    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile("[0-9٠-٩]{1,2}[:.][0-9٠-٩]{2}\\s*[-–—]\\s*(?=\\S)");
    /**
     * An agency's stamp before its story: a place, في, a date and the agency between slashes (الدوحة في 14 رجب 1445 هـ
     * الموافق 26 يناير 2024 /قنا/ رحبت دولة قطر …). Where and when, which the page says already; the date is checked
     * to be a stamp's words ({@link KeyPoints#stamp}).
     */
    private static final java.util.regex.Pattern AGENCY_STAMP = java.util.regex.Pattern.compile(
            "[\\p{L}\\p{M}]+(?:\\s+[\\p{L}\\p{M}]+){0,2}\\s+في\\s+([^/\\n]{4,80}?)\\s*/\\s*[\\p{L}\\p{M}]{2,12}\\s*/\\s*(?=\\S)");
    /**
     * A dateline opening a paragraph: a place of one word, or of up to three and a comma and a date (checked to be a stamp's
     * words), then a spaced dash (صلالة، 15 أكتوبر 2024 — تنظم الوزارة …, عمون - كلف الملك …). Where and when, which the
     * page says already.
     */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "(?:[\\p{L}\\p{M}]+(?:\\s+[\\p{L}\\p{M}]+){0,2}\\s*[،,]\\s*([^\\n—–-]{4,60}?)|[\\p{L}\\p{M}]+)\\s+[-–—]\\s+(?=\\S)");
    /** The mark of a list's row: a bullet, or a number before a dash, stop or bracket (as the pages read a row). */
    private static final java.util.regex.Pattern BULLET =
            java.util.regex.Pattern.compile("(?:[•▪◾●◦\\-*–—]|\\(?[0-9٠-٩]{1,2}\\s*[-.)\\u066B])\\s+\\S");
    /** Longest item of a list announced by a colon (هي: … 4. مذكرة تفاهم للتعاون في مجال التعليم العالي.). */
    static final int LIST_ITEM_WORDS = 20;

    /** A section's lead-in opening a paragraph: one or two words and a colon (الخلفية: وكانت فترة السماح …). */
    private static final java.util.regex.Pattern LEAD_IN =
            java.util.regex.Pattern.compile("([\\p{L}\\p{M}]+(?:\\s+[\\p{L}\\p{M}]+)?)\\s*:\\s*(?=\\S)");
    /** Fewest words after a lead-in for the rest to be a sentence of its own, not a field's value (المصدر: وزارة الصحة). */
    static final int LEAD_IN_SENTENCE_WORDS = 6;
    /**
     * Whether what follows a lead-in tells the story in the third person, as a report goes on: it opens with و or ف
     * joined to a word (القضايا الأخرى: وأوضحت الإدارة …), or, after a label of one word, with a verb of the past in
     * the feminine (الحملة: نفذت الإدارة …; not a plural in ـات). After a speaker's name the colon opens the speaker's own
     * words (العدواني: الحملات لن تتوقف، وزارة الصحة: مستشفيات الجهراء استقبلت 163 حالة), which keep their name; so
     * does a quotation.
     */
    static boolean narrates(String label, String rest) {
        String[] words = rest.strip().split("\\s+");
        if (words.length < LEAD_IN_SENTENCE_WORDS || QUOTES.indexOf(rest.strip().charAt(0)) >= 0) return false;
        String first = words[0].replaceAll("[^\\p{L}]", "");
        boolean joined = first.length() >= 4 && (first.charAt(0) == 'و' || first.charAt(0) == 'ف');
        boolean pastFeminine = label.strip().indexOf(' ') < 0 && first.length() >= 4 && first.endsWith("ت")
                && !first.endsWith("ات") && !first.startsWith("ال");
        return joined || pastFeminine;
    }

    private Enumerations() {}

    /** The sentence without the label that numbers it, or the sentence itself when it has none. */
    public static SentenceRef withoutLabel(SentenceRef sentence) {
        String text = sentence.text();
        java.util.regex.Matcher clock = CLOCK.matcher(text);
        if (clock.lookingAt()) {
            return new SentenceRef(sentence.paragraph(), sentence.start() + clock.end(), sentence.end(), text.substring(clock.end()));
        }
        java.util.regex.Matcher stamp = AGENCY_STAMP.matcher(text);
        if (stamp.lookingAt() && KeyPoints.stamp(stamp.group(1))) {
            return new SentenceRef(sentence.paragraph(), sentence.start() + stamp.end(), sentence.end(), text.substring(stamp.end()));
        }
        java.util.regex.Matcher dateline = DATELINE.matcher(text);
        if (sentence.start() == 0 && dateline.lookingAt() && (dateline.group(1) == null || KeyPoints.stamp(dateline.group(1)))) {
            return new SentenceRef(sentence.paragraph(), sentence.start() + dateline.end(), sentence.end(), text.substring(dateline.end()));
        }
        java.util.regex.Matcher lead = LEAD_IN.matcher(text);
        // a side's line of a match sheet or a list of names (بيراميدز: فيستون ماييلي ✔ - …) keeps the colon it is read by
        if (sentence.start() == 0 && lead.lookingAt() && narrates(lead.group(1), text.substring(lead.end()))
                && !isList(text) && !SheetLines.isSheetLine(text)) {
            return new SentenceRef(sentence.paragraph(), sentence.start() + lead.end(), sentence.end(), text.substring(lead.end()));
        }
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

    /**
     * The items of lists announced by a colon (وشهدت الزيارة التوقيع على ست اتفاقيات …، هي:): each a paragraph of one
     * sentence of at most {@value #LIST_ITEM_WORDS} words with no quotation, or marked with a bullet or number, not opening
     * with و, after the lead-in or another item. An
     * item (برنامج تنفيذي للتعاون الثقافي للأعوام 2024-2026.) means nothing without its lead-in.
     */
    public static java.util.List<SentenceRef> listItems(java.util.List<SentenceRef> sentences) {
        java.util.Map<Integer, Integer> perParagraph = new java.util.TreeMap<>();
        // a marker split off as a sentence of its own (4.) is no sentence of the item's
        for (SentenceRef s : sentences) {
            if (s != null && s.text().codePoints().anyMatch(Character::isLetter)) perParagraph.merge(s.paragraph(), 1, Integer::sum);
        }
        java.util.List<SentenceRef> items = new java.util.ArrayList<>();
        SentenceRef previous = null;
        boolean listOpen = false;
        for (SentenceRef s : sentences) {
            if (s == null || s.text().codePoints().noneMatch(Character::isLetter)) continue;
            boolean newParagraph = previous == null || previous.paragraph() != s.paragraph();
            boolean announced = newParagraph && (listOpen || previous != null && previous.text().strip().endsWith(":"));
            String text = s.text().strip();
            // a sentence joined to the story by و (وقال الوزير …) is the story going on, not an item
            // a row the article marked with a bullet or number is an item whatever it holds (• 8 حالات سحب لمن قُدّمت
            // عنهم «أعمال جليلة» دون سند); the article's own paragraphs open with no mark
            boolean item = announced && perParagraph.get(s.paragraph()) == 1 && !text.startsWith("و")
                    && (BULLET.matcher(text).lookingAt()
                        || text.split("\\s+").length <= LIST_ITEM_WORDS && text.chars().noneMatch(c -> QUOTES.indexOf(c) >= 0));
            if (item) items.add(s);
            listOpen = item;
            previous = s;
        }
        return items;
    }

    /** Whether the sentence is mostly a list of names and titles after a colon, or one item of such a list. */
    public static boolean isList(String sentence) {
        if (sentence == null) return false;
        if (isNameItem(sentence)) return true;
        int colon = sentence.indexOf(':');
        if (colon < 0) return false;
        String after = sentence.substring(colon + 1).strip();
        if (after.isEmpty() || after.chars().anyMatch(c -> QUOTES.indexOf(c) >= 0)) return false;
        // a tally's names may be parted by spaced dashes too (بيراميدز: فيستون ماييلي ✔ - رمضان صبحي ✔ - …)
        String[] items = LIST_SEPARATORS.split(after);
        if (items.length < LIST_ITEMS) return false;
        for (String item : items) {
            if (SPACES.split(item.strip()).length > ITEM_WORDS) return false;
        }
        // the list is most of the sentence, not a tail to a statement
        return after.length() * 2 > sentence.length();
    }

    /** An honorific, a name, a comma and a title: who was named to what, not what happened. */
    static boolean isNameItem(String sentence) {
        String s = ITEM_MARK.matcher(sentence.strip()).replaceFirst("");
        if (s.chars().anyMatch(c -> QUOTES.indexOf(c) >= 0)) return false;
        int comma = s.indexOf('،') >= 0 ? s.indexOf('،') : s.indexOf(',');
        if (comma < 0) return false;
        String[] name = SPACES.split(s.substring(0, comma).strip());
        String title = s.substring(comma + 1).strip();
        if (name.length < 2 || name.length > NAME_WORDS + 1 || !HONORIFICS.contains(SheetLines.key(name[0]))) return false;
        return !title.isEmpty() && title.indexOf('،') < 0 && title.indexOf(',') < 0
                && SPACES.split(title).length <= ITEM_WORDS;
    }
}
