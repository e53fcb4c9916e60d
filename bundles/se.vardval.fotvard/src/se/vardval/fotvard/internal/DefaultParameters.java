package se.vardval.fotvard.internal;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The starting point of a first Medicinsk fotvård rulebook: every parameter present, fees zero, the published quota
 * forms (2, 4 and 6 treatments a year for risk grades II–IV), referrals valid 12 months, the patient fee deducted,
 * adults only (18) and the cost handed over to the units of {@code halsoval}.
 */
final class DefaultParameters {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DefaultParameters() {
    }

    static ObjectNode create() {
        ObjectNode p = JSON.objectNode();
        ObjectNode fees = p.putObject("fees");
        ObjectNode quota = JSON.objectNode();
        int[] treatments = { 2, 4, 6 };
        for (int i = 0; i < FotvardParameters.RISK_GROUPS.size(); i++) {
            String group = String.valueOf(FotvardParameters.RISK_GROUPS.get(i));
            fees.put(group, BigDecimal.ZERO);
            quota.put(group, treatments[i]);
        }
        p.put("homeVisitSupplement", BigDecimal.ZERO);
        p.set("maxTreatmentsPerYear", quota);
        p.put("referralValidMonths", 12);
        p.put("deductPatientFee", true);
        p.put("minAge", 18);
        p.putObject("costHandOver").put("careChoice", "halsoval");
        return p;
    }
}
