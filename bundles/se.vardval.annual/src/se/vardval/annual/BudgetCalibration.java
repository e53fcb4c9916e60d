package se.vardval.annual;

import java.util.List;

import se.vardval.core.model.CalibratableRate;

/**
 * Budget calibration of a draft rulebook: solves the kr-per-point rates the vårdval's model declares calibratable so
 * that the reference month's payments, annualised, fit the budget frame split by component shares (the openIMIS
 * capitation rule: payᵤ = Σₐ pointsᵤᵃ · allocatedᵃ / Σᵤ pointsᵤᵃ).
 */
public interface BudgetCalibration {

    /**
     * The rates the model of the vårdval's rulebook of {@code year} lets calibration solve.
     *
     * @throws se.vardval.core.service.UserError when the vårdval or its rulebook of the year is missing
     */
    List<CalibratableRate> rates(String careChoice, int year);

    /**
     * Solves each share's rate as allocated / points, rounds it half-up to the calibration's decimals, writes it into
     * the draft (unless {@code preview}) and reports the annualised payments and the residue per rate and unit.
     *
     * @throws se.vardval.core.service.UserError when the rulebook is decided, a share names a component the model
     *             cannot calibrate or is given twice, the shares do not add up to 100 %, the frame is not positive,
     *             a component has no points in the reference month, or the user may not edit the rulebook
     */
    CalibrationReport calibrate(String careChoice, int year, Calibration calibration, boolean preview, String user);
}
