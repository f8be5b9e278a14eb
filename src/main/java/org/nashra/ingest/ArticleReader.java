package org.nashra.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nashra.core.Problem;

/**
 * Decoded seed text to an article: furniture removed by the rules, then headline, header (date stamp,
 * dateline naming the agency, byline, standfirst), body blocks (paragraphs, subheadings, embedded posts)
 * and the date stamps some agencies print after the text. Each source line is a block: the seeds carry
 * one paragraph per line.
 */
final class ArticleReader {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    /** A headline is at most this many words; a longer first line is the first paragraph. */
    private static final int MAX_HEADLINE_WORDS = 30;
    private static final int MAX_HEADLINE_CHARS = 250;
    /** A subheading or standfirst is a line of at most this many words without final punctuation. */
    private static final int MAX_SUBHEADING_WORDS = 12;
    private static final int MAX_SUBHEADING_CHARS = 120;
    /** A derived headline is the first clause, grown to at least the minimum and cut at the maximum words. */
    private static final int MIN_DERIVED_TITLE_WORDS = 4;
    private static final int MAX_DERIVED_TITLE_WORDS = 12;
    private static final int MAX_AUTHOR_WORDS = 4;
    /**
     * A site's name above its headline that no list names is a few words (صحيفة عكاظ, بي بي سي نيوز عربي), each of
     * its sections after a bar or a dash a few more (قناة الجديد | برامج | "وهلق شو؟").
     */
    private static final int MAX_MASTHEAD_NAME_WORDS = 5;
    private static final int MAX_MASTHEAD_WORDS = 9;
    /** A byline names at most this many reporters. */
    private static final int MAX_BYLINE_NAMES = 3;
    /**
     * An article is Arabic when at least this share of its letters is. The real seeds are 99-100 % Arabic;
     * Latin names, acronyms, addresses and even markup copied with the text keep an Arabic article well
     * above a fifth (the hostile test seeds, mostly markup, are 29-47 %), while an article in another
     * language that quotes an Arabic name stays below it.
     */
    private static final double MIN_ARABIC_LETTER_SHARE = 0.2;

    /**
     * Fewer words of text than this, and the seed is more likely a paste cut short than an article: built as it
     * is, with a warning. The briefest wire flash runs to about two sentences, some thirty words.
     */
    static final int FEW_WORDS = 25;

    record Result(Optional<Article> article, List<Problem> problems) {}

    /** A kept line, with the form rules and header forms match it in ({@link MatchKey}), made once. */
    private record Line(int number, String text, String key) {}

    /** A removed piece of a line: the whole line (column 0), an agency prefix, or a glued suffix after the text. */
    private record Removed(int line, int column, String text) {
        Removed(Line whole) {
            this(whole.number(), 0, whole.text());
        }
    }

    private final BoilerplateRules rules;
    private final HeaderForms forms;

    ArticleReader(BoilerplateRules rules, HeaderForms forms) {
        this.rules = rules;
        this.forms = forms;
    }

    /**
     * A dateline with a bracket at its end or before a dash: {@code مدريد - ١٥ مارس ٢٠٢٥ (رويترز)}. The bracket
     * names the agency unless it holds digits, Latin letters or a time zone ({@code بتوقيت مكة}).
     */
    private static final Pattern BRACKETED = Pattern.compile("(.*?)\\s*\\(([^()]{1,30})\\)\\s*[-–—:]?\\s*");
    private static final Pattern NOT_AN_AGENCY = Pattern.compile("[0-9٠-٩A-Za-z]|توقيت");

    /** A whole-line date stamp, and the agency it names (in a bracket, or by its last words). */
    private record Dateline(HeaderForms.DateStamp stamp, Optional<String> agency) {}

    /** The date stamp a whole line is, as it is, once its bracket is set aside, or among the pieces a bar joins. */
    private Optional<Dateline> dateline(Line line) {
        Optional<HeaderForms.DateStamp> stamp = forms.dateStampOfKey(line.key());
        if (stamp.isPresent()) return Optional.of(new Dateline(stamp.get(), agencyNamed(line.text(), stamp.get())));
        return datelineWithBracket(line.text()).or(() -> stampAmongFurniture(line.text()));
    }

    /**
     * The date stamp among pieces joined by bars, each other piece furniture a rule drops alone (الأحد 1 كانون الأول 2024 |
     * عدد المشاهدات: 2,318) or, before the stamp, the name of the page's section or edition (النشرة الصباحية | الأربعاء 8
     * جمادى الأولى 1446 - 20 نوفمبر 2024) or the dateline's place (الجيزة | الأحد 15-09-2024 | 14:20), which names no
     * agency; after the stamp, its time. A piece of text after the stamp keeps the line.
     */
    private Optional<Dateline> stampAmongFurniture(String line) {
        List<String> pieces = java.util.Arrays.stream(PIECE_JOINTS.split(Lines.trim(line))).filter(piece -> !piece.isBlank()).toList();
        if (pieces.size() < 2) return Optional.empty();
        Optional<HeaderForms.DateStamp> found = Optional.empty();
        for (String piece : pieces) {
            String key = MatchKey.of(piece);
            Optional<HeaderForms.DateStamp> stamp = found.isPresent() ? Optional.empty() : forms.dateStampOfKey(key);
            if (stamp.isPresent()) {
                found = stamp;
            } else if (found.isPresent() && forms.isTimeKey(key)) {
                continue;
            } else if (!rules.drops(piece, key) && (found.isPresent() || !isName(piece, MAX_MASTHEAD_NAME_WORDS))) {
                return Optional.empty();
            }
        }
        return found.map(stamp -> new Dateline(stamp, Optional.empty()));
    }

    /**
     * What joins the pieces of a line of furniture: a bar, or a wide gap, as a PDF's issue line sets its pieces apart (العدد
     * (6123) السنة الثانية والعشرون      الأحد 9 شباط 2025 - 10 شعبان 1446 هـ).
     */
    private static final Pattern PIECE_JOINTS = Pattern.compile("\\s*[|\\uFF5C]\\s*|" + BoilerplateRules.WIDE_GAP);

    /** {@link #dateline(Line)} of a line after the text, where the forms read only there apply too. */
    private Optional<Dateline> endDateline(Line line) {
        Optional<HeaderForms.DateStamp> stamp = forms.endStampOfKey(line.key());
        if (stamp.isPresent()) return Optional.of(new Dateline(stamp.get(), agencyNamed(line.text(), stamp.get())));
        return datelineWithBracket(line.text());
    }

    /** The date stamp of a line that is one once its bracket is set aside, and the agency the bracket names. */
    private Optional<Dateline> datelineWithBracket(String line) {
        Matcher m = BRACKETED.matcher(line);
        if (!m.matches() || Lines.isBlank(m.group(2))) return Optional.empty();
        Optional<String> agency = Optional.of(Lines.trim(m.group(2))).filter(inside -> !NOT_AN_AGENCY.matcher(inside).find());
        return forms.dateStampOfKey(MatchKey.of(m.group(1)))
                .map(stamp -> new Dateline(stamp, agency.or(() -> agencyNamed(m.group(1), stamp))));
    }

    /** The date stamp after a dateline naming a listed agency, that agency its source: رام الله - معا - 25 يناير 2025. */
    private Optional<Dateline> datelineThenStamp(String line) {
        Optional<Dateline> dashed = rules.datelinePrefix(line).flatMap(cut -> forms.dateStampOfKey(MatchKey.of(cut.rest()))
                .map(stamp -> new Dateline(stamp, cut.outlet())));
        if (dashed.isPresent()) return dashed;
        // Or a bar between them (الجزائر - واج | 2024/07/22 - 16:05).
        Matcher bar = CELL_BARS.matcher(line);
        if (!bar.find()) return Optional.empty();
        Optional<String> agency = rules.datelineAgency(Lines.trim(line.substring(0, bar.start())));
        if (agency.isEmpty()) return Optional.empty();
        return forms.dateStampOfKey(MatchKey.of(line.substring(bar.end()))).map(stamp -> new Dateline(stamp, agency));
    }

    /**
     * The date stamp a prefix holds before the agency it names without brackets: "رام الله 20-5-2024 وفا-", "الدوحة في 26
     * يناير 2024 /قنا/". Its agency makes it a dateline, so the Gulf form with في, read elsewhere only after the text, is
     * read here too.
     */
    private Optional<HeaderForms.DateStamp> dateBeforeAgency(BoilerplateRules.PrefixCut prefix) {
        if (prefix.outlet().isEmpty()) return Optional.empty();
        int at = prefix.prefix().lastIndexOf(prefix.outlet().get());
        if (at <= 0) return Optional.empty();
        String before = Lines.trim(prefix.prefix().substring(0, at)).replaceFirst("[\\s/\\-\u2013\u2014]+$", "");
        return forms.endStampOfKey(MatchKey.of(before));
    }

    /**
     * The agency named by the words of a date stamp that name it (… م واس, … / وام, بوابة الوسط | …), as written,
     * without the slash.
     */
    private static Optional<String> agencyNamed(String line, HeaderForms.DateStamp stamp) {
        if (stamp.outletWords() == 0) return Optional.empty();
        String[] words = SPACES.split(Lines.trim(line));
        int from = Math.min(stamp.outletFrom(), words.length);
        String named = String.join(" ", java.util.Arrays.copyOfRange(words, from, Math.min(words.length, from + stamp.outletWords())));
        return Optional.of(named.replaceFirst("^[^\\p{L}]+", "")).filter(agency -> !agency.isEmpty());
    }

