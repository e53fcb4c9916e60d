package se.vardval.cli;

import picocli.CommandLine.Command;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.model.ReimbursementModel;

/** Lists the installed reimbursement models and the region's vårdval instances. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "Listar de installerade ersättningsmodellerna och vårdvalen som använder dem.")
class ModelsCommand extends ServiceCommand {

    ModelsCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() {
        for (ReimbursementModel model : services.models().models()) {
            out().printf("%-12s %s%n", model.modelType(), model.displayName());
            for (CareChoice careChoice : services.masterData().careChoices()) {
                if (careChoice.modelType().equals(model.modelType())) {
                    out().printf("    %-16s %s%n", careChoice.id(), careChoice.name());
                }
            }
        }
        return 0;
    }
}
