package se.vardval.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vardval.core.model.Rulebook;
import se.vardval.core.service.UserError;

/** Imports, exports and decides rulebooks (förfrågningsunderlag). */
@Command(name = "rulebook", mixinStandardHelpOptions = true,
        description = "Imports, exports, drafts, edits, indexes, compares and decides rulebooks.",
        subcommands = { RulebookCommand.Import.class, RulebookCommand.Export.class, RulebookCommand.Decide.class,
                RulebookYearCommands.Draft.class, RulebookYearCommands.SetParameter.class,
                RulebookYearCommands.Index.class, RulebookYearCommands.Diff.class })
class RulebookCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say import, export, draft, set, index, diff or decide");
    }

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
                throw new UserError("no such file: " + file);
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
}
