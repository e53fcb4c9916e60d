package se.vardval.core.model;

/** What kind of the region's codes the rest of a payment component's code is, so that it can be named from data. */
public enum CodeKind {
    /** A tilläggsuppdrag's code, named in the register of the vårdval's contracts. */
    SUPPLEMENTARY,
    /** An indicator's code, named by the follow-up's indicator catalogue. */
    INDICATOR
}
