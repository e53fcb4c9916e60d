package se.vardval.followup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import se.vardval.core.domain.Sex;

/** The listed population finds each person's unit and sex among many, by the stored 12-digit person number. */
class ListedPopulationTest {

    @Test
    void findsEveryPersonAmongThousandsAtTheirUnitWithTheirSex() {
        ListedPopulation population = new ListedPopulation();
        for (int i = 0; i < 5000; i++) {
            population.add(person(i), "SE2321000214-E" + (i % 27), i % 2 == 0 ? Sex.F : Sex.M);
        }
        for (int i = 0; i < 5000; i++) {
            assertEquals(new ListedPopulation.Member("SE2321000214-E" + (i % 27), i % 2 == 0 ? Sex.F : Sex.M),
                    population.member(person(i)), person(i));
        }
        assertNull(population.member(person(5000)), "not listed");
    }

    @Test
    void aLaterListingOfThePersonTakesThePlaceOfTheEarlier() {
        ListedPopulation population = new ListedPopulation();
        population.add("194501020003", "U1", Sex.F);
        population.add("194501020003", "U2", Sex.F);

        assertEquals(new ListedPopulation.Member("U2", Sex.F), population.member("194501020003"));
    }

    @Test
    void anIdThatIsNoStoredPersonNumberIsNeverListed() {
        ListedPopulation population = new ListedPopulation();
        population.add("194501020003", "U1", Sex.F);

        assertNull(population.member("19450102-0003"), "stored ids have no hyphen");
        assertNull(population.member(null));
        assertThrows(IllegalArgumentException.class, () -> population.add("anna", "U1", Sex.F));
    }

    private static String person(int i) {
        return String.format("1980%08d", i);
    }
}
