package se.vardval.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.CniFlag;
import se.vardval.core.domain.CniUnit;
import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.Contract;
import se.vardval.core.domain.Cost;
import se.vardval.core.domain.CostCategory;
import se.vardval.core.domain.Indicator;
import se.vardval.core.domain.Listing;
import se.vardval.core.domain.Ownership;
import se.vardval.core.domain.Penalty;
import se.vardval.core.domain.Person;
import se.vardval.core.domain.Profession;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Sex;
import se.vardval.core.domain.Supplementary;
import se.vardval.core.domain.Unit;

/** Each file type's well-formed rows become the expected domain records. */
class HappyPathTest {

    private final Fixture fixture = new Fixture();

    private void assertRecords(ImportResult result, Object... expected) {
        assertEquals(List.of(), Fixture.report(result));
        assertEquals(List.of(expected), fixture.received);
        assertEquals(expected.length, result.rows());
        assertTrue(result.ok());
    }

    @Test
    void providers() {
        assertRecords(fixture.read(ImportFileType.PROVIDERS, "232100-0214;Region Jämtland Härjedalen;REGION_RUN",
                "5566778899;Hälsa AB;private"),
                new Provider("2321000214", "Region Jämtland Härjedalen", Ownership.REGION_RUN),
                new Provider("5566778899", "Hälsa AB", Ownership.PRIVATE));
    }

    @Test
    void units() {
        assertRecords(fixture.read(ImportFileType.UNITS, "SE2321000206-E9;Hälsocentralen Lit;556677-8899;2309;4200",
                "SE2321000206-E8;Hälsocentralen Åre;556677-8899;2321;"),
                new Unit("SE2321000206-E9", "Hälsocentralen Lit", "5566778899", "2309", 4200),
                new Unit("SE2321000206-E8", "Hälsocentralen Åre", "5566778899", "2321", null));
    }

    @Test
    void contracts() {
        assertRecords(fixture.read(ImportFileType.CONTRACTS, "K2;halsoval;556677-8899;SE2321000206-E1;2020-01-01;",
                "K2;halsoval;556677-8899;SE2321000206-E2;2020-01-01;2021-12-31"),
                new Contract("K2", "halsoval", "5566778899", "SE2321000206-E1", LocalDate.of(2020, 1, 1), null),
                new Contract("K2", "halsoval", "5566778899", "SE2321000206-E2", LocalDate.of(2020, 1, 1),
                        LocalDate.of(2021, 12, 31)));
    }

    @Test
    void supplementary() {
        assertRecords(fixture.read(ImportFileType.SUPPLEMENTARY, "K1;ASYL;Asylsökande;120000,50;2020-01-01;"),
                new Supplementary("K1", "ASYL", "Asylsökande", new BigDecimal("120000.50"), LocalDate.of(2020, 1, 1),
                        null));
    }

    @Test
    void persons() {
        assertRecords(fixture.read(ImportFileType.PERSONS,
                "19121212-1212;1912-12-12;M;2380;2380C1010;12,5;OLD_ALONE|FOREIGN_BORN",
                "198501011244;;;2321;;;"),
                new Person("191212121212", LocalDate.of(1912, 12, 12), Sex.M, "2380", "2380C1010",
                        new BigDecimal("12.5"), EnumSet.of(CniFlag.FOREIGN_BORN, CniFlag.OLD_ALONE)),
                new Person("198501011244", LocalDate.of(1985, 1, 1), Sex.F, "2321", null, null, EnumSet.noneOf(
                        CniFlag.class)));
    }

    @Test
    void listings() {
        assertRecords(fixture.read(ImportFileType.LISTINGS, "19121212-1212;halsoval;SE2321000206-E1;2020-01-01;2020-03-31;",
                "19121212-1212;halsoval;SE2321000206-E2;2020-04-01;;true"),
                new Listing("191212121212", "halsoval", "SE2321000206-E1", LocalDate.of(2020, 1, 1),
                        LocalDate.of(2020, 3, 31), false),
                new Listing("191212121212", "halsoval", "SE2321000206-E2", LocalDate.of(2020, 4, 1), null, true));
    }

    @Test
    void activities() {
        assertRecords(fixture.read(ImportFileType.ACTIVITIES,
                "A1;halsoval;19121212-1212;SE2321000206-E1;2020-02-03;PHYSICAL;DOCTOR;C17;200;false;",
                "A2;halsoval;19850101-1244;SE2321000206-E1;2020-02-04;PHONE;NURSE;;;true;visit=NEW|x_note=test|risk=2"),
                new Activity("A1", "halsoval", "191212121212", "SE2321000206-E1", LocalDate.of(2020, 2, 3),
                        ContactType.PHYSICAL, Profession.DOCTOR, "C17", new BigDecimal("200"), false, Map.of()),
                new Activity("A2", "halsoval", "198501011244", "SE2321000206-E1", LocalDate.of(2020, 2, 4),
                        ContactType.PHONE, Profession.NURSE, null, BigDecimal.ZERO, true,
                        Map.of("visit", "NEW", "x_note", "test", "risk", "2")));
    }

    @Test
    void costs() {
        assertRecords(fixture.read(ImportFileType.COSTS, "SE2321000206-E1;2020-03;DRUGS;10500.25;F-77",
                "SE2321000206-E1;2020-03;LAB;-200;"),
                new Cost("SE2321000206-E1", YearMonth.of(2020, 3), CostCategory.DRUGS, new BigDecimal("10500.25"),
                        "F-77"),
                new Cost("SE2321000206-E1", YearMonth.of(2020, 3), CostCategory.LAB, new BigDecimal("-200"), null));
    }

    @Test
    void cniUnits() {
        assertRecords(fixture.read(ImportFileType.CNI_UNITS, "SE2321000206-E1;2020-01;1000;50;80;40;20;60;30;120;1820.5;1.05"),
                new CniUnit("SE2321000206-E1", YearMonth.of(2020, 1), 1000,
                        Map.of(CniFlag.UNDER5, 50, CniFlag.FOREIGN_BORN, 80, CniFlag.OLD_ALONE, 40,
                                CniFlag.SINGLE_PARENT, 20, CniFlag.MOVED_IN, 60, CniFlag.UNEMPLOYED, 30,
                                CniFlag.LOW_EDUCATION, 120),
                        new BigDecimal("1820.5"), new BigDecimal("1.05")));
    }

    @Test
    void indicators() {
        assertRecords(fixture.read(ImportFileType.INDICATORS, "SE2321000206-E1;2020-01;CARE_GUARANTEE_3;;85;100",
                "SE2321000206-E1;2020-01;CARE_GUARANTEE_3;F;40;50"),
                new Indicator("SE2321000206-E1", YearMonth.of(2020, 1), "CARE_GUARANTEE_3", null, new BigDecimal("85"),
                        new BigDecimal("100")),
                new Indicator("SE2321000206-E1", YearMonth.of(2020, 1), "CARE_GUARANTEE_3", Sex.F,
                        new BigDecimal("40"), new BigDecimal("50")));
    }

    @Test
    void penalties() {
        assertRecords(fixture.read(ImportFileType.PENALTIES, "SE2321000206-E1;2020-05-12;2;Bristande tillgänglighet"),
                new Penalty("SE2321000206-E1", LocalDate.of(2020, 5, 12), new BigDecimal("2"),
                        "Bristande tillgänglighet"));
    }
}
