package se.vardval.tandvard.internal;

import java.math.BigDecimal;
import java.util.List;

import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.PaymentLines;

/**
 * {@code RISK_POOL}: from each unit of a PRIVATE provider, {@code riskPool.percent} of its (rounded) CAPITATION line
 * is withheld into the pool as a negative line, rounded once; the pool is paid out by a separate annual run.
 */
final class RiskPool {

    static final String CODE = "RISK_POOL";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RiskPool() {
    }

    /** Adds a RISK_POOL line for each private unit's CAPITATION line among {@code lines}. */
    static void addLines(RunContext run, List<PaymentLine> lines) {
        BigDecimal percent = run.parameters().riskPool().percent();
        if (percent.signum() == 0) {
            return;
        }
        List<PaymentLine> capitation = lines.stream()
                .filter(l -> l.component().equals(Capitation.CODE) && run.units().isPrivate(l.hsaId())).toList();
        for (PaymentLine line : capitation) {
            PaymentLines.add(lines, line.hsaId(), CODE, line.amount(), line.amount().multiply(percent).negate(),
                    HUNDRED);
        }
    }
}
