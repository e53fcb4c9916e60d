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
import se.vardval.core.model.IndexRounding;
import se.vardval.core.model.Rulebook;

/**
 * Sets a draft's annual rates to last year's raised by LPIK: new = last year's × (1 + LPIK/100), rounded half-up to
 * the rate's decimals (whole kronor for annual rates unless the model or the draft's {@link IndexRounding} says
 * otherwise), so that indexing a draft again gives the same rates instead of raising them twice; a negative LPIK with
 * {@code floorAtZero} keeps last year's rates, and an excluded rate keeps the draft's. A rate last year's rulebook
 * lacks, or has in a list row that differs from the draft's in its other fields (a sparsity band by population where
 * last year's were by distance, a target of another indicator), is new this year: decided in this year's money, it
 * keeps the draft's value, and indexing again does not raise it.
 */
final class LpikIndexation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LpikIndexation() {
    }

    static IndexationReport apply(Rulebook draft, Rulebook lastYear, List<AnnualRate> rates,
            Indexation indexation) {
        BigDecimal lpik = indexation.lpikPercent();
        BigDecimal factor = indexation.floored() ? BigDecimal.ONE : BigDecimal.ONE.add(lpik.divide(HUNDRED));
        JsonNode parameters = draft.parameters().deepCopy();
        List<IndexedRate> report = new ArrayList<>();
        for (AnnualRate rate : IndexRounding.apply(rates, draft.parameters())) {
            JsonNode value = ParameterPaths.get(parameters, rate.path());
            if (!value.isNumber()) {
                continue;
            }
            if (indexation.excludes(rate.path())) {
                report.add(new IndexedRate(rate.path(), value.decimalValue(), value.decimalValue()));
                continue;
            }
            JsonNode last = ParameterPaths.get(lastYear.parameters(), rate.path());
            if (!last.isNumber() || !ParameterPaths.sameRows(parameters, lastYear.parameters(), rate.path())) {
                report.add(IndexedRate.newThisYear(rate.path(), value.decimalValue()));
                continue;
            }
            BigDecimal before = last.decimalValue();
            BigDecimal after = indexation.floored() ? before
                    : before.multiply(factor).setScale(rate.decimals(), RoundingMode.HALF_UP);
            ParameterPaths.set(parameters, rate.path(), DecimalNode.valueOf(after));
            report.add(new IndexedRate(rate.path(), before, after));
        }
        Rulebook indexed = new Rulebook(draft.careChoice(), draft.modelType(), draft.year(), draft.status(),
                draft.decision(), parameters);
        return new IndexationReport(indexed, factor, List.copyOf(report), lastYear);
    }
}
