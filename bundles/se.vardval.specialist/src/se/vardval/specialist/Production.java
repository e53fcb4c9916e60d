package se.vardval.specialist;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the specialist model's payment lines mean to a view of the year: which components are production (what counts
 * against the annual ceiling) and the ceiling a rulebook sets for each provider.
 */
public final class Production {

    /** The production components: visits, DRG with its long-stay days, and episodes. */
    public static final Set<String> COMPONENTS = Set.of("VISITS", "DRG", "DRG_OUTLIER", "EPISODE");

    /** The component of the reduction above the ceiling (negative). */
    public static final String CEILING = "CEILING";

    private Production() {
    }

    /** Whether a line of the component is production. */
    public static boolean isProduction(String component) {
        return COMPONENTS.contains(component);
    }

    /** The annual production ceiling of each provider under these rulebook parameters; empty when there is none. */
    public static Optional<BigDecimal> ceiling(JsonNode parameters) {
        JsonNode amount = parameters.path("ceiling").path("annualAmount");
        return amount.isNumber() && amount.decimalValue().signum() > 0 ? Optional.of(amount.decimalValue())
                : Optional.empty();
    }

    /** The rate above the ceiling in percent (100 when there is none). */
    public static BigDecimal rateAboveCeiling(JsonNode parameters) {
        JsonNode rate = parameters.path("ceiling").path("ratePercent");
        return rate.isNumber() ? rate.decimalValue() : BigDecimal.valueOf(100);
    }
}