    Result read(String text, Path source, String id) {
        List<Problem> problems = new ArrayList<>();
        List<Removed> removed = new ArrayList<>();
        Optional<String> outlet = Optional.empty();
        // The agency a bracketed tag names (بنا، د ب أ) and the site a masthead names: the source when nothing else names one.
        Optional<String> tagged = Optional.empty();
        Optional<String> masthead = Optional.empty();
        Optional<LocalDate> updated = Optional.empty();

        // 1. Furniture, line by line.
        List<Line> kept = new ArrayList<>();
        java.util.BitSet furniture = new java.util.BitSet();
        java.util.BitSet releaseLabels = new java.util.BitSet();
        // The lines from a "read also" block or an end mark on, where some pages print the date stamp under the rest.
        List<Line> cutLines = new ArrayList<>();
        boolean cut = false;
        // A page pasted from a PDF: its paragraphs on a line each again, as every seed carries them, its page numbers and
        // running headers out of the text.
        PastedPage.Unwrapped unwrapped = PastedPage.unwrap(Lines.split(text));
        List<String> raw = unwrapped.lines();
        for (PastedPage.Dropped page : unwrapped.dropped()) {
            furniture.set(page.line());
            removed.add(new Removed(page.line(), 0, page.text()));
        }
        // The last line of a picture's furniture: a bracketed marker ([صورة: …]) and the lines right under it.
        int pictureRun = -2;
        // Where a social post's header stands among the kept lines; -1 when there is none.
        int postHeader = -1;
        // Whether every line kept so far reads as a headline: the lines above the text, where the page's masthead, labels
        // and the editors' note stand.
        boolean aboveText = true;
        List<Line> editorNotes = new ArrayList<>();
        // The reporter a source line names in place of an outlet (المصدر: محمد فرغلي - دبي).
        Optional<String> reporterOfSourceLine = Optional.empty();
        for (int i = 0; i < raw.size(); i++) {
            String line = Lines.trim(raw.get(i));
            if (line.isEmpty()) continue;
            boolean underPicture = pictureRun == i - 1;
            String key = cut ? null : MatchKey.of(line);
            boolean cutsHere = !cut && rules.cutsFrom(line, key);
            if (cutsHere && isLinkInText(raw, i, key)) {
                // A link to another story between the story's paragraphs, as a phone's (AMP) page prints them: the link
                // goes, the story under it stays.
                furniture.set(i + 1);
                removed.add(new Removed(i + 1, 0, line));
                continue;
            }
            if (cut || cutsHere) {
                cut = true;
                furniture.set(i + 1);
                removed.add(new Removed(i + 1, 0, line));
                cutLines.add(new Line(i + 1, line, MatchKey.of(line)));
                continue;
            }
            Optional<BoilerplateRules.Cut> suffix = rules.stripSuffix(line, key);
            if (suffix.isPresent()) {
                removed.add(new Removed(i + 1, line.length(), suffix.get().removed()));
                line = suffix.get().kept();
                key = MatchKey.of(line);
            }
            List<BoilerplateRules.Mark> marks = rules.marks(line);
            if (!marks.isEmpty()) {
                // A footnote's marker (أديس أبابا[1]): its note goes with the notes under the text, so the marker points nowhere.
                for (BoilerplateRules.Mark mark : marks) removed.add(new Removed(i + 1, mark.start() + 1, mark.text()));
                line = rules.withoutMarks(line);
                key = MatchKey.of(line);
                if (line.isEmpty()) continue;
            }
            if (postHeader < 0 && forms.isPostHeaderKey(key)) {
                // A social post's header (صفحة رسمية على فيسبوك · 2 ساعة · 🌐): furniture, and where its text starts.
                postHeader = kept.size();
                furniture.set(i + 1);
                removed.add(new Removed(i + 1, 0, line));
                continue;
            }
            if (rules.drops(line, key)) {
                furniture.set(i + 1);
                if (rules.isReleaseLabel(line)) releaseLabels.set(i + 1);
                // An update stamp (آخر تحديث: 28/04/2025 - 18:40) is furniture that still dates the page.
                if (updated.isEmpty()) updated = forms.dateStampOfKey(key).flatMap(HeaderForms.DateStamp::date);
                removed.add(new Removed(i + 1, 0, line));
                if (underPicture || line.startsWith("[")) pictureRun = i;
                continue;
            }
            if (aboveText && forms.isEditorNoteKey(key)) {
                // The editors' note on the article above its headline (ملاحظة المحرر: كُتب هذا التقرير قبل إعلان النتيجة …
                // ويُنشر بالاتفاق مع مركز الجزيرة للدراسات.): neither headline nor lead, but a note kept after the text.
                editorNotes.add(new Line(i + 1, line, key));
                furniture.set(i + 1);
                continue;
            }
            if (aboveText && isInAnotherScript(line)) {
                // Above the text, a line without an Arabic letter: the site's name in Latin or Tifinagh letters (Saudi Press
                // Agency, ⵀⵉⵙⴱⵔⵉⵙ), a greeting in Tifinagh, the page's buttons (⚡ AMP, ☰); never an Arabic article's headline.
                furniture.set(i + 1);
                removed.add(new Removed(i + 1, 0, line));
                continue;
            }
            Optional<String> tag = rules.agencyTag(line);
            if (tag.isPresent()) {
                if (tagged.isEmpty()) tagged = tag;
                removed.add(new Removed(i + 1, 0, line));
                continue;
            }
            Optional<String> named = rules.outletOf(line);
            if (named.isPresent() && underPicture) {
                // The picture's credit (المصدر: شرطة أبوظبي under [صورة: …]): whose picture it is, not the article's source.
                furniture.set(i + 1);
                removed.add(new Removed(i + 1, 0, line));
                pictureRun = i;
                continue;
            }
            Optional<String> reporter = named.flatMap(this::reporterOf);
            if (reporter.isPresent()) {
                // A source line naming a person and the city he writes from (المصدر: محمد فرغلي - دبي): the byline, no outlet.
                if (reporterOfSourceLine.isEmpty()) reporterOfSourceLine = reporter;
                removed.add(new Removed(i + 1, 0, line));
                continue;
            }
            if (named.isPresent()) {
                if (outlet.isEmpty()) outlet = named;
                removed.add(new Removed(i + 1, 0, line));
                continue;
            }
            kept.add(new Line(i + 1, line, key));
            if (!isHeadline(line)) aboveText = false;
        }

        // 1a. A social post copied above the article (its page's name, its header, its text, then its counters, buttons or a
        // rule): an embedded post of the article, not its headline or its first text.
        Optional<Block> socialPost = Optional.empty();
        if (postHeader >= 0 && postHeader <= 1 && postHeader < kept.size()) {
            int end = furniture.nextSetBit(kept.get(postHeader).number());
            int to = postHeader;
            while (end >= 0 && to < kept.size() && kept.get(to).number() < end) to++;
            if (end >= 0 && to > postHeader && to < kept.size()) {
                String postText = String.join(" ", kept.subList(postHeader, to).stream().map(Line::text).toList());
                String page = postHeader == 1 ? kept.get(0).text() : "";
                if (postHeader == 1) removed.add(new Removed(kept.get(0)));
                socialPost = Optional.of(page.isEmpty() ? Block.paragraph(postText, kept.get(postHeader).number())
                        : Block.embeddedPost(postText, "— " + page, kept.get(postHeader).number()));
                kept.subList(0, to).clear();
            }
        }

        // 2. Header: date stamps, bylines and the headline before the first paragraph.
        String title = null;
        Optional<LocalDate> published = Optional.empty();
        Optional<String> author = reporterOfSourceLine;
        List<Block> body = new ArrayList<>();
        int next = 0;
        // Where the headline stands among the kept lines: a byline may stand right under it.
        int titleAt = -2;
        // The last of the lines right under the headline that are its standfirsts: a byline may stand under them too.
        int standfirstsEnd = -2;
        // Whether the outlet is the agency a dateline named, which a digest's own masthead outranks (4b'').
        boolean outletOfDateline = false;
        // The source line of the date stamp just read, which some pages print with its time on the line under it (16:35).
        int stampLine = -1;
        // Where a match card above the headline ends (its heading, score, venue and kick-off): the headline's place.
        int cardEnd = -1;
        List<Line> updateNotes = new ArrayList<>();
        while (next < kept.size()) {
            Line line = kept.get(next);
            boolean hasFollowing = next + 1 < kept.size();
            Optional<Dateline> dateline = dateline(line);
            // Under the headline, a place and في before the date is a dateline as it is after the text (القاهرة في 14 يناير
            // 2025, as press releases and Gulf agencies print it): a headline can no longer have that shape there.
            if (dateline.isEmpty() && title != null && hasFollowing) dateline = endDateline(line);
            // The date stamp and, after a bar, the byline (الثلاثاء 4-11-2025 09:30 | كتب: منى عبد الرحمن).
            Optional<String> stampByline = dateline.isPresent() ? Optional.empty() : bylineAfterStamp(line);
            if (stampByline.isPresent()) dateline = dateline(lineBefore(line, line.text().lastIndexOf('|')));
            // A wire's dateline before the date stamp on one line (رام الله - معا - السبت 25 يناير 2025 الساعة 09:40).
            if (dateline.isEmpty() && stampByline.isEmpty()) dateline = datelineThenStamp(line.text());
            // A dateline naming its agency (تونس - رويترز), or under the headline the agency's name alone (الجزيرة نت);
            // under the headline the names of several joined by slashes, the site's own first (مونت كارلو الدولية / أ ف ب,
            // فرانس 24 / أ ف ب), name the first, not a place and its agency.
            Optional<String> agency = dateline.isPresent() ? Optional.empty()
                    : (title != null ? rules.agencyNames(line.text()) : Optional.<String>empty()).or(() -> rules.datelineAgency(line.text()));
            if (agency.isEmpty() && dateline.isEmpty() && title != null) agency = rules.agencyName(line.text());
            // Right above the text, the place and the agency with no mark between them, as SPA prints it (الرياض واس).
            if (agency.isEmpty() && dateline.isEmpty() && title != null && hasFollowing && !isHeadline(kept.get(next + 1).text())) {
                agency = placeThenAgency(line.text());
            }
            // An outlet and its reporter (هسبريس - يوسف أيت أقديم), not an outlet and its section (الشرق الأوسط - اقتصاد) nor
            // its name in Latin letters (هسبريس - Hespress).
            Optional<BoilerplateRules.Cut> outletAndReporter = dateline.isPresent() || agency.isPresent() ? Optional.empty()
                    : rules.outletAndReporter(line.text())
                            .filter(reporter -> looksLikeNames(words(reporter.kept())) && !rules.isSection(reporter.kept())
                                    && isArabicScript(reporter.kept()));
            Optional<BoilerplateRules.PlaceAndName> placeAndName = dateline.isPresent() || agency.isPresent()
                    ? Optional.empty() : rules.placeAndName(line.text());
            Optional<String> siteOfDateline = dateline.isPresent() || agency.isPresent() ? Optional.empty() : siteOfDateline(line.text(), masthead);
            boolean datelineOfSite = siteOfDateline.isPresent();
            boolean underHeadline = title != null && next == standfirstsEnd + 1;
            boolean byline = placeAndName.isPresent() && title != null && (isPlaceAndReporter(placeAndName.get(), kept, next)
                    || underHeadline && hasFollowing && isPlaceAndFullName(placeAndName.get()));
            // Right under it: a live page's first entry also opens with a time, after a blank line or an ad (18:40).
            boolean stampTime = stampLine > 0 && line.number() == stampLine + 1 && hasFollowing && forms.isTimeKey(line.key());
            stampLine = dateline.isPresent() ? line.number() : -1;
            if (forms.isPostAttributionKey(line.key())) {
                break;
            } else if (title == null && hasFollowing && forms.isUpdateNoteKey(line.key())) {
                // An update of the story above its headline (تحديث 14:30: …): news, read after the story it updates.
                updateNotes.add(line);
            } else if (stampTime) {
                // The time of the date stamp above, on a line of its own: furniture, not a live page's entry.
                removed.add(new Removed(line));
            } else if (next < cardEnd && dateline.isEmpty()) {
                // The rest of a match card above the headline (the score, the venue): furniture.
                removed.add(new Removed(line));
            } else if (dateline.isPresent()) {
                if (dateline.get().stamp().date().isEmpty()) {
                    problems.add(Problem.warning(source, line.number(), "date stamp names a day that does not exist: " + line.text()));
                } else if (published.isEmpty()) {
                    published = dateline.get().stamp().date();
                }
                if (outlet.isEmpty()) outlet = dateline.get().agency();
                if (author.isEmpty()) author = stampByline;
                removed.add(new Removed(line));
            } else if (agency.isPresent()) {
                if (outlet.isEmpty()) {
                    outlet = agency;
                    outletOfDateline = true;
                }
                removed.add(new Removed(line));
            } else if (outletAndReporter.isPresent()) {
                if (outlet.isEmpty()) outlet = Optional.of(outletAndReporter.get().removed());
                if (author.isEmpty()) author = Optional.of(outletAndReporter.get().kept());
                removed.add(new Removed(line));
            } else if (isMasthead(line, title, next + 1 < kept.size() ? kept.get(next + 1) : null)) {
                // The site's name and the section the page sits in, above the headline: furniture.
                if (masthead.isEmpty()) masthead = rules.masthead(line.text()).flatMap(BoilerplateRules.Masthead::outlet)
                        .or(() -> siteBeforeSections(line.text()));
                removed.add(new Removed(line));
            } else if (title == null && isUnlistedMasthead(kept, next, furniture, releaseLabels)) {
                // A site no list names, or a press release's letterhead: its name is the first part.
                String site = BoilerplateRules.crumbParts(line.text()).get(0);
                // A name in both scripts is the Arabic one (أثير Atheer), an Arabic edition's the whole (Le360 عربي).
                if (masthead.isEmpty()) masthead = Optional.of(rules.isEditionName(site) ? site : BoilerplateRules.arabicBesideLatin(site).orElse(site));
                removed.add(new Removed(line));
            } else if (title == null && isSectionLabel(kept, next)) {
                // One word over a line that reads as a headline of several words: the page's section (العربية.نت / السودان,
                // الشروق أونلاين / الوطني, محاكم or سياسة over the date stamp and the headline), though no list names it.
                removed.add(new Removed(line));
            } else if (title != null && masthead.isPresent() && isTeamOfSite(line.text(), masthead.get())) {
                // The site's own team as the byline (فريق مسبار under مسبار | تحقق من الأخبار): no reporter's name.
                removed.add(new Removed(line));
            } else if (title != null && masthead.isPresent() && isDeskOfSite(line.text(), masthead.get())) {
                // The site's name with a word for its desk (رووداو ديجيتال under رووداو) as the byline: no reporter's name.
                removed.add(new Removed(line));
            } else if (datelineOfSite) {
                // A dateline naming the site of the masthead (صفاقس - موزاييك أف أم, بيروت - الجديد under قناة الجديد, بغداد - 964
                // under شبكة 964), or a site and its bureau (تطوان - هسبريس من تطوان): no reporter.
                // A number alone (964) is the site's name only under its masthead: the masthead names it.
                if (outlet.isEmpty()) outlet = siteOfDateline.filter(ArticleReader::hasLetter).isPresent() ? siteOfDateline : masthead;
                removed.add(new Removed(line));
            } else if (title != null && hasFollowing && placeAndName.isPresent() && !placeAndName.get().labelled()
                    && isName(placeAndName.get().name(), 1) && besideDate(kept, next)) {
                // A place and one word beside the date stamp (أربيل - بغداد): the places the story comes from, or a site
                // no list names; either way a dateline, not a subheading, and no reporter.
                removed.add(new Removed(line));
            } else if (byline) {
                // The place and the reporter, next to the date stamp or after كتب: (جدة - عبدالله الشهري): the byline.
                if (author.isEmpty()) author = Optional.of(placeAndName.get().name());
                removed.add(new Removed(line));
            } else if (rules.afterBylineButtons(line.text()).isPresent()) {
                List<String> rest = withoutHeadlineStart(rules.afterBylineButtons(line.text()).get(), title);
                if (looksLikeName(rest)) {
                    if (author.isEmpty()) author = Optional.of(String.join(" ", rest));
                } else if (!rest.isEmpty()) {
                    problems.add(Problem.warning(source, line.number(), "byline row not understood, no author read from it: " + line.text()));
                }
                removed.add(new Removed(line));
            } else if (rules.afterAuthorPrefix(line.text()).filter(ArticleReader::looksLikeNames).isPresent()) {
                // The editors as a team (إعداد: فريق التحرير) sign no name: furniture, no author.
                String names = String.join(" ", rules.afterAuthorPrefix(line.text()).get());
                if (author.isEmpty() && !isTeam(names)) author = Optional.of(names);
                removed.add(new Removed(line));
            } else if (title == null && next + 2 < kept.size() && rules.isHeadlineLabel(line.text()) && isHeadline(kept.get(next + 1).text())) {
                // A site's label on a line of its own above the headline (تغطية مباشرة): no headline, the next line is.
                removed.add(new Removed(line));
            } else if (title == null && hasFollowing && PAGE_NUMBER.matcher(line.text()).matches()) {
                // A number alone above the headline: the page's number, as a page pasted from a PDF prints it (5).
                removed.add(new Removed(line));
            } else if (title == null && hasFollowing && (cardEnd = matchCardEnd(kept, next)) > next) {
                // A match card's heading, the competition and its round (كأس العالم للأندية لكرة اليد … - نصف النهائي) over
                // the score: the card, its date read as the date, is furniture; the headline stands under it.
                removed.add(new Removed(line));
            } else if (title == null && hasFollowing && isKicker(kept, next, published.isPresent() || author.isPresent())) {
                // A short line over a longer one that the text follows, under the date or the byline: the kicker over the
                // headline (عاقبتهما بالحبس 5 و3 سنوات … over «استئناف دبي» تؤيد إدانة متهمين …), kept as the standfirst.
                body.add(Block.subheading(line.text(), line.number()));
            } else if (title == null && isHeadline(line.text()) && hasFollowing) {
                // A site's label before the headline (عاجل | …) is no part of it.
                Optional<BoilerplateRules.Cut> labelled = rules.headlineLabel(line.text());
                title = labelled.map(BoilerplateRules.Cut::kept).orElse(line.text());
                // A page pasted from a PDF (its page number or its columns above the headline) breaks the headline where the
                // column ends (وزير النقل: إنجاز 74 % من أعمال ميناء / الفاو الكبير …): its lines up to the blank are one headline.
                int wrapped = isPdfPage(kept.subList(0, next)) ? headlineLinesWrapped(kept, next) : 0;
                for (int more = 1; more <= wrapped; more++) title = title + " " + Lines.trim(kept.get(next + more).text());
                next += wrapped;
                titleAt = next;
                standfirstsEnd = next;
                labelled.ifPresent(label -> removed.add(new Removed(line.number(), 0, label.removed())));
            } else if (title != null && hasFollowing && rules.wholePrefix(line.text()).isPresent()) {
                // A wire's dateline on a line of its own, its text on the next (تونس 8 جانفي (وات) -): furniture, not a subheading.
                BoilerplateRules.PrefixCut prefix = rules.wholePrefix(line.text()).get();
                if (outlet.isEmpty()) outlet = prefix.outlet();
                Optional<Dateline> stamp = datelineWithBracket(prefix.prefix());
                if (published.isEmpty() && stamp.isPresent()) published = stamp.get().stamp().date();
                if (published.isEmpty() && stamp.isEmpty()) published = dateBeforeAgency(prefix).flatMap(HeaderForms.DateStamp::date);
                removed.add(new Removed(line));
            } else if (title != null && hasFollowing && isBareByline(kept, next, next == titleAt + 1)) {
                // A reporter's name alone under the date stamp (أحمد صالح أوغلو), or right under the headline above it (عبد
                // الرحيم العسري): the byline, not a subheading.
                if (author.isEmpty()) author = Optional.of(line.text());
                removed.add(new Removed(line));
            } else if (title != null && hasFollowing && isInitials(line.text()) && (next == titleAt + 1 || besideDate(kept, next))) {
                // A reporter's initials right under the headline or beside the date stamp (ب. ع): the byline, no heading.
                if (author.isEmpty()) author = Optional.of(line.text());
                removed.add(new Removed(line));
            } else if (title != null && isSubheading(line.text()) && hasFollowing) {
                if (next == standfirstsEnd + 1) standfirstsEnd = next;
                body.add(Block.subheading(line.text(), line.number()));
            } else {
                break;
            }
            next++;
        }

        // 2a. A date stamp on a line of its own under the first paragraph, as agency copy prints it: furniture that dates it.
        if (next + 2 < kept.size()) {
            Line under = kept.get(next + 1);
            Optional<Dateline> stamp = dateline(under);
            if (stamp.isPresent()) {
                if (published.isEmpty()) published = stamp.get().stamp().date();
                if (outlet.isEmpty()) outlet = stamp.get().agency();
                removed.add(new Removed(under));
                kept.remove(next + 1);
            }
        }

        // 2b. Date stamps printed as the text's last line or lines, as wire and Gulf agencies do: furniture too.
        int end = kept.size();
        while (end > next && endDateline(kept.get(end - 1)).isPresent()) end--;
        List<Line> trailer = kept.subList(end, kept.size());

        // 3. Body.
        java.util.BitSet tableRows = tableRows(kept, next, end);
        java.util.BitSet signature = signatureRows(kept, next, end);
        java.util.BitSet items = listItems(kept, next, end);
        // The agencies a digest's items name on their own datelines (مسقط - العمانية, بغداد - الأناضول).
        List<String> itemAgencies = new ArrayList<>();
        for (int i = next; i < end; i++) {
            Line line = kept.get(i);
            boolean last = i + 1 == end;
            Optional<String> itemAgency = last ? Optional.empty() : rules.datelineAgency(line.text());
            if (itemAgency.isPresent()) {
                // An item's dateline on a line of its own, its text under it: furniture, as in the header, not a subheading.
                itemAgencies.add(itemAgency.get());
                removed.add(new Removed(line));
                continue;
            }
            Optional<String> byline = i > next ? bylineInText(line.text()) : Optional.empty();
            if (byline.isPresent()) {
                // The byline printed under the first paragraph or further on, as some sites place it (كتب - محمود عبد الرازق):
                // the author, no text of the story.
                if (author.isEmpty()) author = byline;
                removed.add(new Removed(line));
                continue;
            }
            if (tableRows.get(i)) {
                // A table's row is short and ends without a stop, as a subheading does: its cells make it a paragraph.
                body.add(Block.paragraph(tableRow(line.text()), line.number()));
                continue;
            }
            if (items.get(i)) {
                // The items of a list under the line that introduces it (طلبيات المعرض: / طيران الرياض — 60 × A321neo): text.
                body.add(Block.paragraph(line.text(), line.number()));
                continue;
            }
            if (signature.get(i)) {
                // A decree's signature (the signer, his title, where and when it was issued) is short as headings are: text.
                body.add(Block.paragraph(line.text(), line.number()));
                continue;
            }
            if (forms.isPostAttributionKey(line.key())) {
                if (i > next) {
                    Block post = body.remove(body.size() - 1);
                    body.add(Block.embeddedPost(post.text(), line.text(), post.line()));
                } else {
                    problems.add(Problem.warning(source, line.number(), "post attribution with no post above it, kept as a paragraph"));
                    body.add(Block.paragraph(line.text(), line.number()));
                }
            } else if (!last && (isSubheading(line.text()) || isQuestionHeading(line, kept.get(i + 1)))
                    && !forms.isPostAttributionKey(kept.get(i + 1).key())) {
                body.add(Block.subheading(line.text(), line.number()));
            } else {
                // A text of one line is warned of as short below; the site's masthead printed again is taken off below (4d'),
                // and the writer's note that signs the text (عاموس هرئيل - محلل الشؤون العسكرية) below it (4e').
                if (last && i > next && isSubheading(line.text()) && !isFooterMasthead(Block.paragraph(line.text(), line.number()), outlet, masthead)
                        && rules.authorNote(line.text()).isEmpty()) {
                    problems.add(Problem.warning(source, line.number(), "short last line kept as a paragraph;"
                            + " if it is page furniture, add it to data/boilerplate.yml: " + line.text()));
                }
                body.add(Block.paragraph(line.text(), line.number()));
            }
        }

        // 3a. The story pasted twice: from its headline printed again on, the text only repeats what it said (its header's
        // date stamp, read as a subheading, between). The second copy is dropped and the editor told where it starts.
        int copyAt = title == null ? -1 : repeatedHeadline(body, title);
        if (copyAt > 0) {
            java.util.Set<String> said = new java.util.HashSet<>();
            for (Block block : body.subList(0, copyAt)) said.add(MatchKey.of(block.text()));
            int to = copyAt + 1;
            boolean repeats = false;
            while (to < body.size() && (said.contains(MatchKey.of(body.get(to).text())) || body.get(to).kind() == Block.Kind.SUBHEADING)) {
                repeats |= body.get(to).kind() == Block.Kind.PARAGRAPH && said.contains(MatchKey.of(body.get(to).text()));
                to++;
            }
            if (repeats) {
                problems.add(Problem.warning(source, body.get(copyAt).line(), "the story is pasted twice: its second copy, from its"
                        + " headline printed again on this line, is left out: " + body.get(copyAt).text()));
                for (Block copy : body.subList(copyAt, to)) removed.add(new Removed(copy.line(), 0, copy.text()));
                body.subList(copyAt, to).clear();
            }
        }

        // 4. Agency prefix on the first paragraph.
        for (int i = 0; i < body.size(); i++) {
            Block block = body.get(i);
            if (block.kind() != Block.Kind.PARAGRAPH) continue;
            Optional<String> site = outlet.isPresent() ? outlet : masthead;
            Optional<BoilerplateRules.PrefixCut> prefix = rules.stripPrefix(block.text()).or(() -> rules.datelinePrefix(block.text()))
                    .or(() -> sitePrefix(block.text(), site));
            if (prefix.isPresent()) {
                body.set(i, Block.paragraph(prefix.get().rest(), block.line()));
                removed.add(new Removed(block.line(), 0, prefix.get().prefix()));
                if (outlet.isEmpty()) outlet = prefix.get().outlet();
                Optional<Dateline> dateline = datelineWithBracket(prefix.get().prefix());
                if (published.isEmpty() && dateline.isPresent()) published = dateline.get().stamp().date();
                if (published.isEmpty() && dateline.isEmpty()) published = dateBeforeAgency(prefix.get()).flatMap(HeaderForms.DateStamp::date);
                // A press release's place and date before a dash, no agency (صلالة، 15 أكتوبر 2024 —): the day it was issued.
                if (published.isEmpty()) published = forms.dateStampOfKey(MatchKey.of(prefix.get().prefix().replaceFirst("[\\s\\-\u2013\u2014\u0640:]+$", "")))
                        .flatMap(HeaderForms.DateStamp::date);
            }
            break;
        }

        // 4b. The stamps at the end give the date and the agency only when the header gave none.
        for (Line line : trailer) {
            Dateline stamp = endDateline(line).orElseThrow();
            Optional<LocalDate> date = stamp.stamp().date();
            if (date.isEmpty()) {
                problems.add(Problem.warning(source, line.number(), "date stamp names a day that does not exist: " + line.text()));
            } else if (published.isEmpty()) {
                published = date;
            } else if (!published.equals(date)) {
                problems.add(Problem.warning(source, line.number(), "date stamp at the end of the text says " + date.get()
                        + ", but the article was already dated " + published.get() + " above it, which is kept: " + line.text()));
            }
            if (outlet.isEmpty()) outlet = stamp.agency();
            removed.add(new Removed(line));
        }

        if (outlet.isEmpty()) outlet = tagged.isPresent() ? tagged : masthead;
        // 4b''. A digest, its items sent by different agencies (الدوحة - قنا, then مسقط - العمانية): the outlet whose
        // masthead is above them put it together, not the agency of its first item.
        String firstAgency = outlet.map(MatchKey::of).orElse("");
        if (outletOfDateline && masthead.isPresent() && itemAgencies.stream().anyMatch(a -> !MatchKey.of(a).equals(firstAgency))) {
            outlet = masthead;
        }

        // 4b'. Else the page's update stamp, else the day the first paragraph names with its weekday: the day of the news.
        if (published.isEmpty()) published = updated;
        // Else a date stamp under a "read also" block or the tags, among the page's last lines (الأحد 16 مارس 2025 - 16 رمضان
        // 1446 | 04:35 م above the copyright): the page's own date, printed at its foot.
        if (published.isEmpty()) {
            published = cutLines.stream().map(this::endDateline).flatMap(Optional::stream).map(stamp -> stamp.stamp().date())
                    .flatMap(Optional::stream).findFirst();
        }
        if (published.isEmpty()) {
            published = body.stream().filter(b -> b.kind() == Block.Kind.PARAGRAPH).findFirst()
                    .flatMap(first -> forms.leadDate(first.text()));
        }

        // 4c. The headline printed again as the text's first line, as some sites do: once is enough.
        if (title != null && !body.isEmpty() && MatchKey.of(body.get(0).text()).equals(MatchKey.of(title))) {
            Block again = body.remove(0);
            removed.add(new Removed(again.line(), 0, again.text()));
        }

        // 4d. The writer's note under an opinion piece, a star and then the byline's name (* نسيب غبريل كبير الاقتصاديين …): a bio, no text.
        while (author.isPresent() && !body.isEmpty() && isWritersNote(body.get(body.size() - 1), author.get())) {
            Block note = body.remove(body.size() - 1);
            removed.add(new Removed(note.line(), 0, note.text()));
        }

        // 4d'. The site's masthead printed again under the text, with its sections or owners (الوكالة الوطنية للإعلام - وزارة
        // الإعلام - الجمهورية اللبنانية under an NNA story): furniture.
        while (body.size() > 1 && isFooterMasthead(body.get(body.size() - 1), outlet, masthead)) {
            Block footer = body.remove(body.size() - 1);
            removed.add(new Removed(footer.line(), 0, footer.text()));
        }

        // 4e. The byline printed under the text, after a star perhaps, its label and a colon (* ترجمة: أحمد عاصم): no text.
        if (body.size() > 1) {
            Block last = body.get(body.size() - 1);
            Optional<List<String>> names = last.kind() == Block.Kind.PARAGRAPH && LABELLED.matcher(last.text()).lookingAt()
                    ? rules.afterAuthorPrefix(last.text().replaceFirst("^[*\\s]+", "")).filter(ArticleReader::looksLikeNames) : Optional.empty();
            if (names.isPresent()) {
                body.remove(body.size() - 1);
                removed.add(new Removed(last.line(), 0, last.text()));
                if (author.isEmpty() && !isTeam(String.join(" ", names.get()))) author = Optional.of(String.join(" ", names.get()));
            }
        }

        // 4e'. The note about the writer under the text, a star, the name and what the writer is (* عبد القادر محمد علي - باحث في
        // شؤون القرن الإفريقي): the author, not a paragraph; under a byline above, the author already named.
        while (body.size() > 1 && body.get(body.size() - 1).kind() == Block.Kind.PARAGRAPH
                && rules.authorNote(body.get(body.size() - 1).text()).isPresent()) {
            Block note = body.remove(body.size() - 1);
            removed.add(new Removed(note.line(), 0, note.text()));
            if (author.isEmpty()) author = rules.authorNote(note.text());
        }

        // 4e''. Pull-quote boxes left under the text, each a sentence of the story said again, shorter (987 ألف درهم استولى عليها
        // المتهمان من الضحايا.): no paragraphs of their own, and their figures are the story's already.
        while (body.size() > 2 && body.get(body.size() - 1).kind() == Block.Kind.PARAGRAPH) {
            Block last = body.get(body.size() - 1);
            List<String> before = body.subList(0, body.size() - 1).stream()
                    .filter(block -> block.kind() == Block.Kind.PARAGRAPH).map(Block::text).toList();
            if (!PullQuotes.repeats(last.text(), before)) break;
            body.remove(body.size() - 1);
            removed.add(new Removed(last.line(), 0, last.text()));
        }

        // 4f. Else the byline under a "related topics" block, among the page's last lines (موضوعات متعلقة / - … / كتب: أحمد
        // شلبي above the tags): the reporter, as under the text. A headline in the block is no byline.
        if (author.isEmpty()) {
            author = cutLines.stream().filter(line -> LABELLED.matcher(line.text()).lookingAt())
                    .map(line -> rules.afterAuthorPrefix(line.text().replaceFirst("^[*\\s]+", "")).filter(ArticleReader::looksLikeNames))
                    .flatMap(Optional::stream).map(names -> String.join(" ", names)).filter(names -> !isTeam(names)).findFirst();
        }

        // The post the article reports, after its first paragraph.
        if (socialPost.isPresent()) {
            int first = 0;
            while (first < body.size() && body.get(first).kind() != Block.Kind.PARAGRAPH) first++;
            body.add(Math.min(first + 1, body.size()), socialPost.get());
        }
        for (Line note : updateNotes) body.add(Block.paragraph(note.text(), note.number()));
        // The editors' note on the article, printed above its headline: after the text, as a note on it is read.
        for (Line note : editorNotes) body.add(Block.paragraph(note.text(), note.number()));

        if (body.isEmpty()) {
            problems.add(Problem.error(source, "no article text left after removing page furniture"
                    + (title == null ? "" : " (only a headline)")));
            return new Result(Optional.empty(), problems);
        }

        // Arabic analysis of another language's text would publish nonsense under an Arabic page.
        String bodyText = String.join("\n", body.stream().map(Block::text).toList());
        double arabic = Decoder.arabicLetterShare(bodyText);
        if (arabic < MIN_ARABIC_LETTER_SHARE) {
            problems.add(Problem.error(source, "not Arabic text: " + Math.round(arabic * 100) + " % of the article's letters"
                    + " are Arabic script, and Nashra briefs Arabic articles"));
            return new Result(Optional.empty(), problems);
        }
        Optional<String> other = ScriptLanguage.otherThanArabic(bodyText);
        if (other.isPresent()) {
            problems.add(Problem.error(source, "not Arabic text: written in the Arabic script, but in " + other.get()
                    + " (by the letters " + other.get() + " writes and Arabic does not), and Nashra briefs Arabic articles"));
            return new Result(Optional.empty(), problems);
        }

        int words = 0;
        for (Block block : body) words += wordCount(block.text());
        if (words < FEW_WORDS) {
            problems.add(Problem.warning(source, body.get(0).line(), "only " + words + (words == 1 ? " word" : " words")
                    + " of article text: check that the whole article was pasted (it is built as it is)"));
        }

        // 5. A headline derived from the first paragraph when the text has none.
        boolean derived = title == null;
        if (derived) {
            Block first = body.stream().filter(b -> b.kind() == Block.Kind.PARAGRAPH).findFirst().orElse(body.get(0));
            // An item's label and icons before its text (عاجل | 🔴 الرئيس …), as a channel's post opens, are no part of a headline.
            String unlabelled = rules.headlineLabel(first.text()).map(BoilerplateRules.Cut::kept).orElse(first.text());
            title = deriveTitle(LEADING_ICONS.matcher(unlabelled).replaceFirst(""));
        }
        // Removed lines in source order, so an editor reads them as they stand in the file.
        List<String> removedText = removed.stream()
                .sorted(Comparator.comparingInt(Removed::line).thenComparingInt(Removed::column)).map(Removed::text).toList();
        Article article = new Article(id, source, title, derived, published, outlet, author, body, removedText);
        return new Result(Optional.of(article), problems);
    }

