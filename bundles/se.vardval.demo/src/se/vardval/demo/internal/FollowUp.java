package se.vardval.demo.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import se.vardval.core.domain.CniFlag;
import se.vardval.core.domain.CostCategory;

/**
 * Writes the files measured per unit and month from the listed population: costs in every category, SCB's CNI
 * delivery (consistent with the persons' flags), the indicators and a few penalties.
 */
final class FollowUp {

    /** Kronor per listed person and month for each category, in the order of {@link CostCategory}. */
    private static final double[] COST_PER_LISTED = { 150, 28, 16, 22, 4, 11, 9, 6 };
    private static final long SEX_SPLIT_SEED = 1_703L;
    private static final List<String> PENALTY_REASONS = List.of("Bristande telefontillgänglighet",
            "Vårdgarantin ej uppfylld", "Brister i journalföring", "Sen rapportering av uppgifter");

    private final RegionPlan plan;
    private final UnitMonthTotals totals;
    private final SplittableRandom random;
    private final SplittableRandom sexSplit = new SplittableRandom(SEX_SPLIT_SEED);
    private final YearMonth from;
    private final int months;

    FollowUp(RegionPlan plan, UnitMonthTotals totals, SplittableRandom random, YearMonth from, int months) {
        this.plan = plan;
        this.totals = totals;
        this.random = random;
        this.from = from;
        this.months = months;
    }

    void writeCosts(CsvOut out) throws IOException {
        for (int month = 0; month < months; month++) {
            YearMonth period = from.plusMonths(month);
            for (DemoUnit unit : plan.units()) {
                for (CostCategory category : CostCategory.values()) {
                    double perListed = COST_PER_LISTED[category.ordinal()] * (0.85 + 0.3 * random.nextDouble());
                    if (category == CostCategory.PATIENT_TRANSPORT) {
                        perListed *= 1 + unit.municipality().maxKm() / 100.0;
                    }
                    BigDecimal amount = BigDecimal.valueOf(perListed * totals.listed(unit, month))
                            .setScale(2, RoundingMode.HALF_UP);
                    out.row(unit.hsaId(), period, category, amount,
                            String.format("F%s-%04d-%s", period, unit.index() + 1, category.ordinal() + 1));
                }
            }
        }
    }

    /** Index = Σ SCB weight × count; CNI = index / population / reference, the reference being the region's mean. */
    void writeCniUnits(CsvOut out) throws IOException {
        for (int month = 0; month < months; month++) {
            BigDecimal regionIndex = BigDecimal.ZERO;
            long regionPopulation = 0;
            for (DemoUnit unit : plan.units()) {
                regionIndex = regionIndex.add(index(unit, month));
                regionPopulation += totals.listed(unit, month);
            }
            if (regionPopulation == 0) {
                continue;
            }
            BigDecimal reference = regionIndex.divide(BigDecimal.valueOf(regionPopulation), MathContext.DECIMAL128);
            for (DemoUnit unit : plan.units()) {
                int population = totals.listed(unit, month);
                if (population > 0) {
                    writeCniUnit(out, unit, month, population, reference);
                }
            }
        }
    }

    private void writeCniUnit(CsvOut out, DemoUnit unit, int month, int population, BigDecimal reference)
            throws IOException {
        BigDecimal index = index(unit, month);
        BigDecimal cni = index.divide(BigDecimal.valueOf(population), MathContext.DECIMAL128)
                .divide(reference, 6, RoundingMode.HALF_UP);
        Object[] row = new Object[5 + CniFlag.values().length];
        row[0] = unit.hsaId();
        row[1] = from.plusMonths(month);
        row[2] = population;
        for (CniFlag flag : CniFlag.values()) {
            row[3 + flag.ordinal()] = totals.flagged(unit, month, flag);
        }
        row[row.length - 2] = index;
        row[row.length - 1] = cni;
        out.row(row);
    }

    private BigDecimal index(DemoUnit unit, int month) {
        BigDecimal index = BigDecimal.ZERO;
        for (CniFlag flag : CniFlag.values()) {
            index = index.add(flag.scbWeight().multiply(BigDecimal.valueOf(totals.flagged(unit, month, flag))));
        }
        return index;
    }

    /**
     * {@code CARE_GUARANTEE_3} (first assessment within three days) and {@code PHONE_ACCESS} per unit and month, for
     * everyone and for women and men.
     */
    void writeIndicators(CsvOut out) throws IOException {
        for (int month = 0; month < months; month++) {
            YearMonth period = from.plusMonths(month);
            for (DemoUnit unit : plan.units()) {
                int listed = totals.listed(unit, month);
                indicator(out, unit, period, "CARE_GUARANTEE_3", Math.max(1, listed / 25), unit.careGuaranteeRate());
                indicator(out, unit, period, "PHONE_ACCESS", Math.max(1, listed / 10), unit.phoneAccessRate());
            }
        }
    }

    /**
     * One indicator's row for everyone and its split into women and men, which sum to it; the split draws from its
     * own generator so that the rows for everyone and the rest of the region stay as they were.
     */
    private void indicator(CsvOut out, DemoUnit unit, YearMonth period, String indicator, int denominator,
            double rate) throws IOException {
        double noisy = Math.min(1, Math.max(0, rate + 0.06 * (random.nextDouble() - 0.5)));
        long numerator = Math.round(noisy * denominator);
        out.row(unit.hsaId(), period, indicator, null, numerator, denominator);
        long women = Math.round(denominator * sexSplit.nextDouble(0.42, 0.58));
        long womenNumerator = Math.round(numerator * (double) women / denominator + sexSplit.nextDouble(-2, 2));
        womenNumerator = Math.min(Math.min(women, numerator), Math.max(womenNumerator,
                Math.max(0, numerator - (denominator - women))));
        out.row(unit.hsaId(), period, indicator, "F", womenNumerator, women);
        out.row(unit.hsaId(), period, indicator, "M", numerator - womenNumerator, denominator - women);
    }

    /** About one penalty a year per five units, none twice for a unit on one day. */
    void writePenalties(CsvOut out) throws IOException {
        int count = Math.max(2, plan.units().size() * months / 60);
        LocalDate first = from.atDay(1);
        LocalDate last = from.plusMonths(months - 1L).atEndOfMonth();
        Set<String> decided = new HashSet<>();
        while (decided.size() < count) {
            DemoUnit unit = plan.units().get(random.nextInt(plan.units().size()));
            LocalDate day = Draw.day(random, first, last);
            if (decided.add(unit.hsaId() + day)) {
                out.row(unit.hsaId(), day, 1 + random.nextInt(4),
                        PENALTY_REASONS.get(random.nextInt(PENALTY_REASONS.size())));
            }
        }
    }
}
