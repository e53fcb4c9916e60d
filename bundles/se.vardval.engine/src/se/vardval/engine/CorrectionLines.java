package se.vardval.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.vardval.core.model.PaymentLine;

/**
 * The lines of a correction run: per unit and component, what the month comes to now minus what is already paid.
 * The amount is the exact difference of the rounded amounts, the basis the difference of the bases, the rate the
 * current one (the last paid one for a line that is gone).
 */
final class CorrectionLines {

    private CorrectionLines() {
    }

    /** The non-zero differences between {@code current} and the sum of {@code paid}, ordered by unit and component. */
    static List<PaymentLine> difference(List<PaymentLine> paid, List<PaymentLine> current) {
        Map<String, PaymentLine> paidByKey = sumByKey(paid);
        Map<String, PaymentLine> currentByKey = sumByKey(current);
        Map<String, PaymentLine> keys = new TreeMap<>(paidByKey);
        keys.putAll(currentByKey);
        List<PaymentLine> result = new ArrayList<>();
        for (Map.Entry<String, PaymentLine> entry : keys.entrySet()) {
            PaymentLine now = currentByKey.get(entry.getKey());
            PaymentLine before = paidByKey.get(entry.getKey());
            BigDecimal amount = amount(now).subtract(amount(before));
            BigDecimal basis = basis(now).subtract(basis(before));
            if (amount.signum() != 0 || basis.signum() != 0) {
                PaymentLine any = entry.getValue();
                result.add(new PaymentLine(any.hsaId(), any.component(), basis, any.rate(), amount));
            }
        }
        return result;
    }

    private static Map<String, PaymentLine> sumByKey(List<PaymentLine> lines) {
        Map<String, PaymentLine> sums = new TreeMap<>();
        for (PaymentLine line : lines) {
            PaymentLine rounded = new PaymentLine(line.hsaId(), line.component(), line.basis(), line.rate(),
                    line.amount().setScale(2, RoundingMode.HALF_UP));
            sums.merge(line.hsaId() + "\u0000" + line.component(), rounded, (a, b) -> new PaymentLine(a.hsaId(),
                    a.component(), basis(a).add(basis(b)), b.rate(), a.amount().add(b.amount())));
        }
        return sums;
    }

    private static BigDecimal amount(PaymentLine line) {
        return line == null ? BigDecimal.ZERO : line.amount();
    }

    private static BigDecimal basis(PaymentLine line) {
        return line == null || line.basis() == null ? BigDecimal.ZERO : line.basis();
    }
}
