package se.vardval.halsoval.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.vardval.halsoval.internal.Fixtures.amount;
import static se.vardval.halsoval.internal.Fixtures.demoRulebook;
import static se.vardval.halsoval.internal.Fixtures.kr;
import static se.vardval.halsoval.internal.Fixtures.pnr;
import static se.vardval.halsoval.internal.Fixtures.run;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.model.ModelResult;

class DrugCapitationTest {

    /**
     * Halsoval.md: weight 1.0 = 1 272 kr, weights 0.23 (25–29) to 3.22 (100–104), i.e. 290–4 098 kr a year. As for
     * age capitation the kronor come from four-decimal weights: 0.2280 × 1 272 = 290.016 → 290 and 3.2217 × 1 272 =
     * 4 098.0024 → 4 098 (0.23 and 3.22 would give 292.56 and 4 095.84).
     */
    @Test
    void publishedDrugFiguresAndTheirMonthlyLines() throws Exception {
        JsonNode parameters = demoRulebook("rulebooks/halsoval-2020.json").get("parameters");
        JsonNode drugs = parameters.get("drugs");
        BigDecimal kr = drugs.get("krPerPoint").decimalValue();
        BigDecimal low = weight(drugs, 25);
        BigDecimal high = weight(drugs, 100);
        assertEquals(kr("0.23"), low.setScale(2, RoundingMode.HALF_UP));
        assertEquals(kr("3.22"), high.setScale(2, RoundingMode.HALF_UP));
        assertEquals(kr("290"), low.multiply(kr).setScale(0, RoundingMode.HALF_UP));
        assertEquals(kr("4098"), high.multiply(kr).setScale(0, RoundingMode.HALF_UP));

        TestInputs inputs = new TestInputs(YearMonth.of(2020, 3), parameters).unit("A").unit("B").unit("C")
                .listed(pnr(1993, 1, 1, 10), "A").listed(pnr(1918, 1, 1, 10), "B").listed(pnr(1913, 1, 1, 10), "C");
        ModelResult result = run(inputs);
        assertEquals(kr("24.17"), amount(result, "A", DrugCapitation.CODE), "27 years: 290.016 / 12 = 24.168");
        assertEquals(kr("341.50"), amount(result, "B", DrugCapitation.CODE), "102 years: 4 098.0024 / 12");
        assertEquals(kr("341.50"), amount(result, "C", DrugCapitation.CODE), "107 years: the open band 105+");
    }

    private static BigDecimal weight(JsonNode drugs, int fromAge) {
        for (JsonNode band : drugs.get("ageWeights")) {
            if (band.get("fromAge").asInt() == fromAge) {
                return band.get("weight").decimalValue();
            }
        }
        throw new AssertionError("no band from " + fromAge);
    }
}
