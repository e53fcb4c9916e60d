package se.vardval.specialist.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.vardval.core.domain.Indicator;
import se.vardval.core.model.CodeKind;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.PaymentLines;
import se.vardval.specialist.internal.SpecialistParameters.Target;

/**
 * {@code TARGET_<indicator>} (goal-related payment): {@code percent} of the unit's production of the month (the sum of
 * its rounded VISITS, DRG, DRG_OUTLIER and EPISODE lines) when the unit's indicator of the period, women and men
 * together, meets the target; a unit with production but no value is warned of, the indicator named as the region's
 * data names it.
 */
final class Targets {

    private Targets() {
    }

    static List<PaymentLine> lines(RunContext run, Map<String, BigDecimal> production) {
        List<PaymentLine> lines = new ArrayList<>();
        for (Target target : run.parameters().targets()) {
            String indicator = run.inputs().codeNames().labelOf(CodeKind.INDICATOR, target.indicator());
            production.forEach((hsaId, amount) -> {
                Optional<Indicator> value = value(run, target, hsaId);
                if (value.isEmpty() || value.get().denominator().signum() == 0) {
                    run.warn(hsaId, "INDICATOR_MISSING", "Inget värde för indikatorn " + indicator
                            + ", kvinnor och män tillsammans, för " + run.inputs().period()
                            + ": målet ger ingen ersättning.");
                } else if (target.met(value.get().numerator(), value.get().denominator())) {
                    PaymentLines.add(lines, hsaId, target.component(), amount, amount.multiply(target.percent()),
                            PaymentLines.HUNDRED);
                }
            });
        }
        return lines;
    }

    /** The unit's value of the target's indicator for the period, women and men together. */
    static Optional<Indicator> value(RunContext run, Target target, String hsaId) {
        return run.inputs().indicators().stream().filter(i -> i.sex() == null && i.hsaId().equals(hsaId)
                && i.indicator().equals(target.indicator()) && i.period().equals(run.inputs().period())).findFirst();
    }
}
