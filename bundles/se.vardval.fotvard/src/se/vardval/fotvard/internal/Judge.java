package se.vardval.fotvard.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.Ages;
import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.Profession;

/**
 * Decides, treatment by treatment in order of date and activity id, which treatments are paid: by a podiatrist at a
 * unit with a contract, on a known referral of the same person, on a day from its issue through its last valid day, for
 * risk grade II–IV, to a person aged at least {@code minAge}, and within the risk group's quota of paid treatments per
 * person and referral year: the person's treatments paid on any referral since the start of the referral year the
 * treatment falls in count, so that a second referral gives no second quota. The treatments of earlier months count
 * toward the quota as they would have been judged under these parameters (their units' contracts are not checked
 * again); only the month's treatments are returned.
 */
final class Judge {

    /** The activity code naming the referral a treatment is given on. */
    static final String REFERRAL = "referral";
    /** The activity code marking a treatment given in the person's home. */
    static final String HOME = "home";

    private static final Comparator<Activity> ORDER = Comparator.comparing(Activity::date)
            .thenComparing(Activity::activityId);

    private final FotvardParameters parameters;
    private final Map<String, Referral> referrals;
    private final Function<String, LocalDate> birthDate;
    private final Map<String, List<LocalDate>> paidDaysByPerson = new HashMap<>();

    /**
     * A judge of treatments under the parameters, with the referrals by id and the persons' birth dates by person
     * id.
     */
    Judge(FotvardParameters parameters, Map<String, Referral> referrals, Function<String, LocalDate> birthDate) {
        this.parameters = parameters;
        this.referrals = referrals;
        this.birthDate = birthDate;
    }

    /**
     * The decisions of the month's treatments (given at {@code contractUnits} or rejected), after the earlier
     * treatments of {@code history} have been counted toward the quota.
     */
    List<Decision> judge(List<Activity> history, List<Activity> month, Set<String> contractUnits) {
        history.stream().sorted(ORDER).forEach(this::decide);
        List<Decision> decisions = new ArrayList<>();
        month.stream().sorted(ORDER).forEach(t -> decisions.add(
                contractUnits.contains(t.hsaId()) ? decide(t)
                        : Decision.rejected(t, null, Rejection.NO_CONTRACT,
                                "enheten " + t.hsaId() + " har inget avtal om medicinsk fotvård under månaden")));
        return List.copyOf(decisions);
    }

    private Decision decide(Activity t) {
        if (t.profession() != Profession.PODIATRIST) {
            return Decision.rejected(t, null, Rejection.NOT_PODIATRIST,
                    "utförd av " + t.profession() + ", inte av en fotterapeut");
        }
        String id = t.codes().get(REFERRAL);
        Referral referral = id == null ? null : referrals.get(id);
        if (referral == null) {
            return Decision.rejected(t, null, Rejection.NO_REFERRAL,
                    id == null ? "behandlingen anger ingen remiss" : "remiss " + id + " är okänd");
        }
        Decision refused = referralProblem(t, referral);
        if (refused != null) {
            return refused;
        }
        LocalDate yearStart = referral.yearStart(referral.yearOf(t.date()));
        List<LocalDate> paidDays = paidDaysByPerson.computeIfAbsent(t.personId(), p -> new ArrayList<>());
        long paid = paidDays.stream().filter(day -> !day.isBefore(yearStart)).count();
        int quota = parameters.quota(referral.riskGroup());
        if (paid >= quota) {
            return Decision.rejected(t, referral, Rejection.OVER_QUOTA, "riskgrupp " + referral.riskGroup()
                    + " ersätter " + quota + " behandling(ar) per person och remissår; " + paid
                    + " redan betalda för personen under året från " + yearStart);
        }
        paidDays.add(t.date());
        return paid(t, referral);
    }

    private Decision referralProblem(Activity t, Referral r) {
        if (!r.personId().equals(t.personId())) {
            return Decision.rejected(t, r, Rejection.REFERRAL_OTHER_PERSON,
                    "remiss " + r.id() + " är utfärdad för en annan person");
        }
        if (t.date().isBefore(r.issued())) {
            return Decision.rejected(t, r, Rejection.REFERRAL_NOT_YET_ISSUED,
                    "remiss " + r.id() + " utfärdades " + r.issued() + ", efter behandlingen");
        }
        if (t.date().isAfter(r.lastValidDay())) {
            return Decision.rejected(t, r, Rejection.REFERRAL_EXPIRED,
                    "remiss " + r.id() + " gällde till och med " + r.lastValidDay());
        }
        if (!FotvardParameters.RISK_GROUPS.contains(r.riskGroup())) {
            return Decision.rejected(t, r, Rejection.RISK_GRADE_I,
                    "remiss " + r.id() + " gäller riskgrad I, som inte ersätts");
        }
        int age = Ages.completedYears(birthDate.apply(t.personId()), t.date());
        if (age < parameters.minAge()) {
            return Decision.rejected(t, r, Rejection.UNDER_MIN_AGE,
                    "patienten var " + age + " år; vårdvalet ersätter från " + parameters.minAge() + " år");
        }
        return null;
    }

    private Decision paid(Activity t, Referral referral) {
        BigDecimal fee = parameters.fee(referral.riskGroup());
        BigDecimal deducted = parameters.deductPatientFee() ? t.patientFee().min(fee) : BigDecimal.ZERO;
        boolean home = "true".equals(t.codes().get(HOME)) || t.contactType() == ContactType.HOME;
        return Decision.paid(t, referral, fee, deducted, home ? parameters.homeVisitSupplement() : BigDecimal.ZERO);
    }
}
