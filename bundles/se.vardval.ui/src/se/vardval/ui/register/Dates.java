package se.vardval.ui.register;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import se.vardval.ui.i18n.Messages;

/** Checks a validity interval typed as {@code YYYY-MM-DD}: a start, an optional end, the end not before the start. */
final class Dates {

    private Dates() {
    }

    static void check(String from, String to, String which, List<String> problems, Messages messages) {
        LocalDate start = parse(from);
        LocalDate end = to == null || to.isBlank() ? null : parse(to);
        if (start == null || end == null && to != null && !to.isBlank()) {
            problems.add(which + ": " + messages.register_dateFormat);
        } else if (end != null && end.isBefore(start)) {
            problems.add(which + ": " + messages.register_dateOrder);
        }
    }

    private static LocalDate parse(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
