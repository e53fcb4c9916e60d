package se.vardval.tandvard.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.Ages;
import se.vardval.core.domain.PersonId;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.PaymentLines;

/**
 * Emergency treatment (activity code {@code emergency=<treatment>}) of a child listed in the vårdval on the day of
 * treatment, within the age limits that day, at another clinic than the listing one: the treating clinic is paid
 * {@code emergencyFee[treatment]} ({@code EMERGENCY_ELSEWHERE}) and the listing clinic is charged the same amount
 * ({@code EMERGENCY_CHARGE}, negative). Treatments that cannot be paid (no contract of the treating clinic, no fee
 * for the code, child not listed or outside the limits) are counted per treating clinic and warned of.
 */
final class EmergencyElsewhere {

    static final String CODE = "EMERGENCY_ELSEWHERE";
    static final String CHARGE = "EMERGENCY_CHARGE";
    static final String CODE_KEY = "emergency";

    /** A paid emergency treatment: the activity, the listing clinic and the fee. */
    record Treatment(Activity activity, String listingHsaId, BigDecimal fee) {
    }

    /** The month's paid treatments and, per treating clinic, the counts of unpaid ones by reason. */
    record Month(List<Treatment> paid, Map<String, Map<String, Integer>> unpaid) {
    }

    private EmergencyElsewhere() {
    }

    /** Sorts the month's emergency treatments into paid and unpaid. */
    static Month month(RunContext run) {
        List<Treatment> paid = new ArrayList<>();
        Map<String, Map<String, Integer>> unpaid = new TreeMap<>();
        YearMonth period = run.inputs().period();
        run.inputs().forEachActivity(a -> {
            String treatment = a.codes().get(CODE_KEY);
            if (treatment == null || !YearMonth.from(a.date()).equals(period)) {
                return;
            }
            Optional<String> listedAt = run.inputs().listedUnitOn(a.personId(), a.date());
            if (listedAt.isPresent() && listedAt.get().equals(a.hsaId())) {
                return;
            }
            String reason = reasonNotPaid(run, a, treatment, listedAt);
            if (reason == null) {
                paid.add(new Treatment(a, listedAt.get(), run.parameters().emergencyFees().get(treatment)));
            } else {
                unpaid.computeIfAbsent(a.hsaId(), u -> new TreeMap<>()).merge(reason, 1, Integer::sum);
            }
        });
        return new Month(List.copyOf(paid), unpaid);
    }

    private static String reasonNotPaid(RunContext run, Activity a, String treatment, Optional<String> listedAt) {
        if (!run.units().contains(a.hsaId())) {
            return "den behandlande kliniken inte har något avtal i vårdvalet";
        }
        if (!run.parameters().emergencyFees().containsKey(treatment)) {
            return "åtgärdskoden '" + treatment + "' inte har någon emergencyFee";
        }
        if (listedAt.isEmpty()) {
            return "barnet inte är listat i vårdvalet";
        }
        LocalDate birth;
        try {
            birth = PersonId.parse(a.personId()).birthDate();
        } catch (IllegalArgumentException e) {
            return "personnumret är ogiltigt";
        }
        if (!run.parameters().withinLimits(Ages.completedYears(birth, a.date()))) {
            return "barnet är utanför åldersgränserna";
        }
        return null;
    }

    /** Adds the lines of the treating and the listing clinics and warns of unpaid treatments. */
    static void addLines(RunContext run, List<PaymentLine> lines) {
        Month month = month(run);
        Map<String, List<BigDecimal>> earned = new TreeMap<>();
        Map<String, List<BigDecimal>> charged = new TreeMap<>();
        for (Treatment t : month.paid()) {
            earned.computeIfAbsent(t.activity().hsaId(), u -> new ArrayList<>()).add(t.fee());
            charged.computeIfAbsent(t.listingHsaId(), u -> new ArrayList<>()).add(t.fee().negate());
        }
        earned.forEach((hsaId, fees) -> add(lines, hsaId, CODE, fees));
        charged.forEach((hsaId, fees) -> add(lines, hsaId, CHARGE, fees));
        month.unpaid().forEach((hsaId, reasons) -> {
            List<String> counts = new ArrayList<>();
            reasons.forEach((reason, n) -> counts.add(n + " eftersom " + reason));
            run.warn(hsaId, "EMERGENCY_NOT_PAID", "Akuttandvård under " + run.inputs().period()
                    + " som inte ersätts: " + String.join("; ", counts) + ".");
        });
    }

    private static void add(List<PaymentLine> lines, String hsaId, String component, List<BigDecimal> fees) {
        BigDecimal sum = fees.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        PaymentLines.add(lines, hsaId, component, BigDecimal.valueOf(fees.size()), sum, BigDecimal.ONE);
    }
}
