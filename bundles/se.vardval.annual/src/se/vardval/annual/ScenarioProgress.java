package se.vardval.annual;

/** What a scenario tells while it calculates its rulebooks one after the other, and how it is asked to stop. */
public interface ScenarioProgress {

    /** Progress nobody watches and that is never cancelled. */
    ScenarioProgress NONE = new ScenarioProgress() {
        @Override
        public void calculating(int index, int count, String name) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** The rulebook {@code index} (from 0) of {@code count}, named {@code name}, is being calculated. */
    void calculating(int index, int count, String name);

    /** Whether the user asked to stop; checked before each rulebook. */
    boolean cancelled();
}
