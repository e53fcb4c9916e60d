package se.vardval.core.store;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.vardval.core.domain.AuditEntry;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.RunState;
import se.vardval.core.model.CostHandOver;
import se.vardval.core.model.RunWarning;

/**
 * What changed in a run's inputs after the run was calculated, read from the audit log as warnings: one per file
 * imported since, one per approval since of a run or correction of the vårdval for a month whose approved payments the
 * run read ({@link PaymentRun#approvedMonthsRead()}), one per register (units, contracts, ...) changed since, leaving
 * out the costs the run's own approval handed over and the files imported again with the same bytes as their name's
 * import before (imports are idempotent, so such a file changes nothing). A run calculated before them does not
 * include them, and its explanations, which read today's data, may no longer add up to its lines.
 */
public final class RunInputChanges {

    /** The audit log's entity type of an imported file; its key is the file name. */
    public static final String IMPORTED_FILE = "import";

    /** The audit log's action of an imported file. */
    public static final String IMPORTED = "IMPORT";

    /** The audit log's entity type of a payment run; its key is the run's id. */
    public static final String PAYMENT_RUN = "payment_run";

    /** The code of the warnings. */
    public static final String CODE = "INPUT_CHANGED";

    private static final String COST = "cost";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> REGISTERS = registers();
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    /** Shows times in the given zone. */
    public RunInputChanges(ZoneId zone) {
        this.zone = zone;
    }

    private static Map<String, String> registers() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("provider", "vårdgivare");
        names.put("unit", "enheter");
        names.put("contract", "avtal");
        names.put("supplementary", "tilläggsuppdrag");
        names.put(COST, "kostnader");
        names.put("decided_payment", "beslutade utbetalningar");
        return names;
    }

    /** The warnings about changes to the run's inputs after it was calculated; empty when there were none. */
    public List<RunWarning> warnings(AuditLog audit, PaymentRun run) {
        List<String> entities = new ArrayList<>(REGISTERS.keySet());
        entities.add(IMPORTED_FILE);
        if (run.approvedMonthsRead() != null) {
            entities.add(PAYMENT_RUN);
        }
        List<AuditEntry> changes = audit.changesAfter(run.createdAt(), entities).stream()
                .filter(c -> !isOwnHandOver(c, run) && !isRepeatedImport(audit, c)).toList();
        List<RunWarning> warnings = new ArrayList<>();
        String since = " efter att körningen beräknades " + time(run.createdAt()) + "; " + advice(run.state());
        changes.stream().filter(c -> c.entity().equals(IMPORTED_FILE))
                .forEach(c -> warnings.add(warning(c.entityKey() + " importerad", c, since)));
        changes.stream().filter(c -> isApprovalOfMonthRead(c, run))
                .forEach(c -> warnings.add(warning(approvedMonth(c), c, since)));
        REGISTERS.forEach((entity, name) -> {
            List<AuditEntry> changed = changes.stream().filter(c -> c.entity().equals(entity)).toList();
            if (!changed.isEmpty()) {
                warnings.add(warning(name + " ändrade " + changed.size() + " "
                        + (changed.size() == 1 ? "gång" : "gånger") + ", senast", changed.getLast(), since));
            }
        });
        return List.copyOf(warnings);
    }

    /** The warning that {@code what} happened when and by whom the change says, after the run was calculated. */
    private RunWarning warning(String what, AuditEntry change, String since) {
        return new RunWarning(null, CODE, what + " " + time(change.at()) + " av " + change.user() + since);
    }

    /**
     * Whether the entry approves another run or correction of the run's vårdval for a month whose approved payments
     * the run read: the run's calculation counted that month without it.
     */
    private static boolean isApprovalOfMonthRead(AuditEntry change, PaymentRun run) {
        return run.approvedMonthsRead() != null && change.entity().equals(PAYMENT_RUN)
                && change.action().equals(RunState.APPROVED.name())
                && !change.entityKey().equals(Long.toString(run.id()))
                && field(change, "careChoice").equals(run.careChoice())
                && period(change).filter(run.approvedMonthsRead()::contains).isPresent();
    }

    /** The approved run by kind, id and month, e.g. {@code körning 12 för 2020-03 attesterad}. */
    private static String approvedMonth(AuditEntry approval) {
        String kind = field(approval, "correctsRunId").isEmpty() ? "körning " : "korrigeringskörning ";
        return kind + approval.entityKey() + " för " + field(approval, "period") + " attesterad";
    }

    /** The month of the run the entry is about; empty when its state has none. */
    private static Optional<YearMonth> period(AuditEntry change) {
        try {
            return Optional.of(YearMonth.parse(field(change, "period")));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the entry is a cost the run's own approval handed over to a unit of another vårdval
     * ({@link CostHandOver#handedOverBy}): a consequence of the run, not a change to its inputs.
     */
    private static boolean isOwnHandOver(AuditEntry change, PaymentRun run) {
        return change.entity().equals(COST) && CostHandOver.handedOverBy(run, field(change, "reference"));
    }

    /** Whether the entry is a file imported with the same bytes (SHA-256) as the import of its name before it. */
    private static boolean isRepeatedImport(AuditLog audit, AuditEntry change) {
        if (!change.entity().equals(IMPORTED_FILE)) {
            return false;
        }
        String content = field(change, "sha256");
        return !content.isEmpty()
                && audit.previous(change).map(before -> field(before, "sha256")).filter(content::equals).isPresent();
    }

    /** A text field of the entry's state after the change; empty when it has none. */
    private static String field(AuditEntry change, String name) {
        if (change.after() == null) {
            return "";
        }
        try {
            return JSON.readTree(change.after()).path(name).asText("");
        } catch (JsonProcessingException e) {
            return "";
        }
    }

    private String time(Instant at) {
        return MINUTE.format(at.atZone(zone));
    }

    private static String advice(RunState state) {
        return state == RunState.CALCULATED
                ? "körningen räknar inte med det; beräkna månaden igen före attest"
                : "körningen räknar inte med det; en korrigeringskörning betalar skillnaden";
    }
}
