package se.vardval.cli;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RejectedItem;
import se.vardval.core.model.RunWarning;

/** Calculates one month of a vårdval and prints the run id, totals, rejected items per reason and warnings. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Calculates a month of a vårdval with the year's decided rulebook and prints the run id, "
                + "the total per provider, the number of rejected (unpaid) items per reason code and the warnings to "
                + "check before approval. With --correction, pays only the difference against the approved run of "
                + "the month and its approved corrections.")
class RunCommand extends ServiceCommand {

    @Parameters(index = "0", paramLabel = "<vårdval>")
    String careChoice;

    @Parameters(index = "1", paramLabel = "<YYYY-MM>")
    YearMonth period;

    @Option(names = "--correction", description = "Calculate a correction run of an approved month.")
    boolean correction;

    RunCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() {
        PaymentRun run = correction ? services.runner().correct(careChoice, period, user())
                : services.runner().run(careChoice, period, user());
        List<PaymentLine> lines = services.runs().lines(run.id());
        out().printf("run %d  %s %s  %s  %d lines%s%n", run.id(), run.careChoice(), run.period(), run.state(),
                lines.size(), correction ? "  correction of run " + run.correctsRunId() : "");
        totalsPerProvider(lines).forEach((orgNr, total) -> out().printf("  %-12s %22s%n", orgNr, SwedishNumbers.kronor(total)));
        out().printf("  %-12s %22s%n", "total", SwedishNumbers.kronor(run.total()));
        List<RejectedItem> rejected = services.runs().rejections(run.id());
        if (!rejected.isEmpty()) {
            out().printf("%d rejected items, not paid (vardval rejections %d lists them):%n", rejected.size(),
                    run.id());
            RejectionsCommand.countByReason(rejected).forEach((code, n) -> out().printf("  %-24s %6d%n", code, n));
        }
        List<RunWarning> warnings = services.runs().warnings(run.id());
        if (!warnings.isEmpty()) {
            out().printf("%d warnings to check before approval:%n", warnings.size());
            warnings.stream().limit(20).forEach(w -> out().printf("  %s %s: %s%n",
                    w.hsaId() == null ? "-" : w.hsaId(), w.code(), w.message()));
            if (warnings.size() > 20) {
                out().printf("  ... and %d more%n", warnings.size() - 20);
            }
        }
        return 0;
    }

    private Map<String, BigDecimal> totalsPerProvider(List<PaymentLine> lines) {
        Map<String, String> orgNr = services.masterData().units().stream()
                .collect(Collectors.toMap(Unit::hsaId, Unit::orgNr, (a, b) -> a));
        return lines.stream().collect(Collectors.groupingBy(line -> orgNr.getOrDefault(line.hsaId(), "?"),
                TreeMap::new, Collectors.reducing(BigDecimal.ZERO, PaymentLine::amount, BigDecimal::add)));
    }
}
