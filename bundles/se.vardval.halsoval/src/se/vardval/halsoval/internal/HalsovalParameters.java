package se.vardval.halsoval.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.CniFlag;
import se.vardval.core.domain.CostCategory;
import se.vardval.core.domain.Profession;
import se.vardval.core.model.ListingDay;

/**
 * A rulebook's Hälsoval parameters read into records; {@link #parse} expects parameters that
 * {@link ParameterValidator} accepts.
 */
record HalsovalParameters(ListingDay listingDay, Capitation capitation, CniParameters cni, Drugs drugs,
        Sparsity sparsity, Visits visits, List<Target> targets, Penalties penalties, PatientFeeMode patientFees,
        Set<CostCategory> costResponsibility, BigDecimal vatPercent) {

    /** Where a unit's CNI comes from. */
    enum CniSource {
        PERSON_FLAGS, UNIT_FILE
    }

    /** How sparsity (glesbygd) is paid. */
    enum SparsityMode {
        NONE, DISTANCE, CATCHMENT
    }

    /** Whether units keep patient fees. */
    enum PatientFeeMode {
        KEPT_BY_UNIT, RETURNED_TO_REGION
    }

    /** How a target's indicator value is compared with its threshold. */
    enum Comparison {
        AT_LEAST, AT_MOST
    }

    /** One row of an age weight table; a null {@code toAge} is open-ended and null sex weights are not set. */
    record AgeBand(int fromAge, Integer toAge, BigDecimal weight, BigDecimal weightF, BigDecimal weightM) {
    }

    /** Age capitation: kr per weight point and year, and the weight table. */
    record Capitation(BigDecimal krPerPoint, boolean sexSpecific, AgeTable weights) {
    }

    /**
     * Care Need Index payment; {@code reference} and {@code threshold} are null when not set.
     */
    record CniParameters(CniSource source, BigDecimal krPerIndexPoint, Map<CniFlag, BigDecimal> weights,
            BigDecimal reference, BigDecimal threshold) {
    }

    /** Drug capitation: kr per weight point and year, and the weight table. */
    record Drugs(BigDecimal krPerPoint, AgeTable weights) {
    }

    /** A distance band {@code fromKm ≤ d < toKm}; a null {@code toKm} is open-ended. */
    record DistanceBand(BigDecimal fromKm, BigDecimal toKm, BigDecimal krPerYear) {
    }

    /** A catchment band for units of at most {@code maxPopulation} (null: any size). */
    record CatchmentBand(Integer maxPopulation, BigDecimal krPerYear) {
    }

    /** Sparsity: the mode and the bands of that mode. */
    record Sparsity(SparsityMode mode, List<DistanceBand> distanceBands, List<CatchmentBand> catchmentBands) {
    }

    /** Kr per visit for doctors and for every other profession. */
    record VisitRates(BigDecimal doctor, BigDecimal other) {

        BigDecimal of(ProfessionGroup group) {
            return group == ProfessionGroup.DOCTOR ? doctor : other;
        }
    }

    /** The profession groups visits are paid by. */
    enum ProfessionGroup {
        DOCTOR, OTHER;

        static ProfessionGroup of(Profession profession) {
            return profession == Profession.DOCTOR ? DOCTOR : OTHER;
        }
    }

    /** Variable payment per visit. */
    record Visits(VisitRates otherListed, VisitRates unlisted, VisitRates outOfCounty, boolean chargeListingUnit,
            boolean deductPatientFee) {
    }

    /** A målrelaterad ersättning paid per listed person when the unit's indicator meets the threshold. */
    record Target(String indicator, BigDecimal threshold, Comparison comparison, BigDecimal krPerListedPerYear) {

        String component() {
            return "TARGET_" + indicator;
        }

        /** Whether numerator / denominator (denominator > 0) meets the target, compared exactly. */
        boolean met(BigDecimal numerator, BigDecimal denominator) {
            int c = numerator.compareTo(threshold.multiply(denominator));
            return comparison == Comparison.AT_LEAST ? c >= 0 : c <= 0;
        }
    }

    /** Vite: kr per week, capped per occasion when {@code maxPerOccasion} is set. */
    record Penalties(BigDecimal krPerWeek, BigDecimal maxPerOccasion) {
    }

    /** Reads validated parameters. */
    static HalsovalParameters parse(JsonNode p) {
        JsonNode cap = p.get("capitation");
        JsonNode cni = p.get("cni");
        JsonNode drugs = p.get("drugs");
        JsonNode visits = p.get("visits");
        JsonNode penalties = p.get("penalties");
        return new HalsovalParameters(ListingDay.of(p),
                new Capitation(decimal(cap, "krPerPoint"), cap.get("sexSpecific").asBoolean(),
                        new AgeTable(bands(cap.get("ageWeights")), cap.get("sexSpecific").asBoolean())),
                new CniParameters(CniSource.valueOf(cni.get("source").asText()), decimal(cni, "krPerIndexPoint"),
                        cniWeights(cni.get("weights")), decimal(cni, "reference"), decimal(cni, "threshold")),
                new Drugs(decimal(drugs, "krPerPoint"), new AgeTable(bands(drugs.get("ageWeights")), false)),
                sparsity(p.get("sparsity")),
                new Visits(rates(visits.get("otherListed")), rates(visits.get("unlisted")),
                        rates(visits.get("outOfCounty")), visits.get("chargeListingUnit").asBoolean(),
                        visits.get("deductPatientFee").asBoolean()),
                targets(p.get("targets")),
                new Penalties(decimal(penalties, "krPerWeek"), decimal(penalties, "maxPerOccasion")),
                PatientFeeMode.valueOf(p.get("patientFees").get("mode").asText()),
                costCategories(p.get("costResponsibility")),
                decimal(p.get("vatCompensation"), "percent"));
    }

    private static BigDecimal decimal(JsonNode object, String key) {
        JsonNode n = object.get(key);
        return n == null || n.isNull() ? null : n.decimalValue();
    }

    private static Integer integer(JsonNode object, String key) {
        JsonNode n = object.get(key);
        return n == null || n.isNull() ? null : n.decimalValue().intValueExact();
    }

    private static List<AgeBand> bands(JsonNode array) {
        List<AgeBand> bands = new ArrayList<>();
        for (JsonNode b : array) {
            bands.add(new AgeBand(integer(b, "fromAge"), integer(b, "toAge"), decimal(b, "weight"),
                    decimal(b, "weightF"), decimal(b, "weightM")));
        }
        return bands;
    }

    private static Map<CniFlag, BigDecimal> cniWeights(JsonNode weights) {
        Map<CniFlag, BigDecimal> map = new EnumMap<>(CniFlag.class);
        for (CniFlag flag : CniFlag.values()) {
            map.put(flag, weights == null || weights.isNull() ? flag.scbWeight() : decimal(weights, flag.name()));
        }
        return map;
    }

    private static Sparsity sparsity(JsonNode s) {
        SparsityMode mode = SparsityMode.valueOf(s.get("mode").asText());
        List<DistanceBand> distance = new ArrayList<>();
        List<CatchmentBand> catchment = new ArrayList<>();
        for (JsonNode b : s.get("bands")) {
            if (mode == SparsityMode.DISTANCE) {
                distance.add(new DistanceBand(decimal(b, "fromKm"), decimal(b, "toKm"), decimal(b, "krPerYear")));
            } else if (mode == SparsityMode.CATCHMENT) {
                catchment.add(new CatchmentBand(integer(b, "maxPopulation"), decimal(b, "krPerYear")));
            }
        }
        return new Sparsity(mode, distance, catchment);
    }

    private static VisitRates rates(JsonNode r) {
        return new VisitRates(decimal(r, "DOCTOR"), decimal(r, "OTHER"));
    }

    private static List<Target> targets(JsonNode array) {
        List<Target> targets = new ArrayList<>();
        for (JsonNode t : array) {
            targets.add(new Target(t.get("indicator").asText(), decimal(t, "threshold"),
                    Comparison.valueOf(t.get("comparison").asText()), decimal(t, "krPerListedPerYear")));
        }
        return List.copyOf(targets);
    }

    private static Set<CostCategory> costCategories(JsonNode c) {
        Set<CostCategory> on = EnumSet.noneOf(CostCategory.class);
        for (CostCategory category : CostCategory.values()) {
            if (c.get(category.name()).asBoolean()) {
                on.add(category);
            }
        }
        return on;
    }
}
