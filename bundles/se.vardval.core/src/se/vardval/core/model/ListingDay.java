package se.vardval.core.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.service.UserError;

/**
 * Which day's listings count for a month, the top-level parameter {@code "listingDay"} of a model that pays for
 * listed persons.
 */
public enum ListingDay {
    /** The first day of the month. */
    FIRST_OF_MONTH,
    /** The last day of the month. */
    LAST_OF_MONTH,
    /** The last day of the month before. */
    LAST_OF_PREVIOUS_MONTH;

    /** The parameter's key. */
    public static final String KEY = "listingDay";

    /** The day of {@code period} whose listings count. */
    public LocalDate dayIn(YearMonth period) {
        return switch (this) {
            case FIRST_OF_MONTH -> period.atDay(1);
            case LAST_OF_MONTH -> period.atEndOfMonth();
            case LAST_OF_PREVIOUS_MONTH -> period.minusMonths(1).atEndOfMonth();
        };
    }

    /**
     * Reads only the listing day of a rulebook's parameters, which the core needs before a run.
     *
     * @throws UserError when the parameter is missing or names no listing day
     */
    public static ListingDay of(JsonNode parameters) {
        JsonNode day = parameters == null ? null : parameters.get(KEY);
        if (day == null || !day.isTextual()) {
            throw new UserError(KEY + ": parametern '" + KEY + "' saknas");
        }
        try {
            return valueOf(day.asText());
        } catch (IllegalArgumentException e) {
            throw new UserError(KEY + ": okänt värde '" + day.asText() + "'; " + ParameterCheck.ALLOWED
                    + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")), e);
        }
    }
}
