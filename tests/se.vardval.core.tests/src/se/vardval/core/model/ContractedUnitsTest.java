package se.vardval.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.vardval.core.domain.Ownership;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Unit;

/**
 * A run's contracted units: looked up by HSA-id, with their providers and whether those are private, and the lines
 * they are paid.
 */
class ContractedUnitsTest {

    private static final Provider NORRHALSAN = new Provider("5566778899", "Norrhälsan AB", Ownership.PRIVATE);
    private static final Provider REGION = new Provider("2321000214", "Region Jämtland Härjedalen",
            Ownership.REGION_RUN);

    private final ContractedUnits units = ContractedUnits.of(List.of(
            new Unit("SE2321000214-E0018", "Hälsocentralen Brunflo", REGION.orgNr(), "2380", null),
            new Unit("SE5566778899-E0001", "Norrhälsan Centrum", NORRHALSAN.orgNr(), "2380", null),
            new Unit("SE5566778899-E0001", "Norrhälsan Centrum (second row)", NORRHALSAN.orgNr(), "2380", null),
            new Unit("SE5590123450-E0001", "Fjällvård Åre", "5590123450", "2321", null)),
            List.of(NORRHALSAN, REGION));

    @Test
    void findsUnitsInHsaIdOrderTheFirstOfARepeatedOne() {
        assertEquals(List.of("SE2321000214-E0018", "SE5566778899-E0001", "SE5590123450-E0001"),
                List.copyOf(units.byHsaId().keySet()));
        assertEquals("Norrhälsan Centrum", units.byHsaId().get("SE5566778899-E0001").name());
        assertTrue(units.contains("SE2321000214-E0018"));
        assertFalse(units.contains("SE0000000000-E0001"));
    }

    @Test
    void namesEachUnitsProviderAndWhetherItIsPrivate() {
        assertEquals("5566778899", units.orgNrOf("SE5566778899-E0001"));
        assertEquals(NORRHALSAN, units.providerOf("SE5566778899-E0001"));
        assertTrue(units.isPrivate("SE5566778899-E0001"));
        assertFalse(units.isPrivate("SE2321000214-E0018"));
    }

    @Test
    void aUnitWithoutContractOrKnownProviderIsNotPrivate() {
        assertNull(units.orgNrOf("SE0000000000-E0001"));
        assertNull(units.providerOf("SE0000000000-E0001"));
        assertEquals("5590123450", units.orgNrOf("SE5590123450-E0001"));
        assertNull(units.providerOf("SE5590123450-E0001"));
        assertFalse(units.isPrivate("SE5590123450-E0001"));
    }

    @Test
    void paysTheContractedUnitsLinesInOrderAndWarnsOfEachOtherUnit() {
        List<RunWarning> warnings = new ArrayList<>();
        List<PaymentLine> paid = units.paidLines(List.of(line("SE5566778899-E0001", "VISITS", "100.00"),
                line("SE0000000002-E0001", "VISITS", "1200.50"), line("SE2321000214-E0018", "VISITS", "10.00"),
                line("SE0000000001-E0001", "PENALTY", "-50.00"),
                line("SE0000000002-E0001", "AGE_CAPITATION", "34.50"),
                line("SE5566778899-E0001", "AGE_CAPITATION", "20.00")), YearMonth.of(2020, 3),
                "Enheten har listade personer", warnings::add);
        assertEquals(List.of(line("SE2321000214-E0018", "VISITS", "10.00"),
                line("SE5566778899-E0001", "AGE_CAPITATION", "20.00"), line("SE5566778899-E0001", "VISITS", "100.00")),
                paid);
        assertEquals(List.of(new RunWarning("SE0000000001-E0001", "UNIT_WITHOUT_CONTRACT", "Enheten har listade"
                + " personer under 2020-03 men inget avtal i vårdvalet, så dess rader betalas inte ut: 1 st, totalt"
                + " -50,00 kr. Komponenter: PENALTY."),
                new RunWarning("SE0000000002-E0001", "UNIT_WITHOUT_CONTRACT", "Enheten har listade personer under"
                        + " 2020-03 men inget avtal i vårdvalet, så dess rader betalas inte ut: 2 st, totalt"
                        + " 1 235,00 kr. Komponenter: VISITS, AGE_CAPITATION.")),
                warnings);
    }

    private static PaymentLine line(String hsaId, String component, String amount) {
        return new PaymentLine(hsaId, component, BigDecimal.ONE, new BigDecimal(amount), new BigDecimal(amount));
    }
}
