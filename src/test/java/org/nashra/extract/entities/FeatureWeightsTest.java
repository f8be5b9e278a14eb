package org.nashra.extract.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FeatureWeightsTest {

    private static Map<String, Context> predicates;
    private static int outcomes;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void loadTheBundledModel() throws IOException {
        try (InputStream in = StatisticalRecogniser.class.getResourceAsStream("ner-ar.bin")) {
            Object[] data = ((PerceptronModel) new TokenNameFinderModel(in).getArtifact("nameFinder.model")).getDataStructures();
            predicates = (Map<String, Context>) data[1];
            outcomes = ((String[]) data[2]).length;
        }
    }

    @Test
    void everyFeatureOfTheModelAddsWhatItsContextHolds() {
        FeatureWeights weights = FeatureWeights.of(predicates);
        for (Map.Entry<String, Context> feature : predicates.entrySet()) {
            double[] expected = startingSums();
            int[] active = feature.getValue().getOutcomes();
            double[] parameters = feature.getValue().getParameters();
            for (int a = 0; a < active.length; a++) expected[active[a]] += parameters[a];
            double[] actual = startingSums();
            weights.addTo(actual, feature.getKey());
            assertArrayEquals(expected, actual, 0.0, feature.getKey());
        }
    }

    @Test
    void aFeatureTheModelLacksAddsNothing() {
        FeatureWeights weights = FeatureWeights.of(predicates);
        int checked = 0;
        for (String name : predicates.keySet()) {
            for (String absent : new String[] {name + "ـ", "x" + name, name.substring(0, name.length() - 1)}) {
                if (predicates.containsKey(absent)) continue;
                double[] sums = startingSums();
                weights.addTo(sums, absent);
                assertArrayEquals(startingSums(), sums, 0.0, absent);
                checked++;
            }
        }
        assertNotEquals(0, checked);
    }

    @Test
    void theModelsNamesHashApart() {
        Set<Long> hashes = new HashSet<>();
        for (String name : predicates.keySet()) hashes.add(FeatureWeights.hash(name, 0));
        assertEquals(predicates.size(), hashes.size());
    }

    private static double[] startingSums() {
        double[] sums = new double[outcomes];
        for (int o = 0; o < outcomes; o++) sums[o] = o * 0.25;
        return sums;
    }
}
