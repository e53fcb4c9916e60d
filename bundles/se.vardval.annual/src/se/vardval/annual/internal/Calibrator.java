package se.vardval.annual.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

import se.vardval.annual.CalibratedRate;
import se.vardval.annual.ComponentShare;
import se.vardval.core.model.CalibratableRate;
import se.vardval.core.model.PaymentLine;

/**
 * The arithmetic of budget calibration: allocated = frame × share / 100 (exact); the rate solved as allocated / Σ
 * points (34 significant digits) and rounded once, half-up, to the rate's decimals; annualised = 12 × the month's
 * lines of the component as the model rounds them; residue = allocated − annualised, exact.
 */
final class Calibrator {

    /** The rounding rule in Swedish words, shown with every report. */
    static final String RULE = "ersättning = tilldelat / poäng, avrundad med 0,5 uppåt till ersättningens decimaler;"
            + " varje enhets rad = poäng × ersättning / 12, avrundad till öre av modellen; annualiserat = 12 × Σ rader;"
            + " rest = ram − annualiserat (redovisas, betalas inte ut), så att ram = annualiserat + rest exakt";

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);
    private static final int SHOWN_SCALE = 10;

    private Calibrator() {
    }

    /** The kr of the frame allocated to a share. */
    static BigDecimal allocated(BigDecimal frame, ComponentShare share) {
        return frame.multiply(share.percent()).movePointLeft(2);
    }

    /** The exact solution allocated / points to 34 significant digits. */
    static BigDecimal solve(BigDecimal allocated, BigDecimal points) {
        return allocated.divide(points, MathContext.DECIMAL128);
    }

    /** The rate written into the rulebook. */
    static BigDecimal round(BigDecimal solved, int decimals) {
        return solved.setScale(decimals, RoundingMode.HALF_UP);
    }

    /** 12 × the sum of the month's lines of a component. */
    static BigDecimal annualised(List<PaymentLine> month, String component) {
        return month.stream().filter(l -> l.component().equals(component)).map(PaymentLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add).multiply(MONTHS);
    }

    /** The whole outcome for one rate, given its points, rate before and the month's lines under the solved rate. */
    static CalibratedRate rate(BigDecimal frame, ComponentShare share, CalibratableRate rate, BigDecimal points,
            BigDecimal before, int decimals, List<PaymentLine> calibratedMonth) {
        BigDecimal allocated = allocated(frame, share);
        BigDecimal solved = solve(allocated, points);
        BigDecimal annualised = annualised(calibratedMonth, rate.component());
        return new CalibratedRate(rate.component(), rate.path(), share.percent(), allocated, points, before,
                solved.setScale(SHOWN_SCALE, RoundingMode.HALF_UP), round(solved, decimals), annualised,
                allocated.subtract(annualised));
    }
}
