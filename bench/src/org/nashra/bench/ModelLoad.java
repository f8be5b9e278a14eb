package org.nashra.bench;

/**
 * How long a fresh JVM takes to load the transliteration model and the name finder, once each: what a build
 * pays before it analyses its first article. Run it in a fresh JVM each time, with the launcher's one-shot
 * options to match a build:
 * {@code java -XX:+UseParallelGC -XX:CompileThresholdScaling=4 -XX:MaxInlineLevel=6 -XX:FreqInlineSize=100
 * -XX:InlineSmallCode=1000 -cp target/bench-classes:target/nashra.jar org.nashra.bench.ModelLoad}. To compare
 * with an older revision, run it so against that revision's jar.
 */
public final class ModelLoad {
    public static void main(String[] args) {
        long start = System.nanoTime();
        org.nashra.translate.names.Transliterator.load();
        long transliterator = System.nanoTime();
        org.nashra.extract.entities.CombinedRecogniser.bundled(java.util.List.of());
        long recogniser = System.nanoTime();
        System.out.printf(java.util.Locale.ROOT, "transliteration model %.0f ms, name finder %.0f ms%n",
                (transliterator - start) / 1e6, (recogniser - transliterator) / 1e6);
    }
}
