package se.vardval.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.PersonId;
import se.vardval.core.model.RejectedItem;

/** Lists the items a run did not pay, with the reason code and the reason the provider reads. */
@Command(name = "rejections", mixinStandardHelpOptions = true,
        description = { "Listar posterna (vårdkontakter, behandlingar) som körningens modell inte ersatte: enhet, "
                + "datum, personnummer, post, orsakskod och orsaken som vårdgivaren läser i sitt ersättningsbesked, "
                + "per enhet och datum, efter antalet per orsakskod. `export --format rejections` skriver dem som "
                + "CSV." })
class RejectionsCommand extends ServiceCommand {

    @Parameters(paramLabel = "<körning|latest>", description = "Körningens id, eller latest för den senaste.")
    String runId;

    @Option(names = "--unit", paramLabel = "<hsa-id>", description = "Bara enhetens poster.")
    String unit;

    @Option(names = "--reason", paramLabel = "<code>", description = "Bara poster med orsakskoden.")
    String reason;

    @Option(names = "--limit", defaultValue = "100", description = "Högst så många rader (standard ${DEFAULT-VALUE}).")
    int limit;

    RejectionsCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() {
        checkLimit(limit);
        services.masterData().requireUnit(unit);
        PaymentRun run = RunReference.resolve(runId, services.runs());
        List<RejectedItem> all = services.runs().rejections(run.id());
        List<RejectedItem> items = all.stream().filter(item -> unit == null || item.hsaId().equals(unit))
                .filter(item -> reason == null || item.reasonCode().equals(reason)).toList();
        out().printf("körning %d  %s %s: %s%s%n", run.id(), run.careChoice(), run.period(),
                SwedishNumbers.count(items.size(), "avvisad post", "avvisade poster"),
                unit == null ? "" : " vid " + unit);
        printCounts(items, out());
        if (reason != null && all.stream().noneMatch(item -> item.reasonCode().equals(reason))) {
            printAbsentReason(all);
        }
        if (items.isEmpty()) {
            return 0;
        }
        out().println("enhet\tdatum\tpersonnummer\tpost\torsakskod\torsak");
        items.stream().limit(limit).forEach(item -> out().println(String.join("\t", item.hsaId(),
                item.date() == null ? "-" : item.date().toString(),
                item.personId() == null ? "-" : PersonId.written(item.personId()), item.itemId(), item.reasonCode(),
                item.reason())));
        if (items.size() > limit) {
            out().printf("... %s rader till (--limit)%n", SwedishNumbers.count(items.size() - limit));
        }
        return 0;
    }

    /**
     * Says that no item of the run has the reason code asked for, and names the codes its items have: a model's codes
     * are its own and a run has only some of them, so a code is not refused but shown absent next to the run's.
     */
    private void printAbsentReason(List<RejectedItem> all) {
        Set<String> codes = all.stream().map(RejectedItem::reasonCode)
                .collect(Collectors.toCollection(TreeSet::new));
        out().printf("  ingen avvisad post i körningen har orsakskoden %s; %s%n", reason, codes.isEmpty()
                ? "körningen har inga avvisade poster" : "körningens orsakskoder är " + String.join(", ", codes));
    }

    /** Prints the number of items per reason code, by code. */
    static void printCounts(List<RejectedItem> items, PrintWriter out) {
        Map<String, Long> counts = items.stream().collect(Collectors.groupingBy(RejectedItem::reasonCode,
                TreeMap::new, Collectors.counting()));
        counts.forEach((code, n) -> out.printf("  %-24s %6s%n", code, SwedishNumbers.count(n)));
    }
}
