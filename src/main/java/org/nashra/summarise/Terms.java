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

    /** A weighted term vector: term ids in ascending order, their weights, and the Euclidean norm. */
    record Vector(int[] ids, double[] weights, double norm) {

        static Vector of(Map<Integer, Double> weights) {
            int[] ids = new int[weights.size()];
            double[] values = new double[weights.size()];
            double sumOfSquares = 0;
            int k = 0;
            for (Map.Entry<Integer, Double> e : new TreeMap<>(weights).entrySet()) {
                ids[k] = e.getKey();
                values[k++] = e.getValue();
                sumOfSquares += e.getValue() * e.getValue();
            }
            return new Vector(ids, values, Math.sqrt(sumOfSquares));
        }

        /** Cosine similarity; 0 when either vector is empty. */
        double cosine(Vector other) {
            if (norm == 0 || other.norm == 0) return 0;
            double dot = 0;
            for (int i = 0, j = 0; i < ids.length && j < other.ids.length; ) {
                if (ids[i] == other.ids[j]) dot += weights[i++] * other.weights[j++];
                else if (ids[i] < other.ids[j]) i++;
                else j++;
            }
            return dot / (norm * other.norm);
        }
    }
}
