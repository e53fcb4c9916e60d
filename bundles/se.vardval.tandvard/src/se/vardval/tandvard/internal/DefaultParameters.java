package se.vardval.tandvard.internal;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.model.ListingDay;

/**
 * The neutral starting point of a first Tandvård rulebook: every parameter present, the age limits of 2025 (3–19)
 * in the age groups 3–6, 7–12 and 13–19, rates zero, no care-need areas (everyone in group 1), no risk pool (its
 * payout, were there one, in December to private clinics) and no emergency treatment codes.
 */
final class DefaultParameters {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DefaultParameters() {
    }

    static ObjectNode create() {
        ObjectNode p = JSON.objectNode();
        p.put(ListingDay.KEY, ListingDay.FIRST_OF_MONTH.name());
        p.put("minAge", 3);
        p.put("maxAge", 19);
        ArrayNode groups = p.putArray("ageGroups");
        ArrayNode capitation = p.putArray("capitation");
        int[][] bounds = { { 3, 6 }, { 7, 12 }, { 13, 19 } };
        for (int[] bound : bounds) {
            groups.addObject().put("fromAge", bound[0]).put("toAge", bound[1]);
            ArrayNode row = capitation.addArray();
            for (int g = 0; g < TandvardParameters.CARE_NEED_GROUPS; g++) {
                row.add(BigDecimal.ZERO);
            }
        }
        ObjectNode careNeed = p.putObject("careNeed");
        careNeed.put("defaultGroup", 1);
        careNeed.putObject("areas");
        p.putObject("riskPool").put("percent", BigDecimal.ZERO).put("payoutMonth", 12)
                .put("payoutTo", TandvardParameters.PayoutTo.PRIVATE.name());
        p.putObject("emergencyFee");
        return p;
    }
}
