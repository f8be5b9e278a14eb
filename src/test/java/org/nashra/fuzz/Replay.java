package org.nashra.fuzz;

/**
 * How fuzz tests run in an ordinary {@code mvn verify}: each replays the inputs in its
 * {@code <Class>Inputs} resource folder as a plain parameterised test. Jazzer's agent is not loaded
 * then: it scans the whole class path for hooks (half a minute on a shared two-core machine) and a
 * replay does not need coverage. With {@code JAZZER_FUZZ=1} the agent is loaded and Jazzer fuzzes.
 */
final class Replay {

    private Replay() {}

    static void withoutAgentUnlessFuzzing() {
        String fuzz = System.getenv("JAZZER_FUZZ");
        if (fuzz == null || fuzz.isEmpty() || fuzz.equals("0")) {
            System.setProperty("jazzer.hooks", "false");
        }
    }
}
