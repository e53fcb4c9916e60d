package se.vardval.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.vardval.core.domain.AuditEntry;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.RunState;
import se.vardval.core.model.RunWarning;

/**
 * The warnings about a run's inputs changed after it was calculated: one per imported file, one per register with
 * how often and when it last changed, nothing about what runs do not read, and advice by the run's state.
 */
class RunInputChangesTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Instant CALCULATED = Instant.parse("2026-11-24T09:02:00Z");

    /** An audit log holding the given entries. */
    private record Log(List<AuditEntry> entries) implements AuditLog {

        @Override
        public List<AuditEntry> changesAfter(Instant after, Collection<String> entities) {
            return entries.stream().filter(e -> e.at().isAfter(after) && entities.contains(e.entity())).toList();
        }

        @Override
        public void record(String user, String entity, String entityKey, String action, String before,
                String after) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AuditEntry> entries(AuditQuery query) {
            return entries;
        }

        @Override
        public Optional<AuditEntry> previous(AuditEntry entry) {
            return entries.subList(0, entries.indexOf(entry)).reversed().stream()
                    .filter(e -> e.entity().equals(entry.entity()) && e.entityKey().equals(entry.entityKey()))
                    .findFirst();
        }

        @Override
        public List<String> entityTypes() {
            return List.of();
        }

        @Override
        public List<String> users() {
            return List.of();
        }
    }

    private static AuditEntry entry(String at, String user, String entity, String key) {
        return new AuditEntry(0, Instant.parse(at), user, entity, key, "UPDATE", null, "{}");
    }

    /** A file of the given bytes' SHA-256 imported. */
    private static AuditEntry imported(String at, String file, String sha256) {
        return new AuditEntry(0, Instant.parse(at), "greta", "import", file, "IMPORT", null,
                "{\"rows\":12,\"sha256\":\"" + sha256 + "\"}");
    }

    /** A cost handed over by the approval of the run the reference names. */
    private static AuditEntry cost(String at, String reference) {
        return new AuditEntry(0, Instant.parse(at), "bertil", "cost", "SE9 2026-10 LAB", "CREATE", null,
                "{\"hsaId\":\"SE9\",\"amount\":120.00,\"reference\":\"" + reference + "\"}");
    }

    private static PaymentRun run(RunState state) {
        return new PaymentRun(7, "halsoval", YearMonth.of(2026, 10), 2026, state, "f", null, "anna", CALCULATED,
                state == RunState.CALCULATED ? null : "bertil", null, null, BigDecimal.TEN);
    }

    private static List<String> messages(List<RunWarning> warnings) {
        List<String> messages = new ArrayList<>();
        warnings.forEach(w -> {
            assertEquals(RunInputChanges.CODE, w.code());
            assertEquals(null, w.hsaId(), "run-wide");
            messages.add(w.message());
        });
        return messages;
    }

    @Test
    void eachImportedFileAndEachChangedRegisterIsOneWarning() {
        Log log = new Log(List.of(
                entry("2026-11-24T08:00:00Z", "greta", "import", "listings.csv"),
                entry("2026-11-24T10:15:00Z", "greta", "import", "listings.csv"),
                entry("2026-11-24T10:16:00Z", "greta", "contract", "K-1|SE1"),
                entry("2026-11-24T10:20:00Z", "anna", "import", "activities-2026-10.csv"),
                entry("2026-11-24T11:00:00Z", "anna", "contract", "K-2|SE2"),
                entry("2026-11-24T11:05:00Z", "anna", "unit", "SE2"),
                entry("2026-11-24T11:06:00Z", "anna", "rulebook", "halsoval/2027"),
                entry("2026-11-24T11:07:00Z", "anna", "user", "olle")));

        List<RunWarning> warnings = new RunInputChanges(STOCKHOLM).warnings(log, run(RunState.CALCULATED));

        String since = " efter att körningen beräknades 2026-11-24 10:02; körningen räknar inte med det; beräkna "
                + "månaden igen före attest";
        assertEquals(List.of(
                "listings.csv importerad 2026-11-24 11:15 av greta" + since,
                "activities-2026-10.csv importerad 2026-11-24 11:20 av anna" + since,
                "enheter ändrade 1 gång, senast 2026-11-24 12:05 av anna" + since,
                "avtal ändrade 2 gånger, senast 2026-11-24 12:00 av anna" + since), messages(warnings),
                "the import before the run and the changes runs do not read are left out; times in the zone given");
    }

    @Test
    void anApprovedRunIsCorrectedRatherThanCalculatedAgain() {
        Log log = new Log(List.of(entry("2026-11-25T07:00:00Z", "greta", "import", "costs.csv"),
                cost("2026-11-25T06:00:00Z", "halsoval run 7"), cost("2026-11-25T06:00:00Z", "halsoval run 7 LAB-3"),
                cost("2026-11-25T06:00:00Z", "halsoval run 70")));

        assertEquals(List.of("costs.csv importerad 2026-11-25 08:00 av greta efter att körningen beräknades "
                + "2026-11-24 10:02; körningen räknar inte med det; en korrigeringskörning betalar skillnaden",
                "kostnader ändrade 1 gång, senast 2026-11-25 07:00 av bertil efter att körningen beräknades "
                + "2026-11-24 10:02; körningen räknar inte med det; en korrigeringskörning betalar skillnaden"),
                messages(new RunInputChanges(STOCKHOLM).warnings(log, run(RunState.APPROVED))),
                "the costs the run's own approval handed over are no change to its inputs; run 70's are");
        assertEquals(List.of(), new RunInputChanges(STOCKHOLM).warnings(new Log(List.of()), run(RunState.EXPORTED)));
    }

    @Test
    void aFileImportedAgainWithTheSameBytesChangesNothing() {
        Log log = new Log(List.of(imported("2026-11-24T08:00:00Z", "listings.csv", "aa11"),
                imported("2026-11-24T08:00:00Z", "costs.csv", "bb22"),
                imported("2026-11-24T10:15:00Z", "listings.csv", "aa11"),
                imported("2026-11-24T10:16:00Z", "costs.csv", "cc33"),
                imported("2026-11-24T10:17:00Z", "costs.csv", "bb22"),
                imported("2026-11-24T10:18:00Z", "penalties.csv", "dd44")));

        assertEquals(List.of("costs.csv importerad 2026-11-24 11:16", "costs.csv importerad 2026-11-24 11:17",
                "penalties.csv importerad 2026-11-24 11:18"),
                messages(new RunInputChanges(STOCKHOLM).warnings(log, run(RunState.CALCULATED))).stream()
                        .map(m -> m.substring(0, m.indexOf(" av greta"))).toList(),
                "listings.csv again with the bytes the run read is left out; costs.csv back to its bytes after other "
                        + "bytes is compared with the import just before it; a first import is a change");
    }
}
