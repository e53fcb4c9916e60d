package se.vardval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.vardval.core.domain.AuditEntry;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Contract;
import se.vardval.core.domain.Ownership;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Unit;
import se.vardval.core.service.UserError;

/**
 * Registering new vårdval, providers, units and contract rows: each is created and audited once, and a second
 * registration of the same key or a reference to what is not registered is refused with its reason, changing nothing.
 */
class MasterDataCreationTest extends BackendTest {

    private static final String NEW_ORG_NR = "5560000027";
    private static final String NEW_UNIT = "SE2321000206-E0099";

    @ParameterizedTest
    @MethodSource("backends")
    void newRecordsAreRegisteredAndAuditedOnce(Backend backend) {
        JpaMasterDataStore store = new JpaMasterDataStore(backend.database(), backend.users());
        Fixtures.register(store);
        CareChoice footCare = new CareChoice("fotvard", "Medicinsk fotvård", "fotvard");
        Provider provider = new Provider(NEW_ORG_NR, "Fotkliniken AB", Ownership.PRIVATE);
        Unit unit = new Unit(NEW_UNIT, "Fotkliniken Östersund", NEW_ORG_NR, "2380", null);
        Contract contract = new Contract("F-1", "fotvard", NEW_ORG_NR, NEW_UNIT, LocalDate.of(2026, 1, 1), null);

        store.createCareChoice(footCare, "anna");
        store.createProvider(provider, "anna");
        store.createUnit(unit, "anna");
        store.createContract(contract, "anna");

        assertEquals(footCare, store.careChoice("fotvard").orElseThrow());
        assertEquals(provider, store.providers().stream().filter(p -> p.orgNr().equals(NEW_ORG_NR)).findFirst()
                .orElseThrow());
        assertEquals(unit, store.units().stream().filter(u -> u.hsaId().equals(NEW_UNIT)).findFirst().orElseThrow());
        assertEquals(List.of(contract), store.contracts("fotvard"));
        List<AuditEntry> created = new JpaAuditLog(backend.database()).entries(null, 100).stream()
                .filter(e -> e.user().equals("anna") && !e.entity().equals("user")).toList();
        assertEquals(List.of("contract CREATE", "unit CREATE", "provider CREATE", "care_choice CREATE"),
                created.stream().map(e -> e.entity() + " " + e.action()).toList());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void anExistingKeyOrAnUnknownReferenceIsRefusedAndChangesNothing(Backend backend) {
        JpaMasterDataStore store = new JpaMasterDataStore(backend.database(), backend.users());
        Fixtures.register(store);
        LocalDate from = LocalDate.of(2026, 1, 1);

        refused("Vårdvalet halsoval finns redan.",
                () -> store.createCareChoice(new CareChoice("halsoval", "Annat namn", "halsoval"), "anna"));
        refused("Vårdgivaren " + Fixtures.ORG_NR + " finns redan.",
                () -> store.createProvider(new Provider(Fixtures.ORG_NR, "Annat namn AB", Ownership.OTHER), "anna"));
        refused("Enheten " + Fixtures.UNIT_A + " finns redan.",
                () -> store.createUnit(new Unit(Fixtures.UNIT_A, "Annat namn", Fixtures.ORG_NR, "2380", 1), "anna"));
        refused("Vårdgivaren 5560000035 finns inte.",
                () -> store.createUnit(new Unit("SE-NY", "Ny enhet", "5560000035", "2380", null), "anna"));
        refused("Avtal C-1 omfattar redan enheten " + Fixtures.UNIT_A + ".", () -> store.createContract(
                new Contract("C-1", Fixtures.CARE_CHOICE, Fixtures.ORG_NR, Fixtures.UNIT_A, from, null), "anna"));
        refused("Vårdvalet tandvard finns inte.", () -> store.createContract(
                new Contract("T-1", "tandvard", Fixtures.ORG_NR, Fixtures.UNIT_A, from, null), "anna"));
        refused("Enheten SE-SAKNAS finns inte.", () -> store.createContract(
                new Contract("C-2", Fixtures.CARE_CHOICE, Fixtures.ORG_NR, "SE-SAKNAS", from, null), "anna"));

        assertEquals(new Provider(Fixtures.ORG_NR, "Vårdbolaget AB", Ownership.PRIVATE), store.providers().get(0));
        assertEquals("Hälsocentralen Norr", store.units().get(0).name());
        assertEquals(List.of(new CareChoice(Fixtures.CARE_CHOICE, "Hälsoval", "halsoval")),
                store.careChoices().stream().filter(c -> c.id().equals(Fixtures.CARE_CHOICE)).toList());
        assertEquals(2, store.contracts(Fixtures.CARE_CHOICE).size());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aUnitJoinsAnExistingContractOnlyOfItsVardvalAndProvider(Backend backend) {
        JpaMasterDataStore store = new JpaMasterDataStore(backend.database(), backend.users());
        Fixtures.register(store);
        store.saveProvider(new Provider(NEW_ORG_NR, "Fotkliniken AB", Ownership.PRIVATE), "setup");
        store.saveUnit(new Unit("SE-C", "Hälsocentralen Centrum", Fixtures.ORG_NR, "2380", 5000), "setup");
        store.saveUnit(new Unit("SE-F", "Fotkliniken", NEW_ORG_NR, "2380", null), "setup");
        LocalDate from = LocalDate.of(2026, 1, 1);

        refused("Avtal C-1 gäller vårdvalet halsoval och vårdgivaren " + Fixtures.ORG_NR + ", inte halsoval och "
                + NEW_ORG_NR + ".", () -> store.createContract(
                        new Contract("C-1", Fixtures.CARE_CHOICE, NEW_ORG_NR, "SE-F", from, null), "anna"));
        refused("Enheten SE-F hör till vårdgivaren " + NEW_ORG_NR + ", inte till avtalets " + Fixtures.ORG_NR + ".",
                () -> store.createContract(
                        new Contract("C-9", Fixtures.CARE_CHOICE, Fixtures.ORG_NR, "SE-F", from, null), "anna"));
        store.createContract(new Contract("C-1", Fixtures.CARE_CHOICE, Fixtures.ORG_NR, "SE-C", from, null), "anna");

        assertEquals(List.of("SE-C", Fixtures.UNIT_A, Fixtures.UNIT_B),
                store.contracts(Fixtures.CARE_CHOICE).stream().map(Contract::hsaId).sorted().toList());
    }

    private static void refused(String reason, Executable creation) {
        assertEquals(reason, assertThrows(UserError.class, creation).getMessage());
    }
}
