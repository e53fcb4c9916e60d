package se.vardval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.vardval.core.domain.AuditEntry;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.ComponentAccounts;
import se.vardval.core.security.Role;
import se.vardval.core.security.RoleGrant;
import se.vardval.core.service.UserError;
import se.vardval.core.store.AuditQuery;

/**
 * The audit log read with filters (period, user, entity type, a text in key or states, wildcards taken literally;
 * a period that ends before it begins refused) and each vårdval's finance accounts: stored, read back, audited, and
 * refused to a read-only user and when invalid.
 */
class AuditQueryAndAccountsTest extends BackendTest {

    @ParameterizedTest
    @MethodSource("backends")
    void filtersByPeriodUserEntityAndText(Backend backend) {
        JpaAuditLog audit = new JpaAuditLog(backend.database());
        audit.record("anna", "unit", "SE-ARE", "UPDATE", "{\"name\":\"Åre hc\"}", "{\"name\":\"Åre Hälsocentral\"}");
        audit.record("bertil", "payment_run", "42", "APPROVED", "{\"state\":\"CALCULATED\"}", "{\"rate\":\"50%\"}");
        audit.record("anna", "contract", "A1|SE-BRA", "CREATE", null, "{\"hsaId\":\"SE-BRA\"}");
        LocalDate today = LocalDate.now();

        assertEquals(List.of("A1|SE-BRA", "42", "SE-ARE"), keys(audit, new AuditQuery(today, today, null, null,
                null, 10)));
        assertEquals(List.of(), keys(audit, new AuditQuery(today.plusDays(1), null, null, null, null, 10)));
        assertEquals(List.of(), keys(audit, new AuditQuery(null, today.minusDays(1), null, null, null, 10)));
        assertEquals(List.of("A1|SE-BRA", "SE-ARE"), keys(audit, new AuditQuery(null, null, "anna", null, null, 10)));
        assertEquals(List.of("42"), keys(audit, new AuditQuery(null, null, null, "payment_run", null, 10)));
        assertEquals(List.of("A1|SE-BRA"), keys(audit, new AuditQuery(null, null, null, null, "se-bra", 10)),
                "in the key or the states, whatever the case");
        assertEquals(List.of("SE-ARE"), keys(audit, new AuditQuery(null, null, null, null, "HÄLSOCENTRAL", 10)));
        assertEquals(List.of("42"), keys(audit, new AuditQuery(null, null, null, null, "50%", 10)));
        assertEquals(List.of(), keys(audit, new AuditQuery(null, null, null, null, "5_%", 10)), "literally");
        assertEquals(List.of("A1|SE-BRA"), keys(audit, new AuditQuery(null, null, " ", "", null, 1)),
                "blank is any; the newest first");
        assertEquals("perioden börjar " + today + ", efter att den slutar " + today.minusDays(1),
                assertThrows(UserError.class, () -> audit.entries(new AuditQuery(today, today.minusDays(1), null,
                        null, null, 10))).getMessage());
        assertEquals(List.of("contract", "payment_run", "unit"), audit.entityTypes().stream()
                .filter(e -> !e.equals("user")).toList());
        assertTrue(audit.users().containsAll(List.of("anna", "bertil")), audit.users().toString());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void accountsPerVardvalAreStoredAuditedAndGuarded(Backend backend) {
        JpaMasterDataStore masterData = new JpaMasterDataStore(backend.database(), backend.users());
        masterData.saveCareChoice(new CareChoice("halsoval", "Hälsoval", "halsoval"), "anna");
        masterData.saveCareChoice(new CareChoice("tandvard", "Tandvård", "tandvard"), "anna");
        JpaComponentAccountStore store = new JpaComponentAccountStore(backend.database(), backend.users());
        assertEquals(ComponentAccounts.standard("halsoval"), store.find("halsoval"));

        ComponentAccounts mapped = ComponentAccounts.standard("halsoval").with("CNI", "4541").with("PENALTY", "3690");
        store.save(mapped, "anna");
        assertEquals(mapped, store.find("halsoval"));
        assertEquals("4541", store.find("halsoval").account("CNI"));
        assertEquals("4540", store.find("halsoval").account("AGE_CAPITATION"));
        assertEquals(ComponentAccounts.standard("tandvard"), store.find("tandvard"), "per vårdval");
        store.save(mapped.without("PENALTY").withDefault("4550"), "bertil");
        assertEquals(new ComponentAccounts("halsoval", "4550", Map.of("CNI", "4541")), store.find("halsoval"));

        List<AuditEntry> audited = new JpaAuditLog(backend.database()).entries("account_plan", 10);
        assertEquals(List.of("UPDATE", "CREATE"), audited.stream().map(AuditEntry::action).toList());
        assertEquals("{\"careChoice\":\"halsoval\",\"defaultAccount\":\"4540\",\"accounts\":{}}",
                audited.get(1).before());
        assertEquals("{\"careChoice\":\"halsoval\",\"defaultAccount\":\"4540\",\"accounts\":{\"CNI\":\"4541\","
                + "\"PENALTY\":\"3690\"}}", audited.get(1).after());
        assertEquals("bertil", audited.get(0).user());

        backend.users().add("olle", TestUsers.PASSWORD, new RoleGrant(Role.READ_ONLY, null), "anna");
        backend.users().add("tove", TestUsers.PASSWORD, new RoleGrant(Role.ADMINISTRATOR, "tandvard"), "anna");
        assertEquals("olle får inte ändra inställningarna i halsoval: det kräver rollen administratör för halsoval;"
                + " olle är läsbehörig", assertThrows(UserError.class,
                () -> store.save(mapped, "olle")).getMessage());
        assertEquals("tove får inte ändra inställningarna i halsoval: det kräver rollen administratör för halsoval;"
                + " tove är administratör för tandvard",
                assertThrows(UserError.class, () -> store.save(mapped, "tove")).getMessage());
        assertEquals("kontona för halsoval avvisades: standardkonto: '45' är inte ett konto med fyra siffror; "
                + "komponent 'cni': inte en komponentkod som AGE_CAPITATION", assertThrows(UserError.class,
                        () -> store.save(new ComponentAccounts("halsoval", "45", Map.of("cni", "4541")), "anna"))
                .getMessage());
        assertEquals("det finns inget vårdval 'fotvard'", assertThrows(UserError.class,
                () -> store.save(ComponentAccounts.standard("fotvard"), "anna")).getMessage());
        assertEquals(new ComponentAccounts("halsoval", "4550", Map.of("CNI", "4541")), store.find("halsoval"),
                "nothing changed by a refusal");
    }

    private static List<String> keys(JpaAuditLog audit, AuditQuery query) {
        return audit.entries(query).stream().filter(e -> !e.entity().equals("user")).map(AuditEntry::entityKey)
                .toList();
    }
}
