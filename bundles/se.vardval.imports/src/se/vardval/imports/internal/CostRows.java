package se.vardval.imports.internal;

import java.math.BigDecimal;
import java.time.YearMonth;

import se.vardval.core.domain.Cost;
import se.vardval.core.domain.CostCategory;
import se.vardval.imports.ImportSink;

/** Rows of {@code costs.csv}; a negative amount is a correction (credit) and accepted. */
final class CostRows extends RowParser<Cost> {

    CostRows(References references) {
        super(references);
    }

    @Override
    Cost parse(Row row) {
        String hsaId = row.required("hsa_id");
        if (hsaId != null) {
            checkReference(row, "hsa_id", references().unit(hsaId), "okänd enhet");
        }
        YearMonth period = row.required("period", Values::period);
        CostCategory category = row.required("category", Values.enumOf(CostCategory.class, "okänd kostnadskategori"));
        BigDecimal amount = row.required("amount", Values::decimal);
        String reference = row.text("reference");
        return new Cost(hsaId, period, category, amount, reference);
    }

    @Override
    String keyColumn() {
        return "reference";
    }

    @Override
    Object[] naturalKey(Cost cost) {
        return new Object[] { cost.hsaId(), cost.period(), cost.category(), cost.reference() };
    }

    @Override
    void deliver(Cost cost, long line, ImportSink sink) {
        sink.cost(cost, line);
    }
}
