package se.vardval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.vardval.core.domain.AuditEntry;
import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.model.Rulebook;
import se.vardval.core.service.UserError;

class RulebookStoreTest extends BackendTest {

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void draftsRoundTripAndMayChange(Backend backend) throws Exception {
        JpaRulebookStore store = new JpaRulebookStore(backend.database(), backend.users());
        JsonNode parameters = json("{\"listingDay\":\"FIRST_OF_MONTH\",\"capitation\":{\"krPerPoint\":2453.50,"
                + "\"ageWeights\":[{\"fromAge\":0,\"toAge\":4,\"weight\":1.12}]}}");
        Rulebook draft = new Rulebook("halsoval", "halsoval", 2026, RulebookStatus.DRAFT, null, parameters);
        store.save(draft, "anna");
        assertEquals(draft, store.find("halsoval", 2026).orElseThrow());

        Rulebook changed = new Rulebook("halsoval", "halsoval", 2026, RulebookStatus.DRAFT, null,
                json("{\"listingDay\":\"LAST_OF_MONTH\"}"));
        store.save(changed, "anna");
        assertEquals(changed, store.find("halsoval", 2026).orElseThrow());

        store.save(new Rulebook("halsoval", "halsoval", 2025, RulebookStatus.DRAFT, null, parameters), "anna");
        assertEquals(List.of(2025, 2026), store.list("halsoval").stream().map(Rulebook::year).toList());
        assertTrue(store.find("halsoval", 2030).isEmpty());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void decidedRulebookIsImmutable(Backend backend) throws Exception {
        JpaRulebookStore store = new JpaRulebookStore(backend.database(), backend.users());
        Rulebook decided = new Rulebook("fotvard", "fotvard", 2025, RulebookStatus.DECIDED, "RS 2024-11-26 § 85",
                json("{\"krPerVisit\":450}"));
        store.save(new Rulebook("fotvard", "fotvard", 2025, RulebookStatus.DRAFT, null, json("{}")), "anna");
        store.save(decided, "anna");

        UserError refused = assertThrows(UserError.class, () -> store.save(
                new Rulebook("fotvard", "fotvard", 2025, RulebookStatus.DRAFT, null, json("{\"krPerVisit\":1}")),
                "bertil"));

        assertTrue(refused.getMessage().contains("är beslutat (RS 2024-11-26 § 85)"), refused.getMessage());
        assertEquals(decided, store.find("fotvard", 2025).orElseThrow());
        List<AuditEntry> audit = new JpaAuditLog(backend.database()).entries("rulebook", 10);
        assertEquals(List.of("DECIDE", "CREATE"), audit.stream().filter(e -> e.entityKey().equals("fotvard/2025"))
                .map(AuditEntry::action).toList());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aSaveOverWhatWasReadIsRefusedWhenSomeoneElseSavedTheYearMeanwhile(Backend backend) throws Exception {
        JpaRulebookStore store = new JpaRulebookStore(backend.database(), backend.users());
        Rulebook first = new Rulebook("hud", "specialist", 2027, RulebookStatus.DRAFT, null, json("{\"a\":1}"));
        Rulebook theirs = new Rulebook("hud", "specialist", 2027, RulebookStatus.DRAFT, null, json("{\"a\":2}"));
        Rulebook mine = new Rulebook("hud", "specialist", 2027, RulebookStatus.DRAFT, null, json("{\"a\":3}"));

        store.saveIfUnchanged(first, null, "anna");
        UserError created = assertThrows(UserError.class, () -> store.saveIfUnchanged(theirs, null, "bertil"));
        assertEquals("förfrågningsunderlaget för hud 2027 har sparats av någon annan under tiden; läs om det och"
                + " försök igen", created.getMessage());

        store.saveIfUnchanged(theirs, first, "bertil");
        assertThrows(UserError.class, () -> store.saveIfUnchanged(mine, first, "anna"), "read before theirs");
        assertEquals(theirs, store.find("hud", 2027).orElseThrow(), "theirs stays");

        store.saveIfUnchanged(mine, theirs, "anna");
        assertEquals(mine, store.find("hud", 2027).orElseThrow());
        assertEquals(List.of("UPDATE", "UPDATE", "CREATE"), new JpaAuditLog(backend.database()).entries("rulebook", 10)
                .stream().filter(e -> e.entityKey().equals("hud/2027")).map(AuditEntry::action).toList());
    }
}
