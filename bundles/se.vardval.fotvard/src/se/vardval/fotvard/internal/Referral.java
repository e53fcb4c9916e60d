package se.vardval.fotvard.internal;

import java.time.LocalDate;

/**
 * A remiss to medical foot care: its id, the person, the day it was issued, the risk grade (1–4), how many months it
 * is valid and the issuing unit; {@code source} says where it was read (an activity or a referrals file). It is valid
 * from the day of issue through the day before the same day {@code validMonths} months later, and its referral years
 * run from the day of issue: year k from {@code issued + k years} through the day before {@code issued + k+1 years}.
 */
public record Referral(String id, String personId, LocalDate issued, int riskGroup, int validMonths, String issuerHsaId,
        String source) {

    /** The last day a treatment may be given on this referral. */
    LocalDate lastValidDay() {
        return issued.plusMonths(validMonths).minusDays(1);
    }

    /** The referral year (0 the first) the day falls in; the day must not be before the issue. */
    int yearOf(LocalDate day) {
        int year = 0;
        while (!issued.plusYears(year + 1L).isAfter(day)) {
            year++;
        }
        return year;
    }

    /** The first day of the referral year. */
    LocalDate yearStart(int year) {
        return issued.plusYears(year);
    }
}
