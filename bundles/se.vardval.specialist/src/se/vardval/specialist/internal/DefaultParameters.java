package se.vardval.specialist.internal;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The neutral starting point of a first specialist rulebook: every parameter present, no prices, no DRG weights, no
 * episodes, no targets, no fixed grant and no ceiling (annual amount 0), patient fees not deducted and no referral
 * required.
 */
final class DefaultParameters {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DefaultParameters() {
    }

    static ObjectNode create() {
        ObjectNode p = JSON.objectNode();
        p.putArray("visitPrices");
        p.put("deductPatientFee", false);
        p.put("referralRequired", false);
        p.put("drgPricePerPoint", BigDecimal.ZERO);
        p.putObject("drgWeights");
        p.putObject("drgOutlier").put("trimDays", 0).put("krPerDay", BigDecimal.ZERO);
        p.putObject("episodes");
        p.putObject("valueBased").put("bonusPercent", BigDecimal.ZERO).put("deductionPercent", BigDecimal.ZERO)
                .put("improvementThreshold", BigDecimal.ZERO).put("worseningThreshold", BigDecimal.ZERO);
        p.putArray("targets");
        p.put("fixedGrantCode", "");
        p.putObject("ceiling").put("annualAmount", BigDecimal.ZERO).put("ratePercent", BigDecimal.valueOf(100));
        return p;
    }
}
