package se.vardval.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vardval.core.model.Rulebook;
import se.vardval.core.service.UserError;

/** Imports, exports and decides rulebooks (förfrågningsunderlag). */
@Command(name = "rulebook", mixinStandardHelpOptions = true,
        description = "Imports, exports, drafts, edits, indexes, compares and decides rulebooks.",
        subcommands = { RulebookCommand.Import.class, RulebookCommand.Export.class, RulebookCommand.Decide.class,
                RulebookCommand.ImportTable.class,
                RulebookYearCommands.Draft.class, RulebookYearCommands.SetParameter.class,
                RulebookYearCommands.Index.class, RulebookYearCommands.Diff.class,
                RulebookCalibrateCommand.class })
class RulebookCommand extends GroupCommand {

    /** Reads a rulebook JSON file, validates it against its model and stores it. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Reads a rulebook JSON file, validates it against its model and stores it.")
    static class Import extends ServiceCommand {

        @Parameters(paramLabel = "<file>", description = "The rulebook JSON document.")
        Path file;

        Import(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() throws IOException {
            Rulebook rulebook = services.rulebooks().importJson(read(file), user());
            out().printf("rulebook %s %d stored (%s)%n", rulebook.careChoice(), rulebook.year(), rulebook.status());
            return 0;
        }

        private static String read(Path file) throws IOException {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new UserError("filen finns inte: " + file);
            }
        }
    }

    /** Writes a rulebook as JSON to standard output or a file. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Writes the rulebook of a vårdval and year as JSON.")
    static class Export extends ServiceCommand {

        @Parameters(index = "0", paramLabel = "<vårdval>")
        String careChoice;

        @Parameters(index = "1", paramLabel = "<year>")
        int year;

        @Option(names = "--out", paramLabel = "<file>", description = "Write to this file instead of standard output.")
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
                Files.writeString(outFile, json, StandardCharsets.UTF_8);
                out().println("wrote " + outFile);
            }
            return 0;
        }
    }

    /** Decides a draft rulebook, after which it is immutable. */
    @Command(name = "decide", mixinStandardHelpOptions = true,
            description = "Decides a draft rulebook with its decision reference; it cannot change afterwards.")
    static class Decide extends ServiceCommand {

        @Parameters(index = "0", paramLabel = "<vårdval>")
        String careChoice;

        @Parameters(index = "1", paramLabel = "<year>")
        int year;

        @Option(names = "--decision", required = true, paramLabel = "<ref>",
                description = "The decision reference, e.g. \"RS 2025-05-27 § 85\".")
        String decision;

        Decide(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            Rulebook decided = services.rulebooks().decide(careChoice, year, decision, user());
            out().printf("rulebook %s %d decided (%s)%n", decided.careChoice(), decided.year(), decided.decision());
            return 0;
        }
    }

    /** Imports a CSV table (e.g. a fee schedule or a year's DRG weights) into a table parameter of a draft. */
    @Command(name = "import-table", mixinStandardHelpOptions = true,
            description = "Imports a CSV table into a table parameter of a draft rulebook, replacing it: a list of"
                    + " rows (columns = the rows' fields, e.g. visitPrices) or a map of code to value (first column"
                    + " the code, e.g. drgWeights). Every bad row is reported as file:line: column: reason and"
                    + " nothing changes.")
    static class ImportTable extends ServiceCommand {

        @Parameters(index = "0", paramLabel = "<vårdval>")
        String careChoice;

        @Parameters(index = "1", paramLabel = "<year>")
        int year;

        @Parameters(index = "2", paramLabel = "<parameter>", description = "The table parameter, e.g. drgWeights.")
        String parameter;

        @Parameters(index = "3", paramLabel = "<file>", description = "The CSV file (;-separated, UTF-8).")
        Path file;

        ImportTable(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            Rulebook edited = services.rulebooks().importTable(careChoice, year, parameter, file, user());
            out().printf("rulebook %s %d: %s replaced from %s (%d rows)%n", edited.careChoice(), edited.year(),
                    parameter, file.getFileName(), rows(edited));
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
