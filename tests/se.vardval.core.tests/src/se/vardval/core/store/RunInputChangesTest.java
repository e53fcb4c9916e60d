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
import se.vardval.core.domain.MonthSpan;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.RunState;
import se.vardval.core.model.RunWarning;

/**
 * The warnings about a run's inputs changed after it was calculated: one per imported file, one per approval of a
 * month whose approved payments the run read, one per register with how often and when it last changed, nothing about
 * what runs do not read, and advice by the run's state.
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

    /**
     * The audit entry of run {@code id} of the vårdval's month moving to {@code action} ({@code APPROVED}, ...), a
     * correction of run {@code corrects} when that is not null, as the run store writes it.
     */
    private static AuditEntry runEntry(String at, String action, long id, String careChoice, String period,
            Long corrects) {
        return new AuditEntry(0, Instant.parse(at), "britt", RunInputChanges.PAYMENT_RUN, Long.toString(id), action,
                "{}", "{\"id\":" + id + ",\"careChoice\":\"" + careChoice + "\",\"period\":\"" + period
                        + "\",\"rulebookYear\":2026,\"state\":\"" + action + "\",\"approvedMonthsRead\":null,"
                        + "\"correctsRunId\":" + corrects + "}");
    }

    /** Run 7 of hud's May 2026, which read the approved lines of the months {@code read} (null: none). */
    private static PaymentRun may(RunState state, MonthSpan read) {
        return new PaymentRun(7, "hud", YearMonth.of(2026, 5), 2026, state, "f", read, "anna", CALCULATED,
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

    @Test
    void eachApprovalOfAMonthTheRunReadIsOneWarningNamingTheMonth() {
        Log log = new Log(List.of(
                runEntry("2026-11-24T08:00:00Z", "APPROVED", 2, "hud", "2026-02", null),
                runEntry("2026-11-24T10:15:00Z", "APPROVED", 5, "hud", "2026-03", null),
                runEntry("2026-11-24T10:16:00Z", "EXPORTED", 5, "hud", "2026-03", null),
                runEntry("2026-11-24T10:17:00Z", "APPROVED", 6, "ogon", "2026-03", null),
                runEntry("2026-11-24T10:18:00Z", "APPROVED", 8, "hud", "2026-06", null),
                runEntry("2026-11-24T10:19:00Z", "APPROVED", 9, "hud", "2025-12", null),
                runEntry("2026-11-24T10:30:00Z", "APPROVED", 10, "hud", "2026-02", 2L),
                entry("2026-11-24T10:40:00Z", "anna", "contract", "K-1|SE1")));
        MonthSpan january2April = new MonthSpan(YearMonth.of(2026, 1), YearMonth.of(2026, 4));

        String since = " efter att körningen beräknades 2026-11-24 10:02; körningen räknar inte med det; beräkna "
                + "månaden igen före attest";
        assertEquals(List.of(
                "körning 5 för 2026-03 attesterad 2026-11-24 11:15 av britt" + since,
                "korrigeringskörning 10 för 2026-02 attesterad 2026-11-24 11:30 av britt" + since,
                "avtal ändrade 1 gång, senast 2026-11-24 11:40 av anna" + since),
                messages(new RunInputChanges(STOCKHOLM).warnings(log, may(RunState.CALCULATED, january2April))),
                "February's approval before the run, March's export, ögon's March and hud's months outside the span"
                        + " are left out");
        assertEquals(List.of("avtal ändrade 1 gång, senast 2026-11-24 11:40 av anna" + since),
                messages(new RunInputChanges(STOCKHOLM).warnings(log, may(RunState.CALCULATED, null))),
                "a run that read no approved lines is not changed by any approval");
    }

    @Test
    void anApprovedRunThatReadAMonthApprovedSinceIsCorrected() {
        Log log = new Log(List.of(runEntry("2026-11-25T07:00:00Z", "APPROVED", 5, "hud", "2026-03", null),
                runEntry("2026-11-25T07:05:00Z", "APPROVED", 7, "hud", "2026-05", null)));

        assertEquals(List.of("körning 5 för 2026-03 attesterad 2026-11-25 08:00 av britt efter att körningen "
                + "beräknades 2026-11-24 10:02; körningen räknar inte med det; en korrigeringskörning betalar "
                + "skillnaden"), messages(new RunInputChanges(STOCKHOLM).warnings(log,
                        may(RunState.APPROVED, new MonthSpan(YearMonth.of(2026, 1), YearMonth.of(2026, 5))))),
                "the run's own approval is no change to its inputs, even when it read its own month");
    }
}
