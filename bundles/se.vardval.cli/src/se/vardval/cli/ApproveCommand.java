package se.vardval.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.vardval.core.domain.PaymentRun;

/** Attests a calculated run as the acting user, who must not be the one who calculated it. */
@Command(name = "approve", mixinStandardHelpOptions = true,
        description = "Approves (attests) a calculated run; the approver must be someone other than the one who "
                + "calculated it, and an approved run never changes.")
class ApproveCommand extends ServiceCommand {

    @Parameters(paramLabel = "<run-id|latest>")
    String runId;

    ApproveCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() {
        PaymentRun run = services.runner().approve(RunReference.resolve(runId, services.runs()).id(), user());
        out().printf("run %d  %s %s  APPROVED by %s  total %s%n", run.id(), run.careChoice(), run.period(),
                run.approvedBy(), SwedishNumbers.kronor(run.total()));
        return 0;
    }
}
