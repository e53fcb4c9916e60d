package se.vardval.fotvard.internal;

import java.time.LocalDate;
import java.util.List;

/** Referrals kept outside the activities, e.g. those imported from {@code referrals.csv}. */
public interface ReferralSource {

    /**
     * The referrals issued from {@code from} to {@code to} inclusive; one whose validity was left to the rulebook is
     * valid {@code defaultValidMonths} months.
     */
    List<Referral> issuedBetween(LocalDate from, LocalDate to, int defaultValidMonths);
}
