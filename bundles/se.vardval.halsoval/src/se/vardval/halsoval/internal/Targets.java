package se.vardval.halsoval.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.vardval.core.domain.Indicator;
import se.vardval.core.model.Explanation;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.PaymentLines;
import se.vardval.halsoval.internal.HalsovalParameters.Comparison;
import se.vardval.halsoval.internal.HalsovalParameters.Target;

/**
 * {@code TARGET_<indicator>} (målrelaterad ersättning): kr per listed person when the unit's indicator of the period
 * (women and men together) meets the target.
 */
final class Targets implements PaymentComponent {

    private static final String PREFIX = "TARGET_";

    @Override
    public void addLines(RunContext run, List<PaymentLine> lines) {
        for (Target target : run.parameters().targets()) {
            Map<String, Indicator> values = values(run, target);
            for (Map.Entry<String, UnitTally> unit : run.listings().byUnit().entrySet()) {
                String hsaId = unit.getKey();
                Indicator value = values.get(hsaId);
                if (value == null) {
                    run.warn(hsaId, "INDICATOR_MISSING", "No value of indicator " + target.indicator() + " (women and"
                            + " men together) for " + run.inputs().period() + ": the target pays nothing.");
                } else if (value.denominator().signum() == 0) {
                    run.warn(hsaId, "INDICATOR_UNDEFINED", "Indicator " + target.indicator() + " has denominator 0 for "
                            + run.inputs().period() + ": the target pays nothing.");
                } else if (target.met(value.numerator(), value.denominator())) {
                    BigDecimal listed = BigDecimal.valueOf(unit.getValue().listed());
                    Lines.add(lines, hsaId, target.component(), listed,
                            Fraction.of(listed.multiply(target.krPerListedPerYear()), PaymentLines.MONTHS));
                }
            }
        }
    }

    @Override
    public boolean owns(String component) {
        return component.startsWith(PREFIX);
    }

    /** The unit's value of the target's indicator for the period, or null when there is none. */
    static Indicator value(RunContext run, Target target, String hsaId) {
        return values(run, target).get(hsaId);
    }

    private static Map<String, Indicator> values(RunContext run, Target target) {
        return run.inputs().indicators().stream()
                .filter(i -> i.sex() == null && i.indicator().equals(target.indicator())
                        && i.period().equals(run.inputs().period()))
                .collect(Collectors.toMap(Indicator::hsaId, Function.identity(), (a, b) -> a));
    }

    /** Whether the unit meets the target. */
    static boolean met(Indicator value, Target target) {
        return value != null && value.denominator().signum() != 0 && target.met(value.numerator(), value.denominator());
    }

    @Override
    public Explanation explain(RunContext run, List<PaymentLine> lines, String hsaId, String component, int maxRows) {
        Rows rows = new Rows(maxRows);
        Target target = run.parameters().targets().stream().filter(t -> t.component().equals(component)).findFirst()
                .orElse(null);
        if (target == null) {
            return rows.explanation("The rulebook has no target " + component + ".", "indicator");
        }
        Indicator value = value(run, target, hsaId);
        if (value != null) {
            rows.add(target.indicator(), PaymentLines.show(value.numerator()), PaymentLines.show(value.denominator()),
                    value.value() == null ? "undefined" : PaymentLines.show(value.value()),
                    (target.comparison() == Comparison.AT_LEAST ? "≥ " : "≤ ") + PaymentLines.show(target.threshold()),
                    met(value, target) ? "yes" : "no", Integer.toString(run.listings().unit(hsaId).listed()));
        }
        return rows.explanation("Listed × " + PaymentLines.show(target.krPerListedPerYear())
                + " kr per listed and year / 12 when the indicator meets the target"
                + (value == null ? "; the unit has no value for " + run.inputs().period() + "." : "."),
                "indicator", "numerator", "denominator", "value", "target", "met", "listed");
    }
}
