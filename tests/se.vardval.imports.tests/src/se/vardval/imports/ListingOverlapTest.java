package se.vardval.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.vardval.core.domain.Listing;
import se.vardval.core.domain.PersonId;

/** A person is listed at most at one unit per vårdval on any day, within a file and together with stored listings. */
class ListingOverlapTest {

    private static final String E1 = "SE2321000206-E1";
    private static final String E2 = "SE2321000206-E2";

    private final Fixture fixture = new Fixture();

    @Test
    void reportsTheLaterRowWithTheLineOfTheEarlier() {
        ImportResult result = fixture.read(ImportFileType.LISTINGS, "19121212-1212;halsoval;" + E1 + ";2020-01-01;;",
                "19850101-1244;halsoval;" + E1 + ";2020-01-01;;",
                "19121212-1212;halsoval;" + E2 + ";2020-06-01;;");
        assertEquals(List.of("listings.csv:4: valid_from: överlappar listningen på rad 2 (samma person och vårdval)"),
                Fixture.report(result));
    }

    @Test
    void acceptsAdjacentListingsAndOtherCareChoices() {
        fixture.careChoices.add("fotvard");
        ImportResult result = fixture.read(ImportFileType.LISTINGS,
                "19121212-1212;halsoval;" + E1 + ";2020-01-01;2020-05-31;",
                "19121212-1212;halsoval;" + E2 + ";2020-06-01;;",
                "19121212-1212;fotvard;" + E2 + ";2020-01-01;;", "191212121212;halsoval;" + E2 + ";2020-06-01;;");
        assertEquals(List.of(), Fixture.report(result));
        assertEquals(3, fixture.received.size(), "the repeated row is passed on once");
    }

    @Test
    void reportsAnOverlapWithAStoredListing() {
        fixture.storedListings.add(new Listing("191212121212", "halsoval", E1, LocalDate.of(2019, 1, 1), null, false));
        ImportResult result = fixture.read(ImportFileType.LISTINGS, "19121212-1212;halsoval;" + E2 + ";2020-06-01;;");
        assertEquals(List.of("listings.csv:2: valid_from: överlappar den lagrade listningen vid"
                + " " + E1 + " från 2019-01-01"),
                Fixture.report(result));
    }

    @Test
    void aRowReplacesTheStoredListingWithTheSameStart() {
        fixture.storedListings.add(new Listing("191212121212", "halsoval", E1, LocalDate.of(2019, 1, 1), null, false));
        ImportResult result = fixture.read(ImportFileType.LISTINGS,
                "19121212-1212;halsoval;" + E1 + ";2019-01-01;2020-05-31;",
                "19121212-1212;halsoval;" + E2 + ";2020-06-01;;");
        assertEquals(List.of(), Fixture.report(result));
    }

    @Test
    void aBigFilePassesEachListingOnOnceAndSkipsItsRepeatedRows() {
        ImportResult result = readBigFileEndingWith(0, E1 + ";2020-01-01;2020-05-31;", 99_000, E2 + ";2020-06-01;;");

        assertEquals(List.of(), Fixture.report(result));
        assertEquals(100_100, fixture.received.size());
        assertEquals(100_100, Set.copyOf(fixture.received).size(), "no listing twice");
    }

    @Test
    void aBigFileReportsAnOverlapFarFromTheRowItOverlaps() {
        ImportResult result = readBigFileEndingWith(77_777, E2 + ";2020-05-01;;", 77_000, E1 + ";2020-09-01;;");

        assertEquals(List.of("listings.csv:100102: valid_from: överlappar listningen på rad 77779 (samma person och"
                + " vårdval)", "listings.csv:100103: valid_from: överlappar listningen på rad 100079 (samma person och"
                        + " vårdval)"), Fixture.report(result));
    }

    /**
     * Reads a file of 100 000 persons' listings ({@link #firstAndSecondListings}) followed by a Hälsoval listing of the
     * person numbered {@code first} and one of the person numbered {@code second}, each given from its unit on.
     */
    private ImportResult readBigFileEndingWith(int first, String firstListing, int second, String secondListing) {
        List<String> persons = persons(100_000);
        List<String> rows = firstAndSecondListings(persons);
        rows.add(persons.get(first) + ";halsoval;" + firstListing);
        rows.add(persons.get(second) + ";halsoval;" + secondListing);
        return fixture.read(ImportFileType.LISTINGS, rows.toArray(String[]::new));
    }

    /** Each person's listing at E1 until May 2020, then every thousandth person's at E2 from June. */
    private static List<String> firstAndSecondListings(List<String> persons) {
        List<String> rows = new ArrayList<>();
        for (String person : persons) {
            rows.add(person + ";halsoval;" + E1 + ";2020-01-01;2020-05-31;");
        }
        for (int i = 0; i < persons.size(); i += 1000) {
            rows.add(persons.get(i) + ";halsoval;" + E2 + ";2020-06-01;;");
        }
        return rows;
    }

    /** Valid personnummer of persons born from 1950 on, five hundred a day. */
    private static List<String> persons(int count) {
        List<String> persons = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String date = LocalDate.of(1950, 1, 1).plusDays(i / 500).toString().replace("-", "");
            String nine = date.substring(2) + String.format("%03d", i % 500);
            persons.add(date + "-" + nine.substring(6) + PersonId.checkDigit(nine));
        }
        return persons;
    }
}
