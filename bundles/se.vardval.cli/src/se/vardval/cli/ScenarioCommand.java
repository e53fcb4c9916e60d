package se.vardval.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vardval.annual.ScenarioComparison;
import se.vardval.annual.ScenarioRow;
import se.vardval.annual.ScenarioRulebook;

/** Runs two or more rulebooks against one month without paying and shows them side by side. */
@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = "Runs two or more rulebooks (years, proposal names or JSON files) against one month without "
                + "paying anything and shows the unit totals side by side; --out writes every unit and component.")
class ScenarioCommand extends ServiceCommand {

    @Parameters(index = "0", paramLabel = "<vårdval>")
    String careChoice;

    @Parameters(index = "1", paramLabel = "<YYYY-MM>")
    YearMonth period;

    @Parameters(index = "2..*", arity = "2..*", paramLabel = "<rulebook>")
    List<String> references;

    @Option(names = "--out", paramLabel = "<file.csv>", description = "Write the whole comparison as CSV.")
    Path outFile;

    ScenarioCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() throws IOException {
        List<ScenarioRulebook> rulebooks = new ArrayList<>();
        for (String reference : references) {
            rulebooks.add(new ScenarioRulebook(reference, RulebookSource.resolve(services, careChoice, reference)));
        }
        ScenarioComparison comparison = services.scenarios().compare(careChoice, period, rulebooks);
        out().printf("scenario %s %s (not a payment run)%n", careChoice, period);
        for (ScenarioRow row : comparison.rows()) {
            if (row.component().equals(ScenarioRow.TOTAL)) {
                StringBuilder line = new StringBuilder(String.format("  %-22s", row.hsaId()));
                for (int i = 0; i < row.amounts().size(); i++) {
                    line.append(String.format(" %20s", Kronor.format(row.amounts().get(i))));
                    if (i > 0) {
                        line.append(String.format(" %8s %%", row.percent(i) == null ? "-"
                                : row.percent(i).toPlainString()));
                    }
                }
                out().println(line);
            }
        }
        if (outFile != null) {
            try (Writer writer = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
                services.scenarios().writeCsv(comparison, writer);
            }
            out().println("wrote " + outFile);
        }
        return 0;
    }
}
