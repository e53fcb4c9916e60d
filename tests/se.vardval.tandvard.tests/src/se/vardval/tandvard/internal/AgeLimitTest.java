package se.vardval.tandvard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.vardval.tandvard.internal.Fixtures.kr;
import static se.vardval.tandvard.internal.Fixtures.line;
import static se.vardval.tandvard.internal.Fixtures.pnr;
import static se.vardval.tandvard.internal.Fixtures.warnings;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import se.vardval.core.model.ModelResult;
import se.vardval.core.model.PaymentLine;

/** The 2025 change of the age limit from 23 to 19, made by the demo rulebooks alone, across the year boundary. */
class AgeLimitTest {

    private static final String TWENTY = pnr(2004, 2, 1, 10);
    private static final String NINETEEN = pnr(2005, 6, 1, 20);

    private static ModelResult run(YearMonth period, String rulebook) {
        return Fixtures.run(new TestInputs(period, Fixtures.demoRulebook(rulebook).get("parameters")).unit("A")
                .listed(TWENTY, "A", "2380C0251").listed(NINETEEN, "A", null));
    }

    @Test
    void aTwentyYearOldIsPaidInDecember2024() {
        ModelResult result = run(YearMonth.of(2024, 12), "rulebooks/barntandvard-2024.json");
        // 20–23 in care-need group 3: 3000 / 12 = 250; 13–19 in default group 1: 1700 / 12 = 141.666…
        // (3000 + 1700) / 12 = 391.666… → 391.67
        assertEquals(new PaymentLine("A", "CAPITATION", kr("2"), kr("195.833333"), kr("391.67")),
                line(result, "A", Capitation.CODE));
        assertEquals(0, warnings(result, "AGE_OUTSIDE_LIMITS").size());
    }

    @Test
    void theSameTwentyYearOldIsNotPaidInJanuary2025() {
        ModelResult result = run(YearMonth.of(2025, 1), "rulebooks/barntandvard-2025.json");
        // only the 19-year-old: 1750 / 12 = 145.8333… → 145.83
        assertEquals(new PaymentLine("A", "CAPITATION", kr("1"), kr("145.833333"), kr("145.83")),
                line(result, "A", Capitation.CODE));
        assertEquals("Listade barn utanför åldersgränserna 3–19 den 2025-01-01: 1; de ger ingen kapitering.",
                warnings(result, "AGE_OUTSIDE_LIMITS").getFirst().message());
    }

    @Test
    void theLimitIsInclusiveSoAChildOnItsBirthdayAtTheLimitIsStillPaid() {
        // born 2006-01-01: 19 on 2025-01-01, the listing day; 20 on 2026-01-01
        var p = Fixtures.demoRulebook("rulebooks/barntandvard-2025.json").get("parameters");
        String child = pnr(2006, 1, 1, 30);
        ModelResult on = Fixtures.run(new TestInputs(YearMonth.of(2025, 1), p).unit("A").listed(child, "A", null));
        ModelResult after = Fixtures.run(new TestInputs(YearMonth.of(2026, 1), p).unit("A").listed(child, "A", null));
        assertEquals(kr("145.83"), Fixtures.amount(on, "A", Capitation.CODE));
        assertEquals(null, Fixtures.amount(after, "A", Capitation.CODE));
    }
}
