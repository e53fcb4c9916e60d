package se.vardval.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.vardval.core.domain.Listing;

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
}
