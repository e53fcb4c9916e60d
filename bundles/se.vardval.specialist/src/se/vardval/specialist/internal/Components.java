package se.vardval.specialist.internal;

import java.util.Set;

import se.vardval.specialist.Production;

/** The payment components of the specialist model and which of them are production under the ceiling. */
final class Components {

    static final String VISITS = "VISITS";
    static final String DRG = "DRG";
    static final String DRG_OUTLIER = "DRG_OUTLIER";
    static final String EPISODE = "EPISODE";
    static final String VALUE_BASED = "VALUE_BASED";
    static final String FIXED = "FIXED";
    static final String CEILING = Production.CEILING;
    static final String TARGET_PREFIX = "TARGET_";

    /** Production: what the targets' percentages apply to and what counts against the annual ceiling. */
    static final Set<String> PRODUCTION = Production.COMPONENTS;

    private Components() {
    }
}
