package se.vardval.imports.internal;

import java.math.BigDecimal;
import java.time.YearMonth;

import se.vardval.core.domain.Indicator;
import se.vardval.core.domain.Sex;
import se.vardval.imports.ImportSink;

/** Rows of {@code indicators.csv}; an empty sex means women and men together. */
final class IndicatorRows extends RowParser<Indicator> {

    IndicatorRows(References references) {
        super(references);
    }

    @Override
    Indicator parse(Row row) {
        String hsaId = row.required("hsa_id");
        if (hsaId != null) {
            checkReference(row, "hsa_id", references().unit(hsaId), "okänd enhet");
        }
        YearMonth period = row.required("period", Values::period);
        String indicator = row.required("indicator");
        Sex sex = row.optional("sex", Values.enumOf(Sex.class, "okänt kön"));
        BigDecimal numerator = row.required("numerator", Values.nonNegativeDecimal("negativ täljare"));
        BigDecimal denominator = row.required("denominator", Values.nonNegativeDecimal("negativ nämnare"));
        return new Indicator(hsaId, period, indicator, sex, numerator, denominator);
    }

    @Override
    String keyColumn() {
        return "indicator";
    }

    @Override
    Object[] naturalKey(Indicator indicator) {
        return new Object[] { indicator.hsaId(), indicator.period(), indicator.indicator(), indicator.sex() };
    }

    @Override
    void deliver(Indicator indicator, long line, ImportSink sink) {
        sink.indicator(indicator, line);
    }
}
