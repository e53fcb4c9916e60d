package se.vardval.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import se.vardval.core.domain.DecidedPayment;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RunWarning;
import se.vardval.core.model.SwedishNumbers;

/**
 * The payments decided for a run's month as the run's own lines (basis 1, rate and amount the decided amount) and a
 * remark per payment the run pays naming what it pays and its decision, which the approver and the provider's
 * documents show (a correction that pays nothing of it again has no remark of it).
 */
final class DecidedLines {

    /** The code of the remark that goes with each decided payment. */
    static final String REMARK = "DECIDED_PAYMENT";

    private DecidedLines() {
    }

    static List<PaymentLine> lines(List<DecidedPayment> payments) {
        return payments.stream().map(p -> new PaymentLine(p.hsaId(), p.component(), BigDecimal.ONE, p.amount(),
                p.amount())).toList();
    }

    /** The remarks of the payments that {@code paid} (the lines a run stores) pays for their unit and component. */
    static List<RunWarning> remarks(List<DecidedPayment> payments, List<PaymentLine> paid) {
        Set<String> keys = paid.stream().map(l -> key(l.hsaId(), l.component())).collect(Collectors.toSet());
        return payments.stream().filter(p -> keys.contains(key(p.hsaId(), p.component())))
                .map(p -> new RunWarning(p.hsaId(), REMARK, p.component() + " " + SwedishNumbers.kronor(p.amount())
                        + ": " + p.origin() + ", enligt beslut " + p.decision() + "."))
                .toList();
    }

    private static String key(String hsaId, String component) {
        return hsaId + "\u0000" + component;
    }
}
