package se.vardval.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.service.UserError;

/** Registers a vårdval instance of an installed model type. */
@Command(name = "care-choice", mixinStandardHelpOptions = true,
        description = "Registrerar (eller byter namn på) ett vårdval som ersätts enligt en installerad modell.")
class CareChoiceCommand extends ServiceCommand {

    @Parameters(index = "0", paramLabel = "<id>",
            description = "Id:t som filer och kommandon använder, t.ex. halsoval.")
    String id;

    @Option(names = "--model", required = true, paramLabel = "<modell>", description = "Modellen, t.ex. halsoval.")
    String modelType;

    @Option(names = "--name", required = true, paramLabel = "<namn>", description = "Namnet som administratörerna ser.")
    String name;

    CareChoiceCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() {
        if (!CareChoice.isValidId(id)) {
            throw new UserError("ett vårdval-id består av gemener, siffror, - och _, t.ex. halsoval; inte '" + id
                    + "'");
        }
        if (name.isBlank()) {
            throw new UserError("ett vårdval behöver ett namn som administratörerna ser, t.ex. --name Hälsoval");
        }
        if (services.models().model(modelType).isEmpty()) {
            throw new UserError("modellen '" + modelType + "' är inte installerad; installerade: "
                    + services.models().models().stream().map(m -> m.modelType()).toList());
        }
        services.masterData().saveCareChoice(new CareChoice(id, name.strip(), modelType), user());
        out().printf("vårdval %s (%s) ersätts enligt modellen %s%n", id, name.strip(), modelType);
        return 0;
    }
}
