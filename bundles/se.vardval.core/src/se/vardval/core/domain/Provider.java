package se.vardval.core.domain;

/** A vårdgivare: the legal entity that holds contracts, identified by its organisationsnummer. */
public record Provider(String orgNr, String name, Ownership ownership) {
}
