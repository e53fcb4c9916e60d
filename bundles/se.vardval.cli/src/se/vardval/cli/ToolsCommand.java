package se.vardval.cli;

import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.vardval.core.model.ModelTool;
import se.vardval.core.model.ToolInput;

/** Lists the model tools the vårdval's model plugin offers, with their inputs. */
@Command(name = "tools", mixinStandardHelpOptions = true,
        description = "Lists the model tools of a vårdval (offered by its model plugin) with their inputs; "
                + "'tool run' runs one.")
class ToolsCommand extends ServiceCommand {

    @Parameters(index = "0", paramLabel = "<vårdval>")
    String careChoice;

    ToolsCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() {
        for (ModelTool tool : services.tools().tools(careChoice)) {
            out().printf("%-16s %s%n", tool.id(), tool.name(Locale.ENGLISH));
            out().printf("    %s%n", tool.description(Locale.ENGLISH));
            for (ToolInput input : tool.inputs(Locale.ENGLISH)) {
                out().printf("    --input %s=<%s>%s  %s%n", input.id(), input.kind().name().toLowerCase(Locale.ROOT),
                        input.required() ? "" : " (optional)", input.label());
            }
        }
        return 0;
    }
}
