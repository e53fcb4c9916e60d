package se.vardval.halsoval.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.CniFlag;
import se.vardval.core.domain.CostCategory;
import se.vardval.core.model.ListingDay;
import se.vardval.core.model.ParameterCheck;
import se.vardval.core.model.ParameterProblem;
import se.vardval.core.model.SwedishNumbers;
import se.vardval.halsoval.internal.HalsovalParameters.CniSource;
import se.vardval.halsoval.internal.HalsovalParameters.Comparison;
import se.vardval.halsoval.internal.HalsovalParameters.PatientFeeMode;
import se.vardval.halsoval.internal.HalsovalParameters.ProfessionGroup;
import se.vardval.halsoval.internal.HalsovalParameters.SparsityMode;

/** Checks a Hälsoval parameter object and names every problem by its JSON path. */
final class ParameterValidator {

    /** Indicator codes become component codes ({@code TARGET_<indicator>}), so they are upper-case identifiers. */
    static final Pattern INDICATOR = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private static final List<String> TOP = List.of("listingDay", "capitation", "cni", "drugs", "sparsity", "visits",
            "targets", "penalties", "patientFees", "costResponsibility", "vatCompensation");

    private final ParameterCheck check;

    private ParameterValidator(ParameterCheck check) {
        this.check = check;
    }

    /** Every problem with the parameters; empty when they are valid. */
    static List<ParameterProblem> validate(JsonNode parameters) {
        return ParameterCheck.validate(parameters, TOP, (check, p) -> new ParameterValidator(check).parameters(p));
    }

    private void parameters(JsonNode p) {
        check.choice(p, "", ListingDay.KEY, ListingDay.class);
        capitation(p.get("capitation"));
        cni(p.get("cni"));
        drugs(p.get("drugs"));
        sparsity(p.get("sparsity"));
        visits(p.get("visits"));
        targets(p.get("targets"));
        if (check.object(p.get("penalties"), "penalties", List.of("krPerWeek", "maxPerOccasion"))) {
            rate(p.get("penalties"), "penalties", "krPerWeek", false);
            rate(p.get("penalties"), "penalties", "maxPerOccasion", true);
        }
        if (check.object(p.get("patientFees"), "patientFees", List.of("mode"))) {
            check.choice(p.get("patientFees"), "patientFees", "mode", PatientFeeMode.class);
        }
        costResponsibility(p.get("costResponsibility"));
        if (check.object(p.get("vatCompensation"), "vatCompensation", List.of("percent"))) {
            BigDecimal percent = rate(p.get("vatCompensation"), "vatCompensation", "percent", false);
            if (percent != null && percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                check.problem("vatCompensation.percent", "får vara högst 100");
            }
        }
    }

    private void capitation(JsonNode c) {
        if (!check.object(c, "capitation", List.of("krPerPoint", "sexSpecific", "ageWeights"))) {
            return;
        }
        rate(c, "capitation", "krPerPoint", false);
        Boolean sexSpecific = check.bool(c, "capitation", "sexSpecific");
        ageWeights(c.get("ageWeights"), "capitation.ageWeights", Boolean.TRUE.equals(sexSpecific), true);
    }

    private void drugs(JsonNode d) {
        if (check.object(d, "drugs", List.of("krPerPoint", "ageWeights"))) {
            rate(d, "drugs", "krPerPoint", false);
            ageWeights(d.get("ageWeights"), "drugs.ageWeights", false, false);
        }
    }

    private void ageWeights(JsonNode array, String path, boolean sexSpecific, boolean sexWeightsAllowed) {
        if (!nonEmptyArray(array, path)) {
            return;
        }
        List<String> optional = sexWeightsAllowed ? List.of("toAge", "weightF", "weightM") : List.of("toAge");
        List<int[]> bands = new ArrayList<>();
        boolean allValid = true;
        for (int i = 0; i < array.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode band = array.get(i);
            int before = check.count();
            if (check.object(band, at, List.of("fromAge", "weight"), optional)) {
                Integer from = integer(band, at, "fromAge", false);
                Integer to = integer(band, at, "toAge", true);
                rate(band, at, "weight", false);
                rate(band, at, "weightF", true);
                rate(band, at, "weightM", true);
                if (sexSpecific) {
                    requirePresent(band, at, "weightF", "capitation.sexSpecific är true");
                    requirePresent(band, at, "weightM", "capitation.sexSpecific är true");
                }
                if (from != null && to != null && to < from) {
                    check.problem(at, "toAge " + to + " är lägre än fromAge " + from);
                }
                if (check.count() == before && from != null) {
                    bands.add(new int[] { from, to == null ? Integer.MAX_VALUE : to, i });
                }
            }
            allValid &= check.count() == before;
        }
        if (allValid) {
            coverage(bands, path);
        }
    }

