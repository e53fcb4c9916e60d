package se.vardval.cli;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.PersonId;
import se.vardval.core.model.RejectedItem;

/** Lists the items a run did not pay, with the reason code and the reason the provider reads. */
@Command(name = "rejections", mixinStandardHelpOptions = true,
        description = { "Lists the items (activities, treatments) a run's model did not pay: unit, date, person, item,"
                + " reason code and the reason the provider reads in its ersättningsbesked, by unit and date, after"
                + " the count per reason code. `export --format rejections` writes them as CSV." })
class RejectionsCommand extends ServiceCommand {

    @Parameters(paramLabel = "<run-id|latest>")
    String runId;

    @Option(names = "--unit", paramLabel = "<hsa-id>", description = "Only this unit's items.")
    String unit;

    @Option(names = "--reason", paramLabel = "<code>", description = "Only items with this reason code.")
    String reason;

    @Option(names = "--limit", defaultValue = "100", description = "Rows to print at most (default ${DEFAULT-VALUE}).")
    int limit;

    RejectionsCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() {
        PaymentRun run = RunReference.resolve(runId, services.runs());
        List<RejectedItem> items = services.runs().rejections(run.id()).stream()
                .filter(item -> unit == null || item.hsaId().equals(unit))
                .filter(item -> reason == null || item.reasonCode().equals(reason)).toList();
        out().printf("run %d  %s %s: %d rejected item%s%s%n", run.id(), run.careChoice(), run.period(), items.size(),
                items.size() == 1 ? "" : "s", unit == null ? "" : " at " + unit);
        countByReason(items).forEach((code, n) -> out().printf("  %-24s %6d%n", code, n));
        if (items.isEmpty()) {
            return 0;
        }
        out().println("hsa_id\tdate\tperson_id\titem_id\treason_code\treason");
        items.stream().limit(limit).forEach(item -> out().println(String.join("\t", item.hsaId(),
                item.date() == null ? "-" : item.date().toString(),
                item.personId() == null ? "-" : PersonId.written(item.personId()), item.itemId(), item.reasonCode(),
                item.reason())));
        if (items.size() > limit) {
            out().printf("... %d more rows (--limit)%n", items.size() - limit);
        }
        return 0;
    }

    /** The number of items per reason code, by code. */
    static Map<String, Long> countByReason(List<RejectedItem> items) {
        return items.stream().collect(Collectors.groupingBy(RejectedItem::reasonCode, TreeMap::new,
                Collectors.counting()));
    }
}
