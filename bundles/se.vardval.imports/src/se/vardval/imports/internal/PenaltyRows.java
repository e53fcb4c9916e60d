package se.vardval.imports.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import se.vardval.core.domain.Penalty;
import se.vardval.imports.ImportSink;

/** Rows of {@code penalties.csv}. */
final class PenaltyRows extends RowParser<Penalty> {

    PenaltyRows(References references) {
        super(references);
    }

    @Override
    Penalty parse(Row row) {
        String hsaId = row.required("hsa_id");
        if (hsaId != null) {
            checkReference(row, "hsa_id", references().unit(hsaId), "okänd enhet");
        }
        LocalDate decided = row.required("decided", Values::date);
        BigDecimal weeks = row.required("weeks", Values.nonNegativeDecimal("negativt antal veckor"));
        String reason = row.text("reason");
        return new Penalty(hsaId, decided, weeks, reason);
    }

    @Override
    String keyColumn() {
        return "decided";
    }

    @Override
    Object[] naturalKey(Penalty penalty) {
        return new Object[] { penalty.hsaId(), penalty.decided(), penalty.reason() };
    }

    @Override
    void deliver(Penalty penalty, long line, ImportSink sink) {
        sink.penalty(penalty, line);
    }
}
