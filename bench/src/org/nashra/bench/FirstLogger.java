package org.nashra.bench;

/**
 * How long a fresh JVM takes to its first SLF4J logger, with whatever logging back end the class path
 * holds: the fixed cost every Nashra command pays once JBake asks for a logger. Run it in a fresh JVM each
 * time with the jar's own class path (its manifest names the libraries in {@code target/lib}):
 * {@code java -cp target/bench-classes:target/nashra.jar org.nashra.bench.FirstLogger}. To compare with an
 * older back end, run it so against the jar of an older revision.
 */
public final class FirstLogger {
    public static void main(String[] args) {
        long start = System.nanoTime();
        org.slf4j.LoggerFactory.getLogger(FirstLogger.class).debug("first logger");
        System.out.printf(java.util.Locale.ROOT, "first logger in %.0f ms%n", (System.nanoTime() - start) / 1e6);
    }
}
