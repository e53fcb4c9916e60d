package se.vardval.core.domain;

import java.time.LocalDate;

/** Inclusive date intervals where a null end means open-ended. */
public final class DateRanges {

    private DateRanges() {
    }

    /** Whether {@code from ≤ day ≤ to}, a null {@code to} being open. */
    public static boolean contains(LocalDate from, LocalDate to, LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /** Whether two inclusive intervals share at least one day. */
    public static boolean overlap(LocalDate from1, LocalDate to1, LocalDate from2, LocalDate to2) {
        return (to2 == null || !from1.isAfter(to2)) && (to1 == null || !from2.isAfter(to1));
    }
}
