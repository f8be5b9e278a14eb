package org.nashra.eval.translit;

import java.util.Locale;

/**
 * How well names were spelt.
 *
 * @param pairs          pairs scored
 * @param correct        pairs whose spelling matched exactly (case-insensitive)
 * @param editDistance   sum of character edit distances between spelling and reference
 * @param referenceChars sum of the references' lengths
 * @param lexiconHits    pairs whose spelling came wholly from the lexicon of attested spellings
 */
public record TranslitScore(int pairs, int correct, long editDistance, long referenceChars, int lexiconHits) {

    public double accuracy() { return pairs == 0 ? 0 : (double) correct / pairs; }

    /** Character error rate: edits per reference character. */
    public double characterErrorRate() { return referenceChars == 0 ? 0 : (double) editDistance / referenceChars; }

    public double lexiconHitShare() { return pairs == 0 ? 0 : (double) lexiconHits / pairs; }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "pairs %d  top-1 accuracy %.3f  CER %.3f  lexicon hits %.3f",
                pairs, accuracy(), characterErrorRate(), lexiconHitShare());
    }
}