    private void coverage(List<int[]> bands, String path) {
        bands.sort(Comparator.comparingInt((int[] b) -> b[0]));
        if (bands.getFirst()[0] != 0) {
            check.problem(path, "åldersgrupperna måste börja vid 0 år; den yngsta gruppen börjar vid "
                    + bands.getFirst()[0]);
        }
        for (int i = 1; i < bands.size(); i++) {
            int[] prev = bands.get(i - 1);
            int[] next = bands.get(i);
            if (next[0] <= prev[1]) {
                check.problem(path + "[" + next[2] + "]", "gruppen " + label(next) + " överlappar gruppen "
                        + label(prev));
            } else if (next[0] > prev[1] + 1) {
                check.problem(path, "lucka: åldrarna " + (prev[1] + 1) + "–" + (next[0] - 1)
                        + " ingår inte i någon grupp");
            }
        }
        int[] last = bands.getLast();
        if (last[1] != Integer.MAX_VALUE) {
            check.problem(path, "åldersgrupperna måste täcka 100+: den äldsta gruppen (" + label(last)
                    + ") behöver ett öppet slut (toAge tomt)");
        }
    }

    private static String label(int[] band) {
        return band[1] == Integer.MAX_VALUE ? band[0] + "+" : band[0] + "–" + band[1];
    }

    private void cni(JsonNode c) {
        if (!check.object(c, "cni", List.of("source", "krPerIndexPoint"),
                List.of("weights", "reference", "threshold"))) {
            return;
        }
        check.choice(c, "cni", "source", CniSource.class);
        rate(c, "cni", "krPerIndexPoint", false);
        BigDecimal reference = rate(c, "cni", "reference", true);
        if (reference != null && reference.signum() == 0) {
            check.problem("cni.reference", "måste vara större än 0");
        }
        rate(c, "cni", "threshold", true);
        JsonNode weights = c.get("weights");
        if (weights != null && !weights.isNull()) {
            List<String> flags = Arrays.stream(CniFlag.values()).map(Enum::name).toList();
            if (check.object(weights, "cni.weights", flags)) {
                flags.forEach(flag -> rate(weights, "cni.weights", flag, false));
            }
        }
    }

    private void sparsity(JsonNode s) {
        if (!check.object(s, "sparsity", List.of("mode", "bands"))) {
            return;
        }
        SparsityMode mode = check.choice(s, "sparsity", "mode", SparsityMode.class);
        JsonNode bands = s.get("bands");
        if (bands == null) {
            return;
        }
        if (!bands.isArray()) {
            check.problem("sparsity.bands", "måste vara en lista");
        } else if (mode == SparsityMode.DISTANCE) {
            distanceBands(bands);
        } else if (mode == SparsityMode.CATCHMENT) {
            catchmentBands(bands);
        }
    }

    private void distanceBands(JsonNode bands) {
        if (!nonEmptyArray(bands, "sparsity.bands")) {
            return;
        }
        BigDecimal expectedFrom = BigDecimal.ZERO;
        for (int i = 0; i < bands.size(); i++) {
            String at = "sparsity.bands[" + i + "]";
            JsonNode band = bands.get(i);
            if (!check.object(band, at, List.of("fromKm", "krPerYear"), List.of("toKm"))) {
                return;
            }
            BigDecimal from = rate(band, at, "fromKm", false);
            BigDecimal to = rate(band, at, "toKm", true);
            rate(band, at, "krPerYear", false);
            if (from == null) {
                return;
            }
            if (expectedFrom != null && from.compareTo(expectedFrom) != 0) {
                check.problem(at + ".fromKm", i == 0 ? "det första intervallet måste börja vid 0 km"
                        : "måste vara lika med toKm i intervallet före (" + SwedishNumbers.decimal(expectedFrom)
                                + ") så att intervallen varken har luckor eller överlappar");
            }
            if (to != null && to.compareTo(from) <= 0) {
                check.problem(at + ".toKm", "måste vara större än fromKm");
            }
            if (to == null && i < bands.size() - 1) {
                check.problem(at + ".toKm", "bara det sista intervallet får sakna övre gräns");
            }
            if (to != null && i == bands.size() - 1) {
                check.problem(at + ".toKm", "det sista intervallet måste sakna övre gräns (toKm tomt)");
            }
            expectedFrom = to;
        }
    }

