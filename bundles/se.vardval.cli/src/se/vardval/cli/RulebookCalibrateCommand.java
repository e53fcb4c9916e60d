package se.vardval.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vardval.annual.CalibratedRate;
import se.vardval.annual.Calibration;
import se.vardval.annual.CalibrationReport;
import se.vardval.annual.ComponentShare;
import se.vardval.annual.ScenarioRow;

/** Solves a draft's kr-per-point rates from a budget frame and component shares on a reference month. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Solves a draft's kr-per-point rates so that the reference month's payments of the given "
                + "components, annualised, fit the budget frame split by their shares; prints each rate, the "
                + "residue and every unit's month before and after.")
class RulebookCalibrateCommand extends ServiceCommand {

    @Parameters(index = "0", paramLabel = "<vårdval>")
    String careChoice;

    @Parameters(index = "1", paramLabel = "<year>")
    int year;

    @Option(names = "--frame", required = true, paramLabel = "<kr>",
            description = "The budget frame in kr per year for the calibrated components together.")
    BigDecimal frame;

    @Option(names = "--month", required = true, paramLabel = "<YYYY-MM>",
            description = "The reference month whose listings the rates are solved on.")
    YearMonth month;

    @Option(names = "--share", required = true, paramLabel = "<COMPONENT=per cent>",
            description = "A component's share of the frame, e.g. AGE_CAPITATION=75 and CNI=25; 100 % in all.")
    Map<String, BigDecimal> shares = new LinkedHashMap<>();

    @Option(names = "--decimals", paramLabel = "<n>", description = "Decimals of the rates (default: the model's).")
    Integer decimals;

    @Option(names = "--preview", description = "Show the result without storing it.")
    boolean preview;

    RulebookCalibrateCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() {
        List<ComponentShare> list = new ArrayList<>();
        shares.forEach((component, percent) -> list.add(new ComponentShare(component, percent)));
        CalibrationReport report = services.calibration().calibrate(careChoice, year,
                new Calibration(frame, month, list, decimals), preview, user());
        out().printf("rulebook %s %d calibrated to a frame of %s on %s%s%n", careChoice, year, SwedishNumbers.kronor(frame),
                month, preview ? " (preview, not stored)" : "");
        for (CalibratedRate rate : report.rates()) {
            out().printf("  %-26s %6s %% %20s / %18s points = %s -> %s (was %s); annualised %s, residue %s%n",
                    rate.path(), rate.percent().toPlainString(), SwedishNumbers.kronor(rate.allocated()),
                    rate.points().setScale(4, RoundingMode.HALF_UP).toPlainString(), rate.solved().toPlainString(),
                    rate.rate().toPlainString(), rate.before().toPlainString(), SwedishNumbers.kronor(rate.annualised()),
                    SwedishNumbers.kronor(rate.residue()));
        }
        out().printf("  annualised %s + residue %s = frame %s%n", SwedishNumbers.kronor(report.annualised()),
                SwedishNumbers.kronor(report.residue()), SwedishNumbers.kronor(frame));
        out().println("  rule: " + report.rule());
        out().printf("  %-22s %20s %20s %10s%n", "unit (month)", "before", "calibrated", "%");
        for (ScenarioRow row : report.perUnit().rows()) {
            if (row.component().equals(ScenarioRow.TOTAL)) {
                out().printf("  %-22s %20s %20s %10s%n", row.hsaId(), SwedishNumbers.kronor(row.amounts().get(0)),
                        SwedishNumbers.kronor(row.amounts().get(1)), row.percent(1) == null ? "-"
                                : row.percent(1).toPlainString() + " %");
            }
        }
        return 0;
    }
}
