package se.vardval.tandvard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.vardval.tandvard.internal.Fixtures.kr;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RunWarning;

/**
 * The year-end payout of the risk pool in the December 2025 run: Folktandvården A, private clinics P and Q. January
 * to November each withheld 12.17 kr (approved), and December withholds P's 9.17 kr (2.5 % of 366.67), so the pool
 * is 11 × 12.17 + 9.17 = 143.04 kr; high-need treatments over 2025: P 5, Q 2, A 4.
 */
class RiskPoolPayoutTest {

    static final YearMonth DECEMBER = YearMonth.of(2025, 12);

    private static TestInputs december(ObjectNode parameters) {
        TestInputs inputs = new TestInputs(DECEMBER, parameters).unit("A").unit("P", TestInputs.PRIVATE)
                .unit("Q", TestInputs.PRIVATE);
        return CapitationTest.clinicA(inputs, "P");
    }

    private static PoolYear year(Set<YearMonth> approved, Map<String, Long> treatments) {
        Map<YearMonth, BigDecimal> withheld = new TreeMap<>();
        approved.forEach(m -> withheld.put(m, kr("-12.17")));
        return new PoolYear(DECEMBER, withheld, approved, treatments);
    }

    private static Set<YearMonth> januaryToNovember() {
        Set<YearMonth> months = new TreeSet<>();
        for (int m = 1; m <= 11; m++) {
            months.add(YearMonth.of(2025, m));
        }
        return months;
    }

    private static final Map<String, Long> TREATMENTS = Map.of("P", 5L, "Q", 2L, "A", 4L);

    /** The December lines with the payout, and the run's warnings. */
    private static List<PaymentLine> payout(ObjectNode parameters, PoolYear year, List<RunWarning> warnings) {
        RunContext run = RunContext.of(december(parameters));
        List<PaymentLine> lines = new ArrayList<>();
        Capitation.addLines(run, lines);
        RiskPool.addLines(run, lines);
        assertEquals(kr("-9.17"), lines.stream().filter(l -> l.component().equals(RiskPool.CODE)).findFirst()
                .orElseThrow().amount());
        RiskPoolPayout.addLines(run, lines, year);
        warnings.addAll(run.warnings());
        return lines.stream().filter(l -> l.component().equals(RiskPoolPayout.CODE)).toList();
    }

    @Test
    void thePoolIsSharedByPrivateClinicsInProportionToHighNeedTreatmentsWithTheOreByLargestRemainder() {
        List<RunWarning> warnings = new ArrayList<>();
        List<PaymentLine> lines = payout(Fixtures.parameters(), year(januaryToNovember(), TREATMENTS), warnings);
        // 14304 öre × 5 / 7 = 10217 r 1, × 2 / 7 = 4086 r 6: the öre left goes to Q; rate 143.04 / 7
        assertEquals(List.of(new PaymentLine("P", "RISK_POOL_PAYOUT", kr("5"), kr("20.434286"), kr("102.17")),
                new PaymentLine("Q", "RISK_POOL_PAYOUT", kr("2"), kr("20.434286"), kr("40.87"))), lines);
        assertEquals(List.of(new RunWarning("A", "RISK_POOL_TREATMENTS_NOT_COUNTED", "Behandlingar vid stort"
                + " vårdbehov under 2025-01–2025-12 som inte delar riskpoolen: 4; kliniken tillhör inte en privat"
                + " vårdgivare (payoutTo PRIVATE).")), warnings.stream().filter(w -> w.code().startsWith("RISK_POOL"))
                        .toList());
    }

    @Test
    void withPayoutToAllFolktandvardenSharesTheSamePool() {
        ObjectNode p = Fixtures.parameters();
        ((ObjectNode) p.get("riskPool")).put("payoutTo", "ALL");
        List<PaymentLine> lines = payout(p, year(januaryToNovember(), TREATMENTS), new ArrayList<>());
        // 14304 × 5, 2, 4 / 11 = 6501 r 9, 2600 r 8, 5201 r 5: two öre left, to P and Q
        assertEquals(Map.of("A", kr("52.01"), "P", kr("65.02"), "Q", kr("26.01")), amounts(lines));
        assertEquals(kr("143.04"), sum(lines));
    }