    private void catchmentBands(JsonNode bands) {
        if (!nonEmptyArray(bands, "sparsity.bands")) {
            return;
        }
        Integer previous = null;
        for (int i = 0; i < bands.size(); i++) {
            String at = "sparsity.bands[" + i + "]";
            JsonNode band = bands.get(i);
            if (!check.object(band, at, List.of("krPerYear"), List.of("maxPopulation"))) {
                continue;
            }
            rate(band, at, "krPerYear", false);
            Integer max = integer(band, at, "maxPopulation", true);
            if (max == null && i < bands.size() - 1) {
                check.problem(at + ".maxPopulation", "bara det sista intervallet får sakna övre gräns");
            }
            if (max != null && previous != null && max <= previous) {
                check.problem(at + ".maxPopulation", "intervallen måste stå i stigande ordning efter maxPopulation");
            }
            previous = max;
        }
    }

    private void visits(JsonNode v) {
        List<String> groups = List.of("otherListed", "unlisted", "outOfCounty");
        List<String> keys = new ArrayList<>(groups);
        keys.addAll(List.of("chargeListingUnit", "deductPatientFee"));
        if (!check.object(v, "visits", keys)) {
            return;
        }
        List<String> professions = Arrays.stream(ProfessionGroup.values()).map(Enum::name).toList();
        for (String group : groups) {
            String at = "visits." + group;
            if (check.object(v.get(group), at, professions)) {
                professions.forEach(profession -> rate(v.get(group), at, profession, false));
            }
        }
        check.bool(v, "visits", "chargeListingUnit");
        check.bool(v, "visits", "deductPatientFee");
    }

    private void targets(JsonNode array) {
        if (array == null) {
            return;
        }
        if (!array.isArray()) {
            check.problem("targets", "måste vara en lista");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "targets[" + i + "]";
            JsonNode t = array.get(i);
            if (!check.object(t, at, List.of("indicator", "threshold", "comparison", "krPerListedPerYear"))) {
                continue;
            }
            JsonNode indicator = t.get("indicator");
            if (!indicator.isTextual() || !INDICATOR.matcher(indicator.asText()).matches()) {
                check.problem(at + ".indicator", "'" + indicator.asText() + "' är ingen indikatorkod: versaler,"
                        + " siffror och _, först en bokstav, högst 40 tecken (t.ex. ACCESS_3DAYS)");
            } else if (!seen.add(indicator.asText())) {
                check.problem(at + ".indicator", "indikatorn " + indicator.asText() + " har mer än ett mål");
            }
            rate(t, at, "threshold", false);
            check.choice(t, at, "comparison", Comparison.class);
            rate(t, at, "krPerListedPerYear", false);
        }
    }

    private void costResponsibility(JsonNode c) {
        List<String> categories = Arrays.stream(CostCategory.values()).map(Enum::name).toList();
        if (check.object(c, "costResponsibility", categories)) {
            categories.forEach(category -> check.bool(c, "costResponsibility", category));
        }
    }

    private boolean nonEmptyArray(JsonNode node, String path) {
        if (node == null) {
            return false;
        }
        if (!node.isArray() || node.isEmpty()) {
            check.problem(path, node.isArray() ? "måste ha minst en rad" : "måste vara en lista");
            return false;
        }
        return true;
    }

    /** A number ≥ 0; absent or (when nullable) null gives null without a problem. */
    private BigDecimal rate(JsonNode object, String path, String key, boolean nullable) {
        JsonNode n = object.get(key);
        return nullable && n != null && n.isNull() ? null : check.amount(object, path, key);
    }

    private Integer integer(JsonNode object, String path, String key, boolean nullable) {
        BigDecimal n = rate(object, path, key, nullable);
        if (n == null) {
            return null;
        }
        if (n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            check.problem(ParameterCheck.join(path, key), "måste vara ett heltal");
            return null;
        }
        return n.intValue();
    }

    private void requirePresent(JsonNode object, String path, String key, String because) {
        JsonNode n = object.get(key);
        if (n == null || n.isNull()) {
            check.problem(ParameterCheck.join(path, key),
                    "parametern '" + key + "' saknas: den krävs eftersom " + because);
        }
    }
}
