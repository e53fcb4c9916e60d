package se.vardval.annual;

import java.math.BigDecimal;
import java.util.List;

import se.vardval.core.model.Rulebook;

/**
 * The outcome of a budget calibration: the draft with the solved rates, the request, each rate, the reference month
 * per unit and component before and after calibration (a scenario comparison: kr, difference, %), the annualised
 * payments of the calibrated components and the residue frame − annualised, with the rounding rule in words. The
 * frame equals annualised + residue exactly, to the öre.
 */
public record CalibrationReport(Rulebook rulebook, Calibration calibration, List<CalibratedRate> rates,
        ScenarioComparison perUnit, BigDecimal annualised, BigDecimal residue, String rule) {
}
