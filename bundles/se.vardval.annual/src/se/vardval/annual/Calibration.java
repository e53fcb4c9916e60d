package se.vardval.annual;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A budget calibration: the frame in kr per year for the calibrated components together, each component's share of
 * it (the shares add up to 100 %), the month whose listings are the reference, and the decimals the solved rates are
 * written with ({@code null}: the model's, e.g. öre for Hälsoval).
 */
public record Calibration(BigDecimal frame, YearMonth referenceMonth, List<ComponentShare> shares, Integer decimals) {

    /** Copies the shares. */
    public Calibration {
        shares = List.copyOf(shares);
    }
}
