package se.vardval.core.domain;

/** A vårdenhet (health centre, clinic) of a provider, identified by its HSA-id. */
public record Unit(String hsaId, String name, String orgNr, String municipality, Integer catchmentPopulation) {
}
