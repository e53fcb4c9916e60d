package se.vardval.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.CniFlag;
import se.vardval.core.domain.CniUnit;
import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.DateRanges;
import se.vardval.core.domain.Listing;
import se.vardval.core.domain.Person;
import se.vardval.core.service.UserError;
import se.vardval.imports.ImportFileType;
import se.vardval.imports.ImportResult;

/** A small generated region passes the imports without an error, is reproducible and internally consistent. */
class DemoRegionGeneratorTest {

    private static final int PERSONS = 2_000;

    @TempDir
    static Path directory;
    private static DemoRegionSummary summary;
    private static GeneratedRegion region;

    @BeforeAll
    static void generate() throws IOException {
        summary = new DemoRegionGenerator(2020, PERSONS).writeTo(directory.resolve("a"));
        region = new GeneratedRegion(directory.resolve("a"));
    }

    @Test
    void everyFilePassesTheImportsWithoutError() {
        assertEquals(ImportFileType.importOrder(), region.results.stream().map(ImportResult::type).toList());
        for (ImportResult result : region.results) {
            assertEquals(List.of(), result.errors(), result.file());
            assertEquals(summary.rows(result.type()), result.rows(), result.file());
        }
        assertEquals(PERSONS, summary.persons());
        assertEquals(27, region.units.size());
        assertEquals(5, summary.rows(ImportFileType.PROVIDERS));
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherPersons() throws IOException {
        new DemoRegionGenerator(2020, PERSONS).writeTo(directory.resolve("b"));
        new DemoRegionGenerator(2021, PERSONS).writeTo(directory.resolve("c"));
        for (ImportFileType type : ImportFileType.importOrder()) {
            assertArrayEquals(Files.readAllBytes(directory.resolve("a").resolve(type.fileName())),
                    Files.readAllBytes(directory.resolve("b").resolve(type.fileName())), type.fileName());
        }
        assertFalse(Arrays.equals(Files.readAllBytes(directory.resolve("a/persons.csv")),
                Files.readAllBytes(directory.resolve("c/persons.csv"))));
    }

    @Test
    void listingsNeverOverlapAndChangeDuringTheYear() {
        Map<String, List<Listing>> byPerson = region.listings.stream()
                .collect(Collectors.groupingBy(Listing::personId));
        for (List<Listing> listings : byPerson.values()) {
            for (int i = 0; i < listings.size(); i++) {
                for (int j = i + 1; j < listings.size(); j++) {
                    Listing a = listings.get(i);
                    Listing b = listings.get(j);
                    assertFalse(DateRanges.overlap(a.validFrom(), a.validTo(), b.validFrom(), b.validTo()),
                            a + " and " + b);
                }
            }
        }
        long moved = byPerson.values().stream().filter(l -> l.size() > 1).count();
        assertTrue(moved > PERSONS / 20, "a few per cent move each month: " + moved);
        assertTrue(region.listings.stream().anyMatch(Listing::assigned), "ickeval assignments");
    }

    @Test
    void visitsAreSpreadOverTheYearWithOutOfCountyAndPhonePrescriptions() {
        long perYear = region.activities.stream().filter(a -> !a.outOfCounty()).count();
        assertTrue(perYear > 2.5 * PERSONS && perYear < 3.8 * PERSONS, "about 3 visits per person: " + perYear);
        assertEquals(12, region.activities.stream().map(a -> YearMonth.from(a.date())).distinct().count());
        assertTrue(region.activities.stream().anyMatch(a -> a.contactType() == ContactType.PHONE_PRESCRIPTION));
        List<String> residents = region.persons.stream().map(Person::personId).toList();
        List<Activity> visitors = region.activities.stream().filter(Activity::outOfCounty).toList();
        assertFalse(visitors.isEmpty());
        assertTrue(visitors.stream().noneMatch(a -> residents.contains(a.personId())));
        assertEquals(List.of(BigDecimal.ZERO, new BigDecimal("200"), new BigDecimal("250")),
                region.activities.stream().map(Activity::patientFee).distinct().sorted().toList());
    }

    @Test
    void aVisitRateMultipliesTheVisitsOfEachMonth() throws IOException {
        new DemoRegionGenerator(2020, PERSONS, 2).writeTo(directory.resolve("d"), YearMonth.of(2020, 1), 2);
        GeneratedRegion doubled = new GeneratedRegion(directory.resolve("d"));
        for (int month = 1; month <= 2; month++) {
            YearMonth period = YearMonth.of(2020, month);
            double ratio = (double) visitsIn(doubled, period) / visitsIn(region, period);
            assertTrue(ratio > 1.8 && ratio < 2.2, "twice the visits in " + period + ": " + ratio);
        }
        assertEquals(PERSONS, doubled.persons.size());
        assertEquals("besöksfrekvensen måste vara större än 0, inte 0.0",
                assertThrows(UserError.class, () -> new DemoRegionGenerator(2020, PERSONS, 0)).getMessage());
    }

    @Test
    void aRegionWithoutPersonsOrMonthsIsRefusedInSwedish() {
        assertEquals("en region behöver minst en person, inte 0",
                assertThrows(UserError.class, () -> new DemoRegionGenerator(2020, 0)).getMessage());
        assertEquals("minst en månad behövs, inte 0", assertThrows(UserError.class, () -> new DemoRegionGenerator(
                2020, PERSONS).writeTo(directory.resolve("none"), YearMonth.of(2020, 1), 0)).getMessage());
    }

    private static long visitsIn(GeneratedRegion region, YearMonth period) {
        return region.activities.stream().filter(a -> YearMonth.from(a.date()).equals(period)).count();
    }

    @Test
    void cniUnitsAgreeWithThePersonsListedOnTheFirstOfEachMonth() {
        Map<String, Person> persons = new HashMap<>();
        region.persons.forEach(p -> persons.put(p.personId(), p));
        for (CniUnit row : region.cniUnits) {
            LocalDate day = row.period().atDay(1);
            List<Person> listed = region.listings.stream()
                    .filter(l -> l.hsaId().equals(row.hsaId()) && l.validOn(day))
                    .map(l -> persons.get(l.personId())).toList();
            assertEquals(listed.size(), row.population(), row.hsaId() + " " + row.period());
            BigDecimal index = BigDecimal.ZERO;
            for (CniFlag flag : CniFlag.values()) {
                long count = listed.stream().filter(p -> p.cniFlags().contains(flag)).count();
                assertEquals(count, row.counts().get(flag).longValue(), flag + " at " + row.hsaId());
                index = index.add(flag.scbWeight().multiply(BigDecimal.valueOf(count)));
            }
            assertEquals(0, index.compareTo(row.index()));
        }
        assertEquals(12 * 27, region.cniUnits.size());
    }
}
