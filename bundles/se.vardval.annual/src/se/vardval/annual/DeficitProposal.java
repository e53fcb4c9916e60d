package se.vardval.annual;

import java.math.BigDecimal;
import java.util.List;

/**
 * A deficit compensation (Likvärdiga villkor) for a vårdval and year: the inputs, the calculation per group and a
 * line per unit of the other providers; no lines when every adjusted deviation is zero or positive.
 */
public record DeficitProposal(String careChoice, int year, DeficitInputs inputs, List<CompensationGroup> groups,
        List<CompensationLine> lines) {

    /** The total proposed. */
    public BigDecimal total() {
        return lines.stream().map(CompensationLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
