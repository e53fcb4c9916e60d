package se.vardval.halsoval.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.vardval.core.model.ModelResult;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RunWarning;
import se.vardval.core.model.SwedishNumbers;

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

    private static final Comparator<PaymentLine> LINE_ORDER = Comparator.comparing(PaymentLine::hsaId)
            .thenComparing(PaymentLine::component);

    private static final Comparator<RunWarning> WARNING_ORDER = Comparator
            .comparing(RunWarning::hsaId, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(RunWarning::code).thenComparing(RunWarning::message);

    private Calculation() {
    }

    /** The run's lines and warnings. */
    static ModelResult calculate(RunContext run) {
        List<PaymentLine> lines = lines(run);
        List<RunWarning> warnings = new ArrayList<>(run.warnings());
        warnings.sort(WARNING_ORDER);
        return new ModelResult(lines, List.copyOf(warnings));
    }

    /** The lines, sorted by unit and component; lines of units without a contract are left out with a warning. */
    static List<PaymentLine> lines(RunContext run) {
        run.countTallies();
        List<PaymentLine> all = new ArrayList<>();
        for (PaymentComponent component : COMPONENTS) {
            component.addLines(run, all);
        }
        warnOfListingData(run);
        List<PaymentLine> paid = new ArrayList<>();
        Map<String, List<PaymentLine>> withoutContract = new TreeMap<>();
        for (PaymentLine line : all) {
            if (run.units().contains(line.hsaId())) {
                paid.add(line);
            } else {
                withoutContract.computeIfAbsent(line.hsaId(), u -> new ArrayList<>()).add(line);
            }
        }
        withoutContract.forEach((hsaId, lines) -> run.warn(hsaId, "UNIT_WITHOUT_CONTRACT", "Enheten har listade"
                + " personer, besök, kostnader eller viten under " + run.inputs().period() + " men inget avtal i"
                + " vårdvalet, så dess rader betalas inte ut: " + lines.size() + " st, totalt " + SwedishNumbers
                        .kronor(lines.stream().map(PaymentLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                + ". Komponenter: " + String.join(", ", lines.stream().map(PaymentLine::component).toList()) + "."));
        paid.sort(LINE_ORDER);
        return List.copyOf(paid);
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