    /**
     * True for a link to another story between the story's paragraphs, as a phone's (AMP) page prints them (… مقابل 66.10 ديناراً
     * يوم أمس. / اقرأ أيضاً: أسعار الخضار والفواكه … / وبحسب التسعيرة …): a {@code cut_from_line_starts_with} phrase and the
     * linked headline after it on the line, then, furniture aside, a paragraph of prose. Headlines, furniture or nothing
     * under it make it the block of related stories at the page's foot, cut with all after it; so does the phrase alone on
     * its line, a block's heading, under which a page may paste a whole other story, its headline and its text.
     */
    private boolean isLinkInText(List<String> raw, int at, String key) {
        if (!rules.opensWithLinkPhrase(key) || rules.isLinkPhraseAlone(key)) return false;
        int next = nextTextLine(raw, at);
        if (next < 0) return false;
        String line = Lines.trim(raw.get(next));
        return !rules.cutsFrom(line) && isProse(line);
    }

    /** The next line after {@code at} that is neither blank nor dropped as furniture; -1 when there is none. */
    private int nextTextLine(List<String> raw, int at) {
        for (int j = at + 1; j < raw.size(); j++) {
            String line = Lines.trim(raw.get(j));
            if (!line.isEmpty() && !rules.drops(line)) return j;
        }
        return -1;
    }

