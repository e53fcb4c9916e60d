package se.vardval.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vardval.core.model.Rulebook;
import se.vardval.core.model.RulebookChange;
import se.vardval.core.model.ToolResult;

/** Runs a model tool of a vårdval. */
@Command(name = "tool", mixinStandardHelpOptions = true, description = "Kör ett av vårdvalets modellverktyg.",
        subcommands = ToolCommand.Run.class)
class ToolCommand extends GroupCommand {

    /** The language of the tools' names, inputs, tables and notes: the client's Swedish. */
    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    /** Runs one tool and prints its table, notes and proposed change; applies the change with --apply. */
    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Kör ett verktyg på de sparade uppgifterna och skriver dess tabell, anmärkningar och den "
                    + "ändring det föreslår i ett utkast till förfrågningsunderlag; --apply gör ändringen i utkastet "
                    + "(vårdvalets administratörer; valideras av modellen och loggas).")
    static class Run extends ServiceCommand {

        @Parameters(index = "0", paramLabel = "<vårdval>", description = "Vårdvalets id, t.ex. halsoval.")
        String careChoice;

        @Parameters(index = "1", paramLabel = "<verktyg>", description = "Verktygets id, t.ex. age-weights.")
        String toolId;

        @Option(names = { "-i", "--input" }, paramLabel = "<indata>=<värde>",
                description = "Verktygets indata, t.ex. draft=2021 eller from=2018-11; kan upprepas ('tools' listar "
                        + "dem).")
        Map<String, String> inputs = Map.of();

        @Option(names = "--apply", description = "Gör den föreslagna ändringen i utkastet.")
        boolean apply;

        Run(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            ToolResult result = services.tools().run(careChoice, toolId, inputs, SWEDISH);
            printTable(result);
            result.notes().forEach(note -> out().println(note));
            result.proposedChange().ifPresent(change -> {
                out().printf("föreslår: %s i utkastet för %d%n", change.path(), change.year());
                if (apply) {
                    applied(services.tools().apply(careChoice, change, user()), change);
                }
            });
            return 0;
        }

        private void applied(Rulebook rulebook, RulebookChange change) {
            out().printf("gjort: %s i förfrågningsunderlaget %s %d är satt%n", change.path(), rulebook.careChoice(),
                    rulebook.year());
        }

        private void printTable(ToolResult result) {
            List<Integer> widths = new ArrayList<>();
            for (int c = 0; c < result.columns().size(); c++) {
                int width = result.columns().get(c).length();
                for (List<String> row : result.rows()) {
                    width = Math.max(width, row.get(c).length());
                }
                widths.add(width);
            }
            printRow(result.columns(), widths);
            result.rows().forEach(row -> printRow(row, widths));
        }

        private void printRow(List<String> cells, List<Integer> widths) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cells.size(); c++) {
                line.append(c == 0 ? String.format("%-" + widths.get(c) + "s", cells.get(c))
                        : String.format("  %" + widths.get(c) + "s", cells.get(c)));
            }
            out().println(line.toString().stripTrailing());
        }
    }
}
