package org.nashra.pages;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.nashra.analyse.Analysis;
import org.nashra.analyse.EntityFound;
import org.nashra.core.Lang;
import org.nashra.extract.EntityType;
import org.nashra.extract.topics.Topic;

/**
 * English wording of an article for the English pages. Until an English headline exists (from an
 * editor or a translation backend), the headline is built from the article's main topic, or the names it
 * gives most, and its date: honest, if plain.
 */
final class EnglishNames {

    private final UiStrings ui;
    private final java.util.function.Function<String, Topic> topics;

    EnglishNames(UiStrings ui, java.util.function.Function<String, Topic> topics) {
        this.ui = ui;
        this.topics = topics;
    }

    /**
     * The subject is the article's first topic that is not broad, else the names it gives most, else its first
     * (broad) topic: "Sport" a hundred times over tells a reader less than "Real Madrid and Barcelona". A digest
     * ({@link org.nashra.summarise.Digests}) is a news roundup.
     */
    String headline(Analysis a) {
        List<Topic> taken = a.topics().stream().map(t -> topics.apply(t.topicId())).toList();
        // a digest's items are about different things: neither its first item's names nor one topic say what it is
        boolean digest = !a.article().titleDerived() && org.nashra.summarise.Digests.isDigestHeadline(a.article().title());
        String subject = digest ? ui.get(Lang.EN, "briefing_digest") : taken.stream().filter(t -> !t.broad()).findFirst().map(Topic::nameEn)
                .or(() -> namedMost(a))
                .or(() -> taken.stream().findFirst().map(Topic::nameEn))
                .orElse(ui.get(Lang.EN, "briefing_generic"));
        return a.article().published()
                .map(d -> ui.get(Lang.EN, "briefing_title_dated").replace("{subject}", subject)
                        .replace("{date}", org.nashra.extract.dates.DateFormatter.of(a.monthNaming())
                                .format(org.nashra.extract.dates.DateValue.day(d), Lang.EN)))
                .orElse(ui.get(Lang.EN, "briefing_title_undated").replace("{subject}", subject));
    }

    /**
     * For an article no topic takes, the one or two people, organisations or places it is about, which tell an
     * English reader more than "Arabic news report" a hundred times over: those it names most (places counting half),
     * the first named first among equals. The article's own outlet and the news agencies it quotes are left out
     * ({@link org.nashra.link.Linker#isSource}), as is a person or place read only inside the outlet's name where it is
     * written (نيوز in شفق نيوز).
     */
    private Optional<String> namedMost(Analysis a) {
        // The agency that sent the report is named in it ("قال لرويترز") but is not what it is about.
        Optional<String> outlet = a.article().outlet().map(org.nashra.arabic.ArabicText::normaliseForMatching);
        List<String> names = a.entities().stream()
                .filter(e -> e.ref().type() != EntityType.MISC && e.spans().stream().anyMatch(s -> !s.headline()))
                .filter(e -> outlet.isEmpty() || !isOutlet(e, outlet.get()))
                .filter(e -> !org.nashra.link.Linker.isSource(e.ref(), a.article().outlet()))
                .filter(e -> !withinOutletName(a, e))
                .filter(e -> !sameManAgain(a, e))
                .sorted(Comparator.comparingInt((EntityFound e) -> -weight(e))
                        .thenComparing(e -> onlyBesidePerson(a, e))
                        .thenComparingInt(e -> firstInBody(e).block()).thenComparingInt(e -> firstInBody(e).start()))
                .map(e -> e.ref().nameEn()).distinct().limit(2).toList();
        if (names.isEmpty()) return Optional.empty();
        if (names.size() == 1) return Optional.of(names.get(0));
        return Optional.of(ui.get(Lang.EN, "briefing_subject_pair").replace("{first}", names.get(0)).replace("{second}", names.get(1)));
    }

    /**
     * Whether an organisation is named in the body only as the post of a person: right before the name (رئيس المجلس
     * الرئاسي الليبي محمد المنفي) or after a comma behind it (أحمد الطيب، رئيس مجلس حكماء المسلمين). It says who that
     * person is, so it comes after the names of equal weight.
     */
    private static boolean onlyBesidePerson(Analysis a, EntityFound e) {
        if (e.ref().type() != EntityType.ORGANISATION) return false;
        return e.spans().stream().filter(s -> !s.headline()).allMatch(s -> personSpans(a, e)
                .anyMatch(p -> p.block() == s.block() && (p.start() >= s.end() && p.start() <= s.end() + 1 || inApposition(a, p, s, true))));
    }