    /** A statement of at least this many words, ended by its stop, is a story's paragraph; a related headline is shorter or has no stop. */
    private static final int MIN_PROSE_WORDS = 8;

    /**
     * A paragraph of prose: a statement of some words ended by a full stop, a colon announcing more or an ellipsis, or longer than
     * any headline. A question ends a related headline as often as a paragraph (كيف تحسب فاتورة المياه الجديدة؟), and a list's item
     * is no paragraph.
     */
    private static boolean isProse(String line) {
        if (LIST_ITEM.matcher(line).lookingAt()) return false;
        int words = wordCount(line);
        char last = lastSignificant(line);
        boolean endsStatement = last == '.' || last == '!' || last == ':' || last == '\u061B' || last == ';' || last == '\u2026';
        return words >= MIN_PROSE_WORDS && endsStatement || words > 2 * MAX_SUBHEADING_WORDS;
    }

    /** Where the headline stands again in the text after its first block, or -1. */
    private static int repeatedHeadline(List<Block> body, String title) {
        String key = MatchKey.of(title);
        for (int i = 1; i < body.size(); i++) if (MatchKey.of(body.get(i).text()).equals(key)) return i;
        return -1;
    }

    /**
     * The site's name and a dash opening the first paragraph, no place before it (عمون - كلف …): the name of the masthead
     * or of the source, or a listed agency's.
     */
    private Optional<BoilerplateRules.PrefixCut> sitePrefix(String paragraph, Optional<String> site) {
        Matcher dash = SITE_DASH.matcher(paragraph);
        if (!dash.lookingAt()) return Optional.empty();
        String name = Lines.trim(dash.group(1));
        boolean named = site.map(s -> MatchKey.of(s).equals(MatchKey.of(name))).orElse(false) || rules.agencyName(name).isPresent();
        if (!named || dash.end() >= paragraph.length()) return Optional.empty();
        return Optional.of(new BoilerplateRules.PrefixCut(Lines.trim(paragraph.substring(dash.end())), Lines.trim(dash.group()),
                Optional.of(name)));
    }

