package se.vardval.halsoval.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import se.vardval.core.model.ActivityGroup;
import se.vardval.halsoval.internal.HalsovalParameters.ProfessionGroup;
import se.vardval.halsoval.internal.VisitClass.Kind;

/** One pass over the month's activity groups that counts each unit's paid visits and patient fees. */
final class VisitTally implements Consumer<ActivityGroup> {

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

    private final Map<String, Counts> byUnit = new TreeMap<>();

    @Override
    public void accept(ActivityGroup activities) {
        Counts counts = counts(activities.hsaId());
        if (!activities.outOfCounty()) {
            counts.fees = counts.fees.add(activities.patientFees());
        }
        VisitClass visit = VisitClass.of(activities);
        int n = activities.activities();
        counts.visits[visit.kind().ordinal()][visit.group().ordinal()] += n;
        if (visit.kind() == Kind.OUT_OF_COUNTY) {
            counts.outOfCountyFees = counts.outOfCountyFees.add(activities.patientFees());
        } else if (visit.kind() == Kind.OTHER_LISTED) {
            counts(visit.listingUnit()).charged[visit.group().ordinal()] += n;
        } else if (visit.kind() == Kind.UNLISTED && activities.unknownPerson()) {
            counts.unknownPersons += n;
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
