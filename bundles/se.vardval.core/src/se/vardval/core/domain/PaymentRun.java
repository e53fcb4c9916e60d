package se.vardval.core.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * One computed month of one vårdval: the rulebook year it used, the fingerprint of its inputs, the months whose
 * approved payments its calculation read ({@code approvedMonthsRead}, null when it read none), who calculated and
 * approved it, and the total of its lines. {@code correctsRunId} is set for a correction run.
 */
public record PaymentRun(long id, String careChoice, YearMonth period, int rulebookYear, RunState state,
        String inputsFingerprint, MonthSpan approvedMonthsRead, String createdBy, Instant createdAt,
        String approvedBy, Instant approvedAt, Long correctsRunId, BigDecimal total) {
}
