package se.vardval.specialist.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.Profession;
import se.vardval.core.model.ParameterCheck;
import se.vardval.core.model.ParameterProblem;
import se.vardval.core.model.SwedishNumbers;
import se.vardval.specialist.internal.SpecialistParameters.Comparison;
import se.vardval.specialist.internal.SpecialistParameters.VisitKind;

/**
 * Checks a specialist parameter object and names every problem by its JSON path, e.g.
 * {@code visitPrices[2].visitKind} or {@code drgWeights.302O}. Amounts, weights and days are never negative,
 * percentages at most 100, and a visit price is given once per contact type, profession and visit kind.
 */
final class ParameterValidator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final List<String> TOP = List.of("visitPrices", "deductPatientFee", "referralRequired",
            "drgPricePerPoint", "drgWeights", "drgOutlier", "episodes", "valueBased", "targets", "fixedGrantCode",
            "ceiling");
    private static final List<String> VISIT_PRICE = List.of("contactType", "profession", "visitKind", "kr");
    private static final List<String> TARGET = List.of("indicator", "comparison", "threshold", "percent");

    private final ParameterCheck check;

    private ParameterValidator(ParameterCheck check) {
        this.check = check;
    }

    /** Every problem with the parameters; empty when they are valid. */
    static List<ParameterProblem> validate(JsonNode parameters) {
        return ParameterCheck.validate(parameters, TOP, (check, p) -> new ParameterValidator(check).parameters(p));
    }

    private void parameters(JsonNode p) {
        visitPrices(p.get("visitPrices"));
        check.bool(p, "", "deductPatientFee");
        check.bool(p, "", "referralRequired");
        check.amount(p, "", "drgPricePerPoint");
        map(p.get("drgWeights"), "drgWeights", check::amount);
        if (check.object(p.get("drgOutlier"), "drgOutlier", List.of("trimDays", "krPerDay"))) {
            days(p.get("drgOutlier"), "drgOutlier", "trimDays");
            check.amount(p.get("drgOutlier"), "drgOutlier", "krPerDay");
        }
        map(p.get("episodes"), "episodes", (n, at) -> {
            if (check.object(n, at, List.of("price", "warrantyDays"))) {
                check.amount(n, at, "price");
                days(n, at, "warrantyDays");
            }
        });
        valueBased(p.get("valueBased"));
        targets(p.get("targets"));
        JsonNode fixed = p.get("fixedGrantCode");
        if (fixed != null && !fixed.isTextual()) {
            check.problem("fixedGrantCode",
                    "måste vara koden för det tilläggsuppdrag som har det årliga anslaget, eller tomt");
        }
        if (check.object(p.get("ceiling"), "ceiling", List.of("annualAmount", "ratePercent"))) {
            check.amount(p.get("ceiling"), "ceiling", "annualAmount");
            percent(p.get("ceiling"), "ceiling", "ratePercent");
        }
    }

    private void visitPrices(JsonNode rows) {
        if (!check.array(rows, "visitPrices")) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String at = "visitPrices[" + i + "]";
            JsonNode row = rows.get(i);
            if (!check.object(row, at, VISIT_PRICE)) {
                continue;
            }
            boolean known = (check.choice(row, at, "contactType", ContactType.class) != null)
                    & (check.choice(row, at, "profession", Profession.class) != null)
                    & (check.choice(row, at, "visitKind", VisitKind.class) != null);
            check.amount(row, at, "kr");
            String key = row.path("contactType").asText() + " " + row.path("profession").asText() + " "
                    + row.path("visitKind").asText();
            if (known && !seen.add(key)) {
                check.problem(at, "ett andra pris för " + key
                        + "; varje kontakttyp, yrkesgrupp och besökstyp har ett pris");
            }
        }
    }

    private void valueBased(JsonNode v) {
        if (!check.object(v, "valueBased", List.of("bonusPercent", "deductionPercent", "improvementThreshold",
                "worseningThreshold"))) {
            return;
        }
        percent(v, "valueBased", "bonusPercent");
        percent(v, "valueBased", "deductionPercent");
        check.amount(v, "valueBased", "improvementThreshold");
        check.amount(v, "valueBased", "worseningThreshold");
    }

    private void targets(JsonNode rows) {
        if (!check.array(rows, "targets")) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String at = "targets[" + i + "]";
            JsonNode row = rows.get(i);
            if (!check.object(row, at, TARGET)) {
                continue;
            }
            JsonNode indicator = row.get("indicator");
            if (indicator != null && (!indicator.isTextual() || !indicator.asText().matches("[A-Z0-9_]+"))) {
                check.problem(at + ".indicator",
                        "måste vara en indikatorkod av versaler, siffror och _ (" + indicator + ")");
            } else if (indicator != null && !seen.add(indicator.asText())) {
                check.problem(at + ".indicator", "ett andra mål för " + indicator.asText());
            }
            check.choice(row, at, "comparison", Comparison.class);
            check.amount(row, at, "threshold");
            percent(row, at, "percent");
        }
    }

    /** A value checker given the node and its path. */
    private interface Check {
        void check(JsonNode node, String at);
    }

    private void map(JsonNode node, String path, Check value) {
        if (node == null) {
            return;
        }
        if (!node.isObject()) {
            check.problem(path, "måste vara ett objekt med kod: värde");
            return;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (e.getKey().isBlank()) {
                check.problem(path, "en kod får inte vara tom");
            } else {
                value.check(e.getValue(), path + "." + e.getKey());
            }
        }
    }

    private void percent(JsonNode object, String path, String key) {
        BigDecimal n = check.amount(object, path, key);
        if (n != null && n.compareTo(HUNDRED) > 0) {
            check.problem(ParameterCheck.join(path, key),
                    "måste vara en procentsats på högst 100 (" + SwedishNumbers.decimal(n) + ")");
        }
    }

    private void days(JsonNode object, String path, String key) {
        BigDecimal n = check.amount(object, path, key);
        if (n != null && (n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.valueOf(36_500)) > 0)) {
            check.problem(ParameterCheck.join(path, key), "måste vara ett helt antal dagar, högst 36 500");
        }
    }
}
