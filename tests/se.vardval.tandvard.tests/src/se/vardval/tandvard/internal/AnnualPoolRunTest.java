package se.vardval.tandvard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.vardval.tandvard.internal.Fixtures.kr;
import static se.vardval.tandvard.internal.Fixtures.pnr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.vardval.core.model.ExplainRequest;
import se.vardval.core.model.Explanation;
import se.vardval.core.model.ModelResult;
import se.vardval.core.model.PaymentLine;

/**
 * The annual risk-pool run is the December run (the test rulebook's payoutMonth 12): its RISK_POOL_PAYOUT lines pay
 * out what the approved runs of January–November and December itself withheld (11 × (9.17 + 3.00) + 9.17 = 143.04 kr)
 * in proportion to the high-need treatments of 2025: P 5, Q 2, Folktandvården A 4 (which does not share).
 */
class AnnualPoolRunTest {

    private static final Map<String, Long> TREATMENTS = Map.of("P", 5L, "Q", 2L, "A", 4L);

    private static TestInputs inputs(YearMonth month) {
        TestInputs inputs = CapitationTest.clinicA(new TestInputs(month, Fixtures.parameters()).unit("A")
                .unit("P", TestInputs.PRIVATE).unit("Q", TestInputs.PRIVATE), "P");
        for (YearMonth m = YearMonth.of(2025, 1); m.isBefore(month); m = m.plusMonths(1)) {
            inputs.approved(m, new PaymentLine("P", "CAPITATION", kr("3"), kr("122.222222"), kr("366.67")))
                    .approved(m, new PaymentLine("P", "RISK_POOL", kr("366.67"), kr("-0.025"), kr("-9.17")))
                    .approved(m, new PaymentLine("Q", "RISK_POOL", kr("120"), kr("-0.025"), kr("-3.00")));
        }
        String child = pnr(2012, 8, 8, 70);
        inputs.resident(child, null);
        int day = 0;
        for (Map.Entry<String, Long> e : TREATMENTS.entrySet()) {
            for (int i = 0; i < e.getValue(); i++) {
                inputs.activity(child, e.getKey(), LocalDate.of(2025, 1 + day % 12, 1 + day % 28),
                        Map.of("high_need", "true"));
                day += 5;
            }
        }
        return inputs.activity(child, "P", LocalDate.of(2024, 12, 31), Map.of("high_need", "true"))
                .activity(child, "P", LocalDate.of(2025, 6, 2), Map.of("high_need", "false"));
    }

    private static List<PaymentLine> payouts(ModelResult result) {
        return result.lines().stream().filter(l -> l.component().equals(RiskPoolPayout.CODE)).toList();
    }

    @Test
    void theDecemberRunPaysOutTheYearsPoolInProportionToHighNeedTreatments() {
        ModelResult result = Fixtures.run(inputs(YearMonth.of(2025, 12)));
        // 14304 öre × 5 / 7 = 10217 r 1 and × 2 / 7 = 4086 r 6: the öre left over goes to Q
        assertEquals(List.of(new PaymentLine("P", "RISK_POOL_PAYOUT", kr("5"), kr("20.434286"), kr("102.17")),
                new PaymentLine("Q", "RISK_POOL_PAYOUT", kr("2"), kr("20.434286"), kr("40.87"))), payouts(result));
        assertEquals(kr("-9.17"), Fixtures.amount(result, "P", RiskPool.CODE), "December withholds as usual");
        BigDecimal withheld = kr("143.04");
        assertEquals(withheld, payouts(result).stream().map(PaymentLine::amount).reduce(BigDecimal.ZERO,
                BigDecimal::add));
    }

    @Test
    void theOtherMonthsPayNoPool() {
        ModelResult november = Fixtures.run(inputs(YearMonth.of(2025, 11)));
        assertEquals(List.of(), payouts(november));
        assertTrue(november.warnings().stream().noneMatch(w -> w.code().startsWith("RISK_POOL")));
    }

    @Test
    void thePayoutIsExplainedMonthByMonthAndClinicByClinic() {
        Explanation e = Fixtures.MODEL.explain(inputs(YearMonth.of(2025, 12)),
                new ExplainRequest("P", RiskPoolPayout.CODE, null));
        assertTrue(e.summary().startsWith("Utbetalning ur riskpoolen (RISK_POOL_PAYOUT) vid P i 2025-12: underlag 5"
                + " × à-pris 20,434286 ="
                + " 102,17 kr (avrundat en gång från det exakta beloppet). Poolen på 143,04 kr som hållits inne från"
                + " privata kliniker under 2025-01–2025-12 (2025-01: 12,17 kr; "), e.summary());
        assertTrue(e.summary().contains("2025-11: 12,17 kr; 2025-12: 9,17 kr) delas av de 7 behandlingarna vid"
                + " stort vårdbehov under de månaderna vid de privata vårdgivarnas kliniker som har avtal i 2025-12"),
                e.summary());
        assertEquals(List.of("Klinik", "Behandlingar vid stort vårdbehov", "Exakt andel", "Utbetalning"),
                e.columns());
        assertEquals(List.of(List.of("P", "5", "102.1714", "102.17"), List.of("Q", "2", "40.8686", "40.87"),
                List.of("A", "4", "delar inte", "0")), e.rows());
    }
}
