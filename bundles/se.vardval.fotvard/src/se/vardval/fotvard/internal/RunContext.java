package se.vardval.fotvard.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.PersonId;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.ParameterProblem;
import se.vardval.core.model.RunInputs;
import se.vardval.core.model.RunWarning;
import se.vardval.core.service.UserError;

/**
 * One month's run of the model: the inputs, the parsed parameters, the referrals (from referral activities and from
 * {@code referrals.csv}, when a source of it is given) and the treatments read from the activities (the month's, and
 * the year before it for the quota), and the warnings found.
 */
final class RunContext {

    /** The longest validity a referral of {@code referrals.csv} may have. */
    private static final int MAX_VALID_MONTHS = 120;

    private final RunInputs inputs;
    private final FotvardParameters parameters;
    private final Referrals referrals;
    private final List<Activity> history = new ArrayList<>();
    private final List<Activity> month = new ArrayList<>();
    private final List<RunWarning> warnings = new ArrayList<>();
    private List<Decision> decisions;

    private RunContext(RunInputs inputs, FotvardParameters parameters) {
        this.inputs = inputs;
        this.parameters = parameters;
        this.referrals = new Referrals(parameters.referralValidMonths());
    }

    /**
     * Prepares a run and reads its referrals and treatments.
     *
     * @throws UserError naming every problem when the rulebook's parameters are invalid
     */
    static RunContext of(RunInputs inputs, ReferralSource referralFile) {
        ParameterProblem.requireNone("Medicinsk fotvård", ParameterValidator.validate(inputs.parameters()));
        RunContext run = new RunContext(inputs, FotvardParameters.parse(inputs.parameters()));
        run.read(referralFile);
        return run;
    }

    /**
     * Sorts the activities from the earliest day a referral still valid for a treatment of the year before the month
     * may have been issued through the month's end into referrals, earlier treatments (the year before the month)
     * and the month's treatments.
     */
    private void read(ReferralSource referralFile) {
        YearMonth period = inputs.period();
        LocalDate monthStart = period.atDay(1);
        LocalDate historyStart = monthStart.minusYears(1);
        LocalDate earliestReferral = historyStart.minusMonths(parameters.referralValidMonths());
        if (referralFile != null) {
            referralFile.issuedBetween(historyStart.minusMonths(MAX_VALID_MONTHS), period.atEndOfMonth(),
                    parameters.referralValidMonths()).forEach(referrals::add);
        }
        inputs.forEachActivityBetween(earliestReferral, period.atEndOfMonth(), a -> {
            if (referrals.addActivity(a) || a.date().isBefore(historyStart)) {
                return;
            }
            (a.date().isBefore(monthStart) ? history : month).add(a);
        });
        referrals.unusable().stream().collect(Collectors.groupingBy(Activity::hsaId, java.util.TreeMap::new,
                Collectors.counting())).forEach((hsaId, n) -> warn(hsaId, "REFERRAL_NOT_USABLE",
                        "Remissaktiviteter med riskkod men utan remiss-id eller som inte är fysiska besök: " + n
                                + "; de används inte som remisser."));
    }

    /** The month's treatments judged, in order of date and activity id. */
    List<Decision> decisions() {
        if (decisions == null) {
            Set<String> units = inputs.units().stream().map(Unit::hsaId).collect(Collectors.toCollection(TreeSet::new));
            decisions = new Judge(parameters, referrals.byId(), RunContext::birthDate).judge(history, month, units);
        }
        return decisions;
    }

    /**
     * The patient's birth date from the personnummer, which the person register's birth date must agree with
     * (data-formats.md): no register look-up for each of the month's thousands of patients.
     */
    private static LocalDate birthDate(String personId) {
        return PersonId.parse(personId).birthDate();
    }

    RunInputs inputs() {
        return inputs;
    }

    FotvardParameters parameters() {
        return parameters;
    }

    void warn(String hsaId, String code, String message) {
        warnings.add(new RunWarning(hsaId, code, message));
    }

    List<RunWarning> warnings() {
        return warnings;
    }
}
