package se.vardval.core.model;

/**
 * An input a model tool asks for: its id (the key of its value in a {@link ToolRequest}), its kind, the label an
 * administrator reads, and whether it may be left out (the tool then uses a default it describes in the label).
 */
public record ToolInput(String id, Kind kind, String label, boolean required) {

    /** What an input holds. */
    public enum Kind {
        /** The year of a draft rulebook of the vårdval, e.g. {@code 2021}. */
        DRAFT_YEAR,
        /** A month, {@code YYYY-MM}. */
        MONTH,
        /** Free text. */
        TEXT
    }
}
