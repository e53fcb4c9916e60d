package se.vardval.cli;

import java.io.IOException;
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
        description = "Writes the public comparison of a vårdval's units for a month: one static, accessible HTML "
                + "page in Swedish with every indicator (imported and computed), the regional value and a chart, "
                + "no value being shown for a group smaller than the minimum count.")
class PublishCommand extends ServiceCommand {

    @Parameters(index = "0", paramLabel = "<vårdval>")
    String careChoice;

    @Parameters(index = "1", paramLabel = "<ÅÅÅÅ-MM>")
    YearMonth period;

    @Option(names = "--out", paramLabel = "<file.html>",
            description = "Default: comparison-<vårdval>-<ÅÅÅÅ-MM>.html in the current directory.")
    Path outFile;

    @Option(names = "--min-count", paramLabel = "<n>", description = "The smallest published group. Default: 10.")
    int minimumCount = FollowUp.DEFAULT_MINIMUM_COUNT;

    PublishCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() throws IOException {
        FollowUpReport report = services.followUp().report(careChoice, period, true, minimumCount);
        Path file = outFile != null ? outFile : Path.of("comparison-" + careChoice + "-" + period + ".html");
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            services.followUp().writePage(report, writer);
        }
        out().printf("wrote %s: %d units, %d indicators%n", file, report.units().size(), report.indicators().size());
        return 0;
    }
}
