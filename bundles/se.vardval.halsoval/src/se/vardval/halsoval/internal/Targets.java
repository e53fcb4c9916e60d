package se.vardval.halsoval.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.vardval.core.domain.Indicator;
import se.vardval.core.model.CodeKind;
import se.vardval.core.model.Explanation;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.PaymentLines;
import se.vardval.core.model.SwedishNumbers;
import se.vardval.halsoval.internal.HalsovalParameters.Comparison;
import se.vardval.halsoval.internal.HalsovalParameters.Target;

/**
 * {@code TARGET_<indicator>} (målrelaterad ersättning): kr per listed person when the unit's indicator of the period
 * (women and men together) meets the target.
 */
final class Targets implements PaymentComponent {

    static final String PREFIX = "TARGET_";
    /** Decimals of an indicator's value in an explanation (the comparison with the target uses the exact quotient). */
    private static final int VALUE_DECIMALS = 4;

    @Override
    public void addLines(RunContext run, List<PaymentLine> lines) {
        for (Target target : run.parameters().targets()) {
            Map<String, Indicator> values = values(run, target);
            String indicator = run.codeNames().labelOf(CodeKind.INDICATOR, target.indicator());
            for (Map.Entry<String, UnitTally> unit : run.listings().byUnit().entrySet()) {
                String hsaId = unit.getKey();
                Indicator value = values.get(hsaId);
                if (value == null) {
                    run.warn(hsaId, "INDICATOR_MISSING", "Inget värde för indikatorn " + indicator
                            + ", kvinnor och män tillsammans, för " + run.inputs().period()
                            + ": målet ger ingen ersättning.");
                } else if (value.denominator().signum() == 0) {
                    run.warn(hsaId, "INDICATOR_UNDEFINED", "Indikatorn " + indicator + " har nämnaren 0 för "
                            + run.inputs().period() + ": målet ger ingen ersättning.");
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
            return rows.explanation("Förfrågningsunderlaget har inget mål " + component + ".", "Indikator");
        }
        Indicator value = value(run, target, hsaId);
        if (value != null) {
            rows.add(run.codeNames().nameOf(CodeKind.INDICATOR, target.indicator()).orElse(target.indicator()),
                    PaymentLines.show(value.numerator()), PaymentLines.show(value.denominator()),
                    value.value() == null ? "odefinierat"
                            : PaymentLines.show(value.value().setScale(VALUE_DECIMALS, RoundingMode.HALF_UP)),
                    (target.comparison() == Comparison.AT_LEAST ? "≥ " : "≤ ")
                            + SwedishNumbers.decimal(target.threshold()),
                    met(value, target) ? "ja" : "nej", Integer.toString(run.listings().unit(hsaId).listed()));
        }
        return rows.explanation("Listade × " + SwedishNumbers.decimal(target.krPerListedPerYear())
                + " kr per listad och år / 12 när indikatorn når målet"
                + (value == null ? "; enheten har inget värde för " + run.inputs().period() + "." : "."),
                "Indikator", "Täljare", "Nämnare", "Värde", "Mål", "Uppnått", "Listade");
    }
}
