package se.vardval.core.model;

import java.time.LocalDate;

import se.vardval.core.domain.Listing;
import se.vardval.core.domain.Person;
import se.vardval.core.domain.PersonId;
import se.vardval.core.domain.Sex;

/** A listing valid on the listing day together with the person's record, which is null when the register lacks it. */
public record ListedPerson(Listing listing, Person person) {

    /** The unit the person is listed at. */
    public String hsaId() {
        return listing.hsaId();
    }

    /** The birth date, from the person record or else derived from the personnummer. */
    public LocalDate birthDate() {
        return person != null ? person.birthDate() : PersonId.parse(listing.personId()).birthDate();
    }

    /** The legal sex, from the person record or else derived from the personnummer. */
    public Sex sex() {
        return person != null ? person.sex() : PersonId.parse(listing.personId()).sex();
    }
}
