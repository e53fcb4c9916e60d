package se.vardval.annual.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.vardval.annual.CalibratedRate;
import se.vardval.annual.ComponentShare;
import se.vardval.core.model.CalibratableRate;
import se.vardval.core.model.PaymentLine;

/** Budget calibration's arithmetic on examples computed by hand: an exact solution and one with a residue. */
class CalibratorTest {

    private static final CalibratableRate AGE = new CalibratableRate("capitation.krPerPoint", "AGE_CAPITATION", 2);
    private static final CalibratableRate CNI = new CalibratableRate("cni.krPerIndexPoint", "CNI", 2);

    @Test
    void aFrameSplitSeventyFiveTwentyFiveIsMetExactly() {
        // frame 1 200 000: AGE_CAPITATION 75 % = 900 000 over 1 000.5 + 1 999.5 = 3 000 points → 300.00 kr per point;
        // months: 1 000.5 × 300 / 12 = 25 012.50 and 1 999.5 × 300 / 12 = 49 987.50 → 12 × 75 000 = 900 000.
        // CNI 25 % = 300 000 over 1 234.5678 + 765.4322 = 2 000 points → 150.00 kr per point;
        // months: 1 234.5678 × 150 / 12 = 15 432.0975 → 15 432.10 and 765.4322 × 150 / 12 = 9 567.9025 → 9 567.90
        // → 12 × 25 000.00 = 300 000; residue 0 for both.
        BigDecimal frame = new BigDecimal("1200000");
        List<PaymentLine> month = List.of(line("A", "AGE_CAPITATION", "25012.50"),
                line("B", "AGE_CAPITATION", "49987.50"), line("A", "CNI", "15432.10"), line("B", "CNI", "9567.90"));
        CalibratedRate age = Calibrator.rate(frame, share("AGE_CAPITATION", "75"), AGE, new BigDecimal("3000.0"),
                new BigDecimal("2453"), 2, month);
        CalibratedRate cni = Calibrator.rate(frame, share("CNI", "25"), CNI, new BigDecimal("2000.0000"),
                new BigDecimal("820"), 2, month);
        assertEquals(new BigDecimal("300.00"), age.rate());
        assertEquals(new BigDecimal("150.00"), cni.rate());
        assertEquals(0, age.annualised().compareTo(new BigDecimal("900000")));
        assertEquals(0, cni.annualised().compareTo(new BigDecimal("300000")));
        assertEquals(0, age.residue().signum());
        assertEquals(0, cni.residue().signum());
        assertEquals(0, frame.compareTo(age.annualised().add(cni.annualised())));
    }

    @Test
    void aRateWithEndlessDecimalsIsRoundedAndItsResidueReported() {
        // 100 % of 1 000 over 1 + 2 = 3 points → 333.3333333333 → 333.33 kr per point;
        // months: 1 × 333.33 / 12 = 27.7775 → 27.78 and 2 × 333.33 / 12 = 55.555 → 55.56 (half-up)
        // → annualised 12 × 83.34 = 1 000.08, residue 1 000 − 1 000.08 = −0.08.
        CalibratedRate rate = Calibrator.rate(new BigDecimal("1000"), share("AGE_CAPITATION", "100"), AGE,
                new BigDecimal("3"), new BigDecimal("2453"), 2,
                List.of(line("A", "AGE_CAPITATION", "27.78"), line("B", "AGE_CAPITATION", "55.56"),
                        line("A", "CNI", "99.99")));
        assertEquals(new BigDecimal("333.3333333333"), rate.solved());
        assertEquals(new BigDecimal("333.33"), rate.rate());
        assertEquals(new BigDecimal("1000.08"), rate.annualised());
        assertEquals(new BigDecimal("-0.08"), rate.residue());
        assertEquals(new BigDecimal("1000.00"), rate.annualised().add(rate.residue()));
    }

    @Test
    void wholeKronorRoundHalfUp() {
        // 2 500 / 2 = 1 250 exactly; 2 501 / 2 = 1 250.5 → 1 251
        assertEquals(new BigDecimal("1250"), Calibrator.round(Calibrator.solve(new BigDecimal("2500"),
                new BigDecimal("2")), 0));
        assertEquals(new BigDecimal("1251"), Calibrator.round(Calibrator.solve(new BigDecimal("2501"),
                new BigDecimal("2")), 0));
    }

    private static ComponentShare share(String component, String percent) {
        return new ComponentShare(component, new BigDecimal(percent));
    }

    private static PaymentLine line(String hsaId, String component, String amount) {
        return new PaymentLine(hsaId, component, BigDecimal.ONE, new BigDecimal(amount), new BigDecimal(amount));
    }
}
