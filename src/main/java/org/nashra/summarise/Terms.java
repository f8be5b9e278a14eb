package org.nashra.summarise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Content terms of a text: Lucene's Arabic analysis (tokenise, drop stop words, normalise
 * hamza/alef/yeh/teh marbuta and diacritics, strip light prefixes and suffixes).
 */
final class Terms {

    private final Analyzer analyzer = new ArabicAnalyzer();

    List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 1) terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            // Reading from a string cannot fail; keep the signature honest anyway.
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** Term frequencies, sorted by term so iteration order never depends on hashing. */
    Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String term : of(text)) counts.merge(term, 1, Integer::sum);
        return counts;
    }

    /** Cosine of two weighted term vectors; 0 when either is empty. */
    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double other = large.get(e.getKey());
            if (other != null) dot += e.getValue() * other;
        }
        double norm = Math.sqrt(sumOfSquares(a) * sumOfSquares(b));
        return norm == 0 ? 0 : dot / norm;
    }

    private static double sumOfSquares(Map<String, Double> v) {
        double sum = 0;
        for (double x : v.values()) sum += x * x;
        return sum;
    }
}
