package se.vardval.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vardval.core.model.Rulebook;

/** Imports, exports and decides rulebooks (förfrågningsunderlag). */
@Command(name = "rulebook", mixinStandardHelpOptions = true,
        description = "Importerar, exporterar, skapar utkast till, redigerar, indexerar, jämför och beslutar "
                + "förfrågningsunderlag.",
        subcommands = { RulebookCommand.Import.class, RulebookCommand.Export.class, RulebookCommand.Decide.class,
                RulebookCommand.ImportTable.class,
                RulebookYearCommands.Draft.class, RulebookYearCommands.SetParameter.class,
                RulebookYearCommands.Index.class, RulebookYearCommands.Diff.class,
                RulebookCalibrateCommand.class })
class RulebookCommand extends GroupCommand {

    /**
     * Reads a rulebook JSON file, validates it against its model and stores it; over the year's draft only with
     * {@code --replace}, over a decided year never.
     */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Läser ett förfrågningsunderlag som JSON, validerar det mot sin modell och sparar det som"
                    + " årets underlag. Ett befintligt utkast för året ersätts bara med --replace, ett beslutat"
                    + " underlag aldrig.")
    static class Import extends ServiceCommand {

        @Parameters(paramLabel = "<fil>", description = "Förfrågningsunderlaget som JSON-dokument.")
        Path file;

        @Option(names = "--replace", description = "Ersätt ett befintligt utkast för året.")
        boolean replace;

        Import(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() throws IOException {
            Rulebook rulebook = services.rulebooks().importJson(CliFiles.readText(file), replace, user());
            out().printf("förfrågningsunderlag %s %d sparat (%s)%n", rulebook.careChoice(), rulebook.year(),
                    rulebook.status().swedishName());
            return 0;
        }
    }

    /** Writes a rulebook as JSON to standard output or a file. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Skriver ett vårdvals förfrågningsunderlag för ett år som JSON.")
    static class Export extends ServiceCommand {

        @Parameters(index = "0", paramLabel = "<vårdval>", description = "Vårdvalets id, t.ex. halsoval.")
        String careChoice;

        @Parameters(index = "1", paramLabel = "<år>", description = "Förfrågningsunderlagets år.")
        int year;

        @Option(names = "--out", paramLabel = "<fil>", description = "Skriv till filen i stället för till standard ut.")
        Path outFile;

        Export(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() throws IOException {
            String json = services.rulebooks().exportJson(careChoice, year);
            if (outFile == null) {
                out().print(json);
            } else {
                CliFiles.write(outFile, file -> Files.writeString(file, json, StandardCharsets.UTF_8));
                out().println("skrev " + outFile);
            }
            return 0;
        }
    }

    /** Decides a draft rulebook, after which it is immutable. */
    @Command(name = "decide", mixinStandardHelpOptions = true,
            description = "Beslutar ett utkast till förfrågningsunderlag med beslutsreferensen; det kan inte ändras "
                    + "efteråt.")
    static class Decide extends ServiceCommand {

        @Parameters(index = "0", paramLabel = "<vårdval>", description = "Vårdvalets id, t.ex. halsoval.")
        String careChoice;

        @Parameters(index = "1", paramLabel = "<år>", description = "Förfrågningsunderlagets år.")
        int year;

        @Option(names = "--decision", required = true, paramLabel = "<ref>",
                description = "Beslutsreferensen, t.ex. \"RS 2025-05-27 § 85\".")
        String decision;

        Decide(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            Rulebook decided = services.rulebooks().decide(careChoice, year, decision, user());
            out().printf("förfrågningsunderlag %s %d beslutat (%s)%n", decided.careChoice(), decided.year(),
                    decided.decision());
            return 0;
        }
    }

    /** Imports a CSV table (e.g. a fee schedule or a year's DRG weights) into a table parameter of a draft. */
    @Command(name = "import-table", mixinStandardHelpOptions = true,
            description = "Importerar en CSV-tabell till en tabellparameter i ett utkast och ersätter den: en lista"
                    + " av rader (kolumnerna = radernas fält, t.ex. visitPrices) eller en tabell från kod till värde"
                    + " (första kolumnen koden, t.ex. drgWeights). Varje felaktig rad rapporteras som fil:rad:"
                    + " kolumn: orsak och ingenting ändras.")
    static class ImportTable extends ServiceCommand {

        @Parameters(index = "0", paramLabel = "<vårdval>", description = "Vårdvalets id, t.ex. halsoval.")
        String careChoice;

        @Parameters(index = "1", paramLabel = "<år>", description = "Förfrågningsunderlagets år.")
        int year;

        @Parameters(index = "2", paramLabel = "<parameter>", description = "Tabellparametern, t.ex. drgWeights.")
        String parameter;

        @Parameters(index = "3", paramLabel = "<fil>", description = "CSV-filen (; mellan fälten, UTF-8).")
        Path file;

        ImportTable(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            Rulebook edited = services.rulebooks().importTable(careChoice, year, parameter, file, user());
            out().printf("förfrågningsunderlag %s %d: %s ersatt från %s (%s rader)%n", edited.careChoice(),
                    edited.year(), parameter, file.getFileName(), SwedishNumbers.count(rows(edited)));
            return 0;
        }

        private int rows(Rulebook rulebook) {
            JsonNode node = rulebook.parameters();
            for (String step : parameter.replaceFirst("^parameters\\.", "").split("\\.")) {
                node = node.path(step);
            }
            return node.size();
        }
    }
}
