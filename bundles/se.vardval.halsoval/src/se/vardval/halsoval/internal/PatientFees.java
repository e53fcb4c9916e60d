package se.vardval.halsoval.internal;

import java.util.List;
import java.util.Map;

import se.vardval.core.model.Explanation;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.PaymentLines;
import se.vardval.halsoval.internal.HalsovalParameters.PatientFeeMode;

/**
 * {@code PATIENT_FEES}: when the rulebook returns patient fees to the region, the fees the unit took in the month
 * (out-of-county visits excepted) are deducted.
 */
final class PatientFees implements PaymentComponent {

    static final String CODE = "PATIENT_FEES";

    @Override
    public void addLines(RunContext run, List<PaymentLine> lines) {
        if (run.parameters().patientFees() != PatientFeeMode.RETURNED_TO_REGION) {
            return;
        }
        for (Map.Entry<String, VisitTally.Counts> unit : run.visits().byUnit().entrySet()) {
            Lines.add(lines, unit.getKey(), CODE, unit.getValue().fees(), Fraction.of(unit.getValue().fees().negate()));
        }
    }

    @Override
    public boolean owns(String component) {
        return CODE.equals(component);
    }

    @Override
    public Explanation explain(RunContext run, List<PaymentLine> lines, String hsaId, String component, int maxRows) {
        Rows rows = new Rows(maxRows);
        if (run.parameters().patientFees() == PatientFeeMode.RETURNED_TO_REGION) {
            run.inputs().forEachActivity(activity -> {
                if (run.inputs().inRun(activity) && activity.hsaId().equals(hsaId)
                        && !activity.outOfCounty() && activity.patientFee().signum() != 0) {
                    rows.add(activity.activityId(), activity.date().toString(), activity.personId(),
                            activity.contactType().name(), PaymentLines.show(activity.patientFee().negate()));
                }
            });
        }
        return rows.explanation("patientFees.mode = " + run.parameters().patientFees()
                + (run.parameters().patientFees() == PatientFeeMode.RETURNED_TO_REGION
                        ? ": patientavgifterna för enhetens aktiviteter under månaden, utom utomlänsbesöken, går"
                                + " tillbaka till regionen."
                        : ": enheten behåller sina patientavgifter."),
                "Aktivitet", "Datum", "Personnummer", "Kontakt", "Kr");
    }
}
