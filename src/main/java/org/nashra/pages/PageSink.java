package org.nashra.pages;

import java.util.function.Consumer;

/**
 * Where the planner hands each page as it is planned: the content writer, which also says which files
 * still hold what it last wrote there, so that a page planned from the same inputs is handed on as
 * unchanged instead of being made again.
 */
public interface PageSink extends Consumer<PlannedPage> {

    /** Whether the file at {@code path} (relative to {@code content/}) still holds the page last written there. */
    boolean holds(String path);

    /** A sink that holds nothing, so that every page reaches {@code sink} planned afresh. */
    static PageSink of(Consumer<ContentFile> sink) {
        return new PageSink() {
            @Override
            public void accept(PlannedPage page) {
                sink.accept((ContentFile) page);
            }

            @Override
            public boolean holds(String path) {
                return false;
            }
        };
    }
}