    /**
     * Whether a "person" is named in the body only as the office set after another person's name between commas
     * (أحمد الطيب، شيخ الأزهر الشريف): the same man named again, who is no second name for the headline.
     */
    private static boolean sameManAgain(Analysis a, EntityFound e) {
        if (e.ref().type() != EntityType.PERSON) return false;
        return e.spans().stream().filter(s -> !s.headline())
                .allMatch(s -> personSpans(a, e).anyMatch(p -> p.block() == s.block() && inApposition(a, p, s, false)));
    }

    /** Where the body names the people other than {@code e}. */
    private static java.util.stream.Stream<org.nashra.core.Span> personSpans(Analysis a, EntityFound e) {
        return a.entities().stream().filter(p -> p != e && p.ref().type() == EntityType.PERSON)
                .flatMap(p -> p.spans().stream()).filter(p -> !p.headline());
    }

    /**
     * Whether {@code office} follows {@code person} with only a comma between (أحمد الطيب، شيخ الأزهر), or, for an
     * organisation, a comma and the one word of the post (أحمد الطيب، رئيس مجلس حكماء المسلمين).
     */
    private static boolean inApposition(Analysis a, org.nashra.core.Span person, org.nashra.core.Span office, boolean organisation) {
        if (person.end() > office.start() || office.block() >= a.article().body().size()) return false;
        String text = a.article().body().get(office.block()).text();
        if (office.start() > text.length()) return false;
        return (organisation ? POST_IN_APPOSITION : APPOSITION).matcher(text.substring(person.end(), office.start())).matches();
    }

    private static final java.util.regex.Pattern APPOSITION = java.util.regex.Pattern.compile("\\s*[،,]\\s*");
    private static final java.util.regex.Pattern POST_IN_APPOSITION = java.util.regex.Pattern.compile("\\s*[،,]\\s*\\p{L}+\\s+");

    private static long bodyMentions(EntityFound e) {
        return e.spans().stream().filter(s -> !s.headline()).count();
    }

    /**
     * Whether a person or place is named only where the outlet's name is written ("بغداد - شفق نيوز", "لوكالة شفق
     * نيوز"): a word of an outlet's name read as a name of its own. An organisation found there is the outlet, or the
     * body that issued the text (وزارة النفط in وزارة النفط والغاز), and stays.
     */
    private static boolean withinOutletName(Analysis a, EntityFound e) {
        Optional<String> outlet = a.article().outlet().map(String::strip).filter(o -> !o.isEmpty());
        if (outlet.isEmpty() || e.ref().type() == EntityType.ORGANISATION) return false;
        return e.spans().stream().filter(s -> !s.headline()).allMatch(s -> {
            if (s.block() >= a.article().body().size()) return false;
            String text = a.article().body().get(s.block()).text();
            for (int at = text.indexOf(outlet.get()); at >= 0; at = text.indexOf(outlet.get(), at + 1)) {
                if (s.start() < at + outlet.get().length() && at < s.end()) return true;
            }
            return false;
        });
    }

    /**
     * Mentions in the body, a place's counting half: who acts tells more than where (a report from Gaza names Gaza
     * often). The original headline stands on the page beside this one, so what it names is weighed by the body alone.
     */
    private static int weight(EntityFound e) {
        return (int) bodyMentions(e) * (e.ref().type() == EntityType.PLACE ? 1 : 2);
    }

    /** The outlet by its name, or by the short form the article gives it: بترا is وكالة الأنباء الأردنية. */
    private static boolean isOutlet(EntityFound e, String outlet) {
        return outlet.equals(org.nashra.arabic.ArabicText.normaliseForMatching(e.ref().nameAr()))
                || e.ref().mentions().stream().anyMatch(m -> outlet.equals(org.nashra.arabic.ArabicText.normaliseForMatching(m.surface())));
    }

    private static org.nashra.core.Span firstInBody(EntityFound e) {
        return e.spans().stream().filter(s -> !s.headline()).findFirst().orElseThrow();
    }
}