    @Test
    void theMonthsWithoutApprovedRunAreNamedAndTheirWithholdingIsNotInThePool() {
        Set<YearMonth> approved = januaryToNovember();
        approved.remove(YearMonth.of(2025, 3));
        approved.remove(YearMonth.of(2025, 4));
        List<RunWarning> warnings = new ArrayList<>();
        List<PaymentLine> lines = payout(Fixtures.parameters(), year(approved, TREATMENTS), warnings);
        assertEquals(kr("118.70"), sum(lines), "9 × 12.17 + 9.17");
        assertTrue(warnings.contains(new RunWarning(null, "RISK_POOL_MONTH_NOT_APPROVED", "Riskpoolen för"
                + " 2025-01–2025-12 saknar 2025-03, 2025-04: de månaderna har ingen attesterad körning. När de har"
                + " attesterats: beräkna 2025-12 igen, eller korrigera den om den redan är attesterad, så betalas det"
                + " som de håller inne ut.")), warnings.toString());
    }

    @Test
    void withoutHighNeedTreatmentsAtSharingClinicsNothingIsPaidAndThePoolIsReported() {
        List<RunWarning> warnings = new ArrayList<>();
        List<PaymentLine> lines = payout(Fixtures.parameters(), year(januaryToNovember(), Map.of("A", 3L, "Z",
                1L)), warnings);
        assertEquals(List.of(), lines);
        assertTrue(warnings.contains(new RunWarning(null, "RISK_POOL_NOT_PAID", "Riskpoolen på 143,04 kr"
                + " (2025-01–2025-12) betalas inte ut: ingen behandling vid stort vårdbehov vid en klinik som delar"
                + " den.")), warnings.toString());
        assertTrue(warnings.contains(new RunWarning("Z", "RISK_POOL_TREATMENTS_NOT_COUNTED", "Behandlingar vid"
                + " stort vårdbehov under 2025-01–2025-12 som inte delar riskpoolen: 1; kliniken har inget avtal i"
                + " 2025-12.")), warnings.toString());
    }

    @Test
    void thePayoutsAlwaysSumToWhatWasWithheld() {
        Random random = new Random(2025);
        for (int round = 0; round < 200; round++) {
            Map<YearMonth, BigDecimal> withheld = new TreeMap<>();
            januaryToNovember().forEach(m -> withheld.put(m, BigDecimal.valueOf(-random.nextLong(10_000_000L), 2)));
            Map<String, Long> treatments = Map.of("P", (long) random.nextInt(1, 900), "Q",
                    (long) random.nextInt(0, 900), "A", (long) random.nextInt(0, 900));
            RunContext run = RunContext.of(december(Fixtures.parameters()));
            List<PaymentLine> lines = new ArrayList<>();
            Capitation.addLines(run, lines);
            RiskPool.addLines(run, lines);
            RiskPoolPayout.addLines(run, lines, new PoolYear(DECEMBER, withheld, januaryToNovember(), treatments));
            BigDecimal pool = withheld.values().stream().reduce(kr("-9.17"), BigDecimal::add).negate();
            assertEquals(pool, sum(lines.stream().filter(l -> l.component().equals(RiskPoolPayout.CODE))
                    .toList()), treatments.toString());
        }
    }

    private static Map<String, BigDecimal> amounts(List<PaymentLine> lines) {
        Map<String, BigDecimal> amounts = new TreeMap<>();
        lines.forEach(l -> amounts.put(l.hsaId(), l.amount()));
        return amounts;
    }

    private static BigDecimal sum(List<PaymentLine> lines) {
        return lines.stream().map(PaymentLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
