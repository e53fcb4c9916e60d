package se.vardval.cli;

import java.io.IOException;
import java.io.OutputStream;
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
import se.vardval.annual.SavedScenario;
import se.vardval.annual.ScenarioComparison;
import se.vardval.annual.ScenarioRow;
import se.vardval.annual.ScenarioRulebook;
import se.vardval.core.service.UserError;

/** Runs two or more rulebooks against one month without paying and shows them side by side; saves and exports. */
@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = "Kör två eller fler förfrågningsunderlag (år, förslags namn eller JSON-filer) mot en månad "
                + "utan att något betalas ut och visar enheternas summor sida vid sida; --save sparar jämförelsen "
                + "under ett namn, --saved visar en sparad igen, --list listar dem; --out skriver varje enhet och "
                + "komponent som CSV, --xlsx som arbetsbok.")
class ScenarioCommand extends ServiceCommand {

    @Parameters(index = "0", paramLabel = "<vårdval>", description = "Vårdvalets id, t.ex. halsoval.")
    String careChoice;

    @Parameters(index = "1", arity = "0..1", paramLabel = "<ÅÅÅÅ-MM>", description = "Månaden.")
    YearMonth period;

    @Parameters(index = "2..*", arity = "0..*", paramLabel = "<underlag>",
            description = "Förfrågningsunderlagen: år, förslags namn eller JSON-filer.")
    List<String> references = new ArrayList<>();

    @Option(names = "--out", paramLabel = "<fil.csv>", description = "Skriv hela jämförelsen som CSV.")
    Path outFile;

    @Option(names = "--xlsx", paramLabel = "<fil.xlsx>", description = "Skriv hela jämförelsen som arbetsbok.")
    Path xlsxFile;

    @Option(names = "--save", paramLabel = "<namn>", description = "Spara jämförelsen under namnet.")
    String saveAs;

    @Option(names = "--saved", paramLabel = "<namn>", description = "Visa en sparad jämförelse i stället för att köra.")
    String saved;

    @Option(names = "--list", description = "Lista vårdvalets sparade jämförelser.")
    boolean list;

    ScenarioCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() throws IOException {
        if (list) {
            services.masterData().registeredCareChoice(careChoice);
            for (SavedScenario scenario : services.scenarios().saved(careChoice)) {
                out().printf("  %-30s %s  %s  sparad av %s %s%n", scenario.name(), scenario.comparison().period(),
                        String.join(" | ", scenario.comparison().names()), scenario.savedBy(), scenario.savedAt());
            }
            return 0;
        }
        for (Path file : new Path[] { outFile, xlsxFile }) {
            if (file != null) {
                CliFiles.checkWritable(file);
            }
        }
        ScenarioComparison comparison = saved != null ? savedComparison() : calculate();
        out().printf("scenario %s %s (ingen utbetalning)%n", careChoice, comparison.period());
        for (ScenarioRow row : comparison.rows()) {
            if (row.component().equals(ScenarioRow.TOTAL)) {
                out().println(totalLine(row));
            }
        }
        write(comparison);
        return 0;
    }

    private ScenarioComparison savedComparison() {
        return services.scenarios().find(careChoice, saved).map(SavedScenario::comparison)
                .orElseThrow(() -> new UserError("det finns inget sparat scenario '" + saved + "' för " + careChoice));
    }

    private ScenarioComparison calculate() throws IOException {
        if (period == null || references.size() < 2) {
            throw new UserError("ange månaden och minst två förfrågningsunderlag, eller --saved <namn>");
        }
        List<ScenarioRulebook> rulebooks = new ArrayList<>();
        for (String reference : references) {
            rulebooks.add(new ScenarioRulebook(reference, RulebookSource.resolve(services, careChoice, reference)));
        }
        ScenarioComparison comparison = services.scenarios().compare(careChoice, period, rulebooks);
        if (saveAs != null) {
            services.scenarios().save(saveAs, rulebooks, comparison, user());
            out().println("sparad som " + saveAs);
        }
        return comparison;
    }

    private static String totalLine(ScenarioRow row) {
        StringBuilder line = new StringBuilder(String.format("  %-22s", row.hsaId()));
        for (int i = 0; i < row.amounts().size(); i++) {
            line.append(String.format(" %20s", SwedishNumbers.kronor(row.amounts().get(i))));
            if (i > 0) {
                line.append(String.format(" %8s %%", row.percent(i) == null ? "-"
                        : SwedishNumbers.decimal(row.percent(i))));
            }
        }
        return line.toString();
    }

    private void write(ScenarioComparison comparison) {
        if (outFile != null) {
            CliFiles.write(outFile, file -> {
                try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    services.scenarios().writeCsv(comparison, writer);
                }
            });
            out().println("skrev " + outFile);
        }
        if (xlsxFile != null) {
            CliFiles.write(xlsxFile, file -> {
                try (OutputStream stream = Files.newOutputStream(file)) {
                    services.scenarios().writeXlsx(comparison, stream);
                }
            });
            out().println("skrev " + xlsxFile);
        }
    }
}
