package se.vardval.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.vardval.core.domain.Ownership;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Unit;

/** A run's contracted units: looked up by HSA-id, with their providers and whether those are private. */
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
}
