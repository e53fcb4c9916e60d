package se.vardval.core.store;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.vardval.core.domain.AuditEntry;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.RunState;
import se.vardval.core.model.CostHandOver;
import se.vardval.core.model.RunWarning;

/**
 * What changed in a run's inputs after the run was calculated, read from the audit log as warnings: one per file
 * imported since, one per register (units, contracts, ...) changed since, leaving out the costs the run's own approval
 * handed over and the files imported again with the same bytes as their name's import before (imports are idempotent,
 * so such a file changes nothing). A run calculated before them does not include them, and its explanations, which read
 * today's data, may no longer add up to its lines.
 */
public final class RunInputChanges {

    /** The audit log's entity type of an imported file; its key is the file name. */
    public static final String IMPORTED_FILE = "import";

    /** The audit log's action of an imported file. */
    public static final String IMPORTED = "IMPORT";

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
        List<AuditEntry> changes = audit.changesAfter(run.createdAt(), entities).stream()
                .filter(c -> !isOwnHandOver(c, run) && !isRepeatedImport(audit, c)).toList();
        List<RunWarning> warnings = new ArrayList<>();
        String since = " efter att körningen beräknades " + time(run.createdAt()) + "; " + advice(run.state());
        changes.stream().filter(c -> c.entity().equals(IMPORTED_FILE)).forEach(c -> warnings.add(
                new RunWarning(null, CODE, c.entityKey() + " importerad " + time(c.at()) + " av " + c.user() + since)));
        REGISTERS.forEach((entity, name) -> {
            List<AuditEntry> changed = changes.stream().filter(c -> c.entity().equals(entity)).toList();
            if (!changed.isEmpty()) {
                AuditEntry last = changed.getLast();
                warnings.add(new RunWarning(null, CODE, name + " ändrade " + changed.size() + " "
                        + (changed.size() == 1 ? "gång" : "gånger") + ", senast " + time(last.at()) + " av "
                        + last.user() + since));
            }
        });
        return List.copyOf(warnings);
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
