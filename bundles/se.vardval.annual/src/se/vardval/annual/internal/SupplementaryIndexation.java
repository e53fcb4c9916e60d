package se.vardval.annual.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.vardval.annual.IndexedRate;
import se.vardval.annual.Indexation;
import se.vardval.core.domain.Supplementary;

/**
 * Raises the annual amounts of a vårdval's tilläggsuppdrag for a new year by LPIK, as the rulebook's annual rates: a
 * tilläggsuppdrag in force on the last day of the year before and still after it gets a row of its own from 1 January
 * at last year's amount × (1 + LPIK/100) in whole kronor (half-up), the old row ending on 31 December. Indexing again
 * sets that row's amount anew from last year's instead of raising it twice. Each is reported under the path
 * {@code supplementary.<code>[<contract>]}, which {@code excludeFromIndex} may name (or {@code supplementary} for all).
 */
final class SupplementaryIndexation {

    /** The path prefix of the tilläggsuppdrag in the indexation's report and exclusions. */
    static final String PATH = "supplementary";

    private final List<IndexedRate> report = new ArrayList<>();
    private final List<Supplementary> changes = new ArrayList<>();

    private SupplementaryIndexation() {
    }

    /** Indexes the tilläggsuppdrag for {@code year} with the report's {@code factor}. */
    static SupplementaryIndexation of(List<Supplementary> supplementaries, int year, BigDecimal factor,
            Indexation indexation) {
        SupplementaryIndexation indexed = new SupplementaryIndexation();
        LocalDate lastDay = LocalDate.of(year - 1, 12, 31);
        for (Supplementary base : supplementaries) {
            Optional<Supplementary> newYear = newYearRow(supplementaries, base, year);
            if (base.validOn(lastDay) && (base.validOn(lastDay.plusDays(1)) || newYear.isPresent())) {
                indexed.index(base, newYear, year, factor, indexation);
            }
        }
        return indexed;
    }

    /** The row of the same tilläggsuppdrag starting on 1 January of the year, made by an earlier indexation. */
    private static Optional<Supplementary> newYearRow(List<Supplementary> supplementaries, Supplementary base,
            int year) {
        return supplementaries.stream().filter(s -> s.contractId().equals(base.contractId())
                && s.code().equals(base.code()) && s.validFrom().equals(LocalDate.of(year, 1, 1))).findFirst();
    }

    private void index(Supplementary base, Optional<Supplementary> newYear, int year, BigDecimal factor,
            Indexation indexation) {
        String path = PATH + "." + base.code() + "[" + base.contractId() + "]";
        BigDecimal amount = base.annualAmount();
        if (indexation.excludes(path)) {
            report.add(new IndexedRate(path, amount, newYear.map(Supplementary::annualAmount).orElse(amount)));
            return;
        }
        BigDecimal after = indexation.floored() ? amount : amount.multiply(factor).setScale(0, RoundingMode.HALF_UP);
        report.add(new IndexedRate(path, amount, after));
        if (newYear.isPresent()) {
            Supplementary row = newYear.get();
            changes.add(new Supplementary(row.contractId(), row.code(), row.name(), after, row.validFrom(),
                    row.validTo()));
        } else if (after.compareTo(amount) != 0) {
            LocalDate newYearsDay = LocalDate.of(year, 1, 1);
            changes.add(new Supplementary(base.contractId(), base.code(), base.name(), amount, base.validFrom(),
                    newYearsDay.minusDays(1)));
            changes.add(new Supplementary(base.contractId(), base.code(), base.name(), after, newYearsDay,
                    base.validTo()));
        }
    }

    /** Every tilläggsuppdrag indexed: last year's amount and the new year's. */
    List<IndexedRate> report() {
        return List.copyOf(report);
    }

    /** The rows to save: old rows ending on 31 December and the new year's rows. */
    List<Supplementary> changes() {
        return List.copyOf(changes);
    }
}