    /** The site's name, then a dash between spaces or a slash glued to it, as Iraqi agencies write it (شفق نيوز/ باع …). */
    private static final Pattern SITE_DASH = Pattern.compile("([^-\u2013\u2014\u0640.،,:()/]{2,30}?)(?:\\s+[-\u2013\u2014\u0640]\\s+|(?<=\\p{L})/\\s+)");

    /** A last line that is the site's name, then its sections or owners after dashes or bars: the masthead again. */
    private boolean isFooterMasthead(Block block, Optional<String> outlet, Optional<String> masthead) {
        List<String> parts = BoilerplateRules.crumbParts(block.text());
        if (parts.size() < 2 || Lines.wordCount(block.text()) > MAX_MASTHEAD_WORDS * 2) return false;
        for (String part : parts) if (!isName(part, MAX_MASTHEAD_NAME_WORDS)) return false;
        String first = MatchKey.of(parts.get(0));
        return outlet.map(o -> MatchKey.of(o).equals(first)).orElse(false) || masthead.map(m -> MatchKey.of(m).equals(first)).orElse(false);
    }

    /** A byline's label, a colon or a dash after it, then the reporter's name: كتب - محمود عبد الرازق, بقلم: سارة العلي. */
    private static final Pattern LABEL_AND_MARK = Pattern.compile("\\p{IsArabic}+(?:\\s+\\p{IsArabic}+)?\\s*[:\\-\u2013\u2014]\\s*\\S.*");

    /**
     * The reporter a line of the text names when it is a byline of its own: a label (author_prefix), a colon or a dash, and
     * a person's name, a given name first (كتب - محمود عبد الرازق); empty for text (كتب جديدة في المعرض) and for a team.
     */
    private Optional<String> bylineInText(String line) {
        if (!LABEL_AND_MARK.matcher(Lines.trim(line)).matches()) return Optional.empty();
        return rules.afterAuthorPrefix(line).filter(names -> names.size() >= 2 && looksLikeNames(names) && forms.isGivenName(names.get(0)))
                .map(names -> String.join(" ", names)).filter(names -> !isTeam(names));
    }

    /** A label of a word or two and a colon opening a line, after a star perhaps: ترجمة:, * إعداد: */
    private static final Pattern LABELLED = Pattern.compile("[*\\s]*\\p{IsArabic}+(?:\\s+\\p{IsArabic}+)?\\s*:");

    /** The line's text before {@code at}, as a line of its own. */
    private static Line lineBefore(Line line, int at) {
        String text = Lines.trim(line.text().substring(0, at));
        return new Line(line.number(), text, MatchKey.of(text));
    }

    /**
     * The name in a byline after a bar, when what stands before the bar is a date stamp: الثلاثاء 4-11-2025 09:30 | كتب:
     * منى عبد الرحمن. Empty for any other line.
     */
    private Optional<String> bylineAfterStamp(Line line) {
        int bar = line.text().lastIndexOf('|');
        if (bar <= 0) return Optional.empty();
        Optional<List<String>> names = rules.afterAuthorPrefix(line.text().substring(bar + 1)).filter(ArticleReader::looksLikeNames);
        if (names.isEmpty() || dateline(lineBefore(line, bar)).isEmpty()) return Optional.empty();
        return Optional.of(String.join(" ", names.get()));
    }

    /** At most this many short lines above the line of issue are the signature: the signer's name and title. */
    private static final int MAX_SIGNATURE_LINES = 2;

    /**
     * The lines from {@code from} to {@code to} that sign a decree or a statement: the line saying where and when it was
     * issued ({@code signature} in line-forms.tsv: صدر في الديوان الأميري بتاريخ: …) and the short lines just above it.
     */
    private java.util.BitSet signatureRows(List<Line> kept, int from, int to) {
        java.util.BitSet rows = new java.util.BitSet();
        for (int i = from; i < to; i++) {
            // short, as a signature's line is: a sentence that begins so (صدر في الجريدة الرسمية بتاريخ … قرار بتعديل …) is text already
            if (!forms.isSignatureKey(kept.get(i).key()) || !isSubheading(kept.get(i).text())) continue;
            rows.set(i);
            for (int j = i - 1; j >= from && j >= i - MAX_SIGNATURE_LINES && isSubheading(kept.get(j).text()); j--) rows.set(j);
        }
        return rows;
    }

    /** A cell's bar: a table's row is its cells joined by bars, the outer bars of a Markdown row optional. */
    private static final Pattern CELL_BARS = Pattern.compile("\\s*[|\\uFF5C]\\s*");

