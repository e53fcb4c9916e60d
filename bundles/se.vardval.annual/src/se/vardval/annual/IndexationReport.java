package se.vardval.annual;

import java.math.BigDecimal;
import java.util.List;

import se.vardval.core.model.Rulebook;

/**
 * The outcome of an LPIK indexation: the draft with indexed rates, the factor applied (1 + LPIK/100, or 1 when a
 * negative index is floored), every annual rate before and after, and the base: the rulebook of the latest earlier
 * year, whose rates were raised (it may itself be an undecided draft).
 */
public record IndexationReport(Rulebook rulebook, BigDecimal factor, List<IndexedRate> rates, Rulebook base) {
}
