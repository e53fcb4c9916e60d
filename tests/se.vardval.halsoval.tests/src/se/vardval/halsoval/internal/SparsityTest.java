package se.vardval.halsoval.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.vardval.halsoval.internal.Fixtures.amount;
import static se.vardval.halsoval.internal.Fixtures.demoRulebook;
import static se.vardval.halsoval.internal.Fixtures.kr;
import static se.vardval.halsoval.internal.Fixtures.line;
import static se.vardval.halsoval.internal.Fixtures.pnr;
import static se.vardval.halsoval.internal.Fixtures.run;
import static se.vardval.halsoval.internal.Fixtures.warnings;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.model.ModelResult;

class SparsityTest {

    private static final YearMonth MARCH = YearMonth.of(2020, 3);

    /** 2020 bands: 0–30 km 0 kr, 30–60 km 300 kr, 60–100 km 600 kr, 100+ km 1 000 kr a year. */
    @Test
    void distanceBandsHoldFromKmButNotToKm() throws Exception {
        JsonNode p = demoRulebook("rulebooks/halsoval-2020.json").get("parameters");
        TestInputs inputs = new TestInputs(MARCH, p).unit("A");
        String[] distances = { "29.9", "30", "60", "150" };
        for (int i = 0; i < distances.length; i++) {
            String person = pnr(1980, 1, 1 + i, 10);
            inputs.resident(person, kr(distances[i])).listing(person, "A");
        }
        inputs.listed(pnr(1980, 2, 1, 10), "A");
        ModelResult result = run(inputs);
        // (0 + 300 + 600 + 1 000) / 12 = 158.333...
        assertEquals(kr("158.33"), amount(result, "A", Sparsity.CODE));
        assertEquals(0, kr("4").compareTo(line(result, "A", Sparsity.CODE).basis()), "persons with a distance");
        assertEquals(1, warnings(result, "DISTANCE_MISSING").size(), "the person without a distance");
    }

    /** 2021 proposal bands: ≤ 2 000: 1 200 000 kr, ≤ 4 000: 800 000 kr, ≤ 7 000: 400 000 kr, larger: 0. */
    @Test
    void catchmentPaysPerUnitByItsPopulation() throws Exception {
        JsonNode p = demoRulebook("rulebooks/halsoval-2021-proposal.json").get("parameters");
        TestInputs inputs = new TestInputs(YearMonth.of(2021, 3), p).unit("A", TestInputs.REGION, 2000)
                .unit("B", TestInputs.REGION, 4001).unit("C", TestInputs.REGION, 9000)
                .unit("D", TestInputs.REGION, null);
        ModelResult result = run(inputs);
        assertEquals(kr("100000.00"), amount(result, "A", Sparsity.CODE));
        assertEquals(kr("33333.33"), amount(result, "B", Sparsity.CODE), "400 000 / 12");
        assertNull(amount(result, "C", Sparsity.CODE));
        assertNull(amount(result, "D", Sparsity.CODE));
        assertEquals("D", warnings(result, "CATCHMENT_MISSING").getFirst().hsaId());
    }

    @Test
    void noneIsTheDefaultAndPaysNothing() {
        TestInputs inputs = new TestInputs(MARCH, Fixtures.defaults()).unit("A", TestInputs.REGION, 100);
        inputs.resident(pnr(1980, 1, 1, 10), kr("500")).listing(pnr(1980, 1, 1, 10), "A");
        assertNull(amount(run(inputs), "A", Sparsity.CODE));
    }
}
