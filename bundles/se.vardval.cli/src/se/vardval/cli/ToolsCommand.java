package se.vardval.cli;

import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.vardval.core.model.ModelTool;
import se.vardval.core.model.ToolInput;

/** Lists the model tools the vårdval's model plugin offers, with their inputs. */
@Command(name = "tools", mixinStandardHelpOptions = true,
        description = "Listar ett vårdvals modellverktyg (från dess modells insticksmodul) med deras indata; "
                + "'tool run' kör ett.")
class ToolsCommand extends ServiceCommand {

    @Parameters(index = "0", paramLabel = "<vårdval>", description = "Vårdvalets id, t.ex. halsoval.")
    String careChoice;

    ToolsCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() {
        for (ModelTool tool : services.tools().tools(careChoice)) {
            out().printf("%-16s %s%n", tool.id(), tool.name(ToolCommand.SWEDISH));
            out().printf("    %s%n", tool.description(ToolCommand.SWEDISH));
            for (ToolInput input : tool.inputs(ToolCommand.SWEDISH)) {
                out().printf("    --input %s=<%s>%s  %s%n", input.id(), input.kind().name().toLowerCase(Locale.ROOT),
                        input.required() ? "" : " (valfri)", input.label());
            }
        }
        return 0;
    }
}
