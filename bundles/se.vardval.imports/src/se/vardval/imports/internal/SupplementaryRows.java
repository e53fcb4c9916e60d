package se.vardval.imports.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import se.vardval.core.domain.Supplementary;
import se.vardval.imports.ImportSink;

/** Rows of {@code supplementary.csv}. */
final class SupplementaryRows extends RowParser<Supplementary> {

    SupplementaryRows(References references) {
        super(references);
    }

    @Override
    Supplementary parse(Row row) {
        String contractId = row.required("contract_id");
        if (contractId != null) {
            checkReference(row, "contract_id", references().contract(contractId), "okänt avtal");
        }
        String code = row.required("code");
        String name = row.required("name");
        BigDecimal annualAmount = row.required("annual_amount", Values.nonNegativeDecimal("negativt årsbelopp"));
        LocalDate validFrom = row.required("valid_from", Values::date);
        LocalDate validTo = row.optional("valid_to", Values::date);
        checkInterval(row, validFrom, validTo);
        return new Supplementary(contractId, code, name, annualAmount, validFrom, validTo);
    }

    @Override
    String keyColumn() {
        return "code";
    }

    @Override
    Object[] naturalKey(Supplementary supplementary) {
        return new Object[] { supplementary.contractId(), supplementary.code(), supplementary.validFrom() };
    }

    @Override
    void deliver(Supplementary supplementary, long line, ImportSink sink) {
        sink.supplementary(supplementary, line);
    }
}
