package se.vardval.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vardval.followup.FollowUp;
import se.vardval.followup.FollowUpReport;

/** Writes the residents' comparison page of a vårdval and month. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Skriver invånarnas jämförelse av ett vårdvals enheter för en månad: en statisk, tillgänglig "
                + "HTML-sida på svenska med varje indikator (importerad och beräknad), regionens värde och ett "
                + "diagram; inget värde visas för en grupp mindre än den minsta gruppen.")
class PublishCommand extends ServiceCommand {

    @Parameters(index = "0", paramLabel = "<vårdval>", description = "Vårdvalets id, t.ex. halsoval.")
    String careChoice;

    @Parameters(index = "1", paramLabel = "<ÅÅÅÅ-MM>", description = "Månaden.")
    YearMonth period;

    @Option(names = "--out", paramLabel = "<fil.html>",
            description = "Standard: comparison-<vårdval>-<ÅÅÅÅ-MM>.html i den aktuella katalogen.")
    Path outFile;

    @Option(names = "--min-count", paramLabel = "<n>", description = "Den minsta grupp som publiceras. Standard: 10.")
    int minimumCount = FollowUp.DEFAULT_MINIMUM_COUNT;

    PublishCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() {
        Path file = outFile != null ? outFile : Path.of("comparison-" + careChoice + "-" + period + ".html");
        CliFiles.checkWritable(file);
        FollowUpReport report = services.followUp().report(careChoice, period, true, minimumCount);
        CliFiles.write(file, target -> {
            try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                services.followUp().writePage(report, writer);
            }
        });
        out().printf("skrev %s: %d enheter, %d indikatorer%n", file, report.units().size(), report.indicators().size());
        return 0;
    }
}
