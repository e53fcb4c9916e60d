package se.vardval.annual;

import java.math.BigDecimal;

import se.vardval.core.domain.Ownership;

/**
 * A unit's share key for the year: its provider and ownership, municipality, and its basis value (average listed
 * persons, or Hälsoval reimbursement in kr), with where that value comes from.
 */
public record UnitBasis(String hsaId, String orgNr, Ownership ownership, String municipality, BigDecimal value) {
}
