package se.vardval.annual;

import java.math.BigDecimal;

/**
 * The region-run units' deviation against budget for a year, region-wide ({@code municipality} null) or for one
 * municipality: result D (negative = deficit), the costs of the principal's assignment H, the last-resort
 * responsibility S and any special commitment Å, and targeted state grants G to exclude.
 */
public record Deviation(String municipality, SourcedAmount result, SourcedAmount principalAssignment,
        SourcedAmount lastResort, SourcedAmount specialCommitment, SourcedAmount stateGrants) {

    /** The adjusted deviation A = D + H + S + Å − G; only a negative A is compensated. */
    public BigDecimal adjusted() {
        return result.amount().add(principalAssignment.amount()).add(lastResort.amount())
                .add(specialCommitment.amount()).subtract(stateGrants.amount());
    }
}
