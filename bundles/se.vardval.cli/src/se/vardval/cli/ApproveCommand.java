package se.vardval.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.vardval.core.domain.PaymentRun;

/**
 * Attests a calculated run as the acting user, who must not be the one who calculated it, and prints what changed in
 * its inputs after it was calculated (files imported, registers changed, earlier months it read approved), which the
 * attested run does not include.
 */
@Command(name = "approve", mixinStandardHelpOptions = true,
        description = "Attesterar en beräknad körning; den som attesterar måste vara en annan än den som beräknade "
                + "den, och en attesterad körning ändras aldrig.")
class ApproveCommand extends ServiceCommand {

    @Parameters(paramLabel = "<körning|latest>", description = "Körningens id, eller latest för den senaste.")
    String runId;

    ApproveCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() {
        PaymentRun run = services.runner().approve(RunReference.resolve(runId, services.runs()).id(), user());
        out().printf("körning %d  %s %s  %s av %s  totalt %s%n", run.id(), run.careChoice(), run.period(),
                run.state().swedishName(), run.approvedBy(), SwedishNumbers.kronor(run.total()));
        printInputChanges(run, "om underlag som ändrats sedan körningen beräknades");
        return 0;
    }
}
