package se.vardval.specialist.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.Profession;

/**
 * A rulebook's specialist parameters read into records; {@link #parse} expects parameters that
 * {@link ParameterValidator} accepts.
 */
record SpecialistParameters(List<VisitPrice> visitPrices, boolean deductPatientFee, boolean referralRequired,
        BigDecimal drgPricePerPoint, Map<String, BigDecimal> drgWeights, DrgOutlier drgOutlier,
        Map<String, EpisodeTerms> episodes, ValueBased valueBased, List<Target> targets, String fixedGrantCode,
        Ceiling ceiling) {

    /** Whether a visit is the patient's first (NEW) or a return visit, from the activity code {@code visit=}. */
    enum VisitKind {
        NEW, RETURN
    }

    /** How a target compares the unit's indicator value with its threshold. */
    enum Comparison {
        AT_LEAST, AT_MOST
    }

    /** One row of the visit price table (e.g. the national fee schedule). */
    record VisitPrice(ContactType contactType, Profession profession, VisitKind visitKind, BigDecimal kr) {
    }

    /** Long stays: each day over {@code trimDays} adds {@code krPerDay}. */
    record DrgOutlier(int trimDays, BigDecimal krPerDay) {
    }

    /** The price of an episode (care package) and its warranty in days from the start. */
    record EpisodeTerms(BigDecimal price, int warrantyDays) {
    }

    /** The PROM part of value-based payment, percentages of the episode price. */
    record ValueBased(BigDecimal bonusPercent, BigDecimal deductionPercent, BigDecimal improvementThreshold,
            BigDecimal worseningThreshold) {
    }

    /** A goal-related payment: {@code percent} of the unit's month production when its indicator meets the target. */
    record Target(String indicator, Comparison comparison, BigDecimal threshold, BigDecimal percent) {

        String component() {
            return "TARGET_" + indicator;
        }

        /** Whether numerator / denominator (denominator > 0) meets the target, compared exactly. */
        boolean met(BigDecimal numerator, BigDecimal denominator) {
            int c = numerator.compareTo(threshold.multiply(denominator));
            return comparison == Comparison.AT_LEAST ? c >= 0 : c <= 0;
        }
    }

    /** The annual production ceiling of each provider; 0 means none. Above it production is paid at the rate. */
    record Ceiling(BigDecimal annualAmount, BigDecimal ratePercent) {

        boolean applies() {
            return annualAmount.signum() > 0;
        }
    }

    /** The price of a visit of this kind, if the table has one. */
    Optional<VisitPrice> visitPrice(ContactType contactType, Profession profession, VisitKind kind) {
        return visitPrices.stream().filter(p -> p.contactType() == contactType && p.profession() == profession
                && p.visitKind() == kind).findFirst();
    }

    /** The longest warranty of any episode, in days. */
    int longestWarrantyDays() {
        return episodes.values().stream().mapToInt(EpisodeTerms::warrantyDays).max().orElse(0);
    }

    /** Reads validated parameters. */
    static SpecialistParameters parse(JsonNode p) {
        List<VisitPrice> prices = new ArrayList<>();
        for (JsonNode row : p.get("visitPrices")) {
            prices.add(new VisitPrice(ContactType.valueOf(row.get("contactType").asText()),
                    Profession.valueOf(row.get("profession").asText()),
                    VisitKind.valueOf(row.get("visitKind").asText()), row.get("kr").decimalValue()));
        }
        Map<String, BigDecimal> weights = new TreeMap<>();
        p.get("drgWeights").properties().forEach(e -> weights.put(e.getKey(), e.getValue().decimalValue()));
        Map<String, EpisodeTerms> episodes = new TreeMap<>();
        p.get("episodes").properties().forEach(e -> episodes.put(e.getKey(), new EpisodeTerms(
                e.getValue().get("price").decimalValue(), e.getValue().get("warrantyDays").intValue())));
        JsonNode outlier = p.get("drgOutlier");
        JsonNode value = p.get("valueBased");
        JsonNode ceiling = p.get("ceiling");
        return new SpecialistParameters(List.copyOf(prices), p.get("deductPatientFee").booleanValue(),
                p.get("referralRequired").booleanValue(), p.get("drgPricePerPoint").decimalValue(),
                Map.copyOf(weights), new DrgOutlier(outlier.get("trimDays").intValue(),
                        outlier.get("krPerDay").decimalValue()),
                Map.copyOf(episodes), new ValueBased(value.get("bonusPercent").decimalValue(),
                        value.get("deductionPercent").decimalValue(), value.get("improvementThreshold").decimalValue(),
                        value.get("worseningThreshold").decimalValue()),
                targets(p.get("targets")), p.get("fixedGrantCode").asText(),
                new Ceiling(ceiling.get("annualAmount").decimalValue(), ceiling.get("ratePercent").decimalValue()));
    }

    private static List<Target> targets(JsonNode array) {
        List<Target> targets = new ArrayList<>();
        for (JsonNode t : array) {
            targets.add(new Target(t.get("indicator").asText(), Comparison.valueOf(t.get("comparison").asText()),
                    t.get("threshold").decimalValue(), t.get("percent").decimalValue()));
        }
        return List.copyOf(targets);
    }
}
