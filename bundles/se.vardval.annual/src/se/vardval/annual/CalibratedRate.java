package se.vardval.annual;

import java.math.BigDecimal;

/**
 * One solved rate: its component and parameter path, the share and the kr of the frame allocated to it, the
 * reference month's points in a year, the rate before, the exact solution allocated / points (shown with ten
 * decimals), the rate written (rounded half-up), the annualised payments under it (12 × the month's lines of the
 * component, each rounded to öre) and the residue allocated − annualised.
 */
public record CalibratedRate(String component, String path, BigDecimal percent, BigDecimal allocated,
        BigDecimal points, BigDecimal before, BigDecimal solved, BigDecimal rate, BigDecimal annualised,
        BigDecimal residue) {
}