    /**
     * The lines from {@code from} to {@code to} that are rows of a table: runs of two lines or more cut into the same
     * number of cells (two at least) by bars, as sites print tables ({@code | دبي | 5262 | -11 |}, {@code الكتلة الصدرية | 73}).
     * A single line with a bar (غزة | قصف جديد على رفح) is no table.
     */
    private static java.util.BitSet tableRows(List<Line> kept, int from, int to) {
        java.util.BitSet rows = new java.util.BitSet();
        int start = from;
        while (start < to) {
            int cells = cellCount(kept.get(start).text());
            int stop = start + 1;
            while (cells >= 2 && stop < to && cellCount(kept.get(stop).text()) == cells) stop++;
            if (stop - start >= 2) rows.set(start, stop);
            start = stop;
        }
        return rows;
    }

    /**
     * How many cells bars cut a line into, the outer bars of a Markdown row aside; 1 for a line without a bar. A bar
     * only at the end closes an empty cell, as a total row leaves one: {@code المجموع | 1,632 |} has three.
     */
    private static int cellCount(String line) {
        String trimmed = Lines.trim(line);
        boolean markdown = trimmed.startsWith("|") || trimmed.startsWith("\uFF5C");
        return CELL_BARS.split(markdown ? tableRow(trimmed) : trimmed, -1).length;
    }

    /**
     * The lines from {@code from} to {@code to} that are items of a list: each printed on the line right under a line
     * ending with a colon that introduces them, or under another item. Short as they are, they are no subheadings.
     */
    private static java.util.BitSet listItems(List<Line> kept, int from, int to) {
        java.util.BitSet items = new java.util.BitSet();
        for (int i = Math.max(from, 1); i < to; i++) {
            Line above = kept.get(i - 1);
            boolean under = above.number() + 1 == kept.get(i).number();
            if (under && (Lines.trim(above.text()).endsWith(":") || i - 1 >= from && items.get(i - 1))) items.set(i);
        }
        // A fact box: two lines or more, one under the other, each a short label, a colon and its value (الولاية: تيميمون /
        // الرقم: 49): the rows of one list, not subheadings.
        int start = from;
        while (start < to) {
            int stop = start;
            while (stop < to && FACT_ROW.matcher(Lines.trim(kept.get(stop).text())).matches()
                    && (stop == start || kept.get(stop - 1).number() + 1 == kept.get(stop).number())) stop++;
            if (stop - start >= 2) items.set(start, stop);
            start = Math.max(stop, start + 1);
        }
        return items;
    }

    /** A fact box's row: a label of one to three words, a colon and a short value; a number may qualify the label (عيار 24: 76.90 دينار). */
    private static final Pattern FACT_ROW = Pattern.compile("\\p{IsArabic}+(?:\\s+(?:\\p{IsArabic}+|[0-9٠-٩]{1,4})){0,2}\\s*:\\s*[^:]{1,80}");

    /** A table's row without the outer bars of Markdown: {@code | دبي | 5262 |} → {@code دبي | 5262}. */
    private static String tableRow(String line) {
        return Lines.trim(Lines.trim(line).replaceFirst("^[|\\uFF5C]", "").replaceFirst("[|\\uFF5C]$", ""));
    }

