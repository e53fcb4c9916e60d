package se.vardval.halsoval.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.vardval.core.domain.Activity;
import se.vardval.core.model.Explanation;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.PaymentLines;
import se.vardval.core.model.SwedishNumbers;
import se.vardval.halsoval.internal.HalsovalParameters.ProfessionGroup;
import se.vardval.halsoval.internal.HalsovalParameters.VisitRates;
import se.vardval.halsoval.internal.HalsovalParameters.Visits;
import se.vardval.halsoval.internal.VisitClass.Kind;

/**
 * The variable payment per visit: {@code VISITS_OTHER_LISTED}, {@code VISITS_UNLISTED},
 * {@code VISITS_OUT_OF_COUNTY}, and the {@code VISIT_CHARGE} to the unit where a visiting person is listed.
 */
final class VisitPayments implements PaymentComponent {

    static final String OTHER_LISTED = "VISITS_OTHER_LISTED";
    static final String UNLISTED = "VISITS_UNLISTED";
    static final String OUT_OF_COUNTY = "VISITS_OUT_OF_COUNTY";
    static final String CHARGE = "VISIT_CHARGE";

    private static final Set<String> CODES = Set.of(OTHER_LISTED, UNLISTED, OUT_OF_COUNTY, CHARGE);

    @Override
    public void addLines(RunContext run, List<PaymentLine> lines) {
        Visits visits = run.parameters().visits();
        for (Map.Entry<String, VisitTally.Counts> unit : run.visits().byUnit().entrySet()) {
            String hsaId = unit.getKey();
            VisitTally.Counts counts = unit.getValue();
            add(lines, hsaId, OTHER_LISTED, counts, Kind.OTHER_LISTED, visits.otherListed(), BigDecimal.ZERO);
            add(lines, hsaId, UNLISTED, counts, Kind.UNLISTED, visits.unlisted(), BigDecimal.ZERO);
            add(lines, hsaId, OUT_OF_COUNTY, counts, Kind.OUT_OF_COUNTY, visits.outOfCounty(),
                    visits.deductPatientFee() ? counts.outOfCountyFees() : BigDecimal.ZERO);
            if (visits.chargeListingUnit()) {
                BigDecimal charged = BigDecimal.ZERO;
                BigDecimal kr = BigDecimal.ZERO;
                for (ProfessionGroup group : ProfessionGroup.values()) {
                    BigDecimal n = BigDecimal.valueOf(counts.charged(group));
                    charged = charged.add(n);
                    kr = kr.add(n.multiply(visits.otherListed().of(group)));
                }
                Lines.add(lines, hsaId, CHARGE, charged, Fraction.of(kr.negate()));
            }
            if (counts.unknownPersons() > 0) {
                run.warn(hsaId, "VISIT_PERSON_UNKNOWN", "Besök som inte är markerade som utomläns, av personer"
                        + " som saknas i personregistret: " + counts.unknownPersons()
                        + "; de ersätts som besök av olistade.");
            }
        }
    }

    private static void add(List<PaymentLine> lines, String hsaId, String code, VisitTally.Counts counts, Kind kind,
            VisitRates rates, BigDecimal deduction) {
        BigDecimal visits = BigDecimal.ZERO;
        BigDecimal kr = deduction.negate();
        for (ProfessionGroup group : ProfessionGroup.values()) {
            BigDecimal n = BigDecimal.valueOf(counts.visits(kind, group));
            visits = visits.add(n);
            kr = kr.add(n.multiply(rates.of(group)));
        }
        Lines.add(lines, hsaId, code, visits, Fraction.of(kr));
    }

    @Override
    public boolean owns(String component) {
        return CODES.contains(component);
    }

    /** What the visit brings the unit where it was made: its rate, net of the patient fee when so decided. */
    static BigDecimal visitKr(Visits visits, Activity activity, VisitClass visit) {
        return switch (visit.kind()) {
            case OTHER_LISTED -> visits.otherListed().of(visit.group());
            case UNLISTED -> visits.unlisted().of(visit.group());
            case OUT_OF_COUNTY -> visits.outOfCounty().of(visit.group())
                    .subtract(visits.deductPatientFee() ? activity.patientFee() : BigDecimal.ZERO);
            case NOT_PAID, OWN_UNIT -> BigDecimal.ZERO;
        };
    }

    @Override
    public Explanation explain(RunContext run, List<PaymentLine> lines, String hsaId, String component, int maxRows) {
        Visits visits = run.parameters().visits();
        Rows rows = new Rows(maxRows);
        run.inputs().forEachActivity(activity -> {
            if (!run.inputs().inRun(activity)) {
                return;
            }
            boolean charge = CHARGE.equals(component);
            if (!charge && !activity.hsaId().equals(hsaId)) {
                return;
            }
            VisitClass visit = VisitClass.of(activity, run.inputs());
            boolean match = charge ? visit.kind() == Kind.OTHER_LISTED && hsaId.equals(visit.listingUnit())
                    : visit.kind() == kind(component);
            if (match) {
                BigDecimal kr = visitKr(visits, activity, visit);
                rows.add(activity.activityId(), activity.date().toString(), activity.personId(),
                        activity.profession().name(), activity.contactType().name(), activity.hsaId(),
                        visit.listingUnit() == null ? "" : visit.listingUnit(),
                        PaymentLines.show(activity.patientFee()),
                        PaymentLines.show(charge ? kr.negate() : kr));
            }
        });
        String rule = switch (component) {
            case OTHER_LISTED -> "Besök vid enheten av personer som besöksdagen var listade vid en annan enhet";
            case UNLISTED -> "Besök vid enheten av personer som besöksdagen inte var listade i vårdvalet";
            case OUT_OF_COUNTY -> "Utomlänsbesök vid enheten"
                    + (visits.deductPatientFee() ? ", med den betalda patientavgiften avdragen" : "");
            default -> "Besök vid andra enheter av personer listade vid enheten, som debiteras enheten";
        };
        VisitRates rates = switch (component) {
            case UNLISTED -> visits.unlisted();
            case OUT_OF_COUNTY -> visits.outOfCounty();
            default -> visits.otherListed();
        };
        return rows.explanation(rule + "; telefonrecept ersätts aldrig; " + SwedishNumbers.decimal(rates.doctor())
                + " kr per läkarbesök och " + SwedishNumbers.decimal(rates.other()) + " kr per besök hos annan"
                + " yrkesgrupp.",
                "Aktivitet", "Datum", "Personnummer", "Yrkesgrupp", "Kontakt", "Besökt enhet", "Listad vid",
                "Patientavgift", "Kr");
    }

    private static Kind kind(String component) {
        return switch (component) {
            case OTHER_LISTED -> Kind.OTHER_LISTED;
            case UNLISTED -> Kind.UNLISTED;
            default -> Kind.OUT_OF_COUNTY;
        };
    }
}
