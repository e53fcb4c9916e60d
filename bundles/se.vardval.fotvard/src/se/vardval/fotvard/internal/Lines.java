package se.vardval.fotvard.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.PaymentLines;

/**
 * Sums paid treatments into payment lines per unit and component: basis the number of treatments, amount the exact sum
 * rounded once, half-up, to öre, rate the exact amount per treatment shown with six decimals.
 */
final class Lines {

    /** The component of treatments on referrals of risk group g is this prefix and g. */
    static final String TREATMENT = "TREATMENT_RISK";
    /** The component of home-visit supplements. */
    static final String HOME_VISIT = "HOME_VISIT";

    private final Map<String, Map<String, BigDecimal[]>> sums = new TreeMap<>();

    private Lines() {
    }

    /** The lines of the paid decisions, sorted by unit and component. */
    static List<PaymentLine> of(List<Decision> decisions) {
        Lines lines = new Lines();
        for (Decision d : decisions) {
            if (d.isPaid()) {
                String hsaId = d.treatment().hsaId();
                lines.add(hsaId, TREATMENT + d.referral().riskGroup(), d.netFee());
                if (d.isHomeVisit()) {
                    lines.add(hsaId, HOME_VISIT, d.homeVisitSupplement());
                }
            }
        }
        return lines.lines();
    }

    private void add(String hsaId, String component, BigDecimal amount) {
        BigDecimal[] sum = sums.computeIfAbsent(hsaId, u -> new TreeMap<>()).computeIfAbsent(component,
                c -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
        sum[0] = sum[0].add(BigDecimal.ONE);
        sum[1] = sum[1].add(amount);
    }

    private List<PaymentLine> lines() {
        List<PaymentLine> lines = new ArrayList<>();
        sums.forEach((hsaId, components) -> components.forEach((component, sum) -> lines.add(new PaymentLine(hsaId,
                component, sum[0], PaymentLines.plain(sum[1].divide(sum[0], PaymentLines.RATE_SCALE,
                        RoundingMode.HALF_UP)),
                sum[1].setScale(2, RoundingMode.HALF_UP)))));
        return List.copyOf(lines);
    }
}