    /** Words as a reader counts them: runs between white space that hold a letter or a digit. */
    static int wordCount(String text) {
        int words = 0;
        boolean counted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                counted = false;
            } else if (!counted && Character.isLetterOrDigit(c)) {
                words++;
                counted = true;
            }
        }
        return words;
    }

    private static final Pattern LEADING_ICONS = Pattern.compile("^[\\p{So}\\uFE0F\\u200D\\s]+(?=\\p{L})");

    /** A short-ish line without a final full stop; headlines may end with a question or exclamation mark. */
    static boolean isHeadline(String line) {
        char last = lastSignificant(line);
        boolean endsStatement = last == '.' || last == '\u2026' || last == ':' || last == '\u060C' || last == ','
                || last == '\u061B' || last == ';';
        return Lines.wordCount(line) <= MAX_HEADLINE_WORDS && line.length() <= MAX_HEADLINE_CHARS
                && !endsStatement && hasLetter(line);
    }

    /** A short question that the paragraph after it answers, as explainers head their sections (ما هي بريكس؟). */
    private boolean isQuestionHeading(Line line, Line next) {
        return Lines.wordCount(line.text()) <= MAX_SUBHEADING_WORDS && line.text().length() <= MAX_SUBHEADING_CHARS
                && forms.isQuestionHeadingKey(line.key()) && !forms.isQuestionHeadingKey(next.key());
    }

    static boolean isSubheading(String line) {
        return Lines.wordCount(line) <= MAX_SUBHEADING_WORDS && line.length() <= MAX_SUBHEADING_CHARS
                && !endsClause(line) && hasLetter(line) && !LIST_ITEM.matcher(line).lookingAt();
    }

    /** A list's item is short and ends without a stop, as a subheading does, but begins with a bullet or number (1- الأهلي 58 نقطة). */
    private static final Pattern LIST_ITEM = Pattern.compile("(?:[•▪◾●◦\\-*–—]|\\(?[0-9٠-٩]{1,2}\\s*[-.)\\u066B])\\s+");

    /** Ends with a full stop, question or exclamation mark or ellipsis, possibly inside closing quotes or brackets. */
    static boolean endsSentence(String line) {
        char last = lastSignificant(line);
        return last == '.' || last == '!' || last == '?' || last == '\u061F' || last == '\u2026';
    }

    /** Ends a sentence or announces more (colon, comma, semicolon): not a heading. */
    private static boolean endsClause(String line) {
        char last = lastSignificant(line);
        return endsSentence(line) || last == ':' || last == '\u060C' || last == ',' || last == '\u061B' || last == ';';
    }

    private static char lastSignificant(String line) {
        int end = line.length();
        while (end > 0) {
            char c = line.charAt(end - 1);
            int type = Character.getType(c);
            boolean closing = type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.END_PUNCTUATION
                    || c == '"' || c == '\'' || c == '\u201C' || c == '\u00AB' || Lines.isSpace(c) || Lines.isEdgeMark(c);
            if (!closing) return c;
            end--;
        }
        return ' ';
    }

    private static boolean hasLetter(String line) {
        return line.codePoints().anyMatch(Character::isLetter);
    }

    /** The byline words after a repetition of the headline's first words (a truncated title in the page's print row). */
    private static List<String> withoutHeadlineStart(List<String> words, String title) {
        if (title == null) return words;
        String[] titleWords = SPACES.split(title);
        int n = 0;
        while (n < words.size() && n < titleWords.length && MatchKey.of(words.get(n)).equals(MatchKey.of(titleWords[n]))) n++;
        return words.subList(n, words.size());
    }

    /**
     * True for a masthead or breadcrumb line in the header ({@link BoilerplateRules#masthead}), or, above the
     * headline, a section's name alone when a line that reads as the headline follows it (اليوم السابع / حوادث / …).
     */
    private boolean isMasthead(Line line, String title, Line following) {
        if (rules.masthead(line.text()).isPresent()) return true;
        return title == null && following != null && rules.isSection(line.text())
                && isHeadline(following.text()) && forms.dateStampOfKey(following.key()).isEmpty();
    }

    /**
     * True for a line above the headline that names a site no list names, or its section too: a few words, letters
     * only, with a bar or dash before each section (الرياضية | دوري روشن السعودي), above a line that reads as the
     * headline and is followed by the date, the dateline, the byline or the text (perhaps after a standfirst), or
     * above another such line (a letterhead: the ministry, then its office). A real short headline is followed by the
     * text itself; so that it stays the headline, the line must also bear a mark of a name: a word that names outlets
     * (صحيفة عكاظ, الشروق أونلاين: {@code outlet_words}), sections after it, a breadcrumb or a label (بيان صحفي)
     * removed under it, or another masthead under it; a named outlet may have the date stamp between it and the headline.
     */
    private boolean isUnlistedMasthead(List<Line> kept, int at, java.util.BitSet furniture, java.util.BitSet releaseLabels) {
        if (at + 2 >= kept.size()) return false;
        Line line = kept.get(at);
        List<String> parts = BoilerplateRules.crumbParts(line.text());
        if (!(isName(parts.get(0), MAX_MASTHEAD_NAME_WORDS) || isBrandAndNumber(parts.get(0)))
                || Lines.wordCount(line.text()) > MAX_MASTHEAD_WORDS
                || !isHeadline(line.text()) || dateline(line).isPresent()) {
            return false;
        }
        for (String part : parts) if (part.isEmpty() || Lines.wordCount(part) > MAX_MASTHEAD_NAME_WORDS) return false;
        Line below = kept.get(at + 1);
        boolean sections = parts.size() > 1 && parts.stream().allMatch(part -> isName(part, MAX_MASTHEAD_NAME_WORDS));
        boolean furnitureBelow = furniture.nextSetBit(line.number() + 1) >= 0 && furniture.nextSetBit(line.number() + 1) < below.number();
        boolean mastheadBelow = rules.masthead(below.text()).isPresent() || isUnlistedMasthead(kept, at + 1, furniture, releaseLabels);
        // The word may name the site or what it is, after a dash (السوداني الاقتصادي - أسبوعية اقتصادية شاملة).
        // Or the site's name in both scripts, as a brand is written (أثير Atheer, Rudaw رووداو).
        boolean namedOutlet = parts.stream().anyMatch(rules::hasOutletWord) || rules.isEditionName(parts.get(0))
                || parts.size() == 1 && BoilerplateRules.arabicBesideLatin(parts.get(0)).isPresent();
        // A press release's label above its issuer's name (بيان صحفي / المنطقة الاقتصادية لقناة السويس / the headline).
        int above = at == 0 ? 0 : kept.get(at - 1).number();
        boolean labelAbove = releaseLabels.nextSetBit(above + 1) >= 0 && releaseLabels.nextSetBit(above + 1) < line.number();
        if (!(namedOutlet || sections || furnitureBelow || mastheadBelow || labelAbove)) return false;
        // An outlet's name over the page's date stamp, the headline under it (صحيفة أخبار الخليج / النشرة الصباحية | الأربعاء … 2024),
        // perhaps after a breadcrumb (a weekly's issue line: … / العدد 412 | السنة التاسعة | الخميس 13 مارس 2025 / الرئيسية > زراعة).
        // The stamp's time may stand on a line of its own under it (التاريخ: ١٤٤٦/٠٥/١٢هـ / الوقت: ١٣:٢٠).
        int underStamp = at + 2;
        while (underStamp + 1 < kept.size() && forms.isTimeKey(kept.get(underStamp).key())) underStamp++;
        boolean stampThenHeadline = namedOutlet && underStamp + 1 < kept.size() && dateline(below).isPresent() && (headlineAt(kept, underStamp)
                || underStamp + 2 < kept.size() && rules.masthead(kept.get(underStamp).text()).isPresent() && headlineAt(kept, underStamp + 1));
        return mastheadBelow || headlineAt(kept, at + 1) || namedOutlet && isSectionLabel(kept, at + 1) || stampThenHeadline;
    }

    /**
     * The site's name that opens a masthead which no list names but whose sections are known (عدن الغد | الرئيسية > حوارات,
     * موزاييك أف أم | الرئيسية / جهوية / صفاقس): its first part, a name that is no section. A breadcrumb of sections
     * alone (الرئيسية > رياضة) names none.
     */
    private Optional<String> siteBeforeSections(String line) {
        List<String> parts = BoilerplateRules.crumbParts(line);
        String first = parts.get(0);
        if (parts.size() < 2 || rules.isSection(first) || rules.isHeadlineLabel(first) || !isName(first, MAX_MASTHEAD_NAME_WORDS)) return Optional.empty();
        return Optional.of(first);
    }

    /** A word that names outlets and a number, as some sites are named (شبكة 964, قناة 24): a name, though it has figures. */
    private boolean isBrandAndNumber(String text) {
        List<String> words = words(text);
        return words.size() >= 2 && words.size() <= MAX_MASTHEAD_NAME_WORDS && rules.hasOutletWord(text)
                && words.stream().anyMatch(word -> word.chars().allMatch(Character::isDigit))
                && words.stream().allMatch(word -> isName(word, 1) || word.chars().allMatch(Character::isDigit));
    }

    /**
     * True for a line of one word, letters only, above a line that reads as a headline of several words, perhaps with the
     * date stamp or a kicker between them (سياسة / الأحد 10 تشرين الثاني 2024 / لجنة الطوارئ الحكومية: …): a section's
     * name or a label (اقتصاد, محاكم), not the headline. A one-word headline has the text or its header under it.
     */
    private boolean isSectionLabel(List<Line> kept, int at) {
        if (at + 2 >= kept.size() || !isName(kept.get(at).text(), 1) || dateline(kept.get(at)).isPresent()) return false;
        for (int i = at + 1; i + 1 < kept.size() && isHeadline(kept.get(i).text()); i++) {
            if (Lines.wordCount(kept.get(i).text()) >= 2 && !isHeaderLine(kept.get(i)) && headlineAt(kept, i)) return true;
        }
        return false;
    }

    /**
     * True for the kicker over the headline, as papers print it once the date and the byline are read (عاقبتهما بالحبس 5 و3
     * سنوات وغرامة 1.2 مليون درهم / «استئناف دبي» تؤيد إدانة متهمين انتحلا صفة موظفي بنك …): a line of several words
     * over a longer one that the text follows at once. A standfirst stands under the headline, and the date or byline
     * under both, so a line under neither ({@code headerRead} false) is the headline.
     */
    private boolean isKicker(List<Line> kept, int at, boolean headerRead) {
        if (!headerRead || at + 2 >= kept.size()) return false;
        Line line = kept.get(at);
        Line headline = kept.get(at + 1);
        int words = Lines.wordCount(line.text());
        return words >= 2 && isHeadline(line.text()) && isHeadline(headline.text()) && !isHeaderLine(line) && !isHeaderLine(headline)
                && Lines.wordCount(headline.text()) > words && !isHeadline(kept.get(at + 2).text());
    }

    /**
     * Where a match card at {@code at} ends, the headline under it (كأس العالم للأندية لكرة اليد … - نصف النهائي / الزمالك 29
     * (13 - 17) 33 فيزبريم / الصالة المغطاة - استاد القاهرة الدولي / الخميس 07 نوفمبر 2024 - 19:30 / the headline): a
     * score line ({@code score_line}), perhaps under its heading, then the lines up to one that reads as the headline and
     * that the text follows, its date and byline perhaps between; -1 when there is no card or no headline under it.
     */
    private int matchCardEnd(List<Line> kept, int at) {
        int score = forms.isScoreLineKey(kept.get(at).key()) ? at
                : at + 1 < kept.size() && isHeadline(kept.get(at).text()) && forms.isScoreLineKey(kept.get(at + 1).key()) ? at + 1 : -1;
        if (score < 0) return -1;
        for (int i = score + 1; i + 1 < kept.size() && i <= score + MAX_CARD_LINES && isHeadline(kept.get(i).text()); i++) {
            if (!isHeaderLine(kept.get(i)) && Lines.wordCount(kept.get(i).text()) >= 2 && textFollows(kept, i)) return i;
        }
        return -1;
    }

    /** A match card's lines under its score: the venue, the kick-off, the referee. */
    private static final int MAX_CARD_LINES = 4;

    /** True when the text follows the line at {@code at}, at once or after date stamps, datelines and bylines. */
    private boolean textFollows(List<Line> kept, int at) {
        for (int i = at + 1; i < kept.size(); i++) {
            Line line = kept.get(i);
            if (!isHeadline(line.text())) return true;
            if (!isHeaderLine(line)) return false;
        }
        return false;
    }

    /** A date stamp, its time, a dateline or a byline: what stands between a headline and its text. */
    private boolean isHeaderLine(Line line) {
        return dateline(line).isPresent() || forms.isTimeKey(line.key()) || rules.datelineAgency(line.text()).isPresent()
                || rules.afterAuthorPrefix(line.text()).isPresent() || rules.outletAndReporter(line.text()).isPresent()
                || rules.placeAndName(line.text()).isPresent();
    }

    /** True when the line at {@code at} reads as a headline: the text, its header or a standfirst and then either follow it. */
    private boolean headlineAt(List<Line> kept, int at) {
        Line line = kept.get(at);
        if (!isHeadline(line.text()) || dateline(line).isPresent() || at + 1 >= kept.size()) return false;
        if (opensText(kept.get(at + 1))) return true;
        return at + 2 < kept.size() && isSubheading(kept.get(at + 1).text()) && opensText(kept.get(at + 2));
    }

    /** A line that follows a headline and no masthead: a paragraph, a date stamp, a dateline or a byline. */
    private boolean opensText(Line line) {
        return !isHeadline(line.text()) || dateline(line).isPresent() || rules.placeAndName(line.text()).isPresent()
                || rules.datelineAgency(line.text()).isPresent() || rules.afterAuthorPrefix(line.text()).isPresent();
    }

    /**
     * Letters only (a dot for initials), one word and at most {@code max}: a name, no sentence. A site's name in Latin
     * letters may hold digits (Le360 عربي, France24); an Arabic word with digits is no name.
     */
    private static boolean isName(String text, int max) {
        int words = Lines.wordCount(text);
        return words >= 1 && words <= max && java.util.Arrays.stream(SPACES.split(Lines.trim(text)))
                .allMatch(word -> BoilerplateRules.isLatinWord(word) || word.codePoints().allMatch(c -> Character.isLetter(c)
                        || c == '.' || Character.getType(c) == Character.NON_SPACING_MARK));
    }

    /**
     * True for a line above the text with no Arabic letter: words in another script, a few (Saudi Press Agency, ⵀⵉⵙⴱⵔⵉⵙ,
     * ⚡ AMP), or only marks (☰). A time alone (16:35) is none: it may open a live page's entry.
     */
    private static boolean isInAnotherScript(String line) {
        if (line.codePoints().anyMatch(ArticleReader::isArabicLetter) || !isHeadline(line) && hasLetter(line)) return false;
        boolean namesOrIcons = line.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || Lines.isSpace((char) c)
                || c == '.' || c == '-' || c == '&' || c == '\'' || c > 127 && isIcon(c) || Character.getType(c) == Character.NON_SPACING_MARK);
        return namesOrIcons && (hasLetter(line) || line.codePoints().noneMatch(Character::isDigit));
    }

    /** A pictograph or a sign as a page's buttons show them (⚡, ☰, ≡). */
    private static boolean isIcon(int c) {
        int type = Character.getType(c);
        return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL || c == 0xFE0F;
    }

    private static boolean isArabicLetter(int c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
    }

    /** True when every letter of a name is Arabic: a reporter's name in an Arabic byline, not a site's name in Latin letters. */
    private static boolean isArabicScript(String name) {
        return name.codePoints().filter(Character::isLetter).allMatch(ArticleReader::isArabicLetter);
    }

    /**
     * The reporter a source line names instead of an outlet: a person's name, a given name first, perhaps with the city
     * after a dash (المصدر: محمد فرغلي - دبي); empty for an outlet (المصدر: شرطة أبوظبي, المصدر: البوابة نيوز, a site named
     * after a person with a word that names outlets: سامي نيوز).
     */
    private Optional<String> reporterOf(String named) {
        List<String> parts = java.util.Arrays.stream(Lines.trim(named).split("\\s+[-\u2013\u2014]\\s+")).map(Lines::trim).toList();
        if (parts.size() > 2 || parts.size() == 2 && !isName(parts.get(1), 2)) return Optional.empty();
        List<String> names = words(parts.get(0));
        return names.size() >= 2 && looksLikeName(names) && forms.isGivenName(names.get(0)) && isArabicScript(parts.get(0))
                && !rules.hasOutletWord(parts.get(0)) ? Optional.of(parts.get(0)) : Optional.empty();
    }

    /** The agency of a line that is a place and a listed agency, with no mark between them (الرياض واس); empty for any other. */
    private Optional<String> placeThenAgency(String line) {
        List<String> words = words(line);
        for (int agencyWords = 1; agencyWords <= 2 && agencyWords < words.size(); agencyWords++) {
            List<String> place = words.subList(0, words.size() - agencyWords);
            String agency = String.join(" ", words.subList(words.size() - agencyWords, words.size()));
            if (place.size() <= 2 && isName(String.join(" ", place), 2) && isArabicScript(String.join(" ", place))
                    && rules.agencyName(agency).isPresent()) {
                return Optional.of(agency);
            }
        }
        return Optional.empty();
    }

    /** True when a dateline's name is the masthead's site, with or without its outlet words (الجديد, قناة الجديد). */
    private static final Pattern WRITERS_NOTE = Pattern.compile("\\*+\\s*(.+)");

    /** A paragraph that opens with a star and the author's name: the note about the writer under an opinion piece. */
    private static boolean isWritersNote(Block block, String author) {
        if (block.kind() != Block.Kind.PARAGRAPH) return false;
        Matcher m = WRITERS_NOTE.matcher(Lines.trim(block.text()));
        if (!m.matches()) return false;
        String name = MatchKey.of(author);
        String rest = MatchKey.of(m.group(1));
        return !name.isEmpty() && (rest.equals(name) || rest.startsWith(name + " ") || rest.startsWith(name + "،") || rest.startsWith(name + ","));
    }

    /** A team, or a site's editors (فريق, فريق تحرير, أسرة تحرير), before the name of a site. */
    private static final Pattern TEAM = Pattern.compile("(?:فريق|اسره)(?:\\s+(?:ال)?تحرير)?\\s+(.+)");

    /** The editors as a body rather than a person: فريق التحرير, أسرة التحرير, هيئة التحرير, التحرير. */
    private static final Pattern EDITORS = Pattern.compile("(?:(?:فريق|اسره|هيئه|قسم)\\s+(?:ال)?تحرير|التحرير)(?:\\s+\\S+){0,2}");

    /** True for a byline that names the editors as a team, no reporter (إعداد: فريق التحرير). */
    private static boolean isTeam(String names) {
        return EDITORS.matcher(MatchKey.of(names)).matches();
    }

    /** True for a byline naming the team of the site of the masthead: فريق مسبار, أسرة تحرير الموقع's own name. */
    private boolean isTeamOfSite(String line, String site) {
        Matcher m = TEAM.matcher(MatchKey.of(line));
        return m.matches() && namesSite(m.group(1), site);
    }

    /** A place, a dash, then a name, perhaps with its bureau after من (هسبريس من تطوان). */
    private static final Pattern SITE_DATELINE = Pattern.compile(
            "\\p{IsArabic}+(?:\\s+\\p{IsArabic}+){0,2}\\s*[-\\u2013\\u2014\\u0640]\\s*([^-\\u2013\\u2014\\u0640]{1,40}?)(\\s+من\\s+\\p{IsArabic}+(?:\\s+\\p{IsArabic}+)?)?");
    /** A site and its bureau with no place before them (هسبريس من الرباط). */
    private static final Pattern SITE_BUREAU = Pattern.compile(
            "([^-\\u2013\\u2014\\u0640]{1,40}?)(\\s+من\\s+\\p{IsArabic}+(?:\\s+\\p{IsArabic}+)?)");

    /**
     * The site a dateline names after the place: the site of the masthead, in letters or figures (بغداد - 964 under
     * شبكة 964), or the masthead's site or a listed outlet followed by its bureau (تطوان - هسبريس من تطوان), which is
     * no reporter's name. Empty for a place and a reporter.
     */
    private Optional<String> siteOfDateline(String line, Optional<String> masthead) {
        Matcher m = SITE_DATELINE.matcher(Lines.trim(line).replaceAll("\\p{Mn}", ""));
        if (!m.matches()) m = SITE_BUREAU.matcher(Lines.trim(line).replaceAll("\\p{Mn}", ""));
        if (!m.matches()) return Optional.empty();
        // The site and the agencies it drew on (صنعاء - الجزيرة نت ووكالات): the site.
        String name = Lines.trim(AND_AGENCIES.matcher(m.group(1)).replaceFirst(""));
        if (masthead.isPresent() && namesSite(name, masthead.get())) return Optional.of(name);
        return m.group(2) != null ? rules.agencyName(name).map(listed -> name) : Optional.empty();
    }

    private static final Pattern AND_AGENCIES = Pattern.compile("\\s*(?:\\+|و)\\s*وكالات$");

    private boolean namesSite(String name, String site) {
        String key = MatchKey.of(name);
        return key.equals(MatchKey.of(site)) || key.equals(rules.withoutOutletWords(site));
    }

    /**
     * True when a place and a name are the byline: a reporter's name after a label (كتب:), or of two words or more on a
     * line beside the date stamp. A place and one word ({@code بيروت - الجديد}) is more likely an outlet.
     */
    private boolean isPlaceAndReporter(BoilerplateRules.PlaceAndName named, List<Line> kept, int at) {
        List<String> names = words(named.name());
        if (!looksLikeNames(names)) return false;
        if (named.labelled()) return true;
        return names.size() >= 2 && besideDate(kept, at);
    }

    /**
     * True for a place and a person's full name, a given name first, with no label (ود مدني - محمد عبد الرحمن الأمين): on
     * the line right under the headline, where papers print the reporter's city and name, the byline.
     */
    private boolean isPlaceAndFullName(BoilerplateRules.PlaceAndName named) {
        List<String> names = words(named.name());
        return !named.labelled() && names.size() >= 2 && looksLikeName(names) && forms.isGivenName(names.get(0));
    }

    /** True when the line just above or below the one at {@code at} is a date stamp. */
    private boolean besideDate(List<Line> kept, int at) {
        return at > 0 && dateline(kept.get(at - 1)).isPresent() || at + 1 < kept.size() && dateline(kept.get(at + 1)).isPresent();
    }

    /** True for the masthead's site named again with a word for what it is or its desk (رووداو ديجيتال under رووداو). */
    private boolean isDeskOfSite(String line, String site) {
        String name = rules.withoutOutletWords(line);
        return !name.isEmpty() && !MatchKey.of(line).equals(name) && name.equals(rules.withoutOutletWords(site));
    }

    /**
     * True for a person's name of two to four words alone on the line under the date stamp: the byline. It is told
     * from a short subheading there (تفاصيل الخطة) by its first word, a given name, not by its length.
     */
    private boolean isBareByline(List<Line> kept, int at, boolean underHeadline) {
        List<String> names = words(kept.get(at).text());
        boolean byDate = at > 0 && dateline(kept.get(at - 1)).isPresent()
                || underHeadline && at + 1 < kept.size() && dateline(kept.get(at + 1)).isPresent();
        return byDate && names.size() >= 2 && looksLikeName(names) && forms.isGivenName(names.get(0));
    }

    private static final Pattern WIDE_GAP = Pattern.compile(BoilerplateRules.WIDE_GAP);
    /** At most this many lines under a PDF's headline line continue it. */
    private static final int MAX_WRAPPED_HEADLINE_LINES = 3;

    /** True when the lines above the headline show a page pasted from a PDF: its page number alone, or a line set in columns. */
    private static boolean isPdfPage(List<Line> above) {
        return above.stream().anyMatch(line -> PAGE_NUMBER.matcher(line.text()).matches() || WIDE_GAP.matcher(Lines.trim(line.text())).find());
    }

    /**
     * How many lines right under the headline's first line continue it: each on the next line of the file, short and
     * without a stop as a headline is, the last followed by a blank or furniture, the whole no longer than a headline; 0
     * when the run goes on into the text.
     */
    private static int headlineLinesWrapped(List<Line> kept, int at) {
        int last = at;
        int words = Lines.wordCount(kept.get(at).text());
        while (last + 1 < kept.size() && last - at < MAX_WRAPPED_HEADLINE_LINES && kept.get(last + 1).number() == kept.get(last).number() + 1
                && isHeadline(kept.get(last + 1).text())) {
            words += Lines.wordCount(kept.get(last + 1).text());
            last++;
        }
        boolean blankAfter = last + 1 < kept.size() && kept.get(last + 1).number() > kept.get(last).number() + 1;
        return blankAfter && words <= MAX_HEADLINE_WORDS ? last - at : 0;
    }

    /** A number alone on its line, the page's: 5, ١٢. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("[0-9٠-٩]{1,3}");

    /** A reporter's initials, each letter alone with a dot after the first or all: ب. ع, م.ع. ح (no word of two letters). */
    private static final Pattern INITIALS = Pattern.compile("\\p{IsArabic}\\.(?:\\s*\\p{IsArabic}\\.?){1,3}");

    private static boolean isInitials(String line) {
        return INITIALS.matcher(Lines.trim(line)).matches();
    }

    private static List<String> words(String text) {
        return List.of(SPACES.split(Lines.trim(text)));
    }

    /** One name or several, joined by dashes or commas, as a byline names two reporters: محمود عبد الراضي - إبراهيم أحمد. */
    private static boolean looksLikeNames(List<String> words) {
        List<String> name = new ArrayList<>();
        int names = 0;
        for (String word : words) {
            boolean joint = word.matches("[-\u2013\u2014\u060C,]+");
            String bare = word.replaceFirst("[\u060C,]$", "");
            if (!joint) name.add(bare);
            if (joint || !bare.equals(word)) {
                if (!looksLikeName(name)) return false;
                names++;
                name.clear();
            }
        }
        return looksLikeName(name) && names < MAX_BYLINE_NAMES;
    }

    private static boolean looksLikeName(List<String> words) {
        return !words.isEmpty() && words.size() <= MAX_AUTHOR_WORDS
                && words.stream().allMatch(w -> w.codePoints().allMatch(c -> Character.isLetter(c) || c == '.' || c == '-'
                        || Character.getType(c) == Character.NON_SPACING_MARK));
    }

    /**
     * A short headline from a paragraph: its first clause, extended clause by clause to at least
     * {@value #MIN_DERIVED_TITLE_WORDS} words, cut at a word boundary after {@value #MAX_DERIVED_TITLE_WORDS}
     * words (marked with an ellipsis), without dangling punctuation or an unclosed bracket or quote.
     */
    static String deriveTitle(String paragraph) {
        List<String> words = List.of(SPACES.split(Lines.trim(paragraph)));
        List<String> taken = new ArrayList<>();
        boolean cutShort = true;
        for (String word : words) {
            taken.add(word);
            char end = lastSignificant(word);
            boolean sentenceEnd = end == '.' || end == '!' || end == '?' || end == '\u061F' || end == '\u2026';
            boolean clauseEnd = sentenceEnd || end == '\u060C' || end == ',' || end == '\u061B' || end == ';' || end == ':';
            if (sentenceEnd || (clauseEnd && taken.size() >= MIN_DERIVED_TITLE_WORDS)) {
                cutShort = false;
                break;
            }
            if (taken.size() == MAX_DERIVED_TITLE_WORDS) break;
        }
        if (taken.size() == words.size()) cutShort = false;
        String title = stripTrailingPunctuation(String.join(" ", taken));
        title = closeOrDropUnbalanced(title);
        return cutShort ? title + "\u2026" : title;
    }

    private static String stripTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 0) {
            char c = text.charAt(end - 1);
            int type = Character.getType(c);
            boolean punctuation = type == Character.OTHER_PUNCTUATION || type == Character.DASH_PUNCTUATION
                    || type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                    || Lines.isSpace(c);
            if (!punctuation || c == '"' && isBalanced(text.substring(0, end))) break;
            end--;
        }
        return text.substring(0, end);
    }

    private static boolean isBalanced(String text) {
        return text.chars().filter(c -> c == '"').count() % 2 == 0;
    }

    /** Cuts before an opening bracket or quote that the cut left unclosed. */
    private static String closeOrDropUnbalanced(String title) {
        int open = -1;
        int depth = 0;
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c == '(' || c == '\u00AB' || c == '[') {
                if (depth == 0) open = i;
                depth++;
            } else if ((c == ')' || c == '\u00BB' || c == ']') && depth > 0) {
                depth--;
            }
        }
        int cutAt = depth > 0 ? open : -1;
        if (!isBalanced(title)) {
            int quote = title.lastIndexOf('"');
            cutAt = cutAt < 0 ? quote : Math.min(cutAt, quote);
        }
        if (cutAt <= 0) return title;
        String shorter = stripTrailingPunctuation(title.substring(0, cutAt));
        return shorter.isEmpty() ? title : shorter;
    }
}
