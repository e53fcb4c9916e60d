package se.vardval.annual;

/** How a deficit is distributed over the other providers. */
public enum DistributionBasis {
    /** Deficit per listed person of the region-run units × each other unit's average listed persons. */
    PER_LISTED,
    /** |A| / the region-run units' reimbursement of the year × each other unit's reimbursement of the year. */
    PROPORTIONAL
}
