package se.vardval.core.domain;

import java.util.Objects;

/**
 * The region (huvudman) that pays the providers of its vårdval: its county, the name it goes by in the books and on
 * the documents it sends, and its organisationsnummer (ten digits).
 */
public record Region(County county, String name, String orgNr) {

    /**
     * Checks the name and normalises the organisationsnummer.
     *
     * @throws IllegalArgumentException with a readable reason for a blank name or a malformed organisationsnummer
     */
    public Region {
        Objects.requireNonNull(county, "county");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("regionen behöver ett namn");
        }
        name = name.strip();
        orgNr = OrgNr.normalise(orgNr);
    }

    /** The county's region by the name it usually goes by. */
    public static Region of(County county, String orgNr) {
        return new Region(county, county.regionName(), orgNr);
    }

    /** The organisationsnummer as written on documents, {@code NNNNNN-NNNN}. */
    public String orgNrWithHyphen() {
        return OrgNr.withHyphen(orgNr);
    }
}
