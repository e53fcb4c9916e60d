package se.vardval.core.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A tilläggsuppdrag of a contract with its annual amount. */
public record Supplementary(String contractId, String code, String name, BigDecimal annualAmount, LocalDate validFrom,
        LocalDate validTo) {

    /** Whether the assignment is in force on the given day. */
    public boolean validOn(LocalDate day) {
        return DateRanges.contains(validFrom, validTo, day);
    }
}
