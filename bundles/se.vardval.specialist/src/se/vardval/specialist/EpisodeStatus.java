package se.vardval.specialist;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A paid care episode as the specialist model follows it: the patient, the episode code, the unit paid for it, the
 * day it opened, the last day of its warranty, how many follow-ups and re-operations fell within the warranty, and
 * its PROM result (null when none yet).
 */
public record EpisodeStatus(String personId, String episode, String hsaId, LocalDate start, LocalDate warrantyEnd,
        int followUps, int reoperations, BigDecimal promDelta) {

    /** Whether the warranty still covers the day. */
    public boolean underWarranty(LocalDate day) {
        return !day.isAfter(warrantyEnd);
    }
}
