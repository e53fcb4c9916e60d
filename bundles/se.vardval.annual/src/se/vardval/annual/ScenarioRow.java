package se.vardval.annual;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One unit and component of a scenario with its amount under each rulebook, in the comparison's order; the
 * component {@code TOTAL} sums a unit's lines, and the unit {@code *} sums all units.
 */
public record ScenarioRow(String hsaId, String unitName, String component, List<BigDecimal> amounts) {

    /** The component of a unit's total row. */
    public static final String TOTAL = "TOTAL";

    /** What a person reads for the row's component: its name by the model, for a unit's total "Summa". */
    public String componentName(UnaryOperator<String> componentNames) {
        return component.equals(TOTAL) ? "Summa" : componentNames.apply(component);
    }

    /** The amount under rulebook {@code i} minus the amount under the first. */
    public BigDecimal difference(int i) {
        return amounts.get(i).subtract(amounts.get(0));
    }

    /** The difference in per cent of the first amount, two decimals half-up; null when the first is zero. */
    public BigDecimal percent(int i) {
        BigDecimal first = amounts.get(0);
        return first.signum() == 0 ? null
                : difference(i).multiply(BigDecimal.valueOf(100)).divide(first.abs(), 2, RoundingMode.HALF_UP);
    }
}
