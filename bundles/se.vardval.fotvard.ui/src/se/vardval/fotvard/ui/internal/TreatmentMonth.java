package se.vardval.fotvard.ui.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RejectedItem;

/**
 * A month of foot care as its run paid it: the run, each unit's paid treatments per risk group (the basis and amount
 * of its {@code TREATMENT_RISK<g>} lines), home visits ({@code HOME_VISIT}) and rejected treatments, and every
 * rejected treatment with the risk grade of the referral it names.
 */
record TreatmentMonth(PaymentRun run, List<UnitTreatments> units, List<Rejected> rejected) {

    /** The risk groups that are paid. */
    static final List<Integer> PAID_GROUPS = List.of(2, 3, 4);

    private static final String TREATMENT = "TREATMENT_RISK";
    private static final String HOME_VISIT = "HOME_VISIT";

    /** A rejected treatment at its unit, and the risk grade of the referral it names (null when none is known). */
    record Rejected(RejectedItem item, String unitName, Integer riskGrade) {
    }

    /**
     * A unit's month: paid treatments and their amount per risk group, home visits and their supplement, the number
     * rejected, and the total of all its lines.
     */
    record UnitTreatments(String hsaId, String name, Map<Integer, Integer> paid, Map<Integer, BigDecimal> paidAmount,
            int homeVisits, BigDecimal homeAmount, int rejected, BigDecimal total) {

        /** The units summed up under the name. */
        static UnitTreatments sum(String name, List<UnitTreatments> units) {
            Map<Integer, Integer> paid = new TreeMap<>();
            Map<Integer, BigDecimal> amount = new TreeMap<>();
            for (UnitTreatments u : units) {
                u.paid.forEach((g, n) -> paid.merge(g, n, Integer::sum));
                u.paidAmount.forEach((g, kr) -> amount.merge(g, kr, BigDecimal::add));
            }
            return new UnitTreatments(null, name, paid, amount, units.stream().mapToInt(UnitTreatments::homeVisits)
                    .sum(), units.stream().map(UnitTreatments::homeAmount).reduce(BigDecimal.ZERO, BigDecimal::add),
                    units.stream().mapToInt(UnitTreatments::rejected).sum(),
                    units.stream().map(UnitTreatments::total).reduce(BigDecimal.ZERO, BigDecimal::add));
        }

        /** The paid treatments of every risk group. */
        int paidTreatments() {
            return paid.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * The month of a run from its lines and rejections, the risk grade of each treatment by activity id and the
     * units' names by HSA-id; the units are those with a line or a rejection, by name.
     */
    static TreatmentMonth of(PaymentRun run, List<PaymentLine> lines, List<RejectedItem> rejections,
            Map<String, Integer> riskGrades, Map<String, String> unitNames) {
        TreeSet<String> hsaIds = new TreeSet<>();
        lines.forEach(l -> hsaIds.add(l.hsaId()));
        rejections.forEach(r -> hsaIds.add(r.hsaId()));
        List<UnitTreatments> units = new ArrayList<>();
        for (String hsaId : hsaIds) {
            units.add(unit(hsaId, unitNames.getOrDefault(hsaId, hsaId),
                    lines.stream().filter(l -> l.hsaId().equals(hsaId)).toList(),
                    (int) rejections.stream().filter(r -> r.hsaId().equals(hsaId)).count()));
        }
        units.sort(Comparator.comparing(UnitTreatments::name));
        List<Rejected> rejected = rejections.stream().map(r -> new Rejected(r,
                unitNames.getOrDefault(r.hsaId(), r.hsaId()), riskGrades.get(r.itemId()))).toList();
        return new TreatmentMonth(run, List.copyOf(units), rejected);
    }

    private static UnitTreatments unit(String hsaId, String name, List<PaymentLine> lines, int rejected) {
        Map<Integer, Integer> paid = new TreeMap<>();
        Map<Integer, BigDecimal> amount = new TreeMap<>();
        int homeVisits = 0;
        BigDecimal homeAmount = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (PaymentLine line : lines) {
            total = total.add(line.amount());
            if (line.component().equals(HOME_VISIT)) {
                homeVisits += line.basis().intValueExact();
                homeAmount = homeAmount.add(line.amount());
            } else if (line.component().startsWith(TREATMENT)) {
                int group = Integer.parseInt(line.component().substring(TREATMENT.length()));
                paid.merge(group, line.basis().intValueExact(), Integer::sum);
                amount.merge(group, line.amount(), BigDecimal::add);
            }
        }
        return new UnitTreatments(hsaId, name, paid, amount, homeVisits, homeAmount, rejected, total);
    }
}
