package se.vardval.annual;

import java.math.BigDecimal;

/**
 * The calculation for one deviation (the region, or a municipality): adjusted deviation A, the region-run units'
 * basis, the rate |A| / basis (kr per listed or per kr of reimbursement; zero when A ≥ 0) and the calculation in words.
 */
public record CompensationGroup(String municipality, BigDecimal adjustedDeviation, BigDecimal regionRunBasis,
        BigDecimal rate, String calculation) {
}
