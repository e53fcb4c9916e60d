package se.vardval.tandvard.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.model.ListingDay;

/**
 * A rulebook's Tandvård parameters read into records; {@link #parse} expects parameters that
 * {@link ParameterValidator} accepts. The age limits are inclusive: a child is paid for when
 * {@code minAge ≤ age ≤ maxAge} in completed years on the listing day.
 */
record TandvardParameters(ListingDay listingDay, int minAge, int maxAge, List<AgeGroup> ageGroups,
        int defaultCareNeedGroup, Map<String, Integer> careNeedAreas, RiskPoolRules riskPool,
        Map<String, BigDecimal> emergencyFees) {

    /** The number of care-need groups; groups are numbered 1 to this. */
    static final int CARE_NEED_GROUPS = 3;

    /** Which clinics share the risk pool at its payout. */
    enum PayoutTo {
        /** The clinics of private providers, from whose capitation the pool was withheld. */
        PRIVATE,
        /** Every clinic of the vårdval. */
        ALL
    }

    /**
     * The risk pool: {@code percent} withheld from private clinics' capitation each month, paid out in the run of
     * {@code payoutMonth} (1–12) for the twelve months ending with it to the clinics {@code payoutTo} names.
     */
    record RiskPoolRules(BigDecimal percent, int payoutMonth, PayoutTo payoutTo) {
    }

    /** An age group {@code fromAge–toAge} (inclusive) and its annual capitation per care-need group 1–3. */
    record AgeGroup(int fromAge, int toAge, List<BigDecimal> krPerYear) {

        String label() {
            return fromAge + "–" + toAge;
        }

        BigDecimal krPerYear(int careNeedGroup) {
            return krPerYear.get(careNeedGroup - 1);
        }
    }

    /** Whether the age is within the rulebook's limits. */
    boolean withinLimits(int age) {
        return age >= minAge && age <= maxAge;
    }

    /** The age group holding an age within the limits. */
    AgeGroup groupOf(int age) {
        return ageGroups.stream().filter(g -> age >= g.fromAge() && age <= g.toAge()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no age group holds age " + age));
    }

    /** Reads validated parameters. */
    static TandvardParameters parse(JsonNode p) {
        List<AgeGroup> groups = new ArrayList<>();
        JsonNode table = p.get("capitation");
        for (int i = 0; i < p.get("ageGroups").size(); i++) {
            JsonNode g = p.get("ageGroups").get(i);
            List<BigDecimal> kr = new ArrayList<>();
            for (JsonNode n : table.get(i)) {
                kr.add(n.decimalValue());
            }
            groups.add(new AgeGroup(g.get("fromAge").intValue(), g.get("toAge").intValue(), List.copyOf(kr)));
        }
        JsonNode careNeed = p.get("careNeed");
        Map<String, Integer> areas = new TreeMap<>();
        careNeed.get("areas").properties().forEach(e -> areas.put(e.getKey(), e.getValue().intValue()));
        Map<String, BigDecimal> fees = new TreeMap<>();
        p.get("emergencyFee").properties().forEach(e -> fees.put(e.getKey(), e.getValue().decimalValue()));
        JsonNode pool = p.get("riskPool");
        RiskPoolRules riskPool = new RiskPoolRules(pool.get("percent").decimalValue(),
                pool.get("payoutMonth").intValue(), PayoutTo.valueOf(pool.get("payoutTo").asText()));
        return new TandvardParameters(ListingDay.of(p), p.get("minAge").intValue(), p.get("maxAge").intValue(),
                List.copyOf(groups), careNeed.get("defaultGroup").intValue(), Map.copyOf(areas), riskPool,
                Map.copyOf(fees));
    }
}
