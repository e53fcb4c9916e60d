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
        description = "Listar indikatorerna för varje enhet i ett vårdval en månad, för kvinnor (F), män (M) och "
                + "alla, och regionens värde; --compute lägger till kontinuitet (läkare, sjuksköterska) och "
                + "täckningsgrad beräknade ur vårdkontakterna. Värden som jämförelsesidan inte skulle publicera "
                + "markeras med *.")
class IndicatorsCommand extends ServiceCommand {

    private static final String ROW = "%-26s %-20s %-4s %12s %12s %10s %8s%s%n";

    @Parameters(index = "0", paramLabel = "<vårdval>", description = "Vårdvalets id, t.ex. halsoval.")
    String careChoice;

    @Parameters(index = "1", paramLabel = "<ÅÅÅÅ-MM>", description = "Månaden.")
    YearMonth period;

    @Option(names = "--compute", description = "Beräkna också kontinuitet och täckningsgrad ur vårdkontakterna.")
    boolean compute;

    @Option(names = "--min-count", paramLabel = "<n>", description = "Den minsta grupp som publiceras. Standard: 10.")
    int minimumCount = FollowUp.DEFAULT_MINIMUM_COUNT;

    IndicatorsCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() {
        FollowUpReport report = services.followUp().report(careChoice, period, compute, minimumCount);
        out().printf("indikatorer %s %s: %d enheter, minsta grupp %d (* publiceras inte)%n", careChoice, period,
                report.units().size(), minimumCount);
        out().printf(ROW, "enhet", "indikator", "kön", "täljare", "nämnare", "värde", "n", "");
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
                    hsaId == null ? "region" : hsaId, indicator.code(), sex == null ? "alla" : sex.name(),
                    SwedishNumbers.decimal(v.numerator()), SwedishNumbers.decimal(v.denominator()),
                    value(v, indicator), SwedishNumbers.count(v.count()),
                    report.cell(hsaId, indicator.code(), sex).state() == Cell.State.SUPPRESSED ? " *" : ""));
        }
    }

    private static String value(IndicatorValue measured, IndicatorDefinition indicator) {
        return measured.value() == null ? "-"
                : SwedishNumbers.decimal(indicator.scale().scale(measured.value()).setScale(1, RoundingMode.HALF_UP))
                        + " " + indicator.scale().unit();
    }
}
