package se.vardval.tandvard.internal;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.model.ListingDay;
import se.vardval.core.model.ParameterCheck;
import se.vardval.core.model.ParameterProblem;
import se.vardval.tandvard.internal.TandvardParameters.PayoutTo;

/**
 * Checks a Tandvård parameter object and names every problem by its JSON path. The age groups must be in ascending
 * order and cover {@code minAge}–{@code maxAge} exactly, without gap or overlap, and {@code capitation} holds one row
 * of three annual amounts (care-need groups 1–3) per age group.
 */
final class ParameterValidator {

    private static final List<String> TOP = List.of("listingDay", "minAge", "maxAge", "ageGroups", "capitation",
            "careNeed", "riskPool", "emergencyFee");

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
        Integer min = integer(p, "", "minAge");
        Integer max = integer(p, "", "maxAge");
        if (min != null && max != null && max < min) {
            check.problem("maxAge", "maxAge " + max + " är lägre än minAge " + min);
            min = null;
        }
        int groups = ageGroups(p.get("ageGroups"), min, max);
        capitation(p.get("capitation"), groups);
        careNeed(p.get("careNeed"));
        riskPool(p.get("riskPool"));
        JsonNode fees = p.get("emergencyFee");
        if (fees != null) {
            if (!fees.isObject()) {
                check.problem("emergencyFee", "måste vara ett objekt med åtgärdskod: kr");
            } else {
                fees.properties().forEach(e -> check.amount(fees, "emergencyFee", e.getKey()));
            }
        }
    }

    private void riskPool(JsonNode pool) {
        if (!check.object(pool, "riskPool", List.of("percent", "payoutMonth", "payoutTo"))) {
            return;
        }
        BigDecimal percent = check.amount(pool, "riskPool", "percent");
        if (percent != null && percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            check.problem("riskPool.percent", "får vara högst 100");
        }
        JsonNode month = pool.get("payoutMonth");
        if (month != null && (!month.isIntegralNumber() || month.intValue() < 1 || month.intValue() > 12)) {
            check.problem("riskPool.payoutMonth", "måste vara en månad 1–12 (" + month + ")");
        }
        check.choice(pool, "riskPool", "payoutTo", PayoutTo.class);
    }

    /** Checks the age groups against the limits (null when unknown) and returns how many there are (-1: invalid). */
    private int ageGroups(JsonNode array, Integer min, Integer max) {
        if (array == null) {
            return -1;
        }
        if (!array.isArray() || array.isEmpty()) {
            check.problem("ageGroups", array.isArray() ? "måste ha minst en åldersgrupp" : "måste vara en lista");
            return -1;
        }
        Integer expectedFrom = min;
        Integer lastTo = null;
        for (int i = 0; i < array.size(); i++) {
            String at = "ageGroups[" + i + "]";
            JsonNode group = array.get(i);
            if (!check.object(group, at, List.of("fromAge", "toAge"))) {
                return -1;
            }
            Integer from = integer(group, at, "fromAge");
            Integer to = integer(group, at, "toAge");
            if (from == null || to == null) {
                return -1;
            }
            if (to < from) {
                check.problem(at, "toAge " + to + " är lägre än fromAge " + from);
            }
            if (expectedFrom != null && from.intValue() != expectedFrom.intValue()) {
                check.problem(at + ".fromAge", i == 0
                        ? "den första åldersgruppen måste börja vid minAge (" + min + ")"
                        : "måste vara " + expectedFrom + ", åldern efter gruppen före, så att grupperna varken har"
                                + " luckor eller överlappar");
            }
            expectedFrom = to + 1;
            lastTo = to;
        }
        if (max != null && lastTo != null && lastTo.intValue() != max.intValue()) {
            check.problem("ageGroups", "den sista åldersgruppen måste sluta vid maxAge (" + max + "), inte vid "
                    + lastTo);
        }
        return array.size();
    }

    private void capitation(JsonNode table, int groups) {
        if (table == null) {
            return;
        }
        if (!table.isArray()) {
            check.problem("capitation", "måste vara en lista med en rad per åldersgrupp");
            return;
        }
        if (groups >= 0 && table.size() != groups) {
            check.problem("capitation", "antalet rader (" + table.size() + ") är inte antalet åldersgrupper ("
                    + groups + ")");
        }
        for (int i = 0; i < table.size(); i++) {
            String at = "capitation[" + i + "]";
            JsonNode row = table.get(i);
            if (!row.isArray() || row.size() != TandvardParameters.CARE_NEED_GROUPS) {
                check.problem(at, "måste vara en lista med " + TandvardParameters.CARE_NEED_GROUPS
                        + " årsbelopp, ett per vårdbehovsgrupp 1–3");
                continue;
            }
            for (int g = 0; g < row.size(); g++) {
                check.amount(row.get(g), at + "[" + g + "]");
            }
        }
    }

    private void careNeed(JsonNode c) {
        if (!check.object(c, "careNeed", List.of("defaultGroup", "areas"))) {
            return;
        }
        careNeedGroup(c.get("defaultGroup"), "careNeed.defaultGroup");
        JsonNode areas = c.get("areas");
        if (areas == null) {
            return;
        }
        if (!areas.isObject()) {
            check.problem("careNeed.areas", "måste vara ett objekt med områdeskod: vårdbehovsgrupp");
            return;
        }
        areas.properties().forEach(e -> careNeedGroup(e.getValue(), "careNeed.areas." + e.getKey()));
    }

    private void careNeedGroup(JsonNode n, String path) {
        if (n != null && (!n.isIntegralNumber() || n.intValue() < 1
                || n.intValue() > TandvardParameters.CARE_NEED_GROUPS)) {
            check.problem(path, "måste vara vårdbehovsgrupp 1, 2 eller 3 (" + n + ")");
        }
    }

    private Integer integer(JsonNode object, String path, String key) {
        BigDecimal n = check.amount(object, path, key);
        if (n == null) {
            return null;
        }
        if (n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.valueOf(150)) > 0) {
            check.problem(ParameterCheck.join(path, key), "måste vara ett helt antal år, högst 150");
            return null;
        }
        return n.intValue();
    }
}
