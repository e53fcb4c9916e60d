package se.vardval.cli;

import java.math.RoundingMode;
import java.time.YearMonth;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vardval.core.domain.Sex;
import se.vardval.core.domain.Unit;
import se.vardval.followup.Cell;
import se.vardval.followup.FollowUp;
import se.vardval.followup.FollowUpReport;
import se.vardval.followup.IndicatorDefinition;
import se.vardval.followup.IndicatorValue;

/** Lists a vårdval's indicators for a month per unit and sex, optionally computing those from activities. */
@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = "Lists the indicators of every unit of a vårdval for a month, for women (F), men (M) and all, "
                + "and the regional value; --compute adds continuity (doctor, nurse) and coverage computed from the "
                + "activities. Values the comparison page would not publish are marked *.")
class IndicatorsCommand extends ServiceCommand {

    private static final String ROW = "%-26s %-20s %-4s %12s %12s %10s %8s%s%n";

    @Parameters(index = "0", paramLabel = "<vårdval>")
    String careChoice;

    @Parameters(index = "1", paramLabel = "<ÅÅÅÅ-MM>")
    YearMonth period;

    @Option(names = "--compute", description = "Also compute continuity and coverage from the activities.")
    boolean compute;

    @Option(names = "--min-count", paramLabel = "<n>", description = "The smallest published group. Default: 10.")
    int minimumCount = FollowUp.DEFAULT_MINIMUM_COUNT;

    IndicatorsCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() {
        FollowUpReport report = services.followUp().report(careChoice, period, compute, minimumCount);
        out().printf("indicators %s %s: %d units, minimum count %d (* not published)%n", careChoice, period,
                report.units().size(), minimumCount);
        out().printf(ROW, "unit", "indicator", "sex", "numerator", "denominator", "value", "n", "");
        for (IndicatorDefinition indicator : report.indicators()) {
            for (Unit unit : report.units()) {
                print(report, unit.hsaId(), indicator);
            }
            print(report, null, indicator);
        }
        return 0;
    }

    private void print(FollowUpReport report, String hsaId, IndicatorDefinition indicator) {
        for (Sex sex : new Sex[] { null, Sex.F, Sex.M }) {
            report.value(hsaId, indicator.code(), sex).ifPresent(v -> out().printf(ROW,
                    hsaId == null ? "region" : hsaId, indicator.code(), sex == null ? "all" : sex.name(),
                    v.numerator().toPlainString(), v.denominator().toPlainString(), value(v, indicator), v.count(),
                    report.cell(hsaId, indicator.code(), sex).state() == Cell.State.SUPPRESSED ? " *" : ""));
        }
    }

    private static String value(IndicatorValue measured, IndicatorDefinition indicator) {
        return measured.value() == null ? "-"
                : indicator.scale().scale(measured.value()).setScale(1, RoundingMode.HALF_UP).toPlainString() + " "
                        + indicator.scale().unit();
    }
}
