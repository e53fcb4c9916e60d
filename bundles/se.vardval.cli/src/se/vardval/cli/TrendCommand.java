package se.vardval.cli;

import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vardval.core.domain.Sex;
import se.vardval.core.service.UserError;
import se.vardval.followup.Cell;
import se.vardval.followup.FollowUp;
import se.vardval.followup.FollowUpTrend;
import se.vardval.followup.IndicatorDefinition;

/** Prints one indicator of a unit (or the region) month by month for women, men and all, beside the region. */
@Command(name = "trend", mixinStandardHelpOptions = true,
        description = "Skriver en indikator månad för månad för en enhet (eller, utan --unit, regionen): kvinnor "
                + "(F), män (M) och alla, och regionens värde; värden som jämförelsesidan inte skulle publicera visas "
                + "som *.")
class TrendCommand extends ServiceCommand {

    private static final String ROW = "%-8s %10s %10s %10s %10s%n";

    @Parameters(index = "0", paramLabel = "<vårdval>", description = "Vårdvalets id, t.ex. halsoval.")
    String careChoice;

    @Parameters(index = "1", paramLabel = "<indikator>", description = "Indikatorns kod, t.ex. PHONE_ACCESS.")
    String indicator;

    @Parameters(index = "2", paramLabel = "<från ÅÅÅÅ-MM>", description = "Den första månaden.")
    YearMonth from;

    @Parameters(index = "3", paramLabel = "<till ÅÅÅÅ-MM>", description = "Den sista månaden.")
    YearMonth to;

    @Option(names = "--unit", paramLabel = "<hsa-id>", description = "Enheten; standard: regionen.")
    String hsaId;

    @Option(names = "--compute", description = "Beräkna kontinuitet och täckningsgrad ur vårdkontakterna.")
    boolean compute;

    @Option(names = "--min-count", paramLabel = "<n>", description = "Den minsta grupp som publiceras. Standard: 10.")
    int minimumCount = FollowUp.DEFAULT_MINIMUM_COUNT;

    TrendCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() {
        services.masterData().requireUnit(hsaId);
        FollowUpTrend trend = services.followUp().trend(careChoice, from, to, compute, minimumCount);
        IndicatorDefinition definition = trend.months().stream().flatMap(m -> m.indicators().stream())
                .filter(d -> d.code().equals(indicator)).findFirst()
                .orElseThrow(() -> new UserError("det finns ingen indikator " + indicator + " i " + careChoice
                        + " från " + from + " till " + to
                        + (compute ? "" : " (beräknade indikatorer kräver --compute)")));
        out().printf("trend %s %s %s (%s), minsta grupp %d (* publiceras inte)%n", careChoice, indicator,
                hsaId == null ? "region" : hsaId, definition.scale().unit(), minimumCount);
        out().printf(ROW, "månad", "F", "M", "alla", "region");
        List<FollowUpTrend.Point> women = trend.series(hsaId, indicator, Sex.F);
        List<FollowUpTrend.Point> men = trend.series(hsaId, indicator, Sex.M);
        List<FollowUpTrend.Point> all = trend.series(hsaId, indicator, null);
        List<FollowUpTrend.Point> region = trend.series(null, indicator, null);
        for (int i = 0; i < all.size(); i++) {
            out().printf(ROW, all.get(i).period(), text(women.get(i).cell(), definition),
                    text(men.get(i).cell(), definition), text(all.get(i).cell(), definition),
                    text(region.get(i).cell(), definition));
        }
        return 0;
    }

    private static String text(Cell cell, IndicatorDefinition definition) {
        return switch (cell.state()) {
            case SHOWN -> SwedishNumbers.decimal(definition.scale().scale(cell.value())
                    .setScale(1, RoundingMode.HALF_UP));
            case SUPPRESSED -> "*";
            case MISSING -> "-";
        };
    }
}
