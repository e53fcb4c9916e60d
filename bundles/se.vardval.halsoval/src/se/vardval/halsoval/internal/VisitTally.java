package se.vardval.halsoval.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import se.vardval.core.domain.Activity;
import se.vardval.core.model.RunInputs;
import se.vardval.halsoval.internal.HalsovalParameters.ProfessionGroup;
import se.vardval.halsoval.internal.VisitClass.Kind;

/** One streaming pass over the month's activities that counts each unit's paid visits and patient fees. */
final class VisitTally implements Consumer<Activity> {

    /** The counts of one unit. */
    static final class Counts {
        private final int[][] visits = new int[Kind.values().length][ProfessionGroup.values().length];
        private final int[] charged = new int[ProfessionGroup.values().length];
        private BigDecimal outOfCountyFees = BigDecimal.ZERO;
        private BigDecimal fees = BigDecimal.ZERO;
        private int unknownPersons;

        /** Visits of a kind made at the unit, by profession group. */
        int visits(Kind kind, ProfessionGroup group) {
            return visits[kind.ordinal()][group.ordinal()];
        }

        /** Visits elsewhere by the unit's own listed persons, by profession group. */
        int charged(ProfessionGroup group) {
            return charged[group.ordinal()];
        }

        /** Patient fees paid at the unit for paid out-of-county visits. */
        BigDecimal outOfCountyFees() {
            return outOfCountyFees;
        }

        /** Patient fees paid at the unit, out-of-county visits excepted. */
        BigDecimal fees() {
            return fees;
        }

        /** Unlisted visits by persons the register does not know. */
        int unknownPersons() {
            return unknownPersons;
        }
    }

    private final RunInputs inputs;
    private final Map<String, Counts> byUnit = new TreeMap<>();

    VisitTally(RunInputs inputs) {
        this.inputs = inputs;
    }

    @Override
    public void accept(Activity activity) {
        if (!VisitClass.inRun(activity, inputs)) {
            return;
        }
        Counts counts = counts(activity.hsaId());
        if (!activity.outOfCounty()) {
            counts.fees = counts.fees.add(activity.patientFee());
        }
        VisitClass visit = VisitClass.of(activity, inputs);
        counts.visits[visit.kind().ordinal()][visit.group().ordinal()]++;
        if (visit.kind() == Kind.OUT_OF_COUNTY) {
            counts.outOfCountyFees = counts.outOfCountyFees.add(activity.patientFee());
        } else if (visit.kind() == Kind.OTHER_LISTED) {
            counts(visit.listingUnit()).charged[visit.group().ordinal()]++;
        } else if (visit.kind() == Kind.UNLISTED && inputs.person(activity.personId()).isEmpty()) {
            counts.unknownPersons++;
        }
    }

    private Counts counts(String hsaId) {
        return byUnit.computeIfAbsent(hsaId, u -> new Counts());
    }

    /** The counts of every unit that had activity or whose listed persons visited another unit. */
    Map<String, Counts> byUnit() {
        return byUnit;
    }
}
