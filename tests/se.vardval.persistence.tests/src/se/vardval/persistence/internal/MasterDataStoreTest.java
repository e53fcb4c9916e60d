package se.vardval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.vardval.core.domain.AuditEntry;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Contract;
import se.vardval.core.domain.Ownership;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Supplementary;
import se.vardval.core.domain.Unit;
import se.vardval.core.service.UserError;
import se.vardval.core.store.ConcurrentChangeException;
import se.vardval.persistence.internal.jpa.ProviderEntity;

class MasterDataStoreTest extends BackendTest {

    @ParameterizedTest
    @MethodSource("backends")
    void registerRoundTrips(Backend backend) {
        JpaMasterDataStore store = new JpaMasterDataStore(backend.database(), backend.users());
        Fixtures.register(store);
        Supplementary supplementary = new Supplementary("C-1", "JOUR", "Jourcentral", new BigDecimal("1200000.00"),
                LocalDate.of(2025, 1, 1), null);
        store.saveSupplementary(supplementary, "anna");

        assertEquals(List.of(new CareChoice("halsoval", "Hälsoval", "halsoval")), store.careChoices());
        assertEquals(new CareChoice("halsoval", "Hälsoval", "halsoval"), store.careChoice("halsoval").orElseThrow());
        assertTrue(store.careChoice("fotvard").isEmpty());
        assertEquals(new Provider(Fixtures.ORG_NR, "Vårdbolaget AB", Ownership.PRIVATE), store.providers().get(0));
        assertEquals(List.of(new Unit(Fixtures.UNIT_A, "Hälsocentralen Norr", Fixtures.ORG_NR, "2380", 9000),
                new Unit(Fixtures.UNIT_B, "Hälsocentralen Syd", Fixtures.ORG_NR, "2380", 4000)), store.units());
        assertEquals(List.of(
                new Contract("C-1", "halsoval", Fixtures.ORG_NR, Fixtures.UNIT_A, LocalDate.of(2020, 1, 1), null),
                new Contract("C-1", "halsoval", Fixtures.ORG_NR, Fixtures.UNIT_B, LocalDate.of(2020, 1, 1),
                        LocalDate.of(2024, 12, 31))),
                store.contracts("halsoval"));
        assertEquals(List.of(supplementary), store.supplementaries("halsoval"));

        store.saveUnit(new Unit(Fixtures.UNIT_B, "Hälsocentralen Syd", Fixtures.ORG_NR, "2380", null), "anna");
        assertNull(store.units().get(1).catchmentPopulation());
        store.saveContract(new Contract("C-1", "halsoval", Fixtures.ORG_NR, Fixtures.UNIT_B,
                LocalDate.of(2020, 1, 1), null), "anna");
        assertNull(store.contracts("halsoval").get(1).validTo());
        assertEquals(2, store.contracts("halsoval").size(), "saving by natural key must not duplicate");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void everyWriteIsAuditedWithBeforeAndAfter(Backend backend) {
        JpaMasterDataStore store = new JpaMasterDataStore(backend.database(), backend.users());
        JpaAuditLog audit = new JpaAuditLog(backend.database());
        Provider provider = new Provider("5560000019", "Gamla namnet AB", Ownership.OTHER);
        store.saveProvider(provider, "anna");
        store.saveProvider(provider, "anna");
        store.saveProvider(new Provider("5560000019", "Nya namnet AB", Ownership.OTHER), "bertil");

        List<AuditEntry> entries = audit.entries("provider", 100).stream()
                .filter(e -> e.entityKey().equals("5560000019")).toList();
        assertEquals(2, entries.size(), "an unchanged save is no change");
        AuditEntry update = entries.get(0);
        assertEquals("UPDATE", update.action());
        assertEquals("bertil", update.user());
        assertTrue(update.before().contains("Gamla namnet AB"), update.before());
        assertTrue(update.after().contains("\"name\":\"Nya namnet AB\""), update.after());
        assertEquals("CREATE", entries.get(1).action());
        assertNull(entries.get(1).before());

        audit.record("cecilia", "export", "run 1", "EXPORT", null, "{}");
        assertEquals("cecilia", audit.entries(null, 1).get(0).user());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void staleEditIsRefusedWithReadableConflict(Backend backend) {
        JpaMasterDataStore store = new JpaMasterDataStore(backend.database(), backend.users());
        Fixtures.register(store);
        Unit read = store.units().get(0);
        Unit byAnna = new Unit(read.hsaId(), "Norr (Anna)", read.orgNr(), read.municipality(), 9100);
        Unit byBertil = new Unit(read.hsaId(), "Norr (Bertil)", read.orgNr(), read.municipality(), 9200);

        store.updateUnit(read, byAnna, "anna");
        ConcurrentChangeException conflict = assertThrows(ConcurrentChangeException.class,
                () -> store.updateUnit(read, byBertil, "bertil"));

        assertTrue(conflict.getMessage().contains(read.hsaId()), conflict.getMessage());
        assertTrue(conflict.getMessage().contains("har ändrats av någon annan"), conflict.getMessage());
        assertEquals(byAnna, store.units().get(0), "the first change is kept, not lost");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void concurrentTransactionsOnOneRowConflictOnTheVersion(Backend backend) {
        Database database = backend.database();
        JpaMasterDataStore store = new JpaMasterDataStore(database, backend.users());
        store.saveProvider(new Provider("5560000027", "Samtidig AB", Ownership.PRIVATE), "setup");

        ConcurrentChangeException conflict = assertThrows(ConcurrentChangeException.class, () -> database.write(em -> {
            em.find(ProviderEntity.class, "5560000027");
            store.updateProvider(new Provider("5560000027", "Samtidig AB", Ownership.PRIVATE),
                    new Provider("5560000027", "Först AB", Ownership.PRIVATE), "anna");
            MasterDataWrites.provider(em, new Provider("5560000027", "Sist AB", Ownership.PRIVATE), "bertil");
        }));

        assertTrue(conflict.getMessage().contains("Provider 5560000027"), conflict.getMessage());
        assertEquals("Först AB", store.providers().stream().filter(p -> p.orgNr().equals("5560000027")).findFirst()
                .orElseThrow().name());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void contractUpdateOfRemovedOrStaleRowConflicts(Backend backend) {
        JpaMasterDataStore store = new JpaMasterDataStore(backend.database(), backend.users());
        Fixtures.register(store);
        Contract read = store.contracts("halsoval").get(0);
        Contract ended = new Contract(read.contractId(), read.careChoice(), read.orgNr(), read.hsaId(),
                read.validFrom(), LocalDate.of(2025, 6, 30));
        store.updateContract(read, ended, "anna");
        assertEquals(ended, store.contracts("halsoval").get(0));
        assertThrows(ConcurrentChangeException.class, () -> store.updateContract(read, read, "bertil"));
        UserError keyChanged = assertThrows(UserError.class, () -> store.updateProvider(
                new Provider(Fixtures.ORG_NR, "x", Ownership.PRIVATE),
                new Provider("5560000035", "x", Ownership.PRIVATE), "anna"));
        assertEquals("Organisationsnumret kan inte ändras (" + Fixtures.ORG_NR + " → 5560000035).",
                keyChanged.getMessage());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aContractCoversOnlyUnitsOfItsOwnProvider(Backend backend) {
        JpaMasterDataStore store = new JpaMasterDataStore(backend.database(), backend.users());
        Fixtures.register(store);
        store.saveProvider(new Provider("5560000027", "Ny Ägare AB", Ownership.PRIVATE), "setup");
        Contract read = store.contracts("halsoval").get(0);
        Contract moved = new Contract(read.contractId(), read.careChoice(), "5560000027", read.hsaId(),
                read.validFrom(), read.validTo());

        UserError refused = assertThrows(UserError.class, () -> store.updateContract(read, moved, "anna"));

        assertEquals("Enheten " + read.hsaId() + " hör till vårdgivaren " + Fixtures.ORG_NR
                + ", inte till avtalets 5560000027.", refused.getMessage());
        assertEquals(read, store.contracts("halsoval").get(0), "nothing changed");
        assertThrows(UserError.class, () -> store.saveContract(new Contract("K-NY", "halsoval", "5560000027",
                read.hsaId(), read.validFrom(), null), "anna"));
    }
}
