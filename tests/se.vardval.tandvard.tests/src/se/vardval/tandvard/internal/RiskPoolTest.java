package se.vardval.tandvard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.vardval.tandvard.internal.Fixtures.amount;
import static se.vardval.tandvard.internal.Fixtures.kr;
import static se.vardval.tandvard.internal.Fixtures.line;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.model.ModelResult;
import se.vardval.core.model.PaymentLine;

/** The risk pool (2.5 % in the test rulebook) is withheld from private clinics' capitation only. */
class RiskPoolTest {

    private static TestInputs inputs(JsonNode parameters) {
        TestInputs inputs = new TestInputs(CapitationTest.MARCH, parameters).unit("A").unit("P", TestInputs.PRIVATE);
        return CapitationTest.clinicA(CapitationTest.clinicA(inputs, "A"), "P");
    }

    @Test
    void aPercentOfAPrivateClinicsCapitationLineIsWithheld() {
        ModelResult result = Fixtures.run(inputs(Fixtures.parameters()));
        assertEquals(kr("366.67"), amount(result, "P", Capitation.CODE));
        // 366.67 × 2.5 / 100 = 9.16675 → −9.17
        assertEquals(new PaymentLine("P", "RISK_POOL", kr("366.67"), kr("-0.025"), kr("-9.17")),
                line(result, "P", RiskPool.CODE));
    }

    @Test
    void nothingIsWithheldFromFolktandvarden() {
        ModelResult result = Fixtures.run(inputs(Fixtures.parameters()));
        assertEquals(kr("366.67"), amount(result, "A", Capitation.CODE));
        assertNull(line(result, "A", RiskPool.CODE));
    }

    @Test
    void aZeroPercentWithholdsNothing() {
        var p = Fixtures.parameters();
        ((ObjectNode) p.get("riskPool")).put("percent", 0);
        assertNull(line(Fixtures.run(inputs(p)), "P", RiskPool.CODE));
    }
}
