package se.vardval.core.model;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import se.vardval.core.service.UserError;

/** The values an administrator gave a model tool for a vårdval, by input id, read as the input's kind. */
public record ToolRequest(String careChoice, Map<String, String> values) {

    /** Copies the values, leaving out blank ones. */
    public ToolRequest {
        Map<String, String> given = new TreeMap<>();
        values.forEach((id, value) -> {
            if (value != null && !value.isBlank()) {
                given.put(id, value.trim());
            }
        });
        values = Map.copyOf(given);
    }

    /** A value as given, if it was. */
    public Optional<String> text(String id) {
        return Optional.ofNullable(values.get(id));
    }

    /**
     * A year.
     *
     * @throws UserError when missing or not a year
     */
    public int year(String id) {
        String value = text(id).orElseThrow(() -> new UserError(id + ": ett år behövs"));
        if (!value.matches("\\d{4}")) {
            throw new UserError(id + ": inte ett år: '" + value + "'");
        }
        return Integer.parseInt(value);
    }

    /**
     * A month, if given.
     *
     * @throws UserError when given but not a month {@code YYYY-MM}
     */
    public Optional<YearMonth> month(String id) {
        try {
            return text(id).map(YearMonth::parse);
        } catch (DateTimeParseException e) {
            throw new UserError(id + ": inte en månad (ÅÅÅÅ-MM): '" + values.get(id) + "'");
        }
    }
}
