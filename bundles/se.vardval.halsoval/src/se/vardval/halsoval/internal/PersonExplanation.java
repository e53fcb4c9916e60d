package se.vardval.halsoval.internal;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Collectors;

import se.vardval.core.domain.CniFlag;
import se.vardval.core.domain.PersonId;
import se.vardval.core.model.Explanation;
import se.vardval.core.model.PaymentLines;
import se.vardval.core.model.SwedishNumbers;
import se.vardval.halsoval.internal.HalsovalParameters.PatientFeeMode;
import se.vardval.halsoval.internal.HalsovalParameters.Target;
import se.vardval.halsoval.internal.HalsovalParameters.Visits;
import se.vardval.halsoval.internal.VisitClass.Kind;

/** What one person brought each unit in the month: the capitation parts at the listing unit, and the visits. */
final class PersonExplanation {

    private final RunContext run;
    private final String hsaId;
    private final Rows rows;
    private Fraction total = Fraction.ZERO;

    private PersonExplanation(RunContext run, String hsaId, int maxRows) {
        this.run = run;
        this.hsaId = hsaId;
        this.rows = new Rows(maxRows);
    }

    /** Explains the person's amounts, at one unit only when {@code hsaId} is set. */
    static Explanation explain(RunContext run, String personId, String hsaId, int maxRows) {
        String id = PersonId.isValid(personId) ? PersonId.parse(personId).value() : personId.trim();
        PersonExplanation explanation = new PersonExplanation(run, hsaId, maxRows);
        Optional<ListedFacts> listed = run.listed(id);
        listed.ifPresent(explanation::capitation);
        explanation.visits(id);
        String where = listed.map(facts -> "listad vid " + facts.hsaId()).orElse("inte listad i vårdvalet")
                + " den " + run.listingDay();
        return explanation.rows.explanation("Person " + id + " i " + run.inputs().period() + ": " + where
                + "; gav totalt " + SwedishNumbers.kronor(explanation.total.round(2)) + " (exakta andelar innan"
                + " varje enhets rad avrundas, momskompensation ej medräknad).", "Enhet", "Komponent", "Detalj", "Kr");
    }

    private void capitation(ListedFacts person) {
        String unit = person.hsaId();
        AgeCapitation age = Calculation.AGE_CAPITATION;
        add(unit, AgeCapitation.CODE, age.detail(run, person), age.personKr(run, person));
        add(unit, Cni.CODE, cniFactors(person), Calculation.CNI.personKr(run, person));
        DrugCapitation drugs = Calculation.DRUG_CAPITATION;
        add(unit, DrugCapitation.CODE, drugs.detail(run, person), drugs.personKr(run, person));
        Fraction sparsity = Calculation.SPARSITY.personKr(run, person);
        if (sparsity.signum() != 0) {
            add(unit, Sparsity.CODE, "avstånd " + SwedishNumbers.decimal(person.distanceKm()) + " km", sparsity);
        }
        for (Target target : run.parameters().targets()) {
            boolean met = Targets.met(Targets.value(run, target, unit), target);
            add(unit, target.component(), met ? "målet uppnått" : "målet inte uppnått", met
                    ? Fraction.of(target.krPerListedPerYear(), PaymentLines.MONTHS) : Fraction.ZERO);
        }
    }

    /** The person's CNI variables in Swedish, in SCB's order: "barn under 5 år, inflyttad under året". */
    private static String cniFactors(ListedFacts person) {
        return person.cniFlags().isEmpty() ? "ingen CNI-faktor" : "CNI-faktorer: " + person.cniFlags().stream()
                .sorted().map(CniFlag::swedishName).collect(Collectors.joining(", "));
    }

    private void visits(String personId) {
        Visits rates = run.parameters().visits();
        boolean feesReturned = run.parameters().patientFees() == PatientFeeMode.RETURNED_TO_REGION;
        run.inputs().forEachActivityOf(personId, activity -> {
            if (!run.inputs().inRun(activity)) {
                return;
            }
            VisitClass visit = VisitClass.of(activity, run.inputs());
            BigDecimal kr = VisitPayments.visitKr(rates, activity, visit);
            String what = activity.date() + " " + activity.contactType().swedishName() + ", "
                    + activity.profession().swedishName();
            switch (visit.kind()) {
                case OTHER_LISTED -> {
                    add(activity.hsaId(), VisitPayments.OTHER_LISTED, what, Fraction.of(kr));
                    if (rates.chargeListingUnit()) {
                        add(visit.listingUnit(), VisitPayments.CHARGE, what + " vid " + activity.hsaId(),
                                Fraction.of(kr.negate()));
                    }
                }
                case UNLISTED -> add(activity.hsaId(), VisitPayments.UNLISTED, what, Fraction.of(kr));
                case OUT_OF_COUNTY -> add(activity.hsaId(), VisitPayments.OUT_OF_COUNTY, what, Fraction.of(kr));
                case OWN_UNIT, NOT_PAID -> add(activity.hsaId(), "", what + (visit.kind() == Kind.OWN_UNIT
                        ? ": vid listningsenheten, ingen rörlig ersättning" : ": inget ersatt besök"), Fraction.ZERO);
            }
            if (feesReturned && !activity.outOfCounty() && activity.patientFee().signum() != 0) {
                add(activity.hsaId(), PatientFees.CODE, what + " patientavgift",
                        Fraction.of(activity.patientFee().negate()));
            }
        });
    }

    private void add(String unit, String component, String detail, Fraction kr) {
        if (hsaId == null || hsaId.equals(unit)) {
            rows.add(unit, HalsovalComponents.NAMES.nameOf(component, run.codeNames()), detail, Lines.show(kr, 4));
            total = total.plus(kr);
        }
    }
}
