package se.vardval.annual.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;

import se.vardval.annual.IndexationReport;
import se.vardval.annual.Indexation;
import se.vardval.annual.IndexedRate;
import se.vardval.core.model.AnnualRate;
import se.vardval.core.model.Rulebook;

/**
 * Raises a rulebook's annual rates by LPIK: new = old × (1 + LPIK/100), rounded half-up to the rate's decimals
 * (whole kronor for annual rates unless the model says otherwise); a negative LPIK with {@code floorAtZero} leaves
 * every rate unchanged.
 */
final class LpikIndexation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LpikIndexation() {
    }

    static IndexationReport apply(Rulebook draft, List<AnnualRate> rates, Indexation indexation) {
        BigDecimal lpik = indexation.lpikPercent();
        BigDecimal factor = indexation.floored() ? BigDecimal.ONE : BigDecimal.ONE.add(lpik.divide(HUNDRED));
        JsonNode parameters = draft.parameters().deepCopy();
        List<IndexedRate> report = new ArrayList<>();
        for (AnnualRate rate : rates) {
            JsonNode value = ParameterPaths.get(parameters, rate.path());
            if (!value.isNumber()) {
                continue;
            }
            BigDecimal before = value.decimalValue();
            if (indexation.excludes(rate.path()) || indexation.floored()) {
                report.add(new IndexedRate(rate.path(), before, before));
            } else {
                BigDecimal after = before.multiply(factor).setScale(rate.decimals(), RoundingMode.HALF_UP);
                ParameterPaths.set(parameters, rate.path(), DecimalNode.valueOf(after));
                report.add(new IndexedRate(rate.path(), before, after));
            }
        }
        Rulebook indexed = new Rulebook(draft.careChoice(), draft.modelType(), draft.year(), draft.status(),
                draft.decision(), parameters);
        return new IndexationReport(indexed, factor, List.copyOf(report));
    }
}
