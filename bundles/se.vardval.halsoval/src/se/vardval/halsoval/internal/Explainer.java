package se.vardval.halsoval.internal;

import java.math.BigDecimal;
import java.util.List;

import se.vardval.core.model.ExplainRequest;
import se.vardval.core.model.Explanation;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.PaymentLines;
import se.vardval.core.model.SwedishNumbers;
import se.vardval.core.service.UserError;

/** Answers an explanation request: a unit's lines, one line's rows, or one person's amounts. */
final class Explainer {

    /** At most this many rows are returned; a health centre's listed persons fit well within it. */
    static final int MAX_ROWS = 100_000;

    private Explainer() {
    }

    static Explanation explain(RunContext run, ExplainRequest request) {
        if (request.personId() != null) {
            return PersonExplanation.explain(run, request.personId(), request.hsaId(), MAX_ROWS);
        }
        if (request.hsaId() == null) {
            throw new UserError("En förklaring behöver en enhet (hsaId) eller en person (personId).");
        }
        List<PaymentLine> lines = request.runLines() != null ? request.runLines() : Calculation.lines(run);
        String hsaId = request.hsaId();
        if (request.component() == null) {
            Rows rows = new Rows(MAX_ROWS);
            BigDecimal total = BigDecimal.ZERO;
            for (PaymentLine line : lines) {
                if (line.hsaId().equals(hsaId)) {
                    rows.add(HalsovalComponents.NAMES.labelOf(line.component(), run.codeNames()),
                            PaymentLines.show(line.basis()), PaymentLines.show(line.rate()),
                            line.amount().toPlainString());
                    total = total.add(line.amount());
                }
            }
            return rows.explanation(hsaId + " i " + run.inputs().period() + ": " + SwedishNumbers.kronor(total)
                    + " totalt, summan av enhetens avrundade rader.", "Komponent", "Underlag", "À-pris", "Belopp");
        }
        String component = request.component();
        PaymentComponent calculator = Calculation.COMPONENTS.stream().filter(c -> c.owns(component)).findFirst()
                .orElseThrow(() -> new UserError("Hälsoval har ingen komponent " + component + "."));
        PaymentLine line = lines.stream().filter(l -> l.hsaId().equals(hsaId) && l.component().equals(component))
                .findFirst().orElse(null);
        String head = HalsovalComponents.NAMES.labelOf(component, run.codeNames()) + " vid " + hsaId + " i "
                + run.inputs().period() + ": "
                + (line == null ? "ingen rad (0 kr). " : PaymentLines.describe(line) + ". ");
        Explanation rows = calculator.explain(run, lines, hsaId, component, MAX_ROWS);
        return new Explanation(head + rows.summary(), rows.columns(), rows.rows());
    }
}
