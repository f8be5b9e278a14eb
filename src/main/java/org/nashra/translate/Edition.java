package org.nashra.translate;

import java.util.Optional;

/**
 * The human and machine wording of one article beyond what analysis derives: headlines and
 * summaries written by an editor or machine-translated (editor text always beats machine text), the
 * address of the original article when an editor gave it, and the outlet's English name when known.
 */
public record Edition(Optional<Wording> titleEn, Optional<Wording> summaryEn, Optional<Wording> summaryAr,
                      Optional<String> sourceUrl, Optional<String> outletEn) {

    /** Who wrote a text: an editor, or a machine-translation backend (named). */
    public record Wording(String text, Origin origin, String backend) {}

    public enum Origin { EDITOR, MACHINE }

    public static Edition none() {
        return new Edition(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
