package se.vardval.persistence.internal;

import java.time.LocalDate;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Contract;
import se.vardval.core.domain.Ownership;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Unit;
import se.vardval.core.store.MasterDataStore;

/** A small register for the tests: one vårdval, one provider with two units under one contract. */
final class Fixtures {

    static final String CARE_CHOICE = "halsoval";
    static final String ORG_NR = "5560000001";
    static final String UNIT_A = "SE2321000206-E0001";
    static final String UNIT_B = "SE2321000206-E0002";

    private Fixtures() {
    }

    static void register(MasterDataStore store) {
        store.saveCareChoice(new CareChoice(CARE_CHOICE, "Hälsoval", "halsoval"), "setup");
        store.saveProvider(new Provider(ORG_NR, "Vårdbolaget AB", Ownership.PRIVATE), "setup");
        store.saveUnit(new Unit(UNIT_A, "Hälsocentralen Norr", ORG_NR, "2380", 9000), "setup");
        store.saveUnit(new Unit(UNIT_B, "Hälsocentralen Syd", ORG_NR, "2380", 4000), "setup");
        store.saveContract(new Contract("C-1", CARE_CHOICE, ORG_NR, UNIT_A, LocalDate.of(2020, 1, 1), null), "setup");
        store.saveContract(new Contract("C-1", CARE_CHOICE, ORG_NR, UNIT_B, LocalDate.of(2020, 1, 1),
                LocalDate.of(2024, 12, 31)), "setup");
    }
}
