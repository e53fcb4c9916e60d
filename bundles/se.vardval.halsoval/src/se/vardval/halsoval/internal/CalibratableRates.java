package se.vardval.halsoval.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.vardval.core.model.CalibratableRate;

/**
 * Hälsoval's kr-per-point rates that budget calibration solves: kr per age capitation point, per CNI index point and
 * per drug point, written with öre; the points of a unit are its age-weighted points, or listed × CNI.
 */
final class CalibratableRates {

    /** The rates in component order. */
    static final List<CalibratableRate> RATES = List.of(
            new CalibratableRate("capitation.krPerPoint", AgeCapitation.CODE, 2),
            new CalibratableRate("cni.krPerIndexPoint", Cni.CODE, 2),
            new CalibratableRate("drugs.krPerPoint", DrugCapitation.CODE, 2));

    private CalibratableRates() {
    }

    /** Each contracted unit's annual points for the rate on the month's listing day; units without points left out. */
    static Map<String, BigDecimal> points(RunContext run, CalibratableRate rate) {
        Map<String, BigDecimal> points = new TreeMap<>();
        for (Map.Entry<String, UnitTally> unit : run.listings().byUnit().entrySet()) {
            String hsaId = unit.getKey();
            BigDecimal value = run.units().contains(hsaId) ? points(run, rate, hsaId, unit.getValue()) : null;
            if (value != null && value.signum() > 0) {
                points.put(hsaId, value);
            }
        }
        return points;
    }

    private static BigDecimal points(RunContext run, CalibratableRate rate, String hsaId, UnitTally tally) {
        return switch (rate.component()) {
            case AgeCapitation.CODE -> tally.points(Calculation.AGE_CAPITATION.table(run.parameters()));
            case DrugCapitation.CODE -> tally.points(Calculation.DRUG_CAPITATION.table(run.parameters()));
            case Cni.CODE -> cniPoints(run, hsaId);
            default -> throw new IllegalArgumentException("Hälsoval cannot calibrate " + rate);
        };
    }

    private static BigDecimal cniPoints(RunContext run, String hsaId) {
        Fraction points = Calculation.CNI.points(run, hsaId);
        return points == null ? null : points.numerator().divide(points.denominator(), MathContext.DECIMAL128);
    }
}
