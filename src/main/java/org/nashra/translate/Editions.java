package org.nashra.translate;

import java.util.Optional;

import org.nashra.core.Lang;
import org.nashra.translate.mt.Translator;

/**
 * Makes an article's {@link Edition}: the editor's wording where given, otherwise a machine
 * translation of the Arabic headline and summary when a translation backend is configured, otherwise
 * nothing (the English page then shows the structured brief). Never fails: a backend that is down
 * leaves the wording empty and records why on the translator.
 */
public final class Editions {

    private final Translator translator;

    public Editions(Translator translator) {
        this.translator = translator;
    }

    public Edition make(String titleAr, String summaryAr, Optional<String> editorTitleEn,
                        Optional<String> editorSummaryEn, Optional<String> editorSummaryAr, Optional<String> sourceUrl,
                        Optional<String> outletEn) {
        Optional<Edition.Wording> summaryArWording = editorSummaryAr.map(Editions::editor);
        String arabicSummary = editorSummaryAr.orElse(summaryAr);
        Optional<Edition.Wording> titleEn = editorTitleEn.map(Editions::editor).or(() -> machine(titleAr));
        Optional<Edition.Wording> summaryEn = editorSummaryEn.map(Editions::editor).or(() -> machine(arabicSummary));
        return new Edition(titleEn, summaryEn, summaryArWording, sourceUrl, outletEn);
    }

    private static Edition.Wording editor(String text) {
        return new Edition.Wording(text, Edition.Origin.EDITOR, "");
    }

    private Optional<Edition.Wording> machine(String arabic) {
        if (arabic == null || arabic.isBlank()) return Optional.empty();
        return translator.translate(arabic, Lang.AR, Lang.EN)
                .filter(t -> t.machine() && !t.text().isBlank())
                .map(t -> new Edition.Wording(t.text().strip(), Edition.Origin.MACHINE, t.backend()));
    }
}
