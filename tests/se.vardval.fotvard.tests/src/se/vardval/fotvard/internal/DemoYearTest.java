package se.vardval.fotvard.internal;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vardval.core.model.PaymentLine;

/**
 * The demo's foot care of one cohort through 2020, each month calculated under the demo rulebook (480, 560 and 640 kr
 * for risk groups II–IV less the 100 kr patient fee, 300 kr at home, quota 2, 4 and 6 per referral year): both
 * podiatry units are paid for treatments in every month. The demo region has 65 cohorts, so its March is 65 × 4 040
 * = 262 600 kr.
 */
class DemoYearTest {

    private static final List<String> UNITS = List.of(DemoFootCare.UNIT_A, DemoFootCare.UNIT_B);

    @TempDir
    Path directory;

    private DemoCohort cohort;

    @BeforeEach
    void write() {
        cohort = DemoCohort.written(directory);
    }

    @Test
    void everyMonthOf2020PaysTreatmentsAtBothUnits() {
        List<String> withoutPaidTreatments = new ArrayList<>();
        for (YearMonth month : cohort.months()) {
            Calculation calculated = cohort.month(month);
            UNITS.stream().filter(unit -> treatments(calculated, unit) == 0)
                    .forEach(unit -> withoutPaidTreatments.add(month + " " + unit));
        }
        assertEquals(List.of(), withoutPaidTreatments);
    }

    /**
     * Counted by hand from the cohort's roles. Paid at Storsjön (A): a's two treatments of risk group II (380 kr
     * each), b's four of III (460 kr, March's at home, +300 kr), c's six of IV (540 kr, March's at home) and j's four
     * of III from April (June's at home); at Odenslund (B): f's one of II, g's four of III (March's first and
     * September's at home), h's six of IV (March's at home) and k's five of IV from May (July's at home). Rejected:
     * five in March (a's third, over the quota, d's of risk grade I, e's without a referral, f's on its expired
     * referral and the child's), a's fourth in June, b's fifth in September and e's second in October.
     */
    @Test
    void eachMonthPaysTheCohortsTreatmentsWithinTheirReferralsAndQuotas() {
        Map<YearMonth, String> paid = new TreeMap<>();
        for (YearMonth month : cohort.months()) {
            Calculation calculated = cohort.month(month);
            paid.put(month, "A " + treatments(calculated, DemoFootCare.UNIT_A) + " = "
                    + amount(calculated, DemoFootCare.UNIT_A) + " | B " + treatments(calculated, DemoFootCare.UNIT_B)
                    + " = " + amount(calculated, DemoFootCare.UNIT_B) + " | rejected " + calculated.rejected().size());
        }
        assertEquals(new TreeMap<>(Map.ofEntries(
                entry(YearMonth.of(2020, 1), "A 1 = 380.00 | B 1 = 540.00 | rejected 0"),
                entry(YearMonth.of(2020, 2), "A 2 = 1000.00 | B 1 = 380.00 | rejected 0"),
                entry(YearMonth.of(2020, 3), "A 3 = 1980.00 | B 3 = 2060.00 | rejected 5"),
                entry(YearMonth.of(2020, 4), "A 1 = 460.00 | B 1 = 540.00 | rejected 0"),
                entry(YearMonth.of(2020, 5), "A 1 = 460.00 | B 1 = 540.00 | rejected 0"),
                entry(YearMonth.of(2020, 6), "A 1 = 760.00 | B 1 = 460.00 | rejected 1"),
                entry(YearMonth.of(2020, 7), "A 2 = 1000.00 | B 1 = 840.00 | rejected 0"),
                entry(YearMonth.of(2020, 8), "A 1 = 460.00 | B 1 = 540.00 | rejected 0"),
                entry(YearMonth.of(2020, 9), "A 1 = 540.00 | B 2 = 1300.00 | rejected 1"),
                entry(YearMonth.of(2020, 10), "A 1 = 460.00 | B 1 = 540.00 | rejected 1"),
                entry(YearMonth.of(2020, 11), "A 1 = 540.00 | B 1 = 540.00 | rejected 0"),
                entry(YearMonth.of(2020, 12), "A 1 = 540.00 | B 2 = 1080.00 | rejected 0"))), paid);
    }

    /** The unit's paid treatments: the basis of its lines of every risk group. */
    private static int treatments(Calculation month, String unit) {
        return month.lines().stream().filter(l -> l.hsaId().equals(unit) && l.component().startsWith(Lines.TREATMENT))
                .map(PaymentLine::basis).reduce(BigDecimal.ZERO, BigDecimal::add).intValueExact();
    }

    /** The unit's amount of the month, its lines summed. */
    private static BigDecimal amount(Calculation month, String unit) {
        return month.lines().stream().filter(l -> l.hsaId().equals(unit)).map(PaymentLine::amount)
                .reduce(new BigDecimal("0.00"), BigDecimal::add);
    }
}
