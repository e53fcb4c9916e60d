package se.vardval.fotvard.internal;

import java.time.LocalDate;

/**
 * A row of {@code referrals.csv}: a referral whose {@code validMonths} is null when the file left it to the rulebook
 * ({@code referralValidMonths} of the run that reads it).
 */
record FileReferral(String id, String personId, LocalDate issued, int riskGroup, Integer validMonths,
        String issuerHsaId) {
}
