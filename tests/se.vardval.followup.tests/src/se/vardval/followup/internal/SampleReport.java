package se.vardval.followup.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Sex;
import se.vardval.core.domain.Unit;
import se.vardval.followup.FollowUpReport;
import se.vardval.followup.IndicatorDefinition;
import se.vardval.followup.IndicatorValue;

/**
 * A hand-made report of eight units: imported and computed indicators, a rate per 1 000, small groups (Hede's
 * continuity for men, so women's too; all of Bräcke's continuity), a unit without any value and a name to escape.
 */
final class SampleReport {

    static final List<Unit> UNITS = List.of(unit("E1", "Hälsocentralen Lugnvik"), unit("E2", "Hälsocentralen Hede"),
            unit("E3", "Hälsocentralen i Hammarstrand"), unit("E4", "Norrhälsan Centrum"),
            unit("E5", "Fjällvård Åre"), unit("E6", "Storsjöläkarna Väster"), unit("E7", "Bräcke & Gällö <norra>"),
            unit("E8", "Hälsocentralen Funäsdalen"));

    private SampleReport() {
    }

    static FollowUpReport report() {
        List<IndicatorValue> values = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String hsaId = UNITS.get(i).hsaId();
            imported(values, hsaId, "PHONE_ACCESS", 700 + 40 * i, 900);
            imported(values, hsaId, "CARE_GUARANTEE_3", 70 + 4 * i, 90);
            imported(values, hsaId, "ANTIBIOTICS", 250 + 30 * i, 1800);
            computed(values, hsaId, "CONTINUITY_DOCTOR", new long[] { 40 + i, 80, 25 },
                    new long[] { 30 + i, 70, i == 1 ? 6 : 20 });
            computed(values, hsaId, "COVERAGE", new long[] { 600 + 10 * i, 800, 300 },
                    new long[] { 500 + 10 * i, 700, 260 });
        }
        imported(values, UNITS.get(6).hsaId(), "PHONE_ACCESS", 600, 800);
        computed(values, UNITS.get(6).hsaId(), "CONTINUITY_DOCTOR", new long[] { 5, 9, 3 }, new long[] { 4, 8, 3 });
        values.addAll(RegionalValues.of(values));
        List<IndicatorDefinition> definitions = new ArrayList<>(
                IndicatorCatalog.imported(List.of("PHONE_ACCESS", "CARE_GUARANTEE_3", "ANTIBIOTICS")));
        definitions.addAll(IndicatorCatalog.computed(values));
        return new FollowUpReport(new CareChoice("halsoval", "Hälsoval", "halsoval"), YearMonth.of(2020, 3), UNITS,
                definitions, values, 10);
    }

    private static void imported(List<IndicatorValue> values, String hsaId, String code, long numerator,
            long denominator) {
        values.add(value(hsaId, code, null, numerator, denominator, denominator));
    }

    /** Women's and men's values and their sum for everyone; the group sizes are the persons. */
    private static void computed(List<IndicatorValue> values, String hsaId, String code, long[] women, long[] men) {
        values.add(value(hsaId, code, Sex.F, women[0], women[1], women[2]));
        values.add(value(hsaId, code, Sex.M, men[0], men[1], men[2]));
        values.add(value(hsaId, code, null, women[0] + men[0], women[1] + men[1], women[2] + men[2]));
    }

    private static IndicatorValue value(String hsaId, String code, Sex sex, long numerator, long denominator,
            long count) {
        return new IndicatorValue(hsaId, code, sex, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator),
                count);
    }

    private static Unit unit(String suffix, String name) {
        return new Unit("SE2321000206-" + suffix, name, "2321000206", "2380", 5000);
    }
}
