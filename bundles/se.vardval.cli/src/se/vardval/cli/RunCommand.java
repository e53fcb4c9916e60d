package se.vardval.cli;

import java.io.PrintWriter;
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
        description = "Beräknar en månad av ett vårdval med årets beslutade förfrågningsunderlag och skriver "
                + "körningens id, summan per vårdgivare, antalet avvisade (ej ersatta) poster per orsakskod och "
                + "varningarna att granska före attest. Med --correction betalas bara skillnaden mot månadens "
                + "attesterade körning och dess attesterade korrigeringar.")
class RunCommand extends ServiceCommand {

    private static final int WARNINGS_SHOWN = 20;

    @Parameters(index = "0", paramLabel = "<vårdval>", description = "Vårdvalets id, t.ex. halsoval.")
    String careChoice;

    @Parameters(index = "1", paramLabel = "<ÅÅÅÅ-MM>", description = "Månaden.")
    YearMonth period;

    @Option(names = "--correction", description = "Beräkna en korrigering av en attesterad månad.")
    boolean correction;

    RunCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() {
        PaymentRun run = correction ? services.runner().correct(careChoice, period, user())
                : services.runner().run(careChoice, period, user());
        List<PaymentLine> lines = services.runs().lines(run.id());
        out().printf("körning %d  %s %s  %s  %s rader%s%n", run.id(), run.careChoice(), run.period(),
                run.state().swedishName(), SwedishNumbers.count(lines.size()),
                correction ? "  korrigering av körning " + run.correctsRunId() : "");
        totalsPerProvider(lines).forEach((orgNr, total) -> out().printf("  %-12s %22s%n", orgNr,
                SwedishNumbers.kronor(total)));
        out().printf("  %-12s %22s%n", "totalt", SwedishNumbers.kronor(run.total()));
        printRejected(run);
        printWarnings(services.runs().warnings(run.id()), "att granska före attest", out());
        return 0;
    }

    private void printRejected(PaymentRun run) {
        List<RejectedItem> rejected = services.runs().rejections(run.id());
        if (!rejected.isEmpty()) {
            out().printf("%s, ersätts inte (vardval rejections %d listar dem):%n",
                    SwedishNumbers.count(rejected.size(), "avvisad post", "avvisade poster"), run.id());
            RejectionsCommand.printCounts(rejected, out());
        }
    }

    /** Prints the first warnings under a heading that counts them all; nothing when there are none. */
    static void printWarnings(List<RunWarning> warnings, String heading, PrintWriter out) {
        if (!warnings.isEmpty()) {
            out.printf("%s %s:%n", SwedishNumbers.count(warnings.size(), "varning", "varningar"), heading);
            warnings.stream().limit(WARNINGS_SHOWN).forEach(w -> out.printf("  %s %s: %s%n",
                    w.hsaId() == null ? "-" : w.hsaId(), w.code(), w.message()));
            if (warnings.size() > WARNINGS_SHOWN) {
                out.printf("  ... och %s till%n", SwedishNumbers.count(warnings.size() - WARNINGS_SHOWN));
            }
        }
    }

    private Map<String, BigDecimal> totalsPerProvider(List<PaymentLine> lines) {
        Map<String, String> orgNr = services.masterData().units().stream()
                .collect(Collectors.toMap(Unit::hsaId, Unit::orgNr, (a, b) -> a));
        return lines.stream().collect(Collectors.groupingBy(line -> orgNr.getOrDefault(line.hsaId(), "?"),
                TreeMap::new, Collectors.reducing(BigDecimal.ZERO, PaymentLine::amount, BigDecimal::add)));
    }
}
