package se.vardval.fotvard.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A rulebook's Medicinsk fotvård parameters read into a record; {@link #parse} expects parameters that
 * {@link ParameterValidator} accepts. {@code fees} and {@code maxTreatmentsPerYear} are keyed by risk group 2–4.
 */
record FotvardParameters(Map<Integer, BigDecimal> fees, BigDecimal homeVisitSupplement,
        Map<Integer, Integer> maxTreatmentsPerYear, int referralValidMonths, boolean deductPatientFee, int minAge,
        String costHandOverCareChoice) {

    /** The risk groups that are paid; grade I (healthy feet) is not. */
    static final List<Integer> RISK_GROUPS = List.of(2, 3, 4);

    /** The fee of a treatment of the risk group, before any patient fee is deducted. */
    BigDecimal fee(int riskGroup) {
        return fees.get(riskGroup);
    }

    /** The number of treatments paid per person and referral year in the risk group. */
    int quota(int riskGroup) {
        return maxTreatmentsPerYear.get(riskGroup);
    }

    /** Reads validated parameters. */
    static FotvardParameters parse(JsonNode p) {
        Map<Integer, BigDecimal> fees = new TreeMap<>();
        Map<Integer, Integer> quota = new TreeMap<>();
        for (int g : RISK_GROUPS) {
            fees.put(g, p.get("fees").get(String.valueOf(g)).decimalValue());
            quota.put(g, p.get("maxTreatmentsPerYear").get(String.valueOf(g)).intValue());
        }
        return new FotvardParameters(Map.copyOf(fees), p.get("homeVisitSupplement").decimalValue(), Map.copyOf(quota),
                p.get("referralValidMonths").intValue(), p.get("deductPatientFee").booleanValue(),
                p.get("minAge").intValue(), p.get("costHandOver").get("careChoice").asText());
    }
}
