package se.vardval.annual.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.IntNode;

import se.vardval.annual.Indexation;
import se.vardval.annual.RulebookYears;
import se.vardval.cli.testing.CliRunner;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Contract;
import se.vardval.core.domain.Ownership;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Supplementary;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.Rulebook;
import se.vardval.core.service.UserError;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;

/**
 * Indexing a draft stores its rates and its tilläggsuppdrag in one transaction: a tilläggsuppdrag the database cannot
 * hold once raised leaves the draft's rates as they were.
 */
class IndexationTransactionTest {

    private static final String ADMINISTRATOR = "demo";
    private static final String CARE_CHOICE = "lpik-en-transaktion";

    @Test
    void aTillaggsuppdragThatCannotBeStoredLeavesTheDraftUnindexed() throws InterruptedException {
        RulebookYears years = CliRunner.service(RulebookYears.class);
        RulebookStore store = CliRunner.service(RulebookStore.class);
        MasterDataStore register = CliRunner.service(MasterDataStore.class);
        Supplementary huge = registerWithTillaggsuppdrag(register, new BigDecimal("9999999999999.00"));
        years.draftFromDefaults(CARE_CHOICE, 2030, false, ADMINISTRATOR);
        years.set(CARE_CHOICE, 2030, "capitation.krPerPoint", IntNode.valueOf(2000), ADMINISTRATOR);
        years.draft(CARE_CHOICE, 2031, 2030, false, ADMINISTRATOR);
        Rulebook before = store.find(CARE_CHOICE, 2031).orElseThrow();
        Indexation lpik = new Indexation(new BigDecimal("5"), false, Set.of());
        assertEquals(0, new BigDecimal("2100").compareTo(years.index(CARE_CHOICE, 2031, lpik, true, ADMINISTRATOR)
                .rulebook().parameters().path("capitation").path("krPerPoint").decimalValue()), "the preview");

        RuntimeException failed = assertThrows(RuntimeException.class,
                () -> years.index(CARE_CHOICE, 2031, lpik, false, ADMINISTRATOR),
                "10 499 999 999 999 kr has more whole digits than the register's amounts");

        assertFalse(failed instanceof UserError, failed.getMessage());
        assertEquals(before, store.find(CARE_CHOICE, 2031).orElseThrow(), "the draft's rates are not raised");
        assertEquals(List.of(huge), register.supplementaries(CARE_CHOICE), "nor the tilläggsuppdrag");
    }

    private static Supplementary registerWithTillaggsuppdrag(MasterDataStore register, BigDecimal amount) {
        String orgNr = "5569991234";
        String unit = "SE2321000206-E9901";
        register.saveCareChoice(new CareChoice(CARE_CHOICE, "Vårdval i en transaktion", "halsoval"), ADMINISTRATOR);
        register.saveProvider(new Provider(orgNr, "Indexbolaget AB", Ownership.PRIVATE), ADMINISTRATOR);
        register.saveUnit(new Unit(unit, "Hälsocentralen Index", orgNr, "2380", 5000), ADMINISTRATOR);
        register.saveContract(new Contract("LPIK-1", CARE_CHOICE, orgNr, unit, LocalDate.of(2030, 1, 1), null),
                ADMINISTRATOR);
        Supplementary supplementary = new Supplementary("LPIK-1", "JOUR", "Jour", amount, LocalDate.of(2030, 1, 1),
                null);
        register.saveSupplementary(supplementary, ADMINISTRATOR);
        return supplementary;
    }
}
