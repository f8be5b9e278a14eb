package org.nashra.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-line progress display for long builds ("analysed 120 of 5000 articles, about 40 s left"),
 * redrawn at most twice a second on an interactive terminal. In CI logs, pipes and tests it prints
 * nothing, so logs stay clean.
 */
final class Progress {

    private static final long REDRAW_NANOS = 500_000_000L;

    private final PrintStream out;
    private final boolean enabled;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile long started;
    private volatile long lastDrawn;

    Progress(PrintStream out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    /** Shown only on a terminal, and never when the CI variable is set. */
    static Progress forTerminal() {
        boolean interactive = System.console() != null && System.getenv("CI") == null;
        return new Progress(System.err, interactive);
    }

    static Progress silent() {
        return new Progress(System.err, false);
    }

    void start(int count) {
        total = count;
        done.set(0);
        started = System.nanoTime();
        lastDrawn = 0;
    }

    void step() {
        int n = done.incrementAndGet();
        if (!enabled) return;
        long now = System.nanoTime();
        if (now - lastDrawn < REDRAW_NANOS && n < total) return;
        synchronized (this) {
            lastDrawn = now;
            double perItem = (now - started) / 1e9 / n;
            long left = Math.round(perItem * (total - n));
            out.printf(Locale.ROOT, "\ranalysed %d of %d articles, about %d s left   ", n, total, left);
            out.flush();
        }
    }

    void finish() {
        if (!enabled || total == 0) return;
        out.print("\r" + " ".repeat(60) + "\r");
        out.flush();
    }
}
