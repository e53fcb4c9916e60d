package se.vardval.cli;

import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.model.ExplainRequest;
import se.vardval.core.model.Explanation;
import se.vardval.core.service.UserError;

/**
 * Explains how a unit's, component's or person's amount in a run arose, after warning when the inputs changed since
 * the run was calculated (the rows come from today's data).
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Förklarar hur en enhets belopp i en körning uppstod, eventuellt för en komponent, eller vad en "
                + "person gav.")
class ExplainCommand extends ServiceCommand {

    @Parameters(paramLabel = "<körning|latest>", description = "Körningens id, eller latest för den senaste.")
    String runId;

    @Option(names = "--unit", paramLabel = "<hsa-id>", description = "Enheten som ska förklaras.")
    String unit;

    @Option(names = "--component", paramLabel = "<C>", description = "Bara komponenten, t.ex. AGE_CAPITATION.")
    String component;

    @Option(names = "--person", paramLabel = "<personnummer>", description = "Vad personen gav varje enhet.")
    String person;

    @Option(names = "--limit", defaultValue = "50", description = "Högst så många rader (standard ${DEFAULT-VALUE}).")
    int limit;

    ExplainCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() {
        if (unit == null && person == null) {
            throw new UserError("ange --unit <hsa-id> eller --person <personnummer>");
        }
        checkLimit(limit);
        PaymentRun run = RunReference.resolve(runId, services.runs());
        Explanation explanation = services.runner().explain(run.id(), new ExplainRequest(unit, component, person));
        printInputChanges(run, "om underlag som ändrats sedan körningen beräknades: raderna nedan kommer ur dagens "
                + "underlag och kan skilja sig från körningens belopp");
        out().println(explanation.summary());
        printTable(explanation);
        return 0;
    }

    private void printTable(Explanation explanation) {
        if (explanation.rows().isEmpty()) {
            return;
        }
        out().println(String.join("\t", explanation.columns()));
        explanation.rows().stream().limit(limit).forEach(row -> out().println(String.join("\t", row)));
        List<List<String>> rows = explanation.rows();
        if (rows.size() > limit) {
            out().printf("... %s rader till (--limit)%n", SwedishNumbers.count(rows.size() - limit));
        }
    }
}
