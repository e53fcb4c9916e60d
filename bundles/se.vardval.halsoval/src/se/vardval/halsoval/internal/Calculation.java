package se.vardval.halsoval.internal;

import java.util.ArrayList;
import java.util.List;

import se.vardval.core.model.ModelResult;
import se.vardval.core.model.PaymentLine;

/** Runs every payment component in order and returns the sorted lines of the units with a contract. */
final class Calculation {

    static final AgeCapitation AGE_CAPITATION = new AgeCapitation();
    static final Cni CNI = new Cni();
    static final DrugCapitation DRUG_CAPITATION = new DrugCapitation();
    static final Sparsity SPARSITY = new Sparsity();

    /** The components in the order they run; VAT compensation last, as it is computed from the lines before it. */
    static final List<PaymentComponent> COMPONENTS = List.of(AGE_CAPITATION, CNI, DRUG_CAPITATION, SPARSITY,
            new VisitPayments(), new Targets(), new Supplementaries(), new Penalties(), new PatientFees(),
            new CostResponsibility(), new VatCompensation());

    private Calculation() {
    }

    /** The run's lines and warnings. */
    static ModelResult calculate(RunContext run) {
        List<PaymentLine> lines = lines(run);
        return ModelResult.sorted(lines, run.warnings());
    }

    /** The lines, sorted by unit and component; lines of units without a contract are left out with a warning. */
    static List<PaymentLine> lines(RunContext run) {
        run.countTallies();
        List<PaymentLine> all = new ArrayList<>();
        for (PaymentComponent component : COMPONENTS) {
            component.addLines(run, all);
        }
        warnOfListingData(run);
        return run.units().paidLines(all, run.inputs().period(),
                "Enheten har listade personer, besök, kostnader eller viten",
                warning -> run.warn(warning.hsaId(), warning.code(), warning.message()));
    }

    private static void warnOfListingData(RunContext run) {
        run.listings().byUnit().forEach((hsaId, tally) -> {
            if (tally.withoutRecord() > 0) {
                run.warn(hsaId, "PERSON_RECORD_MISSING", tally.withoutRecord() + " av de listade saknas i"
                        + " personregistret: ålder och kön tas från personnumret, och de har varken CNI-flaggor eller"
                        + " avstånd.");
            }
        });
        run.listings().invalidPersonIds().forEach((hsaId, count) -> run.warn(hsaId, "INVALID_PERSON_ID",
                "Listningar med ogiltigt personnummer och utan uppgifter i personregistret: " + count
                        + "; de ger ingen ersättning."));
    }
}
