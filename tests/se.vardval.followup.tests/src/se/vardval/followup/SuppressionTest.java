package se.vardval.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Sex;
import se.vardval.core.domain.Unit;

/** Which values may be published: the minimum count, the other sex, missing and undefined values. */
class SuppressionTest {

    private static final String CODE = "COVERAGE";

    @Test
    void groupBelowTheMinimumIsSuppressedAndAtTheMinimumShown() {
        FollowUpReport report = report(value("U1", null, 9, 9), value("U2", null, 5, 10));
        assertEquals(Cell.SUPPRESSED, report.cell("U1", CODE, null));
        assertEquals(new Cell(Cell.State.SHOWN, new BigDecimal("0.5")), report.cell("U2", CODE, null));
    }

    @Test
    void suppressingOneSexSuppressesTheOtherButNotEveryone() {
        FollowUpReport report = report(value("U1", null, 10, 24), value("U1", Sex.F, 2, 4), value("U1", Sex.M, 8, 20));
        assertEquals(Cell.SUPPRESSED, report.cell("U1", CODE, Sex.F));
        assertEquals(Cell.SUPPRESSED, report.cell("U1", CODE, Sex.M), "M would reveal F through the total");
        assertEquals(Cell.State.SHOWN, report.cell("U1", CODE, null).state());
    }

    @Test
    void bothSexesLargeEnoughAreShown() {
        FollowUpReport report = report(value("U1", Sex.F, 6, 10), value("U1", Sex.M, 6, 12));
        assertEquals(new BigDecimal("0.6"), report.cell("U1", CODE, Sex.F).value());
        assertEquals(new BigDecimal("0.5"), report.cell("U1", CODE, Sex.M).value());
    }

    @Test
    void nothingMeasuredOrAZeroDenominatorIsMissingNotSuppressed() {
        FollowUpReport report = report(value("U1", null, 0, 0));
        assertEquals(Cell.MISSING, report.cell("U1", CODE, null));
        assertEquals(Cell.MISSING, report.cell("U2", CODE, null));
        assertEquals(Cell.MISSING, report.cell("U1", CODE, Sex.M), "an empty other sex suppresses nothing");
    }

    @Test
    void regionalValueFollowsTheSameRule() {
        FollowUpReport report = report(value(null, null, 3, 4), value(null, Sex.F, 30, 40));
        assertEquals(Cell.SUPPRESSED, report.cell(null, CODE, null));
        assertEquals(Cell.State.SHOWN, report.cell(null, CODE, Sex.F).state());
    }

    private static IndicatorValue value(String hsaId, Sex sex, long numerator, long count) {
        return new IndicatorValue(hsaId, CODE, sex, BigDecimal.valueOf(numerator), BigDecimal.valueOf(count), count);
    }

    private static FollowUpReport report(IndicatorValue... values) {
        return new FollowUpReport(new CareChoice("halsoval", "Hälsoval", "halsoval"), YearMonth.of(2020, 3),
                List.of(new Unit("U1", "Ett", "1", "2380", null), new Unit("U2", "Två", "1", "2380", null)),
                List.of(new IndicatorDefinition(CODE, "Täckningsgrad", "", IndicatorScale.PERCENT, true)),
                List.of(values), 10);
    }
}
