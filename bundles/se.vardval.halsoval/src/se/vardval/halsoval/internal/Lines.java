package se.vardval.halsoval.internal;

import java.math.BigDecimal;
import java.util.List;

import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.PaymentLines;

/** Builds payment lines: each amount rounded once, half-up, to öre; rates shown with six decimals. */
final class Lines {

    private Lines() {
    }

    /** Adds the line unless it rounds to zero kronor; the rate is the exact amount per basis unit. */
    static void add(List<PaymentLine> lines, String hsaId, String component, BigDecimal basis, Fraction amount) {
        BigDecimal rounded = amount.round(2);
        if (rounded.signum() == 0) {
            return;
        }
        BigDecimal rate = basis.signum() == 0 ? rounded : amount.dividedBy(basis).round(PaymentLines.RATE_SCALE);
        lines.add(new PaymentLine(hsaId, component, PaymentLines.plain(basis), PaymentLines.plain(rate), rounded));
    }

    /** An exact value shown in kronor with {@code scale} decimals, half-up. */
    static String show(Fraction value, int scale) {
        return value.round(scale).toPlainString();
    }
}
