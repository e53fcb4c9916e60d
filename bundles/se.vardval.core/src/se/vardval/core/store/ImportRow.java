package se.vardval.core.store;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * One data row of an imported file as a plugin's {@link ImportFileContribution} reads it: its fields by column name,
 * parsed by the common rules, with every problem reported as {@code file:line: column: reason}. Each getter returns
 * null when the value is missing or bad, after reporting it.
 */
public interface ImportRow {

    /** The physical line the row starts on (the header is line 1). */
    long line();

    /** The stripped text of the column, or null when the field is empty or the column absent. */
    String text(String column);

    /** The text of a column that must have a value; reports {@code värde saknas} otherwise. */
    String required(String column);

    /**
     * The value of a column that must have a value, parsed by {@code parser}; an {@link IllegalArgumentException} it
     * throws is reported with its message as the reason.
     */
    <T> T required(String column, Function<String, T> parser);

    /** Like {@link #required(String, Function)} for a column that may be empty (then null, without a report). */
    <T> T optional(String column, Function<String, T> parser);

    /** A required ISO date ({@code YYYY-MM-DD}). */
    LocalDate date(String column);

    /** A required whole number from {@code min} to {@code max}. */
    Integer wholeNumber(String column, int min, int max);

    /** A required personnummer or samordningsnummer of a person in the register, normalised to 12 digits. */
    String knownPerson(String column);

    /** A required HSA-id of a unit in the register. */
    String knownUnit(String column);

    /** Reports a problem of this row at the column. */
    void error(String column, String reason);
}
