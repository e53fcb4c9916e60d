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
        description = "Löser ett utkasts ersättningar i kr per poäng så att referensmånadens utbetalningar av de "
                + "angivna komponenterna, annualiserade, ryms i budgetramen fördelad efter deras andelar; skriver "
                + "varje ersättning, resten och varje enhets månad före och efter.")
class RulebookCalibrateCommand extends ServiceCommand {

    @Parameters(index = "0", paramLabel = "<vårdval>", description = "Vårdvalets id, t.ex. halsoval.")
    String careChoice;

    @Parameters(index = "1", paramLabel = "<år>", description = "Utkastets år.")
    int year;

    @Option(names = "--frame", required = true, paramLabel = "<kr>",
            description = "Budgetramen i kr per år för de kalibrerade komponenterna tillsammans.")
    BigDecimal frame;

    @Option(names = "--month", required = true, paramLabel = "<ÅÅÅÅ-MM>",
            description = "Referensmånaden vars listningar ersättningarna löses på.")
    YearMonth month;

    @Option(names = "--share", required = true, paramLabel = "<KOMPONENT=procent>",
            description = "En komponents andel av ramen, t.ex. AGE_CAPITATION=75 och CNI=25; 100 % sammanlagt.")
    Map<String, BigDecimal> shares = new LinkedHashMap<>();

    @Option(names = "--decimals", paramLabel = "<n>", description = "Ersättningarnas decimaler (standard: modellens).")
    Integer decimals;

    @Option(names = "--preview", description = "Visa resultatet utan att spara det.")
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
        out().printf("förfrågningsunderlag %s %d kalibrerat mot ramen %s på %s%s%n", careChoice, year,
                SwedishNumbers.kronor(frame), month, preview ? " (förhandsgranskning, inte sparat)" : "");
        report.rates().forEach(this::printRate);
        out().printf("  annualiserat %s + rest %s = ram %s%n", SwedishNumbers.kronor(report.annualised()),
                SwedishNumbers.kronor(report.residue()), SwedishNumbers.kronor(frame));
        out().println("  regel: " + report.rule());
        out().printf("  %-22s %20s %20s %10s%n", "enhet (månad)", "före", "kalibrerat", "%");
        for (ScenarioRow row : report.perUnit().rows()) {
            if (row.component().equals(ScenarioRow.TOTAL)) {
                out().printf("  %-22s %20s %20s %10s%n", row.hsaId(), SwedishNumbers.kronor(row.amounts().get(0)),
                        SwedishNumbers.kronor(row.amounts().get(1)), row.percent(1) == null ? "-"
                                : SwedishNumbers.decimal(row.percent(1)) + " %");
            }
        }
        return 0;
    }

    private void printRate(CalibratedRate rate) {
        out().printf("  %-26s %6s %% %20s / %18s poäng = %s -> %s (var %s); annualiserat %s, rest %s%n",
                rate.path(), SwedishNumbers.decimal(rate.percent()), SwedishNumbers.kronor(rate.allocated()),
                SwedishNumbers.decimal(rate.points().setScale(4, RoundingMode.HALF_UP)),
                SwedishNumbers.decimal(rate.solved()), SwedishNumbers.decimal(rate.rate()),
                SwedishNumbers.decimal(rate.before()), SwedishNumbers.kronor(rate.annualised()),
                SwedishNumbers.kronor(rate.residue()));
    }
}
