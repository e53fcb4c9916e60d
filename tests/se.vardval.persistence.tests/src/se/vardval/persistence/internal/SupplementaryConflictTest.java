package se.vardval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.vardval.core.domain.Supplementary;
import se.vardval.core.store.ConcurrentChangeException;

class SupplementaryConflictTest extends BackendTest {

    @ParameterizedTest
    @MethodSource("backends")
    void aStaleTillaggsuppdragEditConflictsAndTheFirstChangeIsKept(Backend backend) {
        JpaMasterDataStore store = new JpaMasterDataStore(backend.database(), backend.users());
        Fixtures.register(store);
        store.saveSupplementary(new Supplementary("C-1", "ASYL", "Asylsjukvård", new BigDecimal("120000"),
                LocalDate.of(2020, 1, 1), null), "setup");
        Supplementary read = store.supplementaries("halsoval").get(0);
        Supplementary byAnna = new Supplementary(read.contractId(), read.code(), read.name(),
                new BigDecimal("132000"), read.validFrom(), read.validTo());
        store.updateSupplementary(read, byAnna, "anna");

        Supplementary byBertil = new Supplementary(read.contractId(), read.code(), "Bertils namn",
                read.annualAmount(), read.validFrom(), read.validTo());
        ConcurrentChangeException conflict = assertThrows(ConcurrentChangeException.class,
                () -> store.updateSupplementary(read, byBertil, "bertil"));

        assertTrue(conflict.getMessage().startsWith("Tilläggsuppdrag ASYL i avtal C-1 har ändrats av någon annan"),
                conflict.getMessage());
        Supplementary stored = store.supplementaries("halsoval").get(0);
        assertEquals("Asylsjukvård", stored.name(), "the first change is kept, not lost");
        assertEquals(0, new BigDecimal("132000").compareTo(stored.annualAmount()));
    }
}
