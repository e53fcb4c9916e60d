package se.vardval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.persistence.PersistenceException;
import se.vardval.core.domain.AuditEntry;
import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.domain.Supplementary;
import se.vardval.core.model.Rulebook;

/**
 * An LPIK-indexed draft is stored with the tilläggsuppdrag rows its indexation sets in one transaction: when the
 * database refuses a tilläggsuppdrag neither is stored nor audited, otherwise both are.
 */
class IndexedDraftStoreTest extends BackendTest {

    private static final LocalDate NEW_YEAR = LocalDate.of(2026, 1, 1);

    private final Supplementary jour = new Supplementary("C-1", "JOUR", "Jour i glesbygd", new BigDecimal("480000.00"),
            LocalDate.of(2020, 1, 1), null);

    @ParameterizedTest
    @MethodSource("backends")
    void aTillaggsuppdragTheDatabaseRefusesStoresNothingAndAGoodOneStoresBoth(Backend backend) throws Exception {
        JpaRulebookStore rulebooks = new JpaRulebookStore(backend.database(), backend.users());
        JpaMasterDataStore register = new JpaMasterDataStore(backend.database(), backend.users());
        JpaAuditLog log = new JpaAuditLog(backend.database());
        Fixtures.register(register);
        register.saveSupplementary(jour, "setup");
        rulebooks.save(draft("2453.50"), "setup");
        Rulebook before = rulebooks.find("halsoval", 2026).orElseThrow();
        List<AuditEntry> audited = log.entries(null, 100);

        assertThrows(PersistenceException.class, () -> rulebooks.saveIndexed(draft("2509"),
                newYear(new BigDecimal("10499999999999.00")), "anna"), "14 whole digits do not fit numeric(15,2)");

        assertEquals(before, rulebooks.find("halsoval", 2026).orElseThrow(), "the draft as it was");
        assertEquals(List.of(jour), register.supplementaries("halsoval"), "last year's row not ended either");
        assertEquals(audited, log.entries(null, 100), "nothing audited");

        rulebooks.saveIndexed(draft("2509"), newYear(new BigDecimal("491040.00")), "anna");

        assertEquals(draft("2509"), rulebooks.find("halsoval", 2026).orElseThrow());
        assertEquals(newYear(new BigDecimal("491040.00")), register.supplementaries("halsoval"));
        assertEquals(List.of("rulebook halsoval/2026 UPDATE", "supplementary C-1/JOUR/2020-01-01 UPDATE",
                "supplementary C-1/JOUR/2026-01-01 CREATE"), log.entries(null, 100).stream()
                        .filter(e -> e.user().equals("anna") && !e.entity().equals("user"))
                        .map(e -> e.entity() + " " + e.entityKey() + " " + e.action()).sorted().toList());
    }

    /** Last year's row ended on 31 December, then the new year's row at the indexed amount. */
    private List<Supplementary> newYear(BigDecimal amount) {
        return List.of(new Supplementary(jour.contractId(), jour.code(), jour.name(), jour.annualAmount(),
                jour.validFrom(), NEW_YEAR.minusDays(1)), new Supplementary(jour.contractId(), jour.code(),
                        jour.name(), amount, NEW_YEAR, null));
    }

    private static Rulebook draft(String krPerPoint) throws Exception {
        return new Rulebook("halsoval", "halsoval", 2026, RulebookStatus.DRAFT, null,
                new ObjectMapper().readTree("{\"capitation\":{\"krPerPoint\":" + krPerPoint + "}}"));
    }
}
