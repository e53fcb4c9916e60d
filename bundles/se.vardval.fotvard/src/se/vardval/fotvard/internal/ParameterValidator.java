package se.vardval.fotvard.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.model.ParameterCheck;
import se.vardval.core.model.ParameterProblem;
import se.vardval.core.model.SwedishNumbers;

/**
 * Checks a Medicinsk fotvård parameter object and names every problem by its JSON path: {@code fees} and
 * {@code maxTreatmentsPerYear} hold one value per risk group {@code "2"}, {@code "3"} and {@code "4"}, amounts are
 * kronor ≥ 0, counts whole numbers, and {@code costHandOver.careChoice} names a vårdval by its id.
 */
final class ParameterValidator {

    private static final List<String> TOP = List.of("fees", "homeVisitSupplement", "maxTreatmentsPerYear",
            "referralValidMonths", "deductPatientFee", "minAge", "costHandOver");
    private static final List<String> GROUPS = FotvardParameters.RISK_GROUPS.stream().map(String::valueOf).toList();
    private static final Pattern CARE_CHOICE_ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private final ParameterCheck check;

    private ParameterValidator(ParameterCheck check) {
        this.check = check;
    }

    /** Every problem with the parameters; empty when they are valid. */
    static List<ParameterProblem> validate(JsonNode parameters) {
        return ParameterCheck.validate(parameters, TOP, (check, p) -> new ParameterValidator(check).parameters(p));
    }

    private void parameters(JsonNode p) {
        if (check.object(p.get("fees"), "fees", GROUPS)) {
            GROUPS.forEach(g -> check.amount(p.get("fees").get(g), "fees." + g));
        }
        check.amount(p.get("homeVisitSupplement"), "homeVisitSupplement");
        if (check.object(p.get("maxTreatmentsPerYear"), "maxTreatmentsPerYear", GROUPS)) {
            GROUPS.forEach(g -> whole(p.get("maxTreatmentsPerYear").get(g), "maxTreatmentsPerYear." + g, 0, 365,
                    "behandlingar per år"));
        }
        whole(p.get("referralValidMonths"), "referralValidMonths", 1, 120, "månader");
        check.bool(p, "", "deductPatientFee");
        whole(p.get("minAge"), "minAge", 0, 150, "år");
        if (check.object(p.get("costHandOver"), "costHandOver", List.of("careChoice"))) {
            JsonNode id = p.get("costHandOver").get("careChoice");
            if (id != null && (!id.isTextual() || !CARE_CHOICE_ID.matcher(id.asText()).matches())) {
                check.problem("costHandOver.careChoice", "måste vara ett vårdvals id, t.ex. halsoval ('" + id.asText()
                        + "' är inget)");
            }
        }
    }

    private void whole(JsonNode n, String at, int min, int max, String unit) {
        BigDecimal value = check.amount(n, at);
        if (value != null && (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(min)) < 0
                || value.compareTo(BigDecimal.valueOf(max)) > 0)) {
            check.problem(at, "måste vara ett helt antal " + unit + " från " + min + " till " + max + " ("
                    + SwedishNumbers.decimal(value) + ")");
        }
    }
}
