package se.vardval.core.domain;

import java.time.LocalDate;

/** A listning of a person at a unit in one vårdval; {@code assigned} marks an ickeval placement. */
public record Listing(String personId, String careChoice, String hsaId, LocalDate validFrom, LocalDate validTo,
        boolean assigned) {

    /** Whether the listing counts on the given day. */
    public boolean validOn(LocalDate day) {
        return DateRanges.contains(validFrom, validTo, day);
    }

    /** Whether the listing counts on some day from {@code from} to {@code to}. */
    public boolean validBetween(LocalDate from, LocalDate to) {
        return DateRanges.overlap(validFrom, validTo, from, to);
    }
}
