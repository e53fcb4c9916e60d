package se.vardval.core.domain;

import java.time.LocalDate;

/** One unit covered by a provider's contract (avtal) in one vårdval; {@code validTo} null means open. */
public record Contract(String contractId, String careChoice, String orgNr, String hsaId, LocalDate validFrom,
        LocalDate validTo) {

    /** Whether the contract covers the given day. */
    public boolean validOn(LocalDate day) {
        return DateRanges.contains(validFrom, validTo, day);
    }
}
