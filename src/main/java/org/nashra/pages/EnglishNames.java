package org.nashra.pages;

import org.nashra.analyse.Analysis;
import org.nashra.core.Lang;

/**
 * English wording of an article for the English pages. Until an English headline exists (from an
 * editor or a translation backend), the headline is built from the article's main topic and date:
 * honest, if plain.
 */
final class EnglishNames {

    private final UiStrings ui;
    private final java.util.function.Function<String, String> topicNameEn;

    EnglishNames(UiStrings ui, java.util.function.Function<String, String> topicNameEn) {
        this.ui = ui;
        this.topicNameEn = topicNameEn;
    }

    String headline(Analysis a) {
        String subject = a.topics().isEmpty() ? ui.get(Lang.EN, "briefing_generic") : topicNameEn.apply(a.topics().get(0).topicId());
        return a.article().published()
                .map(d -> ui.get(Lang.EN, "briefing_title_dated").replace("{subject}", subject)
                        .replace("{date}", org.nashra.extract.dates.DateFormatter.of(a.monthNaming())
                                .format(org.nashra.extract.dates.DateValue.day(d), Lang.EN)))
                .orElse(ui.get(Lang.EN, "briefing_title_undated").replace("{subject}", subject));
    }
}
