package se.vardval.core.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * An invånare: identified by a normalised 12-digit personnummer or samordningsnummer, with the attributes the
 * models use. {@code distanceKm} and {@code areaCode} may be null.
 */
public record Person(String personId, LocalDate birthDate, Sex sex, String municipality, String areaCode,
        BigDecimal distanceKm, Set<CniFlag> cniFlags) {

    /** Completed years of age on the given day; a 29 February birthday is reached on 1 March in other years. */
    public int ageOn(LocalDate day) {
        return Ages.completedYears(birthDate, day);
    }
}
