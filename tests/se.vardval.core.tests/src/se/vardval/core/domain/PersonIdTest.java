package se.vardval.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonIdTest {

    @Test
    void parsesSkatteverketsExampleNumber() {
        PersonId id = PersonId.parse("19811218-9876");
        assertEquals("198112189876", id.value());
        assertEquals(LocalDate.of(1981, 12, 18), id.birthDate());
        assertEquals(Sex.M, id.sex());
        assertFalse(id.coordinationNumber());
        assertEquals("19811218-9876", id.toString());
    }

    @Test
    void acceptsTheNumberWithoutHyphen() {
        assertEquals(PersonId.parse("19811218-9876"), PersonId.parse("198112189876"));
    }

    @Test
    void samordningsnummerHasSixtyAddedToTheDay() {
        PersonId id = PersonId.parse("19701063-2391");
        assertTrue(id.coordinationNumber());
        assertEquals(LocalDate.of(1970, 10, 3), id.birthDate());
        assertEquals(Sex.M, id.sex());
    }

    @Test
    void evenNinthDigitIsFemale() {
        assertEquals(Sex.F, PersonId.parse("19820411-2380").sex());
    }

    @Test
    void wrongCheckDigitIsRejectedWithReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PersonId.parse("19811218-9875"));
        assertEquals("felaktig kontrollsiffra i personnumret '19811218-9875'", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "19810230-1234", "19811318-9876", "811218-9876", "abc", "" })
    void malformedOrImpossibleNumbersAreInvalid(String text) {
        assertFalse(PersonId.isValid(text));
    }

    @Test
    void theStoredFormIsANumberAndAnythingElseIsNone() {
        assertEquals(198112189876L, PersonId.storedNumber(PersonId.parse("19811218-9876").value()));
        assertEquals(-1, PersonId.storedNumber("19811218-9876"), "the written form is not stored");
        assertEquals(-1, PersonId.storedNumber("anna"));
        assertEquals(-1, PersonId.storedNumber(null));
    }

    @Test
    void organisationsnummerOfARegionValidates() {
        assertEquals("2321000016", OrgNr.normalise("232100-0016"));
        assertThrows(IllegalArgumentException.class, () -> OrgNr.normalise("232100-0017"));
    }
}
