package se.vardval.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.service.UserError;

/** The listing day of a month, and the rulebook's parameter that names it. */
class ListingDayTest {

    private static final YearMonth MARCH = YearMonth.of(2020, 3);

    @Test
    void eachListingDayFallsOnItsDayOfTheMonth() {
        assertEquals(LocalDate.of(2020, 3, 1), ListingDay.FIRST_OF_MONTH.dayIn(MARCH));
        assertEquals(LocalDate.of(2020, 3, 31), ListingDay.LAST_OF_MONTH.dayIn(MARCH));
        assertEquals(LocalDate.of(2020, 2, 29), ListingDay.LAST_OF_PREVIOUS_MONTH.dayIn(MARCH));
    }

    @Test
    void readsTheParameter() {
        ObjectNode p = new ObjectMapper().createObjectNode().put("listingDay", "LAST_OF_MONTH");
        assertEquals(ListingDay.LAST_OF_MONTH, ListingDay.of(p));
    }

    @Test
    void aMissingOrUnknownListingDayIsRefusedNamingTheChoices() {
        ObjectNode p = new ObjectMapper().createObjectNode().put("listingDay", "SOME_DAY");
        assertEquals("listingDay: okänt värde 'SOME_DAY'; tillåtna värden: FIRST_OF_MONTH, LAST_OF_MONTH,"
                + " LAST_OF_PREVIOUS_MONTH", assertThrows(UserError.class, () -> ListingDay.of(p)).getMessage());
        p.remove("listingDay");
        assertEquals("listingDay: parametern 'listingDay' saknas",
                assertThrows(UserError.class, () -> ListingDay.of(p)).getMessage());
        assertEquals("listingDay: parametern 'listingDay' saknas",
                assertThrows(UserError.class, () -> ListingDay.of(null)).getMessage());
    }
}
