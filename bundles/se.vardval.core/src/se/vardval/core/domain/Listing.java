package se.vardval.core.domain;

import java.time.LocalDate;

/** A listning of a person at a unit in one vårdval; {@code assigned} marks an ickeval placement. */
public record Listing(String personId, String careChoice, String hsaId, LocalDate validFrom, LocalDate validTo,
        boolean assigned) {

    /** The first day a listing can begin on. */
    public static final LocalDate EARLIEST_START = LocalDate.of(1900, 1, 1);

    /**
     * The last day a listing can begin on: 65 535 days after {@link #EARLIEST_START}, as many as the listing table's
     * key has room for (a listing is stored under one number made of its person, vårdval and first day).
     */
    public static final LocalDate LATEST_START = EARLIEST_START.plusDays(0xFFFF);

    /** Whether a listing can begin on the day. */
    public static boolean canStartOn(LocalDate day) {
        return !day.isBefore(EARLIEST_START) && !day.isAfter(LATEST_START);
    }

    /** Whether the listing counts on the given day. */
    public boolean validOn(LocalDate day) {
        return DateRanges.contains(validFrom, validTo, day);
    }

    /** Whether the listing counts on some day from {@code from} to {@code to}. */
    public boolean validBetween(LocalDate from, LocalDate to) {
        return DateRanges.overlap(validFrom, validTo, from, to);
    }
}
