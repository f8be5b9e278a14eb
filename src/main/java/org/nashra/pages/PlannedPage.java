package org.nashra.pages;

/**
 * A page as the planner hands it on: planned afresh, with its whole text ({@link ContentFile}), or the
 * page the last build wrote at that path, planned from the same inputs and still in its file
 * ({@link UnchangedPage}), of which a long-lived process keeps no more than the path.
 */
public sealed interface PlannedPage permits ContentFile, UnchangedPage {

    /** Path relative to {@code content/}, with forward slashes. */
    String path();
}
