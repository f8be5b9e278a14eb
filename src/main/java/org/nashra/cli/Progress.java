package org.nashra.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-line progress display for long builds ("analysed 120 of 5000 articles, about 40 s left",
 * then "baked 900 of 10000 pages, about 6 s left"), redrawn at most twice a second on an interactive
 * terminal. In CI logs, pipes and tests it prints nothing, so logs stay clean.
 */
final class Progress implements org.nashra.bake.Baker.Listener {

    private static final long REDRAW_NANOS = 500_000_000L;

    private final PrintStream out;
    private final boolean enabled;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile String verb = "analysed";
    private volatile String items = "articles";
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

    /** Counts articles analysed. */
    void start(int count) {
        start(count, "analysed", "articles");
    }

    /** Counts pages baked. */
    @Override
    public void started(int pages) {
        start(pages, "baked", "pages");
    }

    @Override
    public void baked() {
        step();
    }

    @Override
    public void finished() {
        finish();
    }

    private void start(int count, String doneVerb, String noun) {
        verb = doneVerb;
        items = noun;
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
            out.printf(Locale.ROOT, "\r%s %d of %d %s, about %d s left   ", verb, n, total, items, left);
            out.flush();
        }
    }

    void finish() {
        if (!enabled || total == 0) return;
        out.print("\r" + " ".repeat(60) + "\r");
        out.flush();
    }
}
