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
@Command(name = "tool", mixinStandardHelpOptions = true, description = "Runs a model tool of a vårdval.",
        subcommands = ToolCommand.Run.class)
class ToolCommand extends GroupCommand {

    /** Runs one tool and prints its table, notes and proposed change; applies the change with --apply. */
    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Runs a tool on the stored data and prints its table, notes and the change it proposes to a "
                    + "draft rulebook; --apply applies that change as an edit of the draft (administrators of the "
                    + "vårdval; validated by the model and audited).")
    static class Run extends ServiceCommand {

        @Parameters(index = "0", paramLabel = "<vårdval>")
        String careChoice;

        @Parameters(index = "1", paramLabel = "<tool>")
        String toolId;

        @Option(names = { "-i", "--input" }, paramLabel = "<input>=<value>",
                description = "An input of the tool, e.g. draft=2021 or from=2018-11; repeatable ('tools' lists them).")
        Map<String, String> inputs = Map.of();

        @Option(names = "--apply", description = "Apply the proposed change to the draft rulebook.")
        boolean apply;

        Run(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            ToolResult result = services.tools().run(careChoice, toolId, inputs, Locale.ENGLISH);
            printTable(result);
            result.notes().forEach(note -> out().println(note));
            result.proposedChange().ifPresent(change -> {
                out().printf("proposed: %s of the %d draft%n", change.path(), change.year());
                if (apply) {
                    applied(services.tools().apply(careChoice, change, user()), change);
                }
            });
            return 0;
        }

        private void applied(Rulebook rulebook, RulebookChange change) {
            out().printf("applied: %s of the %d rulebook of %s set%n", change.path(), rulebook.year(),
                    rulebook.careChoice());
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
