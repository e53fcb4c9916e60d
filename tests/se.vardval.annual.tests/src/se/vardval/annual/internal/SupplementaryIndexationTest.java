package se.vardval.annual.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.vardval.annual.IndexedRate;
import se.vardval.annual.Indexation;
import se.vardval.core.domain.Supplementary;

/**
 * Tilläggsuppdrag indexed for 2026 by hand: 480 000 × 1,023 = 491 040 from 1 January with the old row ending on 31
 * December; indexed again, the new row gets the same amount; ended, later and excluded ones are left alone.
 */
class SupplementaryIndexationTest {

    private static final Indexation LPIK = new Indexation(new BigDecimal("2.3"), true, Set.of());
    private static final BigDecimal FACTOR = new BigDecimal("1.023");

    private final Supplementary jour = new Supplementary("HV-8", "JOUR", "Jour i glesbygd", new BigDecimal("480000"),
            LocalDate.of(2020, 1, 1), null);
    private final Supplementary asyl = new Supplementary("HV-4", "ASYL", "Asylsökande", new BigDecimal("120000.50"),
            LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31));
    private final Supplementary ended = new Supplementary("HV-9", "ASYL", "Asylsökande", new BigDecimal("100000"),
            LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
    private final Supplementary later = new Supplementary("HV-9", "JOUR", "Jour", new BigDecimal("50000"),
            LocalDate.of(2026, 3, 1), null);

    @Test
    void eachInForceIntoTheNewYearGetsARowFromNewYearsDayAtLastYearsAmountRaised() {
        SupplementaryIndexation indexed = SupplementaryIndexation.of(List.of(jour, asyl, ended, later), 2026, FACTOR,
                LPIK);

        assertEquals(List.of(new IndexedRate("supplementary.JOUR[HV-8]", new BigDecimal("480000"),
                new BigDecimal("491040")), new IndexedRate("supplementary.ASYL[HV-4]", new BigDecimal("120000.50"),
                        new BigDecimal("122761"))), indexed.report(), "120 000,50 × 1,023 = 122 760,5115 → 122 761");
        assertEquals(List.of(
                new Supplementary("HV-8", "JOUR", "Jour i glesbygd", new BigDecimal("480000"), LocalDate.of(2020, 1, 1),
                        LocalDate.of(2025, 12, 31)),
                new Supplementary("HV-8", "JOUR", "Jour i glesbygd", new BigDecimal("491040"), LocalDate.of(2026, 1, 1),
                        null),
                new Supplementary("HV-4", "ASYL", "Asylsökande", new BigDecimal("120000.50"), LocalDate.of(2024, 1, 1),
                        LocalDate.of(2025, 12, 31)),
                new Supplementary("HV-4", "ASYL", "Asylsökande", new BigDecimal("122761"), LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31))), indexed.changes());
    }

    @Test
    void indexedAgainTheNewYearsRowGetsLastYearsAmountRaisedOnceAgain() {
        List<Supplementary> stored = new ArrayList<>(List.of(
                new Supplementary("HV-8", "JOUR", "Jour i glesbygd", new BigDecimal("480000"), LocalDate.of(2020, 1, 1),
                        LocalDate.of(2025, 12, 31)),
                new Supplementary("HV-8", "JOUR", "Jour i glesbygd", new BigDecimal("491040"), LocalDate.of(2026, 1, 1),
                        null)));

        SupplementaryIndexation again = SupplementaryIndexation.of(stored, 2026, new BigDecimal("1.03"), LPIK);

        assertEquals(List.of(new IndexedRate("supplementary.JOUR[HV-8]", new BigDecimal("480000"),
                new BigDecimal("494400"))), again.report(), "480 000 × 1,03, not 491 040 × 1,03");
        assertEquals(List.of(new Supplementary("HV-8", "JOUR", "Jour i glesbygd", new BigDecimal("494400"),
                LocalDate.of(2026, 1, 1), null)), again.changes(), "the new year's row only, no third row");
        SupplementaryIndexation floored = SupplementaryIndexation.of(stored, 2026, BigDecimal.ONE,
                new Indexation(new BigDecimal("-0.4"), true, Set.of()));
        assertEquals(new BigDecimal("480000"), floored.changes().getFirst().annualAmount(), "back to last year's");
    }

    @Test
    void anExcludedOneOrAFlooredIndexChangesNothing() {
        SupplementaryIndexation excluded = SupplementaryIndexation.of(List.of(jour, asyl), 2026, FACTOR,
                new Indexation(new BigDecimal("2.3"), true, Set.of("supplementary.JOUR")));
        assertEquals(List.of(new IndexedRate("supplementary.JOUR[HV-8]", new BigDecimal("480000"),
                new BigDecimal("480000"))), excluded.report().subList(0, 1));
        assertEquals(2, excluded.changes().size(), "ASYL only: its old row ended and its new one");

        SupplementaryIndexation floored = SupplementaryIndexation.of(List.of(jour), 2026, BigDecimal.ONE,
                new Indexation(new BigDecimal("-0.4"), true, Set.of()));
        assertEquals(List.of(), floored.changes(), "the same amount needs no new row");
    }
}
